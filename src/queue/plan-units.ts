/**
 * The work units of a plan, for run-time balancing. A plan written by this version lists each shard's units
 * with their estimates; an older plan only lists items, so each item becomes a unit carrying an even share of
 * its shard's estimate (still longest-first by shard, which is the best an older plan can say).
 */
import { UsageError } from '../model/index.js';
import type { Plan } from '../plan/plan-document.js';
import type { WorkUnit } from './work-source.js';

/**
 * Every unit of `plan`, shard by shard.
 *
 * @throws UsageError when a shard's units do not list exactly its items, in order (an edited or corrupted
 *   plan: running it could skip or double a file)
 */
export function unitsOfPlan(plan: Plan): WorkUnit[] {
  const units: WorkUnit[] = [];
  for (const shard of plan.shards) {
    if (shard.units === undefined) {
      const share = shard.items.length > 0 ? shard.predictedMs / shard.items.length : 0;
      for (const item of shard.items) units.push({ items: [item], predictedMs: share });
      continue;
    }
    const flattened = shard.units.flatMap((unit) => unit.items);
    if (flattened.length !== shard.items.length || flattened.some((item, i) => item !== shard.items[i]))
      throw new UsageError(
        `the plan's shard ${shard.index} lists units that are not its items`,
        'The plan file was edited or damaged: write it again with `tessera plan`.',
      );
    for (const unit of shard.units)
      units.push({
        items: unit.items,
        predictedMs: unit.predictedMs,
        ...(unit.priority === 'failed' || unit.priority === 'flaky' ? { priority: unit.priority } : {}),
      });
  }
  return units;
}

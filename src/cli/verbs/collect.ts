/**
 * What `tessera collect --shard i/N --results <glob>` does (declared in ../commands/collect.ts): for jobs
 * that run their tests themselves, turn the result files into the same shard bundle `tessera run` writes,
 * so `report --from` treats both alike.
 */
import { join } from 'node:path';
import { UsageError } from '../../model/errors.js';
import { parseShardRef, shardItems } from '../../plan/build.js';
import { collectShard } from '../../run/collect.js';
import { putShardBundle } from '../../ci/shard-artifacts.js';
import type { CollectFlags } from '../flags.js';
import { openCiSession, sessionPlan, sessionRunInfo } from '../ci-session.js';
import { ExitCode } from '../exit-codes.js';
import { wholeNumberFlag } from '../flag-values.js';

/** Runs `tessera collect` with its parsed flags; sets `process.exitCode`. */
export async function collectCommand(flags: CollectFlags): Promise<void> {
  const shard = parseShardRef(flags.shard as string);
  if (!flags.results) throw new UsageError('--results <glob> is required');
  const session = await openCiSession(flags);
  // The plan is optional here: with it, report checks that the shard ran exactly its items.
  const plan = await sessionPlan(session, flags.plan);
  const items = plan ? shardItems(plan, shard) : undefined;
  const attempt = wholeNumberFlag('--attempt', flags.attempt);
  const run = session
    ? sessionRunInfo(session, attempt)
    : { provider: 'local' as const, ...(attempt !== undefined ? { attempt } : {}) };
  const result = await collectShard({
    shard,
    results: flags.results,
    out: flags.out,
    cwd: process.cwd(),
    run,
    ...(items ? { items } : {}),
  });
  for (const w of result.warnings) process.stderr.write(`tessera: warning: ${w}\n`);
  if (result.bundle.infrastructureFailure)
    process.stderr.write(`tessera collect: ${result.bundle.infrastructureFailure.reason}\n`);
  process.stderr.write(
    `tessera collect: shard ${shard.index}/${shard.total}: ${result.bundle.tests.length} ${result.bundle.tests.length === 1 ? 'test' : 'tests'}; ` +
      `bundle written to ${join(result.folder, 'bundle.json')}\n`,
  );
  if (session) {
    const entry = await putShardBundle(session.host.artifacts, result.folder, shard, run.attempt ?? 1);
    process.stderr.write(`tessera collect: bundle stored as artifact ${entry.name}\n`);
  }
  process.exitCode = result.bundle.exitCode === 0 ? ExitCode.ok : ExitCode.testsFailed;
}

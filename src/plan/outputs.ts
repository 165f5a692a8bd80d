/**
 * What `tessera plan` prints: the whole plan, a CI matrix, or one shard's items as lines, shell-quoted
 * arguments or JSON. Pure: each returns the text to write.
 */
import { quote } from 'shell-quote';
import { UsageError, type ShardRef } from '../model/index.js';
import { shardItems } from './build.js';
import { serializePlan, type Plan } from './plan-document.js';

/** Output formats of the whole plan. */
export type PlanFormat = 'json' | 'matrix';
/** Output formats of one shard. */
export type ShardFormat = 'lines' | 'args' | 'json';

/** The plan as JSON (the Plan contract). */
export function formatPlanJson(plan: Plan): string {
  return serializePlan(plan);
}

/**
 * Which shards a matrix lists: `all` planned shards (`plan --format matrix`: whoever reports those bundles
 * may not pass the plan, and without it every shard must report), or only those `with-items` (the `matrix`
 * output of `plan --ci`, whose report reads the run's plan and so accounts for the empty ones).
 */
export type MatrixShards = 'all' | 'with-items';

/**
 * The CI matrix: `{"include":[{"shard":1,"total":N},…]}` on one line (what GITHUB_OUTPUT expects). `total`
 * stays the planned shard count whichever shards are listed, so `--shard i/N` names the planned shard. With
 * `with-items` and every shard empty, the first shard alone is listed, never none: GitHub fails a job whose
 * matrix is empty ("Matrix vector does not contain any values"), so a workflow written before this output
 * lost its empty shards keeps working (one job that runs nothing), and one that guards the job with
 * `if: needs.plan.outputs.items != '0'` starts none.
 */
export function formatMatrix(plan: Plan, shards: MatrixShards = 'all'): string {
  const total = plan.shards.length;
  const withItems = plan.shards.filter((s) => s.items.length > 0);
  const listed = shards === 'all' ? plan.shards : withItems.length > 0 ? withItems : plan.shards.slice(0, 1);
  return `${JSON.stringify({ include: listed.map((s) => ({ shard: s.index, total })) })}\n`;
}

/** One shard's items, one per line (empty output for an empty shard). */
export function formatShardLines(plan: Plan, shard: ShardRef): string {
  const items = shardItems(plan, shard);
  return items.length === 0 ? '' : `${items.join('\n')}\n`;
}

/**
 * One shard's items as one line of shell-quoted arguments, to paste after a test command: a path with
 * spaces or `$` stays one argument and never runs anything.
 */
export function formatShardArgs(plan: Plan, shard: ShardRef): string {
  const items = shardItems(plan, shard);
  return items.length === 0 ? '' : `${quote([...items])}\n`;
}

/** One shard as JSON: `{shard: {index, total}, items, predictedMs}`. */
export function formatShardJson(plan: Plan, shard: ShardRef): string {
  const items = shardItems(plan, shard);
  const predictedMs = plan.shards.find((s) => s.index === shard.index)?.predictedMs ?? 0;
  return `${JSON.stringify({ shard: { index: shard.index, total: shard.total }, items, predictedMs }, null, 2)}\n`;
}

/**
 * Checks that a format fits the request: `matrix` describes the whole plan, `lines` and `args` one shard.
 * Throws a UsageError saying what to change.
 */
export function checkOutputFormat(format: PlanFormat | ShardFormat, shard: ShardRef | undefined): void {
  if (shard && format === 'matrix') {
    throw new UsageError('--format matrix describes the whole plan; drop --shard or use lines, args or json');
  }
  if (!shard && (format === 'lines' || format === 'args')) {
    throw new UsageError(`--format ${format} lists one shard's items: add --shard i/N`);
  }
}

/** The output text for a format: the whole plan (json, matrix) or, with `shard`, one shard (lines, args, json). */
export function formatPlanOutput(plan: Plan, format: PlanFormat | ShardFormat, shard?: ShardRef): string {
  checkOutputFormat(format, shard);
  if (!shard) return format === 'matrix' ? formatMatrix(plan) : formatPlanJson(plan);
  if (format === 'lines') return formatShardLines(plan, shard);
  if (format === 'args') return formatShardArgs(plan, shard);
  return formatShardJson(plan, shard);
}

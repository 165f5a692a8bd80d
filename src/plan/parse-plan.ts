/**
 * Reading a plan document: its schema and the parser. Apart from the Plan types (plan-document.ts), so that
 * writing a plan never loads the schema library.
 */
import { z } from 'zod';
import { parseVersionedJson } from '../model/versioned.js';
import { PLAN_KIND, PLAN_VERSION, type Plan } from './plan-document.js';
import { checkItems } from './item-path.js';

const nonNegative = z.number().finite().nonnegative();
/** A content key of `--skip-unchanged`: 8 bytes of sha256, as hex. */
const CONTENT_KEY = /^[0-9a-f]{16}$/;

/** Zod schema of the plan. Objects are loose so fields added by a newer build of the same version pass through. */
export const PlanSchema = z.looseObject({
  version: z.literal(PLAN_VERSION),
  total: z.number().int().nonnegative(),
  unit: z.literal('file'),
  shards: z
    .array(
      z.looseObject({
        index: z.number().int().positive(),
        items: z.array(z.string()),
        predictedMs: nonNegative,
        units: z
          .array(z.looseObject({ items: z.array(z.string()).min(1), predictedMs: nonNegative }))
          .optional(),
      }),
    )
    .min(1),
  predictedMakespanMs: nonNegative,
  lowerBoundMs: nonNegative,
  floorItem: z.string().nullable(),
  floorMs: nonNegative,
  unknownItems: z.number().int().nonnegative(),
  setupMs: nonNegative,
  predictedWallMs: nonNegative,
  machineMs: nonNegative,
  totalMs: nonNegative,
  estimates: z.looseObject({
    wall: z.number().int().nonnegative(),
    suite: z.number().int().nonnegative(),
    tests: z.number().int().nonnegative(),
    unknown: z.number().int().nonnegative(),
    testTimeFactor: nonNegative,
    estimator: z.string(),
    unknownMs: nonNegative,
  }),
  shardCount: z.looseObject({
    mode: z.enum(['fixed', 'target']),
    targetMs: nonNegative.optional(),
    maxShards: z.number().int().positive().optional(),
    met: z.boolean(),
    curve: z
      .array(
        z.looseObject({
          shards: z.number().int().positive(),
          makespanMs: nonNegative,
          wallMs: nonNegative,
          machineMs: nonNegative,
        }),
      )
      .optional(),
  }),
  warnings: z.array(z.string()),
  createdAt: z.string().optional(),
  skip: z
    .looseObject({
      keys: z.record(z.string(), z.string().regex(CONTENT_KEY)),
      reused: z.array(
        z.looseObject({
          file: z.string(),
          key: z.string().regex(CONTENT_KEY),
          seq: z.number().int().nonnegative(),
          sha: z.string().max(64).optional(),
          tests: z.number().int().nonnegative(),
          durationMs: nonNegative,
        }),
      ),
      unkeyed: z.number().int().nonnegative(),
      fullRun: z.string().optional(),
    })
    .optional(),
});

/** Where a plan comes from: the hint of every error about a plan that cannot be used. */
export const PLAN_HINT =
  'Pass the file written by `tessera plan --format json --out <file>` (on CI: the `tessera-plan` artifact).';

/**
 * Reads a plan document. `source` names it in errors. Refuses a newer major version (VersionError) and
 * anything that is not a plan (ParseError naming the field).
 */
export function parsePlan(text: string, source: string): Plan {
  const plan = parseVersionedJson<Plan>(text, { ...PLAN_KIND, schema: PlanSchema, hint: PLAN_HINT }, source);
  // Items become the test command's arguments: each must be a path inside the checkout (item-path.ts).
  for (const shard of plan.shards) checkItems(shard.items, `plan ${source}, shard ${shard.index}`);
  if (plan.skip)
    checkItems(
      plan.skip.reused.map((r) => r.file),
      `plan ${source}, reused files`,
    );
  return plan;
}

/**
 * The configuration file's keys. Each is also a flag (`maxShards` ↔ `--max-shards`); flags win over the
 * file (`quarantine` adds to `--quarantine`). Later features add their keys here; unknown keys are errors, so a typo is
 * caught rather than silently ignored.
 */
import { z } from 'zod';
import { ESTIMATORS } from '../plan/estimate.js';
import { parseDuration } from '../plan/duration.js';

/** One glob or a list of them. */
const globs = z.union([z.string().min(1), z.array(z.string().min(1))]);

/** A duration as text (`90s`, `5m`, `1m30s`) or a number of milliseconds; parsed to milliseconds. */
const duration = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const ms = parseDuration(value);
  if (ms === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value)} is not a duration; write e.g. 90s, 5m, 1m30s or a number of milliseconds`,
    });
    return z.NEVER;
  }
  return ms;
});

const positiveInt = z.number().int().positive();

/** Keys of `tessera plan` (and of `run`, which plans the same way without a plan file). */
export const planKeys = {
  /** Test file globs; `!` excludes. */
  tests: globs.optional(),
  /** File with one test path per line. */
  testsFrom: z.string().min(1).optional(),
  /** Command printing one test path per line. */
  listCommand: z.string().min(1).optional(),
  /** Globs of result files and shard bundles to learn durations from. */
  timings: globs.optional(),
  estimator: z.enum(ESTIMATORS as [string, ...string[]]).optional(),
  /** Balance each shard's run-to-run spread as well as its mean (`--robust`). */
  robust: z.boolean().optional(),
  shards: positiveInt.optional(),
  target: duration.optional(),
  setup: duration.optional(),
  maxShards: positiveInt.optional(),
  /** Each entry: globs whose matches stay on one shard. */
  groups: z.array(globs).optional(),
  /** Each entry: a chain of paths/globs; each step runs before the next, on one shard. */
  order: z.array(z.array(z.string().min(1)).min(2)).optional(),
} as const;

/** Keys of `tessera report`. */
export const reportKeys = {
  /**
   * Tests whose failures are reported but do not fail the run: a test id (16 hex digits), a file glob
   * (`test/legacy/**`), or `fileGlob::titleGlob` (`test/api/*.test.ts::users › creates*`).
   */
  quarantine: z.array(z.string().trim().min(1)).optional(),
} as const;

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Keys of `--skip-unchanged` (docs/skip-unchanged.md), under `skipUnchanged`. */
export const skipUnchangedSchema = z.strictObject({
  /** Global input files (globs), hashed into every key, on top of the lockfiles and config files. */
  inputs: globs.optional(),
  /** Environment variables whose values go into every key. */
  env: z
    .array(z.string().regex(ENV_NAME, 'is not an environment variable name (letters, digits, _)'))
    .optional(),
  /** Per test glob, more input files: the only dependency tracking for languages other than JS/TS. */
  extraInputs: z.array(z.strictObject({ tests: globs, inputs: globs })).optional(),
  /** On the default branch, every this many runs one runs everything (default 10). */
  fullRunEvery: positiveInt.optional(),
  /** The default branch, for the forced full runs (default `main`). */
  defaultBranch: z.string().min(1).optional(),
});

/** The `skipUnchanged` section, validated. */
export type SkipUnchangedConfig = z.output<typeof skipUnchangedSchema>;

/** The whole configuration file. Strict: an unknown key is an error naming it. */
export const ConfigSchema = z.strictObject({
  /** JSON Schema pointer, tolerated so editors can validate the file. */
  $schema: z.string().optional(),
  ...planKeys,
  ...reportKeys,
  skipUnchanged: skipUnchangedSchema.optional(),
});

/** A validated configuration, durations in milliseconds. */
export type TesseraConfig = z.output<typeof ConfigSchema>;

/**
 * The parsed flags of every verb, as commander names them. Both sides of a verb import these: its
 * declaration (`commands/`, loaded at every start) and its work (`verbs/`, loaded on use), so imports flow
 * one way, from each side to this module, and never between the two folders. Types only: nothing here
 * runs at start-up.
 */
import type { Estimator } from '../plan/estimate.js';
import type { CiFlags } from './ci-options.js';
import type { QueueFlags } from './queue-options.js';
import type { SourceLinkFlags } from './source-link-flags.js';
import type { ReportOutputFlags } from './report-output-options.js';
import type { SkipFlags } from './skip-options.js';

/** The flags of `plan`. */
export interface PlanFlags extends CiFlags, SkipFlags {
  tests?: string[];
  testsFrom?: string;
  listCommand?: string;
  timings?: string[];
  estimator?: Estimator;
  robust?: boolean;
  shards?: string;
  target?: string;
  setup?: string;
  maxShards?: string;
  group?: string[];
  order?: string[];
  format?: 'json' | 'matrix' | 'lines' | 'args';
  shard?: string;
  plan?: string;
  out?: string;
  config?: string;
  history?: string;
  /** With --skip-unchanged: this run's branch (in CI mode, the CI's). */
  branch?: string;
}

/** The flags of `run`. */
export interface RunFlags extends ReportOutputFlags, CiFlags, QueueFlags, SkipFlags {
  plan?: string;
  shard?: string;
  shards?: string;
  local?: boolean;
  /** A batch number of the in-pipeline queue (Jenkins): run it as worker --shard i/N. */
  batch?: string;
  concurrency?: string;
  balance: 'queue' | 'static';
  requeue: string;
  requeueTolerance?: string;
  tests?: string[];
  timings?: string[];
  config?: string;
  results?: string;
  retries: string;
  /** `--bail` (true: after the first failing file) or `--bail <n>`. */
  bail?: boolean | string;
  timeout?: string;
  out: string;
  reportDir: string;
  attempt?: string;
  rerunFailed?: string;
  passEnv?: string[];
  color?: boolean;
}

/** The flags of `collect`. */
export interface CollectFlags extends CiFlags {
  shard?: string;
  results?: string;
  plan?: string;
  out: string;
  attempt?: string;
}

/** The flags of `report`. */
export interface ReportFlags extends ReportOutputFlags, CiFlags, QueueFlags, SourceLinkFlags {
  comment?: boolean;
  allowUnreadable?: boolean;
  maxFileSize?: string;
  color?: boolean;
  from?: string;
  expectShards?: string;
  plan?: string;
}

/**
 * The planner's public surface: `buildPlan` (pure: items + timings + constraints + shard count → Plan),
 * `shardItems`, the Plan document, and the I/O helpers that gather items and timings for it.
 */
export {
  buildPlan,
  shardItems,
  parseShardRef,
  normalizeItems,
  DEFAULT_MAX_SHARDS,
  type PlanInput,
  type PlanTarget,
} from './build.js';
export * from './plan-document.js';
export { parsePlan, PlanSchema } from './parse-plan.js';
export { parseDuration, formatDuration } from './duration.js';
export {
  estimateDurations,
  combine,
  median,
  ESTIMATORS,
  type Estimator,
  type EstimateOptions,
  type Estimates,
} from './estimate.js';
export { buildUnits, type Constraints, type GroupSpec, type OrderChain, type Unit } from './constraints.js';
export {
  placeUnits,
  lptOrder,
  assertPartition,
  PlanInvariantError,
  type WeightedUnit,
  type Placement,
} from './planner.js';
export { chooseShardCount, type ShardTarget, type ShardCountResult } from './shard-count.js';
export * from './timings.js';
export * from './outputs.js';
export { collectItems, parseItemList, type ItemSources } from './items.js';
export { loadTimings, type LoadedTimings } from './load-timings.js';
export { makePlan, mergePlanOptions, type PlanOptions, type MadePlan } from './make-plan.js';
export { historyInputsOf, loadHistoryInputs, learnedSetupMs, type HistoryInputs } from './load-history.js';
export { readPlanFile } from './read-plan.js';

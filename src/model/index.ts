export * from './test-result.js';
export * from './test-id.js';
export * from './outcome.js';
export * from './errors.js';
export * from './run.js';
export * from './name-limits.js';
export * from './durations.js';

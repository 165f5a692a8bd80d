export * from './test-result.js';
export * from './test-id.js';
export * from './outcome.js';
export * from './errors.js';
export * from './run.js';
export * from './report.js';
export * from './display-title.js';
export * from './source-location.js';

export * from './budget.js';
export * from './headline.js';
export * from './render-comment.js';
export * from './sections.js';

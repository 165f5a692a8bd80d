export * from './render-html.js';
export { escapeHtml, jsonForScript } from './escape-html.js';

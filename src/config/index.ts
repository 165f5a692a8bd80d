/** The configuration file: keys mirror the flags; flags win. */
export { ConfigSchema, planKeys, reportKeys, type TesseraConfig } from './schema.js';
export { CONFIG_FILES, loadConfig, type LoadedConfig } from './load.js';
export { parseConfig } from './parse.js';

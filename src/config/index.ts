/** The configuration file: keys mirror the flags; flags win. */
export { ConfigSchema, planKeys, type TesseraConfig } from './schema.js';
export { CONFIG_FILES, loadConfig, parseConfig, type LoadedConfig } from './load.js';

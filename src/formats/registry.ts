import type { ResultReader } from './reader.js';

/**
 * Every reader, in sniffing order: the first whose `sniff` accepts a file reads it. XML formats come before
 * JSON ones; among the JSON formats the more specific shapes come first.
 * Each reader module adds itself here with one import and one entry.
 */
export const READERS: readonly ResultReader[] = [];

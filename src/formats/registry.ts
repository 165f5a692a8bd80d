import { ctrfReader } from './ctrf/reader.js';
import { jestJsonReader } from './jest-json/reader.js';
import { junitReader } from './junit/reader.js';
import { mochaJsonReader } from './mocha-json/reader.js';
import { playwrightJsonReader } from './playwright-json/reader.js';
import { tapReader } from './tap/reader.js';
import { trxReader } from './trx/reader.js';
import type { ResultReader } from './reader.js';

/**
 * Every reader, in sniffing order: the first whose `sniff` accepts a file reads it. XML formats come before
 * JSON ones; among the JSON formats the more specific shapes come first.
 * Each reader module adds itself here with one import and one entry.
 */
export const READERS: readonly ResultReader[] = [
  junitReader,
  trxReader,
  ctrfReader,
  playwrightJsonReader,
  jestJsonReader,
  mochaJsonReader,
  tapReader,
];

import { ctrfExamplesOracle } from './ctrf-examples.js';
import { dornyOracle } from './dorny.js';
import { enricomiOracle } from './enricomi.js';
import { generatedOracle } from './generated.js';
import { junitPluginOracle } from './junit-plugin.js';
import { junitReportMergerOracle } from './junit-report-merger.js';
import { mikepenzOracle } from './mikepenz.js';
import type { Oracle } from './oracle.js';
import { testSummaryOracle } from './test-summary.js';

export type { Oracle, OracleLoad, OmittedEntry } from './oracle.js';

/** Every oracle, in the order the table lists them. */
export const ORACLES: readonly Oracle[] = [
  enricomiOracle,
  mikepenzOracle,
  generatedOracle,
  testSummaryOracle,
  junitReportMergerOracle,
  dornyOracle,
  ctrfExamplesOracle,
  junitPluginOracle,
];

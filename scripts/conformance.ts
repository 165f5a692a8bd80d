/**
 * `npm run conformance`: reads every corpus file whose expected results are known, through the real readers,
 * and prints per oracle how many cases match, differ as documented, hit a known bug, are of an unsupported
 * format, or mismatch. Exit code 1 on any undocumented mismatch, on an oracle that finds no case, or on a
 * differences entry that names no case. Then prints the real-runner matrix (test/runners): every runner ×
 * reporter, the runner's own counts beside Tessera's; exit code 1 on a cell that differs undocumented.
 *
 * Flags: --verbose also lists documented differences, known bugs and the oracle entries that gave no case.
 */
import { evaluateMatrix } from '../test/runners/evaluate.js';
import { renderMatrixTable } from '../test/runners/table.js';
import {
  renderByReader,
  renderTable,
  runConformance,
  unusedDifferences,
} from '../test/conformance/summary.js';

async function main(): Promise<number> {
  const verbose = process.argv.includes('--verbose');
  const runs = await runConformance();
  console.log(renderTable(runs));
  const sections: [string, 'mismatch' | 'known-bug' | 'difference'][] = [['Mismatches', 'mismatch']];
  if (verbose) sections.push(['Known bugs', 'known-bug'], ['Documented differences', 'difference']);
  let failed = false;
  for (const [title, status] of sections) {
    const text = renderByReader(runs, status);
    if (text.length === 0) continue;
    console.log(`\n${title}, by reader:\n${text}`);
    if (status === 'mismatch') failed = true;
  }
  if (verbose) {
    const omitted = runs.flatMap((r) => r.load.omitted.map((o) => `[${r.oracle.id}] ${o.name}: ${o.reason}`));
    if (omitted.length > 0) console.log(`\nOmitted (no case):\n  ${omitted.join('\n  ')}`);
  }
  const matrix = await evaluateMatrix();
  console.log(`\nReal-runner matrix (test/runners; regenerate with npm run runners:regenerate):\n`);
  console.log(renderMatrixTable(matrix));
  if (matrix.some((cell) => cell.mismatches.length > 0)) failed = true;
  const unused = unusedDifferences(runs);
  if (unused.length > 0) {
    console.log(`\nEntries in test/conformance/differences.ts that name no case:\n  ${unused.join('\n  ')}`);
    failed = true;
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);

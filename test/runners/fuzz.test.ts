/**
 * Property over the real-runner matrix's report files (test/corpus/runners): broken the way files really
 * break, each reads to well-formed results or a ParseError, never another exception and never a hang (the
 * test timeout catches a hang). Seeds are fixed so a failure replays; run counts keep the suite fast.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bufferInput, readResults } from '../../src/formats/index.js';
import { fuzzFiles } from '../support/fuzz.js';
import { runnerPath } from './evaluate.js';
import { MATRIX } from './matrix.js';

/** Every report file of the matrix, once. */
const FILES = [...new Set(MATRIX.flatMap((cell) => cell.files))].map(runnerPath);

describe('fuzzed real-runner report files read cleanly or fail with a ParseError', () => {
  it(`${FILES.length} files`, () => fuzzFiles(FILES, 300, 20261204), 20_000);

  it('the unmutated files all read (the property is not passing on errors alone)', async () => {
    for (const file of FILES) {
      const results = await readResults(bufferInput(file, readFileSync(file)), {
        maxBytes: 4 * 1024 * 1024,
        maxOutputChars: 2048,
        maxMessageChars: 2048,
      });
      // Playwright's JUnit file of a run whose test file failed to load is empty, truly.
      if (!file.endsWith('playwright-load-error.xml')) expect(results.tests.length, file).toBeGreaterThan(0);
    }
  });
});

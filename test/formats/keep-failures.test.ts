import { describe, expect, it } from 'vitest';
import { bufferInput, DEFAULT_READ_OPTIONS, readResults } from '../../src/formats/index.js';
import type { Failure } from '../../src/model/index.js';

const JUNIT = `<testsuites><testsuite name="s">
  <testcase classname="s" name="passes"/>
  <testcase classname="s" name="fails"><failure message="boom">Error: boom
    at f (a.js:1:1)</failure></testcase>
  <testcase classname="s" name="flakes"><flakyFailure message="first"/></testcase>
</testsuite></testsuites>`;

const CTRF = JSON.stringify({
  results: {
    tool: { name: 'jest' },
    summary: { tests: 2, passed: 1, failed: 1, skipped: 0, pending: 0, other: 0, start: 0, stop: 1 },
    tests: [
      { name: 'passes', status: 'passed', duration: 1 },
      {
        name: 'fails',
        status: 'failed',
        duration: 1,
        message: 'boom',
        trace: 'Error: boom\n    at f (a.js:1:1)',
      },
    ],
  },
});

/** Reads `text` with a keepFailure that counts its calls and marks what it returns. */
async function readKeeping(name: string, text: string) {
  const seen: Failure[] = [];
  const keep = (failure: Failure): Failure => {
    seen.push(failure);
    return { ...failure, message: `kept: ${failure.message ?? ''}` };
  };
  const { format, tests } = await readResults(bufferInput(name, text), {
    ...DEFAULT_READ_OPTIONS,
    keepFailure: keep,
  });
  const kept = tests.flatMap((t) => t.attempts.flatMap((a) => (a.failure ? [a.failure.message] : [])));
  return { format, seen, kept };
}

describe('ReadOptions.keepFailure', () => {
  it('is called once for each failure by the JUnit reader, which keeps them while reading', async () => {
    const { format, seen, kept } = await readKeeping('junit.xml', JUNIT);
    expect(format).toBe('junit');
    expect(seen.map((f) => f.message)).toEqual(['boom', 'first']);
    expect(kept.sort()).toEqual(['kept: boom', 'kept: first']);
  });

  it('is called once for each failure of a format whose reader does not, after the read', async () => {
    const { format, seen, kept } = await readKeeping('ctrf.json', CTRF);
    expect(format).toBe('ctrf');
    expect(seen.map((f) => f.message)).toEqual(['boom']);
    expect(kept).toEqual(['kept: boom']);
  });
});

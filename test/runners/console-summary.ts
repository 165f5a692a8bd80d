/**
 * Reads each runner's own console summary (stored by scripts/regenerate-runners.mjs) into the runner's
 * counts, and maps the runner's categories onto Tessera's (passed, failed, skipped; see the README's count
 * convention). The mapping is the only interpretation made: which of the runner's words is which outcome.
 *
 * | runner | passed | failed | skipped |
 * | --- | --- | --- | --- |
 * | Vitest | passed + expected fail | failed | skipped + todo |
 * | Jest | passed | failed | skipped + todo |
 * | Mocha | passing | failing | pending |
 * | node:test | pass | fail + cancelled | skipped + todo |
 * | node-tap | pass | fail | skip + todo |
 * | tape | pass | fail | – |
 * | Playwright | passed + flaky | failed | skipped + did not run |
 * | pytest | passed + xpassed | failed + errors | skipped + xfailed |
 */

/** A runner's summary in Tessera's categories. `flaky` only where the runner counts it (Playwright). */
export interface RunnerCounts {
  readonly tests: number;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly flaky?: number;
}

/** The console summary of one run: the runner, its version and its counts. */
export interface ConsoleSummary {
  readonly runner: string;
  readonly version: string;
  /** The runner's own words and numbers, e.g. `6 failed | 4 passed | 1 expected fail`. */
  readonly raw: string;
  readonly counts: RunnerCounts;
}

export type RunnerId =
  'vitest' | 'jest' | 'mocha' | 'node-test' | 'node-tap' | 'tape' | 'playwright' | 'pytest';

/** A line of the console that must be there: a missing summary is a broken corpus, said plainly. */
function lineMatching(text: string, pattern: RegExp, what: string): RegExpExecArray {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = pattern.exec(lines[i] ?? '');
    if (m) return m;
  }
  throw new Error(`no ${what} in the console output: regenerate with npm run runners:regenerate`);
}

/** `word N` or `N word` pairs of a summary line, by word. */
function countsIn(text: string, pattern: RegExp): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(pattern)) {
    const [, a, b] = m;
    const n = Number(/^\d+$/.test(a ?? '') ? a : b);
    const word = (/^\d+$/.test(a ?? '') ? b : a) ?? '';
    counts.set(word.trim(), (counts.get(word.trim()) ?? 0) + n);
  }
  return counts;
}

const get = (m: Map<string, number>, ...words: string[]): number =>
  words.reduce((sum, w) => sum + (m.get(w) ?? 0), 0);

function counts(passed: number, failed: number, skipped: number, flaky?: number): RunnerCounts {
  return {
    tests: passed + failed + skipped,
    passed,
    failed,
    skipped,
    ...(flaky !== undefined ? { flaky } : {}),
  };
}

type Parser = (text: string) => { raw: string; counts: RunnerCounts };

const PARSERS: Record<RunnerId, Parser> = {
  vitest(text) {
    const line = lineMatching(text, /^\s*Tests\s+(.*)\((\d+)\)\s*$/, 'Vitest "Tests" line')[1] ?? '';
    const m = countsIn(line, /(\d+) ([a-z ]+?)(?=\s*\||\s*$)/g);
    return {
      raw: line.trim(),
      counts: counts(get(m, 'passed', 'expected fail'), get(m, 'failed'), get(m, 'skipped', 'todo')),
    };
  },
  jest(text) {
    const line = lineMatching(text, /^Tests:\s+(.*)$/, 'Jest "Tests:" line')[1] ?? '';
    const m = countsIn(line, /(\d+) ([a-z]+)/g);
    return {
      raw: line.trim(),
      counts: counts(get(m, 'passed'), get(m, 'failed'), get(m, 'skipped', 'todo')),
    };
  },
  mocha(text) {
    const m = new Map<string, number>();
    for (const word of ['passing', 'pending', 'failing']) {
      const found = new RegExp(`^\\s+(\\d+) ${word}\\b`, 'm').exec(text);
      if (found) m.set(word, Number(found[1]));
    }
    if (!m.has('passing')) throw new Error('no Mocha "passing" line in the console output');
    return {
      raw: [...m].map(([w, n]) => `${n} ${w}`).join(', '),
      counts: counts(get(m, 'passing'), get(m, 'failing'), get(m, 'pending')),
    };
  },
  'node-test'(text) {
    const m = countsIn(text, /^ℹ (tests|pass|fail|cancelled|skipped|todo) (\d+)$/gm);
    if (!m.has('tests')) throw new Error('no node:test "ℹ tests" line in the console output');
    return {
      raw: [...m].map(([w, n]) => `${w} ${n}`).join(', '),
      counts: counts(get(m, 'pass'), get(m, 'fail', 'cancelled'), get(m, 'skipped', 'todo')),
    };
  },
  'node-tap'(text) {
    const line = lineMatching(text, /^# \{ (total: .*) \}$/, 'node-tap "# { total … }" line')[1] ?? '';
    const m = countsIn(line, /([a-z]+): (\d+)/g);
    return {
      raw: line,
      counts: counts(get(m, 'pass'), get(m, 'fail'), get(m, 'skip', 'todo')),
    };
  },
  tape(text) {
    const m = countsIn(text, /^# (tests|pass|fail)\s+(\d+)$/gm);
    if (!m.has('tests')) throw new Error('no tape "# tests" footer in the console output');
    return {
      raw: [...m].map(([w, n]) => `${w} ${n}`).join(', '),
      counts: counts(get(m, 'pass'), get(m, 'fail'), 0),
    };
  },
  playwright(text) {
    const m = countsIn(text, /^\s+(\d+) (passed|failed|flaky|skipped|did not run|interrupted)\b/gm);
    return {
      raw: [...m].map(([w, n]) => `${n} ${w}`).join(', '),
      counts: counts(
        get(m, 'passed', 'flaky'),
        get(m, 'failed', 'interrupted'),
        get(m, 'skipped', 'did not run'),
        get(m, 'flaky'),
      ),
    };
  },
  pytest(text) {
    const line = lineMatching(text, /^=+ (.*) in [\d.]+s(?: \([^)]*\))? =+$/, 'pytest summary line')[1] ?? '';
    const m = countsIn(line, /(\d+) ([a-z]+)/g);
    const plural = (word: string) => get(m, word, `${word}s`);
    return {
      raw: line,
      counts: counts(
        get(m, 'passed', 'xpassed'),
        get(m, 'failed') + plural('error'),
        get(m, 'skipped', 'xfailed'),
      ),
    };
  },
};

/** Reads a stored console file: its `# runner version` header and the runner's summary. */
export function parseConsole(runner: RunnerId, text: string): ConsoleSummary {
  const header = /^# (\S+) (\S+)\n/.exec(text);
  if (!header) throw new Error('the console file has no "# runner version" header');
  const { raw, counts: c } = PARSERS[runner](text);
  return { runner: header[1] ?? runner, version: header[2] ?? '', raw, counts: c };
}

/** Adds the counts of several runs (the shards of one run). */
export function sumCounts(all: readonly RunnerCounts[]): RunnerCounts {
  const flaky = all.some((c) => c.flaky !== undefined)
    ? all.reduce((n, c) => n + (c.flaky ?? 0), 0)
    : undefined;
  return {
    tests: all.reduce((n, c) => n + c.tests, 0),
    passed: all.reduce((n, c) => n + c.passed, 0),
    failed: all.reduce((n, c) => n + c.failed, 0),
    skipped: all.reduce((n, c) => n + c.skipped, 0),
    ...(flaky !== undefined ? { flaky } : {}),
  };
}

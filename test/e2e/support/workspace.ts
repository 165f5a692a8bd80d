/**
 * The repository the end-to-end workflow runs check out: a small node:test suite, in two versions.
 *
 * - `base` (the base branch, `master` in the corpus payloads): every test passes, except the flaky one on a
 *   shard's first try.
 * - `pr` (the pull request's head): `pricing.test.mjs` now reads prices from a service that is down during
 *   a run's first attempt (`GITHUB_RUN_ATTEMPT=1`), so its test fails there, on every try of the job, and
 *   passes when the job is re-run (attempt 2). Against the base branch that failure is new.
 *
 * Every job gets a fresh copy ({@link checkout}), as every job of a real run gets a fresh checkout: nothing
 * passes from one job to the next except through the fake GitHub.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Which branch a job checks out. */
export type Version = 'base' | 'pr';

/** The test command of the shard jobs: one node:test process per file, JUnit into Tessera's folder. */
export const TEST_COMMAND =
  'node --test --test-reporter=junit --test-reporter-destination={results}/junit.xml {file}';

/** The `tests` glob of the plan job. */
export const TESTS_GLOB = 'test/**/*.test.mjs';

/** The suite's files and tests, for the assertions. */
export const SUITE = {
  math: 'test/math.test.mjs',
  format: 'test/format.test.mjs',
  debounce: 'test/debounce.test.mjs',
  pricing: 'test/pricing.test.mjs',
  flakyTest: 'waits long enough for the debounced call',
  failingTest: 'applies the discount code',
  skippedTest: 'pads to a width',
  /** The line of the failing assertion in the `pr` version of pricing.test.mjs (1-based). */
  get failingLine(): number {
    return PRICING_PR.split('\n').findIndex((l) => l.includes('assert.equal(await discounted')) + 1;
  },
  /** Distinct tests in either version: 8 (5 pass first time, 1 flaky, 1 skipped, 1 failing in `pr`). */
  tests: 8,
} as const;

const MATH = `import assert from 'node:assert/strict';
import { test } from 'node:test';

test('adds', () => assert.equal(1 + 2, 3));
test('multiplies', () => assert.equal(3 * 4, 12));
`;

const FORMAT = `import assert from 'node:assert/strict';
import { test } from 'node:test';

test('joins words', () => assert.equal(['a', 'b'].join(' '), 'a b'));
test('${SUITE.skippedTest}', { skip: 'not written yet' }, () => {});
`;

// The flaky test's race happens exactly on a shard's first try (TESSERA_TRY=1, set by \`tessera run\`), as in
// examples/suite/test/timing-debounce.test.mjs, so that one retry makes it flaky: failed, then passed.
const DEBOUNCE = `import assert from 'node:assert/strict';
import { test } from 'node:test';

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

test('calls once with the last arguments', async () => {
  const calls = [];
  const save = debounce((v) => calls.push(v), 20);
  save(1);
  save(2);
  await sleep(60);
  assert.deepEqual(calls, [2]);
});

test('${SUITE.flakyTest}', async () => {
  const calls = [];
  const save = debounce((v) => calls.push(v), 50);
  save('draft');
  await sleep(process.env.TESSERA_TRY === '1' ? 10 : 100);
  assert.deepEqual(calls, ['draft']);
});
`;

const PRICING_BASE = `import assert from 'node:assert/strict';
import { test } from 'node:test';

const prices = { book: 100 };
const discounted = async (item, code) => (code === 'SAVE10' ? prices[item] * 0.9 : prices[item]);

test('lists the price', async () => assert.equal(prices.book, 100));
test('${SUITE.failingTest}', async () => {
  assert.equal(await discounted('book', 'SAVE10'), 90);
});
`;

const PRICING_PR = `import assert from 'node:assert/strict';
import { test } from 'node:test';

const prices = { book: 100 };
// The price service is down during the run's first attempt; a re-run of the job gets through.
const service = async (item) => (process.env.GITHUB_RUN_ATTEMPT === '1' ? 0 : prices[item]);
const discounted = async (item, code) => (code === 'SAVE10' ? (await service(item)) * 0.9 : service(item));

test('lists the price', async () => assert.equal(prices.book, 100));
test('${SUITE.failingTest}', async () => {
  assert.equal(await discounted('book', 'SAVE10'), 90);
});
`;

const FILES: Record<Version, Record<string, string>> = {
  base: {
    'package.json': '{ "name": "shop", "private": true, "type": "module" }\n',
    [SUITE.math]: MATH,
    [SUITE.format]: FORMAT,
    [SUITE.debounce]: DEBOUNCE,
    [SUITE.pricing]: PRICING_BASE,
  },
  pr: {},
};
FILES.pr = { ...FILES.base, [SUITE.pricing]: PRICING_PR };

/** A fresh checkout of `version` in a new folder under `parent`; resolves with its path. */
export async function checkout(parent: string, version: Version): Promise<string> {
  const dir = await mkdtemp(join(parent, `checkout-${version}-`));
  for (const [path, text] of Object.entries(FILES[version])) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

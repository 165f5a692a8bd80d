/**
 * Words and shapes for synthetic JUnit results that look like a real TypeScript monorepo's jest-junit output:
 * package paths, describe blocks, sentence-like test names (some with quotes, ampersands and angle brackets so
 * escaping is exercised), assertion messages, stack traces and log lines.
 */
import type { Prng } from './prng.js';

const PACKAGES = [
  'api',
  'billing',
  'catalog',
  'checkout',
  'core',
  'identity',
  'inventory',
  'notifications',
  'search',
  'shipping',
  'ui-kit',
  'web',
] as const;

const AREAS = [
  'adapters',
  'cache',
  'components',
  'domain',
  'handlers',
  'hooks',
  'jobs',
  'middleware',
  'models',
  'parsers',
  'routes',
  'services',
  'store',
  'utils',
  'validation',
] as const;

const NOUNS = [
  'account',
  'address',
  'audit-log',
  'basket',
  'coupon',
  'currency',
  'customer',
  'discount',
  'feature-flag',
  'invoice',
  'ledger',
  'locale',
  'order',
  'payment',
  'price',
  'product',
  'rate-limit',
  'refund',
  'session',
  'subscription',
  'tax',
  'token',
  'warehouse',
  'webhook',
] as const;

const ROLES = [
  'service',
  'controller',
  'repository',
  'mapper',
  'client',
  'formatter',
  'reducer',
  'schema',
  'queue',
  'view',
] as const;

const VERBS = [
  'accepts',
  'caches',
  'computes',
  'debounces',
  'emits',
  'escapes',
  'falls back to',
  'keeps',
  'merges',
  'normalises',
  'paginates',
  'parses',
  'rejects',
  'renders',
  'resolves',
  'retries',
  'returns',
  'rounds',
  'serialises',
  'sorts',
  'streams',
  'throws on',
  'trims',
  'validates',
] as const;

const OBJECTS = [
  'an empty list',
  'the cached value',
  'a missing header',
  'the default locale',
  'negative amounts',
  'unicode names like "Zoë"',
  'the next page cursor',
  'duplicate ids',
  'an expired token',
  'a 404 response',
  'the total',
  'line items in order',
  'a partial refund',
  'the <Price/> component',
  'query strings with & and =',
  'nested objects',
  'a timeout error',
  'ISO dates',
  'the audit entry',
  'large payloads',
] as const;

const CONDITIONS = [
  'when the cache is cold',
  'with a trailing slash',
  'on Windows paths',
  'after three retries',
  'for a guest user',
  'in dry-run mode',
  'when the clock skews',
  'with feature flag "beta" on',
  'under concurrent writes',
  'for EUR and USD',
  'when the queue is full',
  'with an empty body',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
] as const;

const SUB_DESCRIBES = [
  'happy path',
  'errors',
  'edge cases',
  'rounding',
  'pagination',
  'caching',
  'permissions',
  'serialisation',
  'retries',
  'validation',
] as const;

const LOG_LINES = [
  'console.log: connecting to sqlite::memory:',
  'console.warn: deprecated option `legacyRounding` will be removed in v5',
  'console.info: seeded 42 rows into "orders"',
  'console.log: request GET /api/v2/orders?page=3&size=50 -> 200 (12 ms)',
  'console.debug: cache miss for key <tenant:7/price:EUR>',
  'console.log: retrying after 250 ms (attempt 2 of 3)',
  'console.error: unhandled rejection suppressed in test: Error: ECONNRESET',
] as const;

const NODE_FRAMES = [
  'Promise.finally.completed (node_modules/jest-circus/build/jestAdapterInit.js:1834:28)',
  'new Promise (<anonymous>)',
  'callAsyncCircusFn (node_modules/jest-circus/build/jestAdapterInit.js:1774:10)',
  '_callCircusTest (node_modules/jest-circus/build/jestAdapterInit.js:1167:40)',
  '_runTestInContext (node_modules/jest-circus/build/jestAdapterInit.js:1103:3)',
  'runTestWithContext (node_modules/jest-circus/build/jestAdapterInit.js:996:5)',
  '_runTestsForDescribeBlockOnce (node_modules/jest-circus/build/jestAdapterInit.js:1008:11)',
  '_runTestsForDescribeBlock (node_modules/jest-circus/build/jestAdapterInit.js:824:5)',
  'run (node_modules/jest-circus/build/jestAdapterInit.js:789:3)',
  'runAndTransformResultsToJestFormat (node_modules/jest-circus/build/jestAdapterInit.js:2300:21)',
  'jestAdapter (node_modules/jest-circus/build/runner.js:111:19)',
  'runTestInternal (node_modules/jest-runner/build/index.js:247:16)',
  'runTest (node_modules/jest-runner/build/index.js:315:7)',
  'process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
] as const;

/** A test file: where it lives and the describe block it opens with. */
export interface TestFileShape {
  /** Repo-relative path, e.g. `billing/services/invoice-service.test.ts`. */
  readonly path: string;
  /** Top-level describe, e.g. `InvoiceService`. */
  readonly describe: string;
}

/** Draws a test file; `taken` holds paths already used so that every path (and so every test id) is unique. */
export function drawTestFile(prng: Prng, taken: Set<string>): TestFileShape {
  const noun = prng.pick(NOUNS);
  const role = prng.pick(ROLES);
  const base = `${prng.pick(PACKAGES)}/${prng.pick(AREAS)}/${noun}-${role}`;
  let path = `${base}.test.ts`;
  for (let n = 2; taken.has(path); n++) path = `${base}-${n}.test.ts`;
  taken.add(path);
  const describe = `${noun}-${role}`
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  return { path, describe };
}

/** A nested describe under the file's top-level one, or none. */
export function drawSubDescribe(prng: Prng): string | undefined {
  return prng.chance(0.4) ? prng.pick(SUB_DESCRIBES) : undefined;
}

/** A sentence-like test name, unique within `taken` (the names already used in the same describe block). */
export function drawTestName(prng: Prng, taken: Set<string>): string {
  const condition = prng.pick(CONDITIONS);
  const base = `${prng.pick(VERBS)} ${prng.pick(OBJECTS)}${condition ? ` ${condition}` : ''}`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base} (case ${n})`;
  taken.add(name);
  return name;
}

/** An assertion or error message and its type, as jest or node would print them. */
export function drawFailureMessage(prng: Prng, isError: boolean): { type: string; message: string } {
  if (isError) {
    return prng.pick([
      { type: 'TypeError', message: "Cannot read properties of undefined (reading 'amount')" },
      { type: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:5432' },
      { type: 'RangeError', message: 'Invalid time value' },
      { type: 'Error', message: 'Exceeded timeout of 5000 ms for a test.' },
    ]);
  }
  const expected = prng.int(0, 999);
  return prng.pick([
    { type: 'AssertionError', message: `expected ${expected + 1} to equal ${expected}` },
    {
      type: 'Error',
      message: `expect(received).toBe(expected) // Object.is equality\n\nExpected: ${expected}\nReceived: ${expected - 1}`,
    },
    {
      type: 'Error',
      message: `expect(received).toEqual(expected)\n\n- Expected  - 1\n+ Received  + 1\n\n  Object {\n-   "status": "paid",\n+   "status": "pending",\n  }`,
    },
    { type: 'AssertionError', message: `expected [ 'a', 'b' ] to deeply equal [ 'a', 'b', 'c' ]` },
  ]);
}

/** A multi-line stack trace: the test's own frame, then 6 to 14 runner frames. */
export function drawStackTrace(prng: Prng, file: string, header: string): string {
  const frames = [`    at Object.<anonymous> (${file}:${prng.int(5, 400)}:${prng.int(3, 60)})`];
  const depth = prng.int(6, NODE_FRAMES.length);
  for (let index = 0; index < depth; index++) frames.push(`    at ${NODE_FRAMES[index]}`);
  return `${header}\n${frames.join('\n')}`;
}

/** A few lines of captured console output. */
export function drawLogLines(prng: Prng): string {
  const count = prng.int(1, 5);
  const lines: string[] = [];
  for (let index = 0; index < count; index++) lines.push(prng.pick(LOG_LINES));
  return lines.join('\n');
}

// Every outcome node:test has, for the real-runner matrix (scripts/regenerate-runners.mjs).
import assert from 'node:assert/strict';
import { after, before, describe, it, test } from 'node:test';

describe('outcomes', () => {
  it('passes', () => assert.equal(1 + 1, 2));
  it('fails an assertion', () => assert.equal(1 + 1, 3));
  it('throws an error', () => {
    throw new TypeError('not an assertion');
  });
  it('is skipped', { skip: true }, () => {});
  it('skips itself at run time', (t) => t.skip('not today'));
  it('is a todo', { todo: true }, () => {});
  it('is a todo whose body fails', { todo: 'not done yet' }, () => assert.equal(1, 2));
  it('times out', { timeout: 50 }, () => new Promise((resolve) => setTimeout(resolve, 1000)));
});

test('a parent whose subtests pass and fail', async (t) => {
  await t.test('leaf that passes', () => {});
  await t.test('leaf that fails', () => assert.fail('leaf failed'));
  await t.test('leaf that is skipped', { skip: 'skip directive' }, () => {});
});

test('a parent that ends before its subtest', (t) => {
  // Not awaited: the parent finishes first and node:test cancels the subtest.
  t.test('subtest cancelled by its parent', () => new Promise((resolve) => setTimeout(resolve, 200)));
});

describe('names: quote " apostrophe \' lt < amp & unicode é✓ 日本 hash # end', () => {
  it('a "quoted" <tag> & ampersand # hash', () => {});
  it('fails with <xml> & "quotes" in the message', () => assert.equal('<a & "b">', '</a>'));
});

describe('a before hook that throws', () => {
  before(() => {
    throw new Error('before failed');
  });
  it('first test under the failing hook', () => {});
  it('second test under the failing hook', () => {});
});

describe('an after hook that throws', () => {
  after(() => {
    throw new Error('after failed');
  });
  it('passes before the failing after hook', () => {});
});

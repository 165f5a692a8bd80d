import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from '../src/semver.mjs';

describe('semver parse', () => {
  test('a release', () => assert.deepEqual(parse('1.2.3'), { major: 1, minor: 2, patch: 3, prerelease: [] }));
  test('a v prefix and build metadata', () => assert.equal(parse('v2.0.0+build.7').major, 2));
  test('a prerelease', () => assert.deepEqual(parse('1.0.0-rc.1').prerelease, ['rc', '1']));
  for (const bad of ['1.2', '01.2.3', '1.2.3-', 'one.two.three', '']) {
    test(`rejects ${JSON.stringify(bad)}`, () => assert.throws(() => parse(bad), SyntaxError));
  }
});

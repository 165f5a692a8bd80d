import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compare, satisfiesCaret } from '../src/semver.mjs';

describe('semver compare', () => {
  test('orders the examples of the specification', () => {
    const ordered = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
    ];
    for (let i = 1; i < ordered.length; i++)
      assert.equal(compare(ordered[i - 1], ordered[i]), -1, ordered[i]);
  });
  test('sorting is consistent over every pair of 400 versions', () => {
    const versions = [];
    for (let major = 0; major < 4; major++)
      for (let minor = 0; minor < 10; minor++)
        for (let patch = 0; patch < 10; patch++) versions.push(`${major}.${minor}.${patch}`);
    for (const a of versions) for (const b of versions) assert.equal(compare(a, b) + compare(b, a), 0);
  });
});

describe('caret ranges', () => {
  test('^1.2.3 allows minor and patch updates', () => {
    assert.ok(satisfiesCaret('1.9.0', '1.2.3'));
    assert.ok(!satisfiesCaret('2.0.0', '1.2.3'));
    assert.ok(!satisfiesCaret('1.2.2', '1.2.3'));
  });
  test('^0.2.3 allows only patch updates', () => {
    assert.ok(satisfiesCaret('0.2.9', '0.2.3'));
    assert.ok(!satisfiesCaret('0.3.0', '0.2.3'));
  });
});

// Every outcome Mocha has, for the real-runner matrix (scripts/regenerate-runners.mjs).
const assert = require('node:assert');

let flakyRuns = 0;

describe('outcomes', function () {
  it('passes', function () {
    assert.strictEqual(1 + 1, 2);
  });
  it('fails an assertion', function () {
    assert.strictEqual(1 + 1, 3);
  });
  it('throws an error', function () {
    throw new TypeError('not an assertion');
  });
  it.skip('is skipped', function () {});
  it('is pending (no body)');
  it('skips itself at run time', function () {
    this.skip();
  });
  it('passes on a retry', function () {
    this.retries(2);
    flakyRuns += 1;
    assert.ok(flakyRuns > 1, 'first run fails');
  });
  it('fails on every retry', function () {
    this.retries(1);
    assert.strictEqual('always', 'never');
  });
  it('times out', function (done) {
    this.timeout(50);
    setTimeout(done, 1000);
  });
});

describe('names: quote " apostrophe \' lt < amp & unicode é✓ 日本 hash # end', function () {
  it('a "quoted" <tag> & ampersand # hash', function () {});
  it('fails with <xml> & "quotes" in the message', function () {
    assert.strictEqual('<a & "b">', '</a>');
  });
});

describe('a beforeEach hook that throws', function () {
  beforeEach(function () {
    throw new Error('beforeEach failed');
  });
  it('first test under the failing hook', function () {});
  it('second test under the failing hook', function () {});
});

describe('an after hook that throws', function () {
  after(function () {
    throw new Error('after failed');
  });
  it('passes before the failing after hook', function () {});
});

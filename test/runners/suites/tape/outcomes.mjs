// Every outcome tape has, for the real-runner matrix (scripts/regenerate-runners.mjs). tape counts
// assertions, not tests; its footer counts SKIP and TODO points as passes.
import test from 'tape';

test('outcomes', (t) => {
  t.equal(1 + 1, 2, 'passes');
  t.equal(1 + 1, 3, 'fails an assertion');
  t.skip('a skipped assertion');
  t.ok(true, 'a todo assertion that passes', { todo: true });
  t.end();
});

test('a skipped test', { skip: true }, (t) => {
  t.pass('never runs');
  t.end();
});

test('a todo test whose assertion fails', { todo: true }, (t) => {
  t.fail('todo failed');
  t.end();
});

test('an error assertion', (t) => {
  t.error(new TypeError('not an assertion'), 'reports an error');
  t.end();
});

test('times out', { timeout: 50 }, (t) => {
  // Never ends: tape fails the test when the timeout passes.
  setTimeout(() => {}, 300);
});

test('names: quote " apostrophe \' lt < amp & unicode é✓ 日本 hash # end', (t) => {
  t.pass('a "quoted" <tag> & ampersand # hash');
  t.equal('<a & "b">', '</a>', 'fails with <xml> & "quotes" in the message');
  t.end();
});

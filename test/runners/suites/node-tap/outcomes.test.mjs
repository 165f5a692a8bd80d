// Every outcome node-tap has, for the real-runner matrix (scripts/regenerate-runners.mjs).
import t from 'tap';

t.test('outcomes', async (t) => {
  t.test('passes', async (t) => t.equal(1 + 1, 2));
  t.test('fails an assertion', async (t) => t.equal(1 + 1, 3));
  t.test('throws an error', async () => {
    throw new TypeError('not an assertion');
  });
  t.test('is skipped', { skip: true }, async () => {});
  t.test('is a todo', { todo: true }, async () => {});
  t.test('is a todo whose body fails', { todo: 'not done yet' }, async (t) => t.fail('todo failed'));
  t.test('times out', { timeout: 50 }, () => new Promise((resolve) => setTimeout(resolve, 1000)));
  t.pass('a bare assertion that passes');
  t.skip('a skipped bare assertion');
});

t.test('names: quote " apostrophe \' lt < amp & unicode é✓ 日本 hash # end', async (t) => {
  t.test('a "quoted" <tag> & ampersand # hash', async (t) => t.pass('ok'));
  t.test('fails with <xml> & "quotes" in the message', async (t) => t.equal('<a & "b">', '</a>'));
});

t.test('a before hook that throws', async (t) => {
  t.before(() => {
    throw new Error('before failed');
  });
  t.test('test under the failing hook', async (t) => t.pass('ok'));
});

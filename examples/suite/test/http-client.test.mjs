import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { getJson, HttpError } from '../src/http-client.mjs';
import { TimeoutError } from '../src/timing.mjs';

// The slow file of the suite: an integration test against a real HTTP server on 127.0.0.1 whose routes
// answer slowly, fail, or hang, the way a flaky backend does.
let server;
let base;
const hits = new Map();
// Responses still pending when the tests end (the hanging route) must not keep the process alive.
const pending = new Set();

before(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    const send = (status, body, delay) => {
      const timer = setTimeout(() => {
        pending.delete(timer);
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      }, delay);
      pending.add(timer);
    };
    if (path === '/slow') return send(200, { ok: true }, 700);
    if (path === '/unstable') return count < 3 ? send(503, {}, 200) : send(200, { tries: count }, 200);
    if (path === '/missing') return send(404, {}, 100);
    if (path === '/hang') return send(200, {}, 5_000);
    return send(200, { path }, 300);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
  for (const timer of pending) clearTimeout(timer);
  server.closeAllConnections();
  server.close();
});

describe('getJson against a slow backend', () => {
  test('reads a slow but healthy endpoint', async () => {
    assert.deepEqual(await getJson(`${base}/slow`, { timeoutMs: 1_500 }), { ok: true });
  });
  test('retries server errors until the backend recovers', async () => {
    assert.deepEqual(await getJson(`${base}/unstable`, { attempts: 4, delayMs: 150 }), { tries: 3 });
  });
  test('does not retry a 404', async () => {
    await assert.rejects(getJson(`${base}/missing`, { attempts: 3, delayMs: 200 }), HttpError);
    assert.equal(hits.get('/missing'), 1);
  });
  test('gives up on a hanging endpoint after its attempts time out', async () => {
    await assert.rejects(
      getJson(`${base}/hang`, { timeoutMs: 500, attempts: 2, delayMs: 100 }),
      TimeoutError,
    );
  });
  test('reads many endpoints one after another', async () => {
    for (const name of ['users', 'orders', 'invoices'])
      assert.deepEqual(await getJson(`${base}/${name}`), { path: `/${name}` });
  });
});

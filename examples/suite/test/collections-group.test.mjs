import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { groupBy, partition, uniqueBy } from '../src/collections.mjs';
import { sleep } from '../src/timing.mjs';

// Loading the fixture simulates reading it from a slow disk or service, as a repository test would.
async function loadOrders() {
  await sleep(150);
  return [
    { id: 1, customer: 'ada', total: 30 },
    { id: 2, customer: 'bob', total: 12 },
    { id: 3, customer: 'ada', total: 8 },
    { id: 4, customer: 'cy', total: 99 },
  ];
}

describe('groupBy', () => {
  test('groups in first-seen order', async () => {
    const groups = groupBy(await loadOrders(), (o) => o.customer);
    assert.deepEqual([...groups.keys()], ['ada', 'bob', 'cy']);
    assert.deepEqual(
      groups.get('ada').map((o) => o.id),
      [1, 3],
    );
  });
});

describe('uniqueBy and partition', () => {
  test('keeps the first of each key', async () => {
    assert.deepEqual(
      uniqueBy(await loadOrders(), (o) => o.customer).map((o) => o.id),
      [1, 2, 4],
    );
  });
  test('partitions by a predicate', async () => {
    const [big, small] = partition(await loadOrders(), (o) => o.total >= 20);
    assert.deepEqual([big.length, small.length], [2, 2]);
  });
});

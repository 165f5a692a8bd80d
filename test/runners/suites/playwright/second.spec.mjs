// A second file, so `--shard 1/2` and `--shard 2/2` each get a share of the tests.
import { expect, test } from '@playwright/test';

test('a passing test in the second file', () => expect(true).toBe(true));
test('another passing test in the second file', () => expect([1, 2]).toHaveLength(2));

// A passing test beside the file that fails to load: Playwright never runs it.
import { expect, test } from '@playwright/test';

test('a passing test that never runs', () => expect(true).toBe(true));

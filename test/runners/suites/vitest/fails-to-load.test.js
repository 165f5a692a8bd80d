// A test file that throws while it is imported: Vitest reports the file as failed with no tests.
import { it } from 'vitest';

throw new Error('this file fails to load');

it('never registered', () => {});

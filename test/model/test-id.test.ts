import { describe, expect, it } from 'vitest';
import { testId } from '../../src/model/index.js';

describe('testId: the hashed input is unambiguous', () => {
  const base = { file: 'src/a.test.ts', suite: ['A'], name: 'works' };

  it('keeps parts apart that a joined key would confuse', () => {
    const ids = [
      testId({ ...base, suite: ['a b'] }),
      testId({ ...base, suite: ['a', 'b'] }),
      testId({ ...base, suite: ['ab'] }),
      testId({ ...base, suite: ['a', 'b'], name: '' }),
      testId({ ...base, suite: ['a'], name: 'b' }),
      testId({ ...base, suite: [], name: 'ab' }),
      testId({ ...base, suite: [''], name: 'ab' }),
      testId({ ...base, file: 'src/a.test.tsA', suite: [] }),
      testId({ ...base, file: undefined }),
      testId({ ...base, project: 'works' }),
      testId({ ...base, name: 'work', project: 's' }),
      // Odd lengths: the last code unit of a string is not confused with the next length.
      testId({ ...base, name: 'a\u0001' }),
      testId({ ...base, name: 'a', project: '\u0001' }),
      testId({ ...base, name: 'é😀\uFFFD' }),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives a frozen (shared) suite array the same id as an equal fresh one, whatever came before', () => {
    const shared = Object.freeze(['Calc', 'adds']);
    const expected = testId({ file: 'src/calc.test.ts', suite: ['Calc', 'adds'], name: 'one' });
    expect(testId({ file: 'src/calc.test.ts', suite: shared, name: 'one' })).toBe(expected);
    expect(testId({ file: 'src/calc.test.ts', suite: shared, name: 'one' })).toBe(expected);
    // Same array, other file: the remembered prefix must not be reused.
    expect(testId({ file: 'src/other.test.ts', suite: shared, name: 'one' })).not.toBe(expected);
    expect(testId({ file: 'src/calc.test.ts', suite: shared, name: 'two' })).not.toBe(expected);
    expect(testId({ file: 'src/calc.test.ts', suite: shared, name: 'one' })).toBe(expected);
  });

  it('is a fixed function of the parts (ids are history keys: changing it orphans every history)', () => {
    expect(testId({ file: 'src/a.test.ts', suite: ['A'], name: 'works' })).toBe('0107773becd7a785');
  });
});

describe('testId: spread', () => {
  it('spreads structured names like a random 64-bit function, in each 32-bit half', () => {
    // Names as CI writes them: long shared prefixes, a number or a word changed. For n random 32-bit
    // values about n²/2³³ pairs collide (4.7 for 200,000); a biased lane would show far more.
    const ids = new Set<string>();
    const high = new Set<string>();
    const low = new Set<string>();
    let n = 0;
    for (let f = 0; f < 80; f++) {
      const file = `packages/pkg-${f % 9}/src/feature-${f}/widget.test.ts`;
      const suites = [['Widget'], ['Widget', 'when empty'], ['Widget', 'when full']];
      for (let i = 0; i < 2500; i++) {
        const id = testId({ file, suite: suites[i % 3] as string[], name: `renders row ${i} of ${f}` });
        ids.add(id);
        high.add(id.slice(0, 8));
        low.add(id.slice(8));
        n++;
      }
    }
    expect(ids.size).toBe(n);
    expect(n - high.size).toBeLessThan(25);
    expect(n - low.size).toBeLessThan(25);
  });
});

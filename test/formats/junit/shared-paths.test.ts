import { describe, expect, it } from 'vitest';
import { bufferInput, DEFAULT_READ_OPTIONS } from '../../../src/formats/index.js';
import { junitReader } from '../../../src/formats/junit/reader.js';
import { testId } from '../../../src/model/index.js';

describe('JUnit reader: shared suite paths', () => {
  it('gives tests with the same suite path one frozen array, and the ids of their parts', async () => {
    const xml = `<testsuites name="jest tests">
  <testsuite name="Calc" file="src/calc.test.ts">
    <testcase classname="Calc adds" name="one" file="src/calc.test.ts"/>
    <testcase classname="Calc" name="two" file="src/calc.test.ts"/>
    <testcase classname="Calc adds" name="three" file="src/calc.test.ts"/>
    <testcase classname="Calc" name="four" file="src/calc.test.ts"/>
  </testsuite>
</testsuites>`;
    const { tests } = await junitReader.read(bufferInput('shared.xml', xml), DEFAULT_READ_OPTIONS);
    const [one, two, three, four] = tests;
    expect(one?.suite).toEqual(['Calc', 'Calc adds']);
    expect(three?.suite).toBe(one?.suite);
    expect(four?.suite).toBe(two?.suite);
    expect(Object.isFrozen(one?.suite)).toBe(true);
    for (const test of tests) expect(test.id).toBe(testId({ ...test, suite: [...test.suite] }));
  });
});

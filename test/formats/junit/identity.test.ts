import { describe, expect, it } from 'vitest';
import { isLocationLike, junitIdentity, type SuiteContext } from '../../../src/formats/junit/identity.js';
import { normalizePath } from '../../../src/model/index.js';

const normalize = (path: string): string => normalizePath(path, '/repo');
const suites = (path: string[], file?: string): SuiteContext => {
  const innermost = path[path.length - 1];
  return {
    path,
    ...(file !== undefined ? { file } : {}),
    ...(innermost !== undefined && isLocationLike(innermost) ? { nameAsFile: normalize(innermost) } : {}),
  };
};

describe('isLocationLike', () => {
  it.each([
    ['calculator.test.js', true],
    ['example.com/calc/calc', true],
    ['com.acme.CalcTest', true],
    ['tests.test_calc.TestCalc', true],
    ['oxidized_navigation::parry3d', true],
    ['C:\\src\\a.cs', true],
    ['calculator adds two numbers', false],
    ['test', false],
    ['CalculatorTest', false],
    ['', false],
  ])('%j → %s', (classname, expected) => {
    expect(isLocationLike(classname)).toBe(expected);
  });
});

describe('junitIdentity: one row per dialect', () => {
  it.each([
    {
      dialect: 'vitest / Playwright: classname is the file, the suite is named after it',
      testcase: { name: 'calculator > adds', classname: 'calculator.test.js' },
      context: suites(['calculator.test.js']),
      expected: { file: 'calculator.test.js', suite: [], name: 'calculator > adds' },
    },
    {
      dialect: 'jest-junit defaults: classname equals name, no file',
      testcase: { name: 'calc adds', classname: 'calc adds' },
      context: suites(['calc']),
      expected: { file: undefined, suite: ['calc'], name: 'calc adds' },
    },
    {
      dialect: 'jest-junit {classname} {title}: the describe part before the title is kept',
      testcase: {
        name: 'uppercases ascii',
        classname: 'strings upper uppercases ascii',
        file: '/repo/strings.test.js',
      },
      context: suites(['strings']),
      expected: { file: 'strings.test.js', suite: ['strings', 'strings upper'], name: 'uppercases ascii' },
    },
    {
      dialect: 'mocha-junit-reporter: classname is the tail of the full-title name',
      testcase: { name: 'calculator adds two numbers', classname: 'adds two numbers' },
      context: suites(['calculator'], 'mocha/calculator.spec.js'),
      expected: {
        file: 'mocha/calculator.spec.js',
        suite: ['calculator'],
        name: 'calculator adds two numbers',
      },
    },
    {
      dialect: 'Surefire: classname is the class, which is the suite too',
      testcase: { name: 'testAdd', classname: 'com.acme.CalcTest' },
      context: suites(['com.acme.CalcTest']),
      expected: { file: 'com.acme.CalcTest', suite: [], name: 'testAdd' },
    },
    {
      dialect: 'pytest xunit1: file attribute, the class after the module path',
      testcase: { name: 'test_add', classname: 'tests.test_calc.TestCalc', file: 'tests/test_calc.py' },
      context: suites(['pytest']),
      expected: { file: 'tests/test_calc.py', suite: ['pytest', 'TestCalc'], name: 'test_add' },
    },
    {
      dialect: 'RSpec: classname is the file as a module path and adds nothing',
      testcase: { name: 'calc adds', classname: 'spec.calc_spec', file: './spec/calc_spec.rb' },
      context: suites(['rspec']),
      expected: { file: 'spec/calc_spec.rb', suite: ['rspec'], name: 'calc adds' },
    },
    {
      dialect: 'PHPUnit: the suite file, a class already in the path',
      testcase: { name: 'testAdd', classname: 'CalcTest' },
      context: suites(['tests', 'CalcTest', 'CalcTest::testAdd'], 'tests/CalcTest.php'),
      expected: {
        file: 'tests/CalcTest.php',
        suite: ['tests', 'CalcTest', 'CalcTest::testAdd'],
        name: 'testAdd',
      },
    },
    {
      dialect: 'node:test: the constant classname "test" names nothing and is dropped, no file',
      testcase: { name: 'adds', classname: 'test' },
      context: suites(['calculator']),
      expected: { file: undefined, suite: ['calculator'], name: 'adds' },
    },
    {
      dialect: 'Bazel: the suite name is the target, used as the file',
      testcase: { name: 'bazel/failing_absl_test' },
      context: suites(['bazel/failing_absl_test']),
      expected: { file: 'bazel/failing_absl_test', suite: [], name: 'bazel/failing_absl_test' },
    },
  ])('$dialect', ({ testcase, context, expected }) => {
    expect(junitIdentity(testcase, context, normalize)).toEqual(expected);
  });

  it('makes absolute paths under the root repo-relative', () => {
    const id = junitIdentity({ name: 't', file: '/repo/src/a.test.ts' }, suites([]), normalize);
    expect(id.file).toBe('src/a.test.ts');
  });

  it('keeps two describe blocks with the same test title apart', () => {
    const a = junitIdentity({ name: 'works', classname: 'block a works' }, suites(['file']), normalize);
    const b = junitIdentity({ name: 'works', classname: 'block b works' }, suites(['file']), normalize);
    expect(a.suite).not.toEqual(b.suite);
  });
});

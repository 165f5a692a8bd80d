/** The conformance harness's own pieces: if these are wrong, the suite proves nothing. */
import { describe, expect, it } from 'vitest';
import { makeTestCase, type Attempt } from '../../src/model/index.js';
import { countDifferences, countOutcomes, evaluateCase, inOracleTerms } from './evaluate.js';
import { countCell, findTable, parseMarkdownTables, plainCell } from './markdown-table.js';
import { countTestcaseElements } from './oracles/junit-report-merger.js';
import type { Oracle } from './oracles/index.js';
import { runConformance } from './summary.js';
import type { ConformanceCase } from './types.js';

describe('parseMarkdownTables', () => {
  const markdown = [
    'intro',
    '| file | total | note |',
    '|---|:---:|---|',
    '| `a.xml` | 3 | uses \\| a pipe |',
    '| [b.xml](#x) |  | |',
    '',
    '|Report|Passed|',
    '|:---|---:|',
    '|[fixtures/c.xml](#r0)|4 ✅|',
  ].join('\n');

  it('reads every table with its rows keyed by header', () => {
    const tables = parseMarkdownTables(markdown);
    expect(tables.map((t) => t.header)).toEqual([
      ['file', 'total', 'note'],
      ['Report', 'Passed'],
    ]);
    expect(tables[0]?.rows).toEqual([
      { file: '`a.xml`', total: '3', note: 'uses | a pipe' },
      { file: '[b.xml](#x)', total: '', note: '' },
    ]);
  });

  it('finds a table by its leading header cells, and names the file when there is none', () => {
    expect(findTable(markdown, ['report'], 'x.md').rows).toHaveLength(1);
    expect(() => findTable(markdown, ['nope'], 'x.md')).toThrow(/x\.md: no table/);
  });

  it('strips code spans and links, and reads counts with or without emoji', () => {
    expect(plainCell('[fixtures/c.xml](#r0)')).toBe('fixtures/c.xml');
    expect(plainCell('`a.xml` (jest)')).toBe('a.xml (jest)');
    expect(countCell('4 ✅', false)).toBe(4);
    expect(countCell('', true)).toBe(0);
    expect(countCell('', false)).toBeUndefined();
  });
});

describe('counting and comparing', () => {
  const pass: Attempt = { status: 'passed', durationMs: 1 };
  const fail: Attempt = { status: 'failed', durationMs: 1, failure: { category: 'assertion' } };
  const tests = [
    makeTestCase({ suite: [], name: 'a', attempts: [pass] }),
    makeTestCase({ suite: [], name: 'b', attempts: [fail, pass] }),
    makeTestCase({ suite: [], name: 'c', attempts: [fail] }),
  ];

  it('counts outcomes per distinct test', () => {
    expect(countOutcomes(tests)).toEqual({ tests: 3, passed: 1, failed: 1, skipped: 0, flaky: 1 });
  });

  it('puts a flaky test where the oracle counts it', () => {
    const counts = countOutcomes(tests);
    expect(inOracleTerms(counts, 'as-failed')).toMatchObject({ passed: 1, failed: 2, flaky: 0 });
    expect(inOracleTerms(counts, 'as-passed')).toMatchObject({ passed: 2, failed: 1, flaky: 0 });
    expect(inOracleTerms(counts, 'separate')).toMatchObject({ passed: 1, failed: 1, flaky: 1 });
    expect(inOracleTerms(counts, 'within-passed')).toMatchObject({ passed: 2, failed: 1, flaky: 1 });
  });

  it('compares only the fields the oracle states', () => {
    expect(countDifferences({ tests: 3, failed: 1 }, { tests: 3, passed: 9, failed: 1 })).toEqual([]);
    expect(countDifferences({ tests: 3, skipped: 1 }, { tests: 2, skipped: 1 })).toEqual(['tests 3→2']);
  });
});

describe('countTestcaseElements', () => {
  it('counts test cases by their direct status children, ignoring root attributes', () => {
    const xml = `<testsuites tests="99" skipped="7"><testsuite name="s">
      <testcase name="a"/>
      <testcase name="b"><failure>x</failure></testcase>
      <testcase name="c"><skipped/></testcase>
      <testsuite name="nested"><testcase name="d"><error/><system-out>o</system-out></testcase></testsuite>
    </testsuite></testsuites>`;
    expect(countTestcaseElements(xml, 'x.xml')).toEqual({
      tests: 4,
      passed: 1,
      failed: 2,
      skipped: 1,
      flaky: 0,
    });
  });

  it('names the file when the XML is broken', () => {
    expect(() => countTestcaseElements('<testsuites><testcase>', 'bad.xml')).toThrow(/bad\.xml/);
  });
});

describe('evaluateCase and runConformance', () => {
  const jestJunit: ConformanceCase = {
    source: 'generated',
    name: 'harness: jest-junit',
    files: ['generated/jest/jest-junit.xml'],
    expected: { tests: 7, passed: 4, failed: 2, skipped: 1, flaky: 0 },
    flaky: 'separate',
  };

  it('matches a case whose expectation holds', async () => {
    expect((await evaluateCase(jestJunit)).status).toBe('match');
  });

  it('reports a wrong expectation as a mismatch naming the field', async () => {
    const result = await evaluateCase({ ...jestJunit, expected: { tests: 8, failed: 2 } });
    expect(result.status).toBe('mismatch');
    expect(result.detail).toBe('tests 8→7');
  });

  it('reports a file of an "unsupported" format that was read anyway as a mismatch', async () => {
    const result = await evaluateCase({ ...jestJunit, unsupported: 'Pretend XML' });
    expect(result.status).toBe('mismatch');
    expect(result.detail).toMatch(/Pretend XML is not a supported format, yet it was read/);
  });

  it('wants a ParseError where the oracle expects one', async () => {
    const result = await evaluateCase({ ...jestJunit, expected: { error: true } });
    expect(result.status).toBe('mismatch');
    expect(result.detail).toBe('should have been refused');
  });

  it('refuses an oracle that finds no case, so a moved corpus cannot pass', async () => {
    const empty: Oracle = { id: 'dorny', title: 'empty', load: async () => ({ cases: [], omitted: [] }) };
    await expect(runConformance([empty])).rejects.toThrow(/oracle dorny found no cases/);
  });
});

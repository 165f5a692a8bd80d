/**
 * Display titles (issue 20, "Names"): the title a person reads drops the suite path a reporter repeats in the
 * name and the synthetic root suites, while the id, computed from the parts as read, stays what it was, so
 * the histories keyed by it stay valid.
 */
import { describe, expect, it } from 'vitest';
import { readResultFile } from '../../src/formats/index.js';
import { displayParts, displayTitle, testId, testTitle } from '../../src/model/index.js';
import { corpusFile } from '../support/corpus.js';

describe('displayTitle', () => {
  it('drops the suite path a full-title name repeats (mocha-junit-reporter, jest-junit defaults)', () => {
    expect(displayTitle({ suite: ['calculator'], name: 'calculator adds two numbers' })).toBe(
      'calculator › adds two numbers',
    );
    expect(
      displayTitle({ suite: ['Async behaviour'], name: 'Async behaviour passes an error to done()' }),
    ).toBe('Async behaviour › passes an error to done()');
    // Vitest's JUnit joins with `>`; nested suites repeated whole.
    expect(displayTitle({ suite: ['a', 'b'], name: 'a > b > works' })).toBe('a › b › works');
    expect(displayTitle({ suite: ['a', 'b'], name: 'a b works' })).toBe('a › b › works');
  });

  it('drops synthetic root suites, also in front of a joined suite name, and repeated suites', () => {
    expect(
      displayTitle({
        suite: ['All specs /Async behaviour'],
        name: 'Async behaviour passes an error to done()',
      }),
    ).toBe('Async behaviour › passes an error to done()');
    expect(displayTitle({ suite: ['Root Suite', 'parser'], name: 'reads' })).toBe('parser › reads');
    // mocha-junit-reporter's jenkins mode: `Root Suite.calculator`, then `calculator` again.
    expect(displayTitle({ suite: ['Root Suite.calculator', 'calculator'], name: 'adds two numbers' })).toBe(
      'calculator › adds two numbers',
    );
  });

  it('shows outer suites a name holds but the suite path does not list', () => {
    expect(displayParts({ suite: ['upper'], name: 'strings upper uppercases ascii' })).toEqual({
      suite: ['strings', 'upper'],
      name: 'uppercases ascii',
    });
  });

  it('leaves a title alone when nothing is repeated, and never empties a name', () => {
    expect(displayTitle({ suite: ['math'], name: 'adds', project: 'chromium' })).toBe(
      'math › adds [chromium]',
    );
    expect(displayTitle({ suite: ['calculator'], name: 'calculator' })).toBe('calculator › calculator');
    expect(displayTitle({ suite: [], name: 'Root Suite' })).toBe('Root Suite');
    expect(displayTitle({ suite: ['calc'], name: 'calculator adds' })).toBe('calc › calculator adds');
  });
});

describe('on the corpus: titles without repeats, ids unchanged', () => {
  const files = [
    'generated/mocha/mocha-junit-reporter.xml',
    'generated/mocha/mocha-junit-reporter-jenkinsmode.xml',
    'generated/jest/jest-junit.xml',
    'action-junit-report/test_results/mocha/mocha.xml',
  ];

  it.each(files)('%s', async (file) => {
    const parsed = await readResultFile(corpusFile(file));
    expect(parsed.tests.length).toBeGreaterThan(0);
    for (const test of parsed.tests) {
      const title = displayTitle(test);
      // The id is the hash of the parts as read: the display does not enter it.
      expect(test.id).toBe(testId(test));
      const parts = title.split(' › ');
      // No part repeats the one before it, no synthetic root, no part starts with the suite before it.
      parts.forEach((part, i) => {
        expect(part).not.toMatch(/^(?:Root Suite|All specs)\b/);
        if (i > 0) expect(part.startsWith(`${parts[i - 1]} `), title).toBe(false);
        if (i > 0) expect(part, title).not.toBe(parts[i - 1]);
      });
    }
  });

  it('mocha-junit-reporter: `calculator › adds two numbers`, where the raw title repeats the suite', async () => {
    const parsed = await readResultFile(corpusFile('generated/mocha/mocha-junit-reporter.xml'));
    const titles = parsed.tests.map((t) => displayTitle(t));
    expect(parsed.tests.map((t) => testTitle(t))).toContain('calculator › calculator adds two numbers');
    expect(titles).toContain('calculator › adds two numbers');
    expect(titles).toContain('calculator › subtracts with a deliberate failure');
    expect(titles).toContain('strings › upper › uppercases ascii');
  });

  it('jest-junit: the default configuration and the classname-and-title one read alike', async () => {
    const plain = await readResultFile(corpusFile('generated/jest/jest-junit.xml'));
    const split = await readResultFile(corpusFile('generated/jest/jest-junit-classname-file.xml'));
    const titles = (tests: typeof plain.tests) => tests.map((t) => displayTitle(t));
    expect(titles(plain.tests)).toContain('calculator › subtracts with a deliberate failure');
    expect(titles(split.tests)).toContain('calculator › subtracts with a deliberate failure');
    // This configuration names the suite by its whole describe path, one string ("strings upper").
    expect(titles(split.tests)).toContain('strings upper › uppercases ascii');
    // Without a suite for `upper`, the default's name keeps it: only what is repeated is dropped.
    expect(titles(plain.tests)).toContain('strings › upper uppercases ascii');
  });
});

import { describe, expect, it } from 'vitest';
import { parseLine, parseSecondsToMs } from '../../../src/formats/junit/attributes.js';
import { junitReader } from '../../../src/formats/junit/reader.js';
import { rootElementName } from '../../../src/formats/junit/root-element.js';

describe('parseSecondsToMs', () => {
  it.each([
    [undefined, 0],
    ['', 0],
    ['0.5', 500],
    ['1.4e-05', 0.014],
    ['0.003220374', 3.22],
    ['0,5', 500],
    ['0,010', 10],
    ['1,234', 1234],
    ['2,503.1', 2_503_100],
    ['2.503,1', 2_503_100],
    ['1,234,567', 1_234_567_000],
    [' 12 ', 12_000],
  ])('%j → %j ms', (value, ms) => {
    expect(parseSecondsToMs(value)).toBe(ms);
  });

  it.each(['-345345', 'abc', '1.2.3', 'Infinity', '<<computed>>'])('%j is unreadable', (value) => {
    expect(parseSecondsToMs(value)).toBeUndefined();
  });
});

describe('parseLine', () => {
  it.each([
    ['42', 42],
    ['0', undefined],
    ['-3', undefined],
    ['4.5', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (value, line) => {
    expect(parseLine(value)).toBe(line);
  });
});

describe('rootElementName and sniffing', () => {
  it.each([
    ['<testsuites/>', 'testsuites'],
    ['<?xml version="1.0"?>\n<!-- a <comment> -->\n<testsuite name="x">', 'testsuite'],
    ['<!DOCTYPE r [\n<!ENTITY % sp SYSTEM "x"> %sp;\n]>\n<r>&oob;</r>', 'r'],
    ['<?xml version="1.0"?><!DOCTYPE testsuite SYSTEM "junit.dtd"><testsuite>', 'testsuite'],
    ['<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">', 'TestRun'],
    ['{"results": {}}', undefined],
    ['', undefined],
    ['<!-- never closed', undefined],
  ])('%j → %j', (head, name) => {
    expect(rootElementName(head)).toBe(name);
  });

  it.each([
    ['<testsuites>', true],
    ['<?xml version="1.0"?><testsuite name="a">', true],
    ['<TestRun>', false],
    ['<test-run>', false],
    ['<assemblies>', false],
    ['<test-results>', false],
    ['<suites>', false],
    ['<testsuitesX>', false],
    ['this is not an xml file', false],
  ])('sniff(%j) is %s', (head, accepted) => {
    expect(junitReader.sniff(head, 'x.xml')).toBe(accepted);
  });
});

/**
 * Broken, hostile and unusual inputs, one test each: every one either reads correctly or is a ParseError
 * that names the file (and the line and column where there is one), never another exception.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bufferInput,
  DEFAULT_READ_OPTIONS,
  readResultFile,
  readResults,
  type ResultInput,
} from '../../src/formats/index.js';
import { junitReader } from '../../src/formats/junit/reader.js';
import { corpusFile } from '../support/corpus.js';
import { countsOf, enricoMiCounts, parseErrorOf } from './reader-helpers.js';

const ENRICOMI = 'publish-unit-test-result-action/python/test/files';
const SMALL_JUNIT = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="s" tests="2">
    <testcase classname="c" name="passes" time="0.1"/>
    <testcase classname="c" name="fails" time="0.2">
      <failure message="boom">line one
line two</failure>
    </testcase>
  </testsuite>
</testsuites>
`;

/** The first line of EnricoMi's `.exception` file: what their parser says about the same input. */
function enricoMiException(relative: string): string {
  return readFileSync(corpusFile(relative), 'utf8').split('\n')[0] ?? '';
}

describe('bad input', () => {
  it('empty file: a ParseError saying so, as EnricoMi expects', async () => {
    const file = corpusFile(`${ENRICOMI}/xml/empty.xml`);
    expect(enricoMiException(`${ENRICOMI}/xml/empty.exception`)).toContain('File is empty.');
    const error = await parseErrorOf(readResultFile(file));
    expect(error.message).toBe(`${file}: the file is empty`);
    // The JUnit reader says the same when it is called directly.
    const direct = await parseErrorOf(junitReader.read(bufferInput('empty.xml', ''), DEFAULT_READ_OPTIONS));
    expect(direct.message).toBe('empty.xml: the file is empty');
  });

  it('whitespace-only file: empty too', async () => {
    const error = await parseErrorOf(
      readResultFile(corpusFile('junit-report-merger/test/fixtures/spaces.xml')),
    );
    expect(error.message).toMatch(/spaces\.xml: the file is empty$/);
    const direct = await parseErrorOf(
      junitReader.read(bufferInput('ws.xml', ' \n\t\r\n '), DEFAULT_READ_OPTIONS),
    );
    expect(direct.message).toBe('ws.xml: the file is empty');
  });

  it('truncated file: names the line and column where it stops, and says why that happens', async () => {
    const relative = `${ENRICOMI}/junit-xml/pytest/corrupt-xml.xml`;
    expect(enricoMiException(relative.replace('.xml', '.exception'))).toContain(
      'Premature end of data in tag skipped',
    );
    const error = await parseErrorOf(readResultFile(corpusFile(relative)));
    expect(error.message).toMatch(/corrupt-xml\.xml:11:\d+: unclosed tag: skipped$/);
    expect(error.line).toBe(11);
    expect(error.hint).toMatch(/killed while writing/);
  });

  it('truncated in the middle of a chunk boundary: same error from a streamed input', async () => {
    const cut = SMALL_JUNIT.slice(0, SMALL_JUNIT.indexOf('line two'));
    const bytes = Buffer.from(cut);
    const streamed: ResultInput = {
      name: 'cut.xml',
      async *chunks() {
        for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
      },
    };
    const error = await parseErrorOf(junitReader.read(streamed, DEFAULT_READ_OPTIONS));
    expect(error.message).toMatch(/^cut\.xml:\d+:\d+: unclosed tag: failure$/);
  });

  it('non-XML text: not a recognised format at 1:1 (EnricoMi: "Start tag expected")', async () => {
    const relative = `${ENRICOMI}/xml/non-xml.xml`;
    expect(enricoMiException(`${ENRICOMI}/xml/non-xml.exception`)).toContain(
      "Start tag expected, '<' not found",
    );
    const error = await parseErrorOf(readResultFile(corpusFile(relative)));
    expect(error.message).toMatch(/non-xml\.xml:1:1: not a recognised test-result format$/);
    const direct = await parseErrorOf(
      junitReader.read(bufferInput('non.xml', 'this is not an xml file'), DEFAULT_READ_OPTIONS),
    );
    expect(direct).toMatchObject({ file: 'non.xml', line: 1 });
  });

  it('XML with another root: EnricoMi calls it invalid format, we name the root', async () => {
    const relative = `${ENRICOMI}/junit-xml/non-junit.xml`;
    expect(enricoMiException(`${ENRICOMI}/junit-xml/non-junit.exception`)).toContain('Invalid format.');
    const error = await parseErrorOf(
      junitReader.read(bufferInput('suites.xml', readFileSync(corpusFile(relative))), DEFAULT_READ_OPTIONS),
    );
    expect(error.message).toMatch(/^suites\.xml:2:\d+: the root element is <suites>, not JUnit/);
  });

  it('markup that is not well-formed (a raw "<" in an attribute) names the spot', async () => {
    const file = corpusFile('action-junit-report/test_results/junit-web-test/expected.xml');
    const error = await parseErrorOf(readResultFile(file));
    expect(error).toMatchObject({ file, line: 9, column: 59 });
  });

  it('bad unicode: invalid UTF-8 bytes become U+FFFD with a warning, the tests are kept', async () => {
    const bytes = Buffer.concat([
      Buffer.from('<testsuite name="s"><testcase name="bad '),
      Buffer.from([0xff, 0xc3, 0x28]),
      Buffer.from('"/><testcase name="good ✓"/></testsuite>'),
    ]);
    const results = await readResults(bufferInput('bad-utf8.xml', bytes));
    expect(results.tests.map((t) => t.name)).toEqual(['bad \uFFFD\uFFFD(', 'good ✓']);
    expect(results.warnings.join('\n')).toMatch(
      /bad-utf8\.xml: bytes that are not valid utf-8 were replaced/,
    );
    // EnricoMi's file of unusual code points reads with the counts they expect.
    const relative = `${ENRICOMI}/junit-xml/unsupported-unicode.xml`;
    expect(countsOf(await readResultFile(corpusFile(relative)))).toEqual(enricoMiCounts(relative));
  });

  it('a NUL character (not allowed in XML 1.0): a ParseError at its position', async () => {
    const xml =
      '<testsuite name="s">\n<testcase name="t"><system-out>a\u0000b</system-out></testcase></testsuite>';
    const error = await parseErrorOf(readResults(bufferInput('nul.xml', xml)));
    expect(error.message).toMatch(/^nul\.xml:2:\d+: disallowed character/);
  });

  it('UTF-8 byte-order mark: reads normally', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SMALL_JUNIT)]);
    const results = await readResults(bufferInput('bom.xml', bytes));
    expect(results.format).toBe('junit');
    expect(countsOf(results)).toMatchObject({ tests: 2, passed: 1, failed: 1 });
  });

  it('UTF-16 with a byte-order mark (some Windows tools): reads normally', async () => {
    const text = SMALL_JUNIT.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const results = await readResults(bufferInput('utf16.xml', bytes));
    expect(results.tests.map((t) => t.name)).toEqual(['passes', 'fails']);
  });

  it('CRLF line ends: reads normally, text has plain newlines', async () => {
    const results = await readResults(bufferInput('crlf.xml', SMALL_JUNIT.replaceAll('\n', '\r\n')));
    const failure = results.tests.find((t) => t.name === 'fails')?.attempts[0]?.failure;
    expect(failure?.trace).toBe('line one\nline two');
  });

  it('a file over the size cap whose size is not known beforehand stops while streaming', async () => {
    let produced = 0;
    const endless: ResultInput = {
      name: 'endless.xml',
      async *chunks() {
        yield Buffer.from('<testsuite name="s">');
        const chunk = Buffer.from('<testcase name="t"/>'.repeat(1000));
        for (;;) {
          produced += chunk.length;
          yield chunk;
        }
      },
    };
    const error = await parseErrorOf(
      junitReader.read(endless, { ...DEFAULT_READ_OPTIONS, maxBytes: 200_000 }),
    );
    expect(error.message).toMatch(/endless\.xml: the file is over the 200000-byte limit/);
    expect(produced).toBeLessThan(300_000);
  });

  it('an unreadable file is closed, not left open (no file descriptor per bad file)', async () => {
    let closed = false;
    const corrupt: ResultInput = {
      name: 'corrupt.xml',
      async *chunks() {
        try {
          yield Buffer.from('<testsuite name="s"><testcase name="a" time="<<x>>"/>');
          yield Buffer.from('<testcase name="b"/></testsuite>');
        } finally {
          closed = true;
        }
      },
    };
    await parseErrorOf(junitReader.read(corrupt, DEFAULT_READ_OPTIONS));
    expect(closed).toBe(true);
  });

  it('an input that fails while being read is a ParseError naming the file', async () => {
    const failing: ResultInput = {
      name: 'gone.xml',
      async *chunks() {
        yield Buffer.from('<testsuite name="s">');
        throw Object.assign(new Error('gone'), { code: 'ENOENT' });
      },
    };
    const error = await parseErrorOf(junitReader.read(failing, DEFAULT_READ_OPTIONS));
    expect(error.message).toBe('gone.xml: cannot read the file (ENOENT)');
  });
});

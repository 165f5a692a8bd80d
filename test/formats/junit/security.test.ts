import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bufferInput, readResults } from '../../../src/formats/index.js';
import { junitReader } from '../../../src/formats/junit/reader.js';
import { ParseError } from '../../../src/model/index.js';
import { corpusFile } from '../../support/corpus.js';
import { parseErrorOf, readCorpus, readInline } from '../reader-helpers.js';

/** A local file with a secret and a local HTTP server that counts requests: the targets of the attacks. */
const SECRET = `TESSERA-SECRET-${process.pid}-c0ffee`;
let dir: string;
let secretUrl: string;
let server: Server;
let serverUrl: string;
let requests = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tessera-xxe-'));
  const secretPath = join(dir, 'secret.txt');
  writeFileSync(secretPath, SECRET);
  secretUrl = pathToFileURL(secretPath).href;
  server = createServer((_req, res) => {
    requests++;
    res.end(`<!ENTITY oob "${SECRET}">`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/evil.dtd`;
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await new Promise((resolve) => server.close(resolve));
});

/** Everything a user could see of a read: the results or the error with its hint. */
async function outcomeText(read: Promise<unknown>): Promise<string> {
  try {
    return JSON.stringify(await read);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return (error as ParseError).describe();
  }
}

describe('JUnit reader: entities and DTDs are never resolved', () => {
  it('refuses an external entity reference to a local file, naming where, without its content', async () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE testsuite [ <!ENTITY xxe SYSTEM "${secretUrl}"> ]>
<testsuite name="s"><testcase name="t"><failure message="x">&xxe;</failure></testcase></testsuite>`;
    const error = await parseErrorOf(readInline(junitReader, xml, {}, 'xxe.xml'));
    expect(error.message).toMatch(/^xxe\.xml:3:\d+: undefined entity/);
    expect(error.line).toBe(3);
    expect(error.hint).toMatch(/never expands DTD or external entities/);
    expect(error.describe()).not.toContain(SECRET);
  });

  it('ignores a DOCTYPE whose entities are declared but unused, and says so', async () => {
    const xml = `<!DOCTYPE testsuite [ <!ENTITY xxe SYSTEM "${secretUrl}"> <!ENTITY % remote SYSTEM "${serverUrl}"> %remote; ]>
<testsuite name="s"><testcase name="t"/></testsuite>`;
    const results = await readInline(junitReader, xml, {}, 'doctype.xml');
    expect(results.tests.map((t) => t.name)).toEqual(['t']);
    expect(results.warnings.join('\n')).toMatch(/DOCTYPE was ignored/);
    expect(JSON.stringify(results)).not.toContain(SECRET);
  });

  it('never fetches a parameter entity (out-of-band XXE) from the network', async () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE testsuite [ <!ENTITY % sp SYSTEM "${serverUrl}"> %sp; ]>
<testsuite name="&oob;"/>`;
    expect(await outcomeText(readInline(junitReader, xml))).not.toContain(SECRET);
    expect(requests).toBe(0);
  });

  it('does not expand nested internal entities (billion laughs) and fails fast', async () => {
    const laughs = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) laughs.push(`<!ENTITY lol${i} "${`&lol${i - 1 || ''};`.repeat(10)}">`);
    const xml = `<!DOCTYPE testsuite [ ${laughs.join(' ')} ]><testsuite name="&lol9;"/>`;
    const error = await parseErrorOf(readInline(junitReader, xml, {}, 'lol.xml'));
    expect(error.message).toContain('undefined entity');
  });

  it.each(['testXxe-xxe.xml', 'testXxe-oob.xml'])(
    'the Jenkins attack file %s, aimed at a secret file and a local server, reads nothing',
    async (name) => {
      const attack = readFileSync(
        corpusFile(`junit-plugin/src/test/resources/hudson/tasks/junit/${name}`),
        'utf8',
      )
        .replaceAll('$OOB_LINK$', serverUrl)
        .replaceAll('$TARGET_URL$', secretUrl);
      // Through content sniffing (the way `report` reads) and straight through the JUnit reader.
      const viaReport = await outcomeText(readResults(bufferInput(name, attack)));
      const direct = await outcomeText(
        junitReader.read(bufferInput(name, attack), {
          maxBytes: 1e6,
          maxOutputChars: 1e3,
          maxMessageChars: 1e3,
        }),
      );
      expect(viaReport + direct).not.toContain(SECRET);
      expect(requests).toBe(0);
    },
  );

  it('decodes the five predefined entities and character references exactly once', async () => {
    const results = await readCorpus(
      junitReader,
      'publish-unit-test-result-action/python/test/files/junit-xml/with-xml-entities.xml',
    );
    expect(results.tests.map((t) => t.name)).toEqual([
      'Test with "quotes" in the test name',
      "Test with 'apostrophe' in the test name",
      'Test with & in the test name',
      'Test with < and > in the test name',
    ]);
    const inline = await readInline(
      junitReader,
      '<testsuite name="s"><testcase name="a &#x2713; &#10003; &amp;amp; &lt;b&gt;"/></testsuite>',
    );
    expect(inline.tests[0]?.name).toBe('a ✓ ✓ &amp; <b>');
  });
});

describe('JUnit reader: hostile shapes stay bounded', () => {
  it('caps the suite path of absurdly nested testsuites', async () => {
    const depth = 5000;
    const xml =
      '<testsuite name="s">'.repeat(depth) + '<testcase name="deep"/>' + '</testsuite>'.repeat(depth);
    const results = await readInline(junitReader, xml);
    expect(results.tests.map((t) => t.name)).toEqual(['deep']);
    expect(results.tests[0]?.suite.length).toBeLessThanOrEqual(32);
  });

  it('folds one testcase repeated many times into one test with every attempt', async () => {
    const repeats = 20_000;
    const xml = `<testsuite name="s">${'<testcase name="again"><failure/></testcase>'.repeat(repeats)}<testcase name="again"/></testsuite>`;
    const results = await readInline(junitReader, xml);
    expect(results.tests).toHaveLength(1);
    expect(results.tests[0]?.attempts).toHaveLength(repeats + 1);
    expect(results.tests[0]?.outcome).toBe('flaky');
  });

  it('ignores a testcase nested inside another testcase, with a warning', async () => {
    const results = await readInline(
      junitReader,
      '<testsuite name="s"><testcase name="outer"><testcase name="inner"><failure/></testcase></testcase></testsuite>',
    );
    expect(results.tests.map((t) => [t.name, t.outcome])).toEqual([['outer', 'passed']]);
    expect(results.warnings.join('\n')).toMatch(
      /1 testcase element\(s\) nested inside another testcase were ignored/,
    );
  });
});

/**
 * Issue 20, "What it must show", first item: on the mocha-junit-reporter and jest-junit files of the corpus,
 * whose paths are absolute paths of the machine that ran them (`/tmp/gen/…`), `tessera report --root
 * --code-url --sha` gives repo-relative locations with lines and code-host links, titles without repeated
 * suites, and the same test ids as without the flags.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readResultFile } from '../../src/formats/index.js';
import { parseReport } from '../../src/report/report-document.js';
import { corpusFile } from '../support/corpus.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const BLOB = `https://github.com/acme/app/blob/${SHA}`;

let dir: string;
let stderr: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tessera-report-locations-'));
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    stderr += `${args.join(' ')}\n`;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs `report` over one corpus file with the link flags; the comment and the JSON. */
async function report(file: string, root: string): Promise<{ comment: string; ids: string[] }> {
  const markdown = join(dir, 'comment.md');
  const json = join(dir, 'report.json');
  const code = await main([
    'report',
    corpusFile(file),
    '--root',
    root,
    '--code-url',
    'https://github.com/acme/app',
    '--sha',
    SHA,
    '--markdown',
    markdown,
    '--json',
    json,
    '--fail-on',
    'never',
  ]);
  expect(code, stderr).toBe(0);
  const doc = parseReport(JSON.parse(readFileSync(json, 'utf8')), json);
  return { comment: readFileSync(markdown, 'utf8'), ids: doc.tests.map((t) => t.id).sort() };
}

/** The failure rows of the comment's tables. */
function rows(comment: string): string[] {
  return comment
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| Test ') && !l.startsWith('| ---'));
}

describe('report --root --code-url --sha on absolute-path reports of the corpus', () => {
  it('mocha-junit-reporter: repo-relative files, the line of the failing frame, links at the sha', async () => {
    const file = 'generated/mocha/mocha-junit-reporter.xml';
    const { comment, ids } = await report(file, '/tmp/gen/mocha');
    expect(rows(comment).sort()).toEqual([
      `| calculator › subtracts with a deliberate failure | [calculator.spec.js:4](${BLOB}/calculator.spec.js#L4) |`,
      `| calculator › throws an unexpected error | [calculator.spec.js:6](${BLOB}/calculator.spec.js#L6) |`,
    ]);
    expect(comment).not.toContain('/tmp/gen');
    expect(comment).not.toContain('calculator › calculator');
    // The ids are those of the file as read, with no flag: the display changed, the history keys did not.
    expect(ids).toEqual((await readResultFile(corpusFile(file))).tests.map((t) => t.id).sort());
  });

  it('jest-junit (no file attribute): the file and line of the first frame inside the repository', async () => {
    const file = 'generated/jest/jest-junit.xml';
    const { comment, ids } = await report(file, '/tmp/gen');
    expect(rows(comment).sort()).toEqual([
      `| calculator › subtracts with a deliberate failure | [js/calculator.test.js:3](${BLOB}/js/calculator.test.js#L3) |`,
      `| calculator › throws an unexpected error | [js/calculator.test.js:5](${BLOB}/js/calculator.test.js#L5) |`,
    ]);
    expect(rows(comment).join('\n')).not.toContain('node_modules');
    expect(ids).toEqual((await readResultFile(corpusFile(file))).tests.map((t) => t.id).sort());
  });

  it('without a root that holds them, absolute paths stay as they are and nothing is linked', async () => {
    const { comment } = await report('generated/mocha/mocha-junit-reporter.xml', '/somewhere/else');
    expect(rows(comment)[0]).toBe(
      '| calculator › subtracts with a deliberate failure | /tmp/gen/mocha/calculator.spec.js |',
    );
  });

  it('refuses a code URL that is not https, and a sha that is not one', async () => {
    const file = corpusFile('generated/mocha/mocha-junit-reporter.xml');
    expect(await main(['report', file, '--code-url', 'http://github.com/acme/app', '--sha', SHA])).toBe(2);
    expect(stderr).toContain('--code-url must be an https URL');
    expect(await main(['report', file, '--code-url', 'https://github.com/a/b', '--sha', 'main;rm'])).toBe(2);
    expect(stderr).toContain('--sha must be a commit id');
  });
});

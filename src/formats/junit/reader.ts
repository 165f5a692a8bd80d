/**
 * The JUnit XML reader: every dialect in the corpus (jest-junit, vitest, mocha, node:test, Playwright,
 * pytest, Surefire/Gradle with reruns, Ant, gotestsum, PHPUnit, RSpec, Bazel, Catch2, nextest …), streamed.
 *
 * The bytes are decoded and fed to `saxes` chunk by chunk as they arrive; no tree of the document is ever
 * built, and text is only collected inside the elements that carry results or output, within bounds. The
 * pieces: `collector.ts` (SAX events → tests), `identity.ts` (file, suite path, name: the rules per dialect),
 * `result-element.ts` and `open-testcase.ts` (failure/error/skipped and Surefire reruns → attempts),
 * `fold.ts` (ids, and repeated testcases folded into attempts).
 *
 * Decisions worth knowing:
 * - Security: `saxes` never fetches anything and never interprets a DTD. A DOCTYPE is accepted and ignored
 *   (with a warning), so an entity it declares is never expanded, and using one is a ParseError at its
 *   position with a hint. That makes the XXE and entity-expansion files unreadable rather than dangerous;
 *   the five predefined entities and character references work as XML says.
 * - Only well-formed XML is read. A file some lenient parsers accept (a raw `<` in an attribute value) is a
 *   ParseError naming the line and column, and the other files of the report are still read.
 * - Invalid UTF-8 bytes become U+FFFD with a warning (one bad byte must not cost the whole file); a UTF-8
 *   or UTF-16 byte-order mark is honoured.
 * - A `<failure>`/`<error>` directly in a testsuite (a set-up that failed) is a failed test of its own.
 * - Playwright's project (its testsuite `hostname`) is the test's project; every other reporter's hostname
 *   is a machine name and is ignored.
 * - Counts come from the testcases, never from the `tests`/`failures` attributes, which several reporters
 *   fill in their own way.
 */
import { SaxesParser } from 'saxes';
import { ParseError, type ParsedResults } from '../../model/index.js';
import { decodeChunks } from '../common/decode.js';
import type { ReadOptions, ResultInput, ResultReader } from '../reader.js';
import { JunitCollector } from './collector.js';
import { finishTests } from './fold.js';
import { rootElementName } from './root-element.js';

const ENTITY_HINT =
  'Tessera never expands DTD or external entities (they can read local files or blow up memory). ' +
  'Only &amp; &lt; &gt; &quot; &apos; and numeric character references are allowed.';

const TRUNCATED_HINT =
  'The file ends before its elements are closed: the test runner was probably killed while writing it. ' +
  'Re-run the tests, or give the job more time or memory.';

/** saxes prefixes its messages with `line:column: `; the ParseError carries the position separately. */
function saxesReason(error: Error): string {
  return error.message.replace(/^\d+:\d+: /, '');
}

/** What to do about a saxes error, when there is something better to say than the default hint. */
function hintFor(reason: string): string | undefined {
  if (reason.startsWith('undefined entity')) return ENTITY_HINT;
  if (reason.startsWith('unclosed tag')) return TRUNCATED_HINT;
  return undefined;
}

/** Reads one JUnit document. Throws only ParseError. */
async function readJunit(input: ResultInput, options: ReadOptions): Promise<ParsedResults> {
  const collector = new JunitCollector(options);
  const parser = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
  const warnings: string[] = [];
  let rootSeen = false;
  let contentSeen = false;

  const fail = (reason: string, hint?: string): never => {
    throw new ParseError(input.name, reason, { line: parser.line, column: parser.column }, hint);
  };
  const onText = (text: string): void => collector.text(text);
  collector.wantText = (wanted) => {
    if (wanted) parser.on('text', onText);
    else parser.off('text');
  };
  parser.on('opentag', (tag) => {
    if (!rootSeen) {
      rootSeen = true;
      if (!JunitCollector.isJunitRoot(tag.name))
        fail(
          `the root element is <${tag.name}>, not JUnit <testsuites> or <testsuite>`,
          'Point the glob at JUnit XML result files only.',
        );
    }
    collector.open(tag.name, tag.attributes);
  });
  parser.on('closetag', () => collector.close());
  // CDATA sections come whole; the collector drops them unless it is inside a wanted element.
  parser.on('cdata', onText);
  parser.on('doctype', () => {
    warnings.push(`${input.name}: the DOCTYPE was ignored; entities it declares are not expanded`);
  });
  parser.on('error', (error) => {
    const reason = saxesReason(error);
    fail(reason, hintFor(reason));
  });

  // A read stopped by a ParseError must still close the file. The source iterator is closed here because
  // decodeChunks does not pass an early stop on to it (one file descriptor leaked per unreadable file).
  const source = input.chunks()[Symbol.asyncIterator]();
  const once: ResultInput = { name: input.name, chunks: () => ({ [Symbol.asyncIterator]: () => source }) };
  try {
    for await (const piece of decodeChunks(once, options, (encoding) =>
      warnings.push(`${input.name}: bytes that are not valid ${encoding} were replaced with U+FFFD`),
    )) {
      if (!contentSeen && piece.trim().length > 0) contentSeen = true;
      parser.write(piece);
    }
  } finally {
    try {
      await source.return?.();
    } catch {
      // Closing a source the read is done with: a failure to close changes nothing about the results,
      // and the read's own error (if any) is the one to report.
    }
  }
  if (!contentSeen)
    throw new ParseError(
      input.name,
      'the file is empty',
      {},
      'The test runner wrote nothing: check that it ran and finished.',
    );
  parser.close();

  const collected = collector.finish();
  return {
    source: input.name,
    format: 'junit',
    tests: finishTests(collected.drafts),
    suites: collected.suites,
    warnings: [...warnings, ...collected.warnings.map((w) => `${input.name}: ${w}`)],
  };
}

/** JUnit XML: `<testsuites>` or `<testsuite>` at the root (not TRX, NUnit or xUnit.net, which share `.xml`). */
export const junitReader: ResultReader = {
  format: 'junit',
  sniff(head: string): boolean {
    const root = rootElementName(head);
    return root !== undefined && JunitCollector.isJunitRoot(root);
  },
  read: readJunit,
  // Each testcase's failures go to `keepFailure` as the testcase closes (JunitCollector).
  keepsFailures: true,
};

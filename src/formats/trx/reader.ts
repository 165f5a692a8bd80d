/**
 * .NET TRX (Visual Studio test results) from the MSTest, xUnit and NUnit adapters, streamed with saxes: no
 * DOM of the whole file, and saxes neither resolves external entities nor expands DTD entities.
 *
 * Results and definitions are joined at the end because their order differs between writers: a result's
 * `testId` points to a `UnitTest` definition whose `TestMethod` gives the class. Several results for one
 * test (retries, `dotnet test --retry`) fold into attempts; MSTest data rows (`InnerResults`) are
 * separate tests, named by their own `testName`, and their aggregate parent is left out.
 */
import { SaxesParser } from 'saxes';
import {
  foldTests,
  ParseError,
  type Attempt,
  type ParsedResults,
  type TestCaseDraft,
} from '../../model/index.js';
import { decodeChunks } from '../common/decode.js';
import { makeFailure } from '../common/failure.js';
import type { ReadOptions, ResultInput, ResultReader } from '../reader.js';
import { plainClassName, spanMs, targetFramework, timeSpanMs, trxOutcome } from './outcome.js';

/** Text gathered from one element, capped while it arrives so a huge output cannot fill memory. */
class BoundedText {
  private text = '';
  private total = 0;
  constructor(private readonly max: number) {}
  add(piece: string): void {
    this.total += piece.length;
    if (this.text.length <= this.max) this.text += piece.slice(0, this.max + 1 - this.text.length);
  }
  /** The text, with a marker when it was cut. */
  value(): string | undefined {
    if (this.total === 0) return undefined;
    return this.total > this.max
      ? `${this.text.slice(0, this.max)}\n… [${this.total - this.max} more characters cut]`
      : this.text;
  }
}

/** A UnitTestResult while it is open: its texts are still arriving. */
interface OpenResult {
  readonly testId: string;
  readonly testName: string;
  readonly outcome: string | undefined;
  readonly durationMs: number;
  readonly line: number;
  message?: BoundedText;
  stackTrace?: BoundedText;
  stdout?: BoundedText;
  stderr?: BoundedText;
  hasInner: boolean;
}

/** A closed result, reduced to what the join with the definitions needs. */
interface SettledResult {
  readonly testId: string;
  readonly testName: string;
  readonly attempt: Attempt;
}

/** What a UnitTest definition says about its test; strings are shared between tests of one class. */
interface TrxDefinition {
  readonly name?: string;
  suite?: readonly string[];
  project?: string;
}

const TEXT_ELEMENTS = ['Message', 'StackTrace', 'StdOut', 'StdErr'] as const;
type TextElement = (typeof TEXT_ELEMENTS)[number];

/** Reads a TRX file. Throws only ParseError. */
export async function readTrx(input: ResultInput, options: ReadOptions): Promise<ParsedResults> {
  const warnings: string[] = [];
  const results: SettledResult[] = [];
  const definitions = new Map<string, TrxDefinition>();
  // Thousands of tests share a class and an assembly: one suite array and one project string each, so
  // 100k definitions do not hold 100k copies of the same text.
  const suites = new Map<string, readonly string[]>();
  const projects = new Map<string, string | undefined>();
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const open: OpenResult[] = [];
  let definition: TrxDefinition | undefined;
  let capture: BoundedText | undefined;
  let runInfo: BoundedText | undefined;
  let runBroken = false;
  let sawRoot = false;

  parser.on('error', (err) => {
    throw new ParseError(input.name, `invalid XML: ${err.message.replace(/^.*?:\d+:\d+: /, '')}`, {
      line: parser.line,
      column: parser.column,
    });
  });
  parser.on('opentag', (tag) => {
    const a = tag.attributes;
    switch (tag.name) {
      case 'TestRun':
        sawRoot = true;
        break;
      case 'ResultSummary':
        runBroken = /^(?:Error|Aborted|Timeout|Disconnected)$/i.test(a['outcome'] ?? '');
        break;
      case 'RunInfo':
        // When the run itself broke (the test host crashed), its errors say why tests are missing; they go
        // to the log. In a run that merely failed, xUnit logs every failed test here too: that is noise.
        runInfo =
          runBroken && a['outcome'] === 'Error' ? new BoundedText(options.maxMessageChars) : undefined;
        break;
      case 'Text':
        if (runInfo) capture = runInfo;
        break;
      case 'UnitTestResult': {
        const result: OpenResult = {
          testId: a['testId'] ?? '',
          testName: a['testName'] ?? '',
          outcome: a['outcome'],
          durationMs: timeSpanMs(a['duration']) ?? spanMs(a['startTime'], a['endTime']) ?? 0,
          line: parser.line,
          hasInner: false,
        };
        const parent = open.at(-1);
        if (parent) parent.hasInner = true;
        open.push(result);
        break;
      }
      case 'UnitTest':
        definition = { ...(a['name'] !== undefined ? { name: a['name'] } : {}) };
        if (a['id'] !== undefined) definitions.set(a['id'], definition);
        break;
      case 'TestMethod':
        if (definition) {
          const className = plainClassName(a['className'] ?? '');
          if (className !== '') {
            if (!suites.has(className)) suites.set(className, [className]);
            definition.suite = suites.get(className);
          }
          const codeBase = a['codeBase'];
          if (codeBase !== undefined) {
            if (!projects.has(codeBase)) projects.set(codeBase, targetFramework(codeBase));
            const project = projects.get(codeBase);
            if (project !== undefined) definition.project = project;
          }
        }
        break;
      default: {
        const current = open.at(-1);
        if (current && (TEXT_ELEMENTS as readonly string[]).includes(tag.name)) {
          const key = textKey(tag.name as TextElement);
          const max = key === 'stdout' || key === 'stderr' ? options.maxOutputChars : options.maxMessageChars;
          // Inner results have their own Output, read into their own record; a repeated element appends.
          capture = current[key] ?? (current[key] = new BoundedText(max));
        }
      }
    }
  });
  parser.on('text', (text) => capture?.add(text));
  parser.on('cdata', (text) => capture?.add(text));
  parser.on('closetag', (tag) => {
    if (tag.name === 'RunInfo') {
      const text = runInfo?.value()?.trim();
      if (text) warnings.push(`${input.name}:${parser.line}: the test run reported an error: ${text}`);
      runInfo = undefined;
      capture = undefined;
    } else if (tag.name === 'Text') capture = undefined;
    else if (tag.name === 'UnitTestResult') {
      const r = open.pop();
      // A result with neither a name nor an outcome records no test: jest-trx-results-processor writes one
      // beside the real result of a file that failed to load. It is left out, with a warning.
      if (r && r.testName === '' && (r.outcome ?? '').trim() === '')
        warnings.push(
          `${input.name}:${r.line}: a UnitTestResult with neither testName nor outcome is not a test; left out`,
        );
      // An aggregate (MSTest data-driven parent) is represented by its inner results.
      else if (r && !r.hasInner)
        results.push({
          testId: r.testId,
          testName: r.testName,
          attempt: attemptOf(r, options, warnings, input.name),
        });
    } else if (tag.name === 'UnitTest') definition = undefined;
    else if ((TEXT_ELEMENTS as readonly string[]).includes(tag.name)) capture = undefined;
  });

  for await (const piece of decodeChunks(input, options, (encoding) =>
    warnings.push(`${input.name}: bytes that are not valid ${encoding} were replaced with U+FFFD`),
  ))
    parser.write(piece);
  parser.close();
  if (!sawRoot)
    throw new ParseError(
      input.name,
      'not a TRX file: no <TestRun> element',
      { line: 1, column: 1 },
      'Point the glob at .trx files written by `dotnet test --logger trx`.',
    );

  const drafts = results.map((r) => draftOf(r, definitions.get(r.testId)));
  return { source: input.name, format: 'trx', tests: foldTests(drafts), suites: [], warnings };
}

function textKey(element: TextElement): 'message' | 'stackTrace' | 'stdout' | 'stderr' {
  if (element === 'Message') return 'message';
  if (element === 'StackTrace') return 'stackTrace';
  return element === 'StdOut' ? 'stdout' : 'stderr';
}

function attemptOf(r: OpenResult, options: ReadOptions, warnings: string[], source: string): Attempt {
  let outcome = trxOutcome(r.outcome);
  if (outcome === undefined) {
    warnings.push(
      `${source}:${r.line}: unknown outcome ${JSON.stringify(r.outcome)} for ${r.testName}, read as skipped`,
    );
    outcome = { status: 'skipped' };
  }
  // Already bounded while streaming; only line ends are normalised here.
  const stdout = r.stdout?.value()?.replace(/\r\n/g, '\n');
  const stderr = r.stderr?.value()?.replace(/\r\n/g, '\n');
  const output = { ...(stdout !== undefined ? { stdout } : {}), ...(stderr !== undefined ? { stderr } : {}) };
  const message = r.message?.value()?.replace(/\r\n/g, '\n');
  if (outcome.status === 'failed') {
    const failure = makeFailure(
      {
        message: message?.trim(),
        trace: r.stackTrace?.value()?.replace(/\r\n/g, '\n'),
        ...(outcome.category !== undefined ? { category: outcome.category } : {}),
      },
      options,
    );
    return { status: 'failed', durationMs: r.durationMs, failure, ...output };
  }
  const skipMessage = outcome.status === 'skipped' ? message?.trim() : undefined;
  return {
    status: outcome.status,
    durationMs: r.durationMs,
    ...(skipMessage ? { skipMessage } : {}),
    ...output,
  };
}

/**
 * Identity: suite = the class, name = the test name without the class prefix that xUnit and MSTest repeat
 * in it, project = the target framework when the assembly path names one. TRX has no source file.
 */
function draftOf(r: SettledResult, def: TrxDefinition | undefined): TestCaseDraft {
  const className = def?.suite?.[0];
  let name = r.testName !== '' ? r.testName : (def?.name ?? r.testId);
  if (className !== undefined && name.startsWith(`${className}.`) && name.length > className.length + 1)
    name = name.slice(className.length + 1);
  return {
    suite: def?.suite ?? [],
    name,
    ...(def?.project !== undefined ? { project: def.project } : {}),
    attempts: [r.attempt],
  };
}

/** The TRX reader. */
export const trxReader: ResultReader = {
  format: 'trx',
  sniff: (head) => /<TestRun[\s>]/.test(head),
  read: readTrx,
};

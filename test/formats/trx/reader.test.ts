import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileInput, pickReader } from '../../../src/formats/index.js';
import { trxReader } from '../../../src/formats/trx/reader.js';
import { plainClassName, targetFramework, timeSpanMs, trxOutcome } from '../../../src/formats/trx/outcome.js';
import { corpusFile } from '../../support/corpus.js';
import {
  countsOf,
  dornyCounts,
  enricoMiCounts,
  parseErrorOf,
  readCorpus,
  readInline,
  fuzzReader,
} from '../reader-helpers.js';

const ENRICOMI = 'publish-unit-test-result-action/python/test/files/trx';
const DORNY = 'test-reporter/__tests__';

/** A TRX document with the given results and definitions. */
function trx(results: string, definitions = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<TestRun id="1" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <Results>${results}</Results>
  <TestDefinitions>${definitions}</TestDefinitions>
</TestRun>`;
}

function unitTest(
  id: string,
  className: string,
  name: string,
  codeBase = '/src/T/bin/Debug/net8.0/T.dll',
): string {
  return `<UnitTest name="${name}" id="${id}"><TestMethod codeBase="${codeBase}" className="${className}" name="${name}" /></UnitTest>`;
}

describe('TRX reader: corpus', () => {
  it.each([
    'mstest/pickles.trx',
    'nunit/FluentValidation.Tests.trx',
    'nunit/NUnit-net461-sample.trx',
    'nunit/NUnit-netcoreapp3.1-sample.trx',
    'nunit/SilentNotes.trx',
    'xunit/dotnet-trx.trx',
    'xunit/xUnit-net461-sample.trx',
    'xunit/xUnit-netcoreapp3.1-sample.trx',
  ])('%s matches EnricoMi’s results.json', async (file) => {
    const results = await readCorpus(trxReader, `${ENRICOMI}/${file}`);
    expect(countsOf(results)).toEqual(enricoMiCounts(`${ENRICOMI}/${file}`));
    expect(results.warnings).toEqual([]);
  });

  it('yami: an Aborted test is a crash for us, a skip for EnricoMi', async () => {
    const file = `${ENRICOMI}/yami_YAMILEX_2015-10-24_04_18_59.trx`;
    const expected = enricoMiCounts(file);
    const results = await readCorpus(trxReader, file);
    // On purpose: an aborted test stopped mid-run (the host died); calling it skipped would hide that.
    expect(countsOf(results)).toEqual({
      ...expected,
      failed: expected.failed + 1,
      skipped: expected.skipped - 1,
    });
    const aborted = results.tests.find((t) => t.name === 'EST_SEG_TEMPTest');
    expect(aborted?.attempts[0]?.failure?.category).toBe('crash');
    // The run's own error (the test host ended unexpectedly) is kept for the log.
    expect(results.warnings).toEqual([
      expect.stringContaining('El proceso del host de pruebas terminó inesperadamente.'),
    ]);
  });

  it.each([
    ['fixtures/dotnet-trx.trx', '__outputs__/dotnet-trx.md'],
    ['fixtures/dotnet-xunitv3.trx', '__outputs__/dotnet-xunitv3.md'],
  ])('%s matches dorny’s rendered summary', async (fixture, output) => {
    expect(countsOf(await readCorpus(trxReader, `${DORNY}/${fixture}`))).toEqual(
      dornyCounts(`${DORNY}/${output}`),
    );
  });

  it.each(['fixtures/empty/dotnet-trx.trx', 'fixtures/empty/dotnet-trx-empty-test-definitions.trx'])(
    '%s has no tests and is still readable',
    async (fixture) => {
      expect(countsOf(await readCorpus(trxReader, `${DORNY}/${fixture}`)).tests).toBe(0);
    },
  );

  it('uses the class as the suite, the bare method as the name and the framework as the project', async () => {
    const results = await readCorpus(trxReader, `${DORNY}/fixtures/dotnet-xunitv3.trx`);
    expect(results.tests[0]).toMatchObject({
      suite: ['DotnetTests.XUnitV3Tests.FixtureTests'],
      name: 'Failing_Test',
      project: 'net8.0',
      outcome: 'failed',
    });
    expect(results.tests[0]?.attempts[0]?.failure?.message).toMatch(/^Assert\.Null\(\) Failure/);
    expect(results.tests[0]?.attempts[0]?.failure?.trace).toContain('FixtureTests.cs:line 25');
  });

  it('reads MSTest assembly-qualified class names and NUnit output and exceptions', async () => {
    const pickles = await readCorpus(trxReader, `${ENRICOMI}/mstest/pickles.trx`);
    expect(pickles.tests[0]?.suite).toEqual(['Pickles.TestHarness.MSTest.AdditionFeature']);
    const nunit = await readCorpus(trxReader, `${ENRICOMI}/nunit/NUnit-net461-sample.trx`);
    const thrown = nunit.tests.find((t) => t.name === 'TestThrowingException')?.attempts[0];
    expect(thrown?.failure).toMatchObject({ category: 'error', type: 'System.Exception' });
    expect(thrown?.stdout).toBe('Running SampleProject.Tests.NUnit tests');
    const skipped = nunit.tests.find((t) => t.name === 'SkipTest')?.attempts[0];
    expect(skipped).toMatchObject({ status: 'skipped', skipMessage: 'Ignore test' });
  });

  it('gives the same test run for two frameworks two ids', async () => {
    const a = await readCorpus(trxReader, `${ENRICOMI}/nunit/NUnit-net461-sample.trx`);
    const b = await readCorpus(trxReader, `${ENRICOMI}/nunit/NUnit-netcoreapp3.1-sample.trx`);
    const name = (r: typeof a): string | undefined => r.tests.find((t) => t.name === 'PassingTest')?.id;
    expect(name(a)).toBeDefined();
    expect(name(a)).not.toBe(name(b));
  });
});

describe('TRX reader: edge cases', () => {
  it('folds several results of one test (retries) into attempts', async () => {
    const results = await readInline(
      trxReader,
      trx(
        `<UnitTestResult executionId="e1" testId="t1" testName="N.C.Flaky" outcome="Failed" duration="00:00:01.5000000"><Output><ErrorInfo><Message>Assert.Equal() Failure</Message></ErrorInfo></Output></UnitTestResult>
         <UnitTestResult executionId="e2" testId="t1" testName="N.C.Flaky" outcome="Passed" duration="00:00:00.2500000" />`,
        unitTest('t1', 'N.C', 'N.C.Flaky'),
      ),
    );
    expect(results.tests).toHaveLength(1);
    expect(results.tests[0]).toMatchObject({ name: 'Flaky', outcome: 'flaky', durationMs: 1750 });
    expect(results.tests[0]?.attempts[0]?.failure?.category).toBe('assertion');
  });

  it('reads MSTest data rows (InnerResults) as separate tests and leaves out their aggregate', async () => {
    const results = await readInline(
      trxReader,
      trx(
        `<UnitTestResult executionId="p" testId="t1" testName="Rows" outcome="Failed" resultType="DataDrivenTest">
           <InnerResults>
             <UnitTestResult executionId="r0" parentExecutionId="p" testId="t1" testName="Rows (Data Row 0)" outcome="Passed" />
             <UnitTestResult executionId="r1" parentExecutionId="p" testId="t1" testName="Rows (Data Row 1)" outcome="Failed"><Output><ErrorInfo><Message>row 1 broke</Message></ErrorInfo></Output></UnitTestResult>
           </InnerResults>
         </UnitTestResult>`,
        unitTest('t1', 'N.C', 'Rows'),
      ),
    );
    expect(results.tests.map((t) => [t.name, t.outcome])).toEqual([
      ['Rows (Data Row 0)', 'passed'],
      ['Rows (Data Row 1)', 'failed'],
    ]);
    expect(results.tests[1]?.attempts[0]?.failure?.message).toBe('row 1 broke');
  });

  it('maps Timeout, Error, Inconclusive and unknown outcomes', async () => {
    const results = await readInline(
      trxReader,
      trx(
        ['Timeout', 'Error', 'Inconclusive', 'Exploded']
          .map(
            (o, i) => `<UnitTestResult executionId="e${i}" testId="t${i}" testName="T${i}" outcome="${o}" />`,
          )
          .join(''),
      ),
    );
    expect(results.tests.map((t) => [t.outcome, t.attempts[0]?.failure?.category])).toEqual([
      ['failed', 'timeout'],
      ['failed', 'error'],
      ['skipped', undefined],
      ['skipped', undefined],
    ]);
    expect(results.warnings.join('\n')).toContain('"Exploded"');
  });

  it('reads a UTF-16 file with a byte-order mark', async () => {
    const text = trx('<UnitTestResult executionId="e" testId="t" testName="Ünïcode ✓" outcome="Passed" />');
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    ]) {
      const results = await readInline(trxReader, bytes);
      expect(results.tests[0]?.name).toBe('Ünïcode ✓');
    }
  });

  it('bounds messages and output while streaming', async () => {
    const results = await readInline(
      trxReader,
      trx(
        `<UnitTestResult executionId="e" testId="t" testName="T" outcome="Failed"><Output><StdOut>${'o'.repeat(5000)}</StdOut><ErrorInfo><Message>${'m'.repeat(5000)}</Message></ErrorInfo></Output></UnitTestResult>`,
      ),
      { maxOutputChars: 100, maxMessageChars: 200 },
    );
    const attempt = results.tests[0]?.attempts[0];
    expect(attempt?.stdout?.length).toBeLessThan(150);
    expect(attempt?.stdout).toContain('4900 more characters cut');
    expect(attempt?.failure?.message?.length).toBeLessThan(250);
    expect(attempt?.failure?.message).toContain('4800 more characters cut');
  });
});

describe('TRX reader: pure helpers', () => {
  it('parses TimeSpan durations, with days and without a fraction', () => {
    expect(timeSpanMs('00:00:01.5000000')).toBe(1500);
    expect(timeSpanMs('00:01:00')).toBe(60000);
    expect(timeSpanMs('1.00:00:00.001')).toBe(86400001);
    expect(timeSpanMs('1.5s')).toBeUndefined();
  });

  it('strips assembly names and finds target frameworks', () => {
    expect(plainClassName('A.B, A, Version=1.0.0.0, Culture=neutral')).toBe('A.B');
    expect(targetFramework('C:\\x\\bin\\Release\\netcoreapp3.1\\T.dll')).toBe('netcoreapp3.1');
    expect(targetFramework('/x/bin/Debug/net6.0-windows/T.dll')).toBe('net6.0-windows');
    expect(targetFramework('c:/dev/x/bin/debug/X.DLL')).toBeUndefined();
    expect(trxOutcome('PassedButRunAborted')?.status).toBe('passed');
    expect(trxOutcome('Disconnected')).toEqual({ status: 'failed', category: 'crash' });
  });
});

describe('TRX reader: sniffing', () => {
  it('recognises TRX and leaves JUnit alone', () => {
    const head = (p: string): string => readFileSync(corpusFile(p), 'utf8').slice(0, 8192);
    expect(trxReader.sniff(head(`${ENRICOMI}/mstest/pickles.trx`), 'x')).toBe(true);
    expect(trxReader.sniff(head('generated/jest/jest-junit.xml'), 'x')).toBe(false);
  });
});

describe('TRX reader: bad input throws only ParseError', () => {
  it('rejects truncated XML with its position', async () => {
    const full = readFileSync(corpusFile(`${ENRICOMI}/mstest/pickles.trx`), 'utf8');
    const error = await parseErrorOf(readInline(trxReader, full.slice(0, 6000)));
    expect(error.line).toBeGreaterThan(1);
    expect(error.message).toContain('invalid XML');
  });

  it('does not expand entities or read external ones', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY a "aaaa">]>
<TestRun><Results><UnitTestResult testId="t" testName="&xxe;&a;" outcome="Passed" /></Results></TestRun>`;
    const error = await parseErrorOf(readInline(trxReader, xxe));
    expect(error.message).not.toContain('root:');
  });

  it('rejects a non-TRX document, an empty file, broken unicode markup and oversized input', async () => {
    expect((await parseErrorOf(readInline(trxReader, '<testsuites></testsuites>'))).message).toContain(
      'no <TestRun>',
    );
    await parseErrorOf(readInline(trxReader, ''));
    await parseErrorOf(readInline(trxReader, Buffer.from([0x3c, 0xff, 0xfe, 0x3e])));
    const error = await parseErrorOf(readInline(trxReader, trx(''), { maxBytes: 20 }));
    expect(error.message).toContain('20-byte limit');
  });
});

describe('trxReader: among all readers', () => {
  it('is the reader content sniffing picks for its corpus files', async () => {
    for (const path of [
      `${ENRICOMI}/mstest/pickles.trx`,
      `${ENRICOMI}/nunit/NUnit-net461-sample.trx`,
      `${DORNY}/fixtures/dotnet-xunitv3.trx`,
    ])
      expect((await pickReader(await fileInput(corpusFile(path)))).format).toBe('trx');
  });

  it('returns results or throws ParseError for mutated corpus files (fast-check)', async () => {
    await fuzzReader(trxReader, [
      `${ENRICOMI}/mstest/pickles.trx`,
      `${ENRICOMI}/nunit/NUnit-net461-sample.trx`,
      `${DORNY}/fixtures/dotnet-xunitv3.trx`,
    ]);
  });
});

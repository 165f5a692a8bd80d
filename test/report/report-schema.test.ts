/**
 * The published JSON Schema of report.json (schemas/report.schema.json): it is what the zod schema says
 * (no drift), and real reports that `tessera report` writes validate against it with ajv, the first run and
 * a second one compared with the first (every comparison list filled, a removed test included).
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { reportJsonSchema } from '../../src/report/report-json-schema.js';
import { corpusFile } from '../support/corpus.js';

const SCHEMA_PATH = new URL('../../schemas/report.schema.json', import.meta.url);

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tessera-report-schema-'));
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs `tessera report` on real runner outputs and returns the report.json it wrote. */
async function report(files: readonly string[], out: string): Promise<unknown> {
  const inputs = files.map((f) => {
    const copy = join(dir, f.replaceAll('/', '-'));
    copyFileSync(corpusFile(`runners/${f}`), copy);
    return copy;
  });
  const json = join(dir, out);
  const history = join(dir, 'history.json.gz');
  await main(['report', ...inputs, '--json', json, '--history', history, '--fail-on', 'never']);
  return JSON.parse(readFileSync(json, 'utf8')) as unknown;
}

describe('schemas/report.schema.json', () => {
  it('is the zod schema the report is parsed with (regenerate with npm run schema:report)', () => {
    const committed = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as unknown;
    expect(committed).toEqual(reportJsonSchema());
  });

  it('validates the reports tessera writes, with and without a comparison', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
    const first = await report(['jest/jest-json.json', 'mocha/mocha-json.json'], 'first.json');
    expect(validate(first), JSON.stringify(validate.errors)).toBe(true);
    // The second run drops the Mocha file: its tests are removed, named from the history.
    const second = await report(['jest/jest-json.json', 'vitest/vitest-junit.xml'], 'second.json');
    expect(validate(second), JSON.stringify(validate.errors)).toBe(true);
    const comparison = (second as { comparison: { removed: { name: string }[]; added: unknown[] } })
      .comparison;
    expect(comparison.removed.length).toBeGreaterThan(0);
    expect(comparison.removed.map((r) => r.name)).toContain('passes on a retry');
    expect(comparison.added.length).toBeGreaterThan(0);
    // The schema is not vacuous: a bare id where a reference belongs is refused.
    const broken = structuredClone(second) as { comparison: { removed: unknown[] } };
    broken.comparison.removed = ['0123456789abcdef'];
    expect(validate(broken)).toBe(false);
  });
});

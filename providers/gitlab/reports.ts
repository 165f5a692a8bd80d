/**
 * The files GitLab reads from a job's `artifacts:reports:` (https://docs.gitlab.com/ci/yaml/artifacts_reports/):
 *
 * - **Code Quality** (`reports:codequality`): the failed and flaky tests as CodeClimate issues, the subset
 *   GitLab reads (`description`, `check_name`, `fingerprint`, `severity`, `location.path`,
 *   `location.lines.begin`). GitLab compares the report with the target branch's and shows new issues in
 *   the merge request widget, so the fingerprint is stable across runs: the test, not its message.
 * - **dotenv** (`reports:dotenv`): step outputs as `TESSERA_<NAME>=<value>` variables for later jobs, under
 *   GitLab's rules: keys of letters, digits and `_`; no spaces or newlines in values; no empty lines or
 *   comments; at most 5 KB and 20 variables.
 *
 * Every output is also kept whole in a JSON file beside it (values a dotenv report cannot hold, such as
 * several lines, included). Both are pure renderers plus small file writers; ci-host.ts decides where the
 * files go.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Annotation } from '../../src/ci/index.js';
import { TesseraError, UsageError } from '../../src/model/index.js';

/** One issue of a Code Quality report. */
export interface CodeQualityIssue {
  readonly description: string;
  readonly check_name: string;
  readonly fingerprint: string;
  readonly severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  readonly location: { readonly path: string; readonly lines: { readonly begin: number } };
}

/** The most issues written; the rest are counted as omitted (the summary says how many). */
export const MAX_CODE_QUALITY_ISSUES = 1000;
const MAX_DESCRIPTION_CHARS = 1000;

const SEVERITY: Record<Annotation['level'], CodeQualityIssue['severity']> = {
  error: 'major',
  warning: 'minor',
  notice: 'info',
};

/**
 * The annotations as Code Quality issues, in the given order (most important first). Annotations without
 * a file cannot be placed and are left out, as are those past {@link MAX_CODE_QUALITY_ISSUES}.
 */
export function codeQualityIssues(annotations: readonly Annotation[]): CodeQualityIssue[] {
  return annotations
    .filter((a) => a.file !== undefined && a.file !== '')
    .slice(0, MAX_CODE_QUALITY_ISSUES)
    .map((a) => {
      const text = a.title ? `${a.title}: ${a.message}` : a.message;
      const description =
        text.length > MAX_DESCRIPTION_CHARS ? `${text.slice(0, MAX_DESCRIPTION_CHARS - 1)}…` : text;
      return {
        description,
        check_name: a.level === 'error' ? 'tessera-failed-test' : `tessera-${a.level}`,
        fingerprint: createHash('sha256')
          .update(`${a.level}\0${a.file ?? ''}\0${a.title ?? a.message}`)
          .digest('hex'),
        severity: SEVERITY[a.level],
        location: { path: a.file ?? '', lines: { begin: a.line !== undefined && a.line > 0 ? a.line : 1 } },
      };
    });
}

/** Writes `issues` as the Code Quality report at `path` (a JSON array, `[]` when there is none). */
export async function writeCodeQuality(path: string, issues: readonly CodeQualityIssue[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(issues, null, 2)}\n`);
}

/** GitLab's dotenv limits. */
export const DOTENV_MAX_BYTES = 5 * 1024;
export const DOTENV_MAX_VARIABLES = 20;

/** The dotenv variable an output becomes: `report-url` → `TESSERA_REPORT_URL`. */
export function dotenvKey(output: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(output))
    throw new UsageError(
      `invalid output name ${JSON.stringify(output)}`,
      'Use letters, digits, "_" and "-".',
    );
  return `TESSERA_${output.toUpperCase().replace(/-/g, '_')}`;
}

/** Parses a dotenv file Tessera wrote (`KEY=value` lines). */
export function parseDotenv(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) values.set(line.slice(0, eq), line.slice(eq + 1));
  }
  return values;
}

/** The file's text for `values`, checked against GitLab's rules. */
export function renderDotenv(values: ReadonlyMap<string, string>): string {
  if (values.size > DOTENV_MAX_VARIABLES)
    throw new TesseraError(
      `the dotenv report would hold ${values.size} variables; GitLab reads at most ${DOTENV_MAX_VARIABLES}`,
    );
  const text = [...values].map(([key, value]) => `${key}=${value}\n`).join('');
  if (Buffer.byteLength(text) > DOTENV_MAX_BYTES)
    throw new TesseraError(
      `the dotenv report would take ${Buffer.byteLength(text)} bytes; GitLab reads at most ${DOTENV_MAX_BYTES}`,
    );
  return text;
}

/**
 * Sets output `name` in the dotenv file at `path`, keeping the others (the last value of a name wins).
 *
 * @throws TesseraError when the value cannot be a dotenv value (spaces, newlines) or a limit is reached;
 *   the file is then left as it was
 */
export async function setDotenvOutput(path: string, name: string, value: string): Promise<void> {
  const key = dotenvKey(name);
  if (/[\s]/.test(value))
    throw new TesseraError(
      `output ${name} is not set in the dotenv report: GitLab does not accept spaces or newlines in a value`,
    );
  const current = parseDotenv(await readFile(path, 'utf8').catch(() => ''));
  current.set(key, value);
  const text = renderDotenv(current);
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, text);
  await rename(temp, path);
}

/** Sets output `name` in the JSON outputs file at `path` (`{"name": "value", …}`), keeping the others. */
export async function setJsonOutput(path: string, name: string, value: string): Promise<void> {
  dotenvKey(name);
  const current = await readFile(path, 'utf8').then(
    (text) => JSON.parse(text) as Record<string, string>,
    () => ({}) as Record<string, string>,
  );
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify({ ...current, [name]: value }, null, 2)}\n`);
  await rename(temp, path);
}

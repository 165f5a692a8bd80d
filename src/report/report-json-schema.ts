/**
 * The published JSON Schema of `report.json` (schemas/report.schema.json), derived from the zod schema the
 * report is parsed with: one definition, two forms. Tools that do not run Tessera validate against it.
 */
import { z } from 'zod';
import { REPORT_VERSION, reportSchema } from './report-document.js';

/** Where the schema is published: the file in the repository, at the action's moving major tag. */
export const REPORT_SCHEMA_ID =
  'https://raw.githubusercontent.com/tessera-ci/tessera/v1/schemas/report.schema.json';

/** The JSON Schema (draft 2020-12) of the Report this build writes. */
export function reportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(reportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: generated['$schema'],
    $id: REPORT_SCHEMA_ID,
    title: `Tessera report.json, version ${REPORT_VERSION}`,
    description:
      'The merged report of one run (`tessera report --json`). Counts are over distinct tests: ' +
      'tests = passed + failed + skipped + flaky, and a flaky test is not in passed. Every test the ' +
      'comparison names is a self-describing reference (id, title, suite, name, file).',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}

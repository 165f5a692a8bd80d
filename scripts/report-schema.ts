/**
 * Writes the published JSON Schema of `report.json` (schemas/report.schema.json) from the zod schema the
 * report is parsed with, so the two cannot drift: `npm run schema:report`, or `--check` to fail when the
 * committed file differs (test/report/report-schema.test.ts runs the same check).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { reportJsonSchema } from '../src/report/report-json-schema.js';

const PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas', 'report.schema.json');

async function main(): Promise<number> {
  // Written as the repository's formatter writes JSON, so `prettier --check` stays quiet.
  const options = (await resolveConfig(PATH)) ?? {};
  const text = await format(JSON.stringify(reportJsonSchema()), { ...options, filepath: PATH });
  if (process.argv.includes('--check')) {
    const committed = await readFile(PATH, 'utf8').catch(() => '');
    if (committed === text) return 0;
    console.error(`${PATH} is stale: run npm run schema:report`);
    return 1;
  }
  await writeFile(PATH, text);
  console.log(`wrote ${PATH}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);

import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { corpusFile } from './corpus.js';

// ajv-formats is CommonJS; under ESM its plugin may sit on `default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

/** The official CTRF schema from the corpus, compiled with its formats (uuid, date-time) enforced. */
export function ctrfValidator(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(corpusFile('ctrf/schema/ctrf.schema.json'), 'utf8')) as object);
}

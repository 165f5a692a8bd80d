/** Validators for the schemastore schemas of action.yml and workflow files (both JSON Schema draft-07). */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { corpusFile } from '../support/corpus.js';

/** A draft-07 validator for `schemastore/src/schemas/json/<name>.json`. */
export function schemastoreValidator(name: string): ValidateFunction {
  const schema = JSON.parse(
    readFileSync(corpusFile(`schemas/schemastore/src/schemas/json/${name}.json`), 'utf8'),
  ) as { $schema?: string };
  // Ajv's default class is draft-07, which is what these schemas declare; fail loudly if that changes.
  if (schema.$schema !== 'http://json-schema.org/draft-07/schema#')
    throw new Error(`${name}.json declares ${schema.$schema}, not draft-07`);
  // strict: false because schemastore schemas use keywords ajv's strict mode rejects (e.g. unknown formats).
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  return ajv.compile(schema);
}

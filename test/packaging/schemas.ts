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

let gitlabCi: ValidateFunction | undefined;

/**
 * GitLab's `.gitlab-ci.yml` schema (gitlab-ci-local's copy of GitLab's `ci.json`), compiled with the
 * options gitlab-ci-local itself uses. Resolves with one line per violation, empty when `doc` is valid.
 */
export function gitlabCiSchemaErrors(doc: unknown): string[] {
  if (!gitlabCi) {
    const schema = JSON.parse(
      readFileSync(corpusFile('schemas/gitlab-ci-local/src/schema.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({
      allErrors: true,
      allowUnionTypes: true,
      strict: false,
      validateFormats: false,
      keywords: ['markdownDescription'],
    });
    gitlabCi = ajv.compile(schema);
  }
  if (gitlabCi(doc)) return [];
  return (gitlabCi.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

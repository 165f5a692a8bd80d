/**
 * The GitLab component (templates/tessera.yml) as GitLab reads it: the `spec:` header with its inputs, and
 * the body with `$[[ inputs.x ]]` interpolated from given values, else the inputs' defaults.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { REPO_ROOT } from './corpus.js';

/** One input of the component's `spec:inputs`. */
export interface ComponentInput {
  readonly default?: string | number;
  readonly type?: string;
  readonly options?: readonly string[];
}

/** The component file's text. */
export const COMPONENT_TEXT = readFileSync(join(REPO_ROOT, 'templates/tessera.yml'), 'utf8');

/** The component's YAML documents: the header and the body (and anything after, which must be nothing). */
export const COMPONENT_DOCUMENTS = parseAllDocuments(COMPONENT_TEXT);

/** The parsed header, `{ spec: { inputs } }`. */
export const COMPONENT_HEADER = COMPONENT_DOCUMENTS[0]?.toJS() as {
  spec: { inputs: Record<string, ComponentInput> };
};

/** The component's inputs. */
export const COMPONENT_INPUTS = COMPONENT_HEADER.spec.inputs;

/** A job of the body, as the tests read it. */
export interface ComponentJob {
  readonly stage?: string;
  readonly variables?: Record<string, string | number>;
  readonly before_script?: string[];
  readonly script?: string[];
  readonly needs?: unknown[];
  readonly rules?: { if: string; when?: string }[];
  readonly artifacts?: { paths?: string[]; reports?: Record<string, string> };
  readonly [key: string]: unknown;
}

/** The body with the inputs interpolated, as GitLab does when the component is included. */
export function interpolateComponent(values: Record<string, string | number>): Record<string, ComponentJob> {
  const body = COMPONENT_TEXT.slice(COMPONENT_TEXT.indexOf('\n---\n') + 5);
  const text = body.replace(/\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g, (_, name: string) => {
    const value = values[name] ?? COMPONENT_INPUTS[name]?.default;
    if (value === undefined) throw new Error(`input ${name} has no value and no default`);
    return String(value);
  });
  return parse(text) as Record<string, ComponentJob>;
}

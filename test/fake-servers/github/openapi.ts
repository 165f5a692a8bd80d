/**
 * Checks the fake GitHub's REST traffic against GitHub's own OpenAPI description (the subset in
 * corpus/github/openapi-subset): each request body and each response body must match the schema of its
 * operation, so the fake cannot drift into answering what GitHub never would.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { corpusFile } from '../../support/corpus.js';

// ajv-formats is CommonJS; under ESM its plugin may sit on `default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

type Json = Record<string, unknown>;

interface Operation {
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  readonly request?: ValidateFunction;
  readonly responses: Map<number, ValidateFunction | 'no-body'>;
}

const SPEC_ID = 'github-openapi';
const pointer = (...parts: string[]): string =>
  parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** The operations of the subset, with compiled validators. */
export class GithubOpenApi {
  private readonly operations: Operation[] = [];
  private readonly basicError: ValidateFunction;
  private readonly examples: Record<string, { value?: unknown }>;

  constructor(specPath = corpusFile('github/openapi-subset/api.github.com.subset.json')) {
    const spec = JSON.parse(readFileSync(specPath, 'utf8')) as Json;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ ...spec, $id: SPEC_ID });
    const components = spec.components as Json;
    this.examples = (components.examples ?? {}) as Record<string, { value?: unknown }>;
    this.basicError = ajv.compile({ $ref: `${SPEC_ID}#/components/schemas/basic-error` });
    const paths = spec.paths as Record<string, Record<string, Json>>;
    for (const [template, item] of Object.entries(paths)) {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      for (const [method, op] of Object.entries(item)) {
        const base = `${SPEC_ID}#/${pointer('paths', template, method)}`;
        const body = (op.requestBody as Json | undefined)?.content as Json | undefined;
        const request = body?.['application/json']
          ? ajv.compile({
              $ref: `${base}/${pointer('requestBody', 'content', 'application/json', 'schema')}`,
            })
          : undefined;
        const responses = new Map<number, ValidateFunction | 'no-body'>();
        for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
          let resolved = response;
          let where = `${base}/${pointer('responses', status)}`;
          const ref = response.$ref as string | undefined;
          if (ref) {
            const name = ref.split('/').pop() ?? '';
            resolved = (components.responses as Record<string, Json>)[name] ?? {};
            where = `${SPEC_ID}#/${pointer('components', 'responses', name)}`;
          }
          const content = resolved.content as Json | undefined;
          responses.set(
            Number(status),
            content?.['application/json']
              ? ajv.compile({ $ref: `${where}/${pointer('content', 'application/json', 'schema')}` })
              : 'no-body',
          );
        }
        this.operations.push({ method: method.toUpperCase(), template, pattern, request, responses });
      }
    }
  }

  /**
   * A fresh copy of one of the description's own examples (`components.examples`), for the fake to answer
   * with GitHub's real field set and change only what a test is about.
   */
  example(name: string): unknown {
    const example = this.examples[name];
    if (!example) throw new Error(`the OpenAPI subset has no example ${name}`);
    return structuredClone(example.value);
  }

  /** The operation a request path matches, if the subset has it. */
  find(method: string, path: string): Operation | undefined {
    return this.operations.find((o) => o.method === method && o.pattern.test(path));
  }

  /** Problems with a request body, empty when it matches. */
  checkRequest(method: string, path: string, body: unknown): string[] {
    const op = this.find(method, path);
    if (!op) return [`${method} ${path}: not an operation of the OpenAPI subset`];
    if (!op.request || op.request(body)) return [];
    return [`${method} ${op.template} request: ${JSON.stringify(op.request.errors)}`];
  }

  /**
   * Problems with a response, empty when its status is documented and its body matches. GitHub answers
   * 401, 403, 404, 429 and 5xx on any endpoint although the description lists them only here and there;
   * those are accepted everywhere, with their body checked against `basic-error`.
   */
  checkResponse(method: string, path: string, status: number, body: unknown): string[] {
    const op = this.find(method, path);
    if (!op) return [`${method} ${path}: not an operation of the OpenAPI subset`];
    const generic = [401, 403, 404, 429].includes(status) || status >= 500;
    const validate = op.responses.get(status) ?? (generic ? this.basicError : undefined);
    if (validate === undefined) return [`${method} ${op.template}: status ${status} is not documented`];
    if (validate === 'no-body' || validate(body)) return [];
    return [`${method} ${op.template} ${status} response: ${JSON.stringify(validate.errors)}`];
  }
}

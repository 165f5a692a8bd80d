/**
 * Checks the fake Azure DevOps's traffic against Azure DevOps's own REST descriptions (corpus
 * azure-devops-rest-specs, the git and build areas, api 7.2): each request must be a documented operation
 * (path, method, query parameter names, an api-version the operation accepts) with a body that matches its
 * schema, and each response body must match the operation's response schema, so the fake cannot drift
 * into answering what Azure DevOps never would.
 *
 * Two readings of the descriptions, both what the service itself does:
 * - api-version: the service accepts any version up to the one documented (a client built for resource
 *   version 7 of an operation now at 8 still works), so `7.2-preview.N` passes when N is at most the
 *   documented one, and a released `7.1` or `7.2` passes too.
 * - enums in request bodies: the descriptions list the names (`"active"`), the service also takes their
 *   numbers, and the descriptions' own examples send numbers (`"status": 1` in the thread POST example).
 *   So a request enum may be a name or an integer; responses are checked strictly (the service answers
 *   names).
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { corpusFile } from '../../support/corpus.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

type Json = Record<string, unknown>;

interface Operation {
  readonly area: string;
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  /** The query parameters an x-ms-path fixes (`?artifactName={artifactName}`), which the request must have. */
  readonly fixedQuery: readonly string[];
  readonly query: ReadonlySet<string>;
  /** The documented resource version of `7.2-preview.N`, or 0 for a released version. */
  readonly previewVersion: number;
  /** The validators, compiled on first use: the two descriptions hold hundreds of operations. */
  readonly request?: () => ValidateFunction;
  readonly response?: () => ValidateFunction;
}

/** A validator compiled the first time it is asked for. */
function lazily(compile: () => ValidateFunction): () => ValidateFunction {
  let compiled: ValidateFunction | undefined;
  return () => (compiled ??= compile());
}

const readSpec = (path: string): Json =>
  JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as Json;

/** Makes every string enum of a schema also accept an integer (see the module comment). */
function looseEnums(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(looseEnums);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) out[k] = looseEnums(v);
  if (Array.isArray(out.enum) && out.enum.every((e) => typeof e === 'string')) {
    const { enum: names, ...rest } = out;
    return { ...rest, anyOf: [{ enum: names }, { type: 'integer' }] };
  }
  return out;
}

const pointer = (...parts: string[]): string =>
  parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** The operations of the git and build descriptions, with compiled validators. */
export class AzureRestSpec {
  private readonly operations: Operation[] = [];

  constructor() {
    const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(ajv);
    for (const format of ['int16', 'int32', 'int64', 'double', 'float', 'byte', 'uuid'])
      ajv.addFormat(format, true);
    for (const area of ['git', 'build']) {
      const spec = readSpec(corpusFile(`azure-devops-rest-specs/specification/${area}/7.2/${area}.json`));
      const strictId = `azure-${area}`;
      const looseId = `azure-${area}-requests`;
      ajv.addSchema({ ...spec, $id: strictId });
      ajv.addSchema({ ...(looseEnums(spec) as Json), $id: looseId });
      const parameters = spec.parameters as Record<string, { name?: string }>;
      for (const [key, paths] of [
        ['paths', spec.paths],
        ['x-ms-paths', spec['x-ms-paths']],
      ] as const) {
        for (const [template, item] of Object.entries(paths as Record<string, Record<string, Json>>)) {
          const [path = '', queryPart] = template.split('?');
          const fixedQuery = queryPart ? [...queryPart.matchAll(/([^&=]+)=/g)].map((m) => m[1] ?? '') : [];
          const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
          for (const [method, op] of Object.entries(item)) {
            const params = (op.parameters as Json[]) ?? [];
            const query = new Set(params.filter((p) => p.in === 'query').map((p) => String(p.name)));
            const versionRef = params.find((p) => typeof p.$ref === 'string')?.$ref as string | undefined;
            const versionName = versionRef ? parameters[versionRef.split('/').pop() ?? '']?.name : undefined;
            const preview = /preview\.(\d+)$/.exec(versionRef ?? '');
            if (versionName) query.add(versionName);
            const base = `#/${pointer(key, template, method)}`;
            const bodyIndex = params.findIndex((p) => p.in === 'body');
            const request =
              bodyIndex >= 0
                ? lazily(() => ajv.compile({ $ref: `${looseId}${base}/parameters/${bodyIndex}/schema` }))
                : undefined;
            const ok = Object.keys(op.responses as Json).find((s) => s.startsWith('2'));
            const okSchema = ok
              ? ((op.responses as Record<string, Json>)[ok]?.schema as Json | undefined)
              : undefined;
            const response = okSchema
              ? lazily(() =>
                  ajv.compile({ $ref: `${strictId}${base}/${pointer('responses', ok ?? '', 'schema')}` }),
                )
              : undefined;
            this.operations.push({
              area,
              method: method.toUpperCase(),
              template,
              pattern,
              fixedQuery,
              query,
              previewVersion: preview ? Number(preview[1]) : 0,
              request,
              response,
            });
          }
        }
      }
    }
  }

  /** The operation a request matches: the x-ms-path whose fixed query it has, else the plain path. */
  find(method: string, url: URL): Operation | undefined {
    const candidates = this.operations.filter((o) => o.method === method && o.pattern.test(url.pathname));
    const keys = [...url.searchParams.keys()];
    return (
      candidates
        .filter((o) => o.fixedQuery.length > 0 && o.fixedQuery.every((q) => keys.includes(q)))
        .sort((a, b) => b.fixedQuery.length - a.fixedQuery.length)[0] ??
      candidates.find((o) => o.fixedQuery.length === 0)
    );
  }

  /** Problems with a request, empty when it is a documented call. */
  checkRequest(method: string, url: URL, body: unknown, accept = ''): string[] {
    const op = this.find(method, url);
    if (!op) return [`${method} ${url.pathname}: not an operation of the Azure DevOps REST descriptions`];
    const problems: string[] = [];
    const where = `${method} ${op.template}`;
    for (const key of url.searchParams.keys())
      if (!op.query.has(key)) problems.push(`${where}: undocumented query parameter ${key}`);
    // The service takes the version from the query or from the Accept header (`application/json;api-version=…`),
    // which is where azure-devops-node-api puts it.
    const version = url.searchParams.get('api-version') ?? /api-version=([^;,\s]+)/.exec(accept)?.[1] ?? null;
    const parsed = /^(\d+)\.(\d+)(?:-preview(?:\.(\d+))?)?$/.exec(version ?? '');
    if (!parsed) problems.push(`${where}: api-version ${JSON.stringify(version)} is missing or malformed`);
    else {
      const [, major, minor, resource] = parsed;
      const number = Number(major) + Number(minor) / 10;
      if (number > 7.2) problems.push(`${where}: api-version ${version} is newer than the documented 7.2`);
      if (resource !== undefined && Number(resource) > op.previewVersion)
        problems.push(
          `${where}: api-version ${version} asks for a resource version above ${op.previewVersion}`,
        );
    }
    const request = op.request?.();
    if (request && !request(body))
      problems.push(`${where} request body: ${JSON.stringify(request.errors?.slice(0, 3))}`);
    return problems;
  }

  /** Problems with a 2xx response body, empty when it matches the operation's schema. */
  checkResponse(method: string, url: URL, body: unknown): string[] {
    const op = this.find(method, url);
    // A collection goes over the wire wrapped as `{ count, value }`; the descriptions give the value's schema.
    const wrapped = body as { count?: unknown; value?: unknown } | undefined;
    const value =
      wrapped && typeof wrapped.count === 'number' && Array.isArray(wrapped.value) ? wrapped.value : body;
    const response = op?.response?.();
    if (!op || !response || response(value)) return [];
    return [`${method} ${op.template} response: ${JSON.stringify(response.errors?.slice(0, 3))}`];
  }
}

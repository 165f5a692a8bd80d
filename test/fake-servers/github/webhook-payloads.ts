/**
 * Real webhook payloads (corpus/github/webhook-payloads, from @octokit/webhooks-examples), and a check for
 * the ones a test derives from them: the runner puts exactly such a payload at GITHUB_EVENT_PATH.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { expect } from 'vitest';
import { corpusFile } from '../../support/corpus.js';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh copy of a corpus payload. */
export const payload = (file: string): Json =>
  JSON.parse(readFileSync(corpusFile(`github/webhook-payloads/${file}`), 'utf8')) as Json;

let webhookSchema: Ajv | undefined;

/**
 * Checks that a payload a test derived from a real one is no less valid than the original, against the
 * webhook schemas (corpus/github/webhook-schemas, @octokit/webhooks-schemas). The example payloads predate
 * some fields the schemas now require, so "valid" means: the change introduced no schema error of its own.
 *
 * @param definition the schema definition, e.g. `workflow_run$completed`
 */
export function assertDerivedRealistic(definition: string, original: unknown, derived: unknown): void {
  if (!webhookSchema) {
    webhookSchema = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    webhookSchema.addSchema(
      JSON.parse(readFileSync(corpusFile('github/webhook-schemas/schema.json'), 'utf8')) as object,
      'webhooks',
    );
  }
  const validate = webhookSchema.getSchema(`webhooks#/definitions/${definition}`);
  if (!validate) throw new Error(`no webhook schema definition ${definition}`);
  const problems = (event: unknown): Set<string> => {
    validate(event);
    return new Set(
      (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`),
    );
  };
  const before = problems(original);
  expect([...problems(derived)].filter((p) => !before.has(p))).toEqual([]);
}

/**
 * The corpus has no `workflow_run` payload from a fork, so one is derived from `workflow_run.completed.json`
 * (same repository, a workflow_dispatch run): a `pull_request` run whose head repository is
 * `contributor/octo-repo` on branch `branch`, with `pull_requests` empty, as GitHub sends it for forks.
 */
export function forkWorkflowRunPayload(branch: string): Json {
  const original = payload('workflow_run.completed.json');
  const event = structuredClone(original);
  const run = event.workflow_run;
  run.event = 'pull_request';
  run.head_branch = branch;
  run.pull_requests = [];
  run.head_repository.full_name = 'contributor/octo-repo';
  run.head_repository.owner.login = 'contributor';
  assertDerivedRealistic('workflow_run$completed', original, event);
  return event;
}

/**
 * The real GitLab CI environments of the corpus (ci-env-dumps/ci-detector, from OndraM/ci-detector), and a
 * modern merge request pipeline built on the newest of them with the variables GitLab documents for merge
 * request pipelines (docs.gitlab.com/ci/variables/predefined_variables, "Predefined variables for merge
 * request pipelines"): the dumps predate them.
 */
import { readFileSync } from 'node:fs';
import { corpusFile } from '../../support/corpus.js';

/** Parses a `KEY=value` dump. */
export function gitlabDump(name: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(corpusFile(`ci-env-dumps/ci-detector/${name}.env`), 'utf8').split('\n')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (match?.[1] !== undefined) env[match[1]] = match[2] ?? '';
  }
  return env;
}

/** What ci-detector derives from a dump: `label → value` of its `string(n) "value"` lines. */
export function detectorExpectations(name: string): Record<string, string> {
  const lines = readFileSync(corpusFile(`ci-env-dumps/ci-detector/${name}.expected.txt`), 'utf8').split('\n');
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < lines.length; i++) {
    const value = /^string\(\d+\) "(.*)"$/.exec(lines[i + 1] ?? '');
    if (lines[i]?.endsWith(':') && value) out[(lines[i] ?? '').slice(0, -1)] = value[1] ?? '';
  }
  return out;
}

/** GitLab 11.4's real job environment (GitLab9.env) with the current variables of a branch pipeline. */
export function modernPushEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...gitlabDump('GitLab9'),
    CI_COMMIT_BRANCH: 'test-gitlab',
    CI_DEFAULT_BRANCH: 'main',
    CI_SERVER_URL: 'https://gitlab.com',
    CI_SERVER_FQDN: 'gitlab.com',
    CI_API_V4_URL: 'https://gitlab.com/api/v4',
    CI_JOB_STARTED_AT: '2026-12-04T10:00:00Z',
    ...extra,
  };
}

/** A merge request pipeline of MR !17 on the same project; merged results when `mergedResults`. */
export function modernMergeRequestEnv(
  options: { mergedResults?: boolean; fork?: boolean } = {},
): Record<string, string> {
  const env = modernPushEnv({
    CI_PIPELINE_SOURCE: 'merge_request_event',
    CI_COMMIT_REF_NAME: 'feature/faster',
    CI_MERGE_REQUEST_ID: '314159',
    CI_MERGE_REQUEST_IID: '17',
    CI_MERGE_REQUEST_PROJECT_ID: '9009516',
    CI_MERGE_REQUEST_PROJECT_PATH: 'OndraM/ci-detector',
    CI_MERGE_REQUEST_PROJECT_URL: 'https://gitlab.com/OndraM/ci-detector',
    CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature/faster',
    CI_MERGE_REQUEST_SOURCE_PROJECT_ID: options.fork ? '777' : '9009516',
    CI_MERGE_REQUEST_SOURCE_PROJECT_PATH: options.fork ? 'someone/ci-detector' : 'OndraM/ci-detector',
    CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
    CI_MERGE_REQUEST_DIFF_BASE_SHA: 'faaf3a986cf77f46a40af16186a31f2c54737eae',
    CI_MERGE_REQUEST_EVENT_TYPE: options.mergedResults ? 'merged_result' : 'detached',
  });
  delete env.CI_COMMIT_BRANCH;
  if (options.mergedResults) {
    env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA = '1111111111111111111111111111111111111111';
    env.CI_MERGE_REQUEST_TARGET_BRANCH_SHA = 'faaf3a986cf77f46a40af16186a31f2c54737eae';
  }
  return env;
}

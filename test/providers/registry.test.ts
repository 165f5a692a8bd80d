/**
 * The provider registry: every folder under providers/ is registered, ids are unique and match their
 * folders, detection never throws, and real CI environments (corpus/ci-env-dumps, from OndraM/ci-detector)
 * are recognised as the CI they come from, or fall back to local.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS } from '../../src/ci/index.js';
import { UsageError } from '../../src/model/index.js';
import {
  createCiHostFor,
  createCodeHostFor,
  detect,
  PROVIDERS,
  providerById,
  selectProvider,
} from '../../providers/index.js';
import { GithubCodeHost } from '../../providers/github/code-host.js';
import { GitlabCodeHost } from '../../providers/gitlab/code-host.js';
import { CORPUS, REPO_ROOT } from '../support/corpus.js';

/** Parses a `KEY=value` dump; values may be double-quoted; lines without `=` continue the previous value. */
function parseEnvDump(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  let last: string | undefined;
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z_][A-Za-z0-9_.-]*)=(.*)$/.exec(line);
    if (match?.[1] !== undefined) {
      last = match[1];
      env[last] = (match[2] ?? '').replace(/^"(.*)"$/, '$1');
    } else if (last !== undefined && line !== '') env[last] += `\n${line}`;
  }
  return env;
}

const DUMPS = join(CORPUS, 'ci-env-dumps', 'ci-detector');
const dumps = readdirSync(DUMPS)
  .filter((f) => f.endsWith('.env'))
  .map((f) => f.slice(0, -'.env'.length));

/** What each dump must be detected as; everything else is some other CI (or none), so local. */
const EXPECTED: Record<string, string> = {
  GitHubActions: 'github',
  GitHubActionsPullRequest: 'github',
  GitLab: 'gitlab',
  GitLab9: 'gitlab',
  GitLabMergeRequest: 'gitlab',
  GitLabExternalPullRequest: 'gitlab',
  AzurePipelines: 'azure',
  AzurePipelinesPullRequest: 'azure',
  Jenkins: 'jenkins',
};

describe('provider registry', () => {
  it('registers every folder under providers/, once, under its folder name', () => {
    const folders = readdirSync(join(REPO_ROOT, 'providers'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const ids = PROVIDERS.map((p) => p.id);
    expect([...ids].sort()).toEqual(folders);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...PROVIDER_IDS].sort());
    for (const id of PROVIDER_IDS) expect(providerById(id).id).toBe(id);
  });

  it('tries local last, as the fallback', () => {
    expect(PROVIDERS.at(-1)?.id).toBe('local');
    expect(detect({})).toBe(providerById('local'));
  });

  it('never throws from detect(), whatever the environment holds', () => {
    const keys = [
      'GITHUB_ACTIONS',
      'GITLAB_CI',
      'TF_BUILD',
      'JENKINS_URL',
      'BUILD_ID',
      'CI',
      'TESSERA_PROVIDER',
    ];
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.oneof(fc.constantFrom(...keys), fc.string()),
          fc.option(fc.string(), { nil: undefined }),
        ),
        (env) => {
          for (const provider of PROVIDERS) expect(typeof provider.detect(env)).toBe('boolean');
          expect(PROVIDER_IDS).toContain(detect(env).id);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('has a table entry for every CI the corpus expects to be detected', () => {
    for (const name of Object.keys(EXPECTED)) expect(dumps).toContain(name);
    expect(dumps.length).toBeGreaterThan(Object.keys(EXPECTED).length + 10);
  });

  it.each(dumps)('detects %s', (name) => {
    const env = parseEnvDump(readFileSync(join(DUMPS, `${name}.env`), 'utf8'));
    expect(Object.keys(env).length).toBeGreaterThan(name === 'not_detected' ? -1 : 3);
    expect(detect(env).id).toBe(EXPECTED[name] ?? 'local');
  });

  it('lets CI=false force local mode, and TESSERA_PROVIDER or --provider choose one', () => {
    expect(detect({ GITHUB_ACTIONS: 'true', CI: 'false' }).id).toBe('local');
    expect(selectProvider({ GITHUB_ACTIONS: 'true' }).id).toBe('github');
    expect(selectProvider({ GITHUB_ACTIONS: 'true', TESSERA_PROVIDER: 'local' }).id).toBe('local');
    expect(selectProvider({}, 'gitlab').id).toBe('gitlab');
    expect(() => selectProvider({}, 'circleci')).toThrow(UsageError);
    const error = (() => {
      try {
        selectProvider({}, 'circleci');
      } catch (e) {
        return e as UsageError;
      }
    })();
    expect(error?.hint).toBe('Use one of: github, gitlab, azure, jenkins, local.');
  });

  it('chooses the code host by where the PR lives, not by the CI', () => {
    const deps = { cwd: '.', write: () => {} };
    const host = createCodeHostFor(
      { kind: 'github', apiUrl: 'https://api.github.com', repo: 'o/r' },
      'tok-en123',
      deps,
    );
    expect(host).toBeInstanceOf(GithubCodeHost);
    expect(
      createCodeHostFor(
        { kind: 'gitlab', apiUrl: 'https://gitlab.com/api/v4', repo: 'g/p' },
        'tok-en123',
        deps,
      ),
    ).toBeInstanceOf(GitlabCodeHost);
    // Every code host kind has a provider that posts to it: Azure Repos through the Azure provider.
    expect(
      createCodeHostFor(
        { kind: 'azure-repos', apiUrl: 'https://dev.azure.com/org', repo: 'p/r' },
        'tok-en123',
        deps,
      ).kind,
    ).toBe('azure-repos');
  });

  it('every CI has a host now: a detected Azure job without its build variables is an error naming them', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'tessera-registry-'));
    await expect(createCiHostFor({ TF_BUILD: 'True' }, { cwd, write: () => {} })).rejects.toThrow(
      /SYSTEM_COLLECTIONURI, SYSTEM_TEAMPROJECT or BUILD_BUILDID is missing/,
    );
  });
});

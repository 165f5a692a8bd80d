/**
 * The Jenkins context: the real Jenkins dump of corpus/ci-env-dumps (OndraM/ci-detector's freestyle build,
 * checked against what ci-detector derives from it), and multibranch builds as Jenkins' own env-vars page
 * lists their variables: a branch build, a PR on GitHub, an MR on GitLab, a fork's PR, a Bitbucket PR.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeHostOfChangeUrl, repoOfGitUrl } from '../../../providers/jenkins/code-host.js';
import { branchOfGitBranch, parseJenkinsContext } from '../../../providers/jenkins/context.js';
import { detectJenkins } from '../../../providers/jenkins/index.js';
import { corpusFile } from '../../support/corpus.js';

function parseEnvDump(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (match?.[1] !== undefined) env[match[1]] = match[2] ?? '';
  }
  return env;
}

/** ci-detector's expected values: `Build number:\nstring(4) "1337"` → { 'Build number': '1337' }. */
function parseExpected(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const label = /^(.+):$/.exec(lines[i] ?? '')?.[1];
    const value = /^string\(\d+\) "(.*)"$/.exec(lines[i + 1] ?? '')?.[1];
    if (label !== undefined && value !== undefined) out[label] = value;
  }
  return out;
}

const MULTIBRANCH = {
  JENKINS_URL: 'https://ci.example.com/',
  BUILD_ID: '42',
  BUILD_NUMBER: '42',
  JOB_NAME: 'shop/PR-12',
  JOB_BASE_NAME: 'PR-12',
  WORKSPACE: '/var/jenkins/workspace/shop_PR-12',
  GIT_COMMIT: 'a'.repeat(40),
};

describe('Jenkins context', () => {
  it('reads the real Jenkins dump as ci-detector does', () => {
    const env = parseEnvDump(readFileSync(corpusFile('ci-env-dumps/ci-detector/Jenkins.env'), 'utf8'));
    const expected = parseExpected(
      readFileSync(corpusFile('ci-env-dumps/ci-detector/Jenkins.expected.txt'), 'utf8'),
    );
    expect(detectJenkins(env)).toBe(true);
    const context = parseJenkinsContext(env, '/tmp');
    expect(context.run.id).toBe(expected['Build number']);
    expect(context.run.url).toBe(expected['Build url']);
    expect(context.headSha).toBe(expected.Commit);
    // ci-detector keeps the Git plugin's `origin/branchname`; the branch itself is `branchname`.
    expect(expected.Branch).toBe('origin/branchname');
    expect(context.branch).toBe('branchname');
    expect(context.pr).toBeUndefined();
    expect(context.baseBranch).toBeUndefined();
    expect(context.repo).toBe('project/repo');
    expect(context.workspace).toBe('/srv/jenkins/workspace/foo_job_name');
    expect(context.run.attempt).toBe(1);
  });

  it('recognises a multibranch PR build as a PR against CHANGE_TARGET, on the code host CHANGE_URL names', () => {
    const context = parseJenkinsContext(
      {
        ...MULTIBRANCH,
        BUILD_URL: 'https://ci.example.com/job/shop/job/PR-12/42/',
        BRANCH_NAME: 'PR-12',
        CHANGE_ID: '12',
        CHANGE_TARGET: 'main',
        CHANGE_BRANCH: 'feature/prices',
        CHANGE_URL: 'https://github.com/acme/shop/pull/12',
        CHANGE_FORK: '',
      },
      '/tmp',
    );
    expect(context).toMatchObject({
      provider: 'jenkins',
      event: 'change-request',
      repo: 'acme/shop',
      branch: 'feature/prices',
      baseBranch: 'main',
      pr: { number: 12, baseBranch: 'main', headBranch: 'feature/prices', fork: false },
      codeHost: { kind: 'github', apiUrl: 'https://api.github.com', repo: 'acme/shop' },
      run: { id: '42', attempt: 1, url: 'https://ci.example.com/job/shop/job/PR-12/42/' },
      job: 'PR-12',
    });
  });

  it('records a fork’s PR under owner:branch, so it never writes this repository’s branch history', () => {
    const context = parseJenkinsContext(
      {
        ...MULTIBRANCH,
        CHANGE_ID: '13',
        CHANGE_TARGET: 'main',
        CHANGE_BRANCH: 'main',
        CHANGE_FORK: 'mallory',
        CHANGE_URL: 'https://github.com/acme/shop/pull/13',
      },
      '/tmp',
    );
    expect(context.pr?.fork).toBe(true);
    expect(context.branch).toBe('mallory:main');
    expect(context.baseBranch).toBe('main');
  });

  it('reads a branch build from BRANCH_NAME, and a tag build as no branch', () => {
    expect(parseJenkinsContext({ ...MULTIBRANCH, BRANCH_NAME: 'main' }, '/tmp')).toMatchObject({
      event: 'branch',
      branch: 'main',
    });
    const tag = parseJenkinsContext({ ...MULTIBRANCH, BRANCH_NAME: 'v1.2.0', TAG_NAME: 'v1.2.0' }, '/tmp');
    expect(tag.event).toBe('tag');
    expect(tag.branch).toBeUndefined();
  });

  it('finds GitHub, GitHub Enterprise and GitLab from CHANGE_URL, and names Bitbucket as not supported', () => {
    expect(codeHostOfChangeUrl('https://ghe.example.com/acme/shop/pull/3', {}).ref).toEqual({
      kind: 'github',
      apiUrl: 'https://ghe.example.com/api/v3',
      webUrl: 'https://ghe.example.com',
      repo: 'acme/shop',
    });
    expect(
      codeHostOfChangeUrl('https://gitlab.example.com/acme/tools/shop/-/merge_requests/7', {}).ref,
    ).toEqual({
      kind: 'gitlab',
      apiUrl: 'https://gitlab.example.com/api/v4',
      webUrl: 'https://gitlab.example.com',
      repo: 'acme/tools/shop',
    });
    expect(
      codeHostOfChangeUrl('https://gitlab.com/acme/shop/-/merge_requests/7', {
        TESSERA_CODE_HOST_API_URL: 'http://127.0.0.1:9/api/v4/',
      }).ref?.apiUrl,
    ).toBe('http://127.0.0.1:9/api/v4');
    const bitbucket = codeHostOfChangeUrl('https://bitbucket.org/acme/shop/pull-requests/3', {});
    expect(bitbucket.ref).toBeUndefined();
    expect(bitbucket.unsupported).toMatch(/Bitbucket.*not post comments yet/);
    expect(codeHostOfChangeUrl('not a url', {}).unsupported).toMatch(/CHANGE_URL is not a URL/);
    expect(codeHostOfChangeUrl('javascript:alert(1)', {}).unsupported).toMatch(/not an http\(s\) URL/);
  });

  it('reads owner/name from every Git remote URL form, and branches from GIT_BRANCH', () => {
    expect(repoOfGitUrl('git@github.com:acme/shop.git')).toBe('acme/shop');
    expect(repoOfGitUrl('https://github.com/acme/shop.git')).toBe('acme/shop');
    expect(repoOfGitUrl('ssh://git@gitserver:7999/project/repo.git')).toBe('project/repo');
    expect(repoOfGitUrl('https://example.com/')).toBeUndefined();
    expect(branchOfGitBranch('origin/feature/x')).toBe('feature/x');
    expect(branchOfGitBranch('refs/heads/main')).toBe('main');
    expect(branchOfGitBranch('feature/x')).toBe('feature/x');
  });
});

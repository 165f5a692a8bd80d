import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StagedArtifactStore } from '../../../src/ci/index.js';
import { createLocalCiHost } from '../../../providers/local/ci-host.js';
import { readGitHead } from '../../../providers/local/git-head.js';
import { artifactStoreContract } from '../../contract/artifact-store.contract.js';
import { ciHostContract } from '../../contract/ci-host.contract.js';

async function localHost(env: Record<string, string> = {}) {
  const cwd = await mkdtemp(join(tmpdir(), 'tessera-local-'));
  let log = '';
  const host = await createLocalCiHost(env, { cwd, write: (text) => (log += text) });
  return { cwd, host, readLog: () => log };
}

ciHostContract('local provider', async () => {
  const { cwd, host, readLog } = await localHost();
  return {
    host,
    readSummary: () => readFile(join(cwd, '.tessera', 'summary.md'), 'utf8').catch(() => ''),
    readOutputs: async () =>
      JSON.parse(await readFile(join(cwd, '.tessera', 'outputs.json'), 'utf8')) as Record<string, string>,
    readLog,
  };
});

artifactStoreContract('local provider', {
  create: async (limits) => {
    const { host } = await localHost();
    const store = host.artifacts as StagedArtifactStore;
    // The local host's store with the suite's limits: same root, same class.
    return new (store.constructor as typeof StagedArtifactStore)(store.root, limits);
  },
  plantEscaping: async (store) => {
    const { symlink } = await import('node:fs/promises');
    const folder = join((store as StagedArtifactStore).root, 'tessera-plan');
    await mkdir(folder, { recursive: true });
    await symlink('/etc/passwd', join(folder, 'escaped.txt'));
    return 'tessera-plan';
  },
});

describe('local provider', () => {
  it('stages everything under .tessera/', async () => {
    const { cwd, host } = await localHost();
    const source = await mkdtemp(join(tmpdir(), 'tessera-src-'));
    await writeFile(join(source, 'plan.json'), '{}');
    await host.artifacts.put('tessera-plan', source);
    await host.summary.append('# hi\n');
    await host.setOutput('shards', '4');
    await host.history.save(
      'main',
      (await import('../../history/generate.js')).historyFrom([{ a: 'passed' }]),
    );
    expect(await readFile(join(cwd, '.tessera', 'artifacts', 'tessera-plan', 'plan.json'), 'utf8')).toBe(
      '{}',
    );
    expect(await readFile(join(cwd, '.tessera', 'summary.md'), 'utf8')).toBe('# hi\n');
    expect(JSON.parse(await readFile(join(cwd, '.tessera', 'outputs.json'), 'utf8'))).toEqual({
      shards: '4',
    });
    expect((await host.history.load('main')).doc).toBeDefined();
    expect(host.context()).toMatchObject({ provider: 'local', run: { attempt: 1 }, workspace: cwd });
  });

  it('takes branch and commit from .git, loose or packed, and from TESSERA_BRANCH/TESSERA_SHA first', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'tessera-git-'));
    const sha = 'a'.repeat(40);
    await mkdir(join(cwd, '.git', 'refs', 'heads', 'feature'), { recursive: true });
    await writeFile(join(cwd, '.git', 'HEAD'), 'ref: refs/heads/feature/x\n');
    await writeFile(join(cwd, '.git', 'refs', 'heads', 'feature', 'x'), `${sha}\n`);
    expect(await readGitHead(cwd)).toEqual({ branch: 'feature/x', sha });

    const packed = await mkdtemp(join(tmpdir(), 'tessera-git-'));
    await mkdir(join(packed, '.git'));
    await writeFile(join(packed, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    await writeFile(
      join(packed, '.git', 'packed-refs'),
      `# pack-refs with: peeled\n${'b'.repeat(40)} refs/heads/main\n`,
    );
    expect(await readGitHead(packed)).toEqual({ branch: 'main', sha: 'b'.repeat(40) });

    expect(await readGitHead(await mkdtemp(join(tmpdir(), 'tessera-nogit-')))).toEqual({});
    const host = await createLocalCiHost(
      { TESSERA_BRANCH: 'override', TESSERA_SHA: 'c'.repeat(40) },
      { cwd, write: () => {} },
    );
    expect(host.context()).toMatchObject({ branch: 'override', headSha: 'c'.repeat(40) });
  });

  it('prints annotations as file:line lines and shows them all', async () => {
    const { host, readLog } = await localHost();
    const result = await host.annotate([
      { level: 'error', message: 'expected 1 to be 2', file: 'test/a.test.ts', line: 12, title: 'adds' },
    ]);
    expect(result).toEqual({ shown: 1, omitted: 0 });
    expect(readLog()).toBe('error: test/a.test.ts:12: adds: expected 1 to be 2\n');
  });
});

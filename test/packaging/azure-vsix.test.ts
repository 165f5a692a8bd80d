/**
 * The extension's `.vsix`, built offline by `tfx extension create` (issue 15): it holds the Tessera task
 * folder (task.json and the bundled entry with every file the entry loads), and the task runs from the
 * folder as packaged.
 *
 * Which bundle: dist/azure/ when it is there (the committed build, which `check:dist` proves current),
 * else TESSERA_AZURE_BUNDLE (a folder holding index.js), else a fresh `scripts/build.mjs --only azure`
 * into a temporary folder (an ncc build: slow, only until dist/azure/ is committed).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARTIFACT_LIMITS } from '../../src/ci/artifact-store.js';
import { extractZip, readZipEntries } from '../../src/ci/zip-archive.js';
import { parseVsoCommand } from '../../providers/azure/logging-commands.js';
import { REPO_ROOT } from '../support/corpus.js';

const run = promisify(execFile);
let scratch: string;
let bundle: string;
let vsix: Buffer;

async function bundleFolder(): Promise<string> {
  const given = process.env.TESSERA_AZURE_BUNDLE;
  if (given) return given;
  const committed = join(REPO_ROOT, 'dist/azure');
  if (existsSync(join(committed, 'index.js'))) return committed;
  const out = join(scratch, 'build');
  await run(process.execPath, [join(REPO_ROOT, 'scripts/build.mjs'), '--only', 'azure', '--out', out], {
    cwd: REPO_ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return join(out, 'azure');
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tessera-vsix-'));
  bundle = await bundleFolder();
  // The files vss-extension.json names, laid out as in the repository.
  const root = join(scratch, 'root');
  await mkdir(join(root, 'azure-task/Tessera'), { recursive: true });
  await mkdir(join(root, 'providers/azure'), { recursive: true });
  await cp(join(REPO_ROOT, 'vss-extension.json'), join(root, 'vss-extension.json'));
  await cp(join(REPO_ROOT, 'azure-task/Tessera/task.json'), join(root, 'azure-task/Tessera/task.json'));
  await cp(join(REPO_ROOT, 'providers/azure/README.md'), join(root, 'providers/azure/README.md'));
  await cp(bundle, join(root, 'dist/azure'), { recursive: true });
  await run(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules/tfx-cli/_build/tfx-cli.js'),
      'extension',
      'create',
      '--manifest-globs',
      'vss-extension.json',
      '--output-path',
      join(scratch, 'tessera.vsix'),
      '--no-prompt',
    ],
    { cwd: root, env: { ...process.env, TFX_TRACE: '' } },
  );
  vsix = await readFile(join(scratch, 'tessera.vsix'));
}, 600_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('the .vsix built by tfx', () => {
  it('holds the manifests, task.json and every file of the bundled entry', async () => {
    const names = readZipEntries(vsix).map((e) => e.name);
    expect(names).toContain('extension.vsixmanifest');
    expect(names).toContain('extension.vsomanifest');
    expect(names).toContain('Tessera/task.json');
    const files = (await readdir(bundle, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) =>
        join(e.parentPath, e.name)
          .slice(bundle.length + 1)
          .split('\\')
          .join('/'),
      );
    expect(files).toContain('index.js');
    expect(files).toContain('package.json');
    for (const file of files) expect(names, file).toContain(`Tessera/dist/${file}`);
    // Every chunk the entry loads on demand (ncc writes dynamic imports as sibling files) is in the package.
    const entry = await readFile(join(bundle, 'index.js'), 'utf8');
    const chunks = [...entry.matchAll(/["'](\.\/)?([\w.-]+\.index\.js)["']/g)].map((m) => m[2]);
    for (const chunk of chunks) expect(names, `chunk ${chunk}`).toContain(`Tessera/dist/${chunk}`);
  });

  it('the packaged task runs from its folder: a plan on an Azure agent sets its output variables', async () => {
    const task = join(scratch, 'unpacked');
    await extractZip(vsix, task, DEFAULT_ARTIFACT_LIMITS, 'tessera.vsix');
    const workspace = join(scratch, 'ws');
    await mkdir(join(workspace, 'test'), { recursive: true });
    for (const name of ['a', 'b', 'c']) await writeFile(join(workspace, 'test', `${name}.test.mjs`), '');
    const { stdout } = await run(process.execPath, [join(task, 'Tessera/dist/index.js')], {
      cwd: workspace,
      env: {
        PATH: process.env.PATH ?? '',
        TF_BUILD: 'True',
        SYSTEM_COLLECTIONURI: 'https://dev.azure.com/fabrikam/',
        SYSTEM_TEAMPROJECT: 'Fabrikam',
        BUILD_BUILDID: '9',
        BUILD_SOURCEBRANCH: 'refs/heads/main',
        AGENT_TEMPDIRECTORY: join(scratch, 'agent-temp'),
        INPUT_COMMAND: 'plan',
        INPUT_TESTS: 'test/*.test.mjs',
        INPUT_SHARDS: '2',
      },
    });
    const outputs = stdout
      .split('\n')
      .map((l) => parseVsoCommand(l))
      .filter((c) => c?.name === 'task.setvariable' && c.properties.isoutput === 'true');
    expect(Object.fromEntries(outputs.map((c) => [c?.properties.variable, c?.data]))).toMatchObject({
      shards: '2',
    });
    expect(stdout).toMatch(
      /##vso\[artifact\.upload containerfolder=tessera-plan;artifactname=tessera-plan;\]/,
    );
  });
});

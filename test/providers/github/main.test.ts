/**
 * The action entry: inputs become the CLI's own argv (unit, with a recording CLI), and the entry run the
 * way the runner runs it (INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files) over a small
 * real suite: plan → two shards → report.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction, type ActionDeps } from '../../../providers/github/action.js';
import { ALL_INPUTS, FLAG_INPUTS, type ActionCommand } from '../../../providers/github/inputs.js';
import { UsageError } from '../../../src/model/index.js';
import { createMemoryCiHost } from '../../fakes/memory-ci-host.js';
import { REPO_ROOT } from '../../support/corpus.js';

function deps(
  inputs: Record<string, string>,
  calls: string[][],
  env: Record<string, string> = {},
): ActionDeps {
  const host = createMemoryCiHost();
  return {
    read: (name) => inputs[name] ?? '',
    env,
    cwd: tmpdir(),
    cli: async (argv) => {
      calls.push([...argv]);
      return 0;
    },
    host: async () => host,
    setSecret: () => {},
  };
}

describe('runAction: inputs → CLI argv', () => {
  it('maps every flag input to its CLI flag, for each command that takes it', async () => {
    for (const command of ['plan', 'run', 'collect', 'report'] as ActionCommand[]) {
      const inputs: Record<string, string> = { command, run: 'npm test' };
      for (const i of FLAG_INPUTS) inputs[i.input] = `v-${i.input}`;
      const calls: string[][] = [];
      // plan reads the plan it wrote; here the recording CLI writes none, so stop at that read.
      await runAction(deps(inputs, calls)).catch(() => undefined);
      const argv = calls[0] ?? [];
      expect(argv[0]).toBe(command);
      for (const i of FLAG_INPUTS.filter((f) => f.commands.includes(command))) {
        if (command === 'plan' && i.input === 'plan') continue; // where plan writes: --out
        if (command === 'report' && (i.input === 'json' || i.input === 'summary')) {
          expect(argv[argv.indexOf(i.flag) + 1]).toMatch(new RegExp(`v-${i.input}$`));
          continue;
        }
        expect(argv[argv.indexOf(i.flag) + 1], `${command} ${i.input}`).toBe(`v-${i.input}`);
      }
    }
  });

  it('takes one value per line for list inputs, and leaves empty inputs to the CLI defaults', async () => {
    const calls: string[][] = [];
    await runAction(
      deps({ command: 'collect', shard: '2/4', results: 'r/*.xml', plan: '' }, calls, {
        GITHUB_RUN_ATTEMPT: '3',
      }),
    );
    expect(calls[0]).toEqual(['collect', '--shard', '2/4', '--results', 'r/*.xml', '--attempt', '3']);
    await runAction(
      deps({ command: 'run', tests: 'a/*.ts\n\n  b/*.ts \n', run: "node --test 'my file' {file}" }, calls),
    );
    expect(calls[1]).toEqual([
      'run',
      '--tests',
      'a/*.ts',
      '--tests',
      'b/*.ts',
      '--',
      'node',
      '--test',
      'my file',
      '{file}',
    ]);
  });

  it('refuses an unknown command, a missing test command and shell operators', async () => {
    await expect(runAction(deps({ command: 'deploy' }, []))).rejects.toThrow(UsageError);
    await expect(runAction(deps({ command: 'run' }, []))).rejects.toThrow(/needs the input 'run'/);
    await expect(runAction(deps({ command: 'run', run: 'npm test && rm -rf /' }, []))).rejects.toThrow(
      /without shell operators/,
    );
  });

  it('masks the token', async () => {
    const masked: string[] = [];
    await runAction({
      ...deps({ command: 'collect', token: 'ghs_secret' }, []),
      setSecret: (s) => masked.push(s),
    });
    expect(masked).toEqual(['ghs_secret']);
  });

  it('every declared input is read by the entry', () => {
    expect(new Set(ALL_INPUTS).size).toBe(ALL_INPUTS.length);
  });
});

describe('the entry, run as the runner runs it', () => {
  const entry = join(REPO_ROOT, 'providers/github/main.ts');
  const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx');

  async function workspace(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'tessera-action-'));
    await mkdir(join(dir, 'test'));
    await writeFile(
      join(dir, 'test/a.test.mjs'),
      "import t from 'node:test';\nt('a1', () => {});\nt('a2', () => {});\n",
    );
    await writeFile(
      join(dir, 'test/b.test.mjs'),
      "import t from 'node:test';\nt('b1', () => { throw new Error('boom'); });\n",
    );
    await writeFile(join(dir, 'out.txt'), '');
    await writeFile(join(dir, 'summary.md'), '');
    return dir;
  }

  function action(dir: string, inputs: Record<string, string>): { status: number | null; stdout: string } {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: join(dir, 'out.txt'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      GITHUB_RUN_ATTEMPT: '1',
      RUNNER_TEMP: dir,
      INPUT_TOKEN: 'ghs_not_a_real_token',
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const r = spawnSync(tsx, [entry], { cwd: dir, env, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout + r.stderr };
  }

  function outputs(text: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
      if (m[1] !== undefined && m[3] !== undefined) out[m[1]] = m[3];
    return out;
  }

  it('plan → run shards → report: outputs, summary, and the exit status follows the tests', async () => {
    const dir = await workspace();
    const planned = action(dir, { command: 'plan', tests: 'test/*.test.mjs', shards: '2' });
    expect(planned.status, planned.stdout).toBe(0);
    expect(outputs(await readFile(join(dir, 'out.txt'), 'utf8'))).toEqual({
      matrix: '{"include":[{"shard":1,"total":2},{"shard":2,"total":2}]}',
      shards: '2',
      plan: '.tessera/plan.json',
    });

    const statuses: (number | null)[] = [];
    for (const shard of ['1/2', '2/2']) {
      const ran = action(dir, {
        command: 'run',
        plan: '.tessera/plan.json',
        shard,
        run: 'node --test --test-reporter=junit --test-reporter-destination={results}/junit.xml {file}',
      });
      statuses.push(ran.status);
    }
    expect(statuses.sort()).toEqual([0, 1]); // one shard holds the failing test

    await writeFile(join(dir, 'out.txt'), '');
    const reported = action(dir, {
      command: 'report',
      from: '.tessera/shards',
      plan: '.tessera/plan.json',
      'expect-shards': '2',
      'fail-on': 'failures',
    });
    expect(reported.status).toBe(1);
    expect(reported.stdout).toMatch(/::error::tessera report exited with code 1/);
    expect(outputs(await readFile(join(dir, 'out.txt'), 'utf8'))).toEqual({
      tests: '3',
      passed: '2',
      failed: '1',
      flaky: '0',
      skipped: '0',
    });
    expect(await readFile(join(dir, 'summary.md'), 'utf8')).toMatch(/Tessera/);
    // The token reaches the log only in the runner's mask command, which the runner consumes.
    expect(reported.stdout).toContain('::add-mask::ghs_not_a_real_token\n');
    expect(reported.stdout.replace('::add-mask::ghs_not_a_real_token\n', '')).not.toContain(
      'ghs_not_a_real_token',
    );
  }, 60_000);

  it('a bad input fails the step with one error line', async () => {
    const dir = await workspace();
    const r = action(dir, { command: 'deploy' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::input 'command' must be one of plan, run, collect, report/);
  });
});

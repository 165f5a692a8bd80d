/**
 * The action entry's mapping: inputs become the CLI's own argv in CI mode (unit, with a recording CLI).
 * The entry run the way the runner runs it, against the fake GitHub, is test/e2e/github-action.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { runAction, type ActionDeps } from '../../../providers/github/action.js';
import { ALL_INPUTS, FLAG_INPUTS, type ActionCommand } from '../../../providers/github/inputs.js';
import { UsageError } from '../../../src/model/index.js';

function deps(inputs: Record<string, string>, calls: string[][]): ActionDeps {
  return {
    read: (name) => inputs[name] ?? '',
    cli: async (argv) => {
      calls.push([...argv]);
      return 0;
    },
    setSecret: () => {},
  };
}

describe('runAction: inputs → CLI argv', () => {
  it('maps every flag input to its CLI flag, for each command that takes it, in CI mode', async () => {
    for (const command of ['plan', 'run', 'collect', 'report'] as ActionCommand[]) {
      const inputs: Record<string, string> = { command, run: 'npm test' };
      for (const i of FLAG_INPUTS) inputs[i.input] = `v-${i.input}`;
      const calls: string[][] = [];
      await runAction(deps(inputs, calls));
      const argv = calls[0] ?? [];
      expect(argv[0]).toBe(command);
      expect(argv, command).toContain('--ci');
      for (const i of FLAG_INPUTS.filter((f) => f.commands.includes(command))) {
        // plan writes the plan where the input says: that is the CLI's --out.
        const flag = command === 'plan' && i.input === 'plan' ? '--out' : i.flag;
        expect(argv[argv.indexOf(flag) + 1], `${command} ${i.input}`).toBe(`v-${i.input}`);
      }
      const before = argv.indexOf('--');
      if (command === 'run') expect(argv.slice(before + 1)).toEqual(['npm', 'test']);
      else expect(before).toBe(-1);
    }
  });

  it('takes one value per line for list inputs, and leaves empty inputs to the CLI defaults', async () => {
    const calls: string[][] = [];
    await runAction(deps({ command: 'collect', shard: '2/4', results: 'r/*.xml', plan: '' }, calls));
    expect(calls[0]).toEqual(['collect', '--shard', '2/4', '--results', 'r/*.xml', '--ci']);
    await runAction(
      deps({ command: 'run', tests: 'a/*.ts\n\n  b/*.ts \n', run: "node --test 'my file' {file}" }, calls),
    );
    expect(calls[1]).toEqual([
      'run',
      '--tests',
      'a/*.ts',
      '--tests',
      'b/*.ts',
      '--ci',
      '--',
      'node',
      '--test',
      'my file',
      '{file}',
    ]);
    await runAction(deps({ command: 'plan', tests: 't/**', shards: '3' }, calls));
    expect(calls[2]).toEqual(['plan', '--tests', 't/**', '--shards', '3', '--ci']); // no --out: the CLI's CI-mode default (.tessera/plan.json) holds, defined once there
  });

  it('turns comment: false into --no-comment, and refuses anything but true or false', async () => {
    const calls: string[][] = [];
    await runAction(deps({ command: 'report', comment: 'true' }, calls));
    await runAction(deps({ command: 'report', comment: 'FALSE' }, calls));
    expect(calls).toEqual([
      ['report', '--ci'],
      ['report', '--ci', '--no-comment'],
    ]);
    await expect(runAction(deps({ command: 'report', comment: 'maybe' }, []))).rejects.toThrow(
      /input 'comment' must be true or false/,
    );
  });

  it('turns bail: true into --bail and a count into --bail n; false runs every file; anything else is refused', async () => {
    const calls: string[][] = [];
    for (const bail of ['true', '3', 'false', ''])
      await runAction(deps({ command: 'run', run: 'npm test', bail }, calls));
    expect(calls).toEqual([
      ['run', '--bail', '--ci', '--', 'npm', 'test'],
      ['run', '--bail', '3', '--ci', '--', 'npm', 'test'],
      ['run', '--ci', '--', 'npm', 'test'],
      ['run', '--ci', '--', 'npm', 'test'],
    ]);
    await expect(runAction(deps({ command: 'run', run: 'npm test', bail: 'soon' }, []))).rejects.toThrow(
      /input 'bail' must be true, false or a number/,
    );
  });

  it('turns skip-unchanged: true on the plan step into --skip-unchanged -- <run>, and needs run there', async () => {
    const calls: string[][] = [];
    await runAction(
      deps({ command: 'plan', 'skip-unchanged': 'true', run: 'npx vitest run {files}' }, calls),
    );
    await runAction(
      deps({ command: 'plan', 'skip-unchanged': 'false', run: 'npx vitest run {files}' }, calls),
    );
    expect(calls).toEqual([
      ['plan', '--ci', '--skip-unchanged', '--', 'npx', 'vitest', 'run', '{files}'],
      ['plan', '--ci'],
    ]);
    await expect(runAction(deps({ command: 'plan', 'skip-unchanged': 'true' }, []))).rejects.toThrow(
      /needs the input 'run' on the plan step/,
    );
  });

  it('refuses an unknown command, a missing test command and shell operators', async () => {
    await expect(runAction(deps({ command: 'deploy' }, []))).rejects.toThrow(UsageError);
    await expect(runAction(deps({ command: 'run' }, []))).rejects.toThrow(/needs the input 'run'/);
    await expect(runAction(deps({ command: 'run', run: 'npm test && rm -rf /' }, []))).rejects.toThrow(
      /without shell operators/,
    );
  });

  it('masks the token before anything runs', async () => {
    const events: string[] = [];
    await runAction({
      read: (name) => ({ command: 'collect', token: 'ghs_secret' })[name] ?? '',
      cli: async () => {
        events.push('cli');
        return 0;
      },
      setSecret: (s) => events.push(`mask ${s}`),
    });
    expect(events).toEqual(['mask ghs_secret', 'cli']);
  });

  it('returns the CLI exit code with the command', async () => {
    const result = await runAction({ ...deps({ command: 'report' }, []), cli: async () => 1 });
    expect(result).toEqual({ command: 'report', exitCode: 1 });
  });

  it('every declared input is read by the entry, once', () => {
    expect(new Set(ALL_INPUTS).size).toBe(ALL_INPUTS.length);
  });
});

/**
 * The Tessera task's inputs as the agent passes them (`INPUT_<NAME>`) → the CLI's argv and environment
 * (runTask with a recording CLI): here the queue's three inputs, which the task shares with the action. The
 * queue URL is never an input: it reaches the CLI only as TESSERA_QUEUE_URL, mapped from a secret variable.
 */
import { describe, expect, it } from 'vitest';
import { runTask } from '../../../providers/azure/task.js';
import type { Env } from '../../../src/ci/index.js';
import { UsageError } from '../../../src/model/index.js';

const SECRET_URL = 'redis://:queue-password-never-an-argument@redis.internal:6380';

/** Runs the task with these inputs (Azure names) in a `strategy: parallel` job 2 of 3; returns what the CLI got. */
async function task(
  inputs: Record<string, string>,
): Promise<{ argv: string[]; env: Env; emitted: string[] }> {
  const env: Env = {
    SYSTEM_JOBPOSITIONINPHASE: '2',
    SYSTEM_TOTALJOBSINPHASE: '3',
    AGENT_TEMPDIRECTORY: '/nonexistent/agent-temp',
    // As `env: TESSERA_QUEUE_URL: $(TesseraQueueUrl)` maps the secret variable into the step.
    TESSERA_QUEUE_URL: SECRET_URL,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
  };
  const calls: { argv: string[]; env: Env }[] = [];
  const emitted: string[] = [];
  await runTask({
    env,
    cwd: '/nonexistent/sources',
    cli: (argv, cliEnv) => {
      calls.push({ argv: [...argv], env: cliEnv });
      return Promise.resolve(0);
    },
    emit: (command) => emitted.push(command),
  });
  const call = calls[0];
  if (!call) throw new Error('the task did not run the CLI');
  return { ...call, emitted };
}

describe('the task’s queue inputs', () => {
  it('turn on the queue in run (lease, fallback) and in report, and are left out when off', async () => {
    const run = { command: 'run', run: 'npx vitest run {files}' };
    expect((await task({ ...run, queueLease: '90s', queueFallback: 'static' })).argv).toEqual([
      'run',
      '--shard',
      '2/3',
      '--ci',
      '--',
      'npx',
      'vitest',
      'run',
      '{files}',
    ]);
    expect((await task({ ...run, queue: 'true', queueLease: '90s', queueFallback: 'static' })).argv).toEqual([
      'run',
      '--shard',
      '2/3',
      '--queue',
      '--lease',
      '90s',
      '--queue-fallback',
      'static',
      '--ci',
      '--',
      'npx',
      'vitest',
      'run',
      '{files}',
    ]);
    expect((await task({ ...run, queue: 'True', queueFallback: 'none' })).argv.slice(0, 4)).toEqual([
      'run',
      '--shard',
      '2/3',
      '--queue',
    ]);
    const report = await task({ command: 'report', queue: 'true', queueLease: '90s' });
    expect(report.argv).toContain('--queue');
    expect(report.argv).not.toContain('--lease');
    expect((await task({ command: 'report', queue: 'false' })).argv).not.toContain('--queue');
  });

  it('hand the CLI the URL through its environment only, never as an argument or a logging command', async () => {
    const { argv, env, emitted } = await task({ command: 'run', run: 'npm test', queue: 'true' });
    expect(env.TESSERA_QUEUE_URL).toBe(SECRET_URL);
    expect(JSON.stringify(argv)).not.toContain('queue-password');
    expect(emitted.join('\n')).not.toContain('queue-password');
  });

  it('refuse a URL or another word as `queue`, and an unknown fallback, naming the input', async () => {
    await expect(task({ command: 'run', run: 'npm test', queue: SECRET_URL })).rejects.toThrow(UsageError);
    await expect(task({ command: 'run', run: 'npm test', queue: SECRET_URL })).rejects.toThrow(
      /input 'queue' must be true or false/,
    );
    await expect(
      task({ command: 'run', run: 'npm test', queue: 'true', queueFallback: 'retry' }),
    ).rejects.toThrow(/input 'queue-fallback' must be static or none/);
  });
});

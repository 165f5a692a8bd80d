/**
 * Re-running only what failed on Azure Pipelines (issue 21, part 1): the task, started as the agent starts
 * it (from the sources through tsx, with the agent's variables), runs a shard job as attempt 1 and then as
 * attempt 2 (`SYSTEM_JOBATTEMPT=2`) of the same build. Attempt 2 lists the build's artifacts through the
 * fake Azure DevOps REST API (`azure-devops-node-api`), downloads attempt 1's bundle, runs only the failing
 * file of five, and uploads `tessera-shard-1-of-1-attempt-2` carrying the other results forward.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTaskStep } from '../../fake-servers/azure/agent.js';
import { FakeAzureDevOps } from '../../fake-servers/azure/server.js';
import { BROKEN, calls, COUNTING_SCRIPT_COMMAND, writeRerunSuite } from '../../run/rerun-fixture.js';

let fake: FakeAzureDevOps;
let cwd: string;
beforeAll(async () => {
  fake = await new FakeAzureDevOps().start();
  cwd = await writeRerunSuite();
});
afterAll(async () => {
  await fake.stop();
  await rm(cwd, { recursive: true, force: true });
});

describe('an Azure Pipelines re-run attempt of a shard job', () => {
  it('attempt 2 runs only the failing file of attempt 1, from the build’s artifacts', async () => {
    const build = { id: 801, sourceBranch: 'refs/heads/main' };
    fake.addBuild(build.id, build.sourceBranch);
    const inputs = { command: 'run', shard: '1/1', tests: 'test/*.test.mjs', run: COUNTING_SCRIPT_COMMAND };
    const first = await runTaskStep(fake, build, { workspace: cwd, inputs, job: 'test', attempt: 1 });
    expect(first.exitCode, first.stdout + first.stderr).not.toBe(0);
    expect(await calls(cwd), first.stdout + first.stderr).toHaveLength(5);

    await rm(join(cwd, 'FAIL'));
    await writeFile(join(cwd, 'calls.log'), '');
    const second = await runTaskStep(fake, build, { workspace: cwd, inputs, job: 'test', attempt: 2 });
    const log = second.stdout + second.stderr;
    expect(second.exitCode, log).toBe(0);
    expect(await calls(cwd)).toEqual([BROKEN]);
    expect(log).toMatch(
      /attempt 2 re-runs 1 of 5 items with failures in attempt 1; 5 results carried forward/,
    );
    expect(fake.builds.get(build.id)?.artifacts.map((a) => a.name)).toEqual([
      'tessera-shard-1-of-1',
      'tessera-shard-1-of-1-attempt-2',
    ]);
    expect(fake.problems).toEqual([]);
  }, 60_000);
});

/**
 * Run-time balancing in the Jenkins shared library, in the Groovy stand-in harness (groovy-harness.ts): the
 * in-pipeline queue (`balance: 'pipeline'`, no Redis) and the Redis queue's credential handling.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { readPlanFile } from '../../../src/plan/read-plan.js';
import { pipelineBatches } from '../../../src/queue/pipeline-batches.js';
import { batchItems } from '../../../src/queue/work-source.js';
import { parseReport } from '../../../src/report/report-document.js';
import { describeWithTools } from '../../support/system-tools.js';
import { CLI, NODE_TEST, branchBuild, runBuilds, useHarness } from './groovy-harness.js';

useHarness();

describeWithTools(['groovy'], 'run-time balancing in the Jenkins shared library, in a real Groovy', () => {
  it('balances at run time through the in-pipeline queue: 3 branches take the batches of one queue, longest first, each file once', async () => {
    const [build] = await runBuilds([
      {
        env: branchBuild(9),
        jenkinsfile: `tessera(tests: 'test/*.test.mjs', timings: 'timings/*.json', command: '${NODE_TEST}', shards: 3, balance: 'pipeline', retries: 1, unstable: true, cli: '${CLI}')`,
      },
    ]);
    if (!build) throw new Error('the harness recorded no build');
    const log = build.sh.map((s) => `$ ${s.label}\n${s.output}`).join('\n');
    const buildRoot = dirname(build.junit[0]?.copy ?? '');
    const planRun = build.sh.find((s) => s.label === 'tessera plan');
    expect(planRun?.status, log).toBe(0);
    const plan = await readPlanFile(join(buildRoot, planRun?.workspace ?? '', '.tessera/plan.json'));
    expect(build.parallel).toEqual(['worker 1/3', 'worker 2/3', 'worker 3/3']);

    // The pipeline handed out every number once, to whichever branch asked: the batches, then one number
    // per branch past the last, which closed that branch's bundle.
    const expected = pipelineBatches(plan);
    expect(expected.length).toBeGreaterThan(3);
    const taken = build.sh
      .map((s) => /^tessera worker (\d)\/3: batch (\d+)$/.exec(s.label))
      .filter((m) => m !== null)
      .map((m) => Number(m[2]));
    expect(taken.sort((a, b) => a - b)).toEqual(Array.from({ length: expected.length + 3 }, (_, i) => i + 1));

    // The bundles hold exactly the TypeScript policy's batches (the Groovy side hands out numbers only),
    // each ran by one worker, and every planned file once.
    const bundles = [1, 2, 3].map(
      (index) =>
        JSON.parse(
          readFileSync(
            join(
              buildRoot,
              'stashes',
              `tessera-shard-${index}`,
              '.tessera/artifacts',
              `tessera-shard-${index}-of-3`,
              'bundle.json',
            ),
            'utf8',
          ),
        ) as { queue?: { kind: string; batches: { sequence: number; items: string[]; startMs: number }[] } },
    );
    for (const bundle of bundles) expect(bundle.queue?.kind).toBe('pipeline');
    const ran = bundles.flatMap((b) => b.queue?.batches ?? []).sort((a, b) => a.sequence - b.sequence);
    expect(ran.map((b) => [b.sequence, b.items])).toEqual(expected.map((b) => [b.sequence, batchItems(b)]));
    const files = ran.flatMap((b) => b.items);
    expect(new Set(files).size).toBe(files.length);
    expect([...files].sort()).toEqual(plan.shards.flatMap((s) => s.items).sort());
    // More than one branch took batches; a branch's batches are in its own order of time.
    expect(bundles.filter((b) => (b.queue?.batches.length ?? 0) > 0).length).toBeGreaterThan(1);
    for (const bundle of bundles) {
      const starts = (bundle.queue?.batches ?? []).map((b) => b.startMs);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }

    // Longest first, batches shrinking: each unit's estimate is at most the one before it, the first batches
    // hold several files and the last ones one file each.
    const estimates = expected.flatMap((b) => b.units.map((u) => u.predictedMs));
    for (let i = 1; i < estimates.length; i++)
      expect(estimates[i]).toBeLessThanOrEqual(estimates[i - 1] ?? Infinity);
    const batchMs = expected.map((b) => b.units.reduce((sum, u) => sum + u.predictedMs, 0));
    for (let i = 1; i < batchMs.length; i++)
      expect(batchMs[i]).toBeLessThanOrEqual(batchMs[i - 1] ?? Infinity);
    expect(Math.max(...expected.slice(0, 4).map((b) => b.units.length))).toBeGreaterThan(1);
    expect(expected.at(-1)?.units).toHaveLength(1);

    // The report is unchanged: the suite's counts, and the comment says the run was balanced at run time.
    const report = build.sh.find((s) => s.label === 'tessera report');
    expect(report?.status, log).toBe(0);
    expect(build.description).toBe('Tessera: 117 tests, 0 failed, 1 flaky, 116 passed');
    const reportJson = parseReport(
      JSON.parse(readFileSync(join(buildRoot, 'archive/.tessera/report/report.json'), 'utf8')),
      'report.json',
    );
    expect(reportJson.summary).toMatchObject({ tests: 117, passed: 116, failed: 0, flaky: 1 });
    expect(readFileSync(join(buildRoot, 'archive/.tessera/report/comment.md'), 'utf8')).toContain(
      `balanced at run time: ${expected.length} batches from one queue`,
    );
    expect(build.result).toBe('SUCCESS');
  }, 180_000);

  it("passes the Redis queue's URL from a credential, never on a command line, with requeue and bail; refuses what the CLI would", async () => {
    const QUEUE_PASSWORD = 'queue-password-never-printed';
    const common = `tests: 'test/strings-*.test.mjs', command: '${NODE_TEST}', shards: 2, cli: '${CLI}'`;
    // Each refused configuration stops before any step runs, with what to write instead.
    const refusals: [string, RegExp][] = [
      [`balance: 'redis'`, /balance: 'redis' needs queueCredentials/],
      [`requeue: 1`, /requeue: needs balance: 'redis'.*with balance: 'static' there is no queue/],
      [`balance: 'pipeline', requeue: 1`, /requeue: needs balance: 'redis'.*with balance: 'pipeline'/],
      [
        `balance: 'redis', queueCredentials: 'queue-url', requeue: 'twice'`,
        /requeue must be how many times .*\(requeue: 1\), or 0, not 'twice'/,
      ],
      [
        `balance: 'redis', queueCredentials: 'queue-url', requeueTolerance: 0.1`,
        /requeueTolerance needs requeue: n/,
      ],
      [
        `balance: 'redis', queueCredentials: 'queue-url', requeue: 1, requeueTolerance: 5`,
        /requeueTolerance must be a fraction above 0 and at most 1 .*not '5'/,
      ],
      [`bail: 'soon'`, /bail must be true .*\(bail: 3\) or false, not 'soon'/],
      [`balance: 'pipeline', bail: true`, /bail stops a shard .*not a worker of the in-pipeline queue/],
      [`skipUnchanged: 'yes'`, /skipUnchanged must be true or false \(without quotes\), not 'yes'/],
      [
        `skipUnchange: true`,
        /unknown option 'skipUnchange'\. Known options: .*skipUnchanged, bail, requeue, requeueTolerance/,
      ],
    ];
    const builds = await runBuilds(
      [
        ...refusals.map(([options], i) => ({
          env: branchBuild(20 + i),
          jenkinsfile: `tessera(${common}, ${options})`,
        })),
        // The smaller steps: the plan step needs the command too, for the content keys.
        {
          env: branchBuild(19),
          jenkinsfile: `node { tesseraPlan(tests: 'test/*.test.mjs', skipUnchanged: true) }`,
        },
        {
          env: branchBuild(11),
          // Nothing listens on port 9: every shard falls back to its planned files (queueFallback).
          jenkinsfile: `tessera(${common}, balance: 'redis', queueCredentials: 'queue-url', queueFallback: true, requeue: 2, requeueTolerance: 0.1, bail: 2)`,
        },
      ],
      { 'queue-url': { secret: `redis://:${QUEUE_PASSWORD}@127.0.0.1:9` } },
    );
    const fallback = builds.at(-1);
    const planStep = builds.at(-2);
    if (builds.length !== refusals.length + 2 || !fallback || !planStep)
      throw new Error('the harness recorded fewer builds than it ran');
    refusals.forEach(([options, message], i) => {
      expect(builds[i]?.error, options).toMatch(message);
      expect(builds[i]?.sh, options).toEqual([]);
    });
    expect(planStep.error).toMatch(/tesseraPlan: skipUnchanged: true needs command: here too/);
    expect(planStep.sh).toEqual([]);

    const shards = fallback.sh.filter((s) => s.label.startsWith('tessera shard '));
    expect(shards.map((s) => s.script).sort()).toEqual(
      [1, 2].map(
        (i) =>
          `${CLI} run --ci --provider jenkins --shard ${i}/2 --retries '0' --bail '2' --queue --queue-fallback static --requeue '2' --requeue-tolerance '0.1' -- '${NODE_TEST}'`,
      ),
    );
    for (const shard of shards) {
      expect(shard.status, shard.output).toBe(0);
      expect(shard.output).toMatch(/127\.0\.0\.1:9.*running the planned shard [12]\/2 instead/s);
    }
    const report = fallback.sh.find((s) => s.label === 'tessera report');
    expect(report?.script).toMatch(/ --queue( |$)/);
    expect(report?.status).not.toBe(0);
    expect(report?.output).toContain('127.0.0.1:9');
    for (const step of fallback.sh) {
      expect(step.script).not.toContain(QUEUE_PASSWORD);
      expect(step.output).not.toContain(QUEUE_PASSWORD);
    }
  }, 180_000);
});

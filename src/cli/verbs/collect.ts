/**
 * `tessera collect --shard i/N --results <glob>`: for jobs that run their tests themselves, turn the result
 * files into the same shard bundle `tessera run` writes, so `report --from` treats both alike.
 */
import { join } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../model/index.js';
import { parseShardRef, shardItems } from '../../plan/index.js';
import { collectShard } from '../../run/collect.js';
import { ExitCode } from '../exit-codes.js';
import { wholeNumberFlag } from './run.js';
import { addCiOptions, openCiSession, sessionPlan, sessionRunInfo, type CiFlags } from '../ci-session.js';
import { putShardBundle } from '../../ci/index.js';

interface CollectFlags extends CiFlags {
  shard?: string;
  results?: string;
  plan?: string;
  out: string;
  attempt?: string;
}

/** Registers `collect`. */
export function registerCollect(program: Command): void {
  const command = program
    .command('collect')
    .description('Write a shard bundle from result files, for jobs that run their tests themselves.')
    .requiredOption('--shard <i/N>', 'the shard this job ran, e.g. 2/4')
    .requiredOption('--results <glob>', "the result files, e.g. 'reports/**/*.xml'")
    .option('--plan <file>', "the plan, to record this shard's planned items (report checks them)")
    .option('--out <dir>', 'where the bundle is written', '.tessera/shards')
    .option('--attempt <n>', 'the CI re-run attempt of this job (bundles of later attempts win)');
  addCiOptions(command)
    .addHelpText(
      'after',
      '\nExit codes: 0 the results show no failure, 1 a test failed or no result was found, 2 usage.',
    )
    .action(async (flags: CollectFlags) => {
      const shard = parseShardRef(flags.shard as string);
      if (!flags.results) throw new UsageError('--results <glob> is required');
      const session = await openCiSession(flags);
      // The plan is optional here: with it, report checks that the shard ran exactly its items.
      const plan = await sessionPlan(session, flags.plan);
      const items = plan ? shardItems(plan, shard) : undefined;
      const attempt = wholeNumberFlag('--attempt', flags.attempt);
      const run = session
        ? sessionRunInfo(session, attempt)
        : { provider: 'local' as const, ...(attempt !== undefined ? { attempt } : {}) };
      const result = await collectShard({
        shard,
        results: flags.results,
        out: flags.out,
        cwd: process.cwd(),
        run,
        ...(items ? { items } : {}),
      });
      for (const w of result.warnings) process.stderr.write(`tessera: warning: ${w}\n`);
      if (result.bundle.infrastructureFailure)
        process.stderr.write(`tessera collect: ${result.bundle.infrastructureFailure.reason}\n`);
      process.stderr.write(
        `tessera collect: shard ${shard.index}/${shard.total}: ${result.bundle.tests.length} tests; ` +
          `bundle written to ${join(result.folder, 'bundle.json')}\n`,
      );
      if (session) {
        const entry = await putShardBundle(session.host.artifacts, result.folder, shard, run.attempt ?? 1);
        process.stderr.write(`tessera collect: bundle stored as artifact ${entry.name}\n`);
      }
      process.exitCode = result.bundle.exitCode === 0 ? ExitCode.ok : ExitCode.testsFailed;
    });
}

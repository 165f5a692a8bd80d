/**
 * The contract every {@link CiHost} keeps: the in-memory fake, the local provider and the GitHub host run
 * it. What differs between CIs (where the summary and outputs land) is read back through the subject's
 * hooks, so the suite checks behaviour, not file formats.
 */
import { isAbsolute } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS, type Annotation, type CiHost } from '../../src/ci/index.js';
import { UsageError } from '../../src/model/index.js';
import { historyFrom } from '../history/generate.js';

/** A host under test, with ways to read back what it wrote. */
export interface CiHostUnderTest {
  readonly host: CiHost;
  /** The summary's content so far. */
  readSummary(): Promise<string>;
  /** The outputs set so far, last value per name. */
  readOutputs(): Promise<Record<string, string>>;
  /** Everything written to the job log (annotations included). */
  readLog(): string;
}

/** Registers the contract suite; `create` gives a fresh host each time. */
export function ciHostContract(name: string, create: () => Promise<CiHostUnderTest>): void {
  describe(`CiHost contract: ${name}`, () => {
    it('has a stable context that names its provider', async () => {
      const { host } = await create();
      const context = host.context();
      expect(PROVIDER_IDS).toContain(host.id);
      expect(context.provider).toBe(host.id);
      expect(context.run.attempt).toBeGreaterThanOrEqual(1);
      expect(isAbsolute(context.workspace)).toBe(true);
      expect(host.context()).toEqual(context);
    });

    it('appends to the summary and refuses what would pass its limit, whole', async () => {
      const subject = await create();
      const { summary } = subject.host;
      const first = await summary.append('# Report\n\nall good\n');
      expect(first.written).toBe(true);
      const tooBig = 'x'.repeat(summary.limitBytes);
      const refused = await summary.append(tooBig);
      expect(refused).toEqual({ written: false, totalBytes: first.totalBytes });
      await summary.append('more\n');
      expect(await subject.readSummary()).toBe('# Report\n\nall good\nmore\n');
    });

    it('keeps the last value of an output, multi-line values intact', async () => {
      const subject = await create();
      await subject.host.setOutput('shards', '3');
      await subject.host.setOutput('shards', '4');
      await subject.host.setOutput('matrix', '{"shard":[1,2]}\nsecond line');
      const outputs = await subject.readOutputs();
      expect(outputs.shards).toBe('4');
      expect(outputs.matrix).toBe('{"shard":[1,2]}\nsecond line');
      await expect(subject.host.setOutput('bad name', 'x')).rejects.toBeInstanceOf(UsageError);
    });

    it('shows the first annotations of each level up to its limit and counts the rest', async () => {
      const subject = await create();
      const { host } = subject;
      const perLevel = Number.isFinite(host.limits.annotationsPerLevel)
        ? host.limits.annotationsPerLevel
        : 12;
      const errors: Annotation[] = Array.from({ length: perLevel + 2 }, (_, i) => ({
        level: 'error',
        message: `failure number ${i}`,
        file: 'test/a.test.ts',
        line: i + 1,
      }));
      const result = await host.annotate([...errors, { level: 'notice', message: 'one notice' }]);
      const expectedShown = Math.min(errors.length, host.limits.annotationsPerLevel) + 1;
      expect(result).toEqual({ shown: expectedShown, omitted: errors.length + 1 - expectedShown });
      const log = subject.readLog();
      expect(log).toContain('failure number 0');
      expect(log).toContain('one notice');
      if (Number.isFinite(host.limits.annotationsPerLevel))
        expect(log).not.toContain(`failure number ${perLevel + 1}`);
    });

    it('never writes a masked secret, whatever carries it', async () => {
      const subject = await create();
      const { host } = subject;
      const secret = 'ghs_contractSecret0123456789';
      host.log.mask(secret);
      host.log.info(`token=${secret}`);
      host.log.warn(`https://x-access-token:${encodeURIComponent(secret)}@github.com/o/r`);
      host.log.error(`Authorization: Basic ${Buffer.from(secret).toString('base64')}`);
      await host.log.group(`group ${secret}`, async () => host.log.info('inside'));
      await host.annotate([{ level: 'error', message: `leaked ${secret}`, title: secret }]);
      const log = subject.readLog();
      expect(log).toContain('inside');
      expect(log).not.toContain(secret);
      expect(log).not.toContain(Buffer.from(secret).toString('base64'));
    });

    it('carries artifacts and histories', async () => {
      const { host } = await create();
      expect(await host.artifacts.list()).toEqual([]);
      const doc = historyFrom([{ a: 'passed' }]);
      await host.history.save('main', doc);
      expect((await host.history.load('main')).doc?.runs).toHaveLength(1);
    });
  });
}

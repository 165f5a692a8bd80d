/**
 * `--plan <file>` means the same in every verb: a file that cannot be used is a configuration error (exit 2)
 * with one message naming the file, what is wrong and where plans come from.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { buildPlan, serializePlan } from '../../src/plan/index.js';

let dir: string;
let errors = '';
const home = process.cwd();

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-plan-flag-'));
  process.chdir(dir);
  errors = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  // The CLI prints its errors with console.error, which Vitest intercepts before process.stderr.
  vi.spyOn(console, 'error').mockImplementation(
    (...args: unknown[]) => void (errors += `${args.join(' ')}\n`),
  );
});
afterEach(() => {
  process.chdir(home);
  vi.restoreAllMocks();
});

/** Each verb with `--plan <file>` and whatever else it needs to get as far as reading it. */
const VERBS: Record<string, (plan: string) => string[]> = {
  plan: (plan) => ['plan', '--plan', plan, '--shard', '1/2'],
  run: (plan) => ['run', '--plan', plan, '--shard', '1/2', '--', 'true'],
  collect: (plan) => ['collect', '--plan', plan, '--shard', '1/2', '--results', 'none/*.xml'],
  report: (plan) => ['report', '--from', '.', '--plan', plan],
};

describe('--plan <file> in every verb', () => {
  it.each(Object.keys(VERBS))(
    '%s: a truncated plan exits 2, naming the file and where plans come from',
    async (verb) => {
      const path = join(dir, 'plan.json');
      await writeFile(
        path,
        serializePlan(buildPlan({ items: ['a.test.ts', 'b.test.ts'], shards: 2 })).slice(0, 40),
      );
      expect(await main((VERBS[verb] as (p: string) => string[])(path))).toBe(2);
      expect(errors).toContain(path);
      expect(errors).toMatch(/not JSON/);
      expect(errors).toContain('tessera plan --format json --out <file>');
    },
  );

  it.each(Object.keys(VERBS))('%s: a missing plan exits 2 with the same words', async (verb) => {
    const path = join(dir, 'nowhere.json');
    expect(await main((VERBS[verb] as (p: string) => string[])(path))).toBe(2);
    expect(errors).toMatch(new RegExp(`${path.replace(/[.]/g, '\\.')}.*cannot open the plan \\(ENOENT\\)`));
  });

  it('a plan from a newer Tessera exits 2 too', async () => {
    const path = join(dir, 'plan.json');
    await writeFile(path, JSON.stringify({ version: 99 }));
    expect(await main(VERBS.run?.(path) ?? [])).toBe(2);
    expect(errors).toMatch(/newer/i);
  });
});

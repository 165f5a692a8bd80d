import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { encodeHistory } from '../../src/history/codec.js';
import { updateHistory } from '../../src/history/update.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { runRecord, testCase } from '../history/generate.js';
import { TEST_FILES, writeProject } from './project.js';

let project: Awaited<ReturnType<typeof writeProject>>;
let home: string;
let err: string[];

beforeEach(async () => {
  project = await writeProject();
  home = process.cwd();
  process.chdir(project.root);
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err.push(String(chunk));
    return true;
  });
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    err.push(args.join(' '));
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  process.chdir(home);
  await project.remove();
});

const PLAN = ['plan', '--tests', 'test/**', '--shards', '2', '--skip-unchanged'];
const COMMAND = ['--', 'node', '--test', '{file}'];

describe('tessera plan --skip-unchanged', () => {
  it('plans only what a change reaches, from the keys a history file says passed; --no-cache plans all', async () => {
    expect(await main([...PLAN, '--out', 'first.json', ...COMMAND])).toBe(0);
    const first = parsePlan(await readFile('first.json', 'utf8'), 'first.json');
    expect(first.total).toBe(TEST_FILES.length);
    const passed = Object.entries(first.skip?.keys ?? {}).map(([path, key]) => ({ path, key }));
    const history = updateHistory(undefined, {
      ...runRecord(
        TEST_FILES.map((f) => testCase(f, 'works', 'passed')),
        { sha: 'c0ffee'.padEnd(40, '0') },
      ),
      skip: { passed, reused: [] },
    });
    await writeFile('history.json.gz', encodeHistory(history));
    await project.write('src/strings.ts', 'export const upper = (s: string) => s;\n');

    err = [];
    expect(await main([...PLAN, '--history', 'history.json.gz', '--out', 'second.json', ...COMMAND])).toBe(0);
    const second = parsePlan(await readFile('second.json', 'utf8'), 'second.json');
    expect(second.shards.flatMap((s) => s.items).sort()).toEqual([
      'test/plugins.test.mjs',
      'test/required.test.cjs',
      'test/strings.test.ts',
    ]);
    expect(second.skip?.reused.map((r) => r.sha)).toEqual([
      'c0ffee'.padEnd(40, '0'),
      'c0ffee'.padEnd(40, '0'),
    ]);
    expect(err.join('')).toContain('skip-unchanged: 2 of 5 files reused (40% hit rate), 3 run');

    expect(
      await main([...PLAN, '--no-cache', '--history', 'history.json.gz', '--out', 'third.json', ...COMMAND]),
    ).toBe(0);
    expect(parsePlan(await readFile('third.json', 'utf8'), 'third.json').total).toBe(TEST_FILES.length);
  });

  it('refuses --skip-unchanged without the command, a command without it, and a shard job that asks for it', async () => {
    expect(await main(PLAN)).toBe(2);
    expect(err.join('')).toContain('--skip-unchanged needs the test command');
    err = [];
    expect(await main(['plan', '--tests', 'test/**', '--shards', '2', ...COMMAND])).toBe(2);
    expect(err.join('')).toContain('plan takes no command');
    err = [];
    expect(await main(['run', '--shard', '1/2', '--tests', 'test/**', '--skip-unchanged', ...COMMAND])).toBe(
      2,
    );
    expect(err.join('')).toContain('decided once for the whole matrix');
    err = [];
    expect(await main(['plan', '--tests', 'test/**', '--shards', '2', '--out', 'plain.json'])).toBe(0);
    expect(
      await main(['run', '--shard', '1/2', '--plan', 'plain.json', '--skip-unchanged', ...COMMAND]),
    ).toBe(2);
    expect(err.join('')).toContain('the plan of this shard was made without --skip-unchanged');
  });
});

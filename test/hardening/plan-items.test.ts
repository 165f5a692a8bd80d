/**
 * Item 6 of the hardening issue: plan items are repo-relative paths inside the checkout, never options;
 * a plan, a timings-made plan or an item list naming anything else is refused with the item named, and
 * the test command never runs.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { UsageError } from '../../src/model/index.js';
import { itemPathProblem } from '../../src/plan/item-path.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { buildCommandLine, itemsAfterEndOfOptions } from '../../src/run/execute.js';

const HOSTILE = [
  '--require=evil.js',
  '-r',
  '../../etc/passwd',
  'test/../../outside.test.ts',
  '/etc/passwd',
  'C:\\Windows\\system32',
  '\\\\server\\share\\x.test.ts',
  '~/.ssh/id_rsa',
  'test/a\nb.test.ts',
  '',
];

describe('itemPathProblem', () => {
  it.each(HOSTILE)('refuses %j', (item) => {
    expect(itemPathProblem(item)).toBeTypeOf('string');
  });
  it.each(['test/a.test.ts', 'src/with space/x.spec.js', "it's.test.ts", 'a..b.test.ts', 'test/-x.test.ts'])(
    'accepts %j',
    (item) => expect(itemPathProblem(item)).toBeUndefined(),
  );
});

describe('{files} after --', () => {
  it('puts the items after -- for runners that take one, not for others', () => {
    expect(itemsAfterEndOfOptions(['npx', 'jest', '--ci', '{files}'])).toBe(true);
    expect(buildCommandLine(['npx', 'jest', '--ci', '{files}'], ['a.test.ts'], '/r')).toBe(
      'npx jest --ci -- a.test.ts',
    );
    expect(buildCommandLine(['python', '-m', 'pytest'], ['t/test_a.py'], '/r')).toBe(
      'python -m pytest -- t/test_a.py',
    );
    expect(buildCommandLine(['npx', 'vitest', 'run', '{files}'], ['a.test.ts'], '/r')).toBe(
      'npx vitest run a.test.ts',
    );
    // The user's own -- is kept as the only one.
    expect(buildCommandLine(['npx', 'jest', '--', '{files}'], ['a.test.ts'], '/r')).toBe(
      'npx jest -- a.test.ts',
    );
  });
});

describe('a plan naming hostile items', () => {
  let cwd: string;
  let stderr: string;
  const home = process.cwd();
  beforeEach(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'tessera-plan-items-'));
    await mkdir(join(cwd, 'test'));
    await writeFile(join(cwd, 'test/a.test.ts'), '// a\n');
    process.chdir(cwd);
    stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((stderr += String(c)), true));
    vi.spyOn(console, 'error').mockImplementation((...args) => void (stderr += `${args.join(' ')}\n`));
  });
  afterEach(() => {
    process.chdir(home);
    vi.restoreAllMocks();
  });

  async function hostilePlan(item: string): Promise<string> {
    expect(
      await main([
        'plan',
        '--tests',
        'test/*.test.ts',
        '--shards',
        '1',
        '--format',
        'json',
        '--out',
        'plan.json',
      ]),
    ).toBe(0);
    const plan = JSON.parse(await readFile('plan.json', 'utf8')) as { shards: { items: string[] }[] };
    (plan.shards[0] as { items: string[] }).items.push(item);
    await writeFile('evil.json', JSON.stringify(plan));
    return 'evil.json';
  }

  it.each(['--require=evil.js', '../../etc/passwd', '/etc/passwd'])(
    'is refused by run (exit 2), naming %j, before the command runs',
    async (item) => {
      const plan = await hostilePlan(item);
      const code = await main(['run', '--plan', plan, '--shard', '1/1', '--', 'touch', 'ran']);
      expect(code).toBe(2);
      expect(stderr).toContain(`the item ${JSON.stringify(item)} is refused`);
      expect(existsSync(join(cwd, 'ran'))).toBe(false);
    },
  );

  it('is refused by parsePlan with a UsageError naming the shard and the item', async () => {
    const plan = await hostilePlan('--require=evil.js');
    const text = await readFile(plan, 'utf8');
    expect(() => parsePlan(text, 'evil.json')).toThrow(UsageError);
    expect(() => parsePlan(text, 'evil.json')).toThrow(
      /plan evil\.json, shard 1: the item "--require=evil\.js"/,
    );
  });

  it('an item list (--tests-from) naming ../ or an option is refused by plan', async () => {
    await writeFile('list.txt', 'test/a.test.ts\n../../etc/passwd\n');
    expect(await main(['plan', '--tests-from', 'list.txt', '--shards', '1'])).toBe(2);
    expect(stderr).toContain('"../../etc/passwd" is refused');
    await writeFile('list.txt', 'test/a.test.ts\n--require=evil.js\n');
    expect(await main(['plan', '--tests-from', 'list.txt', '--shards', '1'])).toBe(2);
    expect(stderr).toContain('"--require=evil.js" is refused');
  });
});

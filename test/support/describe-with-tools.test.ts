/**
 * describeWithTools in a real Vitest run, end to end: a test file that needs a tool missing from PATH is
 * skipped, with the global setup's one line naming it and `npm run setup:system`, when CI is unset; and fails,
 * saying how to install it, when CI is set. The rule itself is tested in system-tools.test.ts.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './corpus.js';

const fixture = mkdtempSync(join(tmpdir(), 'tessera-describe-with-tools-'));
// PATH is this empty folder, so no tool is on it (Vitest starts its workers with process.execPath).
const emptyPath = mkdtempSync(join(tmpdir(), 'tessera-empty-path-'));
afterAll(() => {
  rmSync(fixture, { recursive: true, force: true });
  rmSync(emptyPath, { recursive: true, force: true });
});

writeFileSync(
  join(fixture, 'needs-cmark.test.ts'),
  [
    "import { it } from 'vitest';",
    `import { describeWithTools } from ${JSON.stringify(join(REPO_ROOT, 'test/support/system-tools.ts'))};`,
    "describeWithTools(['cmark-gfm'], 'the comment through cmark-gfm', () => {",
    "  it('renders', () => { throw new Error('ran without its tool'); });",
    '});',
    '',
  ].join('\n'),
);
writeFileSync(
  join(fixture, 'vitest.config.mjs'),
  `export default { test: { include: ['*.test.ts'], globalSetup: [${JSON.stringify(
    join(REPO_ROOT, 'test/support/global-setup.ts'),
  )}] } };\n`,
);

/** Runs Vitest on the fixture; returns its exit code and output. */
async function vitest(env: Record<string, string>): Promise<{ code: number; output: string }> {
  const bin = join(REPO_ROOT, 'node_modules/vitest/vitest.mjs');
  const args = [
    bin,
    'run',
    '--root',
    fixture,
    '--config',
    join(fixture, 'vitest.config.mjs'),
    '--reporter=verbose',
  ];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, {
      cwd: fixture,
      env: { ...process.env, PATH: emptyPath, CI: '', TESSERA_REQUIRE_TOOLS: '', NO_COLOR: '1', ...env },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('describeWithTools in a real run, with cmark-gfm missing', () => {
  it('skips the block and prints one line naming the tool and the install command when CI is unset', async () => {
    const { code, output } = await vitest({});
    expect(code, output).toBe(0);
    const lines = output.split('\n').filter((line) => line.includes('cmark-gfm is not installed'));
    expect(lines).toEqual([
      expect.stringMatching(/^tessera: skipped: .*install it with `npm run setup:system`$/),
    ]);
    expect(output).toMatch(/1 skipped/);
    expect(output).not.toContain('ran without its tool');
  }, 60_000);

  it('fails, saying how to install it, when CI is set', async () => {
    const { code, output } = await vitest({ CI: 'true' });
    expect(code, output).toBe(1);
    expect(output).toContain('cmark-gfm is required here (CI or TESSERA_REQUIRE_TOOLS=1)');
    expect(output).toContain('run `npm run setup:system`');
    expect(output).not.toMatch(/tessera: skipped: .*cmark-gfm/);
  }, 60_000);
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './corpus.js';
import { SETUP_COMMAND, SYSTEM_TOOLS, missingToolLines, toolGate, toolsRequired } from './system-tools.js';

const nothingInstalled = () => false;
const everythingInstalled = () => true;

describe('the system-tool rule', () => {
  it('skips a missing tool with one line naming it and the install command when CI is unset', () => {
    const gate = toolGate('groovy', { PATH: '' }, nothingInstalled);
    expect(gate.kind).toBe('skip');
    if (gate.kind !== 'skip') return;
    expect(gate.line).toContain('groovy');
    expect(gate.line).toContain(SETUP_COMMAND);
    expect(gate.line.split('\n')).toHaveLength(1);
  });

  it('fails a missing tool when CI is set, or TESSERA_REQUIRE_TOOLS=1', () => {
    for (const env of [{ CI: 'true' }, { CI: '1' }, { TESSERA_REQUIRE_TOOLS: '1' }]) {
      const gate = toolGate('redis-server', env, nothingInstalled);
      expect(gate.kind, JSON.stringify(env)).toBe('fail');
      if (gate.kind === 'fail') expect(gate.message).toContain(SETUP_COMMAND);
    }
  });

  it('treats CI=false and CI=0 as not CI', () => {
    expect(toolsRequired({ CI: 'false' })).toBe(false);
    expect(toolsRequired({ CI: '0' })).toBe(false);
    expect(toolsRequired({})).toBe(false);
  });

  it('runs when every command of the tool is present, and names only the absent ones', () => {
    expect(toolGate('groovy', { CI: 'true' }, everythingInstalled).kind).toBe('run');
    const gate = toolGate('groovy', { CI: 'true' }, (command) => command !== 'groovyc');
    expect(gate.kind).toBe('fail');
    if (gate.kind === 'fail') expect(gate.message).toMatch(/groovyc is not on PATH/);
  });

  it('refuses an unknown tool id instead of skipping', () => {
    expect(() => toolGate('grovy', {}, everythingInstalled)).toThrow(/scripts\/system-tools.json/);
  });

  it('prints one line per missing tool for the whole registry', () => {
    const lines = missingToolLines({ PATH: '' });
    expect(lines).toHaveLength(SYSTEM_TOOLS.size);
    expect(new Set(lines).size).toBe(SYSTEM_TOOLS.size);
  });

  it("is the README quick start's table: one row per tool, with its Debian packages", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const quickStart = readme.slice(
      readme.indexOf('## Quick start'),
      readme.indexOf('\n## ', readme.indexOf('## Quick start')),
    );
    const rows = new Map(
      quickStart.split('\n').flatMap((line) => {
        const id = /^\| `([^`]+)` +\|/.exec(line)?.[1];
        return id === undefined ? [] : [[id, line] as const];
      }),
    );
    expect(
      [...rows.keys()].sort(),
      'README quick start: add or remove rows to match scripts/system-tools.json',
    ).toEqual([...SYSTEM_TOOLS.keys()].sort());
    for (const tool of SYSTEM_TOOLS.values())
      for (const pkg of tool.debian)
        expect(rows.get(tool.id), `README row of ${tool.id}`).toContain(`\`${pkg}\``);
  });
});

import { describe, expect, it } from 'vitest';
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
});

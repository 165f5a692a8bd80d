import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';

describe('the skipUnchanged configuration', () => {
  it('reads inputs, env, per-glob extra inputs, the full-run period and the default branch', () => {
    const config = parseConfig(
      [
        'skipUnchanged:',
        '  inputs: vitest.config.ts',
        '  env: [NODE_ENV]',
        '  extraInputs:',
        '    - tests: "tests/**/*.py"',
        '      inputs: ["src/**/*.py", requirements.txt]',
        '  fullRunEvery: 5',
        '  defaultBranch: trunk',
        '',
      ].join('\n'),
      '.tessera.yml',
    );
    expect(config.skipUnchanged).toEqual({
      inputs: 'vitest.config.ts',
      env: ['NODE_ENV'],
      extraInputs: [{ tests: 'tests/**/*.py', inputs: ['src/**/*.py', 'requirements.txt'] }],
      fullRunEvery: 5,
      defaultBranch: 'trunk',
    });
  });

  it('refuses a bad value with the file, the line and the key', () => {
    expect(() => parseConfig('skipUnchanged:\n  fullRunEvery: 0\n', '.tessera.yml')).toThrow(
      /\.tessera\.yml:2: key `skipUnchanged\.fullRunEvery`/,
    );
    expect(() => parseConfig('skipUnchanged:\n  env: ["NOT A NAME"]\n', '.tessera.yml')).toThrow(
      /key `skipUnchanged\.env\[0\]`: is not an environment variable name/,
    );
    expect(() => parseConfig('{"skipUnchanged": {"extraInput": []}}', 'tessera.config.json')).toThrow(
      /unknown key `skipUnchanged\.extraInput`/,
    );
  });
});

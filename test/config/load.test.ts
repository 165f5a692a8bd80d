import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../src/config/index.js';
import { ConfigError } from '../../src/model/index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadConfig', () => {
  it('reads tessera.config.json, with durations in milliseconds', async () => {
    await writeFile(
      join(dir, 'tessera.config.json'),
      JSON.stringify({
        tests: 'test/**/*.test.ts',
        target: '5m',
        setup: '1m30s',
        maxShards: 8,
        groups: ['db/**'],
      }),
    );
    const { config, file } = await loadConfig(dir);
    expect(file).toBe(join(dir, 'tessera.config.json'));
    expect(config).toEqual({
      tests: 'test/**/*.test.ts',
      target: 300_000,
      setup: 90_000,
      maxShards: 8,
      groups: ['db/**'],
    });
  });

  it('reads .tessera.yml', async () => {
    await writeFile(
      join(dir, '.tessera.yml'),
      [
        'tests:',
        '  - "test/**"',
        '  - "!test/slow/**"',
        'shards: 4',
        'order:',
        '  - [setup.test.ts, "db/**"]',
        '',
      ].join('\n'),
    );
    const { config } = await loadConfig(dir);
    expect(config).toEqual({
      tests: ['test/**', '!test/slow/**'],
      shards: 4,
      order: [['setup.test.ts', 'db/**']],
    });
  });

  it('is empty when there is no file', async () => {
    expect(await loadConfig(dir)).toEqual({ config: {} });
  });

  it('refuses two configuration files at once', async () => {
    await writeFile(join(dir, 'tessera.config.json'), '{}');
    await writeFile(join(dir, '.tessera.yml'), 'shards: 2\n');
    await expect(loadConfig(dir)).rejects.toThrow(
      /several configuration files: tessera\.config\.json and \.tessera\.yml/,
    );
  });

  it('refuses a missing --config file', async () => {
    await expect(loadConfig(dir, join(dir, 'nope.yml'))).rejects.toThrow(ConfigError);
  });
});

describe('the quarantine key', () => {
  it('is a list of ids, globs and fileGlob::titleGlob entries', () => {
    const yaml = "quarantine:\n  - 0123456789abcdef\n  - 'test/legacy/**'\n  - 'test/api/*.ts::users › *'\n";
    expect(parseConfig(yaml, '.tessera.yml').quarantine).toEqual([
      '0123456789abcdef',
      'test/legacy/**',
      'test/api/*.ts::users › *',
    ]);
  });

  it('refuses a single string and blank entries, naming the key', () => {
    expect(() => parseConfig('quarantine: test/legacy/**\n', '.tessera.yml')).toThrow(/key `quarantine`/);
    expect(() => parseConfig('{"quarantine": ["a", " "]}', 'tessera.config.json')).toThrow(
      /key `quarantine\[1\]`/,
    );
  });
});

describe('parseConfig errors name the file and the key', () => {
  it('an unknown key, with its YAML line', () => {
    const parse = () => parseConfig('shards: 2\nshardz: 3\n', '.tessera.yml');
    expect(parse).toThrow(ConfigError);
    expect(parse).toThrow('.tessera.yml:2: unknown key `shardz`');
  });

  it('a bad value, with its path', () => {
    expect(() => parseConfig('{"groups": ["ok/**", 3]}', 'tessera.config.json')).toThrow(
      /^tessera\.config\.json: key `groups\[1\]`/,
    );
  });

  it('a duration that is not one', () => {
    expect(() => parseConfig('target: 5 minutes\n', '.tessera.yml')).toThrow(
      /\.tessera\.yml:1: key `target`: "5 minutes" is not a duration/,
    );
  });

  it('an order chain of one step', () => {
    expect(() => parseConfig('order:\n  - [a.ts]\n', '.tessera.yml')).toThrow(/key `order\[0\]`/);
  });

  it('broken syntax', () => {
    expect(() => parseConfig('{"shards": ', 'tessera.config.json')).toThrow(
      /tessera\.config\.json: not valid JSON/,
    );
    expect(() => parseConfig('shards: [2\n', '.tessera.yml')).toThrow(/\.tessera\.yml:\d+: not valid YAML/);
  });
});

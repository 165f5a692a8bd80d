#!/usr/bin/env node
// `npm run setup:system`: installs the system tools that some tests need (scripts/system-tools.json) with
// apt-get on Debian/Ubuntu, and says what to install elsewhere. Without them `npm test` still passes: the
// tests that need a missing tool are skipped, one line per tool (under CI they fail instead).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const { tools } = JSON.parse(readFileSync(new URL('./system-tools.json', import.meta.url), 'utf8'));

const onPath = (command) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
const missing = tools.filter((tool) => !tool.commands.every(onPath));

if (missing.length === 0) {
  console.log(
    `setup:system: all ${tools.length} system tools are present (${tools.map((t) => t.id).join(', ')}).`,
  );
  process.exit(0);
}

const packages = [...new Set(missing.flatMap((tool) => tool.debian))];
if (!onPath('apt-get')) {
  console.error('setup:system: this is not a Debian/Ubuntu machine (no apt-get). Install these yourself:');
  for (const tool of missing)
    console.error(`  - ${tool.commands.join(', ')} (Debian: ${tool.debian.join(' ')}), for ${tool.for}`);
  process.exit(1);
}

const root = typeof process.getuid !== 'function' || process.getuid() === 0;
if (!root && !onPath('sudo')) {
  console.error(
    `setup:system: installing ${packages.join(' ')} needs root, and there is no sudo: ` +
      'run `npm run setup:system` as root.',
  );
  process.exit(1);
}
const asRoot = root ? [] : ['sudo'];
const run = (args) => {
  console.log(`setup:system: ${[...asRoot, ...args].join(' ')}`);
  const result = spawnSync(asRoot[0] ?? args[0], asRoot.length ? args : args.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`setup:system: '${args.join(' ')}' failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
};
run(['apt-get', 'update', '-qq']);
run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]);

const stillMissing = missing.filter((tool) => !tool.commands.every(onPath));
if (stillMissing.length > 0) {
  console.error(`setup:system: still missing after the install: ${stillMissing.map((t) => t.id).join(', ')}`);
  process.exit(1);
}
console.log(`setup:system: installed ${missing.map((t) => t.id).join(', ')}.`);

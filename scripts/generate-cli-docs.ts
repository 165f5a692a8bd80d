// Writes docs/cli.md from the CLI's commander definitions (`npm run docs:cli`); `--check` only compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProgram } from '../src/cli/main.js';
import { renderCliReference } from './cli-reference.js';

const target = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'docs/cli.md');
const text = renderCliReference(createProgram());
if (process.argv.includes('--check')) {
  const committed = readFileSync(target, 'utf8');
  if (committed !== text) {
    console.error('docs/cli.md differs from the CLI definitions: run `npm run docs:cli` and commit it.');
    process.exitCode = 1;
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}

/**
 * docs/cli.md is generated from the CLI's commander definitions (`npm run docs:cli`): it must equal a fresh
 * rendering, so a flag added, removed or re-described without regenerating it fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/main.js';
import { renderCliReference } from '../../scripts/cli-reference.js';
import { REPO_ROOT } from '../support/corpus.js';

const committed = readFileSync(join(REPO_ROOT, 'docs/cli.md'), 'utf8');

describe('docs/cli.md', () => {
  it('equals the reference rendered from the CLI definitions (run `npm run docs:cli`)', () => {
    expect(committed).toBe(renderCliReference(createProgram()));
  });

  it('lists every flag of every verb', () => {
    for (const command of createProgram().commands)
      for (const option of command.options) expect(committed, option.flags).toContain(`\`${option.flags}\``);
  });

  it('drifts visibly: a flag added to a verb changes the rendering', () => {
    const program = createProgram();
    program.commands
      .find((c) => c.name() === 'report')
      ?.addOption(new Option('--brand-new <x>', 'a flag the docs do not know'));
    expect(renderCliReference(program)).not.toBe(committed);
    expect(renderCliReference(program)).toContain('`--brand-new <x>`');
  });
});

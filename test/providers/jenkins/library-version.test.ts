/**
 * The shared library runs the CLI release it belongs to (`npx --yes tessera-ci@<version>`): the version in
 * vars/tessera.groovy must be the package's, or a library release would drive another CLI than its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/corpus.js';

it('pins the CLI to the package’s own version', () => {
  const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  const groovy = readFileSync(join(REPO_ROOT, 'vars/tessera.groovy'), 'utf8');
  const pinned = /String cliVersion\(\) \{\s*return '([^']+)'/.exec(groovy)?.[1];
  expect(pinned).toBe(version);
  expect(groovy).toContain('npx --yes tessera-ci@${cliVersion()}');
});

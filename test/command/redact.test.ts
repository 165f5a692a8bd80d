/** The recorded test command keeps no secret: the shell expanded `$TOKEN`, the record puts it back. */
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/command/redact.js';

describe('redactSecrets', () => {
  it('puts the value of every secret-looking variable back as $NAME, longest first', () => {
    const env = {
      NPM_TOKEN: 'npm_abcdef123456',
      DB_PASSWORD: 'hunter2hunter2',
      API_KEY: 'k-npm_abcdef123456-x',
      HOME: '/root',
      SHORT_TOKEN: 'abc',
    };
    expect(
      redactSecrets(
        [
          'npx',
          'jest',
          '--token=npm_abcdef123456',
          'k-npm_abcdef123456-x',
          'pw:hunter2hunter2',
          '/root',
          'abc',
        ],
        env,
      ),
    ).toEqual(['npx', 'jest', '--token=$NPM_TOKEN', '$API_KEY', 'pw:$DB_PASSWORD', '/root', 'abc']);
  });
});

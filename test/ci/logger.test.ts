import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLogger, MASK, PLAIN_DIALECT, SecretMasker } from '../../src/ci/index.js';
import { GITHUB_DIALECT } from '../../providers/github/workflow-commands.js';

describe('logger', () => {
  it('never lets a registered token reach the output, in any form or level', () => {
    const token = 'ghp_R3alLookingToken+/=0123456789abcdef';
    let out = '';
    const log = createLogger((t) => (out += t), GITHUB_DIALECT, { debug: true, secrets: [token] });
    log.debug(`debug ${token}`);
    log.info(`clone https://x-access-token:${encodeURIComponent(token)}@github.com/o/r.git`);
    log.warn(`Authorization: Basic ${Buffer.from(token).toString('base64')}`);
    log.error(`jwt part ${Buffer.from(token).toString('base64url')}\nsecond line ${token}`);
    expect(out).not.toContain(token);
    expect(out).not.toContain(encodeURIComponent(token));
    expect(out).not.toContain(Buffer.from(token).toString('base64'));
    expect(out.match(/\*\*\*/g)).toHaveLength(5);
  });

  it('masks secrets registered later, also in group titles, and closes groups on failure', async () => {
    let out = '';
    const log = createLogger((t) => (out += t), PLAIN_DIALECT);
    log.info('before s3cr3t-value');
    log.mask('s3cr3t-value');
    await expect(
      log.group('fetch s3cr3t-value', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(out).toBe('before s3cr3t-value\n── fetch ***\n');
    const gh = createLogger((t) => (out = t), GITHUB_DIALECT);
    await gh.group('g', async () => {}).catch(() => {});
    expect(out).toBe('::endgroup::\n');
  });

  it('ignores secrets too short to mask safely, and hides a secret that contains another whole', () => {
    const masker = new SecretMasker();
    masker.add('abc');
    masker.add(undefined);
    masker.add('token-1234');
    masker.add('token-1234-extended');
    expect(masker.scrub('abc token-1234-extended token-1234')).toBe(`abc ${MASK} ${MASK}`);
  });

  it('hides any secret in any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4 }), fc.string(), fc.string(), (secret, before, after) => {
        const masker = new SecretMasker();
        masker.add(secret);
        expect(masker.scrub(`${before}${secret}${after}`)).not.toContain(secret);
      }),
    );
  });

  it('writes debug lines only when debug is on', () => {
    let out = '';
    createLogger((t) => (out += t), PLAIN_DIALECT).debug('hidden');
    expect(out).toBe('');
    createLogger((t) => (out += t), PLAIN_DIALECT, { debug: true }).debug('shown');
    expect(out).toBe('debug: shown\n');
  });
});

describe('GitHub dialect', () => {
  it('escapes messages so text cannot inject a workflow command', () => {
    expect(GITHUB_DIALECT.line('warn', '50% done\r\n::set-env name=X::y')).toBe(
      '::warning::50%25 done%0D%0A::set-env name=X::y\n',
    );
    expect(GITHUB_DIALECT.line('info', 'ok\n::add-mask::x')).toBe('ok\n: :add-mask::x\n');
    expect(GITHUB_DIALECT.groupStart('a\nb')).toBe('::group::a%0Ab\n');
  });
});

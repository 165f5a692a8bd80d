import { describe, expect, it } from 'vitest';
import { detach, StringInterner } from '../../../src/formats/common/detach.js';

describe('detach', () => {
  it('returns an equal string, short or long, one-byte or two-byte', () => {
    const chunk = `<testcase name="${'x'.repeat(40)} Zoë 😀 done"/>`;
    const trace = `Error: boom\n${'    at frame (/src/a.ts:1:2) Zoë\n'.repeat(60)}`;
    const long = `${trace}\uD800 😀`.slice(7);
    for (const text of ['', 'a', 'short', chunk.slice(16, 70), chunk.slice(3, 60), chunk, trace, long]) {
      expect(detach(text)).toBe(text);
    }
  });
});

describe('StringInterner', () => {
  it('gives one kept string per distinct value', () => {
    const strings = new StringInterner();
    const chunk =
      'inventory/validation/rate-limit-mapper.test.ts|inventory/validation/rate-limit-mapper.test.ts';
    const first = strings.intern(chunk.slice(0, 46));
    const second = strings.intern(chunk.slice(47));
    expect(first).toBe('inventory/validation/rate-limit-mapper.test.ts');
    expect(second).toBe(first);
    expect(strings.intern('other')).toBe('other');
  });
});

describe('detach: odd characters', () => {
  it('keeps lone surrogates, quotes, backslashes and controls as they were', () => {
    const text = `a "quoted" \\ back\u0001slash \uD800 lone \uDFFF and 😀 and \u2028 separator`;
    expect(detach(text)).toBe(text);
    expect(detach(`${text}${text}`.slice(5, 60))).toBe(`${text}${text}`.slice(5, 60));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, excerpt, fencedBlock } from '../../src/render/escape-markdown.js';

describe('escapeMarkdown', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['use `rm -rf`', 'use \\`rm -rf\\`'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['ping @octocat and @org/team', 'ping @\u200Boctocat and @\u200Borg/team'],
    ['fixes #123', 'fixes #\u200B123'],
    ['[click](https://evil.example)', '\\[click\\]\u200B(https://evil.example)'],
    ['**bold** _it_ ~strike~', '\\*\\*bold\\*\\* \\_it\\_ \\~strike\\~'],
    ['back\\slash', 'back\\\\slash'],
    ['&amp; stays literal', '&amp;amp; stays literal'],
    ['two\nlines\r\nhere', 'two lines here'],
    ['bell\u0007 esc\u001b[31m', 'bell\uFFFD esc'],
    ['dev@example.com is no mention', 'dev@example.com is no mention'],
    ['org/repo#12', 'org/repo#\u200B12'],
    ['plain words', 'plain words'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('never lets a link, a table break or a tag through, whatever the input', () => {
    const hostile = '](javascript:alert(1)) | <script> ` @all #1';
    const out = escapeMarkdown(hostile);
    expect(out).not.toMatch(/(^|[^\\])\|/);
    expect(out).not.toContain('](');
    expect(out).not.toContain('<');
    expect(out).not.toMatch(/@all|#1/);
  });
});

describe('escapeMarkdown on arbitrary text', () => {
  it('never leaves a line break, an unescaped pipe or backtick, a tag, a link, a mention or a reference', () => {
    const unit = fc.oneof(
      fc.constantFrom('|', '`', '<', '>', '[', ']', '(', ')', '@', '#', '1', 'a', '\\', '\n', '\r', ' ', '&'),
      fc.string({ maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const out = escapeMarkdown(text);
        expect(out).not.toMatch(/[\r\n<>]/);
        // Every pipe and backtick is preceded by an odd number of backslashes, i.e. escaped.
        for (const m of out.matchAll(/(\\*)[|`]/g)) expect((m[1] ?? '').length % 2).toBe(1);
        expect(out).not.toContain('](');
        expect(out).not.toMatch(/(^|[^\w])@[A-Za-z0-9]/);
        expect(out).not.toMatch(/#\d/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('fencedBlock', () => {
  it('uses a fence longer than any backtick run so the text cannot close it', () => {
    expect(fencedBlock('a ``` b', 'text')).toBe('````text\na ``` b\n````');
    expect(fencedBlock('plain\r\n\n')).toBe('```\nplain\n```');
    expect(fencedBlock('x', 'js; rm')).toBe('```jsrm\nx\n```');
  });
});

describe('excerpt', () => {
  it('cuts to the limit with an ellipsis and can keep the first non-empty line only', () => {
    expect(excerpt('abcdefghij', 5)).toBe('abcd…');
    expect(excerpt('short', 5)).toBe('short');
    expect(excerpt('\n  first line\nsecond', 50, true)).toBe('first line');
  });
});

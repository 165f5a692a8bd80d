import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bounded, categoryFromText, stripAnsi } from '../../../src/formats/common/bounded-text.js';
import { positionAt, readText } from '../../../src/formats/common/decode.js';
import { makeFailure } from '../../../src/formats/common/failure.js';
import { checkShape, parseJsonText } from '../../../src/formats/common/json-document.js';
import { looseBoolean, looseNumber, looseString, looseStrings } from '../../../src/formats/common/lenient.js';
import type { ResultInput } from '../../../src/formats/reader.js';
import { ParseError } from '../../../src/model/index.js';

/** An input that arrives in the given chunks, to test decoding across chunk boundaries. */
function chunked(...chunks: Uint8Array[]): ResultInput {
  return {
    name: 'chunked',
    async *chunks() {
      yield* chunks;
    },
  };
}

describe('decoding', () => {
  it('decodes a multi-byte character split across chunks without a warning', async () => {
    const bytes = Buffer.from('a✓b');
    const { text, warnings } = await readText(chunked(bytes.subarray(0, 2), bytes.subarray(2)), {
      maxBytes: 100,
    });
    expect(text).toBe('a✓b');
    expect(warnings).toEqual([]);
  });

  it('drops a UTF-8 BOM and keeps a literal U+FFFD without calling it invalid', async () => {
    const input = chunked(Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('x\uFFFDy'));
    expect(await readText(input, { maxBytes: 100 })).toEqual({ text: 'x\uFFFDy', warnings: [] });
  });

  it('reads UTF-16 big-endian with its BOM', async () => {
    const body = Buffer.from('héllo', 'utf16le').swap16();
    expect((await readText(chunked(Buffer.from([0xfe, 0xff]), body), { maxBytes: 100 })).text).toBe('héllo');
  });

  it('stops at the size cap as soon as it is passed', async () => {
    let served = 0;
    const endless: ResultInput = {
      name: 'endless',
      async *chunks() {
        for (;;) {
          served++;
          yield Buffer.alloc(1024, 0x61);
        }
      },
    };
    await expect(readText(endless, { maxBytes: 4096 })).rejects.toBeInstanceOf(ParseError);
    expect(served).toBe(5);
  });

  it('turns a failing stream into a ParseError naming the file', async () => {
    const broken: ResultInput = {
      name: 'gone.json',
      // eslint-disable-next-line require-yield
      async *chunks() {
        throw Object.assign(new Error('vanished'), { code: 'ENOENT' });
      },
    };
    const error = await readText(broken, { maxBytes: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).toContain('gone.json');
    expect((error as ParseError).message).toContain('ENOENT');
  });

  it('computes 1-based line and column of an offset', () => {
    expect(positionAt('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt('ab\ncd\nef', 99)).toEqual({ line: 3, column: 3 });
  });
});

describe('JSON documents', () => {
  it('places a syntax error at its line and column', () => {
    const error = (() => {
      try {
        parseJsonText('f.json', '{\n  "a": 1,\n  "b": ]\n}');
      } catch (e) {
        return e as ParseError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ file: 'f.json', line: 3, column: 8 });
    expect(error?.message).toBe("f.json:3:8: invalid JSON: Unexpected token ']'");
  });

  it.each([
    ['{"a": 1,}', 1, 9],
    ['{"a": tru}', 1, 10],
    ['[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, x, 15, 16, 17]', 1, 45],
    ['{"a": "b"} {', 1, 12],
  ])('finds the error in %s', (text, line, column) => {
    try {
      parseJsonText('f.json', text);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ line, column });
    }
  });

  it('names the JSON path and the expected format of a shape error', () => {
    const schema = z.object({ a: z.array(z.object({ b: z.string() })) });
    expect(() => checkShape('f.json', { a: [{ b: 'x' }, { b: 3 }] }, schema, 'a thing')).toThrow(
      /not a thing: a\[1\]\.b/,
    );
  });

  it('reads drifting field types leniently', () => {
    const schema = z.object({ n: looseNumber, s: looseString, l: looseStrings, b: looseBoolean });
    expect(schema.parse({ n: '12.5', s: 7, l: 'one', b: 'true' })).toEqual({
      n: 12.5,
      s: '7',
      l: ['one'],
      b: true,
    });
    expect(schema.parse({ n: 'x', s: {}, l: [1, 'a'], b: 1 })).toEqual({
      n: undefined,
      s: undefined,
      l: ['a'],
      b: undefined,
    });
    expect(schema.parse({})).toEqual({ n: undefined, s: undefined, l: [], b: undefined });
  });
});

describe('bounded texts and failures', () => {
  it('cuts once, and leaves an already cut text alone', () => {
    const once = bounded('x'.repeat(50), 10);
    expect(once).toBe(`${'x'.repeat(10)}\n… [40 more characters cut]`);
    expect(bounded(once, 10)).toBe(once);
    expect(bounded('', 10)).toBeUndefined();
  });

  it('strips colour codes', () => {
    expect(stripAnsi('\u001b[31mred\u001b[39m and \u001b[2mdim\u001b[22m')).toBe('red and dim');
  });

  it('guesses timeouts, assertions and errors from the message', () => {
    expect(categoryFromText('Test timeout of 30000ms exceeded.')).toBe('timeout');
    expect(categoryFromText('AssertionError: expected 2 to be 3')).toBe('assertion');
    expect(categoryFromText('  Expected: True\n  But was:  False')).toBe('assertion');
    expect(categoryFromText('TypeError: x is not a function')).toBe('error');
  });

  it('takes the message from the first line of a trace and the type from its prefix', () => {
    const failure = makeFailure(
      { trace: 'TypeError: x is not a function\n    at f (a.js:1:1)' },
      { maxMessageChars: 100 },
    );
    expect(failure).toEqual({
      category: 'error',
      message: 'TypeError: x is not a function',
      type: 'TypeError',
      trace: 'TypeError: x is not a function\n    at f (a.js:1:1)',
    });
  });
});

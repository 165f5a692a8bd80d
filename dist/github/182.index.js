export const id = 182;
export const ids = [182];
export const modules = {

/***/ 43907:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ detach),
/* harmony export */   Z: () => (/* binding */ StringInterner)
/* harmony export */ });
/**
 * Copies of parser strings that do not keep the parser's input alive.
 *
 * V8 makes a substring of 13 or more characters a *sliced string*: a view into its parent. The strings a
 * SAX parser hands over (attribute values, text) are substrings of the decoded input chunk, so a test that
 * keeps its name as given keeps the whole 256 KiB chunk alive, and reading 100,000 tests ends up holding
 * the entire input text. Detaching the strings that are kept (names, paths, messages, output) lets each
 * chunk go as soon as it is parsed.
 */
/** Below this length V8 copies substrings anyway (`SlicedString::kMinLength`), so there is nothing to do. */
const MIN_SLICED_LENGTH = 13;
/**
 * From this length on, a copy through a one-character prefix is used (see {@link detach}): its 40 bytes more
 * are under 4% of the string, and it costs a tenth of the JSON round trip, which escapes and unescapes every
 * newline of a stack trace (2.5 µs for a 1.5 KB trace; 144 ms of 1.5 s reading the failure-heavy shape).
 */
const LONG_TEXT_LENGTH = 1024;
/**
 * A string equal to `text` that shares no storage with the text it was cut from: a fresh flat string of
 * exactly its length. A JSON round trip is the cheapest exact copy found (0.2–0.3 µs for a test name).
 * Alternatives measured: `(' ' + text).slice(1)` takes half the time but leaves a view of a copy one
 * character longer, 40 more bytes per string, which at 960,000 tests raised peak RSS by 70 MiB (817 vs
 * 744 MiB) with no CPU difference measurable end to end; `repeat(1)`, `concat('')` and `normalize()`
 * return the slice itself. Lone surrogates survive the round trip (JSON.stringify escapes them, JSON.parse
 * restores them). Long texts (messages, traces, output) take the prefix copy instead: there the 40 bytes do
 * not matter and the round trip's escaping does.
 */
function detach(text) {
    if (text.length < MIN_SLICED_LENGTH)
        return text;
    // Flattening the two-piece string copies `text` into a new string; the slice is a view of that copy only.
    if (text.length >= LONG_TEXT_LENGTH)
        return ` ${text}`.slice(1);
    return JSON.parse(JSON.stringify(text));
}
/**
 * Detached copies of repeated strings, one per distinct value: a file's thousands of tests share a few
 * paths, class names and suite names, and each is stored (and hashed as a map key) once.
 */
class StringInterner {
    seen = new Map();
    /** The one detached copy of `text`. */
    intern(text) {
        let kept = this.seen.get(text);
        if (kept === undefined) {
            kept = detach(text);
            this.seen.set(kept, kept);
        }
        return kept;
    }
}


/***/ }),

/***/ 88600:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O$: () => (/* reexport */ formats_reader/* DEFAULT_READ_OPTIONS */.O$),
  Fg: () => (/* reexport */ formats_reader/* fileInput */.Fg),
  zy: () => (/* binding */ readHead),
  kk: () => (/* binding */ readResultFile)
});

// UNUSED EXPORTS: READERS, bufferInput, pickReader, readResults

// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
// EXTERNAL MODULE: ./src/formats/reader.js
var formats_reader = __webpack_require__(99055);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(29143);
;// CONCATENATED MODULE: ./src/formats/common/bounded-text.js
const CUT_MARKER = /\n… \[\d+ more characters cut\]$/;
/**
 * Cuts a text to `max` characters, saying how much was cut. Returns undefined for an empty text. A text
 * already cut to `max` (a streaming reader bounds while reading) is left as it is, marker included.
 */
function bounded(text, max) {
    if (text === undefined || text.length === 0)
        return undefined;
    if (text.length <= max)
        return text;
    const marker = CUT_MARKER.exec(text);
    if (marker && marker.index <= max)
        return text;
    return `${text.slice(0, max)}\n… [${text.length - max} more characters cut]`;
}
// ANSI colour and cursor sequences (CSI and OSC); Playwright and Jest colour their failure messages.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
/** Removes terminal colour codes: they are noise in a PR comment and in history. */
function stripAnsi(text) {
    return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}
/** The first non-empty line of a text: a failure's one-line message when only a full text is given. */
function firstLine(text) {
    if (text === undefined)
        return undefined;
    const line = text
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l.length > 0);
    return line;
}
const TIMEOUT = /\btim(?:ed|e)[ -]?out\b|\bexceeded timeout\b|\btimeout of \d+ ?ms\b/i;
const ASSERTION = /\bAssertion(?:Error|Exception|FailedError)?\b|\bexpect(?:ed)?\b|\bExpected\b|\bBut was\b|\bAssert\.|\bto(?:Be|Equal|StrictEqual|Match)\w*\b|\bERR_ASSERTION\b|\bShould\.|\bExpectation/;
/**
 * Category of a failure from its message (and type): timeouts first, then assertions; anything else is
 * an `error` (the test threw). Formats with an explicit field (TRX Timeout, Playwright timedOut) say so
 * directly instead.
 */
function categoryFromText(...texts) {
    const text = texts.filter((t) => t !== undefined).join('\n');
    if (TIMEOUT.test(text))
        return 'timeout';
    if (ASSERTION.test(text))
        return 'assertion';
    return 'error';
}

;// CONCATENATED MODULE: ./src/formats/common/failure.js

// `AssertionError: expected …`, `Error: boom`, `System.DivideByZeroException : Attempted …`.
const TYPE_PREFIX = /^([A-Za-z_$][\w$.]*(?:Error|Exception|Failure))(?:\s*\[[^\]]*\])?\s*:/;
/** A bounded, colour-free Failure. The message defaults to the first line of the trace. */
function makeFailure(text, options) {
    const trace = text.trace !== undefined ? stripAnsi(text.trace) : undefined;
    const message = stripAnsi(text.message ?? '').trim() || firstLine(trace);
    const head = firstLine(message);
    const type = text.type ?? (head !== undefined ? TYPE_PREFIX.exec(head)?.[1] : undefined);
    const category = text.category ?? categoryFromText(head, type);
    const boundedMessage = bounded(message, options.maxMessageChars);
    const boundedTrace = trace !== undefined && trace.trim() !== message ? bounded(trace, options.maxMessageChars) : undefined;
    return {
        category,
        ...(boundedMessage !== undefined ? { message: boundedMessage } : {}),
        ...(type !== undefined ? { type } : {}),
        ...(boundedTrace !== undefined ? { trace: boundedTrace } : {}),
    };
}
/** Joins captured output lines (Playwright and CTRF give arrays) and bounds the result. */
function boundedOutput(lines, max) {
    if (lines === undefined)
        return undefined;
    const text = typeof lines === 'string' ? lines : lines.join('');
    return bounded(stripAnsi(text), max);
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/formats/common/decode.js
/**
 * Turns a result input's bytes into text for the non-JUnit readers: enforces the size cap while the bytes
 * arrive, honours a UTF-8 or UTF-16 byte-order mark, and decodes invalid bytes to U+FFFD with a warning
 * rather than failing (one bad byte in a test name must not cost the whole file).
 */


function encodingOf(first) {
    if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf)
        return { encoding: 'utf-8', bomBytes: 3 };
    if (first[0] === 0xff && first[1] === 0xfe)
        return { encoding: 'utf-16le', bomBytes: 2 };
    if (first[0] === 0xfe && first[1] === 0xff)
        return { encoding: 'utf-16be', bomBytes: 2 };
    return { encoding: 'utf-8', bomBytes: 0 };
}
/** The ParseError for an input over the size cap. */
function tooLarge(name, maxBytes) {
    return new model/* ParseError */.mB(name, `the file is over the ${maxBytes}-byte limit`, {}, 'Split the results into several files, or raise the limit with --max-file-size.');
}
/** The bytes U+FFFD itself is written as, per encoding: a literal replacement character is not an error. */
const REPLACEMENT_BYTES = {
    'utf-8': Buffer.from([0xef, 0xbf, 0xbd]),
    'utf-16le': Buffer.from([0xfd, 0xff]),
    'utf-16be': Buffer.from([0xff, 0xfd]),
};
/** How many times a character occurs in a text. */
function charCount(text, char) {
    let count = 0;
    for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1))
        count++;
    return count;
}
/** How many times a byte sequence occurs in bytes. */
function byteCount(bytes, sequence) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let count = 0;
    for (let i = buffer.indexOf(sequence); i !== -1; i = buffer.indexOf(sequence, i + 1))
        count++;
    return count;
}
/**
 * Streams an input as text pieces. Stops with a ParseError as soon as more than `options.maxBytes` bytes
 * have arrived, so an oversized file is never held in memory. `onInvalid` is called once when the bytes
 * are not valid in their encoding (they decode to U+FFFD).
 */
async function* decodeChunks(input, options, onInvalid = () => undefined) {
    let decoder;
    let encoding = 'utf-8';
    let seen = 0;
    let reported = false;
    // Invalid bytes are found by counting replacement characters the bytes did not spell out themselves:
    // one decoding pass instead of a strict and a lenient one. A literal U+FFFD split across two chunks
    // can cause a false warning, never a lost one.
    const check = (bytes, text) => {
        if (reported || !text.includes('\uFFFD'))
            return;
        if (charCount(text, '\uFFFD') > byteCount(bytes, REPLACEMENT_BYTES[encoding])) {
            reported = true;
            onInvalid(encoding);
        }
    };
    for await (const chunk of readChunks(input)) {
        seen += chunk.byteLength;
        if (seen > options.maxBytes)
            throw tooLarge(input.name, options.maxBytes);
        let bytes = chunk;
        if (!decoder) {
            // The BOM could straddle the first chunk boundary only in theory: real inputs arrive in kilobytes.
            const found = encodingOf(chunk);
            encoding = found.encoding;
            decoder = new external_node_util_.TextDecoder(encoding, { ignoreBOM: true });
            bytes = chunk.subarray(found.bomBytes);
        }
        const text = decoder.decode(bytes, { stream: true });
        check(bytes, text);
        if (text.length > 0)
            yield text;
    }
    if (decoder) {
        const rest = decoder.decode();
        check(new Uint8Array(0), rest);
        if (rest.length > 0)
            yield rest;
    }
}
/** Reads a whole input as text, within the size cap. */
async function readText(input, options) {
    const warnings = [];
    const pieces = [];
    for await (const piece of decodeChunks(input, options, (encoding) => warnings.push(`${input.name}: bytes that are not valid ${encoding} were replaced with U+FFFD`)))
        pieces.push(piece);
    return { text: pieces.join(''), warnings };
}
/** The input's chunks; an I/O failure (a file deleted mid-read) becomes a ParseError naming the file. */
async function* readChunks(input) {
    const iterator = input.chunks()[Symbol.asyncIterator]();
    try {
        for (;;) {
            let step;
            try {
                step = await iterator.next();
            }
            catch (cause) {
                throw new model/* ParseError */.mB(input.name, `cannot read the file (${cause.code ?? String(cause)})`, {}, 'Check that the file exists and is readable.', { cause });
            }
            if (step.done)
                return;
            yield step.value;
        }
    }
    finally {
        // A reader that stops early (size cap, syntax error) must still close the file behind the iterator.
        await iterator.return?.();
    }
}
/** 1-based line and column of a character offset in a text. */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(Math.max(offset, 0), text.length);
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: end - lineStart + 1 };
}

;// CONCATENATED MODULE: ./src/formats/common/json-document.js


// V8 reports most errors `at position N`, but an unexpected token only with up to 10 characters of context
// either side: `Unexpected token 'x', ..."context"... is not valid JSON`.
const CONTEXT = /, (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/;
const CONTEXT_CHARS = 10;
/** Character offset of a JSON.parse error from V8's message; the end of the text when it names none. */
function errorOffset(message, text) {
    const position = /at position (\d+)/.exec(message);
    if (position)
        return Number(position[1]);
    const context = CONTEXT.exec(message);
    const start = context ? text.indexOf(context[2] ?? '') : -1;
    if (context && start !== -1) {
        const [, before, snippet = '', after] = context;
        if (before)
            return start + CONTEXT_CHARS;
        if (after)
            return start + snippet.length - CONTEXT_CHARS;
        const token = /^Unexpected token '(.)'/.exec(message)?.[1];
        return start + Math.max(0, token ? snippet.indexOf(token) : 0);
    }
    return text.length;
}
/** Parses JSON text; a syntax error becomes a ParseError at its line and column. */
function parseJsonText(name, text) {
    try {
        return JSON.parse(text);
    }
    catch (cause) {
        const message = cause.message;
        const offset = errorOffset(message, text);
        const reason = message.replace(CONTEXT, '').replace(/ in JSON at position \d+.*$/, '');
        // Newer V8 also states `(line L column C)`; the offset gives the same place on every Node version.
        const truncated = /end of JSON input|Unterminated/.test(reason) || offset >= text.trimEnd().length;
        throw new model/* ParseError */.mB(name, `invalid JSON: ${reason}`, positionAt(text, offset), truncated
            ? 'The file ends mid-document: the reporter was probably killed before it finished writing.'
            : undefined, { cause });
    }
}
/** `a.b[2].c` from a zod issue path. */
function jsonPath(path) {
    let out = '';
    for (const key of path)
        out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
    return out || '(document root)';
}
/**
 * Checks a parsed value against a schema. `expected` describes the format for the message, e.g.
 * `a CTRF report ({"results": {"tool": …, "tests": […]}})`.
 */
function checkShape(name, value, schema, expected) {
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const where = issue ? `${jsonPath(issue.path)}: ${issue.message}` : 'unexpected shape';
    throw new model/* ParseError */.mB(name, `not ${expected}: ${where}`, {}, 'Check that the file was written by that reporter and is complete.');
}
/** Reads, parses and shape-checks a JSON result input. Throws only ParseError. */
async function readJsonDocument(input, options, schema, expected) {
    const { text, warnings } = await readText(input, options);
    if (text.trim().length === 0)
        throw new model/* ParseError */.mB(input.name, 'the file is empty', {}, 'The test runner wrote nothing: check that it ran and finished.');
    const parsed = parseJsonText(input.name, text);
    return { value: checkShape(input.name, parsed, schema, expected), warnings };
}

;// CONCATENATED MODULE: ./src/formats/common/lenient.js
/**
 * Lenient zod field types for JSON reporters whose output drifts from their own documentation: a field of
 * the wrong type reads as absent instead of failing the whole file. Only the fields a reader cannot do
 * without are strict.
 */

/** A number, or a numeric string (`"150"`, `"1.5"`); anything else reads as undefined. */
const looseNumber = schemas/* unknown */.L5J()
    .optional()
    .transform((v) => {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : undefined;
    if (typeof v === 'string' && v.trim() !== '') {
        const n = Number(v.trim());
        return Number.isFinite(n) ? n : undefined;
    }
    return undefined;
});
/** A string; numbers and booleans are stringified, anything else reads as undefined. */
const looseString = schemas/* unknown */.L5J()
    .optional()
    .transform((v) => {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return undefined;
});
/** An array of strings; a single string becomes a one-element array; other items are dropped. */
const looseStrings = schemas/* unknown */.L5J()
    .optional()
    .transform((v) => {
    if (typeof v === 'string')
        return [v];
    if (!Array.isArray(v))
        return [];
    return v.filter((x) => typeof x === 'string');
});
/** A boolean, or the strings `"true"`/`"false"`. */
const looseBoolean = schemas/* unknown */.L5J()
    .optional()
    .transform((v) => {
    if (typeof v === 'boolean')
        return v;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    return undefined;
});

// EXTERNAL MODULE: ./src/model/arrays.js
var arrays = __webpack_require__(96545);
;// CONCATENATED MODULE: ./src/formats/ctrf/reader.js
/**
 * CTRF JSON (Common Test Report Format), read leniently. Real reporters drift from the schema: older ones
 * write `suite` as one `"file > describe"` string and put the suite path into `name`, some write durations
 * as strings, statuses include `pending` and `other`, and retries appear as `retries` + `flaky` with or
 * without a `retryAttempts` list (which may or may not include the final run). Only `results.tests` and
 * each test's `name` are required.
 */







const attemptSchema = schemas/* object */.Ikc({
    attempt: looseNumber,
    status: looseString,
    duration: looseNumber,
    message: looseString,
    trace: looseString,
    stdout: looseStrings,
    stderr: looseStrings,
});
const testSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    status: looseString,
    duration: looseNumber,
    message: looseString,
    trace: looseString,
    rawStatus: looseString,
    line: looseNumber,
    filePath: looseString,
    suite: schemas/* union */.KCZ([schemas/* array */.YOg(schemas/* string */.YjP()), schemas/* string */.YjP()])
        .optional()
        .catch(undefined),
    browser: looseString,
    retries: looseNumber,
    flaky: looseBoolean,
    retryAttempts: schemas/* array */.YOg(attemptSchema).catch([]).default([]),
    stdout: looseStrings,
    stderr: looseStrings,
});
const documentSchema = schemas/* object */.Ikc({
    results: schemas/* object */.Ikc({ tests: schemas/* array */.YOg(schemas/* unknown */.L5J()) }),
});
const EXPECTED = 'a CTRF report ({"results": {"tool": …, "tests": [{"name", "status", "duration"}]}})';
/** Our status for a CTRF status; `other` is unknown to us, so it did not demonstrably pass or fail. */
function statusOf(status) {
    switch (status) {
        case 'passed':
            return 'passed';
        case 'failed':
            return 'failed';
        case 'skipped':
        case 'pending':
        case 'other':
            return 'skipped';
        default:
            return undefined;
    }
}
function toAttempt(a, options) {
    const status = statusOf(a.status) ?? 'skipped';
    const stdout = boundedOutput(a.stdout.length > 0 ? a.stdout : undefined, options.maxOutputChars);
    const stderr = boundedOutput(a.stderr.length > 0 ? a.stderr : undefined, options.maxOutputChars);
    const output = { ...(stdout !== undefined ? { stdout } : {}), ...(stderr !== undefined ? { stderr } : {}) };
    if (status === 'failed') {
        const timedOut = a.rawStatus !== undefined && /^timed ?out$/i.test(a.rawStatus);
        const failure = makeFailure({ message: a.message, trace: a.trace, ...(timedOut ? { category: 'timeout' } : {}) }, options);
        return { status, durationMs: a.durationMs, failure, ...output };
    }
    const skipMessage = status === 'skipped' && a.status !== 'skipped' ? a.status : undefined;
    return { status, durationMs: a.durationMs, ...(skipMessage ? { skipMessage } : {}), ...output };
}
function finalAttemptText(t) {
    return {
        status: t.status,
        rawStatus: t.rawStatus,
        durationMs: t.duration ?? 0,
        message: t.message,
        trace: t.trace,
        stdout: t.stdout,
        stderr: t.stderr,
    };
}
function retryText(a) {
    return {
        status: a.status,
        durationMs: a.duration ?? 0,
        message: a.message,
        trace: a.trace,
        stdout: a.stdout,
        stderr: a.stderr,
    };
}
/**
 * A test's attempts. `retryAttempts` is used when present; it is complete when its last entry is the final
 * run (attempt number `retries + 1`, or the same status as the test), otherwise the test's own fields are
 * the final run. Without a list, `retries: n` means n failed runs before the final one.
 */
function attemptsOf(t, options) {
    const final = finalAttemptText(t);
    const listed = [...t.retryAttempts].sort((a, b) => (a.attempt ?? 0) - (b.attempt ?? 0));
    const last = listed.at(-1);
    if (last !== undefined) {
        const complete = t.retries !== undefined && last.attempt !== undefined
            ? last.attempt === t.retries + 1
            : last.status === t.status;
        const texts = listed.slice(0, -1).map(retryText);
        (0,arrays/* appendAll */.u2)(texts, complete ? [withFinalDetails(retryText(last), final)] : [retryText(last), final]);
        return texts.map((a) => toAttempt(a, options));
    }
    let earlier = t.retries ?? 0;
    // `flaky: true` with no retry count still means at least one failed run before the pass.
    if (earlier === 0 && t.flaky === true && t.status === 'passed')
        earlier = 1;
    const attempts = [];
    for (let i = 0; i < earlier; i++)
        attempts.push({
            status: 'failed',
            durationMs: 0,
            failure: makeFailure(t.status === 'failed' ? { message: t.message, trace: t.trace } : { message: 'failed before a retry' }, options),
        });
    attempts.push(toAttempt(final, options));
    return attempts;
}
/** The listed final run, with the test-level message, trace and output where the entry has none. */
function withFinalDetails(entry, final) {
    return {
        status: entry.status,
        rawStatus: final.rawStatus,
        durationMs: entry.durationMs,
        message: entry.message ?? final.message,
        trace: entry.trace ?? final.trace,
        stdout: entry.stdout.length > 0 ? entry.stdout : final.stdout,
        stderr: entry.stderr.length > 0 ? entry.stderr : final.stderr,
    };
}
/**
 * Suite path and name. Reporters that write `suite` as one string (`"calc.test.js > calculator"`, the
 * pre-1.0 form of jest-ctrf and playwright-ctrf) start it with the file name, kept separately here, and
 * jest-ctrf repeats the describe path in the name: both are taken off so the id matches the same test
 * read from other formats. An array `suite` (the 1.0 form) is taken as written.
 */
function identityOf(t, file) {
    if (typeof t.suite !== 'string')
        return { suite: [...(t.suite ?? [])], name: t.name };
    let suite = t.suite
        .split(' > ')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
    if (file !== undefined && suite[0] === (0,external_node_path_.basename)(file))
        suite = suite.slice(1);
    const prefix = `${suite.join(' ')} `;
    const repeatsSuite = suite.length > 0 && t.name.startsWith(prefix) && t.name.length > prefix.length;
    return { suite, name: repeatsSuite ? t.name.slice(prefix.length) : t.name };
}
/** Reads a CTRF report. Throws only ParseError. */
async function readCtrf(input, options) {
    const { value, warnings: decodeWarnings } = await readJsonDocument(input, options, documentSchema, EXPECTED);
    const warnings = [...decodeWarnings];
    const root = options.root ?? process.cwd();
    const drafts = [];
    value.results.tests.forEach((raw, index) => {
        const parsed = testSchema.safeParse(raw);
        if (!parsed.success) {
            warnings.push(`${input.name}: results.tests[${index}] has no name and was left out`);
            return;
        }
        const t = parsed.data;
        if (statusOf(t.status) === undefined)
            warnings.push(`${input.name}: test ${JSON.stringify(t.name)} has unknown status ${JSON.stringify(t.status)}, read as skipped`);
        const file = t.filePath !== undefined && t.filePath !== '' ? (0,model/* normalizePath */.Fd)(t.filePath, root) : undefined;
        drafts.push({
            ...(file !== undefined ? { file } : {}),
            ...(t.line !== undefined ? { line: t.line } : {}),
            ...identityOf(t, file),
            ...(t.browser ? { project: t.browser } : {}),
            attempts: attemptsOf(t, options),
        });
    });
    return { source: input.name, format: 'ctrf', tests: (0,model/* foldTests */.Pm)(drafts), suites: [], warnings };
}
/** Top-level CTRF keys a producer may write first. */
const CTRF_FIRST_KEYS = new Set([
    'reportFormat',
    'specVersion',
    'reportId',
    'timestamp',
    'generatedBy',
    'results',
]);
/** The CTRF reader. */
const ctrfReader = {
    format: 'ctrf',
    // CTRF documents open with one of their own top-level keys (`reportFormat` since 1.0, `results` before);
    // a schema or a test suite that merely embeds CTRF documents opens with something else.
    sniff: (head) => {
        const firstKey = /^\s*\{\s*"([^"]*)"/.exec(head)?.[1];
        if (firstKey === undefined || !CTRF_FIRST_KEYS.has(firstKey))
            return false;
        return (/"reportFormat"\s*:\s*"CTRF"/i.test(head) ||
            (/"results"\s*:\s*\{/.test(head) && head.includes('"tool"')));
    },
    read: readCtrf,
};

;// CONCATENATED MODULE: ./src/formats/jest-json/reader.js
/**
 * Jest `--json` and Vitest `--reporter=json` (Vitest writes Jest's shape): one entry per test file in
 * `testResults`, each with its `assertionResults`. The file entry's start and end times are kept as the
 * file's SuiteTiming: the planner needs a file's whole cost, set-up included, not the sum of its tests.
 */






const assertionSchema = schemas/* object */.Ikc({
    ancestorTitles: looseStrings,
    title: schemas/* string */.YjP(),
    status: looseString,
    duration: looseNumber,
    failureMessages: looseStrings,
    /** Jest only: how many times the test ran (retries + 1), and why each earlier run failed. */
    invocations: looseNumber,
    retryReasons: looseStrings,
    location: schemas/* object */.Ikc({ line: looseNumber }).nullish().catch(undefined),
});
/**
 * Jest 30 writes a file that failed to load as one `assertionResults` item with `status: "error"`, its
 * `failureMessages` and no `title`: the file's suite error, not a test.
 */
const suiteErrorSchema = schemas/* object */.Ikc({
    title: schemas/* undefined */.Vxk().optional(),
    status: schemas/* literal */.euz('error'),
    failureMessages: looseStrings,
});
const fileSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    status: looseString,
    message: looseString,
    startTime: looseNumber,
    endTime: looseNumber,
    // Items are checked one by one (see itemsOf): one item that cannot be read never costs the file.
    assertionResults: schemas/* array */.YOg(schemas/* unknown */.L5J()).default([]),
});
// Files too are checked one by one: one malformed entry never costs the others.
const reader_documentSchema = schemas/* object */.Ikc({ testResults: schemas/* array */.YOg(schemas/* unknown */.L5J()) });
/** `testResults[2].assertionResults[0]`: where an unreadable item is, for the warning. */
function itemPath(fileIndex, itemIndex) {
    const file = `testResults[${fileIndex}]`;
    return itemIndex === undefined ? file : `${file}.assertionResults[${itemIndex}]`;
}
/** The issue zod found, as `path: message`. */
function firstIssue(error) {
    const issue = error.issues[0];
    if (issue === undefined)
        return 'unexpected shape';
    return `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}
/** Reads a file's items one by one; an item that is neither a test nor a suite error is a warning. */
function itemsOf(f, fileIndex, source, warnings) {
    const tests = [];
    const suiteErrors = [];
    f.assertionResults.forEach((item, index) => {
        const test = assertionSchema.safeParse(item);
        if (test.success) {
            tests.push(test.data);
            return;
        }
        const suiteError = suiteErrorSchema.safeParse(item);
        if (suiteError.success) {
            suiteErrors.push(suiteError.data.failureMessages.join('\n\n'));
            return;
        }
        warnings.push(`${source} ${itemPath(fileIndex, index)}: not a test result (${firstIssue(test.error)}); left out`);
    });
    return { tests, suiteErrors };
}
const reader_EXPECTED = 'a Jest or Vitest JSON report ({"testResults": [{"name", "assertionResults": […]}]})';
/** Jest's name for a file that failed before any test ran (a syntax error, a throwing import). */
const FILE_FAILED_NAME = 'Test suite failed to run';
function finalAttempt(a, options, warnings, where) {
    const durationMs = a.duration ?? 0;
    switch (a.status) {
        case 'passed':
        case 'focused':
            return { status: 'passed', durationMs };
        case 'failed':
            return {
                status: 'failed',
                durationMs,
                failure: makeFailure({ trace: a.failureMessages.join('\n\n') }, options),
            };
        case 'todo':
            return { status: 'skipped', durationMs, skipMessage: 'todo' };
        case 'pending':
        case 'skipped':
        case 'disabled':
            return { status: 'skipped', durationMs };
        default:
            warnings.push(`${where}: unknown status ${JSON.stringify(a.status)}, read as skipped`);
            return { status: 'skipped', durationMs };
    }
}
/**
 * A test's attempts. Jest records retries (`jest.retryTimes`) as `invocations` with one `retryReasons`
 * entry per failed earlier run; their durations are not recorded, so they count 0 ms.
 */
function reader_attemptsOf(a, options, warnings, where) {
    const last = finalAttempt(a, options, warnings, where);
    const earlier = Math.max(a.retryReasons.length, (a.invocations ?? 1) - 1, 0);
    const attempts = [];
    for (let i = 0; i < earlier; i++) {
        const reason = a.retryReasons[i];
        attempts.push({
            status: 'failed',
            durationMs: 0,
            failure: makeFailure(reason !== undefined ? { trace: reason } : { message: 'failed before a retry' }, options),
        });
    }
    attempts.push(last);
    return attempts;
}
function casesOfFile(f, items, file, options, warnings) {
    const drafts = items.tests.map((a) => {
        const line = a.location?.line;
        return {
            file,
            suite: a.ancestorTitles,
            name: a.title,
            ...(line !== undefined ? { line } : {}),
            attempts: reader_attemptsOf(a, options, warnings, `${file} › ${a.title}`),
        };
    });
    // A file that failed outside any test would otherwise vanish from the counts and leave CI green: Jest 30
    // says so with a suite-error item; older Jest and Vitest only with the file's status and message.
    const anyFailed = items.tests.some((a) => a.status === 'failed');
    const message = items.suiteErrors.join('\n\n').trim() || (f.message ?? '').trim();
    if ((items.suiteErrors.length > 0 || (f.status === 'failed' && !anyFailed)) && message !== '') {
        drafts.push({
            file,
            suite: [],
            name: FILE_FAILED_NAME,
            attempts: [
                {
                    status: 'failed',
                    durationMs: 0,
                    failure: makeFailure({ trace: message, category: 'error' }, options),
                },
            ],
        });
    }
    return drafts;
}
/** Reads a Jest or Vitest JSON report. Throws only ParseError. */
async function readJestJson(input, options) {
    const { value, warnings: decodeWarnings } = await readJsonDocument(input, options, reader_documentSchema, reader_EXPECTED);
    const warnings = [...decodeWarnings];
    const root = options.root ?? process.cwd();
    const drafts = [];
    const suites = [];
    let unreadable;
    value.testResults.forEach((entry, index) => {
        const parsed = fileSchema.safeParse(entry);
        if (!parsed.success) {
            unreadable ??= `${itemPath(index)}: ${firstIssue(parsed.error)}`;
            warnings.push(`${input.name} ${itemPath(index)}: not a test file's results (${firstIssue(parsed.error)}); left out`);
            return;
        }
        const f = parsed.data;
        const file = (0,model/* normalizePath */.Fd)(f.name, root);
        (0,arrays/* appendAll */.u2)(drafts, casesOfFile(f, itemsOf(f, index, input.name, warnings), file, options, warnings));
        if (f.startTime !== undefined && f.endTime !== undefined && f.endTime >= f.startTime)
            suites.push({ name: file, file, durationMs: f.endTime - f.startTime });
    });
    // Nothing readable at all is not a Jest report with a bad entry but no Jest report.
    if (unreadable !== undefined && value.testResults.every((e) => !fileSchema.safeParse(e).success))
        throw new model/* ParseError */.mB(input.name, `not ${reader_EXPECTED}: ${unreadable}`, {}, 'Check that the file was written by that reporter and is complete.');
    return { source: input.name, format: 'jest-json', tests: (0,model/* foldTests */.Pm)(drafts), suites, warnings };
}
/** The Jest/Vitest JSON reader. */
const jestJsonReader = {
    format: 'jest-json',
    // Jest and Vitest both write the counters before `testResults`, so they are in any head.
    sniff: (head) => /^\s*\{/.test(head) &&
        /"num(?:Total|Failed|Passed)Tests"\s*:/.test(head) &&
        !head.includes('"reportFormat"'),
    read: readJestJson,
};

// EXTERNAL MODULE: ../../node_modules/saxes/saxes.js
var saxes = __webpack_require__(70628);
// EXTERNAL MODULE: ./src/formats/common/detach.js
var detach = __webpack_require__(43907);
;// CONCATENATED MODULE: ./src/formats/junit/attributes.js
/**
 * Attribute values of JUnit XML as real reporters write them: times in seconds with a decimal point, a
 * locale's decimal comma, grouping separators or an exponent, and line numbers. Pure functions; a value that
 * cannot be read gives `undefined` and the caller counts a warning.
 */
/**
 * Seconds from a JUnit `time` attribute, as milliseconds rounded to the microsecond.
 *
 * - missing or empty: 0 (many reporters leave `time` out for skipped tests);
 * - `0.5`, `1.4e-05`: as written;
 * - `0,5`, `1,234`: a single comma is a decimal comma (Java's `%.3f` in a German or French locale). It is
 *   never read as a thousands separator, because JUnit writers print fractional seconds, so `1,234` is
 *   1.234 s and not twenty minutes;
 * - `2,503.1`, `2.503,1`, `1,234,567`: when both separators appear, the last one is the decimal point and
 *   the other groups thousands; several commas alone group thousands;
 * - negative, not a number, or infinite: `undefined` (the caller uses 0 and warns).
 */
function parseSecondsToMs(value) {
    if (value === undefined)
        return 0;
    // Fast path: almost every value is a plain decimal number.
    let seconds = Number(value);
    if (Number.isNaN(seconds))
        seconds = Number(normaliseSeparators(value.trim()));
    if (!Number.isFinite(seconds) || seconds < 0)
        return undefined;
    return Math.round(seconds * 1e6) / 1e3;
}
function normaliseSeparators(text) {
    const lastComma = text.lastIndexOf(',');
    if (lastComma === -1)
        return text;
    const lastDot = text.lastIndexOf('.');
    if (lastDot !== -1) {
        // Both present: the later one is the decimal separator.
        return lastDot > lastComma ? text.replaceAll(',', '') : text.replaceAll('.', '').replace(',', '.');
    }
    return text.indexOf(',') === lastComma ? text.replace(',', '.') : text.replaceAll(',', '');
}
/** A 1-based line number from a `line` attribute, or undefined when absent or not a positive integer. */
function parseLine(value) {
    if (value === undefined || value.length === 0)
        return undefined;
    const line = Number(value);
    return Number.isInteger(line) && line > 0 ? line : undefined;
}

;// CONCATENATED MODULE: ./src/formats/common/keep-failures.js
/**
 * Each failure of `attempts` replaced, in place, by what `keep` makes of it. The attempts are fresh from a
 * reader, so changing them is not observable; a frozen one is a shared constant and is left as it is.
 */
function keepFailures(attempts, keep) {
    for (const attempt of attempts) {
        const failure = attempt.failure;
        if (failure === undefined || Object.isFrozen(attempt))
            continue;
        const kept = keep(failure);
        if (kept !== failure)
            attempt.failure = kept;
    }
}
/** {@link keepFailures} over every test of a file's results. */
function keepTestFailures(tests, keep) {
    for (const test of tests)
        keepFailures(test.attempts, keep);
}

;// CONCATENATED MODULE: ./src/formats/junit/bounded-buffer.js

/**
 * A text buffer that stops growing at a bound. SAX parsers hand over element text in pieces; a captured
 * output can be megabytes, so pieces past the bound are counted, not kept.
 */
class BoundedBuffer {
    max;
    text = '';
    /** Characters seen past the bound and dropped. */
    dropped = 0;
    constructor(max) {
        this.max = max;
    }
    /** Adds a piece; whatever is past the bound is dropped. */
    append(piece) {
        const room = this.max - this.text.length;
        if (piece.length <= room)
            this.text += piece;
        else {
            if (room > 0)
                this.text += piece.slice(0, room);
            this.dropped += piece.length - Math.max(room, 0);
        }
    }
    /** Whether pieces were dropped. */
    get truncated() {
        return this.dropped > 0;
    }
    /**
     * The kept text without surrounding whitespace (JUnit writers indent element text), with a marker saying
     * how much was cut; undefined when nothing but whitespace was seen.
     */
    finish() {
        const text = this.text.trim();
        if (text.length === 0)
            return undefined;
        // The text (or its first piece) is a slice of the parser's input chunk: detached so it does not keep the
        // chunk alive.
        return (0,detach/* detach */.Y)(this.dropped > 0 ? `${text}\n… [${this.dropped} more characters cut]` : text);
    }
}

;// CONCATENATED MODULE: ./src/formats/junit/oddities.js
/** Counts of tolerated oddities in one JUnit document. */
class JunitOddities {
    /** `time` attributes that were not a number of seconds (read as 0). */
    badTimes = 0;
    /** Output or failure texts cut to their bound. */
    truncatedTexts = 0;
    /** Testcases without a name, named after their position. */
    unnamedCases = 0;
    /** Suites whose `tests` attribute promises testcases they do not list. */
    suitesWithoutCases = 0;
    /** `<testcase>` elements inside another testcase, ignored. */
    nestedCases = 0;
    /** One warning per kind of oddity met. */
    warnings(options) {
        const warnings = [];
        if (this.badTimes > 0)
            warnings.push(`${this.badTimes} time attribute(s) were not a number of seconds and count as 0`);
        if (this.truncatedTexts > 0)
            warnings.push(`${this.truncatedTexts} output or failure text(s) were cut to the ` +
                `${options.maxOutputChars}/${options.maxMessageChars}-character bounds`);
        if (this.unnamedCases > 0)
            warnings.push(`${this.unnamedCases} testcase(s) had no name and are named after their position`);
        if (this.suitesWithoutCases > 0)
            warnings.push(`${this.suitesWithoutCases} testsuite(s) declare tests but list no testcase; ` +
                'only listed testcases are counted');
        if (this.nestedCases > 0)
            warnings.push(`${this.nestedCases} testcase element(s) nested inside another testcase were ignored`);
        return warnings;
    }
}

// EXTERNAL MODULE: ./src/formats/junit/identity.js
var junit_identity = __webpack_require__(38731);
;// CONCATENATED MODULE: ./src/formats/junit/result-element.js


const KINDS = new Map([
    ['failure', { role: 'primary', category: 'assertion' }],
    ['error', { role: 'primary', category: 'error' }],
    ['skipped', { role: 'primary' }],
    ['flakyFailure', { role: 'flaky', category: 'assertion' }],
    ['flakyError', { role: 'flaky', category: 'error' }],
    ['rerunFailure', { role: 'rerun', category: 'assertion' }],
    ['rerunError', { role: 'rerun', category: 'error' }],
]);
/** The kind of a result element by name; undefined for any other element. */
function resultKind(element) {
    return KINDS.get(element);
}
// `type` attributes such as node:test's `testTimeoutFailure` or Java's `TimeoutException` have no word
// boundary around "Timeout", which the message heuristic needs.
const TIMEOUT_TYPE = /time[d\s_-]*out/i;
/** A one-line text (a message attribute) cut to `max` characters, with an ellipsis when cut. */
function clip(text, max) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
/** A bounded Failure from a result element's attributes and text (already bounded by the buffer). */
function junitFailure(category, attributes, text, maxMessageChars) {
    const trace = text !== undefined ? stripAnsi(text) : undefined;
    let message = attributes.message !== undefined ? stripAnsi(attributes.message).trim() : '';
    if (message.length === 0)
        message = firstLine(trace) ?? '';
    message = clip(message, maxMessageChars);
    const type = attributes.type !== undefined && attributes.type.trim().length > 0 ? attributes.type : undefined;
    const timedOut = (type !== undefined && TIMEOUT_TYPE.test(type)) || categoryFromText(firstLine(message)) === 'timeout';
    // Attribute values are slices of the parser's input chunk: detached so the failure does not keep it alive.
    return {
        category: timedOut ? 'timeout' : category,
        ...(message.length > 0 ? { message: (0,detach/* detach */.Y)(message) } : {}),
        ...(type !== undefined ? { type: (0,detach/* detach */.Y)(type) } : {}),
        ...(trace !== undefined && trace !== message ? { trace } : {}),
    };
}
/** The attempt a flaky or rerun element stands for. */
function extraAttempt(result, maxMessageChars) {
    const stdout = result.stdout?.finish();
    const stderr = result.stderr?.finish();
    return {
        status: 'failed',
        durationMs: result.durationMs,
        failure: junitFailure(result.kind.category ?? 'error', result, result.text.finish(), maxMessageChars),
        ...(stdout !== undefined ? { stdout } : {}),
        ...(stderr !== undefined ? { stderr } : {}),
    };
}

;// CONCATENATED MODULE: ./src/formats/junit/open-testcase.js


/**
 * Records a finished result element. A testcase with several (EnricoMi's multi-result files, several
 * `<failure>`s) is still one run: a failure or error outranks a skip, and the first failure is the one kept.
 * The exception is a todo: node:test writes a todo whose body fails as `<skipped type="todo">` beside a
 * `<failure>`, and counts it as a todo, not a failure (a todo is expected to fail); so does Tessera.
 */
function recordResult(testcase, result, maxMessageChars) {
    if (result.kind.role !== 'primary') {
        (testcase.extras ??= []).push(extraAttempt(result, maxMessageChars));
        return;
    }
    if (testcase.todo)
        return;
    const isTodo = result.kind.category === undefined && result.type?.trim().toLowerCase() === 'todo';
    if (isTodo) {
        testcase.todo = true;
        testcase.primary = undefined;
    }
    if (testcase.primary?.status === 'failed')
        return;
    const text = result.text.finish();
    if (result.kind.category === undefined) {
        if (testcase.primary !== undefined)
            return;
        const message = result.message?.trim();
        // The attribute is a slice of the parser's input chunk: detached so the attempt does not keep it alive.
        const skipMessage = message !== undefined && message.length > 0 ? (0,detach/* detach */.Y)(clip(message, maxMessageChars)) : text;
        const skipped = { status: 'skipped', durationMs: 0 };
        if (skipMessage !== undefined)
            skipped.skipMessage = skipMessage;
        testcase.primary = skipped;
        return;
    }
    const failure = junitFailure(result.kind.category, result, text, maxMessageChars);
    testcase.primary = { status: 'failed', durationMs: 0, failure };
}
/**
 * The attempts of a finished testcase, in the order they ran: flaky runs came before the final pass, and
 * reruns of a failing test came after its first failure. The testcase's time and output belong to its own
 * run.
 */
function testcaseAttempts(testcase, failedOutputOnly = false) {
    const primary = testcase.primary !== undefined
        ? { ...testcase.primary, durationMs: testcase.durationMs }
        : { status: testcase.notRun ? 'skipped' : 'passed', durationMs: testcase.durationMs };
    // Without a failure the output is dropped here, before it is copied out of the parser's chunks.
    if (!failedOutputOnly || primary.status === 'failed') {
        const stdout = testcase.stdout?.finish();
        if (stdout !== undefined)
            primary.stdout = stdout;
        const stderr = testcase.stderr?.finish();
        if (stderr !== undefined)
            primary.stderr = stderr;
    }
    const extras = testcase.extras;
    if (extras === undefined)
        return [primary];
    return primary.status === 'failed' ? [primary, ...extras] : [...extras, primary];
}
/** The attempts with output given to the last one where it has none of its own (suite-level output). */
function withOutput(attempts, stdout, stderr) {
    const last = attempts[attempts.length - 1];
    const attempt = { ...last };
    if (attempt.stdout === undefined && stdout !== undefined)
        attempt.stdout = stdout;
    if (attempt.stderr === undefined && stderr !== undefined)
        attempt.stderr = stderr;
    return [...attempts.slice(0, -1), attempt];
}

;// CONCATENATED MODULE: ./src/formats/junit/collector.js









/** The name of the test that stands for a suite-level `<failure>` or `<error>`. */
const SUITE_FAILURE_NAME = '(suite failure)';
/** The suite path of a testcase outside any testsuite. */
const NO_PATH = Object.freeze([]);
/** The context of a testcase outside any testsuite (fuzzed or hand-written files). */
const NO_SUITE = { path: NO_PATH };
/** Suites nested deeper than this share their parent's path: a bound against hostile nesting. */
const MAX_SUITE_DEPTH = 32;
/** Testcase `status` values (Catch2, tst, GoogleTest) that mean the test did not run. */
const NOT_RUN_STATUSES = new Set(['disabled', 'skipped', 'notrun', 'not run']);
/**
 * Suite paths shared by every testcase (and testsuite element) that has the same one: one frozen array per
 * distinct path instead of one per test. A path is shared by a few tests in a jest-junit file (four on
 * average in the benchmark's data) and by every test of a class in a Surefire one. Keyed by the parent
 * path's identity, which is itself shared, then by the entry. Frozen, because they are shared: the writer
 * and testId rely on a frozen array never changing.
 */
class SuitePaths {
    strings;
    extended = new Map();
    reduced = new Map();
    constructor(strings) {
        this.strings = strings;
    }
    with(path, entry) {
        const byEntry = this.table(this.extended, path);
        let derived = byEntry.get(entry);
        if (derived === undefined) {
            const kept = this.strings.intern(entry);
            derived = Object.freeze([...path, kept]);
            byEntry.set(kept, derived);
        }
        return derived;
    }
    without(path, entry) {
        const byEntry = this.table(this.reduced, path);
        let derived = byEntry.get(entry);
        if (derived === undefined) {
            derived = Object.freeze(path.filter((s) => s !== entry));
            byEntry.set(this.strings.intern(entry), derived);
        }
        return derived;
    }
    /** The derived paths of `path`; the map's keys are interned, so they do not pin the input chunk. */
    table(tables, path) {
        let byEntry = tables.get(path);
        if (byEntry === undefined) {
            byEntry = new Map();
            tables.set(path, byEntry);
        }
        return byEntry;
    }
}
/** Event sink for one JUnit document. Not reusable: make one per read. */
class JunitCollector {
    options;
    /** Called with `true` when element text becomes wanted and `false` when it stops being wanted. */
    wantText = () => undefined;
    root;
    depth = 0;
    suites = [];
    testcase;
    result;
    targets = [];
    drafts = [];
    timings = [];
    oddities = new JunitOddities();
    hostnameIsProject = false;
    lastRawPath = '';
    lastNormalizedPath = '';
    /** One detached copy of each repeated string (paths, suite names, class names, projects). */
    strings = new detach/* StringInterner */.Z();
    suitePaths = new SuitePaths(this.strings);
    /** Raw path → normalised, interned path; keys are detached copies. */
    normalizedPaths = new Map();
    constructor(options) {
        this.options = options;
        this.root = options.root ?? process.cwd();
    }
    /**
     * normalizePath against the root, interned, remembering every answer: consecutive testcases share paths,
     * and a file has few distinct ones.
     */
    normalize = (path) => {
        if (path !== this.lastRawPath) {
            let normalized = this.normalizedPaths.get(path);
            if (normalized === undefined) {
                normalized = this.strings.intern((0,model/* normalizePath */.Fd)(path, this.root));
                this.normalizedPaths.set(this.strings.intern(path), normalized);
            }
            this.lastRawPath = path;
            this.lastNormalizedPath = normalized;
        }
        return this.lastNormalizedPath;
    };
    /** The root element's name, checked by the reader before any other event. */
    static isJunitRoot(name) {
        return name === 'testsuites' || name === 'testsuite';
    }
    /** An element opened. */
    open(name, attributes) {
        const depth = ++this.depth;
        if (this.testcase !== undefined) {
            this.openInsideTestcase(name, attributes, depth);
            return;
        }
        switch (name) {
            case 'testsuite':
            case 'testsuites':
                this.openSuite(name, attributes, depth);
                return;
            case 'testcase':
                this.openTestcase(attributes, depth);
                return;
            case 'failure':
            case 'error':
                this.openSuiteFailure(name, attributes, depth);
                return;
            case 'system-out':
            case 'system-err': {
                const suite = this.suites[this.suites.length - 1];
                if (suite === undefined)
                    return;
                if (name === 'system-out')
                    this.listen(depth, (suite.stdout ??= this.outputBuffer()));
                else
                    this.listen(depth, (suite.stderr ??= this.outputBuffer()));
            }
        }
    }
    /** Text (or CDATA) inside the element that asked for it. */
    text(piece) {
        this.targets[this.targets.length - 1]?.buffer.append(piece);
    }
    /** An element closed. */
    close() {
        const depth = this.depth--;
        const target = this.targets[this.targets.length - 1];
        if (target !== undefined && target.depth === depth) {
            this.targets.pop();
            if (target.buffer.truncated)
                this.oddities.truncatedTexts++;
            if (this.targets.length === 0)
                this.wantText(false);
        }
        const testcase = this.testcase;
        if (testcase !== undefined) {
            if (depth === testcase.depth + 1 && this.result !== undefined) {
                this.closeResult(testcase, this.result);
                if (testcase.standIn)
                    this.closeTestcase(testcase);
            }
            else if (depth === testcase.depth)
                this.closeTestcase(testcase);
            return;
        }
        const suite = this.suites[this.suites.length - 1];
        if (suite !== undefined && suite.depth === depth)
            this.closeSuite(suite);
    }
    /** The drafts, suite timings and warnings, once the document has ended. */
    finish() {
        const warnings = this.oddities.warnings(this.options);
        return { drafts: this.drafts, suites: this.timings, warnings };
    }
    outputBuffer() {
        return new BoundedBuffer(this.options.maxOutputChars);
    }
    listen(depth, buffer) {
        if (this.targets.length === 0)
            this.wantText(true);
        this.targets.push({ depth, buffer });
    }
    time(value) {
        const ms = parseSecondsToMs(value);
        if (ms !== undefined)
            return ms;
        this.oddities.badTimes++;
        return 0;
    }
    openSuite(name, attributes, depth) {
        const parent = this.suites[this.suites.length - 1];
        if (parent !== undefined)
            parent.childSuites++;
        // The document's <testsuites> is a run-level container ("jest tests"): its name is not a suite.
        const container = name === 'testsuites' && parent === undefined;
        if (container)
            this.hostnameIsProject = attributes.id !== undefined;
        const suiteName = container ? '' : this.strings.intern(this.suiteName(attributes));
        const parentPath = parent?.path ?? NO_PATH;
        const path = suiteName.length > 0 && parentPath.length < MAX_SUITE_DEPTH
            ? this.suitePaths.with(parentPath, suiteName)
            : parentPath;
        const rawFile = attributes.file;
        const ownFile = rawFile !== undefined && rawFile.length > 0 ? this.normalize(rawFile) : undefined;
        const time = attributes.time;
        const nameAsFile = (0,junit_identity/* isLocationLike */.p)(suiteName) ? this.normalize(suiteName) : undefined;
        const file = ownFile ?? parent?.file;
        // An outermost suite with neither a file nor a location for a name names the run, not the tests in it:
        // pytest's `junit_suite_name` ("pytest", or the shard's name), RSpec's "rspec", mocha xunit's "Mocha Tests".
        const namesRun = (parent === undefined || parent.container) &&
            !container &&
            ownFile === undefined &&
            nameAsFile === undefined &&
            suiteName.length > 0;
        this.suites.push({
            depth,
            name: suiteName,
            path,
            file,
            nameAsFile,
            ownFile,
            durationMs: time !== undefined && time.length > 0 ? this.time(time) : undefined,
            container,
            locatedContext: namesRun ? { path: parentPath, file, nameAsFile } : undefined,
            project: this.projectOf(attributes) ?? parent?.project,
            childSuites: 0,
            declaredTests: Number(attributes.tests) || 0,
            timingsBefore: this.timings.length,
            cases: [],
            stdout: undefined,
            stderr: undefined,
        });
    }
    /**
     * Playwright writes the project (browser) name as each testsuite's `hostname`: without it the same test
     * run in chromium and in firefox would be one test. Every other reporter writes the machine's name there,
     * which must never enter an id, so the attribute is only read in Playwright's files, recognised by the
     * `id` attribute Playwright writes on the root `<testsuites>`.
     */
    projectOf(attributes) {
        const hostname = attributes.hostname;
        return this.hostnameIsProject && hostname !== undefined && hostname.length > 0
            ? this.strings.intern(hostname)
            : undefined;
    }
    /** Ant's aggregate writes `package="com.acme" name="CalcTest"`; Surefire writes the whole class name. */
    suiteName(attributes) {
        const name = attributes.name?.trim() ?? '';
        const pkg = attributes.package?.trim();
        const joined = pkg && name.length > 0 && !name.includes('.') ? `${pkg}.${name}` : name;
        // PHPUnit names the outer suite after a directory: keep it repo-relative when it is under the root.
        return joined.startsWith('/') || /^[A-Za-z]:[\\/]/.test(joined)
            ? (0,model/* normalizePath */.Fd)(joined, this.root)
            : joined;
    }
    closeSuite(suite) {
        this.suites.pop();
        this.attributeSuiteOutput(suite);
        if (suite.declaredTests > 0 && suite.cases.length === 0 && suite.childSuites === 0)
            this.oddities.suitesWithoutCases++;
        // A suite's time includes its child suites': planning on both would count it twice. Wrapper suites
        // (only child suites, no testcases) leave the timing to their children; a suite with testcases of its
        // own (PHPUnit's class suite around a data-provider suite) replaces its descendants' timings.
        if (suite.container || suite.durationMs === undefined)
            return;
        if (suite.cases.length === 0 && suite.childSuites > 0)
            return;
        this.timings.length = suite.timingsBefore;
        const file = suite.ownFile ?? this.commonFile(suite.cases) ?? suite.file;
        this.timings.push({
            name: suite.name,
            ...(file !== undefined ? { file } : {}),
            durationMs: suite.durationMs,
        });
    }
    /** The file every testcase directly in a suite shares, if they share one. */
    commonFile(cases) {
        const first = this.drafts[cases[0] ?? -1]?.file;
        return first !== undefined && cases.every((i) => this.drafts[i]?.file === first) ? first : undefined;
    }
    /**
     * The suite context a testcase's identity is made in. A testcase that locates itself (a `file`
     * attribute, a classname that is a location, or pytest's collection entry: an empty classname and a
     * module path for a name) directly inside an outermost suite that only names the run (a flat file, as
     * pytest, RSpec and mocha's xunit write them) does not take that suite's name: pytest
     * run as shards names that suite after each shard and writes a module skipped at collection into every
     * shard's file, which must stay one test, and a test must keep its id whichever shard runs it.
     */
    contextFor(suite, name, classname, file) {
        if (suite === undefined)
            return NO_SUITE;
        const cls = classname?.trim() ?? '';
        const located = (file !== undefined && file.trim().length > 0) ||
            (0,junit_identity/* isLocationLike */.p)(cls) ||
            (cls.length === 0 && (0,junit_identity/* isLocationLike */.p)(name));
        return located && suite.locatedContext !== undefined ? suite.locatedContext : suite;
    }
    openTestcase(attributes, depth) {
        const frame = this.suites[this.suites.length - 1];
        const suite = frame ?? NO_SUITE;
        const classname = attributes.classname ?? attributes.class;
        const name = this.testcaseName(attributes.name, suite);
        const identity = (0,junit_identity/* junitIdentity */.t)({ name, classname, file: attributes.file }, this.contextFor(frame, name, classname, attributes.file), this.normalize, this.suitePaths);
        const status = attributes.status;
        this.testcase = {
            depth,
            project: suite === NO_SUITE ? undefined : suite.project,
            file: identity.file,
            line: parseLine(attributes.line),
            suite: identity.suite,
            name: identity.name,
            durationMs: this.time(attributes.time),
            notRun: status !== undefined && NOT_RUN_STATUSES.has(status.toLowerCase()),
            standIn: false,
            primary: undefined,
            extras: undefined,
            stdout: undefined,
            stderr: undefined,
        };
    }
    /**
     * A `<failure>` or `<error>` directly inside a testsuite: the suite failed before or around its tests
     * (JUnit 4 `@BeforeClass`, a class that does not load, JENKINS-6700), often with no testcase at all. It
     * becomes a failed test of its own, named {@link SUITE_FAILURE_NAME}, so that the failure is counted and
     * shown rather than the suite reading as green. Its identity comes from the suite as if the suite name
     * were the classname.
     */
    openSuiteFailure(name, attributes, depth) {
        const suite = this.suites[this.suites.length - 1];
        if (suite === undefined || depth !== suite.depth + 1)
            return;
        const identity = (0,junit_identity/* junitIdentity */.t)({ name: SUITE_FAILURE_NAME, classname: suite.name }, suite, this.normalize, this.suitePaths);
        this.testcase = {
            depth: suite.depth,
            project: suite.project,
            file: identity.file,
            line: undefined,
            suite: identity.suite,
            name: identity.name,
            durationMs: 0,
            notRun: false,
            standIn: true,
            primary: undefined,
            extras: undefined,
            stdout: undefined,
            stderr: undefined,
        };
        this.openInsideTestcase(name, attributes, depth);
    }
    /**
     * A testcase without a name (EnricoMi's no-attributes file, Jenkins' empty-name report) gets its position
     * in the suite, so that several of them stay several tests instead of folding into one.
     */
    testcaseName(name, suite) {
        // Names are mostly distinct: detached one by one rather than interned.
        if (name !== undefined && name.length > 0)
            return (0,detach/* detach */.Y)(name);
        this.oddities.unnamedCases++;
        return `(unnamed testcase ${(suite === NO_SUITE ? this.drafts.length : suite.cases.length) + 1})`;
    }
    openInsideTestcase(name, attributes, depth) {
        const testcase = this.testcase;
        if (depth === testcase.depth + 1) {
            const kind = resultKind(name);
            if (kind !== undefined) {
                const text = new BoundedBuffer(this.options.maxMessageChars);
                this.result = {
                    kind,
                    ...(attributes.message !== undefined ? { message: attributes.message } : {}),
                    ...(attributes.type !== undefined ? { type: attributes.type } : {}),
                    durationMs: kind.role === 'primary' ? 0 : this.time(attributes.time),
                    text,
                };
                this.listen(depth, text);
            }
            else if (name === 'system-out')
                this.listen(depth, (testcase.stdout ??= this.outputBuffer()));
            else if (name === 'system-err')
                this.listen(depth, (testcase.stderr ??= this.outputBuffer()));
            else if (name === 'testcase')
                this.oddities.nestedCases++;
            return;
        }
        // Surefire puts a rerun's own output inside the rerun element.
        const result = this.result;
        if (result !== undefined && result.kind.role !== 'primary' && depth === testcase.depth + 2) {
            if (name === 'system-out')
                this.listen(depth, (result.stdout ??= this.outputBuffer()));
            else if (name === 'system-err')
                this.listen(depth, (result.stderr ??= this.outputBuffer()));
        }
    }
    closeResult(testcase, result) {
        this.result = undefined;
        recordResult(testcase, result, this.options.maxMessageChars);
    }
    closeTestcase(testcase) {
        this.testcase = undefined;
        this.result = undefined;
        const attempts = testcaseAttempts(testcase, this.options.failedOutputOnly);
        if (this.options.keepFailure)
            keepFailures(attempts, this.options.keepFailure);
        this.suites[this.suites.length - 1]?.cases.push(this.drafts.length);
        // Final TestCase shape from the start (id, outcome and duration are filled in by finishTests), so the
        // fold does not copy 100,000 objects.
        const draft = {
            id: '',
            file: testcase.file,
            line: testcase.line,
            suite: testcase.suite,
            name: testcase.name,
            attempts,
            outcome: 'passed',
            durationMs: 0,
        };
        if (testcase.project !== undefined)
            draft.project = testcase.project;
        this.drafts.push(draft);
    }
    /**
     * Suite-level system-out/err (Bazel, older Ant) belongs to the test when the suite has exactly one,
     * which is Bazel's shape (one suite per test target) and is where Bazel puts the test log. With several
     * tests it cannot be attributed to any of them and is dropped.
     */
    attributeSuiteOutput(suite) {
        if (suite.cases.length !== 1 || (suite.stdout === undefined && suite.stderr === undefined))
            return;
        const draft = this.drafts[suite.cases[0]];
        if (this.options.failedOutputOnly && draft.attempts[draft.attempts.length - 1]?.status !== 'failed')
            return;
        draft.attempts = withOutput(draft.attempts, suite.stdout?.finish(), suite.stderr?.finish());
    }
}

;// CONCATENATED MODULE: ./src/formats/junit/fold.js
/**
 * Finishes the tests of one JUnit document: computes their ids and folds the testcases that are the same
 * test (pytest-rerunfailures, EnricoMi's multi-result files, a TestNG data provider repeating a method name)
 * into one test with several attempts.
 */


/**
 * The model's `foldTests` + `makeTestCase`, built for files of 100,000 tests: each test's id is hashed once
 * and is the folding key, and the collector's objects become the results in place. Repeats keep the first
 * one's place, file and line; their attempts are appended in document order.
 */
function finishTests(pending) {
    const byId = new Map();
    const tests = [];
    for (const test of pending) {
        test.id = (0,model/* testId */.ec)(test);
        const first = byId.get(test.id);
        if (first === undefined) {
            byId.set(test.id, test);
            tests.push(test);
        }
        else {
            // Every attempts array is a fresh one the collector made for this test alone, so appending in place
            // is safe, and keeps a hostile file of one testcase repeated a million times linear.
            const attempts = first.attempts;
            if (isTeardownOf(attempts, test.attempts)) {
                const body = attempts[attempts.length - 1];
                const teardown = test.attempts[0];
                attempts[attempts.length - 1] = { ...teardown, durationMs: body.durationMs + teardown.durationMs };
            }
            else
                (0,arrays/* appendAll */.u2)(attempts, test.attempts);
        }
    }
    for (const test of tests) {
        test.outcome = (0,model/* outcomeOf */.sG)(test.attempts);
        test.durationMs = totalMs(test.attempts);
    }
    return tests;
}
/** pytest's message for an error in a fixture's teardown. */
const TEARDOWN_MESSAGE = /^failed on teardown\b/;
/**
 * Whether `next` is the teardown error of the run that `attempts` ends with: pytest (with
 * pytest-rerunfailures) writes a passing body and its teardown's error as two testcases in a row. That is
 * one run that failed, not a pass and a failure (which would read as flaky).
 */
function isTeardownOf(attempts, next) {
    const last = attempts[attempts.length - 1];
    const only = next.length === 1 ? next[0] : undefined;
    return (last?.status === 'passed' &&
        only?.status === 'failed' &&
        TEARDOWN_MESSAGE.test(only.failure?.message ?? ''));
}
function totalMs(attempts) {
    let total = 0;
    for (const attempt of attempts)
        total += attempt.durationMs;
    return total;
}

;// CONCATENATED MODULE: ./src/formats/junit/root-element.js
/**
 * The name of an XML document's root element, from the first kilobytes of the document: skips the XML
 * declaration, processing instructions, comments and a DOCTYPE (with its internal subset). Used for content
 * sniffing only; the parser checks the document properly.
 */
function rootElementName(head) {
    let i = 0;
    for (;;) {
        while (i < head.length && isSpace(head.charCodeAt(i)))
            i++;
        if (head.charCodeAt(i) !== 0x3c /* < */)
            return undefined;
        if (head.startsWith('<?', i))
            i = after(head, '?>', i);
        else if (head.startsWith('<!--', i))
            i = after(head, '-->', i);
        else if (head.startsWith('<!DOCTYPE', i))
            i = afterDoctype(head, i);
        else {
            const match = /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(i, i + 256));
            return match?.[1];
        }
        if (i < 0)
            return undefined;
    }
}
function isSpace(code) {
    return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
function after(text, end, from) {
    const at = text.indexOf(end, from);
    return at < 0 ? -1 : at + end.length;
}
/** End of `<!DOCTYPE r [ … ]>`: the internal subset may itself contain `>`. */
function afterDoctype(text, from) {
    const bracket = text.indexOf('[', from);
    const close = text.indexOf('>', from);
    if (close < 0)
        return -1;
    if (bracket < 0 || bracket > close)
        return close + 1;
    const subsetEnd = text.indexOf(']', bracket);
    return subsetEnd < 0 ? -1 : after(text, '>', subsetEnd);
}

;// CONCATENATED MODULE: ./src/formats/junit/reader.js
/**
 * The JUnit XML reader: every dialect in the corpus (jest-junit, vitest, mocha, node:test, Playwright,
 * pytest, Surefire/Gradle with reruns, Ant, gotestsum, PHPUnit, RSpec, Bazel, Catch2, nextest …), streamed.
 *
 * The bytes are decoded and fed to `saxes` chunk by chunk as they arrive; no tree of the document is ever
 * built, and text is only collected inside the elements that carry results or output, within bounds. The
 * pieces: `collector.ts` (SAX events → tests), `identity.ts` (file, suite path, name: the rules per dialect),
 * `result-element.ts` and `open-testcase.ts` (failure/error/skipped and Surefire reruns → attempts),
 * `fold.ts` (ids, and repeated testcases folded into attempts).
 *
 * Decisions worth knowing:
 * - Security: `saxes` never fetches anything and never interprets a DTD. A DOCTYPE is accepted and ignored
 *   (with a warning), so an entity it declares is never expanded, and using one is a ParseError at its
 *   position with a hint. That makes the XXE and entity-expansion files unreadable rather than dangerous;
 *   the five predefined entities and character references work as XML says.
 * - Only well-formed XML is read. A file some lenient parsers accept (a raw `<` in an attribute value) is a
 *   ParseError naming the line and column, and the other files of the report are still read.
 * - Invalid UTF-8 bytes become U+FFFD with a warning (one bad byte must not cost the whole file); a UTF-8
 *   or UTF-16 byte-order mark is honoured.
 * - A `<failure>`/`<error>` directly in a testsuite (a set-up that failed) is a failed test of its own.
 * - Playwright's project (its testsuite `hostname`) is the test's project; every other reporter's hostname
 *   is a machine name and is ignored.
 * - Counts come from the testcases, never from the `tests`/`failures` attributes, which several reporters
 *   fill in their own way.
 */






const ENTITY_HINT = 'Tessera never expands DTD or external entities (they can read local files or blow up memory). ' +
    'Only &amp; &lt; &gt; &quot; &apos; and numeric character references are allowed.';
const TRUNCATED_HINT = 'The file ends before its elements are closed: the test runner was probably killed while writing it. ' +
    'Re-run the tests, or give the job more time or memory.';
/** saxes prefixes its messages with `line:column: `; the ParseError carries the position separately. */
function saxesReason(error) {
    return error.message.replace(/^\d+:\d+: /, '');
}
/** What to do about a saxes error, when there is something better to say than the default hint. */
function hintFor(reason) {
    if (reason.startsWith('undefined entity'))
        return ENTITY_HINT;
    if (reason.startsWith('unclosed tag'))
        return TRUNCATED_HINT;
    return undefined;
}
/** Reads one JUnit document. Throws only ParseError. */
async function readJunit(input, options) {
    const collector = new JunitCollector(options);
    const parser = new saxes/* SaxesParser */.wT({ position: true, xmlns: false });
    const warnings = [];
    let rootSeen = false;
    let contentSeen = false;
    const fail = (reason, hint) => {
        throw new model/* ParseError */.mB(input.name, reason, { line: parser.line, column: parser.column }, hint);
    };
    const onText = (text) => collector.text(text);
    collector.wantText = (wanted) => {
        if (wanted)
            parser.on('text', onText);
        else
            parser.off('text');
    };
    parser.on('opentag', (tag) => {
        if (!rootSeen) {
            rootSeen = true;
            if (!JunitCollector.isJunitRoot(tag.name))
                fail(`the root element is <${tag.name}>, not JUnit <testsuites> or <testsuite>`, 'Point the glob at JUnit XML result files only.');
        }
        collector.open(tag.name, tag.attributes);
    });
    parser.on('closetag', () => collector.close());
    // CDATA sections come whole; the collector drops them unless it is inside a wanted element.
    parser.on('cdata', onText);
    parser.on('doctype', () => {
        warnings.push(`${input.name}: the DOCTYPE was ignored; entities it declares are not expanded`);
    });
    parser.on('error', (error) => {
        const reason = saxesReason(error);
        fail(reason, hintFor(reason));
    });
    // A read stopped by a ParseError must still close the file. The source iterator is closed here because
    // decodeChunks does not pass an early stop on to it (one file descriptor leaked per unreadable file).
    const source = input.chunks()[Symbol.asyncIterator]();
    const once = { name: input.name, chunks: () => ({ [Symbol.asyncIterator]: () => source }) };
    try {
        for await (const piece of decodeChunks(once, options, (encoding) => warnings.push(`${input.name}: bytes that are not valid ${encoding} were replaced with U+FFFD`))) {
            if (!contentSeen && piece.trim().length > 0)
                contentSeen = true;
            parser.write(piece);
        }
    }
    finally {
        try {
            await source.return?.();
        }
        catch {
            // Closing a source the read is done with: a failure to close changes nothing about the results,
            // and the read's own error (if any) is the one to report.
        }
    }
    if (!contentSeen)
        throw new model/* ParseError */.mB(input.name, 'the file is empty', {}, 'The test runner wrote nothing: check that it ran and finished.');
    parser.close();
    const collected = collector.finish();
    return {
        source: input.name,
        format: 'junit',
        tests: finishTests(collected.drafts),
        suites: collected.suites,
        warnings: [...warnings, ...collected.warnings.map((w) => `${input.name}: ${w}`)],
    };
}
/** JUnit XML: `<testsuites>` or `<testsuite>` at the root (not TRX, NUnit or xUnit.net, which share `.xml`). */
const junitReader = {
    format: 'junit',
    sniff(head) {
        const root = rootElementName(head);
        return root !== undefined && JunitCollector.isJunitRoot(root);
    },
    read: readJunit,
    // Each testcase's failures go to `keepFailure` as the testcase closes (JunitCollector).
    keepsFailures: true,
};

;// CONCATENATED MODULE: ./src/formats/mocha-json/reader.js
/**
 * Mocha's built-in `json` reporter (`mocha --reporter json`): `{stats, tests, pending, failures, passes}`.
 * `tests` lists every test that ran or was pending, without a status of its own: a test is failed when it is
 * in `failures`, skipped when it is in `pending`, passed otherwise. A failing hook is in `failures` only (as
 * `"before each" hook for "…"`): it becomes a failed test of its own, as Mocha counts it among its failures;
 * the tests the hook kept from running are in no list, and Mocha counts them nowhere either.
 *
 * A test's suite path cannot be split into its describe titles: Mocha joins them with spaces into
 * `fullTitle`. The whole describe path is one suite entry.
 *
 * Retries: `currentRetry` is how many times the test was retried; each retry followed a failure, so a test
 * that passed with `currentRetry: 1` failed once first and is flaky.
 */





const errorSchema = schemas/* object */.Ikc({ message: looseString, stack: looseString, name: looseString, code: looseString })
    .partial()
    .catch({});
const reader_testSchema = schemas/* object */.Ikc({
    title: schemas/* string */.YjP(),
    fullTitle: looseString,
    file: looseString,
    duration: looseNumber,
    currentRetry: looseNumber,
    err: errorSchema.optional(),
});
const mocha_json_reader_documentSchema = schemas/* object */.Ikc({
    stats: schemas/* object */.Ikc({}).passthrough(),
    tests: schemas/* array */.YOg(schemas/* unknown */.L5J()),
    pending: schemas/* array */.YOg(schemas/* unknown */.L5J()).default([]),
    failures: schemas/* array */.YOg(schemas/* unknown */.L5J()).default([]),
});
const mocha_json_reader_EXPECTED = 'a Mocha JSON report ({"stats": {…}, "tests": […], "failures": […], "pending": […]})';
/** Tests are matched across the lists by file and full title (Mocha writes each list from the same objects). */
function keyOf(t) {
    return `${t.file ?? ''}\u0000${t.fullTitle ?? t.title}`;
}
/** The entries of a list by key, in list order. */
function queuesOf(list) {
    const queues = new Map();
    for (const t of list) {
        const key = keyOf(t);
        const queue = queues.get(key);
        if (queue === undefined)
            queues.set(key, [t]);
        else
            queue.push(t);
    }
    return queues;
}
/** The describe path: `fullTitle` without the trailing ` title`. */
function suiteOf(t) {
    const full = t.fullTitle ?? '';
    if (full.length > t.title.length && full.endsWith(` ${t.title}`)) {
        const suite = full.slice(0, -t.title.length - 1).trim();
        return suite.length > 0 ? [suite] : [];
    }
    return [];
}
/** Reads one list, keeping the items it can and warning about the others by their JSON path. */
function readList(list, name, source, warnings) {
    const out = [];
    list.forEach((item, index) => {
        const parsed = reader_testSchema.safeParse(item);
        if (parsed.success)
            out.push(parsed.data);
        else
            warnings.push(`${source} ${name}[${index}]: not a Mocha test (${parsed.error.issues[0]?.message ?? 'bad shape'}); left out`);
    });
    return out;
}
function failedAttempt(t, options, durationMs) {
    const err = t.err ?? {};
    const type = err.name ?? (err.code === 'ERR_ASSERTION' ? 'AssertionError' : undefined);
    return {
        status: 'failed',
        durationMs,
        failure: makeFailure({
            ...(err.message !== undefined ? { message: err.message } : {}),
            ...(err.stack !== undefined ? { trace: err.stack } : {}),
            ...(type !== undefined ? { type } : {}),
        }, options),
    };
}
function mocha_json_reader_attemptsOf(t, status, options) {
    const durationMs = t.duration ?? 0;
    if (status === 'skipped')
        return [{ status: 'skipped', durationMs: 0 }];
    const retries = Math.max(0, Math.floor(t.currentRetry ?? 0));
    // Earlier runs' failures are not recorded: only that they happened.
    const earlier = Array.from({ length: retries }, () => ({
        status: 'failed',
        durationMs: 0,
        failure: makeFailure({ message: 'failed before a retry' }, options),
    }));
    const last = status === 'failed' ? failedAttempt(t, options, durationMs) : { status, durationMs };
    return [...earlier, last];
}
/** Reads a Mocha JSON report. Throws only ParseError. */
async function readMochaJson(input, options) {
    const { value, warnings: decodeWarnings } = await readJsonDocument(input, options, mocha_json_reader_documentSchema, mocha_json_reader_EXPECTED);
    const warnings = [...decodeWarnings];
    const root = options.root ?? process.cwd();
    const tests = readList(value.tests, 'tests', input.name, warnings);
    const failures = readList(value.failures, 'failures', input.name, warnings);
    // Lists by key; a key can repeat (two tests with one title, two describe paths that join to one
    // fullTitle), and Mocha writes each list in run order, so repeats are matched in order.
    const pending = queuesOf(readList(value.pending, 'pending', input.name, warnings));
    const failed = queuesOf(failures);
    if (tests.length === 0 && failures.length === 0 && value.tests.length + value.failures.length > 0)
        throw new model/* ParseError */.mB(input.name, `not ${mocha_json_reader_EXPECTED}: no test could be read`, {}, undefined);
    const drafts = [];
    const seen = new Map();
    const draft = (t, status) => {
        // Mocha counts two tests with one title as two: a suffix keeps them two tests rather than two attempts.
        const key = keyOf(t);
        const count = (seen.get(key) ?? 0) + 1;
        seen.set(key, count);
        return {
            ...(t.file !== undefined && t.file !== '' ? { file: (0,model/* normalizePath */.Fd)(t.file, root) } : {}),
            suite: suiteOf(t),
            name: count === 1 ? t.title : `${t.title} (${count})`,
            attempts: mocha_json_reader_attemptsOf(t, status, options),
        };
    };
    const listed = new Set();
    for (const t of tests) {
        const key = keyOf(t);
        listed.add(key);
        const failure = failed.get(key)?.shift();
        if (failure !== undefined)
            drafts.push(draft(failure, 'failed'));
        else
            drafts.push(draft(t, pending.get(key)?.shift() !== undefined ? 'skipped' : 'passed'));
    }
    // Failures of hooks (and of anything else outside `tests`): suite-level errors, one failed test each.
    for (const t of failures)
        if (!listed.has(keyOf(t)))
            drafts.push(draft(t, 'failed'));
    return { source: input.name, format: 'mocha-json', tests: (0,model/* foldTests */.Pm)(drafts), suites: [], warnings };
}
/** The Mocha JSON reader. */
const mochaJsonReader = {
    format: 'mocha-json',
    // Mocha writes `stats` first and its counters are few, so `"tests": [` is in any head. mochawesome also
    // starts with `stats`, but its stats have `passPercent` and its tests live under `results`.
    sniff: (head) => /^\s*\{\s*"stats"\s*:\s*\{/.test(head) &&
        /"tests"\s*:\s*\[/.test(head) &&
        !head.includes('"passPercent"'),
    read: readMochaJson,
};

;// CONCATENATED MODULE: ./src/formats/playwright-json/reader.js
/**
 * The Playwright JSON reporter: `suites` (one per file, then one per `describe`) → `specs` (one per
 * `test()`) → `tests` (one per project) → `results` (one per attempt, `retry` 0, 1, …). Each spec and
 * project is one test case; each result is one attempt, so a retried test folds into failed-then-passed
 * attempts and comes out `flaky`, as Playwright itself counts it.
 *
 * The document's own `errors` are errors outside any test: a test file that fails to load stops
 * Playwright before it runs any test, and the report then holds no test at all. Each becomes a failed test
 * ({@link RUN_ERROR_NAME}) in the file it names, so such a run cannot read as green.
 */






const reader_errorSchema = schemas/* object */.Ikc({ message: looseString, stack: looseString, value: looseString }).catch({
    message: undefined,
    stack: undefined,
    value: undefined,
});
/** The name of the failed test that stands for an error outside any test (a file that fails to load). */
const RUN_ERROR_NAME = '(error outside any test)';
const runErrorSchema = schemas/* object */.Ikc({
    message: looseString,
    stack: looseString,
    location: schemas/* object */.Ikc({ file: looseString, line: looseNumber }).nullish().catch(undefined),
});
/** One stdout/stderr entry: text, or bytes as base64. */
const outputEntry = schemas/* union */.KCZ([schemas/* object */.Ikc({ text: schemas/* string */.YjP() }), schemas/* object */.Ikc({ buffer: schemas/* string */.YjP() }), schemas/* string */.YjP()]);
const resultSchema = schemas/* object */.Ikc({
    status: looseString,
    retry: looseNumber,
    duration: looseNumber,
    error: reader_errorSchema.optional(),
    errors: schemas/* array */.YOg(reader_errorSchema).catch([]).default([]),
    stdout: schemas/* array */.YOg(outputEntry).catch([]).default([]),
    stderr: schemas/* array */.YOg(outputEntry).catch([]).default([]),
});
const playwright_json_reader_testSchema = schemas/* object */.Ikc({
    projectName: looseString,
    expectedStatus: looseString,
    status: looseString,
    results: schemas/* array */.YOg(resultSchema).default([]),
});
const specSchema = schemas/* object */.Ikc({
    title: schemas/* string */.YjP(),
    file: looseString,
    line: looseNumber,
    tests: schemas/* array */.YOg(playwright_json_reader_testSchema).default([]),
});
const suiteSchema = schemas/* lazy */.RZV(() => schemas/* object */.Ikc({
    title: schemas/* string */.YjP().catch(''),
    file: looseString,
    specs: schemas/* array */.YOg(specSchema.nullable().catch(null)).default([]),
    suites: schemas/* array */.YOg(suiteSchema).default([]),
}));
const playwright_json_reader_documentSchema = schemas/* object */.Ikc({
    config: schemas/* object */.Ikc({ rootDir: looseString }).catch({ rootDir: undefined }),
    suites: schemas/* array */.YOg(suiteSchema),
    errors: schemas/* array */.YOg(schemas/* unknown */.L5J()).catch([]).default([]),
});
const playwright_json_reader_EXPECTED = 'a Playwright JSON report ({"config": …, "suites": [{"specs": [{"tests": […]}]}]})';
function outputText(entries, max) {
    const text = entries
        .map((e) => typeof e === 'string' ? e : 'text' in e ? e.text : Buffer.from(e.buffer, 'base64').toString('utf8'))
        .join('');
    return boundedOutput(text, max);
}
/**
 * One result as an attempt. A result passes when it ended as the test expected: `test.fail()` expects
 * `failed`, so a failing result of such a test is a pass and a passing one is a failure.
 */
function attemptOf(r, t, options) {
    const durationMs = r.duration ?? 0;
    const stdout = outputText(r.stdout, options.maxOutputChars);
    const stderr = outputText(r.stderr, options.maxOutputChars);
    const output = { ...(stdout !== undefined ? { stdout } : {}), ...(stderr !== undefined ? { stderr } : {}) };
    const expected = t.expectedStatus ?? 'passed';
    if (r.status === 'skipped' || expected === 'skipped')
        return { status: 'skipped', durationMs, ...output };
    if (r.status === expected)
        return { status: 'passed', durationMs, ...output };
    const error = r.error ?? r.errors[0];
    const category = r.status === 'timedOut' ? 'timeout' : r.status === 'interrupted' ? 'crash' : undefined;
    const unexpectedPass = r.status === 'passed' && expected === 'failed';
    const failure = makeFailure({
        message: unexpectedPass ? 'Expected to fail, but passed.' : (error?.message ?? error?.value),
        trace: error?.stack,
        ...(category !== undefined ? { category } : unexpectedPass ? { category: 'assertion' } : {}),
    }, options);
    return { status: 'failed', durationMs, failure, ...output };
}
/** Repo-relative path of a spec file: Playwright writes it relative to the config's rootDir. */
function filePath(file, rootDir, root) {
    if (rootDir === undefined || (0,external_node_path_.isAbsolute)(file))
        return (0,model/* normalizePath */.Fd)(file, root);
    const absolute = (0,external_node_path_.resolve)(rootDir, file);
    const fromRoot = (0,external_node_path_.relative)(root, absolute);
    // Outside the repo root (results copied from another machine): keep Playwright's own relative path.
    if (fromRoot.startsWith('..') || (0,external_node_path_.isAbsolute)(fromRoot))
        return (0,model/* normalizePath */.Fd)(file);
    return (0,model/* normalizePath */.Fd)(fromRoot);
}
/** Reads a Playwright JSON report. Throws only ParseError. */
async function readPlaywrightJson(input, options) {
    const { value, warnings: decodeWarnings } = await readJsonDocument(input, options, playwright_json_reader_documentSchema, playwright_json_reader_EXPECTED);
    const warnings = [...decodeWarnings];
    const root = options.root ?? process.cwd();
    const rootDir = value.config.rootDir;
    const drafts = [];
    let badSpecs = 0;
    // The top-level suites are files; their titles are the file name, so they are not part of the suite path.
    const walk = (suite, path) => {
        for (const spec of suite.specs) {
            if (spec === null) {
                badSpecs++;
                warnings.push(`${input.name}: a spec in ${JSON.stringify([...path, suite.title].join(' › '))} is not one Playwright writes; left out`);
                continue;
            }
            const specFile = spec.file ?? suite.file;
            const file = specFile !== undefined ? filePath(specFile, rootDir, root) : undefined;
            for (const t of spec.tests) {
                // A test that never ran (max failures reached, run interrupted) has no results: it did not run.
                const attempts = t.results.length > 0
                    ? t.results.map((r) => attemptOf(r, t, options))
                    : [{ status: 'skipped', durationMs: 0 }];
                drafts.push({
                    ...(file !== undefined ? { file } : {}),
                    ...(spec.line !== undefined ? { line: spec.line } : {}),
                    suite: path,
                    name: spec.title,
                    ...(t.projectName ? { project: t.projectName } : {}),
                    attempts,
                });
            }
        }
        for (const child of suite.suites)
            walk(child, [...path, child.title]);
    };
    for (const fileSuite of value.suites)
        walk(fileSuite, []);
    // Nothing readable at all is not a Playwright report with a bad spec but no Playwright report.
    if (badSpecs > 0 && drafts.length === 0 && value.errors.length === 0)
        throw new model/* ParseError */.mB(input.name, `not ${playwright_json_reader_EXPECTED}: no spec could be read (${badSpecs} without a title or tests)`, {}, 'Check that the file was written by that reporter and is complete.');
    value.errors.forEach((raw, index) => {
        const parsed = runErrorSchema.safeParse(raw);
        if (!parsed.success) {
            warnings.push(`${input.name} errors[${index}]: not an error Playwright writes; left out`);
            return;
        }
        const e = parsed.data;
        const file = e.location?.file !== undefined ? filePath(e.location.file, rootDir, root) : undefined;
        drafts.push({
            ...(file !== undefined ? { file } : {}),
            ...(e.location?.line !== undefined ? { line: e.location.line } : {}),
            suite: [],
            name: RUN_ERROR_NAME,
            attempts: [
                {
                    status: 'failed',
                    durationMs: 0,
                    failure: makeFailure({
                        ...(e.message !== undefined ? { message: e.message } : {}),
                        ...(e.stack !== undefined ? { trace: e.stack } : {}),
                        category: 'error',
                    }, options),
                },
            ],
        });
    });
    return {
        source: input.name,
        format: 'playwright-json',
        tests: (0,model/* foldTests */.Pm)(drafts),
        suites: [],
        warnings,
    };
}
/** The Playwright JSON reader. */
const playwrightJsonReader = {
    format: 'playwright-json',
    // The config object comes first and can be longer than the sniffed head, so `"suites"` may not be in it;
    // keys only Playwright's config has stand in for it.
    sniff: (head) => /^\s*\{\s*"config"\s*:/.test(head) ||
        (head.includes('"config"') && /"suites"|"forbidOnly"|"fullyParallel"|"globalTimeout"/.test(head)),
    read: readPlaywrightJson,
};

// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(33483);
;// CONCATENATED MODULE: ./src/formats/tap/parse.js
/**
 * The TAP 13/14 grammar: test points, plans, directives, YAML diagnostic blocks, indented subtests and
 * `Bail out!`. Pure: text in, a tree of test points out. Turning points into the test model is reader.ts.
 *
 * Subtests are read by indentation, which covers both TAP 14 (`# Subtest: name` then an indented block,
 * then the parent's own test point) and node:test's output. A parent point is the summary of its children.
 */



const TEST_POINT = /^(not )?ok\b(.*)$/;
const PLAN = /^1\.\.(\d+)\s*(?:#\s*(.*))?$/;
const BAIL_OUT = /^Bail out!\s*(.*)$/i;
// An unescaped `#` followed by SKIP/SKIPPED/TODO starts a directive.
const DIRECTIVE = /(?:^|[^\\])#\s*(skip\w*|todo)\b[\s:-]*(.*)$/i;
// node-tap ends a test point with its duration as a comment (`ok 1 - adds # time=5.1ms`): not part of the
// name, which must stay the same from run to run.
const TIME_COMMENT = /(?:^|\s+)(?<!\\)#\s*time=\d+(?:\.\d+)?m?s\s*$/;
function parse_unescape(text) {
    return text.replace(/\\([\\#])/g, '$1');
}
function parsePoint(ok, rest, line) {
    let body = rest;
    const numbered = /^\s*(\d+)/.exec(body);
    const number = numbered ? Number(numbered[1]) : undefined;
    if (numbered)
        body = body.slice(numbered[0].length);
    body = body.replace(/^\s*-?\s*/, '');
    let directive;
    const d = DIRECTIVE.exec(body);
    if (d) {
        const reason = (d[2] ?? '').trim().replace(/^-$/, '');
        directive = { kind: /^todo$/i.test(d[1] ?? '') ? 'todo' : 'skip', ...(reason ? { reason } : {}) };
        body = body.slice(0, d.index + (d[0].startsWith('#') ? 0 : 1));
    }
    body = body.replace(TIME_COMMENT, '');
    return {
        ok,
        ...(number !== undefined ? { number } : {}),
        description: parse_unescape(body.trim()),
        ...(directive ? { directive } : {}),
        line,
        children: [],
    };
}
function indentOf(line) {
    let n = 0;
    for (const ch of line) {
        if (ch === ' ')
            n++;
        else if (ch === '\t')
            n += 4;
        else
            break;
    }
    return n;
}
/**
 * Parses TAP text. Throws ParseError for a stream that contradicts itself (a test point after the plan
 * that closed its level); anything merely unusual becomes a warning.
 */
function parseTap(name, text) {
    const lines = text.split(/\r?\n/);
    const warnings = [];
    const frames = [];
    let last;
    let bailOut;
    let topPlanned;
    const braces = [];
    const frameAt = (indent) => {
        let top = frames.at(-1);
        if (top === undefined || top.indent < indent) {
            top = { indent, points: [] };
            frames.push(top);
        }
        return top;
    };
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i] ?? '';
        const indent = indentOf(raw);
        const line = raw.trim();
        if (line === '')
            continue;
        // A YAML block belongs to the point just before it, indented deeper than that point.
        if (line === '---' && last !== undefined && indent > last.indent) {
            const block = [];
            let j = i + 1;
            for (; j < lines.length; j++) {
                const l = lines[j] ?? '';
                if (l.trim() === '...' && indentOf(l) <= indent)
                    break;
                block.push(l.slice(Math.min(indent, indentOf(l))));
            }
            last.point.diagnostics = parseDiagnostics(block.join('\n'), name, i + 1, warnings);
            i = j;
            continue;
        }
        const bail = BAIL_OUT.exec(line);
        if (bail) {
            bailOut = (bail[1] ?? '').trim();
            break;
        }
        const point = TEST_POINT.exec(line);
        // Subtests are indented by 4 (TAP 14, node:test); a point-like line at another depth right after a
        // point is part of that point's diagnostic text (mocha indents failure text by 2).
        if (point && (last === undefined || indent <= last.indent || indent % 4 === 0)) {
            // node-tap's buffered subtests: `ok 1 - name {`, the indented subtests, then `}`.
            const rest = point[2] ?? '';
            const buffered = /\s\{$/.test(rest);
            const p = parsePoint(point[1] === undefined, buffered ? rest.replace(/\s*\{$/, '') : rest, i + 1);
            if (buffered)
                braces.push({ point: p, indent });
            // Deeper frames are this point's subtests.
            while ((frames.at(-1)?.indent ?? -1) > indent) {
                const child = frames.pop();
                (0,arrays/* appendAll */.u2)(p.children, child.points);
            }
            const frame = frameAt(indent);
            if (frame.closedAtLine !== undefined)
                throw new model/* ParseError */.mB(name, `test point after the plan that ended the test list (plan on line ${frame.closedAtLine})`, { line: i + 1, column: indent + 1 }, 'A TAP plan goes either before the first test point or after the last one.');
            frame.points.push(p);
            last = { point: p, indent };
            continue;
        }
        if (line === '}' && braces.at(-1)?.indent === indent) {
            const open = braces.pop();
            while ((frames.at(-1)?.indent ?? -1) > indent)
                (0,arrays/* appendAll */.u2)(open.point.children, frames.pop().points);
            continue;
        }
        const plan = PLAN.exec(line);
        if (plan) {
            const frame = frameAt(indent);
            frame.planned = Number(plan[1]);
            if (frame.points.length > 0)
                frame.closedAtLine = i + 1;
            if (frames[0] === frame)
                topPlanned = frame.planned;
            continue;
        }
        // Comments (`# Subtest:` included), `TAP version`, pragmas and stray output carry no results;
        // indented text right after a point is that point's diagnostic text.
        if (line.startsWith('#') || /^TAP version/i.test(line) || /^pragma /.test(line))
            continue;
        if (last !== undefined && indent > last.indent) {
            const piece = raw.slice(Math.min(indent, last.indent + 2));
            last.point.text = last.point.text === undefined ? piece : `${last.point.text}\n${piece}`;
        }
    }
    // Deeper frames left open: the stream stopped inside a subtest (a crash or a bail-out).
    while (frames.length > 1) {
        const orphan = frames.pop();
        warnings.push(`${name}: ${orphan.points.length} subtest result(s) without their parent test point (the stream ended early)`);
        (0,arrays/* appendAll */.u2)(frameAt(frames.at(-1)?.indent ?? 0).points, orphan.points);
    }
    const points = frames[0]?.points ?? [];
    if (topPlanned !== undefined && bailOut === undefined && points.length !== topPlanned)
        warnings.push(`${name}: the plan announced ${topPlanned} test(s) but ${points.length} were reported`);
    return {
        points,
        ...(topPlanned !== undefined ? { planned: topPlanned } : {}),
        ...(bailOut !== undefined ? { bailOut } : {}),
        warnings,
    };
}
function parseDiagnostics(block, name, line, warnings) {
    try {
        // Alias expansion is capped so a hostile block cannot blow up memory.
        const value = (0,dist/* parse */.qg)(block, { maxAliasCount: 100, prettyErrors: false });
        if (value !== null && typeof value === 'object' && !Array.isArray(value))
            return value;
        return value === null || value === undefined ? undefined : { message: String(value) };
    }
    catch {
        warnings.push(`${name}:${line}: the YAML diagnostics block is not valid YAML; kept as text`);
        return { message: block };
    }
}

;// CONCATENATED MODULE: ./src/formats/tap/reader.js
/**
 * TAP 13/14 as tests. Leaf test points are tests; a point with subtests is a suite whose description
 * becomes part of its children's suite path. TAP has no retries, so every point is its own test: points
 * with the same description in one suite (`should be equal` a dozen times) are told apart by a suffix
 * rather than folded into attempts.
 */





/** The name given to the synthetic failed test that stands for a `Bail out!`. */
const BAIL_OUT_NAME = 'Bail out!';
function reader_text(value) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return JSON.stringify(value);
}
/** Where a failure happened, from node-tap's `at: {file, line, column}` or node:test's `location`. */
function locationOf(d) {
    const at = d['at'];
    if (at !== null && typeof at === 'object') {
        const { file, line, column } = at;
        if (typeof file === 'string')
            return [file, line, column].filter((x) => x !== undefined).join(':');
    }
    return reader_text(d['at']) ?? reader_text(d['location']);
}
/** node:test states the kind of failure; other producers leave it to the message. */
function categoryOf(d) {
    const failureType = reader_text(d['failureType']);
    if (failureType === 'testTimeoutFailure')
        return 'timeout';
    if (failureType === 'cancelledByParent' || failureType === 'uncaughtException')
        return 'crash';
    if (failureType === 'hookFailed')
        return 'error';
    if (d['code'] === 'ERR_ASSERTION' || d['name'] === 'AssertionError')
        return 'assertion';
    return undefined;
}
function reader_attemptOf(p, options) {
    const d = p.diagnostics ?? {};
    const duration = Number(d['duration_ms']);
    const durationMs = Number.isFinite(duration) && duration >= 0 ? duration : 0;
    if (p.directive?.kind === 'skip')
        return {
            status: 'skipped',
            durationMs,
            ...(p.directive.reason ? { skipMessage: p.directive.reason } : {}),
        };
    // A TODO point is work not done yet, whether its body failed (the usual case) or happened to pass: it
    // counts as skipped, as node:test and node-tap count it (a todo, not a pass or a failure). tape counts a
    // TODO point as a pass in its footer; the directive wins.
    if (p.directive?.kind === 'todo')
        return {
            status: 'skipped',
            durationMs,
            skipMessage: `TODO${p.directive.reason ? `: ${p.directive.reason}` : ''}`,
        };
    if (p.ok)
        return { status: 'passed', durationMs };
    const location = locationOf(d);
    const stack = reader_text(d['stack']);
    const trace = [
        stack,
        location !== undefined && !(stack ?? '').includes(location) ? `at ${location}` : undefined,
    ]
        .filter((x) => x !== undefined)
        .join('\n');
    const category = categoryOf(d);
    const failure = makeFailure({
        // Without a message, a TAP description is usually the assertion's own message (`tap.equal(a, b, msg)`).
        message: reader_text(d['message']) ?? reader_text(d['error']) ?? firstLine(p.text) ?? p.description,
        ...(trace !== '' ? { trace } : p.text !== undefined ? { trace: p.text } : {}),
        ...(typeof d['name'] === 'string' && d['name'] !== '' ? { type: d['name'] } : {}),
        ...(category !== undefined ? { category } : {}),
    }, options);
    return { status: 'failed', durationMs, failure };
}
function failedInside(p) {
    return p.children.some((c) => (!c.ok && c.directive === undefined) || failedInside(c));
}
/**
 * Turns points into tests, depth first. A parent that failed while none of its subtests did (a hook or
 * the suite body threw) is kept as a test itself, so that failure is not lost.
 */
function collect(points, suite, options, out) {
    const seen = new Map();
    const uniqueName = (p, index) => {
        const base = p.description !== '' ? p.description : `(test ${p.number ?? index + 1})`;
        const count = (seen.get(base) ?? 0) + 1;
        seen.set(base, count);
        return count === 1 ? base : `${base} (${count})`;
    };
    points.forEach((p, index) => {
        const name = uniqueName(p, index);
        if (p.children.length > 0) {
            collect(p.children, [...suite, name], options, out);
            if (p.ok || p.directive !== undefined || failedInside(p))
                return;
        }
        out.push((0,model/* makeTestCase */.Hw)({ suite, name, attempts: [reader_attemptOf(p, options)] }));
    });
}
/** Reads a TAP 13/14 stream. Throws only ParseError. */
async function readTap(input, options) {
    const decoded = await readText(input, options);
    const doc = parseTap(input.name, decoded.text);
    const tests = [];
    collect(doc.points, [], options, tests);
    const warnings = [...decoded.warnings, ...doc.warnings];
    if (doc.bailOut !== undefined) {
        // A bail-out stops the run: the tests that never ran would otherwise leave the report green.
        const reason = doc.bailOut !== '' ? doc.bailOut : 'the test run bailed out';
        warnings.push(`${input.name}: Bail out! ${bounded(stripAnsi(reason), options.maxMessageChars) ?? ''}`);
        tests.push((0,model/* makeTestCase */.Hw)({
            suite: [],
            name: BAIL_OUT_NAME,
            attempts: [
                {
                    status: 'failed',
                    durationMs: 0,
                    failure: makeFailure({ message: reason, category: 'crash' }, options),
                },
            ],
        }));
    }
    return { source: input.name, format: 'tap', tests, suites: [], warnings };
}
/** The TAP reader. */
const tapReader = {
    format: 'tap',
    // A version line, or a plan or test point at the start of a line. Not XML or JSON: their texts may hold
    // such lines. Mocha's TAP has no version line and the tests' own output may come first.
    sniff: (head) => {
        if (/^\s*TAP version 1[34]\b/i.test(head))
            return true;
        if (/^\s*[<{[]/.test(head))
            return false;
        return /^(?:1\.\.\d+|(?:not )?ok\b)/m.test(head);
    },
    read: readTap,
};

;// CONCATENATED MODULE: ./src/formats/trx/outcome.js
/**
 * The TRX `outcome` values (Visual Studio's TestOutcome enum) mapped to our statuses. `Warning` and
 * `PassedButRunAborted` ran and passed; `Inconclusive`, `NotRunnable` and the never-finished states did not
 * demonstrably pass or fail, so they count as skipped. An unknown value is undefined: the caller warns.
 */
function trxOutcome(outcome) {
    switch ((outcome ?? '').toLowerCase()) {
        case 'passed':
        case 'passedbutrunaborted':
        case 'completed':
        case 'warning':
            return { status: 'passed' };
        case 'failed':
            return { status: 'failed' };
        case 'error':
            return { status: 'failed', category: 'error' };
        case 'timeout':
            return { status: 'failed', category: 'timeout' };
        case 'aborted':
        case 'disconnected':
            return { status: 'failed', category: 'crash' };
        case 'notexecuted':
        case 'notrunnable':
        case 'inconclusive':
        case 'pending':
        case 'inprogress':
            return { status: 'skipped' };
        default:
            return undefined;
    }
}
/** A .NET TimeSpan (`[d.]hh:mm:ss[.fffffff]`) in milliseconds; undefined when it is not one. */
function timeSpanMs(text) {
    if (text === undefined)
        return undefined;
    const m = /^\s*(?:(\d+)\.)?(\d+):(\d+):(\d+)(?:\.(\d+))?\s*$/.exec(text);
    if (!m)
        return undefined;
    const [, days, hours, minutes, seconds, fraction] = m;
    const whole = ((Number(days ?? 0) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds);
    const frac = fraction !== undefined ? Number(`0.${fraction}`) : 0;
    return Math.round((whole + frac) * 1e6) / 1e3;
}
/** Milliseconds between two ISO timestamps, when both parse and the end is not before the start. */
function spanMs(start, end) {
    if (start === undefined || end === undefined)
        return undefined;
    const ms = Date.parse(end) - Date.parse(start);
    return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}
/** `Ns.Class, Assembly, Version=…` (MSTest writes assembly-qualified names) → `Ns.Class`. */
function plainClassName(className) {
    const comma = className.indexOf(',');
    return (comma === -1 ? className : className.slice(0, comma)).trim();
}
// SDK-style output folders: bin/Debug/net8.0/, bin/Release/netcoreapp3.1/, bin/Debug/net461/, net6.0-windows.
const TARGET_FRAMEWORK = /^(?:net\d+(?:\.\d+)?(?:-[a-z][\w.]*)?|netcoreapp\d+\.\d+|netstandard\d+\.\d+)$/i;
/**
 * The target framework from a test assembly's path, as the test's project: the same test run for two
 * frameworks is two tests, not two attempts of one.
 */
function targetFramework(codeBase) {
    if (codeBase === undefined)
        return undefined;
    const parts = codeBase.split(/[\\/]/);
    parts.pop();
    for (let i = parts.length - 1; i >= 0; i--) {
        const part = parts[i] ?? '';
        if (TARGET_FRAMEWORK.test(part))
            return part.toLowerCase();
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/formats/trx/reader.js
/**
 * .NET TRX (Visual Studio test results) from the MSTest, xUnit and NUnit adapters, streamed with saxes: no
 * DOM of the whole file, and saxes neither resolves external entities nor expands DTD entities.
 *
 * Results and definitions are joined at the end because their order differs between writers: a result's
 * `testId` points to a `UnitTest` definition whose `TestMethod` gives the class. Several results for one
 * test (retries, `dotnet test --retry`) fold into attempts; MSTest data rows (`InnerResults`) are
 * separate tests, named by their own `testName`, and their aggregate parent is left out.
 */





/** Text gathered from one element, capped while it arrives so a huge output cannot fill memory. */
class BoundedText {
    max;
    text = '';
    total = 0;
    constructor(max) {
        this.max = max;
    }
    add(piece) {
        this.total += piece.length;
        if (this.text.length <= this.max)
            this.text += piece.slice(0, this.max + 1 - this.text.length);
    }
    /** The text, with a marker when it was cut. */
    value() {
        if (this.total === 0)
            return undefined;
        return this.total > this.max
            ? `${this.text.slice(0, this.max)}\n… [${this.total - this.max} more characters cut]`
            : this.text;
    }
}
const TEXT_ELEMENTS = ['Message', 'StackTrace', 'StdOut', 'StdErr'];
/** Reads a TRX file. Throws only ParseError. */
async function readTrx(input, options) {
    const warnings = [];
    const results = [];
    const definitions = new Map();
    // Thousands of tests share a class and an assembly: one suite array and one project string each, so
    // 100k definitions do not hold 100k copies of the same text.
    const suites = new Map();
    const projects = new Map();
    const parser = new saxes/* SaxesParser */.wT({ xmlns: false, position: true });
    const open = [];
    let definition;
    let capture;
    let runInfo;
    let runBroken = false;
    let sawRoot = false;
    parser.on('error', (err) => {
        throw new model/* ParseError */.mB(input.name, `invalid XML: ${err.message.replace(/^.*?:\d+:\d+: /, '')}`, {
            line: parser.line,
            column: parser.column,
        });
    });
    parser.on('opentag', (tag) => {
        const a = tag.attributes;
        switch (tag.name) {
            case 'TestRun':
                sawRoot = true;
                break;
            case 'ResultSummary':
                runBroken = /^(?:Error|Aborted|Timeout|Disconnected)$/i.test(a['outcome'] ?? '');
                break;
            case 'RunInfo':
                // When the run itself broke (the test host crashed), its errors say why tests are missing; they go
                // to the log. In a run that merely failed, xUnit logs every failed test here too: that is noise.
                runInfo =
                    runBroken && a['outcome'] === 'Error' ? new BoundedText(options.maxMessageChars) : undefined;
                break;
            case 'Text':
                if (runInfo)
                    capture = runInfo;
                break;
            case 'UnitTestResult': {
                const result = {
                    testId: a['testId'] ?? '',
                    testName: a['testName'] ?? '',
                    outcome: a['outcome'],
                    durationMs: timeSpanMs(a['duration']) ?? spanMs(a['startTime'], a['endTime']) ?? 0,
                    line: parser.line,
                    hasInner: false,
                };
                const parent = open.at(-1);
                if (parent)
                    parent.hasInner = true;
                open.push(result);
                break;
            }
            case 'UnitTest':
                definition = { ...(a['name'] !== undefined ? { name: a['name'] } : {}) };
                if (a['id'] !== undefined)
                    definitions.set(a['id'], definition);
                break;
            case 'TestMethod':
                if (definition) {
                    const className = plainClassName(a['className'] ?? '');
                    if (className !== '') {
                        if (!suites.has(className))
                            suites.set(className, [className]);
                        definition.suite = suites.get(className);
                    }
                    const codeBase = a['codeBase'];
                    if (codeBase !== undefined) {
                        if (!projects.has(codeBase))
                            projects.set(codeBase, targetFramework(codeBase));
                        const project = projects.get(codeBase);
                        if (project !== undefined)
                            definition.project = project;
                    }
                }
                break;
            default: {
                const current = open.at(-1);
                if (current && TEXT_ELEMENTS.includes(tag.name)) {
                    const key = textKey(tag.name);
                    const max = key === 'stdout' || key === 'stderr' ? options.maxOutputChars : options.maxMessageChars;
                    // Inner results have their own Output, read into their own record; a repeated element appends.
                    capture = current[key] ?? (current[key] = new BoundedText(max));
                }
            }
        }
    });
    parser.on('text', (text) => capture?.add(text));
    parser.on('cdata', (text) => capture?.add(text));
    parser.on('closetag', (tag) => {
        if (tag.name === 'RunInfo') {
            const text = runInfo?.value()?.trim();
            if (text)
                warnings.push(`${input.name}:${parser.line}: the test run reported an error: ${text}`);
            runInfo = undefined;
            capture = undefined;
        }
        else if (tag.name === 'Text')
            capture = undefined;
        else if (tag.name === 'UnitTestResult') {
            const r = open.pop();
            // A result with neither a name nor an outcome records no test: jest-trx-results-processor writes one
            // beside the real result of a file that failed to load. It is left out, with a warning.
            if (r && r.testName === '' && (r.outcome ?? '').trim() === '')
                warnings.push(`${input.name}:${r.line}: a UnitTestResult with neither testName nor outcome is not a test; left out`);
            // An aggregate (MSTest data-driven parent) is represented by its inner results.
            else if (r && !r.hasInner)
                results.push({
                    testId: r.testId,
                    testName: r.testName,
                    attempt: trx_reader_attemptOf(r, options, warnings, input.name),
                });
        }
        else if (tag.name === 'UnitTest')
            definition = undefined;
        else if (TEXT_ELEMENTS.includes(tag.name))
            capture = undefined;
    });
    for await (const piece of decodeChunks(input, options, (encoding) => warnings.push(`${input.name}: bytes that are not valid ${encoding} were replaced with U+FFFD`)))
        parser.write(piece);
    parser.close();
    if (!sawRoot)
        throw new model/* ParseError */.mB(input.name, 'not a TRX file: no <TestRun> element', { line: 1, column: 1 }, 'Point the glob at .trx files written by `dotnet test --logger trx`.');
    const drafts = results.map((r) => draftOf(r, definitions.get(r.testId)));
    return { source: input.name, format: 'trx', tests: (0,model/* foldTests */.Pm)(drafts), suites: [], warnings };
}
function textKey(element) {
    if (element === 'Message')
        return 'message';
    if (element === 'StackTrace')
        return 'stackTrace';
    return element === 'StdOut' ? 'stdout' : 'stderr';
}
function trx_reader_attemptOf(r, options, warnings, source) {
    let outcome = trxOutcome(r.outcome);
    if (outcome === undefined) {
        warnings.push(`${source}:${r.line}: unknown outcome ${JSON.stringify(r.outcome)} for ${r.testName}, read as skipped`);
        outcome = { status: 'skipped' };
    }
    // Already bounded while streaming; only line ends are normalised here.
    const stdout = r.stdout?.value()?.replace(/\r\n/g, '\n');
    const stderr = r.stderr?.value()?.replace(/\r\n/g, '\n');
    const output = { ...(stdout !== undefined ? { stdout } : {}), ...(stderr !== undefined ? { stderr } : {}) };
    const message = r.message?.value()?.replace(/\r\n/g, '\n');
    if (outcome.status === 'failed') {
        const failure = makeFailure({
            message: message?.trim(),
            trace: r.stackTrace?.value()?.replace(/\r\n/g, '\n'),
            ...(outcome.category !== undefined ? { category: outcome.category } : {}),
        }, options);
        return { status: 'failed', durationMs: r.durationMs, failure, ...output };
    }
    const skipMessage = outcome.status === 'skipped' ? message?.trim() : undefined;
    return {
        status: outcome.status,
        durationMs: r.durationMs,
        ...(skipMessage ? { skipMessage } : {}),
        ...output,
    };
}
/**
 * Identity: suite = the class, name = the test name without the class prefix that xUnit and MSTest repeat
 * in it, project = the target framework when the assembly path names one. TRX has no source file.
 */
function draftOf(r, def) {
    const className = def?.suite?.[0];
    let name = r.testName !== '' ? r.testName : (def?.name ?? r.testId);
    if (className !== undefined && name.startsWith(`${className}.`) && name.length > className.length + 1)
        name = name.slice(className.length + 1);
    return {
        suite: def?.suite ?? [],
        name,
        ...(def?.project !== undefined ? { project: def.project } : {}),
        attempts: [r.attempt],
    };
}
/** The TRX reader. */
const trxReader = {
    format: 'trx',
    sniff: (head) => /<TestRun[\s>]/.test(head),
    read: readTrx,
};

;// CONCATENATED MODULE: ./src/formats/registry.js







/**
 * Every reader, in sniffing order: the first whose `sniff` accepts a file reads it. XML formats come before
 * JSON ones; among the JSON formats the more specific shapes come first.
 * Each reader module adds itself here with one import and one entry.
 */
const READERS = [
    junitReader,
    trxReader,
    ctrfReader,
    playwrightJsonReader,
    jestJsonReader,
    mochaJsonReader,
    tapReader,
];

;// CONCATENATED MODULE: ./src/formats/common/failed-output.js
/** Whether an attempt carries output that a failed-output-only read does not keep. */
function hasUnkeptOutput(attempt) {
    return attempt.status !== 'failed' && (attempt.stdout !== undefined || attempt.stderr !== undefined);
}
/** The attempt without stdout/stderr. */
function withoutOutput(attempt) {
    const { stdout: _stdout, stderr: _stderr, ...rest } = attempt;
    return rest;
}
/**
 * The tests with the output of attempts that did not fail left out; the same array (and the same test
 * objects) where there is none, which is the usual case.
 */
function keepFailedOutputOnly(tests) {
    if (!tests.some((t) => t.attempts.some(hasUnkeptOutput)))
        return tests;
    return tests.map((t) => t.attempts.some(hasUnkeptOutput)
        ? { ...t, attempts: t.attempts.map((a) => (hasUnkeptOutput(a) ? withoutOutput(a) : a)) }
        : t);
}

;// CONCATENATED MODULE: ./src/formats/index.js







const SNIFF_BYTES = 8 * 1024;
/** The first few kilobytes of an input as text, without a byte-order mark. */
async function readHead(input, bytes = SNIFF_BYTES) {
    const parts = [];
    let length = 0;
    for await (const chunk of input.chunks()) {
        parts.push(Buffer.from(chunk));
        length += chunk.byteLength;
        if (length >= bytes)
            break;
    }
    const head = Buffer.concat(parts).subarray(0, bytes);
    // UTF-16 files start with FF FE or FE FF; TRX from some Windows tools is written that way.
    if (head[0] === 0xff && head[1] === 0xfe)
        return head.subarray(2).toString('utf16le');
    if (head[0] === 0xfe && head[1] === 0xff)
        return Buffer.from(head.subarray(2)).swap16().toString('utf16le');
    return head.toString('utf8').replace(/^\uFEFF/, '');
}
/** Picks the reader for an input from its content, or throws a ParseError listing what is supported. */
async function pickReader(input, readers = READERS) {
    const head = await readHead(input);
    if (head.trim().length === 0)
        throw new model/* ParseError */.mB(input.name, 'the file is empty', {}, 'The test runner wrote nothing: check that it ran and finished.');
    const reader = readers.find((r) => r.sniff(head, input.name));
    if (!reader) {
        throw new model/* ParseError */.mB(input.name, 'not a recognised test-result format', { line: 1, column: 1 }, `Supported formats: ${readers.map((r) => r.format).join(', ')}. Point the glob at result files only.`);
    }
    return reader;
}
/** Reads one result input of any supported format, found by content. Throws only ParseError. */
async function readResults(input, options = formats_reader/* DEFAULT_READ_OPTIONS */.O$) {
    if (input.size !== undefined && input.size > options.maxBytes) {
        throw new model/* ParseError */.mB(input.name, `the file is ${input.size} bytes, over the ${options.maxBytes}-byte limit`, {}, 'Split the results into several files, or raise the limit with --max-file-size.');
    }
    const reader = await pickReader(input);
    const parsed = await reader.read(input, options);
    if (options.keepFailure && !reader.keepsFailures)
        keepTestFailures(parsed.tests, options.keepFailure);
    const kept = options.failedOutputOnly ? { ...parsed, tests: keepFailedOutputOnly(parsed.tests) } : parsed;
    return saneResults(kept, input.name);
}
/**
 * Bounds what every reader returns, once: names (model/name-limits.ts; cut tests may fold together) and
 * durations (model/durations.ts), each with one warning naming the file.
 */
function saneResults(parsed, name) {
    const warnings = [...parsed.warnings];
    let tests = parsed.tests;
    const capped = tests.map(model/* capTestNames */.NW);
    if (capped.some((t, i) => t !== tests[i])) {
        tests = (0,model/* foldTests */.Pm)(capped);
        warnings.push(`${name}: some test names were over the documented length and were cut`);
    }
    const timed = (0,model/* saneDurations */.vX)(tests, parsed.suites);
    if (timed.fixed === 0 && warnings.length === parsed.warnings.length)
        return parsed;
    if (timed.fixed > 0)
        warnings.push((0,model/* durationWarning */.pH)(name, timed.fixed));
    return { ...parsed, tests: timed.fixed > 0 ? timed.tests : tests, suites: timed.suites, warnings };
}
/** Reads one result file from disk. Throws only ParseError (a missing file included). */
async function readResultFile(path, options = formats_reader/* DEFAULT_READ_OPTIONS */.O$) {
    let input;
    try {
        input = await (0,formats_reader/* fileInput */.Fg)(path);
    }
    catch (cause) {
        if (cause instanceof model/* ParseError */.mB)
            throw cause;
        throw new model/* ParseError */.mB(path, `cannot open the file (${cause.code ?? String(cause)})`, {}, 'Check the path and the permissions.', { cause });
    }
    return readResults(input, options);
}


/***/ }),

/***/ 38731:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ isLocationLike),
/* harmony export */   t: () => (/* binding */ junitIdentity)
/* harmony export */ });
/**
 * How a JUnit `<testcase>` becomes a test identity (file, suite path, name). JUnit has no standard for it:
 * each reporter puts the file, the class and the describe path in different attributes. These rules make
 * the ids stable (the same test gets the same id in every shard and run) and readable (no part repeats
 * another), and they are pure so they can be tested dialect by dialect.
 *
 * **File**, first found of:
 * 1. the testcase's `file` attribute (pytest xunit1, PHPUnit, RSpec, mocha xunit, Playwright);
 * 2. the innermost enclosing testsuite's `file` attribute (PHPUnit, nested suites);
 * 3. the `classname`, when it names a location rather than a title: no whitespace, and a `/`, `\`, `.` or
 *    `::` in it. That covers a file (vitest, Playwright: `calculator.test.js`), a Go package
 *    (`example.com/calc`), a Java class (Surefire, Gradle, Ant: `com.acme.CalcTest`), a Python module or
 *    class (pytest xunit2: `tests.test_calc.TestCalc`) and a Rust module (nextest: `crate::module`). It is
 *    kept as given, not turned into a path, because its kind cannot be told from the text. A classname
 *    that reads like a title (jest-junit's describe path, mocha-junit-reporter's test title, node:test's
 *    constant `test`) is not a location;
 * 4. the innermost testsuite's name, when it names a location by the same test (jest-junit configured with
 *    the file path as suite name, Bazel's target `pkg/target`).
 *
 * Otherwise the test has no file (jest-junit defaults, mocha-junit-reporter, node:test).
 *
 * Paths are normalised with the model's `normalizePath` against the read root.
 *
 * **Suite path**: the names of the enclosing testsuites, outermost first, without the root `<testsuites>`
 * (a run-level container: "jest tests", "Mocha Tests") and without a name equal to the file (vitest and
 * Playwright name each suite after its file). Then the classname, where it adds something: not when it is
 * the file, a suite name already in the path, the test name or the tail of the test name
 * (mocha-junit-reporter), nor
 * the file as a module path (RSpec's `spec.calc_spec` for `spec/calc_spec.rb`). When it is the module path
 * plus a class (pytest `tests.test_calc.TestCalc` for `tests/test_calc.py`) only the class is added; when
 * it ends with the test name (jest-junit's `{classname} {title}`) only the part before the name is.
 *
 * **Name**: the testcase's `name`, as given.
 */
/** Whether a classname names a location (file, package, class, module) rather than a title. */
function isLocationLike(classname) {
    if (classname.length === 0 || /\s/.test(classname))
        return false;
    return /[/\\.]|::/.test(classname);
}
// One-entry memo for moduleOf: consecutive testcases nearly always share a file, and this runs per testcase
// in files of 100,000. The function is pure, so the memo is not observable.
let memoFile = '';
let memoModule = '';
/** `spec/calc_spec.rb` → `spec.calc_spec`: the module path some reporters derive the classname from. */
function moduleOf(file) {
    if (file === memoFile)
        return memoModule;
    const slash = file.lastIndexOf('/');
    const dot = file.lastIndexOf('.');
    const stem = dot > slash + 1 ? file.slice(0, dot) : file;
    memoFile = file;
    memoModule = stem.replaceAll('/', '.');
    return memoModule;
}
const DOT = 0x2e;
const SPACE = 0x20;
// `text.startsWith(prefix + char)` and `text.endsWith(char + suffix)` without building the joined string:
// these run for every testcase, and the joined string would be flattened (copied) on each comparison.
function startsWithThenChar(text, prefix, char) {
    return text.length > prefix.length && text.charCodeAt(prefix.length) === char && text.startsWith(prefix);
}
function endsWithAfterChar(text, suffix, char) {
    const at = text.length - suffix.length - 1;
    return at >= 0 && text.charCodeAt(at) === char && text.endsWith(suffix);
}
const NODE_TEST_CLASSNAME = 'test';
/** The suite entry a classname contributes, or undefined when it repeats what the id already has. */
function classnameEntry(classname, name, file, suite) {
    if (classname === file || classname === name || name.endsWith(classname) || suite.includes(classname))
        return;
    // node:test's JUnit reporter writes the constant classname "test" on every testcase: it names nothing.
    if (classname === NODE_TEST_CLASSNAME)
        return;
    if (file !== undefined) {
        const module = moduleOf(file);
        if (classname === module)
            return;
        if (startsWithThenChar(classname, module, DOT))
            return classname.slice(module.length + 1);
    }
    if (endsWithAfterChar(classname, name, SPACE)) {
        const prefix = classname.slice(0, -name.length - 1).trimEnd();
        return prefix.length > 0 && !suite.includes(prefix) ? prefix : undefined;
    }
    return classname;
}
/** Fresh arrays every time: for callers that read a handful of testcases. */
const PLAIN_PATHS = {
    without: (path, entry) => path.filter((s) => s !== entry),
    with: (path, entry) => [...path, entry],
};
/**
 * The identity of one testcase: see the module comment for the rules. `normalize` turns a raw path into the
 * repo-relative form ({@link normalizePath} against the read root); the reader passes a memoised one,
 * since a suite's testcases usually repeat the same path. `paths` builds the suite path; the reader's
 * shares one array among the testcases with the same path.
 */
function junitIdentity(testcase, suites, normalize, paths = PLAIN_PATHS) {
    const classname = testcase.classname !== undefined ? testcase.classname.trim() : '';
    let file;
    let classnameIsFile = false;
    if (testcase.file !== undefined && testcase.file.trim().length > 0)
        file = normalize(testcase.file);
    else if (suites.file !== undefined)
        file = suites.file;
    else if (isLocationLike(classname)) {
        file = normalize(classname);
        classnameIsFile = true;
    }
    else
        file = suites.nameAsFile;
    let suite = suites.path;
    if (file !== undefined && suite.includes(file))
        suite = paths.without(suite, file);
    if (!classnameIsFile && classname.length > 0) {
        const entry = classnameEntry(classname, testcase.name, file, suite);
        if (entry !== undefined)
            suite = paths.with(suite, entry);
    }
    return { file, suite, name: testcase.name };
}


/***/ }),

/***/ 57117:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ij: () => (/* binding */ BUNDLE_FILE),
  kT: () => (/* binding */ BUNDLE_RESULTS_DIR),
  js: () => (/* binding */ TOOL),
  QG: () => (/* reexport */ bundle_folder/* bundleFolderName */.Q),
  mp: () => (/* binding */ bundleTests),
  QN: () => (/* binding */ parseBundle),
  Bo: () => (/* binding */ readBundle),
  kb: () => (/* binding */ toBundleTest),
  Mf: () => (/* binding */ writeBundle)
});

// UNUSED EXPORTS: BUNDLE_KIND, BUNDLE_VERSION, bundleSchema, serializeBundle

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(29143);
// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
// EXTERNAL MODULE: ./src/model/read-document.js
var read_document = __webpack_require__(54589);
// EXTERNAL MODULE: ./src/model/versioned.js
var versioned = __webpack_require__(40962);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/model/atomic-write.js
var atomic_write = __webpack_require__(91636);
// EXTERNAL MODULE: ./src/run/bundle-folder.js
var bundle_folder = __webpack_require__(15696);
;// CONCATENATED MODULE: ./src/run/bundle.js
/**
 * The shard bundle: what one shard job leaves behind for `report` (DESIGN.md, "Shard bundle"). A bundle is
 * a folder named `tessera-shard-<i>-of-<N>[-attempt-<a>]` holding `bundle.json` and, under `results/`, the
 * raw result files the shard's command wrote, one sub-folder per try (`results/try-1/…`). The folder is
 * what a CI uploads as the shard's artifact.
 *
 * `bundle.json` is versioned: a reader refuses a newer major version with a VersionError naming the file.
 */








/** Version of the bundle shape this build writes and reads. */
const BUNDLE_VERSION = 1;
/** The bundle document kind, for version checks. */
const BUNDLE_KIND = { kind: 'shard bundle', current: BUNDLE_VERSION };
/** The document's file name inside a bundle folder. */
const BUNDLE_FILE = 'bundle.json';
/** The folder, inside a bundle folder, that holds the raw result files. */
const BUNDLE_RESULTS_DIR = 'results';
/** This build of Tessera. */
const TOOL = { name: 'tessera', version: package_namespaceObject.rE };
// Finite and non-negative, capped at MAX_DURATION_MS (model/durations.ts): a bundle is untrusted input.
const ms = schemas/* number */.aig().finite().nonnegative().transform(model/* saneDuration */.a);
const attemptSchema = schemas/* object */.Ikc({
    status: schemas/* enum */.k5n(['passed', 'failed', 'skipped']),
    durationMs: ms,
    failure: schemas/* object */.Ikc({
        category: schemas/* enum */.k5n(['assertion', 'error', 'timeout', 'crash']),
        message: schemas/* string */.YjP().optional(),
        type: schemas/* string */.YjP().optional(),
        trace: schemas/* string */.YjP().optional(),
    })
        .optional(),
    skipMessage: schemas/* string */.YjP().optional(),
    stdout: schemas/* string */.YjP().optional(),
    stderr: schemas/* string */.YjP().optional(),
});
/** Zod schema of the bundle. Objects are loose so fields added by a newer minor build pass through. */
const bundleSchema = schemas/* looseObject */._H3({
    version: schemas/* literal */.euz(BUNDLE_VERSION),
    tool: schemas/* looseObject */._H3({ name: schemas/* string */.YjP(), version: schemas/* string */.YjP() }),
    run: schemas/* looseObject */._H3({
        provider: schemas/* string */.YjP(),
        runId: schemas/* string */.YjP().optional(),
        attempt: schemas/* number */.aig().int().positive().optional(),
        sha: schemas/* string */.YjP().optional(),
        branch: schemas/* string */.YjP().optional(),
        baseBranch: schemas/* string */.YjP().optional(),
        pr: schemas/* number */.aig().int().positive().optional(),
        url: schemas/* string */.YjP().optional(),
        jobUrl: schemas/* string */.YjP().optional(),
    }),
    shard: schemas/* looseObject */._H3({ index: schemas/* number */.aig().int().positive(), total: schemas/* number */.aig().int().positive() }),
    items: schemas/* array */.YOg(schemas/* string */.YjP()),
    command: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    startedAt: schemas/* string */.YjP(),
    finishedAt: schemas/* string */.YjP(),
    wallMs: ms,
    setupMs: ms.optional(),
    exitCode: schemas/* number */.aig().int(),
    infrastructureFailure: schemas/* looseObject */._H3({ reason: schemas/* string */.YjP() }).optional(),
    tries: schemas/* array */.YOg(schemas/* looseObject */._H3({
        index: schemas/* number */.aig().int().positive(),
        items: schemas/* array */.YOg(schemas/* string */.YjP()),
        exitCode: schemas/* number */.aig().int().nullable(),
        signal: schemas/* string */.YjP().optional(),
        timedOut: schemas/* boolean */.zMY(),
        wallMs: ms,
        resultFiles: schemas/* array */.YOg(schemas/* looseObject */._H3({
            path: schemas/* string */.YjP(),
            format: schemas/* enum */.k5n(['junit', 'ctrf', 'trx', 'tap', 'playwright-json', 'jest-json', 'mocha-json']),
            tests: schemas/* number */.aig().int().nonnegative(),
        })),
        infrastructureFailure: schemas/* string */.YjP().optional(),
    })),
    files: schemas/* array */.YOg(schemas/* looseObject */._H3({ path: schemas/* string */.YjP(), wallMs: ms, source: schemas/* enum */.k5n(['process', 'runner']) })),
    tests: schemas/* array */.YOg(schemas/* looseObject */._H3({
        id: schemas/* string */.YjP().min(1),
        file: schemas/* string */.YjP().optional(),
        line: schemas/* number */.aig().int().positive().optional(),
        suite: schemas/* array */.YOg(schemas/* string */.YjP()),
        name: schemas/* string */.YjP(),
        project: schemas/* string */.YjP().optional(),
        attempts: schemas/* array */.YOg(attemptSchema).min(1),
        carriedFrom: schemas/* number */.aig().int().positive().optional(),
    })),
    queue: schemas/* looseObject */._H3({
        kind: schemas/* string */.YjP(),
        batches: schemas/* array */.YOg(schemas/* looseObject */._H3({
            sequence: schemas/* number */.aig().int().positive(),
            items: schemas/* array */.YOg(schemas/* string */.YjP()),
            startMs: ms,
            wallMs: ms,
            takenOverFrom: schemas/* number */.aig().int().positive().optional(),
            failed: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
            requeued: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
            requeueOf: schemas/* looseObject */._H3({
                attempt: schemas/* number */.aig().int().min(2),
                worker: schemas/* number */.aig().int().positive(),
                sequence: schemas/* number */.aig().int().positive(),
            })
                .optional(),
        })),
    })
        .optional(),
    bailed: schemas/* looseObject */._H3({ after: schemas/* string */.YjP(), notRun: schemas/* array */.YOg(schemas/* string */.YjP()) }).optional(),
    rerun: schemas/* looseObject */._H3({
        fromAttempt: schemas/* number */.aig().int().positive(),
        source: schemas/* string */.YjP(),
        items: schemas/* array */.YOg(schemas/* string */.YjP()),
        byName: schemas/* number */.aig().int().nonnegative(),
    })
        .optional(),
});
/** A test as the bundle stores it (the derived outcome and duration are left out). */
function toBundleTest(t) {
    return {
        ...(0,model/* identityOf */.cu)(t),
        attempts: t.attempts,
    };
}
/** A bundle's tests as TestCases, with outcome and duration derived from the attempts. */
function bundleTests(bundle) {
    // The stored id is kept: it was computed by the writer from the same parts.
    // Names are bounded (model/name-limits.ts): a bundle is as untrusted as a result file.
    return bundle.tests.map((t) => (0,model/* capTestNames */.NW)({ ...(0,model/* makeTestCase */.Hw)(t), id: t.id }));
}
/**
 * The bundle as JSON text: two-space indented, one trailing newline. The short identifying fields come
 * first, before the item list, so a reader that sniffs the first kilobytes (the planner's `--timings`)
 * sees them even for a shard of thousands of items.
 */
function serializeBundle(bundle) {
    const { version, tool, run, shard, startedAt, finishedAt, wallMs, exitCode, infrastructureFailure, ...rest } = bundle;
    const head = { version, tool, run, shard, startedAt, finishedAt, wallMs, exitCode };
    const ordered = { ...head, ...(infrastructureFailure ? { infrastructureFailure } : {}), ...rest };
    return `${JSON.stringify(ordered, null, 2)}\n`;
}
/**
 * Reads a bundle document. `source` names it in errors.
 *
 * @throws VersionError when a newer Tessera wrote it
 * @throws ParseError when it is not JSON or not a bundle (the message names the first bad field)
 */
function parseBundle(text, source) {
    return (0,versioned/* parseVersionedJson */.D)(text, {
        ...BUNDLE_KIND,
        schema: bundleSchema,
        hint: 'A shard bundle is the bundle.json that `tessera run` or `tessera collect` writes; was the artifact truncated?',
    }, source);
}
/** Reads `bundle.json` from a file path. Throws ParseError (a missing file included) or VersionError. */
function readBundle(path) {
    return (0,read_document/* readDocument */.u)(path, 'bundle', 'Check the path and that the shard artifact was downloaded.', parseBundle);
}
/**
 * Writes `bundle.json` into `folder` (created if needed) and returns the file's path. `scrub` masks secrets
 * in the serialized text (what tests printed is in it).
 */
async function writeBundle(folder, bundle, scrub = (text) => text) {
    const path = (0,external_node_path_.join)(folder, BUNDLE_FILE);
    await (0,atomic_write/* writeFileAtomic */.Zf)(path, scrub(serializeBundle(bundle)));
    return path;
}


/***/ })

};

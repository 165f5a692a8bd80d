export const id = 53;
export const ids = [53];
export const modules = {

/***/ 77913:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ decodeBinary),
/* harmony export */   Ec: () => (/* binding */ versionProblem),
/* harmony export */   Km: () => (/* binding */ fileEntryProblem),
/* harmony export */   ae: () => (/* binding */ BINARY_MAGIC),
/* harmony export */   cY: () => (/* binding */ encodeBinary)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29143);
/* harmony import */ var _history_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14722);
/* harmony import */ var _test_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91979);
/* harmony import */ var _text_column_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71274);
/**
 * The stored form of a version-2 history, before gzip: a small JSON header (branch, runs, files, the test
 * table's shape) and the test table's typed arrays back to back. Reading is a JSON parse of a few kilobytes
 * plus copies of the arrays; nothing is parsed per test except the ids (which the comparison needs anyway).
 *
 * Layout (integers little-endian):
 * ```
 * "TSRH"  u32 header length  header (UTF-8 JSON)  zero padding to a multiple of 4
 * u32 × rows  id lengths        u32 × rows  title lengths     u32 × rows  file index    u32 × rows  seen
 * ids (UTF-8, back to back)     titles (UTF-8, back to back)  zero padding to a multiple of 4
 * u8 × rows × columns  statuses, column after column (oldest run first)
 * u8 × rows × columns  low bytes of the duration codes, then u8 × rows × columns their high bytes
 * ```
 * Lengths rather than offsets, and the duration codes split into a low and a high plane: both make long runs
 * of equal bytes (ids are all 16 bytes long; a high byte is nearly always 0, 1 or 2), which gzip then stores
 * almost for free (the planes gzip 10% smaller than 16-bit codes), and the in-memory table keeps the same
 * planes, so every array is one copy to read and one to write.
 */





/** The first four bytes of a stored version-2 history. */
const BINARY_MAGIC = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from('TSRH', 'latin1');
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const headerSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(_history_document_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_VERSION */ .g1),
    branch: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    runs: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(_history_document_js__WEBPACK_IMPORTED_MODULE_1__/* .historyRunSchema */ .Rv),
    // Checked by hand below: zod would walk and copy every file entry first.
    files: zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J(),
    tests: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        rows: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().nonnegative(),
        columns: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().nonnegative(),
        idBytes: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().nonnegative(),
        titleBytes: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().nonnegative(),
        filePaths: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()),
    }),
});
// Arithmetic, not `(n + 3) & ~3`: a bitwise operation truncates to 32 bits, so a crafted header declaring
// 2^32 id bytes or more would wrap to a small offset and pass the size check.
const pad4 = (n) => Math.ceil(n / 4) * 4;
/** The bytes of a u32 array, little-endian. */
function u32Bytes(values) {
    const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
    return LITTLE_ENDIAN ? bytes : node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(bytes).swap32();
}
/** Serialises a document to its stored form, before gzip. */
function encodeBinary(doc) {
    const t = doc.tests;
    const rows = t.size;
    const columns = t.columns;
    const header = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(JSON.stringify({
        version: doc.version,
        branch: doc.branch,
        runs: doc.runs,
        files: doc.files,
        tests: {
            rows,
            columns,
            idBytes: t.ids.bytes.length,
            titleBytes: t.titles.bytes.length,
            filePaths: t.filePaths,
        },
    }), 'utf8');
    const lengthsOf = (column) => {
        const out = new Uint32Array(rows);
        let start = 0;
        for (let i = 0; i < rows; i++) {
            const end = column.ends[i];
            out[i] = end - start;
            start = end;
        }
        return out;
    };
    const tableStart = pad4(8 + header.length);
    const textStart = tableStart + 16 * rows;
    const columnStart = pad4(textStart + t.ids.bytes.length + t.titles.bytes.length);
    const cells = rows * columns;
    // Not zero-filled: every byte is written below except the padding, which is zeroed where it lies.
    const out = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.allocUnsafe(columnStart + 3 * cells);
    out.fill(0, 8 + header.length, tableStart);
    out.fill(0, textStart + t.ids.bytes.length + t.titles.bytes.length, columnStart);
    BINARY_MAGIC.copy(out, 0);
    out.writeUInt32LE(header.length, 4);
    header.copy(out, 8);
    out.set(u32Bytes(lengthsOf(t.ids)), tableStart);
    out.set(u32Bytes(lengthsOf(t.titles)), tableStart + 4 * rows);
    out.set(u32Bytes(t.fileIndex), tableStart + 8 * rows);
    out.set(u32Bytes(t.seen), tableStart + 12 * rows);
    out.set(t.ids.bytes, textStart);
    out.set(t.titles.bytes, textStart + t.ids.bytes.length);
    for (let c = 0; c < columns; c++) {
        out.set(t.statuses[c], columnStart + c * rows);
        const durations = t.durations[c];
        out.set(durations.low, columnStart + cells + c * rows);
        out.set(durations.high, columnStart + 2 * cells + c * rows);
    }
    return out;
}
function corrupt(message) {
    return { ok: false, problem: { kind: 'corrupt', message } };
}
/** The header's JSON, or a problem; `version` is checked before anything else about the header. */
function readHeader(bytes) {
    if (bytes.length < 8)
        return corrupt('the history is truncated (no header)');
    const buffer = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const length = buffer.readUInt32LE(4);
    if (8 + length > bytes.length)
        return corrupt('the history is truncated (in its header)');
    try {
        return { header: JSON.parse(buffer.toString('utf8', 8, 8 + length)), end: 8 + length };
    }
    catch (error) {
        return corrupt(`the history's header is not valid JSON (${error.message})`);
    }
}
/** The version problem of a header whose version is not {@link HISTORY_VERSION}, if any. */
function versionProblem(version) {
    if (version === _history_document_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_VERSION */ .g1)
        return undefined;
    const newer = typeof version === 'number' && version > _history_document_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_VERSION */ .g1;
    return {
        ok: false,
        problem: {
            kind: 'unsupported-version',
            version,
            message: newer
                ? `history version ${version} was written by a newer Tessera (this one reads versions 1 and ${_history_document_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_VERSION */ .g1})`
                : `history version ${JSON.stringify(version) ?? 'undefined'} is not one this Tessera reads (expected ${_history_document_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_VERSION */ .g1})`,
        },
    };
}
function isCount(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
const PASSED_KEY = /^[0-9a-f]{16}$/;
/** Whether a file's passed keys (`--skip-unchanged`) are well-formed and within the bound. */
function passedKeysWellFormed(value) {
    if (!Array.isArray(value) || value.length > _history_document_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSED_KEYS_PER_FILE */ .l4)
        return false;
    return value.every((entry) => {
        if (typeof entry !== 'object' || entry === null)
            return false;
        const e = entry;
        return (typeof e.k === 'string' &&
            PASSED_KEY.test(e.k) &&
            isCount(e.seq) &&
            (e.sha === undefined || (typeof e.sha === 'string' && e.sha.length <= 64)));
    });
}
/** Why a file entry is malformed, or undefined when it is well-formed. */
function fileEntryProblem(value) {
    if (typeof value !== 'object' || value === null)
        return 'is not an object';
    const f = value;
    if (!Array.isArray(f.w) || !f.w.every(isCount))
        return 'has malformed wall times';
    if (!isCount(f.seen) || f.seen < 1)
        return 'has no last-seen run';
    if (f.p !== undefined && !passedKeysWellFormed(f.p))
        return 'has malformed passed keys';
    return undefined;
}
/**
 * `bytes[start, end)` as a plain Uint8Array view (not a Buffer, whatever `bytes` is), without a copy: the
 * table's byte columns share the decompressed block, which the document then keeps alive.
 */
function viewBytes(bytes, start, end) {
    return new Uint8Array(bytes.buffer, bytes.byteOffset + start, end - start);
}
/** Copies `count` u32s from `bytes` at `offset` (the source need not be aligned). */
function readU32(bytes, offset, count) {
    const out = new Uint32Array(count);
    const view = new Uint8Array(out.buffer);
    view.set(bytes.subarray(offset, offset + 4 * count));
    if (!LITTLE_ENDIAN)
        node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(out.buffer).swap32();
    return out;
}
/** Prefix sums of lengths: the end offsets of a text column, or undefined when they overflow `total`. */
function endsOf(lengths, total) {
    let at = 0;
    for (let i = 0; i < lengths.length; i++) {
        at += lengths[i];
        // An end past the column (or past what a u32 holds) cannot be stored: the lengths are wrong.
        if (at > total)
            return undefined;
        lengths[i] = at;
    }
    return at === total ? lengths : undefined;
}
/**
 * Reads a document from its stored form (after gunzip). Anything that does not fit is `corrupt`, with what
 * did not fit; a version other than {@link HISTORY_VERSION} is `unsupported-version`. Never throws: an
 * error the checks did not foresee is reported as `corrupt` too, so a bad history is a fresh start.
 */
function decodeBinary(bytes) {
    try {
        return decodeCheckedBinary(bytes);
    }
    catch (error) {
        return corrupt(`the history is damaged (${error instanceof Error ? error.message : String(error)})`);
    }
}
function decodeCheckedBinary(bytes) {
    const read = readHeader(bytes);
    if ('ok' in read)
        return read;
    const version = read.header?.version;
    const wrongVersion = versionProblem(version);
    if (wrongVersion)
        return wrongVersion;
    const parsed = headerSchema.safeParse(read.header);
    if (!parsed.success) {
        const issues = parsed.error.issues
            .slice(0, 3)
            .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
            .join('; ');
        return corrupt(`the history does not match the history schema (${issues})`);
    }
    const { branch, runs, files, tests: shape } = parsed.data;
    let previousSeq = 0;
    for (const [i, run] of runs.entries()) {
        if (run.seq <= previousSeq)
            return corrupt(`run sequence numbers are not increasing at run ${i + 1}`);
        previousSeq = run.seq;
    }
    if (typeof files !== 'object' || files === null || Array.isArray(files))
        return corrupt('the history does not match the history schema (files: not an object)');
    for (const [path, entry] of Object.entries(files)) {
        const problem = fileEntryProblem(entry);
        if (problem)
            return corrupt(`file ${JSON.stringify(path.slice(0, 80))} ${problem}`);
    }
    const { rows, columns } = shape;
    if (columns > runs.length)
        return corrupt(`the tests have ${columns} runs of statuses but the history has only ${runs.length} runs`);
    // Every count the header declares is checked against the real size before any offset is computed from
    // it, so no sum below can exceed 2^53 or point outside the bytes.
    for (const [what, count, each] of [
        ['rows', rows, 16],
        ['id bytes', shape.idBytes, 1],
        ['title bytes', shape.titleBytes, 1],
        ['status cells', rows * columns, 3],
    ]) {
        if (!Number.isSafeInteger(count) || count * each > bytes.length)
            return corrupt(`the history's header declares ${count} ${what}, more than its ${bytes.length} bytes can hold`);
    }
    const tableStart = pad4(read.end);
    const textStart = tableStart + 16 * rows;
    const columnStart = pad4(textStart + shape.idBytes + shape.titleBytes);
    const cells = rows * columns;
    if (bytes.length !== columnStart + 3 * cells)
        return corrupt(`the history is ${bytes.length} bytes long where its header says ${columnStart + 3 * cells} (truncated or damaged)`);
    const idEnds = endsOf(readU32(bytes, tableStart, rows), shape.idBytes);
    const titleEnds = endsOf(readU32(bytes, tableStart + 4 * rows, rows), shape.titleBytes);
    if (!idEnds || !titleEnds)
        return corrupt('the lengths of the test ids or titles do not add up');
    const fileIndex = readU32(bytes, tableStart + 8 * rows, rows);
    const seen = readU32(bytes, tableStart + 12 * rows, rows);
    for (let r = 0; r < rows; r++) {
        if (fileIndex[r] > shape.filePaths.length)
            return corrupt(`test ${r + 1} names no known file`);
        if (seen[r] < 1)
            return corrupt(`test ${r + 1} has no last-seen run`);
    }
    const statusBlock = viewBytes(bytes, columnStart, columnStart + cells);
    // One native regular-expression scan over the statuses as Latin-1 text, not two million JS iterations.
    const badStatus = /[^PFKS-]/.exec(node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(statusBlock.buffer, statusBlock.byteOffset, statusBlock.byteLength).toString('latin1'));
    if (badStatus)
        return corrupt(`a status of test ${(badStatus.index % rows) + 1} is not one of P, F, K, S, -`);
    const statuses = [];
    const durations = [];
    const durationBlock = viewBytes(bytes, columnStart + cells, columnStart + 3 * cells);
    for (let c = 0; c < columns; c++) {
        statuses.push(statusBlock.subarray(c * rows, (c + 1) * rows));
        durations.push({
            low: durationBlock.subarray(c * rows, (c + 1) * rows),
            high: durationBlock.subarray(cells + c * rows, cells + (c + 1) * rows),
        });
    }
    const table = new _test_table_js__WEBPACK_IMPORTED_MODULE_2__/* .TestTable */ .rY({
        ids: new _text_column_js__WEBPACK_IMPORTED_MODULE_3__/* .TextColumn */ .K(viewBytes(bytes, textStart, textStart + shape.idBytes), idEnds),
        titles: new _text_column_js__WEBPACK_IMPORTED_MODULE_3__/* .TextColumn */ .K(viewBytes(bytes, textStart + shape.idBytes, textStart + shape.idBytes + shape.titleBytes), titleEnds),
        filePaths: shape.filePaths,
        fileIndex,
        seen,
        statuses,
        durations,
    });
    // The id index is needed by every use of a loaded history; building it here also finds repeated ids.
    if (table.idIndex().hasDuplicates)
        return corrupt('a test id is listed twice');
    const doc = {
        version: _history_document_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_VERSION */ .g1,
        branch,
        runs,
        tests: table,
        files: files,
    };
    return { ok: true, doc };
}


/***/ }),

/***/ 20738:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FU: () => (/* binding */ decodeHistory),
  B5: () => (/* binding */ decodeHistoryAsync),
  N2: () => (/* binding */ encodeHistory),
  ve: () => (/* binding */ gzipHistory),
  Dj: () => (/* binding */ gzipHistoryAsync)
});

// UNUSED EXPORTS: HISTORY_GZIP_LEVEL, MAX_DECODED_BYTES

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/history/binary-format.js
var binary_format = __webpack_require__(77913);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(29143);
// EXTERNAL MODULE: ./src/history/history-document.js
var history_document = __webpack_require__(14722);
// EXTERNAL MODULE: ./src/history/table-of-windows.js
var table_of_windows = __webpack_require__(62162);
;// CONCATENATED MODULE: ./src/history/v1-migration.js
/**
 * Reading a version-1 history (the JSON document Tessera wrote before the columnar format): checked as
 * version 1 was, then turned into a version-2 document, so a branch keeps its statuses, durations and
 * flake evidence across the upgrade. The next save writes version 2. Costs about 0.8 s at 100,000 tests,
 * once per branch.
 */




const STATUS_STRING = /^[PFKS-]*$/;
const DURATIONS = /^(?:\d+(?: \d+)*)?$/;
const v1Schema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1),
    branch: schemas/* string */.YjP(),
    runs: schemas/* array */.YOg(history_document/* historyRunSchema */.Rv),
    tests: schemas/* unknown */.L5J(),
    files: schemas/* unknown */.L5J(),
});
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Why a version-1 test entry is malformed, or undefined when it is well-formed. */
function testEntryProblem(value, runCount) {
    if (!isRecord(value))
        return 'is not an object';
    if (typeof value.t !== 'string')
        return 'has no title';
    if (value.f !== undefined && typeof value.f !== 'string')
        return 'has a file that is not a string';
    if (typeof value.s !== 'string' || !STATUS_STRING.test(value.s))
        return 'has a malformed status string';
    if (typeof value.d !== 'string' ||
        !DURATIONS.test(value.d) ||
        (value.d === '' ? 0 : value.d.split(' ').length) !== value.s.length)
        return 'does not have one duration per status';
    if (value.s.length > runCount)
        return `has ${value.s.length} statuses but the history has only ${runCount} runs`;
    if (typeof value.seen !== 'number' || !Number.isInteger(value.seen) || value.seen < 1)
        return 'has no last-seen run';
    return undefined;
}
function corrupt(message) {
    return { ok: false, problem: { kind: 'corrupt', message } };
}
/** A parsed version-1 document as a version-2 one, or why it cannot be used. */
function migrateV1(value) {
    const parsed = v1Schema.safeParse(value);
    if (!parsed.success) {
        const issues = parsed.error.issues
            .slice(0, 3)
            .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
            .join('; ');
        return corrupt(`the version-1 history does not match its schema (${issues})`);
    }
    const { branch, runs, tests, files } = parsed.data;
    if (!isRecord(tests))
        return corrupt('the version-1 history does not match its schema (tests: not an object)');
    if (!isRecord(files))
        return corrupt('the version-1 history does not match its schema (files: not an object)');
    let previousSeq = 0;
    for (const [i, run] of runs.entries()) {
        if (run.seq <= previousSeq)
            return corrupt(`run sequence numbers are not increasing at run ${i + 1}`);
        previousSeq = run.seq;
    }
    const windows = [];
    for (const id of Object.keys(tests)) {
        const entry = tests[id];
        const problem = testEntryProblem(entry, runs.length);
        if (problem)
            return corrupt(`test ${JSON.stringify(id.slice(0, 40))} ${problem}`);
        const e = entry;
        windows.push({
            id,
            title: e.t,
            ...(e.f !== undefined ? { file: e.f } : {}),
            statuses: e.s,
            durations: e.d === '' ? [] : e.d.split(' ').map(Number),
            seen: e.seen,
        });
    }
    for (const [path, entry] of Object.entries(files)) {
        const problem = (0,binary_format/* fileEntryProblem */.Km)(entry);
        if (problem)
            return corrupt(`file ${JSON.stringify(path.slice(0, 80))} ${problem}`);
    }
    return {
        ok: true,
        doc: {
            version: history_document/* HISTORY_VERSION */.g1,
            branch,
            runs,
            tests: (0,table_of_windows/* tableOfWindows */.F)(windows),
            files: files,
        },
    };
}

;// CONCATENATED MODULE: ./src/history/codec.js
/**
 * Bytes ⇄ history document. Stores keep a version-2 document as the gzipped binary form of
 * binary-format.ts; reading also accepts it uncompressed, and migrates a version-1 document (gzipped or
 * plain JSON, as Tessera wrote before the columnar format) so a branch keeps its history across the upgrade.
 * Decoding never throws: damaged bytes come back as a {@link HistoryProblem} that the caller turns into a
 * warning and a fresh history.
 */




/**
 * Bound on the decompressed size. A 100k-test history is 15–20 MB uncompressed (a version-1 one, 25 MB
 * of JSON); anything far beyond that is a gzip bomb or not our file, and must not take the report down.
 */
const MAX_DECODED_BYTES = 256 * 1024 * 1024;
/**
 * The gzip level: 1, the fastest. The binary form compresses well at any level (100k tests: 3.55 MB at level
 * 1, 3.39 MB at level 6, under the 5 MB cap either way) and level 1 takes half the CPU of level 6 (76 against
 * 160 ms), on a 2-core runner that also writes the report meanwhile (BENCHMARKS.md, "History overhead").
 */
const HISTORY_GZIP_LEVEL = external_node_zlib_.constants.Z_BEST_SPEED;
// Documents are immutable, so the bytes the size cap already gzipped (to measure them) are the bytes the
// store writes: remembering them saves a second encode + gzip of a 100k-test document.
const encoded = new WeakMap();
/** Gzips a document's stored form and remembers the bytes for {@link encodeHistory}. */
function gzipHistory(doc) {
    const bytes = (0,external_node_zlib_.gzipSync)((0,binary_format/* encodeBinary */.cY)(doc), { level: HISTORY_GZIP_LEVEL });
    encoded.set(doc, bytes);
    return bytes;
}
const gzipInPool = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
/** Larger than any history's gzipped bytes under the default 5 MB cap. */
const ASYNC_GZIP_CHUNK = 8 * 1024 * 1024;
/**
 * {@link gzipHistory} on libuv's thread pool: the same bytes, while the main thread is free. `report` uses it
 * to compress the updated history while it writes its other outputs.
 */
async function gzipHistoryAsync(doc) {
    // One work item for a whole history: with the default 16 KiB output chunks, each chunk waits for the main
    // thread to queue the next, so a busy main thread (the very case this is for) would stall the gzip. The
    // output buffer's size does not change the compressed bytes.
    const bytes = await gzipInPool((0,binary_format/* encodeBinary */.cY)(doc), {
        level: HISTORY_GZIP_LEVEL,
        chunkSize: ASYNC_GZIP_CHUNK,
    });
    encoded.set(doc, bytes);
    return bytes;
}
/** Encodes and gzips a document: what a store writes. */
function encodeHistory(doc) {
    return encoded.get(doc) ?? gzipHistory(doc);
}
/** Whether bytes start with the gzip magic number. */
function isGzip(bytes) {
    return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
function startsWith(bytes, prefix) {
    if (bytes.length < prefix.length)
        return false;
    for (let i = 0; i < prefix.length; i++)
        if (bytes[i] !== prefix[i])
            return false;
    return true;
}
function codec_corrupt(message) {
    return { ok: false, problem: { kind: 'corrupt', message } };
}
/**
 * Reads a document from stored bytes: version 2 (gzipped or not), or version 1 JSON, migrated. Truncated
 * gzip, bytes that are neither, a damaged table, a schema mismatch or an unknown version give
 * `{ ok: false, problem }`, never an exception.
 */
function decodeHistory(bytes, maxDecodedBytes = MAX_DECODED_BYTES) {
    let raw;
    try {
        // Uncompressed input is copied: the document's columns are views of these bytes, and the caller's buffer
        // is the caller's to reuse.
        raw = isGzip(bytes) ? (0,external_node_zlib_.gunzipSync)(bytes, { maxOutputLength: maxDecodedBytes }) : new Uint8Array(bytes);
    }
    catch (error) {
        return codec_corrupt(`the history cannot be decompressed (${reason(error)})`);
    }
    return decodeRaw(raw, maxDecodedBytes);
}
const gunzipInPool = (0,external_node_util_.promisify)(external_node_zlib_.gunzip);
/**
 * {@link decodeHistory} with the gunzip on libuv's thread pool: the same result, while the main thread does
 * other work (`report` reads the result files meanwhile when it starts the load early).
 */
async function decodeHistoryAsync(bytes, maxDecodedBytes = MAX_DECODED_BYTES) {
    let raw;
    try {
        raw = isGzip(bytes)
            ? await gunzipInPool(bytes, { maxOutputLength: maxDecodedBytes, chunkSize: ASYNC_GZIP_CHUNK * 4 })
            : new Uint8Array(bytes);
    }
    catch (error) {
        return codec_corrupt(`the history cannot be decompressed (${reason(error)})`);
    }
    return decodeRaw(raw, maxDecodedBytes);
}
/**
 * The decompressed bytes as a document (see {@link decodeHistory}). Never throws: whatever the checks did
 * not foresee is `corrupt`, so a bad history is a warning and a fresh start.
 */
function decodeRaw(raw, maxDecodedBytes) {
    try {
        return decodeCheckedRaw(raw, maxDecodedBytes);
    }
    catch (error) {
        return codec_corrupt(`the history is damaged (${reason(error)})`);
    }
}
function decodeCheckedRaw(raw, maxDecodedBytes) {
    if (raw.length > maxDecodedBytes)
        return codec_corrupt(`the history is larger than ${maxDecodedBytes} bytes`);
    if (startsWith(raw, binary_format/* BINARY_MAGIC */.ae))
        return (0,binary_format/* decodeBinary */.AQ)(raw);
    // Not the binary form: version 1 wrote JSON.
    let value;
    try {
        value = JSON.parse(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8'));
    }
    catch (error) {
        return codec_corrupt(`the history is neither a Tessera history nor valid JSON (${reason(error)})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return codec_corrupt('the history is JSON but not a JSON object');
    const version = value.version;
    if (version === 1)
        return migrateV1(value);
    return (0,binary_format/* versionProblem */.Ec)(version) ?? codec_corrupt('a version-2 history must be in the binary form, not JSON');
}
function reason(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 52040:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ durationCode),
/* harmony export */   xj: () => (/* binding */ roundDuration),
/* harmony export */   xm: () => (/* binding */ durationOfCode)
/* harmony export */ });
/* unused harmony exports MAX_DURATION_CODE, durationTable */
/**
 * Test durations as the history keeps them: coarse (two significant digits from 100 ms up) and stored as a
 * 16-bit code per run, so 100,000 tests × 20 runs are a 4 MB typed array instead of two million numbers.
 *
 * The rounding is the one version 1 of the document used, kept on purpose: regression checks compare the
 * current time with the median and MAD of these values, and keeping the same values keeps their verdicts.
 * Every rounded value has exactly one code and back, so nothing is lost by the code itself:
 * - 0…9 ms (exact) are codes 0…9;
 * - 10…95 ms (steps of 5) are codes 10…27;
 * - from 100 ms, `m × 10^e` with `m` in 10…99 and `e ≥ 1` is code `28 + 90 (e − 1) + (m − 10)`: 90 codes
 *   per decade, so a day (86,400,000 ms) is code 568 and the high byte of a code is nearly always 0, 1 or 2,
 *   which gzip stores almost for free.
 */
/** The largest code (and so the largest duration) a 16-bit column holds; longer times are clamped to it. */
const MAX_DURATION_CODE = 0xffff;
/**
 * Durations are kept coarse: two significant digits from 100 ms up (1234 → 1200), the nearest 5 ms from
 * 10 to 100 ms (42 → 40), exact below. A duration is noisy far beyond that resolution, no regression
 * threshold (1.5× and +100 ms) can be crossed by the rounding, and coarse numbers compress much better.
 * Not a finite positive number (NaN, a clock that jumped) is 0.
 */
function roundDuration(ms) {
    if (!(ms > 0) || !Number.isFinite(ms))
        return 0;
    if (ms < 10)
        return Math.round(ms);
    if (ms < 100)
        return Math.round(ms / 5) * 5;
    const step = 10 ** (Math.floor(Math.log10(ms)) - 1);
    return Math.round(ms / step) * step;
}
/**
 * The code of a duration in ms: the code of `roundDuration(ms)`, computed without the logarithm and power of
 * {@link roundDuration} (it runs for every test of every report). The decade comes from comparisons, which
 * pick the same step as `floor(log10(ms))` except exactly at a power of ten, where both steps round to the
 * same value (test/history/duration-code.property.test.ts checks the two against each other).
 */
function durationCode(ms) {
    if (!(ms > 0) || !Number.isFinite(ms))
        return 0;
    if (ms < 10)
        return Math.round(ms);
    if (ms < 100)
        return 10 + (Math.round(ms / 5) - 2);
    let e = 1;
    let scale = 10;
    while (ms >= scale * 100) {
        scale *= 10;
        e++;
    }
    let m = Math.round(ms / scale);
    if (m === 100) {
        // Rounded up into the next decade: 995 ms is 1000, i.e. 10 × 10^2.
        m = 10;
        e++;
    }
    const code = 28 + 90 * (e - 1) + (m - 10);
    return code > MAX_DURATION_CODE ? MAX_DURATION_CODE : code;
}
/** The duration in ms of a code: the inverse of {@link durationCode} over rounded values. */
function durationOfCode(code) {
    if (code < 10)
        return code;
    if (code < 28)
        return (code - 8) * 5;
    const e = 1 + Math.floor((code - 28) / 90);
    return (10 + ((code - 28) % 90)) * 10 ** e;
}
let table;
/**
 * Every code's duration, computed once (512 KiB): the trend checks read up to two million durations per
 * report, and a table lookup is what keeps that loop cheap.
 */
function durationTable() {
    if (table)
        return table;
    const t = new Float64Array(MAX_DURATION_CODE + 1);
    for (let code = 0; code <= MAX_DURATION_CODE; code++)
        t[code] = durationOfCode(code);
    table = t;
    return t;
}


/***/ }),

/***/ 14722:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rv: () => (/* binding */ historyRunSchema),
/* harmony export */   XQ: () => (/* reexport safe */ _test_table_js__WEBPACK_IMPORTED_MODULE_0__.XQ),
/* harmony export */   bG: () => (/* binding */ observationsOf),
/* harmony export */   g1: () => (/* binding */ HISTORY_VERSION),
/* harmony export */   hH: () => (/* binding */ latestRun),
/* harmony export */   l4: () => (/* binding */ PASSED_KEYS_PER_FILE),
/* harmony export */   o0: () => (/* binding */ DEFAULT_HISTORY_LIMITS),
/* harmony export */   s4: () => (/* binding */ emptyHistory),
/* harmony export */   z7: () => (/* binding */ passingDurations)
/* harmony export */ });
/* unused harmony exports testCount, testWindow, testWindows */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29143);
/* harmony import */ var _duration_code_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52040);
/* harmony import */ var _test_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91979);
/**
 * The history document of DESIGN.md, version 2: one per branch, versioned, bounded. It holds the last runs
 * of the branch (summary, wall time, per-shard set-up and wall time), per test a window of recent statuses
 * and durations, and per file a window of recent wall times. `report` compares with it and appends to it;
 * `plan` takes timings from it.
 *
 * Why columnar: at 100,000 tests, version 1 (one JSON object per test, windows as strings) cost a report
 * about 0.9 s to parse, slide, compare, re-serialise and gzip, doubling the report's time. Here the tests are
 * a {@link TestTable}: typed arrays with one row per test and one column per run, so the update copies a
 * few arrays and adds a column, the comparison is a loop over bytes, and the stored form is those arrays
 * back to back (binary-format.ts) with only runs and files as JSON. Titles are kept for naming removed
 * tests, and decoded only for those.
 */




/** The version this Tessera writes and reads. A higher version is refused; version 1 is migrated on read. */
const HISTORY_VERSION = 2;
/** The defaults: 30 runs, 20 statuses and durations per test, 10 wall times per file, 5 MB gzipped. */
const DEFAULT_HISTORY_LIMITS = {
    runs: 30,
    testWindow: 20,
    fileWindow: 10,
    maxGzipBytes: 5_000_000,
    maxTitleLength: 300,
};
/** Passed keys kept per file, newest last: enough to go back and forth between a few branches' states. */
const PASSED_KEYS_PER_FILE = 8;
const nonNegativeInt = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative();
/** The zod schema of one run (the JSON header of the stored document holds the runs). */
const historyRunSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    seq: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
    at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    provider: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    attempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional(),
    sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    pr: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().optional(),
    summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        tests: nonNegativeInt,
        passed: nonNegativeInt,
        failed: nonNegativeInt,
        skipped: nonNegativeInt,
        flaky: nonNegativeInt,
    }),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    wallMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    shards: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        index: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
        setupMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
        wallMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    })),
    plan: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ predictedMakespanMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(), lowerBoundMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative() })
        .optional(),
    reused: nonNegativeInt.optional(),
});
/** An empty history for a branch. */
function emptyHistory(branch) {
    return { version: HISTORY_VERSION, branch, runs: [], tests: _test_table_js__WEBPACK_IMPORTED_MODULE_0__/* .TestTable */ .rY.empty(), files: {} };
}
/** The latest run of a history, or undefined when it has none. */
function latestRun(doc) {
    return doc.runs[doc.runs.length - 1];
}
/** Number of tests in a history. */
function testCount(doc) {
    return doc.tests.size;
}
/** The window of test `id`, or undefined when the history does not hold it. */
function testWindow(doc, id) {
    const row = doc.tests.rowOf(id);
    return row < 0 ? undefined : windowOfRow(doc.tests, row);
}
/** Every test's window, in row order. */
function testWindows(doc) {
    return Array.from({ length: doc.tests.size }, (_, row) => windowOfRow(doc.tests, row));
}
function windowOfRow(table, row) {
    let first = 0;
    while (first < table.columns && table.statuses[first]?.[row] === STATUS.absent)
        first++;
    const statuses = table.statusString(row).slice(first);
    const durations = table.durations.slice(first).map((column) => durationOfCode(codeAt(column, row)));
    const file = table.file(row);
    return {
        id: table.id(row),
        title: table.title(row),
        ...(file !== undefined ? { file } : {}),
        statuses,
        durations,
        seen: table.seen[row],
    };
}
/** The observations of the test in row `row`, oldest first, with their runs (absent runs left out). */
function observationsOf(doc, row) {
    const { tests } = doc;
    const offset = doc.runs.length - tests.columns;
    const out = [];
    for (let c = 0; c < tests.columns; c++) {
        const byte = tests.statuses[c][row];
        const run = doc.runs[offset + c];
        if (byte === _test_table_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS */ .XQ.absent || run === undefined)
            continue;
        const durationMs = (0,_duration_code_js__WEBPACK_IMPORTED_MODULE_2__/* .durationOfCode */ .xm)((0,_test_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeAt */ .LT)(tests.durations[c], row));
        out.push({ run, status: String.fromCharCode(byte), durationMs });
    }
    return out;
}
/**
 * The durations of the passing runs (status `P` or `K`) of the test in row `row`, oldest first: what
 * `observationsOf(doc, row).filter(passing).map(duration)` gives, with no object per run.
 */
function passingDurations(doc, row) {
    const { tests } = doc;
    const out = [];
    for (let c = 0; c < tests.columns; c++) {
        const byte = tests.statuses[c][row];
        if (byte === _test_table_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS */ .XQ.passed || byte === _test_table_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS */ .XQ.flaky)
            out.push((0,_duration_code_js__WEBPACK_IMPORTED_MODULE_2__/* .durationOfCode */ .xm)((0,_test_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeAt */ .LT)(tests.durations[c], row)));
    }
    return out;
}


/***/ }),

/***/ 76472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ joinRows)
/* harmony export */ });
/* harmony import */ var _run_columns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44082);

const joins = new WeakMap();
/** The rows of `tests` in `table` (see {@link RowJoin}); remembered per table and tests array. */
function joinRows(tests, table) {
    let perTable = joins.get(table);
    const known = perTable?.get(tests);
    if (known)
        return known;
    const index = table.idIndex();
    const { ids } = (0,_run_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .runColumns */ .H)(tests);
    const rows = new Int32Array(tests.length);
    for (let i = 0; i < ids.length; i++)
        rows[i] = index.get(ids[i]);
    if (!perTable) {
        perTable = new WeakMap();
        joins.set(table, perTable);
    }
    perTable.set(tests, rows);
    return rows;
}


/***/ }),

/***/ 44082:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ runColumns)
});

// UNUSED EXPORTS: STATUS_BYTE_OF_OUTCOME

;// CONCATENATED MODULE: ./src/history/run-record.js
/**
 * The duration the history keeps for a test: that of its last attempt, i.e. one execution. The sum over
 * retries would make every flaky run look like a 2× slow-down; retries are recorded as the `K` status
 * instead.
 */
function executionMs(test) {
    const last = test.attempts[test.attempts.length - 1];
    return Math.max(0, Math.round(last?.durationMs ?? test.durationMs));
}
/** Counts a run's outcomes, for callers that have the tests but no summary at hand. */
function summarizeTests(tests) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let flaky = 0;
    for (const t of tests) {
        if (t.outcome === 'passed')
            passed++;
        else if (t.outcome === 'failed')
            failed++;
        else if (t.outcome === 'skipped')
            skipped++;
        else
            flaky++;
    }
    return { tests: tests.length, passed, failed, skipped, flaky };
}

// EXTERNAL MODULE: ./src/history/test-table.js + 1 modules
var test_table = __webpack_require__(91979);
;// CONCATENATED MODULE: ./src/history/run-columns.js


/** The status byte of each outcome. */
const STATUS_BYTE_OF_OUTCOME = {
    passed: test_table/* STATUS */.XQ.passed,
    failed: test_table/* STATUS */.XQ.failed,
    flaky: test_table/* STATUS */.XQ.flaky,
    skipped: test_table/* STATUS */.XQ.skipped,
};
const columns = new WeakMap();
/** The {@link RunColumns} of `tests`, computed on first use. */
function runColumns(tests) {
    const known = columns.get(tests);
    if (known)
        return known;
    const status = new Uint8Array(tests.length);
    const ms = new Float64Array(tests.length);
    const ids = new Array(tests.length);
    for (let i = 0; i < tests.length; i++) {
        const test = tests[i];
        ids[i] = test.id;
        status[i] = STATUS_BYTE_OF_OUTCOME[test.outcome];
        ms[i] = executionMs(test);
    }
    const made = { ids, status, executionMs: ms };
    columns.set(tests, made);
    return made;
}


/***/ }),

/***/ 19592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mn: () => (/* binding */ applySizeCapAsync)
/* harmony export */ });
/* unused harmony exports gzipSize, applySizeCap */
/* harmony import */ var _binary_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77913);
/* harmony import */ var _codec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20738);
/* harmony import */ var _test_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91979);
/**
 * The byte cap on a history document. Runs and files are small (30 runs, one entry per test file); tests are
 * what grows, so trimming only touches tests, in this order, each step only as far as needed:
 *
 * 1. Tests absent from the latest run, least recently seen first (ties by id). They are already "removed"
 *    for the next comparison, so dropping them costs the least.
 * 2. Shorter windows for every test (20 → 10 → 5 → 2 → 1 runs), keeping the newest: the table keeps only its
 *    newest columns. The latest status is what the comparison needs and identity is what keeps
 *    "added"/"removed" right; depth only sharpens the flake and regression statistics.
 * 3. Tests of the latest run: passing and skipped ones before failing or flaky ones (a dropped passing test
 *    comes back as "added"; a dropped failing one would come back as a *new* failure), then by id. Ids are
 *    hashes, so id order favours no file or suite.
 *
 * The measure is the real gzipped size, so the cap holds for what the store writes.
 */



/** Window lengths step 2 tries, longest first. */
const WINDOW_STEPS = [10, 5, 2, 1];
/** Gzipped size of a document's stored form, in bytes. */
function gzipSize(doc) {
    return (0,_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .gzipHistory */ .ve)(doc).length;
}
/**
 * Whether the document's stored form is so small that its gzip cannot exceed the cap (gzip's worst case adds
 * ~0.1%), known without compressing it.
 */
function fitsUncompressed(doc, maxGzipBytes) {
    const t = doc.tests;
    // A lower bound of the stored size first: the arrays alone, without encoding anything.
    const arrays = 16 * t.size + 3 * t.size * t.columns + t.ids.bytes.length + t.titles.bytes.length;
    if (arrays > maxGzipBytes * 0.99)
        return false;
    return (0,_binary_format_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeBinary */ .cY)(doc).length <= maxGzipBytes * 0.99;
}
/**
 * Trims a document until its gzipped stored form is at most `maxGzipBytes`, in the order of the module
 * comment. A document that already fits is returned as is.
 */
function applySizeCap(doc, maxGzipBytes) {
    if (fitsUncompressed(doc, maxGzipBytes))
        return { doc, droppedAbsent: 0, droppedCurrent: 0, fits: true };
    return trimToCap(doc, maxGzipBytes, gzipHistory(doc).length);
}
/**
 * {@link applySizeCap} with the measuring gzip on the thread pool: the same result, while the main thread does
 * other work. Only a document over the cap is trimmed on the main thread (rare: it re-gzips as it trims).
 */
async function applySizeCapAsync(doc, maxGzipBytes) {
    if (fitsUncompressed(doc, maxGzipBytes))
        return { doc, droppedAbsent: 0, droppedCurrent: 0, fits: true };
    return trimToCap(doc, maxGzipBytes, (await (0,_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .gzipHistoryAsync */ .Dj)(doc)).length);
}
function byId(table) {
    const ids = table.ids.all();
    return (a, b) => {
        const x = ids[a];
        const y = ids[b];
        return x < y ? -1 : x > y ? 1 : 0;
    };
}
/** Steps 1–3 of the module comment, for a document whose gzipped size is `startSize`. */
function trimToCap(doc, maxGzipBytes, startSize) {
    let size = startSize;
    if (size <= maxGzipBytes)
        return { doc, gzipBytes: size, droppedAbsent: 0, droppedCurrent: 0, fits: true };
    const latestSeq = doc.runs[doc.runs.length - 1]?.seq ?? 0;
    const table = doc.tests;
    const rows = Array.from({ length: table.size }, (_, row) => row);
    // Step 1: absent tests, least recently seen first.
    const idOrder = byId(table);
    const absent = rows
        .filter((row) => table.seen[row] < latestSeq)
        .sort((a, b) => table.seen[a] - table.seen[b] || idOrder(a, b));
    const step1 = dropUntilFits(doc, absent, maxGzipBytes, size);
    let current = step1.doc;
    size = step1.size;
    if (size <= maxGzipBytes)
        return { doc: current, gzipBytes: size, droppedAbsent: step1.dropped, droppedCurrent: 0, fits: true };
    // Step 2: shorter windows.
    let windowCutTo;
    for (const window of WINDOW_STEPS) {
        current = { ...current, tests: current.tests.lastColumns(window) };
        windowCutTo = window;
        size = gzipSize(current);
        if (size <= maxGzipBytes)
            return {
                doc: current,
                gzipBytes: size,
                droppedAbsent: step1.dropped,
                windowCutTo,
                droppedCurrent: 0,
                fits: true,
            };
    }
    // Step 3: tests of the latest run, passing ones first.
    const rest = current.tests;
    const latest = rest.latest;
    const rank = (row) => {
        const s = latest?.[row];
        return s === _test_table_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS */ .XQ.failed || s === _test_table_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS */ .XQ.flaky ? 1 : 0;
    };
    const restOrder = byId(rest);
    const order = Array.from({ length: rest.size }, (_, row) => row).sort((a, b) => rank(a) - rank(b) || restOrder(a, b));
    const step3 = dropUntilFits(current, order, maxGzipBytes, size);
    return {
        doc: step3.doc,
        gzipBytes: step3.size,
        droppedAbsent: step1.dropped,
        ...(windowCutTo !== undefined ? { windowCutTo } : {}),
        droppedCurrent: step3.dropped,
        fits: step3.size <= maxGzipBytes,
    };
}
/**
 * Drops tests (rows of `doc.tests`) from the front of `order` until the document fits. Gzipping is the
 * expensive part, so each round drops as many tests as the average size per test says are needed (plus 5%),
 * and re-measures.
 */
function dropUntilFits(doc, order, maxGzipBytes, startSize) {
    let size = startSize;
    let dropped = 0;
    let current = doc;
    const gone = new Uint8Array(doc.tests.size);
    while (size > maxGzipBytes && dropped < order.length) {
        const remaining = doc.tests.size - dropped;
        const perTest = remaining > 0 ? size / remaining : size;
        const needed = Math.max(1, Math.ceil(((size - maxGzipBytes) / perTest) * 1.05));
        const until = Math.min(order.length, dropped + needed);
        for (let k = dropped; k < until; k++)
            gone[order[k]] = 1;
        dropped = until;
        const keep = new Int32Array(doc.tests.size - dropped);
        for (let row = 0, k = 0; row < doc.tests.size; row++)
            if (gone[row] === 0)
                keep[k++] = row;
        current = { ...doc, tests: doc.tests.pick(keep) };
        size = gzipSize(current);
    }
    return { doc: current, size, dropped };
}


/***/ }),

/***/ 62162:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ tableOfWindows)
/* harmony export */ });
/* harmony import */ var _duration_code_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52040);
/* harmony import */ var _test_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91979);
/* harmony import */ var _text_column_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71274);
/**
 * A {@link TestTable} from per-test windows written out as values: how tests build a history by hand and how
 * a version-1 document (one object per test) is migrated. Not a hot path: the report's update never comes
 * through here.
 */



/**
 * The table of `windows`, in that order, with `columns` columns (default: the longest window). A shorter
 * window is padded at the front with `-`. Throws a RangeError on a window longer than `columns`, a status
 * that is not a letter of {@link STATUS}, a duration list of another length, or a repeated id.
 */
function tableOfWindows(windows, columns) {
    const width = columns ?? windows.reduce((max, w) => Math.max(max, w.statuses.length), 0);
    const rows = windows.length;
    const statuses = Array.from({ length: width }, () => new Uint8Array(rows).fill(_test_table_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS */ .XQ.absent));
    const durations = Array.from({ length: width }, () => (0,_test_table_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyDurations */ .NZ)(rows));
    const filePaths = [];
    const fileNumbers = new Map();
    const fileIndex = new Uint32Array(rows);
    const seen = new Uint32Array(rows);
    const ids = new Set();
    windows.forEach((w, row) => {
        if (ids.has(w.id))
            throw new RangeError(`test ${w.id} is listed twice`);
        ids.add(w.id);
        if (w.statuses.length > width)
            throw new RangeError(`test ${w.id} has ${w.statuses.length} statuses for ${width} columns`);
        if (w.durations.length !== w.statuses.length)
            throw new RangeError(`test ${w.id} does not have one duration per status`);
        const offset = width - w.statuses.length;
        for (let i = 0; i < w.statuses.length; i++) {
            const byte = w.statuses.charCodeAt(i);
            if (!(0,_test_table_js__WEBPACK_IMPORTED_MODULE_0__/* .isStatusByte */ .nF)(byte))
                throw new RangeError(`test ${w.id} has a status that is not P, F, K, S or -`);
            statuses[offset + i][row] = byte;
            const code = (0,_duration_code_js__WEBPACK_IMPORTED_MODULE_2__/* .durationCode */ .Oc)(w.durations[i]);
            const column = durations[offset + i];
            column.low[row] = code & 0xff;
            column.high[row] = code >>> 8;
        }
        if (w.file !== undefined) {
            let n = fileNumbers.get(w.file);
            if (n === undefined) {
                n = filePaths.push(w.file);
                fileNumbers.set(w.file, n);
            }
            fileIndex[row] = n;
        }
        seen[row] = w.seen;
    });
    return new _test_table_js__WEBPACK_IMPORTED_MODULE_0__/* .TestTable */ .rY({
        ids: _text_column_js__WEBPACK_IMPORTED_MODULE_1__/* .TextColumn */ .K.of(windows.map((w) => w.id)),
        titles: _text_column_js__WEBPACK_IMPORTED_MODULE_1__/* .TextColumn */ .K.of(windows.map((w) => w.title)),
        filePaths,
        fileIndex,
        seen,
        statuses,
        durations,
    });
}


/***/ }),

/***/ 91979:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XQ: () => (/* binding */ STATUS),
  rY: () => (/* binding */ TestTable),
  LT: () => (/* binding */ codeAt),
  NZ: () => (/* binding */ emptyDurations),
  kg: () => (/* binding */ gather),
  nF: () => (/* binding */ isStatusByte),
  cF: () => (/* binding */ prunedFiles)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/history/id-index.js
/**
 * Test id → row, over the UTF-8 bytes of a {@link TextColumn}: an open-addressing hash table in one
 * Int32Array. A Map would first need the 100,000 ids decoded into strings and then hashed again; this
 * hashes the stored bytes once and compares a looked-up id with them in place, which makes the join of a
 * run with its history (the largest single cost of reading one) about four times cheaper.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
function hashBytes(bytes, start, end) {
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++)
        h = Math.imul(h ^ bytes[i], FNV_PRIME);
    return h >>> 0;
}
/** FNV-1a of an ASCII string's char codes (equal to its bytes), or -1 when it is not ASCII. */
function hashAscii(text) {
    let h = FNV_OFFSET;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c > 0x7f)
            return -1;
        h = Math.imul(h ^ c, FNV_PRIME);
    }
    return h >>> 0;
}
class IdIndex {
    ids;
    /** Per slot: 1 + the row stored there, or 0 when empty. */
    slots;
    mask;
    /** Whether two rows hold the same id (a damaged document). */
    hasDuplicates;
    constructor(ids) {
        this.ids = ids;
        let capacity = 16;
        while (capacity < ids.length * 2)
            capacity *= 2;
        this.slots = new Int32Array(capacity);
        this.mask = capacity - 1;
        const { bytes, ends } = ids;
        let duplicates = false;
        for (let row = 0, start = 0; row < ids.length; row++) {
            const end = ends[row];
            let slot = hashBytes(bytes, start, end) & this.mask;
            for (;;) {
                const held = this.slots[slot];
                if (held === 0) {
                    this.slots[slot] = row + 1;
                    break;
                }
                if (this.sameBytes(held - 1, bytes, start, end)) {
                    duplicates = true;
                    break;
                }
                slot = (slot + 1) & this.mask;
            }
            start = end;
        }
        this.hasDuplicates = duplicates;
    }
    bounds(row) {
        return [row === 0 ? 0 : this.ids.ends[row - 1], this.ids.ends[row]];
    }
    sameBytes(row, other, start, end) {
        const [s, e] = this.bounds(row);
        if (e - s !== end - start)
            return false;
        const bytes = this.ids.bytes;
        for (let i = 0; i < e - s; i++)
            if (bytes[s + i] !== other[start + i])
                return false;
        return true;
    }
    /** The row of `id`, or -1. */
    get(id) {
        const hash = hashAscii(id);
        if (hash < 0)
            return this.getEncoded(external_node_buffer_.Buffer.from(id, 'utf8'));
        const { bytes, ends } = this.ids;
        let slot = hash & this.mask;
        for (;;) {
            const held = this.slots[slot];
            if (held === 0)
                return -1;
            const row = held - 1;
            const start = row === 0 ? 0 : ends[row - 1];
            if (ends[row] - start === id.length) {
                let i = 0;
                while (i < id.length && bytes[start + i] === id.charCodeAt(i))
                    i++;
                if (i === id.length)
                    return row;
            }
            slot = (slot + 1) & this.mask;
        }
    }
    /** {@link get} for an id that is not ASCII, by its UTF-8 bytes. */
    getEncoded(encoded) {
        let slot = hashBytes(encoded, 0, encoded.length) & this.mask;
        for (;;) {
            const held = this.slots[slot];
            if (held === 0)
                return -1;
            if (this.sameBytes(held - 1, encoded, 0, encoded.length))
                return held - 1;
            slot = (slot + 1) & this.mask;
        }
    }
}

// EXTERNAL MODULE: ./src/history/text-column.js
var text_column = __webpack_require__(71274);
;// CONCATENATED MODULE: ./src/history/test-table.js
/**
 * The per-test part of a history, columnar: one row per test (id, title, file, last-seen run) and one
 * column per recent run (a status byte and a duration code per row). Appending a run adds a column and
 * dropping the oldest run drops one, with no object per test per run; the trend checks read a test's window
 * with a loop over a few typed arrays. See history-document.ts for why the document is shaped this way.
 */


/**
 * The status bytes of a column: the ASCII letters of version 1's status strings, so a window reads as text
 * (`PPF-P`) and a byte is checked against five values.
 * - `P` passed, `F` failed, `K` flaky (failed, then passed on a retry in the same run), `S` skipped;
 * - `-` the test was not in that run (another selection, a missing shard, added later).
 */
const STATUS = {
    absent: 0x2d,
    passed: 0x50,
    failed: 0x46,
    flaky: 0x4b,
    skipped: 0x53,
};
/** Whether a byte is one of {@link STATUS}. */
function isStatusByte(byte) {
    return byte === 0x50 || byte === 0x46 || byte === 0x4b || byte === 0x53 || byte === 0x2d;
}
/** The duration code of row `row` in a column. */
function codeAt(column, row) {
    return column.low[row] | (column.high[row] << 8);
}
/** A column of `rows` zero codes. */
function emptyDurations(rows) {
    return { low: new Uint8Array(rows), high: new Uint8Array(rows) };
}
// Derived data lives beside a table, not in it: a table's own fields are exactly its columns, so two tables
// holding the same tests compare equal whatever was computed from either.
const indexes = new WeakMap();
/** The tests of a history, columnar. Immutable: updates build a new table. */
class TestTable {
    ids;
    titles;
    filePaths;
    fileIndex;
    seen;
    statuses;
    durations;
    constructor(columns) {
        this.ids = columns.ids;
        this.titles = columns.titles;
        this.filePaths = columns.filePaths;
        this.fileIndex = columns.fileIndex;
        this.seen = columns.seen;
        this.statuses = columns.statuses;
        this.durations = columns.durations;
    }
    /** A table with no tests and no columns. */
    static empty() {
        return new TestTable({
            ids: text_column/* TextColumn */.K.empty(),
            titles: text_column/* TextColumn */.K.empty(),
            filePaths: [],
            fileIndex: new Uint32Array(0),
            seen: new Uint32Array(0),
            statuses: [],
            durations: [],
        });
    }
    /** Number of tests (rows). */
    get size() {
        return this.seen.length;
    }
    /** Number of runs with a column (at most the test window). */
    get columns() {
        return this.statuses.length;
    }
    /** The newest column's statuses (the latest run), or undefined when there is no column. */
    get latest() {
        return this.statuses[this.statuses.length - 1];
    }
    /** Row `row`'s id. */
    id(row) {
        return this.ids.get(row);
    }
    /** Row `row`'s title. */
    title(row) {
        return this.titles.get(row);
    }
    /** Row `row`'s file, when known. */
    file(row) {
        const f = this.fileIndex[row];
        return f === 0 ? undefined : this.filePaths[f - 1];
    }
    /** The row of a test id, or -1. The id index is built on first use (once per table). */
    rowOf(id) {
        return this.idIndex().get(id);
    }
    /** The id → row index (id-index.ts). */
    idIndex() {
        let index = indexes.get(this);
        if (!index) {
            index = new IdIndex(this.ids);
            indexes.set(this, index);
        }
        return index;
    }
    /**
     * The table of rows `rows` only, in that order (file paths no row uses any more are dropped). Runs of
     * consecutive rows are copied as ranges.
     */
    pick(rows) {
        const statuses = this.statuses.map((column) => gather(column, rows, new Uint8Array(rows.length)));
        const durations = this.durations.map((column) => ({
            low: gather(column.low, rows, new Uint8Array(rows.length)),
            high: gather(column.high, rows, new Uint8Array(rows.length)),
        }));
        const files = prunedFiles(this.filePaths, gather(this.fileIndex, rows, new Uint32Array(rows.length)));
        return new TestTable({
            ids: this.ids.pick(rows),
            titles: this.titles.pick(rows),
            ...files,
            seen: gather(this.seen, rows, new Uint32Array(rows.length)),
            statuses,
            durations,
        });
    }
    /** The table with only its newest `count` columns (a shorter window for every test). */
    lastColumns(count) {
        if (count >= this.columns)
            return this;
        return new TestTable({
            ...this.columnsOf(),
            statuses: this.statuses.slice(this.columns - count),
            durations: this.durations.slice(this.columns - count),
        });
    }
    columnsOf() {
        return {
            ids: this.ids,
            titles: this.titles,
            filePaths: this.filePaths,
            fileIndex: this.fileIndex,
            seen: this.seen,
            statuses: this.statuses,
            durations: this.durations,
        };
    }
    /** Row `row`'s statuses as letters, oldest first, one per column. */
    statusString(row) {
        let out = '';
        for (const column of this.statuses)
            out += String.fromCharCode(column[row]);
        return out;
    }
}
/**
 * `out[k] = source[rows[k]]`; consecutive rows are copied as one range, and `rows` of `null` means every row
 * of `source` in order (one copy: the usual case of an update, where no test was dropped).
 */
function gather(source, rows, out) {
    if (rows === null) {
        out.set(source);
        return out;
    }
    let k = 0;
    while (k < rows.length) {
        let j = k;
        while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1)
            j++;
        const first = rows[k];
        out.set(source.subarray(first, first + (j - k) + 1), k);
        k = j + 1;
    }
    return out;
}
/** The file paths `fileIndex` uses, and `fileIndex` renumbered to them (unchanged when all are used). */
function prunedFiles(filePaths, fileIndex) {
    const used = new Uint8Array(filePaths.length + 1);
    for (let r = 0; r < fileIndex.length; r++)
        used[fileIndex[r]] = 1;
    let all = true;
    for (let f = 1; f <= filePaths.length; f++)
        if (used[f] === 0)
            all = false;
    if (all)
        return { filePaths, fileIndex };
    const renumber = new Uint32Array(filePaths.length + 1);
    const kept = [];
    for (let f = 1; f <= filePaths.length; f++)
        if (used[f] === 1)
            renumber[f] = kept.push(filePaths[f - 1]);
    for (let r = 0; r < fileIndex.length; r++)
        fileIndex[r] = renumber[fileIndex[r]];
    return { filePaths: kept, fileIndex };
}


/***/ }),

/***/ 71274:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ TextColumn)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/**
 * A column of strings stored as one UTF-8 block plus end offsets: how the history keeps 100,000 test ids and
 * titles without an object per string. Titles are decoded one at a time, only when needed (a removed test is
 * named by its title; nothing else reads them), and a column is carried from one history to the next by
 * copying byte ranges, never by decoding and re-encoding.
 */

// Decoded strings of a column, filled by `all` (kept beside the column, so that equal columns compare equal).
const decodedOf = new WeakMap();
class TextColumn {
    bytes;
    ends;
    /**
     * @param bytes the strings' UTF-8 bytes, back to back
     * @param ends `ends[i]` is the end offset of string `i` in `bytes` (string `i` starts at `ends[i - 1]`, or 0)
     */
    constructor(bytes, ends) {
        this.bytes = bytes;
        this.ends = ends;
    }
    /** A column holding `values`, in order. */
    static of(values) {
        return TextColumn.empty().append(values);
    }
    static empty() {
        return new TextColumn(new Uint8Array(0), new Uint32Array(0));
    }
    get length() {
        return this.ends.length;
    }
    startOf(i) {
        return i === 0 ? 0 : this.ends[i - 1];
    }
    /** String `i`. */
    get(i) {
        const decoded = decodedOf.get(this);
        if (decoded)
            return decoded[i];
        const buffer = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
        return buffer.toString('utf8', this.startOf(i), this.ends[i]);
    }
    /** Every string, decoded once and kept. */
    all() {
        const known = decodedOf.get(this);
        if (known)
            return known;
        const out = new Array(this.length);
        const buffer = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
        if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(buffer)) {
            // One decode and slices of it: byte offsets are character offsets in ASCII.
            const text = buffer.toString('latin1');
            let start = 0;
            for (let i = 0; i < out.length; i++) {
                const end = this.ends[i];
                out[i] = text.slice(start, end);
                start = end;
            }
        }
        else {
            for (let i = 0; i < out.length; i++)
                out[i] = buffer.toString('utf8', this.startOf(i), this.ends[i]);
        }
        decodedOf.set(this, out);
        return out;
    }
    /** This column with `values` added at the end. */
    append(values) {
        if (values.length === 0)
            return this;
        const encoded = values.map((v) => node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(v, 'utf8'));
        let size = this.bytes.length;
        for (const e of encoded)
            size += e.length;
        const bytes = new Uint8Array(size);
        bytes.set(this.bytes);
        const ends = new Uint32Array(this.length + values.length);
        ends.set(this.ends);
        let at = this.bytes.length;
        encoded.forEach((e, i) => {
            bytes.set(e, at);
            at += e.length;
            ends[this.length + i] = at;
        });
        const out = new TextColumn(bytes, ends);
        const decoded = decodedOf.get(this);
        if (decoded)
            decodedOf.set(out, [...decoded, ...values]);
        return out;
    }
    /**
     * The strings at `rows` (ascending or not), in that order. Runs of consecutive rows are copied as one
     * range, so keeping almost every row of 100,000 is a handful of copies.
     */
    pick(rows) {
        let size = 0;
        for (let k = 0; k < rows.length; k++) {
            const r = rows[k];
            size += this.ends[r] - this.startOf(r);
        }
        const bytes = new Uint8Array(size);
        const ends = new Uint32Array(rows.length);
        let at = 0;
        let k = 0;
        while (k < rows.length) {
            // The longest run rows[k], rows[k] + 1, … copied in one go.
            let j = k;
            while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1)
                j++;
            const first = rows[k];
            const start = this.startOf(first);
            bytes.set(this.bytes.subarray(start, this.ends[rows[j]]), at);
            for (let m = k; m <= j; m++)
                ends[m] = at + this.ends[rows[m]] - start;
            at = ends[j];
            k = j + 1;
        }
        const out = new TextColumn(bytes, ends);
        const decoded = decodedOf.get(this);
        if (decoded)
            decodedOf.set(out, Array.from(rows, (r) => decoded[r]));
        return out;
    }
    /** Why the offsets do not describe `bytes`, or undefined when they do (for a column read from a file). */
    problem() {
        let previous = 0;
        for (let i = 0; i < this.ends.length; i++) {
            const end = this.ends[i];
            if (end < previous)
                return `offset ${i} goes backwards`;
            previous = end;
        }
        return previous === this.bytes.length ? undefined : 'offsets do not end at the end of the text';
    }
}


/***/ }),

/***/ 32053:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SE: () => (/* binding */ updateHistoryDetailedAsync),
/* harmony export */   UA: () => (/* binding */ STATUS_OF_OUTCOME)
/* harmony export */ });
/* unused harmony exports updateHistory, updateHistoryDetailed, byCodeUnit */
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74060);
/* harmony import */ var _duration_code_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52040);
/* harmony import */ var _history_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14722);
/* harmony import */ var _join_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76472);
/* harmony import */ var _run_columns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44082);
/* harmony import */ var _size_cap_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19592);
/* harmony import */ var _test_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91979);
/**
 * The bounded history update: append one run, slide every window, drop what went stale, apply the size cap.
 * Pure and deterministic: the same document and run give the same bytes.
 *
 * On the columnar table (test-table.ts) that is: the newest `window − 1` columns are carried over (copied
 * whole when no test is dropped, gathered otherwise), one column is added for this run, and this run's new
 * tests are appended as rows at the end (sorted among themselves). Rows keep their order from run to run, so
 * the 100,000 known tests are never sorted, and there is no object per test.
 */








/** The status letter of an outcome. */
const STATUS_OF_OUTCOME = {
    passed: 'P',
    failed: 'F',
    flaky: 'K',
    skipped: 'S',
};

/**
 * Appends a run to a branch's history and returns the new document; `doc` is not modified. With no document
 * (first run, or a stored one that could not be read) a fresh history is started for the run's branch.
 */
function updateHistory(doc, run, limits = {}) {
    return updateHistoryDetailed(doc, run, limits).doc;
}
/** {@link updateHistory}, also saying whether and how the size cap trimmed the document (for a log line). */
function updateHistoryDetailed(doc, run, partialLimits = {}) {
    const { next, limits } = appendRun(doc, run, partialLimits);
    const sizeCap = applySizeCap(next, limits.maxGzipBytes);
    return { doc: sizeCap.doc, sizeCap };
}
/**
 * {@link updateHistoryDetailed} whose size-cap gzip runs on the thread pool: the same document (and the same
 * bytes for the store, remembered by the codec), while the caller's main thread goes on with other work. The
 * windows are updated synchronously, before this returns its promise.
 */
async function updateHistoryDetailedAsync(doc, run, partialLimits = {}) {
    const { next, limits } = appendRun(doc, run, partialLimits);
    const sizeCap = await (0,_size_cap_js__WEBPACK_IMPORTED_MODULE_4__/* .applySizeCapAsync */ .mn)(next, limits.maxGzipBytes);
    return { doc: sizeCap.doc, sizeCap };
}
/** The run appended and every window slid, before the size cap. */
function appendRun(doc, run, partialLimits) {
    const limits = { ..._history_document_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_HISTORY_LIMITS */ .o0, ...partialLimits };
    const base = doc ?? (0,_history_document_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyHistory */ .s4)(run.run.branch ?? '');
    const seq = ((0,_history_document_js__WEBPACK_IMPORTED_MODULE_1__/* .latestRun */ .hH)(base)?.seq ?? 0) + 1;
    const runs = [...base.runs, historyRunOf(run, seq)].slice(-limits.runs);
    // A test or file whose last sighting is older than the oldest kept run is stale.
    const oldestSeq = runs[0]?.seq ?? seq;
    const columns = Math.max(1, Math.min(limits.testWindow, runs.length, base.tests.columns + 1));
    const next = {
        version: _history_document_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_VERSION */ .g1,
        branch: base.branch,
        runs,
        tests: updateTests(base.tests, run.tests, seq, oldestSeq, columns, limits.maxTitleLength),
        files: withSkipRecord(updateFiles(base.files, run.files, seq, oldestSeq, limits.fileWindow, limits.maxTitleLength), base.files, run, seq, limits.maxTitleLength),
    };
    return { next, limits };
}
function historyRunOf(record, seq) {
    const { run } = record;
    let durationMs = 0;
    for (const t of record.tests)
        durationMs += t.durationMs;
    return {
        seq,
        at: record.at,
        provider: run.provider,
        ...(run.runId !== undefined ? { runId: run.runId } : {}),
        ...(run.attempt !== undefined && Number.isInteger(run.attempt) && run.attempt > 0
            ? { attempt: run.attempt }
            : {}),
        ...(run.sha !== undefined ? { sha: run.sha } : {}),
        ...(run.pr !== undefined && Number.isInteger(run.pr) ? { pr: run.pr } : {}),
        summary: {
            tests: count(record.summary.tests),
            passed: count(record.summary.passed),
            failed: count(record.summary.failed),
            skipped: count(record.summary.skipped),
            flaky: count(record.summary.flaky),
        },
        durationMs: count(durationMs),
        wallMs: count(record.wallMs),
        ...(record.skip && record.skip.reused.length > 0 ? { reused: record.skip.reused.length } : {}),
        shards: record.shards
            .filter((s) => Number.isInteger(s.index) && s.index > 0)
            .sort((a, b) => a.index - b.index)
            .map((s) => ({ index: s.index, setupMs: count(s.setupMs), wallMs: count(s.wallMs) })),
        ...(record.plan
            ? {
                plan: {
                    predictedMakespanMs: count(record.plan.predictedMakespanMs),
                    lowerBoundMs: count(record.plan.lowerBoundMs),
                },
            }
            : {}),
    };
}
/**
 * A non-negative integer from a measured number. NaN, infinities and negatives (a clock that jumped, a
 * missing time) become 0: one bad number must not make the saved history unreadable next time.
 */
function count(value) {
    return Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}
/** Appends a value to a window array (a new array), keeping the last `window`. */
function slideArray(values, next, window) {
    const start = values ? Math.max(0, values.length + 1 - window) : 0;
    const out = values ? values.slice(start) : [];
    out.push(next);
    return out;
}
function bounded(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
/** Compares two strings by code unit: locale-independent, so the order is the same on every machine. */
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The test table after this run: previous rows still in the window (seen in this run or since `oldestSeq`),
 * in their order, then this run's new tests in the run's order; `columns` columns, the last one this run's.
 */
function updateTests(previous, current, seq, oldestSeq, columns, maxTitleLength) {
    const rows = (0,_join_js__WEBPACK_IMPORTED_MODULE_2__/* .joinRows */ .U)(current, previous);
    const run = (0,_run_columns_js__WEBPACK_IMPORTED_MODULE_3__/* .runColumns */ .H)(current);
    // Per previous row, the index in `current` of its test (the first one when an id is listed twice), or -1.
    const presentAt = new Int32Array(previous.size).fill(-1);
    const added = [];
    const addedIds = new Set();
    for (let i = 0; i < current.length; i++) {
        const row = rows[i];
        if (row >= 0) {
            if (presentAt[row] === -1)
                presentAt[row] = i;
        }
        else {
            const id = current[i].id;
            if (!addedIds.has(id)) {
                addedIds.add(id);
                added.push(i);
            }
        }
    }
    let keptCount = 0;
    for (let row = 0; row < previous.size; row++)
        if (presentAt[row] !== -1 || previous.seen[row] >= oldestSeq)
            keptCount++;
    // Usually every row is kept: then the carried-over columns are plain copies, and ids and titles shared.
    const keepAll = keptCount === previous.size;
    let kept = null;
    if (!keepAll) {
        kept = new Int32Array(keptCount);
        for (let row = 0, k = 0; row < previous.size; row++)
            if (presentAt[row] !== -1 || previous.seen[row] >= oldestSeq)
                kept[k++] = row;
    }
    const size = keptCount + added.length;
    const carried = columns - 1;
    const statuses = [];
    const durations = [];
    for (let c = previous.columns - carried; c < previous.columns; c++) {
        const status = new Uint8Array(size);
        (0,_test_table_js__WEBPACK_IMPORTED_MODULE_5__/* .gather */ .kg)(previous.statuses[c], kept, status).fill(_test_table_js__WEBPACK_IMPORTED_MODULE_5__/* .STATUS */ .XQ.absent, keptCount);
        statuses.push(status);
        const before = previous.durations[c];
        durations.push({
            low: (0,_test_table_js__WEBPACK_IMPORTED_MODULE_5__/* .gather */ .kg)(before.low, kept, new Uint8Array(size)),
            high: (0,_test_table_js__WEBPACK_IMPORTED_MODULE_5__/* .gather */ .kg)(before.high, kept, new Uint8Array(size)),
        });
    }
    // This run's column, the previous rows' last-seen runs, and their files (a test with no known file yet
    // takes the one this run names).
    const status = new Uint8Array(size).fill(_test_table_js__WEBPACK_IMPORTED_MODULE_5__/* .STATUS */ .XQ.absent);
    const duration = (0,_test_table_js__WEBPACK_IMPORTED_MODULE_5__/* .emptyDurations */ .NZ)(size);
    // Column `k` of the new table gets test `at` of this run.
    const record = (k, at) => {
        status[k] = run.status[at];
        const code = (0,_duration_code_js__WEBPACK_IMPORTED_MODULE_6__/* .durationCode */ .Oc)(run.executionMs[at]);
        duration.low[k] = code & 0xff;
        duration.high[k] = code >>> 8;
        seen[k] = seq;
    };
    const seen = (0,_test_table_js__WEBPACK_IMPORTED_MODULE_5__/* .gather */ .kg)(previous.seen, kept, new Uint32Array(size));
    const fileIndex = (0,_test_table_js__WEBPACK_IMPORTED_MODULE_5__/* .gather */ .kg)(previous.fileIndex, kept, new Uint32Array(size));
    const filePaths = [...previous.filePaths];
    let fileNumbers;
    const fileNumber = (path) => {
        const bounded_ = bounded(path, maxTitleLength);
        fileNumbers ??= new Map(filePaths.map((p, i) => [p, i + 1]));
        let n = fileNumbers.get(bounded_);
        if (n === undefined) {
            n = filePaths.push(bounded_);
            fileNumbers.set(bounded_, n);
        }
        return n;
    };
    for (let k = 0; k < keptCount; k++) {
        const at = presentAt[kept ? kept[k] : k];
        if (at === -1)
            continue;
        record(k, at);
        if (fileIndex[k] === 0) {
            const file = current[at].file;
            if (file !== undefined)
                fileIndex[k] = fileNumber(file);
        }
    }
    // New tests in file, title, id order, whatever order the run listed them in: the same tests give the same
    // bytes, and neighbours share their file and suite prefix, which gzip stores almost for free.
    const fresh = added.map((at) => {
        const test = current[at];
        const file = test.file !== undefined ? bounded(test.file, maxTitleLength) : '';
        return { at, test, file, title: bounded((0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .testTitle */ .XF)(test), maxTitleLength) };
    });
    fresh.sort((a, b) => byCodeUnit(a.file, b.file) || byCodeUnit(a.title, b.title) || byCodeUnit(a.test.id, b.test.id));
    const addedIdList = [];
    const addedTitles = [];
    fresh.forEach(({ at, test, title }, j) => {
        const k = keptCount + j;
        record(k, at);
        if (test.file !== undefined)
            fileIndex[k] = fileNumber(test.file);
        addedIdList.push(test.id);
        addedTitles.push(title);
    });
    statuses.push(status);
    durations.push(duration);
    const files = kept ? (0,_test_table_js__WEBPACK_IMPORTED_MODULE_5__/* .prunedFiles */ .cF)(filePaths, fileIndex) : { filePaths, fileIndex };
    return new _test_table_js__WEBPACK_IMPORTED_MODULE_5__/* .TestTable */ .rY({
        ids: (kept ? previous.ids.pick(kept) : previous.ids).append(addedIdList),
        titles: (kept ? previous.titles.pick(kept) : previous.titles).append(addedTitles),
        ...files,
        seen,
        statuses,
        durations,
    });
}
/**
 * Adds what `--skip-unchanged` learnt to the file windows: each passed key is appended to its file's keys
 * (moved to the end when already there; the oldest go past {@link PASSED_KEYS_PER_FILE}), and a reused file
 * counts as seen in this run, so its keys and wall times outlive runs that did not need to run it. Keys of a
 * file that ran are otherwise carried over: a failing run adds none and removes none.
 */
function withSkipRecord(files, previous, run, seq, maxPathLength) {
    for (const path of Object.keys(files)) {
        const entry = files[path];
        const before = Object.hasOwn(previous, path) ? previous[path] : undefined;
        if (before?.p && entry.p === undefined)
            files[path] = { ...entry, p: before.p };
    }
    const skip = run.skip;
    if (!skip)
        return files;
    for (const raw of skip.reused) {
        const path = bounded(raw, maxPathLength);
        const entry = Object.hasOwn(files, path) ? files[path] : undefined;
        const before = Object.hasOwn(previous, path) ? previous[path] : undefined;
        const kept = entry ?? before;
        if (kept)
            files[path] = { ...kept, seen: seq };
    }
    const sha = run.run.sha !== undefined ? run.run.sha.slice(0, 64) : undefined;
    for (const { path: raw, key } of skip.passed) {
        const path = bounded(raw, maxPathLength);
        const entry = Object.hasOwn(files, path) ? files[path] : undefined;
        if (!entry || !/^[0-9a-f]{16}$/.test(key))
            continue;
        const keys = (entry.p ?? []).filter((p) => p.k !== key);
        keys.push({ k: key, seq, ...(sha !== undefined ? { sha } : {}) });
        files[path] = { ...entry, p: keys.slice(-_history_document_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSED_KEYS_PER_FILE */ .l4) };
    }
    return files;
}
function updateFiles(previous, current, seq, oldestSeq, fileWindow, maxPathLength) {
    // The same file can be listed twice (split by test across shards): its parts add up to one run's cost.
    const now = new Map();
    for (const f of current) {
        const path = bounded(f.path, maxPathLength);
        now.set(path, (now.get(path) ?? 0) + count(f.wallMs));
    }
    const paths = new Set([...Object.keys(previous), ...now.keys()]);
    // Null prototype: paths come from a stored document, which is untrusted; `__proto__` must stay a plain key.
    const out = Object.create(null);
    for (const path of [...paths].sort(byCodeUnit)) {
        const before = Object.hasOwn(previous, path) ? previous[path] : undefined;
        const wall = now.get(path);
        if (wall !== undefined)
            out[path] = { w: slideArray(before?.w, (0,_duration_code_js__WEBPACK_IMPORTED_MODULE_6__/* .roundDuration */ .xj)(wall), fileWindow), seen: seq };
        else if (before && before.seen >= oldestSeq)
            out[path] = before;
    }
    return out;
}


/***/ })

};

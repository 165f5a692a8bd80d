export const id = 51;
export const ids = [51];
export const modules = {

/***/ 97051:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_GLOBAL_INPUTS: () => (/* binding */ DEFAULT_GLOBAL_INPUTS),
  planSkips: () => (/* binding */ planSkips)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../node_modules/picomatch/index.js
var picomatch = __webpack_require__(71026);
// EXTERNAL MODULE: ../../node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(9970);
// EXTERNAL MODULE: ./src/trend/quarantine.js
var trend_quarantine = __webpack_require__(36489);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ../../node_modules/get-tsconfig/dist/index.mjs + 1 modules
var get_tsconfig_dist = __webpack_require__(20287);
// EXTERNAL MODULE: ../../node_modules/es-module-lexer/dist/lexer.js
var lexer = __webpack_require__(90708);
;// CONCATENATED MODULE: ./src/skip/imports.js
/**
 * What a JS/TS module imports, read statically: the specifiers of its `import`/`export … from`, its literal
 * `import('…')` and its literal `require('…')`. es-module-lexer reads the ES module syntax (it also reads the
 * TypeScript it meets in practice; what it cannot lex makes the file unreadable, which is safe: such a file
 * is never skipped). `require` is found by a deliberately crude scan that errs one way only: every
 * `require(` that is not followed by a plain string literal, even in a comment, counts as a dynamic import.
 */

/** The lexer's WebAssembly is compiled once per process. */
const lexerReady = lexer/* init */.Ts;
// Import types of es-module-lexer: 2 = dynamic `import()`, 3 = `import.meta`, 5 = dynamic source phase.
const DYNAMIC_IMPORT = 2;
const IMPORT_META = 3;
const REQUIRE_CALL = /\brequire\s*\(/g;
const LITERAL_ARGUMENT = /^\s*(?:'([^'\\\n]*)'|"([^"\\\n]*)"|`([^`\\$\n]*)`)\s*\)/;
/** The literal `require('…')` specifiers, and whether some `require(` has another argument. */
function requireCalls(source) {
    const specifiers = [];
    let dynamic = false;
    for (const match of source.matchAll(REQUIRE_CALL)) {
        const literal = LITERAL_ARGUMENT.exec(source.slice(match.index + match[0].length));
        const specifier = literal ? (literal[1] ?? literal[2] ?? literal[3]) : undefined;
        if (specifier === undefined)
            dynamic = true;
        else
            specifiers.push(specifier);
    }
    return { specifiers, dynamic };
}
/**
 * The imports of `source`. Call after {@link lexerReady} has resolved. Never throws: a source the lexer
 * refuses is reported as `dynamic`, so its file is run rather than guessed about.
 */
function readImports(source) {
    let lexed;
    try {
        lexed = (0,lexer/* parse */.qg)(source)[0];
    }
    catch (error) {
        return { specifiers: [], dynamic: `its imports cannot be read (${error.message})` };
    }
    const found = new Set();
    let dynamic;
    for (const entry of lexed) {
        if (entry.t === IMPORT_META)
            continue;
        if (entry.n === undefined) {
            if (entry.t === DYNAMIC_IMPORT || entry.d >= 0)
                dynamic ??= 'it has a dynamic import() of a computed name';
            continue;
        }
        found.add(entry.n);
    }
    const required = requireCalls(source);
    for (const s of required.specifiers)
        found.add(s);
    if (required.dynamic)
        dynamic ??= 'it calls require() with a computed name';
    return { specifiers: [...found], ...(dynamic !== undefined ? { dynamic } : {}) };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/skip/resolve.js
/**
 * Resolving an import specifier to a local file, as Node and TypeScript would: relative and absolute paths
 * with the extensions they try (and `.js` → `.ts` as TypeScript allows), directory index files, and
 * tsconfig `paths`/`baseUrl`. A bare package specifier is not followed: the lockfile, a global input,
 * stands for every package.
 */


/** The extensions tried after an extensionless specifier, in TypeScript's order, then Node's. */
const MODULE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.d.ts', '.js', '.jsx', '.mjs', '.cjs'];
/** The files a JS/TS module of this extension can be read for imports. */
const SCRIPT_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);
/** A `.js`-family specifier may name the TypeScript file it is compiled from. */
const TS_SOURCES = {
    '.js': ['.ts', '.tsx'],
    '.jsx': ['.tsx'],
    '.mjs': ['.mts'],
    '.cjs': ['.cts'],
};
/** The files a path specifier may mean, most likely first. */
function candidatesOf(base) {
    const ext = (0,external_node_path_.extname)(base);
    const stem = base.slice(0, base.length - ext.length);
    const out = [base];
    for (const ts of TS_SOURCES[ext] ?? [])
        out.push(stem + ts);
    for (const e of MODULE_EXTENSIONS)
        out.push(base + e);
    for (const e of MODULE_EXTENSIONS)
        out.push((0,external_node_path_.resolve)(base, `index${e}`));
    return out;
}
async function firstFile(host, candidates) {
    for (const c of candidates)
        if (await host.isFile(c))
            return c;
    return undefined;
}
/** Resolves `specifier` imported by the file `from` (absolute). */
async function resolveSpecifier(specifier, from, host) {
    // Bundler suffixes (`./x.svg?raw`) name the same file.
    const bare = specifier.replace(/[?#].*$/, '') || specifier;
    let base;
    if (specifier.startsWith('file:')) {
        try {
            base = (0,external_node_url_.fileURLToPath)(specifier);
        }
        catch {
            return { kind: 'missing', why: `${specifier} is not a file URL` };
        }
    }
    else if (bare.startsWith('./') || bare.startsWith('../') || bare === '.' || bare === '..') {
        base = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(from), bare);
    }
    else if ((0,external_node_path_.isAbsolute)(bare)) {
        base = bare;
    }
    if (base !== undefined) {
        const found = await firstFile(host, candidatesOf(base));
        return found ? { kind: 'file', path: found } : { kind: 'missing', why: `${specifier} names no file` };
    }
    if (specifier.startsWith('#'))
        return { kind: 'missing', why: `package.json import ${specifier} is not followed` };
    for (const mapped of host.pathCandidates(specifier)) {
        const found = await firstFile(host, candidatesOf(mapped));
        if (found)
            return { kind: 'file', path: found };
    }
    return { kind: 'package' };
}

;// CONCATENATED MODULE: ./src/skip/content-key.js
/**
 * Content keys of test files: a hash of the file, of every local module it imports (transitively), of the
 * global inputs (lockfiles, config files, the test command, chosen environment variables) and of the extra
 * inputs declared for it. Two runs with the same key ran the same code on the same inputs. A file whose
 * imports cannot all be known statically gets no key and is never skipped.
 *
 * Each file is read and hashed once per keyer (cached by path, bounded), so a module shared by a thousand
 * tests costs one read; an import cycle is harmless because a closure visits each file once.
 */






/** Bytes of the truncated hash a key keeps: 8, i.e. 16 hex digits, as the history stores it. */
const KEY_HEX_DIGITS = 16;
/** Files larger than this are hashed but not lexed: their importer is then never skipped. */
const MAX_LEXED_BYTES = 4 * 1024 * 1024;
/** Local modules one test file may import, transitively; more and the file is never skipped. */
const MAX_CLOSURE_FILES = 20_000;
/** Files the keyer remembers; past this the cache is cleared (a run over a huge tree stays bounded). */
const MAX_CACHED_FILES = 100_000;
const sha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
/** Computes the content keys of test files; one instance per run. */
class ContentKeyer {
    inputs;
    facts = new Map();
    isFileCache = new Map();
    pathsMatcher = null;
    /** Why the tsconfig cannot be read: its path aliases are then unknown, so no file gets a key. */
    tsconfigProblem;
    globalDigest;
    constructor(inputs) {
        this.inputs = inputs;
        try {
            const tsconfig = (0,get_tsconfig_dist/* getTsconfig */.iG)(inputs.root);
            this.pathsMatcher = tsconfig ? (0,get_tsconfig_dist/* createPathsMatcher */.Tm)(tsconfig) : null;
        }
        catch (error) {
            this.tsconfigProblem = `the tsconfig cannot be read (${error.message.split('\n')[0]})`;
        }
    }
    host = {
        isFile: (path) => {
            let known = this.isFileCache.get(path);
            if (!known) {
                known = (0,promises_.stat)(path).then((s) => s.isFile(), () => false);
                this.remember(this.isFileCache, path, known);
            }
            return known;
        },
        pathCandidates: (specifier) => this.pathsMatcher?.(specifier) ?? [],
    };
    remember(cache, key, value) {
        if (cache.size >= MAX_CACHED_FILES)
            cache.clear();
        cache.set(key, value);
    }
    factsOf(path) {
        let known = this.facts.get(path);
        if (!known) {
            known = (0,promises_.readFile)(path).then(async (bytes) => {
                const hash = sha256(bytes);
                if (!SCRIPT_EXTENSIONS.has((0,external_node_path_.extname)(path)))
                    return { hash };
                if (bytes.length > MAX_LEXED_BYTES)
                    return { hash, tooLarge: true };
                await lexerReady;
                return { hash, imports: readImports(bytes.toString('utf8')) };
            }, () => ({}));
            this.remember(this.facts, path, known);
        }
        return known;
    }
    relativeName(path) {
        return (0,external_node_path_.relative)(this.inputs.root, path).split(external_node_path_.sep).join('/');
    }
    /** The digest of the global inputs, computed once. */
    global() {
        this.globalDigest ??= (async () => {
            const parts = ['tessera-skip-key-v1', `command\0${JSON.stringify(this.inputs.command)}`];
            for (const name of Object.keys(this.inputs.env).sort())
                parts.push(`env\0${name}\0${sha256(this.inputs.env[name] ?? '\u0000unset')}`);
            for (const file of [...new Set(this.inputs.globalFiles)].sort()) {
                const facts = await this.factsOf(file);
                parts.push(`input\0${this.relativeName(file)}\0${facts.hash ?? 'absent'}`);
            }
            return sha256(parts.join('\n'));
        })();
        return this.globalDigest;
    }
    /**
     * The local files `item` depends on (itself included) with their hashes, sorted by path; or why they
     * cannot be known.
     */
    async closure(start) {
        const files = new Map();
        const pending = [start];
        // Visited before they are read: a cycle (a → b → a) reads each file once and ends.
        const seen = new Set(pending);
        while (pending.length > 0) {
            const path = pending.pop();
            const facts = await this.factsOf(path);
            const name = this.relativeName(path);
            if (facts.hash === undefined)
                return { why: `${name} cannot be read` };
            if (facts.tooLarge)
                return { why: `${name} is too large to read its imports` };
            files.set(name, facts.hash);
            if (!facts.imports)
                continue;
            if (facts.imports.dynamic)
                return { why: `${name}: ${facts.imports.dynamic}` };
            for (const specifier of facts.imports.specifiers) {
                const found = await resolveSpecifier(specifier, path, this.host);
                if (found.kind === 'missing')
                    return { why: `${name}: ${found.why}` };
                if (found.kind === 'package' || seen.has(found.path))
                    continue;
                // node_modules is the lockfile's business, even when reached by a path.
                if (found.path.split(external_node_path_.sep).includes('node_modules'))
                    continue;
                if (seen.size >= MAX_CLOSURE_FILES)
                    return { why: `it imports more than ${MAX_CLOSURE_FILES} local modules` };
                seen.add(found.path);
                pending.push(found.path);
            }
        }
        return { files };
    }
    /** The key of a test file (repo-relative path, as planned). */
    async keyOf(item) {
        if (this.tsconfigProblem !== undefined)
            return { why: this.tsconfigProblem };
        const path = (0,external_node_path_.resolve)(this.inputs.root, item);
        const closure = await this.closure(path);
        if ('why' in closure)
            return { why: closure.why };
        const parts = [`global\0${await this.global()}`, `item\0${item}`];
        for (const name of [...closure.files.keys()].sort())
            parts.push(`module\0${name}\0${closure.files.get(name)}`);
        for (const extra of [...new Set(this.inputs.extraInputsOf?.(item) ?? [])].sort()) {
            const facts = await this.factsOf(extra);
            parts.push(`extra\0${this.relativeName(extra)}\0${facts.hash ?? 'absent'}`);
        }
        return { key: sha256(parts.join('\n')).slice(0, KEY_HEX_DIGITS), modules: closure.files.size };
    }
}

// EXTERNAL MODULE: ./src/trend/flaky.js
var flaky = __webpack_require__(15288);
;// CONCATENATED MODULE: ./src/skip/decide.js
/**
 * Which test files `--skip-unchanged` skips, from their content keys and the history. Pure. A file is
 * skipped only when its key passed before (on the same command: the command is part of the key), it is
 * neither flaky nor quarantined by what the history knows of its tests, and no full run is due.
 */

/** The default period of forced full runs on the default branch. */
const DEFAULT_FULL_RUN_EVERY = 10;
/** Why this run must run everything, or undefined. */
function fullRunReason(history, policy) {
    if (policy.noCache)
        return '--no-cache';
    if (policy.branch !== policy.defaultBranch)
        return undefined;
    // Runs since the last full one: the trailing runs that reused something.
    let partial = 0;
    for (let i = (history?.runs.length ?? 0) - 1; i >= 0; i--) {
        if ((history?.runs[i]?.reused ?? 0) === 0)
            break;
        partial++;
    }
    return partial >= policy.every - 1
        ? `every ${policy.every} runs of ${policy.defaultBranch} run everything`
        : undefined;
}
/** Per file, its rows in the history's test table. */
function rowsByFile(history) {
    const rows = new Map();
    for (let row = 0; row < history.tests.size; row++) {
        const file = history.tests.file(row);
        if (file === undefined)
            continue;
        let list = rows.get(file);
        if (!list)
            rows.set(file, (list = []));
        list.push(row);
    }
    return rows;
}
/** Why the history forbids skipping the file with these rows (flaky or quarantined test), or undefined. */
function historyVeto(history, file, rows, quarantine) {
    if (quarantine?.matches({ id: '', file, title: '' }))
        return 'quarantined';
    for (const row of rows) {
        const id = history.tests.id(row);
        const title = history.tests.title(row);
        if (quarantine?.matches({ id, file, title }))
            return 'a test is quarantined';
        if ((0,flaky/* flakeScore */.CI)((0,flaky/* flakeEvidenceOfRow */._p)('passed', history, row)) > 0)
            return 'a test is flaky';
    }
    return undefined;
}
/** Decides, per file, whether it runs or its passed result is reused. */
function decideSkips(input) {
    const { history } = input;
    const rows = history ? rowsByFile(history) : new Map();
    const run = [];
    const reused = [];
    const keys = Object.create(null);
    const unkeyed = [];
    for (const file of input.items) {
        const key = input.keys.get(file);
        if (!key || key.key === undefined) {
            unkeyed.push({ file, why: key?.why ?? 'no content key' });
            run.push(file);
            continue;
        }
        keys[file] = key.key;
        const entry = history && Object.hasOwn(history.files, file) ? history.files[file] : undefined;
        const passed = entry?.p?.find((p) => p.k === key.key);
        const fileRows = rows.get(file) ?? [];
        if (input.fullRun !== undefined ||
            !history ||
            !entry ||
            !passed ||
            historyVeto(history, file, fileRows, input.quarantine) !== undefined) {
            run.push(file);
            continue;
        }
        reused.push({
            file,
            key: key.key,
            seq: passed.seq,
            ...(passed.sha !== undefined ? { sha: passed.sha } : {}),
            tests: fileRows.length,
            durationMs: entry.w[entry.w.length - 1] ?? 0,
        });
    }
    return { run, reused, keys, unkeyed, ...(input.fullRun !== undefined ? { fullRun: input.fullRun } : {}) };
}

;// CONCATENATED MODULE: ./src/skip/skip-plan.js
/**
 * `--skip-unchanged` at plan time, with its I/O: the global and per-glob inputs from the configuration, the
 * content key of every item, and the decision against the history. `plan` and `run` then plan only what
 * runs, so the shards stay balanced over the files that do.
 */






/** Files hashed into every key whether or not the configuration names them: lockfiles and tool configs. */
const DEFAULT_GLOBAL_INPUTS = [
    'package.json',
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'bun.lock',
    'bun.lockb',
    'tsconfig.json',
    'tessera.config.json',
    '.tessera.yml',
    '.tessera.yaml',
];
const list = (value) => value === undefined ? [] : typeof value === 'string' ? [value] : value;
async function expand(patterns, cwd) {
    if (patterns.length === 0)
        return [];
    const found = await (0,dist/* glob */.TI)([...patterns], { cwd, dot: true, ignore: ['**/node_modules/**', '**/.git/**'] });
    return found.map((f) => (0,external_node_path_.resolve)(cwd, f));
}
/** Per test file, the extra inputs its globs declare (absolute paths). */
async function extraInputs(config, cwd) {
    const rules = await Promise.all((config?.extraInputs ?? []).map(async (rule) => ({
        matches: picomatch([...list(rule.tests)], { dot: true }),
        inputs: await expand(list(rule.inputs), cwd),
    })));
    return (item) => rules.filter((r) => r.matches(item)).flatMap((r) => r.inputs);
}
/** Keys of `items`, a few files at a time (each key's reads are cached and shared). */
async function keysOf(keyer, items) {
    const keys = new Map();
    const BATCH = 16;
    for (let i = 0; i < items.length; i += BATCH) {
        const batch = items.slice(i, i + BATCH);
        const found = await Promise.all(batch.map((item) => keyer.keyOf(item)));
        batch.forEach((item, j) => keys.set(item, found[j]));
    }
    return keys;
}
/** Keys every item and decides which run. */
async function planSkips(items, cwd, history, options) {
    const env = options.env ?? process.env;
    const globalFiles = [
        ...DEFAULT_GLOBAL_INPUTS.map((f) => (0,external_node_path_.resolve)(cwd, f)),
        ...(options.configFile !== undefined ? [(0,external_node_path_.resolve)(cwd, options.configFile)] : []),
        ...(await expand(list(options.config?.inputs), cwd)),
    ];
    const keyer = new ContentKeyer({
        root: cwd,
        globalFiles,
        command: options.command,
        env: Object.fromEntries((options.config?.env ?? []).map((name) => [name, env[name]])),
        extraInputsOf: await extraInputs(options.config, cwd),
    });
    const fullRun = fullRunReason(history, {
        noCache: options.noCache,
        ...(options.branch !== undefined ? { branch: options.branch } : {}),
        defaultBranch: options.config?.defaultBranch ?? 'main',
        every: options.config?.fullRunEvery ?? DEFAULT_FULL_RUN_EVERY,
    });
    const quarantine = options.quarantine?.length ? (0,trend_quarantine/* compileQuarantine */.w)(options.quarantine) : undefined;
    return decideSkips({
        items,
        keys: await keysOf(keyer, items),
        history,
        ...(quarantine ? { quarantine } : {}),
        ...(fullRun !== undefined ? { fullRun } : {}),
    });
}


/***/ }),

/***/ 15288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ flakeScore),
/* harmony export */   O2: () => (/* binding */ findFlakyTests),
/* harmony export */   _p: () => (/* binding */ flakeEvidenceOfRow)
/* harmony export */ });
/* unused harmony exports flakeEvidence, MIN_FLIP_OBSERVATIONS */
/* harmony import */ var _history_history_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14722);
/* harmony import */ var _history_run_columns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44082);
/* harmony import */ var _history_update_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32053);
/* harmony import */ var _window_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17588);
/* harmony import */ var _test_ref_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56149);





/** A run's verdict for pass/fail flips: a flaky run ended passing. Skipped and absent runs do not count. */
function verdict(status) {
    if (status === 'P' || status === 'K')
        return 'pass';
    if (status === 'F')
        return 'fail';
    return undefined;
}
/** The evidence for one test: its window in `history` (the branch's own history) plus this run's outcome. */
function flakeEvidence(outcome, history, id, sha) {
    const row = history ? history.tests.rowOf(id) : -1;
    const seen = history && row >= 0 ? (0,_history_history_document_js__WEBPACK_IMPORTED_MODULE_0__/* .observationsOf */ .bG)(history, row) : [];
    const sequence = [
        ...seen.map((o) => ({ status: o.status, sha: o.run.sha })),
        { status: _history_update_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_OF_OUTCOME */ .UA[outcome], sha },
    ];
    let retriedRuns = 0;
    let flips = 0;
    let observed = 0;
    let previous;
    const bySha = new Map();
    for (const { status, sha: runSha } of sequence) {
        if (status === 'K')
            retriedRuns++;
        const v = verdict(status);
        if (v === undefined)
            continue;
        observed++;
        if (previous !== undefined && v !== previous)
            flips++;
        previous = v;
        if (runSha !== undefined) {
            // Run verdicts only: a retried run already counts as a retry, and must not count twice.
            const verdicts = bySha.get(runSha) ?? new Set();
            verdicts.add(v);
            bySha.set(runSha, verdicts);
        }
    }
    const sameCommitConflicts = [...bySha.values()].filter((v) => v.size === 2).length;
    return { retriedNow: outcome === 'flaky', retriedRuns, sameCommitConflicts, flips, observed };
}
const shaColumnsOf = new WeakMap();
function shaColumns(history) {
    const known = shaColumnsOf.get(history);
    if (known)
        return known;
    const { columns } = history.tests;
    const offset = history.runs.length - columns;
    const numbers = new Map();
    const ofColumn = new Int32Array(columns).fill(-1);
    for (let c = 0; c < columns; c++) {
        const sha = history.runs[offset + c]?.sha;
        if (sha === undefined)
            continue;
        let n = numbers.get(sha);
        if (n === undefined) {
            n = numbers.size;
            numbers.set(sha, n);
        }
        ofColumn[c] = n;
    }
    const made = { ofColumn, numbers };
    shaColumnsOf.set(history, made);
    return made;
}
const PASS = 1;
const FAIL = 2;
/**
 * {@link flakeEvidence} for row `row` of `history`'s test table (-1: not in it), read off the columns with
 * no object per run: the same evidence (test/trend/fast-paths.property.test.ts checks it against the plain
 * definition), cheap enough for the thousands of tests with a failure somewhere in their window.
 */
function flakeEvidenceOfRow(outcome, history, row, sha) {
    const table = history.tests;
    const shas = shaColumns(history);
    const currentSha = sha === undefined ? -1 : (shas.numbers.get(sha) ?? shas.numbers.size);
    // Per sha number, the verdicts seen on it (PASS | FAIL bits).
    const verdicts = new Uint8Array(shas.numbers.size + 1);
    let retriedRuns = 0;
    let flips = 0;
    let observed = 0;
    let previous = 0;
    const columns = row >= 0 ? table.columns : 0;
    for (let c = 0; c <= columns; c++) {
        const status = c < columns ? table.statuses[c][row] : STATUS_BYTE[outcome];
        if (status === _history_history_document_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS */ .XQ.flaky)
            retriedRuns++;
        const v = status === _history_history_document_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS */ .XQ.passed || status === _history_history_document_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS */ .XQ.flaky ? PASS : status === _history_history_document_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS */ .XQ.failed ? FAIL : 0;
        if (v === 0)
            continue;
        observed++;
        if (previous !== 0 && v !== previous)
            flips++;
        previous = v;
        const shaNumber = c < columns ? shas.ofColumn[c] : currentSha;
        if (shaNumber >= 0)
            verdicts[shaNumber] = verdicts[shaNumber] | v;
    }
    let sameCommitConflicts = 0;
    for (const v of verdicts)
        if (v === (PASS | FAIL))
            sameCommitConflicts++;
    return { retriedNow: outcome === 'flaky', retriedRuns, sameCommitConflicts, flips, observed };
}
const STATUS_BYTE = {
    passed: _history_history_document_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS */ .XQ.passed,
    failed: _history_history_document_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS */ .XQ.failed,
    flaky: _history_history_document_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS */ .XQ.flaky,
    skipped: _history_history_document_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS */ .XQ.skipped,
};
/** Runs a test must have been observed in before its flip rate counts. */
const MIN_FLIP_OBSERVATIONS = 5;
/** The score of some evidence (see the module comment). */
function flakeScore(e) {
    const retry = 1 - 0.5 ** e.retriedRuns;
    const sameCommit = 1 - 0.25 ** e.sameCommitConflicts;
    const flipRate = e.flips >= 2 && e.observed >= MIN_FLIP_OBSERVATIONS ? e.flips / (e.observed - 1) : 0;
    const score = 1 - (1 - retry) * (1 - sameCommit) * (1 - flipRate);
    return Math.round(score * 100) / 100;
}
/**
 * Scores every test of this run against `history` (the branch's own history, where re-runs of the same
 * commit are) and returns those at or above `minScore`, highest score first, then by file, title, id.
 */
function findFlakyTests(tests, history, options = {}) {
    const minScore = options.minScore ?? 0.5;
    const out = [];
    const joined = options.entries ?? (history ? (0,_test_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .historyEntries */ .tA)(tests, history) : undefined);
    // A test that passed now and has no `F` or `K` in its window has no evidence at all (no retry, every
    // verdict a pass: no flip, no commit with both outcomes): its score is 0 and it is never listed, so the
    // evidence is not built for almost every test of a run.
    const failedOrRetried = history ? (0,_window_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .failedOrRetriedRows */ .R)(history.tests) : undefined;
    const { status } = (0,_history_run_columns_js__WEBPACK_IMPORTED_MODULE_1__/* .runColumns */ .H)(tests);
    // An empty list quarantines nothing: no match to try for each of the (possibly thousands of) listed tests.
    const quarantine = options.quarantine?.empty === false ? options.quarantine : undefined;
    for (let i = 0; i < tests.length; i++) {
        const now = status[i];
        if (now === _history_history_document_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS */ .XQ.skipped)
            continue;
        if (now === _history_history_document_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS */ .XQ.passed) {
            const row = joined ? joined[i] : -1;
            if (row < 0 || !failedOrRetried || failedOrRetried[row] === 0)
                continue;
        }
        const test = tests[i];
        const evidence = history
            ? flakeEvidenceOfRow(test.outcome, history, joined ? joined[i] : -1, options.sha)
            : flakeEvidence(test.outcome, undefined, test.id, options.sha);
        const score = flakeScore(evidence);
        if (score < minScore || score === 0)
            continue;
        const ref = (0,_test_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .refOfTest */ .hn)(test);
        out.push({
            ...ref,
            score,
            evidence,
            reason: evidence.retriedNow ? 'retry' : 'history',
            failedAttempts: test.attempts.filter((a) => a.status === 'failed').length,
            attempts: test.attempts.length,
            quarantined: quarantine ? quarantine.matches({ ...ref, name: test.name }) : false,
        });
    }
    return out.sort((a, b) => b.score - a.score || (0,_test_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .compareRefs */ .Iu)(a, b));
}


/***/ }),

/***/ 36489:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ compileQuarantine)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71026);
/**
 * The quarantine list: tests whose failures are reported but do not fail the run (config key `quarantine`,
 * wired by the config module). Entries, one of:
 * - a test id (16 hex digits, as in the report's JSON): that one test;
 * - a file glob (`test/legacy/**`): every test of the matching files;
 * - `<file glob>::<title glob>` (`test/api/*.test.ts::users › creates*`): tests of matching files whose
 *   title (`suite › name [project]`) or bare name matches.
 * Globs are picomatch globs: `*` stops at `/`, `**` does not.
 */

const TEST_ID = /^[0-9a-f]{16}$/;
const GLOB_OPTIONS = { dot: true };
/** Compiles a quarantine list. Blank entries are ignored. */
function compileQuarantine(entries = []) {
    const ids = new Set();
    const rules = [];
    for (const raw of entries) {
        const entry = raw.trim();
        if (entry.length === 0)
            continue;
        if (TEST_ID.test(entry)) {
            ids.add(entry);
            continue;
        }
        const split = entry.indexOf('::');
        if (split < 0) {
            rules.push({ file: picomatch__WEBPACK_IMPORTED_MODULE_0__(entry, GLOB_OPTIONS) });
        }
        else {
            const filePattern = entry.slice(0, split).trim() || '**';
            rules.push({
                file: picomatch__WEBPACK_IMPORTED_MODULE_0__(filePattern, GLOB_OPTIONS),
                title: picomatch__WEBPACK_IMPORTED_MODULE_0__(entry.slice(split + 2).trim(), GLOB_OPTIONS),
            });
        }
    }
    return {
        entries: [...entries],
        empty: ids.size === 0 && rules.length === 0,
        matches(test) {
            if (ids.has(test.id))
                return true;
            const file = test.file ?? '';
            return rules.some((rule) => rule.file(file) &&
                (rule.title === undefined ||
                    rule.title(test.title) ||
                    (test.name !== undefined && rule.title(test.name))));
        },
    };
}


/***/ }),

/***/ 56149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ compareRefs),
/* harmony export */   VC: () => (/* binding */ refOfHistory),
/* harmony export */   hn: () => (/* binding */ refOfTest),
/* harmony export */   tA: () => (/* binding */ historyEntries)
/* harmony export */ });
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74060);
/* harmony import */ var _history_join_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76472);
/** How the trend modules name a test in their results: its id plus what a reader needs to find it. */


/**
 * One reference per test object, made on first use. A failed test is named by the comparison, both cluster
 * lists and the fail decision: without this each made its own reference and title, and at 960,000 tests with
 * 190,000 failures those copies were 130 MiB of the report's peak (BENCHMARKS.md, "Peak RSS"). References
 * are read-only, so sharing one is not observable; a test object is never changed after it is made.
 */
const refs = new WeakMap();
/** The reference of a test of the current run (the same object for the same test). */
function refOfTest(test) {
    let ref = refs.get(test);
    if (ref === undefined) {
        ref = {
            id: test.id,
            title: (0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .testTitle */ .XF)(test),
            ...(test.file !== undefined ? { file: test.file } : {}),
            ...(test.line !== undefined ? { line: test.line } : {}),
        };
        refs.set(test, ref);
    }
    return ref;
}
/** The reference of a test known only from history (e.g. a removed test): row `row` of its test table. */
function refOfHistory(doc, row) {
    const file = doc.tests.file(row);
    return { id: doc.tests.id(row), title: doc.tests.title(row), ...(file !== undefined ? { file } : {}) };
}
/** Orders references by file, then title, then id: the order reports list tests in, the same on every machine. */
function compareRefs(a, b) {
    return cmp(a.file ?? '', b.file ?? '') || cmp(a.title, b.title) || cmp(a.id, b.id);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The join of `tests` with `doc` by id (see {@link HistoryEntries}). */
function historyEntries(tests, doc) {
    return (0,_history_join_js__WEBPACK_IMPORTED_MODULE_1__/* .joinRows */ .U)(tests, doc.tests);
}


/***/ }),

/***/ 17588:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ failedOrRetriedRows),
/* harmony export */   h: () => (/* binding */ passingStats)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var _history_duration_code_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52040);
/* harmony import */ var _history_test_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91979);
/**
 * Facts about a test's window that let the trend checks skip it cheaply: whether its window holds a failure
 * or a retry (else its flake score is 0), and how many passing samples it has and the smallest of them (else
 * no regression is possible).
 */



const flagged = new WeakMap();
/**
 * Per row of a table, 1 where its window holds an `F` or a `K`. Failures and retries are rare, so each
 * column is searched for those two bytes with `indexOf` (native memchr) instead of visiting every cell.
 * Computed once per table.
 */
function failedOrRetriedRows(table) {
    const known = flagged.get(table);
    if (known)
        return known;
    const out = new Uint8Array(table.size);
    for (const column of table.statuses) {
        const bytes = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(column.buffer, column.byteOffset, column.byteLength);
        for (const status of [_history_test_table_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS */ .XQ.failed, _history_test_table_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS */ .XQ.flaky]) {
            for (let at = bytes.indexOf(status); at >= 0; at = bytes.indexOf(status, at + 1))
                out[at] = 1;
        }
    }
    flagged.set(table, out);
    return out;
}
/** The {@link PassingStats} of row `row`, read off its columns with no list built. */
function passingStats(table, row) {
    let count = 0;
    // Codes sort like the durations they stand for: the smallest code is the smallest duration.
    let smallest = 0x10000;
    for (let c = 0; c < table.columns; c++) {
        const status = table.statuses[c][row];
        if (status !== _history_test_table_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS */ .XQ.passed && status !== _history_test_table_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS */ .XQ.flaky)
            continue;
        count++;
        const { low, high } = table.durations[c];
        const code = low[row] | (high[row] << 8);
        if (code < smallest)
            smallest = code;
    }
    return { count, smallestMs: count === 0 ? Number.POSITIVE_INFINITY : (0,_history_duration_code_js__WEBPACK_IMPORTED_MODULE_2__/* .durationOfCode */ .xm)(smallest) };
}


/***/ })

};

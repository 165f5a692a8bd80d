export const id = 512;
export const ids = [512];
export const modules = {

/***/ 23056:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IK: () => (/* binding */ trendOptions),
/* harmony export */   IY: () => (/* binding */ renderedTargets)
/* harmony export */ });
/* unused harmony export historyTarget */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21178);
/* harmony import */ var _history_local_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71233);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29760);
/* harmony import */ var _flag_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92243);
/**
 * The history, fail-policy and rendering flags of `tessera report`, turned into the options of
 * completeReport: `--history`/`--history-out`, `--history-dir` with `--branch`/`--base-branch`,
 * `--fail-on`, `--quarantine` (plus the config's `quarantine`), `--regression-min-samples`, and
 * `--markdown`/`--markdown-budget`/`--summary`/`--html`.
 */





/** Where the history is read and written, or undefined when no history flag was given. */
function historyTarget(flags, cwd = process.cwd()) {
    if (flags.history !== undefined && flags.historyDir !== undefined) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('give --history <file> or --history-dir <dir>, not both', '--history is one file; --history-dir keeps one file per branch.');
    }
    if (flags.historyOut !== undefined && flags.history === undefined) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--history-out needs --history <file>: it says where the updated file goes');
    }
    if (flags.history !== undefined) {
        if (flags.baseBranch !== undefined) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--base-branch needs --history-dir: one --history file holds one branch', 'Use --history-dir <dir> --branch <pr-branch> --base-branch <base>.');
        }
        return {
            kind: 'file',
            path: flags.history,
            ...(flags.historyOut !== undefined ? { out: flags.historyOut } : {}),
        };
    }
    if (flags.historyDir !== undefined) {
        if (flags.branch === undefined || flags.branch.length === 0) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--history-dir needs --branch <name>: the history is kept per branch', 'e.g. --branch "$GITHUB_HEAD_REF" --base-branch "$GITHUB_BASE_REF" for a pull request.');
        }
        return {
            kind: 'store',
            store: new _history_local_store_js__WEBPACK_IMPORTED_MODULE_2__/* .LocalHistoryStore */ .vn((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, flags.historyDir)),
            branch: flags.branch,
            ...(flags.baseBranch !== undefined ? { baseBranch: flags.baseBranch } : {}),
            location: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(flags.historyDir, (0,_history_local_store_js__WEBPACK_IMPORTED_MODULE_2__/* .historyFileName */ .cI)(flags.branch)),
        };
    }
    if (flags.baseBranch !== undefined)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--base-branch needs --history-dir <dir>');
    return undefined;
}
/** The trend options: history target, fail policy, quarantine (config entries first, then flags). */
async function trendOptions(flags, cwd = process.cwd()) {
    const { config } = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z)(cwd, flags.config);
    const quarantine = [...(config.quarantine ?? []), ...(flags.quarantine ?? [])];
    const minSamples = (0,_flag_values_js__WEBPACK_IMPORTED_MODULE_4__/* .wholeNumberFlag */ .ZR)('--regression-min-samples', flags.regressionMinSamples, 1);
    const history = historyTarget(flags, cwd);
    return {
        failOn: flags.failOn,
        ...(history ? { history } : {}),
        ...(quarantine.length > 0 ? { quarantine } : {}),
        ...(minSamples !== undefined ? { regression: { minSamples } } : {}),
    };
}
/** The rendered outputs and the comment's budget. */
function renderedTargets(flags) {
    const budget = (0,_flag_values_js__WEBPACK_IMPORTED_MODULE_4__/* .wholeNumberFlag */ .ZR)('--markdown-budget', flags.markdownBudget, 1000);
    if (budget !== undefined && flags.markdown === undefined)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--markdown-budget sizes the --markdown comment: give --markdown <path> too');
    return {
        rendered: {
            ...(flags.markdown !== undefined ? { markdown: flags.markdown } : {}),
            ...(flags.summary !== undefined ? { summary: flags.summary } : {}),
            ...(flags.html !== undefined ? { html: flags.html } : {}),
        },
        render: budget !== undefined ? { budget: { limit: budget, unit: 'chars' } } : {},
    };
}


/***/ }),

/***/ 19329:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dj: () => (/* binding */ runsPerItem),
/* harmony export */   bE: () => (/* binding */ readableQuote),
/* harmony export */   mt: () => (/* binding */ buildCommandLine),
/* harmony export */   n2: () => (/* binding */ RESULTS_PLACEHOLDER),
/* harmony export */   nH: () => (/* binding */ FILE_PLACEHOLDER),
/* harmony export */   ut: () => (/* binding */ FILES_PLACEHOLDER)
/* harmony export */ });
/* unused harmony exports shellQuote, END_OF_OPTIONS_RUNNERS, itemsAfterEndOfOptions */
/* harmony import */ var shell_quote__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69667);
/* harmony import */ var _test_filter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30510);
/**
 * The test command's words and placeholders, and the shell command line they make for a list of items. Pure,
 * and below both its users: `tessera run` (src/run/execute.ts) builds each invocation with it, and the report
 * builds the command that reproduces a failure locally (reproduce.ts) with the same quoting.
 */


/** Replaced by all of the invocation's items, each shell-quoted. */
const FILES_PLACEHOLDER = '{files}';
/** Replaced by one item: the command then runs once per item, and Tessera times each file itself. */
const FILE_PLACEHOLDER = '{file}';
/** Replaced by the folder this invocation must write its result files into (also `$TESSERA_RESULTS_DIR`). */
const RESULTS_PLACEHOLDER = '{results}';
/**
 * Whether the command runs once per item (it contains `{file}`). This is for runners whose results do not
 * say which file a test came from (node:test's JUnit has no `file` attribute): one process per file lets
 * Tessera attribute each test to its file, time the whole file, and retry only the files that failed.
 */
function runsPerItem(words) {
    return words.some((w) => w.includes(FILE_PLACEHOLDER));
}
/** shell-quote's quoting: correct for every word, if not always the shortest. */
const shellQuote = (words) => (0,shell_quote__WEBPACK_IMPORTED_MODULE_0__.quote)([...words]);
/** Words a POSIX shell takes literally in an argument: left bare so a command stays readable. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
/**
 * Quoting for commands people read and paste (the reproduce command): a plain word stays bare
 * (`--test-reporter=junit`), a word without `'` goes in single quotes (where a POSIX shell expands nothing),
 * any other through shell-quote. Only for arguments: a first word with `=` would be an assignment, and a
 * command's first word is its program.
 */
const readableQuote = (words) => words.map((w) => (PLAIN_WORD.test(w) ? w : w.includes("'") ? (0,shell_quote__WEBPACK_IMPORTED_MODULE_0__.quote)([w]) : `'${w}'`)).join(' ');
function fill(text, items, resultsDir, quoted, quote, tests) {
    const files = quoted ? quote(items) : items.join(' ');
    const file = quoted ? quote(items.slice(0, 1)) : (items[0] ?? '');
    const results = quoted ? quote([resultsDir]) : resultsDir;
    const names = quoted ? quote(tests) : tests.join(' ');
    // Replacer functions: a replacement string would read `$'`, `$&` … in a value (a test name's pattern) as
    // references to the match.
    return text
        .replaceAll(FILES_PLACEHOLDER, () => files)
        .replaceAll(FILE_PLACEHOLDER, () => file)
        .replaceAll(RESULTS_PLACEHOLDER, () => results)
        .replaceAll(_test_filter_js__WEBPACK_IMPORTED_MODULE_1__/* .TESTS_PLACEHOLDER */ .sl, () => names);
}
/**
 * Runners whose command line takes `--` as "options end here; the rest are files" (their argument parsers
 * do: pytest's argparse, Jest's and Mocha's yargs, Playwright's commander). Vitest (cac puts what follows
 * `--` aside) and `node --test` (it would take the first file for the script) do not.
 */
const END_OF_OPTIONS_RUNNERS = ['jest', 'mocha', 'pytest', 'py.test', 'playwright'];
/**
 * Whether the items should follow a `--`: the command (several words) runs one of
 * {@link END_OF_OPTIONS_RUNNERS} and has no `--` of its own. Items are checked never to start with `-`
 * (plan/item-path.ts); the `--` is a second guard where the runner allows it.
 */
function itemsAfterEndOfOptions(words) {
    if (words.length < 2 || words.includes('--'))
        return false;
    return words.some((w) => {
        const name = (w.split('/').pop() ?? w).replace(/\.(c|m)?js$/, '');
        return END_OF_OPTIONS_RUNNERS.includes(name);
    });
}
/**
 * Builds the shell command line for one invocation.
 *
 * - One word (`-- "npx jest --ci {files}"`): a shell command string, kept as written (pipes, `$VARS` and
 *   `&&` work); placeholders become shell-quoted values.
 * - Several words (`-- npx jest --ci {files}`): the words the user's shell already split; each is quoted
 *   again so it reaches the runner unchanged. A word that is exactly `{files}` becomes one quoted word per
 *   item; a placeholder inside a word (`--out={results}/a.xml`) is filled in before that word is quoted.
 *
 * `{tests}` becomes `tests`: the name filter of a re-run attempt (test-filter.ts), or by default a pattern
 * that matches every test. A word that is exactly `{tests}` becomes one quoted word per entry (pytest's
 * node ids). Without `{files}` or `{file}`, the items are appended, quoted. For a runner that accepts one
 * ({@link itemsAfterEndOfOptions}), the items are put after a `--`.
 */
function buildCommandLine(words, items, resultsDir, quote = shellQuote, tests = (0,_test_filter_js__WEBPACK_IMPORTED_MODULE_1__/* .testFilterWords */ .qm)([], (0,_test_filter_js__WEBPACK_IMPORTED_MODULE_1__/* .filterSyntaxOf */ .Bk)(words)) ?? []) {
    const placesItems = words.some((w) => w.includes(FILES_PLACEHOLDER) || w.includes(FILE_PLACEHOLDER));
    const end = itemsAfterEndOfOptions(words) && items.length > 0 ? '-- ' : '';
    let line;
    if (words.length === 1) {
        line = fill(words[0], items, resultsDir, true, quote, tests);
    }
    else {
        line = words
            .map((w) => w === FILES_PLACEHOLDER
            ? `${end}${quote(items)}`
            : w === FILE_PLACEHOLDER
                ? `${end}${quote(items.slice(0, 1))}`
                : w === _test_filter_js__WEBPACK_IMPORTED_MODULE_1__/* .TESTS_PLACEHOLDER */ .sl
                    ? quote(tests)
                    : quote([fill(w, items, resultsDir, false, quote, tests)]))
            .join(' ');
    }
    return placesItems || items.length === 0 ? line : `${line} ${end}${quote(items)}`;
}


/***/ }),

/***/ 30510:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ filterSyntaxOf),
/* harmony export */   J8: () => (/* binding */ takesTestNames),
/* harmony export */   lF: () => (/* binding */ MAX_TEST_FILTER_CHARS),
/* harmony export */   qm: () => (/* binding */ testFilterWords),
/* harmony export */   sl: () => (/* binding */ TESTS_PLACEHOLDER)
/* harmony export */ });
/* unused harmony export runnerTitle */
/** Replaced by the failed tests of a re-run attempt, or by a pattern that matches every test. */
const TESTS_PLACEHOLDER = '{tests}';
/**
 * The longest `{tests}` value: well under Linux's 128 KiB for one argument and Windows' 32,767 characters
 * for a whole command line, with room for the rest of the command.
 */
const MAX_TEST_FILTER_CHARS = 16_384;
/** Whether the command takes test names (it contains `{tests}`). */
function takesTestNames(words) {
    return words.some((w) => w.includes(TESTS_PLACEHOLDER));
}
/** The runner a command runs, by its words (`npx vitest run`, `go test ./...`); Jest's syntax otherwise. */
function filterSyntaxOf(words) {
    const tokens = words
        .flatMap((w) => w.split(/\s+/))
        .map((w) => (w.split('/').pop() ?? w).replace(/\.(c|m)?js$/, ''));
    for (const [i, token] of tokens.entries()) {
        if (token === 'vitest')
            return 'vitest';
        if (token === 'jest')
            return 'jest';
        if (token === 'mocha' || token === '_mocha')
            return 'mocha';
        if (token === 'playwright')
            return 'playwright';
        if (token === 'pytest' || token === 'py.test')
            return 'pytest';
        if (token === 'go' && tokens[i + 1] === 'test')
            return 'go';
    }
    return 'jest';
}
/** Every character outside printable ASCII as a `\uXXXX` escape (JavaScript regex, no `u` flag needed). */
function jsEscape(text) {
    let out = '';
    for (const ch of text) {
        const code = ch.codePointAt(0) ?? 0;
        if (/[.*+?^${}()|[\]\\/]/.test(ch))
            out += `\\${ch}`;
        else if (code >= 0x20 && code < 0x7f)
            out += ch;
        else
            for (let i = 0; i < ch.length; i++)
                out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
    }
    return out;
}
/** RE2's QuoteMeta, with every character outside printable ASCII as `\x{…}`. */
function re2Escape(text) {
    let out = '';
    for (const ch of text) {
        const code = ch.codePointAt(0) ?? 0;
        if (/[\\.+*?()|[\]{}^$]/.test(ch))
            out += `\\${ch}`;
        else if (code >= 0x20 && code < 0x7f)
            out += ch;
        else
            out += `\\x{${code.toString(16)}}`;
    }
    return out;
}
/**
 * The title a runner matches its name pattern against, as far as the result file tells it: suite path and
 * name joined by spaces (Jest, Mocha, Playwright), without repeating a suite the name already starts with
 * (mocha-junit-reporter writes full titles); Vitest's JUnit writes `describe > test`, its full name joins
 * with spaces.
 */
function runnerTitle(test, syntax) {
    const name = syntax === 'vitest' ? test.name.replaceAll(' > ', ' ') : test.name;
    const prefix = test.suite.join(' ');
    return prefix === '' || name === prefix || name.startsWith(`${prefix} `) ? name : `${prefix} ${name}`;
}
/** A pytest node id: `file::Class::name` (the suite's class path, when the results gave one). */
function pytestNodeId(test) {
    const classes = test.suite.map((s) => s.split('.').pop() ?? s);
    return [test.file ?? '', ...classes, test.name].join('::');
}
/**
 * The words `{tests}` becomes: one anchored alternation of the tests' titles, or pytest's node ids; with no
 * tests, a pattern that matches every test (`.*`), or no words for pytest. Undefined when the filter would
 * be longer than `maxChars`.
 */
function testFilterWords(tests, syntax, maxChars = MAX_TEST_FILTER_CHARS) {
    if (tests.length === 0)
        return syntax === 'pytest' ? [] : ['.*'];
    let words;
    if (syntax === 'pytest') {
        words = [...new Set(tests.map(pytestNodeId))];
    }
    else if (syntax === 'go') {
        // `-run` splits its pattern at slashes, one part per subtest level: filter on the top-level test.
        const names = [...new Set(tests.map((t) => re2Escape(t.name.split('/')[0] ?? t.name)))];
        words = [`^(?:${names.join('|')})$`];
    }
    else {
        const titles = [...new Set(tests.map((t) => jsEscape(runnerTitle(t, syntax))))];
        // Anchored at the end, and at the start or a space: runners prefix the title differently (Playwright
        // with the project and file), and a shorter name must not match a longer one.
        const end = syntax === 'playwright' ? '(?:$|\\s)' : '$';
        words = [`(?:^|\\s)(?:${titles.join('|')})${end}`];
    }
    const length = words.reduce((sum, w) => sum + w.length + 1, 0);
    return length > maxChars ? undefined : words;
}


/***/ }),

/***/ 21178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony export CONFIG_FILES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29760);
/**
 * Finding and reading the configuration file: `tessera.config.json`, `.tessera.yml` or `.tessera.yaml` in
 * the working directory, or the file named by `--config`. Every problem is a ConfigError naming the file,
 * the line where known, and the key. The parser (YAML and the schema) loads only when there is a file.
 */



/** File names looked for, in order. */
const CONFIG_FILES = ['tessera.config.json', '.tessera.yml', '.tessera.yaml'];
async function readIfExists(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (cause) {
        if (cause.code === 'ENOENT')
            return undefined;
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${path}: cannot read it (${cause.code ?? String(cause)})`);
    }
}
async function parsedConfig(text, file) {
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(483), __webpack_require__.e(832)]).then(__webpack_require__.bind(__webpack_require__, 84832));
    return parseConfig(text, file);
}
/**
 * Loads the configuration: `explicit` when given (it must exist), else the first of {@link CONFIG_FILES}
 * in `cwd`. Two candidate files at once are an error: which one counts would be a guess.
 */
async function loadConfig(cwd, explicit) {
    if (explicit !== undefined) {
        const text = await readIfExists(explicit);
        if (text === undefined) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`--config ${explicit}: no such file`, 'Check the path, relative to the working directory.');
        }
        return { config: await parsedConfig(text, explicit), file: explicit };
    }
    const found = [];
    for (const name of CONFIG_FILES) {
        const text = await readIfExists((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, name));
        if (text !== undefined)
            found.push({ file: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, name), text });
    }
    if (found.length > 1) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`several configuration files: ${found.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(f.file)).join(' and ')}`, 'Keep one of them, or choose with --config <file>.');
    }
    const only = found[0];
    return only ? { config: await parsedConfig(only.text, only.file), file: only.file } : { config: {} };
}


/***/ }),

/***/ 71233:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cI: () => (/* binding */ historyFileName),
/* harmony export */   vn: () => (/* binding */ LocalHistoryStore)
/* harmony export */ });
/* unused harmony export DEFAULT_HISTORY_DIR */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74060);
/* harmony import */ var _codec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20738);
/* harmony import */ var _model_atomic_write_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91636);
/**
 * The local-file history store, the embedded default: `.tessera/history/<branch>.json.gz` under the working
 * directory (the name is kept from version 1 of the format, so existing caches and docs still point at it;
 * the content is the gzipped binary form of binary-format.ts). Providers without a store of their own (GitLab, Jenkins staged files) can reuse it on a folder
 * that their template caches or stashes.
 */






/** The default folder, relative to the working directory. */
const DEFAULT_HISTORY_DIR = '.tessera/history';
/** Longest readable part of a file name; the rest of a long branch name is represented by the hash. */
const MAX_NAME_LENGTH = 80;
/**
 * The file name (without folder) a branch's history is stored under. Branch names are untrusted: every
 * character outside `[A-Za-z0-9._-]` becomes `_`, leading dots are removed (no `.`, `..` or hidden files),
 * and the result is cut to 80 characters. When that changed the name, 8 hex digits of the name's SHA-256
 * are appended so that `feature/x` and `feature_x` never share a file. The result is one path segment.
 */
function historyFileName(branch) {
    let safe = branch.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '');
    if (safe.length > MAX_NAME_LENGTH)
        safe = safe.slice(0, MAX_NAME_LENGTH);
    if (safe !== branch || safe.length === 0) {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(branch).digest('hex').slice(0, 8);
        safe = `${safe || 'branch'}-${hash}`;
    }
    return `${safe}.json.gz`;
}
/** A {@link HistoryStore} over a local folder. */
class LocalHistoryStore {
    dir;
    /** @param dir the folder holding the histories; created on the first save. */
    constructor(dir = DEFAULT_HISTORY_DIR) {
        this.dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir);
    }
    /** Absolute path of a branch's history file; always inside {@link dir}. */
    pathFor(branch) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, historyFileName(branch));
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(this.dir, path);
        // historyFileName yields one safe segment; this guard keeps it so if that function ever changes.
        if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel) || rel.includes('/') || rel.includes('\\'))
            throw new _model_index_js__WEBPACK_IMPORTED_MODULE_3__/* .TesseraError */ .Wc(`history file for branch ${JSON.stringify(branch)} would leave ${this.dir}`);
        return path;
    }
    /** Reads the branch's history; a missing file is no baseline, a damaged one a warning and no baseline. */
    async load(branch) {
        const path = this.pathFor(branch);
        let bytes;
        try {
            // Read synchronously (a few MB, a few ms): the gunzip below then starts on the thread pool before this
            // returns its promise, so the caller's work until it awaits overlaps the decompression.
            bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return { warnings: [] };
            return {
                warnings: [
                    `${path}: the history cannot be read (${error.message}); starting a fresh history`,
                ],
            };
        }
        const result = await (0,_codec_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeHistoryAsync */ .B5)(bytes);
        if (result.ok)
            return { doc: result.doc, warnings: [] };
        return { warnings: [`${path}: ${result.problem.message}; starting a fresh history`] };
    }
    /** Writes the branch's history atomically: to a temporary file beside it, then renamed over it. */
    async save(branch, doc) {
        const path = this.pathFor(branch);
        await (0,_model_atomic_write_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Zf)(path, (0,_codec_js__WEBPACK_IMPORTED_MODULE_4__/* .encodeHistory */ .N2)(doc));
    }
}


/***/ }),

/***/ 43999:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ JOB_SUMMARY_BUDGET),
/* harmony export */   WK: () => (/* binding */ fitSections),
/* harmony export */   i8: () => (/* binding */ GITHUB_COMMENT_BUDGET),
/* harmony export */   xP: () => (/* binding */ measure)
/* harmony export */ });
/**
 * Fitting a document made of prioritised sections into one size budget. A section is a head (heading, table
 * header) and a list of atomic items (a table row, a list item, a whole fenced block or `<details>`), so a
 * cut can only fall between two items: never inside a code fence, a table row or an HTML tag.
 *
 * Sections are given in priority order. Each one gets everything left after the sections above it, minus
 * the one-line "collapsed" form of every section below it, so lower sections shrink first and every section
 * that had anything to say at least says how much it left out. Once one section is cut, every section below
 * it is collapsed to its line. Pure.
 */
/** GitHub's limit on an issue or pull-request comment body: 65,536 characters. */
const GITHUB_COMMENT_BUDGET = { limit: 65_536, unit: 'chars' };
/** GitHub's limit on a step's job summary: 1 MiB. */
const JOB_SUMMARY_BUDGET = { limit: 1_048_576, unit: 'bytes' };
const SECTION_GAP = '\n\n';
/** The size of `text` in the budget's unit. */
function measure(text, unit) {
    return unit === 'chars' ? text.length : Buffer.byteLength(text, 'utf8');
}
function sum(values) {
    let total = 0;
    for (const v of values)
        total += v;
    return total;
}
/**
 * Fits `preamble` (always shown in full) and `sections` (in priority order) into `budget`.
 *
 * @throws RangeError when the preamble alone is larger than the budget: there is no honest shorter form
 */
function fitSections(preamble, sections, budget) {
    const size = (text) => measure(text, budget.unit);
    // The document ends with one newline; it counts like any other character.
    let used = size(preamble) + size('\n');
    if (used > budget.limit)
        throw new RangeError(`the report's headline alone (${used}) is over the size budget (${budget.limit})`);
    const totals = sections.map((s) => sum(s.weights ?? s.items.map(() => 1)));
    const collapsedSizes = sections.map((s, i) => s.items.length === 0 ? 0 : size(SECTION_GAP) + size(s.collapsed(totals[i] ?? 0)));
    const parts = [preamble];
    const fits = [];
    let cutAbove = false;
    sections.forEach((section, i) => {
        const total = totals[i] ?? 0;
        if (section.items.length === 0) {
            fits.push({ id: section.id, shown: 0, hidden: 0, state: 'full' });
            return;
        }
        // Once a section has been cut, everything below it is collapsed: a lower section never shows items
        // while a higher one is missing some.
        const available = cutAbove ? 0 : budget.limit - used - sum(collapsedSizes.slice(i + 1));
        const weights = section.weights ?? section.items.map(() => 1);
        const itemSizes = section.items.map((item) => size(section.separator) + size(item));
        const opening = size(SECTION_GAP) + size(section.head);
        // Everything, if it fits.
        if (opening + sum(itemSizes) <= available) {
            const text = [section.head, ...section.items].join(section.separator);
            parts.push(text);
            used += size(SECTION_GAP) + size(text);
            fits.push({ id: section.id, shown: section.items.length, hidden: 0, state: 'full' });
            return;
        }
        // Otherwise the longest prefix of items that fits with its "more" line. The "more" line's length
        // depends on the hidden count, which only shrinks as items are added, so the first line measured is
        // the longest one: a safe bound for every prefix.
        const moreBound = size(SECTION_GAP) + size(section.more(total));
        let shown = 0;
        let spent = opening + moreBound;
        while (shown < section.items.length && spent + (itemSizes[shown] ?? 0) <= available) {
            spent += itemSizes[shown] ?? 0;
            shown++;
        }
        cutAbove = true;
        if (shown > 0) {
            const hidden = total - sum(weights.slice(0, shown));
            const text = `${[section.head, ...section.items.slice(0, shown)].join(section.separator)}${SECTION_GAP}${section.more(hidden)}`;
            parts.push(text);
            used += size(SECTION_GAP) + size(text);
            fits.push({ id: section.id, shown, hidden, state: 'cut' });
            return;
        }
        const collapsed = section.collapsed(total);
        if (size(SECTION_GAP) + size(collapsed) <= budget.limit - used) {
            parts.push(collapsed);
            used += size(SECTION_GAP) + size(collapsed);
            fits.push({ id: section.id, shown: 0, hidden: total, state: 'collapsed' });
            return;
        }
        fits.push({ id: section.id, shown: 0, hidden: total, state: 'dropped' });
    });
    return { text: `${parts.join(SECTION_GAP)}\n`, sections: fits };
}


/***/ }),

/***/ 17834:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lf: () => (/* binding */ renderHeadline),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   U9: () => (/* binding */ count)
/* harmony export */ });
/* unused harmony export linksLine */
/* harmony import */ var _escape_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49821);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59935);
/* harmony import */ var _safe_url_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92729);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95645);
/**
 * The top of the PR comment, always shown whole: the hidden marker the code host's upsert finds the comment
 * by, the verdict with counts, wall time, shards and their balance, the delta against the baseline, and the
 * links. Untrusted text (branch names, file names) goes through escapeMarkdown.
 */




/**
 * The hidden marker line the code host's upsert finds the comment by: `<!-- tessera:report -->` without a
 * key (one comment per pull request), `<!-- tessera:report:<key> -->` with one (one comment per job or
 * workflow). A key may hold letters, digits and `. _ -`; anything else becomes `-`, so a key can never close
 * the HTML comment or match another key's marker.
 */
function commentMarker(key) {
    const safe = key?.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 100);
    return safe ? `<!-- tessera:report:${safe} -->` : '<!-- tessera:report -->';
}
/** `1,234`: counts are read more easily with separators. */
function count(n) {
    return n.toLocaleString('en-US');
}
function signed(n) {
    return n > 0 ? `+${count(n)}` : n < 0 ? `−${count(-n)}` : '±0';
}
function verdictLine(view) {
    const s = view.summary;
    const icon = view.status === 'failed' ? '❌' : view.status === 'incomplete' ? '⚠️' : '✅';
    const parts = [
        s.failed > 0 ? `${count(s.failed)} failed` : undefined,
        s.flaky > 0 ? `${count(s.flaky)} flaky` : undefined,
        `${count(s.passed)} passed`,
        s.skipped > 0 ? `${count(s.skipped)} skipped` : undefined,
    ].filter((p) => p !== undefined);
    return `### ${icon} Tessera: ${parts.join(' · ')}`;
}
function percent(ratio) {
    return `${Math.round(ratio * 100)}%`;
}
function shardsText(shards) {
    const n = shards.expected ?? shards.present;
    const parts = [`**${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(n, 'shard')}**`];
    const detail = [];
    if (shards.balance !== null)
        detail.push(`balance ${percent(shards.balance)}`);
    if (shards.makespanMs !== null)
        detail.push(`slowest ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(shards.makespanMs)}`);
    if (shards.predictedMakespanMs !== null)
        detail.push(`predicted ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(shards.predictedMakespanMs)}`);
    if (shards.lowerBoundMs !== null)
        detail.push(`lower bound ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(shards.lowerBoundMs)}`);
    if (shards.queuedBatches !== undefined)
        detail.push(`balanced at run time: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(shards.queuedBatches, 'batch', 'batches')} from one queue`);
    const idle = shards.emptyByPlan?.length ?? 0;
    if (idle > 0)
        detail.push(`${idle === n ? 'all' : String(idle)} with nothing to run by plan`);
    const lost = (0,_view_js__WEBPACK_IMPORTED_MODULE_2__/* .lostWorkers */ .Au)(shards);
    if (lost.length > 0)
        detail.push(`worker ${lost.map((w) => `${w}/${n}`).join(', ')} lost: ${lost.length === 1 ? 'its batch' : 'their batches'} ran on the others`);
    return detail.length > 0 ? `${parts[0]} (${detail.join(', ')})` : (parts[0] ?? '');
}
function deltaLine(delta) {
    const against = (0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .baselineName */ .Ri)(delta));
    const moves = [
        delta.failed !== 0 ? `**${signed(delta.failed)} failed**` : undefined,
        delta.flaky !== 0 ? `${signed(delta.flaky)} flaky` : undefined,
        delta.passed !== 0 ? `${signed(delta.passed)} passed` : undefined,
        delta.skipped !== 0 ? `${signed(delta.skipped)} skipped` : undefined,
        delta.added > 0 ? `${count(delta.added)} added` : undefined,
        delta.removed > 0 ? `${count(delta.removed)} removed` : undefined,
        delta.wallMs !== null && delta.wallMs !== 0
            ? `wall time ${delta.wallMs > 0 ? '+' : '−'}${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(Math.abs(delta.wallMs))}`
            : undefined,
    ].filter((p) => p !== undefined);
    return `Compared with ${against}: ${moves.length > 0 ? moves.join(' · ') : 'no change in counts'}`;
}
/** Lines that warn about an incomplete run: missing or doubled shards, unreadable inputs. */
function warningLines(view) {
    const lines = [];
    const shards = view.shards;
    if (shards && shards.missing.length > 0)
        lines.push(`⚠️ **Missing shards: ${shards.missing.join(', ')}**: their tests are not in this report.`);
    if (shards && shards.duplicated.length > 0)
        lines.push(`⚠️ Shards reported more than once: ${shards.duplicated.join(', ')}.`);
    const notRun = view.notRun ?? [];
    if (notRun.length > 0) {
        const shown = notRun.slice(0, 5).map((n) => (0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(n.file));
        const more = notRun.length > shown.length ? ` and ${count(notRun.length - shown.length)} more` : '';
        lines.push(`⛔ **${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(notRun.length, 'file')} not run** (bailed after ${(0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(notRun[0]?.after ?? '')}, --bail): ${shown.join(', ')}${more}.`);
    }
    if (view.unreadable.length > 0)
        lines.push(`⚠️ **${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(view.unreadable.length, 'input')} could not be read**: see the full report.`);
    return lines;
}
/** The links line, when the CI gave any usable link. */
function linksLine(view) {
    const full = (0,_safe_url_js__WEBPACK_IMPORTED_MODULE_3__/* .safeHttpUrl */ .vH)(view.links.fullReport);
    const run = (0,_safe_url_js__WEBPACK_IMPORTED_MODULE_3__/* .safeHttpUrl */ .vH)(view.links.run);
    const links = [full ? `[Full report](${full})` : undefined, run ? `[CI run](${run})` : undefined].filter((l) => l !== undefined);
    return links.length > 0 ? links.join(' · ') : undefined;
}
/** The marker and headline block. */
function renderHeadline(view, markerKey) {
    const s = view.summary;
    const facts = [
        `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(s.tests, 'test')}**`,
        s.wallMs !== null
            ? `wall time **${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(s.wallMs)}**`
            : `test time ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(s.durationMs)}`,
        view.shards ? shardsText(view.shards) : undefined,
        view.rerun ? (0,_view_js__WEBPACK_IMPORTED_MODULE_2__/* .rerunText */ .o6)(view.rerun) : undefined,
    ].filter((p) => p !== undefined);
    const lines = [
        commentMarker(markerKey),
        verdictLine(view),
        '',
        facts.join(' · '),
        ...(view.delta ? ['', deltaLine(view.delta)] : []),
        ...warningLines(view).flatMap((l) => ['', l]),
    ];
    const links = linksLine(view);
    return [...lines, ...(links ? ['', links] : [])].join('\n');
}


/***/ }),

/***/ 43982:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ renderJobSummary),
/* harmony export */   w: () => (/* binding */ renderComment)
/* harmony export */ });
/* harmony import */ var _safe_url_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92729);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43999);
/* harmony import */ var _headline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17834);
/* harmony import */ var _sections_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42090);
/**
 * The PR comment and the job summary: one renderer, one size budget per surface. The headline (marker,
 * counts, wall time, shards, delta, links) is always whole; the sections below it are fitted in priority
 * order, the lower ones shrinking first, and each cut says how much it left out. Pure.
 */




/** Renders the PR comment (or, with another budget, the job summary) of a run. */
function renderComment(view, options = {}) {
    const url = (0,_safe_url_js__WEBPACK_IMPORTED_MODULE_3__/* .safeHttpUrl */ .vH)(view.links.fullReport);
    const full = url ? `[see the full report](${url})` : 'see the full report';
    const sections = (0,_sections_js__WEBPACK_IMPORTED_MODULE_2__/* .commentSections */ .sW)(view, options.limits ?? _sections_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMENT_LIMITS */ .RV, full);
    const fit = (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .fitSections */ .WK)((0,_headline_js__WEBPACK_IMPORTED_MODULE_1__/* .renderHeadline */ .Lf)(view, options.markerKey), sections, options.budget ?? _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_COMMENT_BUDGET */ .i8);
    return { markdown: fit.text, sections: fit.sections };
}
/**
 * Renders the job summary: the comment's content with roomier items, within the summary's budget (1 MiB by
 * default; a CI host passes what is left of its own limit).
 */
function renderJobSummary(view, options = {}) {
    return renderComment(view, { limits: _sections_js__WEBPACK_IMPORTED_MODULE_2__/* .SUMMARY_LIMITS */ .QF, budget: _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .JOB_SUMMARY_BUDGET */ .FI, ...options });
}


/***/ }),

/***/ 42090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RV: () => (/* binding */ COMMENT_LIMITS),
  QF: () => (/* binding */ SUMMARY_LIMITS),
  sW: () => (/* binding */ commentSections)
});

// EXTERNAL MODULE: ./src/render/escape-markdown.js
var escape_markdown = __webpack_require__(49821);
// EXTERNAL MODULE: ./src/render/failure-text.js
var failure_text = __webpack_require__(46038);
// EXTERNAL MODULE: ./src/render/format.js
var format = __webpack_require__(59935);
// EXTERNAL MODULE: ./src/model/arrays.js
var arrays = __webpack_require__(96545);
;// CONCATENATED MODULE: ./src/render/mermaid.js


/**
 * Makes text safe as a Mermaid label: only letters, digits, spaces and `. , _ / + - ( ) % ×` are kept, other
 * characters become spaces, and `%%` becomes `%`. Quotes, colons, semicolons, `#` (Mermaid's entity syntax),
 * brackets, `%%` (comments, directives) and line breaks all have meaning in some diagram's grammar; a label
 * never needs them.
 */
function mermaidLabel(text, max = 40) {
    const cleaned = text
        .replace(/[^\p{L}\p{N} .,_/+\-()%×]/gu, ' ')
        // `%%` opens a Mermaid comment or directive, even inside quotes.
        .replace(/%{2,}/g, '%')
        .replace(/\s+/g, ' ')
        .trim();
    return cleaned.length > max ? `${cleaned.slice(0, max - 1).trimEnd()}…` : cleaned;
}
function quoted(text) {
    return `"${mermaidLabel(text)}"`;
}
function round1(value) {
    return Math.round(value * 10) / 10;
}
/** The trend points that have a pass rate, oldest first. */
function withPassRate(points) {
    return points.filter((p) => p.passRate !== null);
}
/**
 * `xychart-beta` line chart of the pass rate (in %) over the runs, or undefined with fewer than two runs.
 * The y axis starts a little below the lowest rate, so a drop from 100 % to 98 % is visible.
 */
function renderPassRateChart(points) {
    const runs = withPassRate(points);
    if (runs.length < 2)
        return undefined;
    const rates = runs.map((p) => round1(p.passRate * 100));
    const low = Math.max(0, Math.floor(((0,arrays/* minOf */._h)(rates, Infinity) - 1) / 5) * 5);
    return [
        'xychart-beta',
        `  title ${quoted('Pass rate over the last runs')}`,
        `  x-axis [${runs.map((p) => quoted(p.label)).join(', ')}]`,
        `  y-axis ${quoted('Pass rate (%)')} ${low} --> 100`,
        `  line [${rates.join(', ')}]`,
    ].join('\n');
}
/** Minutes when runs take minutes, seconds otherwise: axis numbers people read at a glance. */
function durationScale(maxMs) {
    return maxMs >= 120_000 ? { unit: 'min', divisor: 60_000 } : { unit: 's', divisor: 1000 };
}
/** `xychart-beta` bar chart of the wall time over the runs, or undefined with fewer than two known times. */
function renderDurationChart(points) {
    const runs = points.filter((p) => p.wallMs !== null);
    if (runs.length < 2)
        return undefined;
    const { unit, divisor } = durationScale((0,arrays/* maxOf */._)(runs.map((p) => p.wallMs), -Infinity));
    const values = runs.map((p) => round1(p.wallMs / divisor));
    const top = Math.max(1, Math.ceil((0,arrays/* maxOf */._)(values, -Infinity) * 1.1));
    return [
        'xychart-beta',
        `  title ${quoted('Wall time over the last runs')}`,
        `  x-axis [${runs.map((p) => quoted(p.label)).join(', ')}]`,
        `  y-axis ${quoted(`Wall time (${unit})`)} 0 --> ${top}`,
        `  bar [${values.join(', ')}]`,
    ].join('\n');
}
/** `HH:mm:ss` of a duration since midnight: gantt dates parsed and shown in the viewer's own time zone. */
function clock(ms) {
    const total = Math.max(0, Math.round(ms / 1000));
    const pad = (n) => String(n).padStart(2, '0');
    return `${pad(Math.floor(total / 3600) % 24)}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}
/** Whole seconds, at least one, so a very short bar still has a width. */
function seconds(ms) {
    return Math.max(1, Math.round(ms / 1000));
}
/**
 * A gantt timeline of the shards: per shard its set-up, the predicted test time and the actual test time,
 * all starting when the shard's tests start; the slowest shard's bar is marked critical. Undefined when no
 * shard has a time.
 */
function renderShardTimeline(shards) {
    const timed = shards.shards.filter((s) => s.actualMs !== null || s.predictedMs !== null);
    if (timed.length === 0)
        return undefined;
    const ends = timed.map((s) => (s.setupMs ?? 0) + Math.max(s.actualMs ?? 0, s.predictedMs ?? 0));
    const axis = (0,arrays/* maxOf */._)(ends, -Infinity) >= 3_600_000 ? '%H:%M:%S' : '%M:%S';
    const slowest = (0,arrays/* maxOf */._)(timed.map((s) => s.actualMs ?? 0), -Infinity);
    const lines = [
        'gantt',
        `  title ${mermaidLabel('Shards: predicted and actual time')}`,
        '  dateFormat HH:mm:ss',
        `  axisFormat ${axis}`,
    ];
    for (const shard of timed) {
        const start = shard.setupMs ?? 0;
        lines.push(`  section ${mermaidLabel(`Shard ${shard.index}`)}`);
        if (shard.setupMs !== null && shard.setupMs > 0)
            lines.push(`    set-up :done, s${shard.index}, ${clock(0)}, ${seconds(shard.setupMs)}s`);
        if (shard.predictedMs !== null)
            lines.push(`    predicted :done, p${shard.index}, ${clock(start)}, ${seconds(shard.predictedMs)}s`);
        if (shard.batches !== undefined && shard.batches.length > 0) {
            // A worker of the run-time queue: one bar per batch it took, where it ran it.
            for (const batch of shard.batches) {
                const label = mermaidLabel(`batch ${batch.sequence} (${(0,format/* plural */.LS)(batch.items, 'file')})`);
                lines.push(`    ${label} :active, b${shard.index}x${batch.sequence}, ${clock(start + batch.startMs)}, ${seconds(batch.wallMs)}s`);
            }
        }
        else if (shard.actualMs !== null) {
            const tag = shard.actualMs === slowest ? 'crit, ' : 'active, ';
            lines.push(`    actual :${tag}a${shard.index}, ${clock(start)}, ${seconds(shard.actualMs)}s`);
        }
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/render/safe-url.js
var safe_url = __webpack_require__(92729);
// EXTERNAL MODULE: ./src/render/view.js
var view = __webpack_require__(95645);
// EXTERNAL MODULE: ./src/render/comment/headline.js
var headline = __webpack_require__(17834);
// EXTERNAL MODULE: ./src/render/reuse-text.js
var reuse_text = __webpack_require__(79368);
;// CONCATENATED MODULE: ./src/render/comment/sections.js
/**
 * The budgeted sections of the PR comment, in priority order: new failures (grouped by cluster), still
 * failing, flaky, slower, fixed, then the charts. Each section is a head and a list of atomic items (a whole
 * cluster block, a table row, a list item, a whole chart), so the budget can only cut between items. Every
 * piece of untrusted text goes through escapeMarkdown or into a fenced block.
 */








/** Limits for a PR comment. */
const COMMENT_LIMITS = {
    testsPerGroup: 10,
    messageLines: 6,
    messageChars: 600,
    cellChars: 140,
    titleChars: 200,
};
/** Limits for a job summary, which has room for more per item. */
const SUMMARY_LIMITS = {
    testsPerGroup: 50,
    messageLines: 12,
    messageChars: 1500,
    cellChars: 240,
    titleChars: 300,
};
/** A markdown link when `url` is a safe https URL, else the text alone. `text` is already escaped. */
function linked(text, url) {
    const safe = (0,safe_url/* safeHttpsUrl */.Wb)(url);
    return safe !== undefined && text.length > 0 ? `[${text}](${safe})` : text;
}
/**
 * A test's title; a failure's links to its anchor in the HTML report when the report's page is known
 * (`htmlReport`: the page, not an archive to download).
 */
function title(ref, limits, htmlReport) {
    const text = (0,escape_markdown/* escapeMarkdown */.FV)((0,escape_markdown/* excerpt */.Kb)(ref.title, limits.titleChars));
    return htmlReport !== undefined ? linked(text, (0,safe_url/* withAnchor */.uo)(htmlReport, (0,view/* failureAnchor */.cf)(ref.id))) : text;
}
/** A test's `file:line`, linked to the code host at the head commit when the file is in the repository. */
function where(ref) {
    return ref.file !== undefined ? linked((0,escape_markdown/* escapeMarkdown */.FV)((0,format/* location */.C5)(ref.file, ref.line)), ref.fileUrl) : '';
}
/** The shard that ran a failure, `2/4`, linked to its job's log. */
function shardCell(shard) {
    return shard ? linked(`${shard.index}/${shard.total}`, shard.url) : '';
}
/** Whether any of the failures ran in a known shard: only then do their tables get a Shard column. */
function anyShard(failures) {
    return failures.some((f) => f.shard !== undefined);
}
/** The collapsible block with the commands that re-run a group's tests locally. */
function reproduceBlock(lines) {
    if (!lines || lines.length === 0)
        return [];
    return [
        '',
        '<details><summary>Reproduce locally (from the repository root)</summary>',
        '',
        (0,escape_markdown/* fencedBlock */.zW)(lines.join('\n'), 'sh'),
        '',
        '</details>',
    ];
}
function messageCell(failure, limits) {
    return (0,escape_markdown/* escapeMarkdown */.FV)((0,escape_markdown/* excerpt */.Kb)(failure.message ?? failure.trace ?? '', limits.cellChars, true));
}
/** The lines of a message that say most (the headline, then an assertion diff), for a fenced block. */
function messageBlock(text, limits) {
    return (0,escape_markdown/* fencedBlock */.zW)((0,escape_markdown/* excerpt */.Kb)((0,failure_text/* failureExcerpt */.a)(text, limits.messageLines), limits.messageChars), 'text');
}
/**
 * The text to show for a failure: its trace when the trace repeats the message (JUnit's element text holds
 * message and stack), else the message, else the trace.
 */
function fullMessage(failure) {
    if (!failure)
        return undefined;
    const headline = failure.message?.split('\n')[0]?.trim();
    if (failure.trace !== undefined && headline !== undefined && failure.trace.includes(headline))
        return failure.trace;
    return failure.message ?? failure.trace;
}
function groupBlock(group, limits, full, htmlReport) {
    const shown = group.tests.slice(0, limits.testsPerGroup);
    const first = group.tests[0];
    const example = fullMessage(first) ?? group.example;
    const sharded = anyShard(group.tests);
    const rows = shown.map((t) => `| ${title(t, limits, htmlReport)} | ${where(t)} |${sharded ? ` ${shardCell(t.shard)} |` : ''}`);
    const rest = group.tests.length - shown.length;
    return [
        // The real message of the first test, not the cluster's normalised signature (`expected <n> …`).
        `**${(0,format/* plural */.LS)(group.tests.length, 'test')}** failed with: ${(0,escape_markdown/* escapeMarkdown */.FV)((0,escape_markdown/* excerpt */.Kb)((0,failure_text/* failureHeadline */.N)(first?.message ?? example) || group.signature, 200))} _(${group.category})_`,
        '',
        messageBlock(example, limits),
        '',
        sharded ? '| Test | Location | Shard |' : '| Test | Location |',
        sharded ? '| --- | --- | --- |' : '| --- | --- |',
        ...rows,
        ...(rest > 0 ? ['', `…and ${(0,headline/* count */.U9)(rest)} more in this group — ${full}.`] : []),
        ...reproduceBlock(group.reproduce),
    ].join('\n');
}
function newFailures(view, limits, full) {
    const total = view.newFailures.reduce((n, g) => n + g.tests.length, 0);
    const heading = view.delta ? 'New failures' : 'Failures';
    return {
        id: 'newFailures',
        head: `#### ❌ ${heading} (${(0,headline/* count */.U9)(total)})`,
        items: view.newFailures.map((g) => groupBlock(g, limits, full, view.links.htmlReport)),
        weights: view.newFailures.map((g) => g.tests.length),
        separator: '\n\n',
        more: (n) => `**${(0,headline/* count */.U9)(n)} more ${n === 1 ? 'failure' : 'failures'}** — ${full}.`,
        collapsed: (n) => `#### ❌ ${heading} (${(0,headline/* count */.U9)(n)}) — ${full}.`,
    };
}
/** A table section: rows are items, the head carries the heading and the table header. */
function tableSection(id, heading, header, rows, full) {
    return {
        id,
        head: [
            `#### ${heading} (${(0,headline/* count */.U9)(rows.length)})`,
            '',
            `| ${header.join(' | ')} |`,
            `| ${header.map(() => '---').join(' | ')} |`,
        ].join('\n'),
        items: rows,
        separator: '\n',
        more: (n) => `${(0,headline/* count */.U9)(n)} more — ${full}.`,
        collapsed: (n) => `#### ${heading} (${(0,headline/* count */.U9)(n)}) — ${full}.`,
    };
}
function stillFailingRow(t, limits, sharded, htmlReport) {
    const shard = sharded ? ` ${shardCell(t.shard)} |` : '';
    return `| ${title(t, limits, htmlReport)} | ${where(t)} |${shard} ${(0,format/* plural */.LS)(t.runsInARow, 'run')} | ${messageCell(t, limits)} |`;
}
function flakyRow(t, limits) {
    // A test flagged by its history alone may have passed cleanly this time.
    const attempts = t.failedAttempts > 0 ? `${t.failedAttempts}/${t.attempts} failed` : 'passed';
    const tag = t.quarantined ? ' (quarantined)' : '';
    return `| ${title(t, limits)}${tag} | ${where(t)} | ${t.score.toFixed(2)} | ${attempts} | ${(0,escape_markdown/* escapeMarkdown */.FV)(t.evidence)} |`;
}
function slowerRow(t, limits) {
    const ratio = Number.isFinite(t.ratio) ? `×${t.ratio.toFixed(1)}` : 'new time';
    return `| ${title(t, limits)} | ${where(t)} | ${(0,format/* formatDuration */.a3)(t.baselineMs)} | ${(0,format/* formatDuration */.a3)(t.currentMs)} | ${ratio} |`;
}
function fixedSection(view, limits, full) {
    return {
        id: 'fixed',
        head: `#### ✅ Fixed (${(0,headline/* count */.U9)(view.fixed.length)})\n`,
        items: view.fixed.map((t) => `- ${title(t, limits)}${t.file !== undefined ? ` (${where(t)})` : ''}`),
        separator: '\n',
        more: (n) => `${(0,headline/* count */.U9)(n)} more — ${full}.`,
        collapsed: (n) => `#### ✅ Fixed (${(0,headline/* count */.U9)(n)}) — ${full}.`,
    };
}
/** `--skip-unchanged`: the hit-rate line, then each reused file and the commit its result passed on. */
function reusedSection(view, full) {
    const reuse = view.reuse;
    const files = reuse?.files ?? [];
    const head = reuse ? `#### ♻️ Reused: ${(0,escape_markdown/* escapeMarkdown */.FV)((0,reuse_text/* reuseLine */.v)(reuse))}` : '';
    return {
        id: 'reused',
        head,
        items: files.map((f) => `- ${(0,escape_markdown/* escapeMarkdown */.FV)(f.file)}: reused from ${(0,escape_markdown/* escapeMarkdown */.FV)((0,reuse_text/* reusedFrom */.$)(f))} (${(0,format/* plural */.LS)(f.tests, 'test')})`),
        separator: '\n',
        more: (n) => `${(0,headline/* count */.U9)(n)} more — ${full}.`,
        collapsed: () => `${head} — ${full}.`,
    };
}
function mermaidBlock(source) {
    return source === undefined ? undefined : (0,escape_markdown/* fencedBlock */.zW)(source, 'mermaid');
}
function chartsSection(view, full) {
    const charts = [
        mermaidBlock(renderPassRateChart(view.trend)),
        mermaidBlock(renderDurationChart(view.trend)),
        view.shards ? mermaidBlock(renderShardTimeline(view.shards)) : undefined,
    ].filter((c) => c !== undefined);
    return {
        id: 'charts',
        head: '#### 📈 Trend and shards',
        items: charts,
        separator: '\n\n',
        more: (n) => `${(0,format/* plural */.LS)(n, 'chart')} left out — ${full}.`,
        collapsed: (n) => `#### 📈 Trend and shards: ${(0,format/* plural */.LS)(n, 'chart')} — ${full}.`,
    };
}
/** All budgeted sections of the comment, highest priority first. */
function commentSections(view, limits, full) {
    const sharded = anyShard(view.stillFailing);
    return [
        newFailures(view, limits, full),
        tableSection('stillFailing', '🔁 Still failing', sharded
            ? ['Test', 'Location', 'Shard', 'Failing for', 'Message']
            : ['Test', 'Location', 'Failing for', 'Message'], view.stillFailing.map((t) => stillFailingRow(t, limits, sharded, view.links.htmlReport)), full),
        tableSection('flaky', '🎲 Flaky', ['Test', 'Location', 'Score', 'This run', 'Evidence'], view.flaky.map((t) => flakyRow(t, limits)), full),
        tableSection('slower', '🐢 Slower', ['Test', 'Location', 'Usual', 'Now', 'Change'], view.slower.map((t) => slowerRow(t, limits)), full),
        fixedSection(view, limits, full),
        // Only in a run that skipped: the other runs' comments keep their sections exactly.
        ...(view.reuse ? [reusedSection(view, full)] : []),
        chartsSection(view, full),
    ];
}


/***/ }),

/***/ 34382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ renderConsoleSummary)
/* harmony export */ });
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74060);
/* harmony import */ var _escape_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49821);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59935);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81250);
/* harmony import */ var _reuse_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79368);
/**
 * The one-screen summary `tessera report` prints: counts, duration, the first failures, unreadable inputs,
 * and where the outputs went. Colour only when asked (the caller decides from the TTY and NO_COLOR).
 */





function painter(color, code) {
    return color ? (text) => `\u001b[${code}m${text}\u001b[0m` : (text) => text;
}
// Test names, messages and paths are untrusted: in a CI log a line break followed by `::set-output` or a
// `##vso[` would be obeyed by the runner, and a control character could restyle the terminal.
const clean = _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .neutraliseUntrustedLine */ .Jy;
function failureLine(t) {
    const failure = t.attempts.find((a) => a.failure)?.failure;
    return clean((0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(failure?.message ?? failure?.trace ?? '', 160, true));
}
/** Renders the summary as lines of text ending in a newline. Pure. */
function renderConsoleSummary(report, options) {
    const red = painter(options.color, '31');
    const green = painter(options.color, '32');
    const yellow = painter(options.color, '33');
    const dim = painter(options.color, '2');
    const bold = painter(options.color, '1');
    const s = report.summary;
    const maxFailures = options.maxFailures ?? 5;
    const counts = [
        s.failed > 0 ? red(bold(`${s.failed} failed`)) : `${s.failed} failed`,
        s.flaky > 0 ? yellow(`${s.flaky} flaky`) : `${s.flaky} flaky`,
        green(`${s.passed} passed`),
        `${s.skipped} skipped`,
    ];
    const time = s.wallMs !== null
        ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(s.wallMs)} wall, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(s.durationMs)} of tests`
        : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(s.durationMs)} of tests`;
    const lines = [
        `${bold('Tessera report')}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(s.tests, 'test')} from ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(report.inputs.read.length, 'result file')}`,
        `  ${counts.join(', ')}`,
        `  ${dim(time)}`,
    ];
    if (report.reuse)
        lines.push(`  ${dim(`skip-unchanged: ${clean((0,_reuse_text_js__WEBPACK_IMPORTED_MODULE_4__/* .reuseLine */ .v)(report.reuse))}`)}`);
    const failed = report.tests.filter((t) => t.outcome === 'failed');
    if (failed.length > 0) {
        lines.push('', red(`Failed (${failed.length}):`));
        for (const t of failed.slice(0, maxFailures)) {
            const where = (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .location */ .C5)(t.file, t.line);
            lines.push(`  ${red('✗')} ${clean((0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .displayTitle */ .xU)(t))}${where ? dim(`  ${clean(where)}`) : ''}`);
            const message = failureLine(t);
            if (message)
                lines.push(`      ${dim(message)}`);
        }
        if (failed.length > maxFailures)
            lines.push(dim(`  …and ${failed.length - maxFailures} more`));
    }
    const flaky = report.tests.filter((t) => t.outcome === 'flaky');
    if (flaky.length > 0) {
        lines.push('', yellow(`Flaky (${flaky.length}):`));
        for (const t of flaky.slice(0, maxFailures))
            lines.push(`  ${yellow('~')} ${clean((0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .displayTitle */ .xU)(t))}`);
        if (flaky.length > maxFailures)
            lines.push(dim(`  …and ${flaky.length - maxFailures} more`));
    }
    const notRun = report.notRun ?? [];
    if (notRun.length > 0) {
        lines.push('', red(`Not run (${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(notRun.length, 'file')}, bailed after ${clean(notRun[0]?.after ?? '')}):`));
        for (const n of notRun.slice(0, maxFailures))
            lines.push(`  ${dim('-')} ${clean(n.file)}`);
        if (notRun.length > maxFailures)
            lines.push(dim(`  …and ${notRun.length - maxFailures} more`));
    }
    const unreadable = report.inputs.unreadable;
    if (unreadable.length > 0) {
        lines.push('', yellow(`Unreadable inputs (${unreadable.length}):`));
        for (const u of unreadable) {
            lines.push(`  ${yellow('!')} ${clean((0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .location */ .C5)(u.file, u.line, u.column))}: ${clean(u.message)}`);
        }
    }
    if (options.outputs && options.outputs.length > 0) {
        lines.push('', 'Wrote:');
        const width = options.outputs.reduce((w, o) => Math.max(w, o.label.length), 0);
        for (const o of options.outputs)
            lines.push(`  ${o.label.padEnd(width)}  ${clean(o.path)}`);
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 49821:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81250);
/**
 * Escaping of untrusted text (test names, failure messages, file paths) for GitHub/GitLab-flavoured markdown.
 * Every renderer puts such text through here, so a test named `| @team fix #12 [x](http://evil)` shows as
 * exactly that: no table break, no mention, no issue link, no link, no HTML. Text is neutralised first
 * (render/untrusted-text.ts): no runner command, escape sequence, control or bidirectional character.
 */

// Characters markdown gives meaning to inline. Backslash first so the escapes added are not escaped again.
const MARKDOWN_PUNCTUATION = /[\\`*_[\]<>|~]/g;
const ENTITIES = { '<': '&lt;', '>': '&gt;' };
// A zero-width space after `@` or `#` breaks mentions and issue references but reads the same. An `@`
// inside a word (an e-mail address) is no mention; a `#` after a word (`org/repo#1`) is still a reference.
const ZWSP = '\u200B';
/**
 * Escapes text for one line of markdown (a table cell, a list item, a heading): markdown punctuation is
 * backslash-escaped, `<`/`>`/`&` become entities, mentions and issue references are broken with a
 * zero-width space, and line breaks become spaces.
 */
function escapeMarkdown(text) {
    return ((0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .neutraliseUntrustedLine */ .Jy)(text)
        .replace(/&/g, '&amp;')
        .replace(MARKDOWN_PUNCTUATION, (c) => ENTITIES[c] ?? `\\${c}`)
        .replace(/(?<!\w)@(?=[A-Za-z0-9])/g, `@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        // Parentheses only matter right after a bracket (a link), and the bracket is already escaped; a
        // second guard keeps `](` from ever reaching the output.
        .replace(/\]\(/g, `]${ZWSP}(`));
}
/**
 * A fenced code block holding `text` verbatim but neutralised (line by line). The fence is longer than any
 * backtick run in the text, so the text cannot close it; markdown and mentions are not processed inside a
 * code block.
 */
function fencedBlock(text, language = '') {
    let longestRun = 0;
    for (const m of text.matchAll(/`+/g))
        longestRun = Math.max(longestRun, m[0].length);
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    // A language tag is ours, never untrusted; keep it to word characters anyway.
    const lang = language.replace(/[^\w-]/g, '');
    const body = (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .neutraliseUntrustedText */ .u)(text, { multiline: true }).replace(/\n+$/, '');
    return `${fence}${lang}\n${body}\n${fence}`;
}
/**
 * Shortens text to at most `max` characters (counting the ellipsis), on the first line only when
 * `firstLineOnly` is set. Cuts before escaping, so an escape sequence is never split.
 */
function excerpt(text, max, firstLineOnly = false) {
    const source = firstLineOnly ? (text.split(/\r?\n/).find((l) => l.trim().length > 0) ?? '') : text;
    const trimmed = source.trim();
    if (trimmed.length <= max)
        return trimmed;
    return `${trimmed.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}


/***/ }),

/***/ 46038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ failureHeadline),
/* harmony export */   a: () => (/* binding */ failureExcerpt)
/* harmony export */ });
/**
 * Which lines of a failure to show when only a few fit. The first lines of a runner's failure text are
 * rarely the useful ones in order: Vitest and Jest put a blank line and `- Expected` / `+ Received` before
 * the diff, so the first six lines end just before `- "a": 2` / `+ "a": 1`, the lines that say what went
 * wrong. The excerpt keeps the headline, then the diff, then other text, then stack frames, and prints the
 * chosen lines in their original order. Pure.
 */
/** A stack frame: `at fn (file:1:2)` (V8), ` ❯ file:1:2` (Vitest), `→ …`. */
const STACK_FRAME = /^\s*(?:at\s|❯\s|→\s)/;
/** A line of a unified or Jest-style diff: `- "a": 2`, `+ Received`, `-   1,`. */
const DIFF_LINE = /^\s*[-+]\s?\S/;
/** The headline of a failure: its first non-blank line, trimmed. */
function failureHeadline(text) {
    return (text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .find((line) => line.trim() !== '')
        ?.trim() ?? '');
}
/** At most `maxLines` lines of `text`: headline, diff lines, other text, stack frames, in that priority. */
function failureExcerpt(text, maxLines) {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const rank = (line, index) => {
        if (line.trim() === '')
            return 4;
        if (index === firstNonBlank)
            return 0;
        if (STACK_FRAME.test(line))
            return 3;
        return DIFF_LINE.test(line) ? 1 : 2;
    };
    const firstNonBlank = lines.findIndex((line) => line.trim() !== '');
    const chosen = lines
        .map((line, index) => ({ index, rank: rank(line, index) }))
        .filter((l) => l.rank < 4)
        .sort((a, b) => a.rank - b.rank || a.index - b.index)
        .slice(0, Math.max(1, maxLines))
        .map((l) => l.index)
        .sort((a, b) => a - b);
    return chosen.map((index) => lines[index]).join('\n');
}


/***/ }),

/***/ 59935:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ location),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Ri: () => (/* binding */ baselineName),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/** Small formatting helpers shared by the renderers. */
/** A duration for people: `850 ms`, `4.2 s`, `3 min 05 s`, `1 h 02 min`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const totalSeconds = ms / 1000;
    if (totalSeconds < 60)
        return `${totalSeconds.toFixed(1)} s`;
    const minutes = Math.floor(totalSeconds / 60);
    if (minutes < 60)
        return `${minutes} min ${String(Math.floor(totalSeconds % 60)).padStart(2, '0')} s`;
    return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
/** `1 test`, `2 tests`. */
function plural(count, noun, pluralNoun = `${noun}s`) {
    return `${count} ${count === 1 ? noun : pluralNoun}`;
}
/** `file:line:column`, leaving out the parts that are unknown. */
function location(file, line, column) {
    if (file === undefined)
        return '';
    return [file, line, line !== undefined ? column : undefined].filter((p) => p !== undefined).join(':');
}
/**
 * Names a baseline for "Compared with …", as plain text (callers escape it for their medium): `main at
 * 1a2b3c4`, or without a branch (a local history, a CI that gave none) `the previous run at 1a2b3c4` or
 * `the previous run of 2026-12-04`. Never empty, so no "Compared with : …".
 */
function baselineName(baseline) {
    const branch = baseline.branch?.trim();
    const sha = baseline.sha?.trim();
    const date = baseline.at !== undefined && /^\d{4}-\d{2}-\d{2}/.test(baseline.at)
        ? baseline.at.slice(0, 10)
        : undefined;
    const base = branch !== undefined && branch.length > 0 ? branch : 'the previous run';
    if (sha !== undefined && sha.length > 0)
        return `${base} at ${sha.slice(0, 7)}`;
    return date !== undefined && base === 'the previous run' ? `${base} of ${date}` : base;
}


/***/ }),

/***/ 79368:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ reusedFrom),
/* harmony export */   v: () => (/* binding */ reuseLine)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59935);

/** `27 files reused (812 tests), 3 ran · hit rate 90% · 41 s saved`, and why a full run, if one was. */
function reuseLine(reuse) {
    const rate = `hit rate ${Math.round(reuse.hitRate * 100)}%`;
    const full = reuse.fullRun !== undefined ? ` · full run: ${reuse.fullRun}` : '';
    return (`${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(reuse.files.length, 'file')} reused (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(reuse.reusedTests, 'test')}), ${reuse.ranFiles} ran · ` +
        `${rate} · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(reuse.savedMs)} saved${full}`);
}
/** `abc1234def56`, or `run #12` when the run that passed recorded no commit. */
function reusedFrom(file) {
    return file.fromSha !== null ? file.fromSha.slice(0, 7) : `run #${file.fromRun}`;
}


/***/ }),

/***/ 92729:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wb: () => (/* binding */ safeHttpsUrl),
/* harmony export */   uo: () => (/* binding */ withAnchor),
/* harmony export */   vH: () => (/* binding */ safeHttpUrl)
/* harmony export */ });
/**
 * Links in rendered reports come from the CI host's context (run URL, artifact URL). They are still checked:
 * only absolute http(s) URLs are ever linked, so a `javascript:` or `data:` address can never become a link.
 */
/**
 * The URL in a normalised form safe to put in a markdown link target or an HTML attribute, or undefined when
 * it is not an absolute http(s) URL. Parentheses, quotes and angle brackets are percent-encoded so the URL
 * cannot close the markdown link or the attribute it is placed in.
 */
function safeHttpUrl(raw) {
    if (raw === undefined)
        return undefined;
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        return undefined; // Not a URL at all: nothing to link; the caller shows plain text instead.
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return undefined;
    return url.href.replace(/[()'"<>\s`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/**
 * As {@link safeHttpUrl}, for https only: the links built from untrusted parts (a code host's file page, a
 * shard job's log, an anchor in the HTML report) are never plain http.
 */
function safeHttpsUrl(raw) {
    const url = safeHttpUrl(raw);
    // A `|` would end a markdown table cell even inside a link's target.
    return url?.startsWith('https://') ? url.replace(/\|/g, '%7C') : undefined;
}
/** `base` with its fragment set to `anchor` (letters, digits, `-`, `_`), when `base` is a safe https URL. */
function withAnchor(base, anchor) {
    const url = safeHttpsUrl(base);
    if (url === undefined)
        return undefined;
    const parsed = new URL(url);
    parsed.hash = anchor.replace(/[^A-Za-z0-9_-]/g, '');
    return safeHttpsUrl(parsed.href);
}


/***/ }),

/***/ 95645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ lostWorkers),
/* harmony export */   cf: () => (/* binding */ failureAnchor),
/* harmony export */   o6: () => (/* binding */ rerunText)
/* harmony export */ });
/* unused harmony export countNewFailures */
/** The queue workers that were lost while they held a batch (another worker ran it), in order. */
function lostWorkers(shards) {
    const lost = new Set();
    for (const shard of shards.shards)
        for (const batch of shard.batches ?? [])
            if (batch.takenOverFrom !== undefined)
                lost.add(batch.takenOverFrom);
    return [...lost].sort((a, b) => a - b);
}
/** "re-ran 2 of 7 tests (attempt 2)": the headline's words for a re-run, in every surface. */
function rerunText(rerun) {
    return `re-ran ${rerun.reran.toLocaleString('en-US')} of ${rerun.tests.toLocaleString('en-US')} tests (attempt ${rerun.attempt})`;
}
/** The id of a failure's element in the HTML report, which the comment's rows link to. */
function failureAnchor(id) {
    return `t-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
}
/** Counts the failing tests of the new-failure groups. */
function countNewFailures(view) {
    return view.newFailures.reduce((n, g) => n + g.tests.length, 0);
}


/***/ }),

/***/ 53715:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport)
/* harmony export */ });
/* unused harmony exports NO_SHARDS, summarize, toReportTest */
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74060);
/* harmony import */ var _report_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35484);
/**
 * Turns a merged run into the versioned Report document. Pure: the clock is passed in.
 */


/** Shards of an unsharded run: nothing expected, nothing missing. */
const NO_SHARDS = { expected: null, present: [], missing: [], duplicated: [] };
/**
 * Failed first, then flaky, passed, skipped (the order of OUTCOMES); first-seen order within an outcome,
 * which is deterministic because inputs are read in a sorted order. A linear pass, not a sort: 100k tests.
 */
function byOutcome(tests) {
    const groups = new Map(_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .OUTCOMES */ .im.map((o) => [o, []]));
    for (const t of tests)
        groups.get(t.outcome)?.push(t);
    return _model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .OUTCOMES */ .im.flatMap((o) => groups.get(o) ?? []);
}
/** Counts distinct tests by outcome and sums their durations. */
function summarize(tests, wallMs = null) {
    const counts = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
    let durationMs = 0;
    for (const t of tests) {
        counts[t.outcome] += 1;
        durationMs += t.durationMs;
    }
    return { tests: tests.length, ...counts, durationMs: Math.round(durationMs), wallMs };
}
function toReportAttempt(a) {
    return {
        status: a.status,
        durationMs: a.durationMs,
        ...(a.failure ? { failure: { ...a.failure } } : {}),
        ...(a.skipMessage !== undefined ? { skipMessage: a.skipMessage } : {}),
        // Output of passing attempts is noise in a merged report and can be large; failures keep theirs.
        ...(a.status === 'failed' && a.stdout !== undefined ? { stdout: a.stdout } : {}),
        ...(a.status === 'failed' && a.stderr !== undefined ? { stderr: a.stderr } : {}),
    };
}
/** Whether an attempt carries output the report leaves out (output of attempts that did not fail). */
function hasDroppedOutput(a) {
    return a.status !== 'failed' && (a.stdout !== undefined || a.stderr !== undefined);
}
/** A test as the report writes it; the test itself when nothing needs leaving out (no copy). */
function toReportTest(t) {
    if (!t.attempts.some(hasDroppedOutput))
        return t;
    return {
        ...(0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .identityOf */ .cu)(t),
        outcome: t.outcome,
        durationMs: t.durationMs,
        attempts: t.attempts.map(toReportAttempt),
    };
}
function flakyEntry(t) {
    return {
        id: t.id,
        reason: 'retry',
        failedAttempts: t.attempts.filter((a) => a.status === 'failed').length,
        attempts: t.attempts.length,
    };
}
/** Builds the Report for a merged run. */
function buildReport(run, options) {
    const tests = byOutcome(run.tests);
    return {
        version: _report_document_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_VERSION */ .Aj,
        generatedAt: options.now.toISOString(),
        summary: summarize(tests, options.wallMs ?? null),
        shards: options.shards ?? NO_SHARDS,
        tests: tests.map(toReportTest),
        comparison: null,
        flaky: tests.filter((t) => t.outcome === 'flaky').map(flakyEntry),
        plan: null,
        inputs: { read: run.read, unreadable: run.unreadable },
    };
}


/***/ }),

/***/ 7721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WC: () => (/* binding */ runBundleReport)
/* harmony export */ });
/* unused harmony exports shardJobsOf, failureShards, notRunOf, carriedTests, rerunOf, buildBundleReport, reuseOf, skipRecordOf, renderShardLine, renderShardProblems, bundleRunFacts, viewShardsOf */
/* harmony import */ var _plan_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81629);
/* harmony import */ var _skip_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48861);
/* harmony import */ var _render_console_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34382);
/* harmony import */ var _render_warnings_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(37090);
/* harmony import */ var _render_untrusted_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81250);
/* harmony import */ var _bundles_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31753);
/* harmony import */ var _build_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53715);
/* harmony import */ var _complete_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97402);
/* harmony import */ var _run_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17988);









/** Where each chosen shard ran, as its bundle recorded it: its job's log and its test command. */
function shardJobsOf(run) {
    return run.check.chosen.map(({ bundle }) => ({
        index: bundle.shard.index,
        total: bundle.shard.total,
        ...(bundle.run.jobUrl !== undefined ? { url: bundle.run.jobUrl } : {}),
        ...(bundle.command !== undefined ? { command: [...bundle.command] } : {}),
    }));
}
/**
 * The shard each failed or flaky test ran on, by id: a reviewer opens that shard's log. A test failing on two
 * shards (a file planned twice) is placed on the later one.
 */
function failureShards(run) {
    const shards = new Map();
    for (const { bundle } of run.check.chosen)
        for (const test of bundle.tests)
            if (test.attempts.some((a) => a.status === 'failed'))
                shards.set(test.id, bundle.shard.index);
    return shards;
}
/** The files the shards did not run because they bailed (`run --bail`), in shard order. */
function notRunOf(run) {
    const out = [];
    for (const { bundle } of run.check.chosen)
        for (const file of bundle.bailed?.notRun ?? [])
            out.push({ file, shard: bundle.shard.index, after: bundle.bailed?.after });
    return out;
}
/** The tests a re-run attempt carried forward, by id, with the attempt they come from. */
function carriedTests(run) {
    const carried = new Map();
    for (const { bundle } of run.check.chosen)
        for (const test of bundle.tests)
            if (test.carriedFrom !== undefined)
                carried.set(test.id, test.carriedFrom);
    return carried;
}
/**
 * How much re-run attempts ran again (docs/rerun.md): the tests of the re-run shards not carried forward,
 * out of every test. Undefined when no shard was a re-run of only what failed.
 */
function rerunOf(run, tests) {
    const rerunShards = run.check.chosen.filter(({ bundle }) => bundle.rerun !== undefined);
    if (rerunShards.length === 0)
        return undefined;
    let reran = 0;
    for (const { bundle } of rerunShards)
        for (const test of bundle.tests)
            if (test.carriedFrom === undefined)
                reran += 1;
    return {
        attempt: rerunShards.reduce((max, { bundle }) => Math.max(max, bundle.run.attempt ?? 1), 1),
        reran: Math.min(reran, tests),
        tests,
        shards: rerunShards.map(({ bundle }) => bundle.shard.index),
    };
}
/** The report of a bundle run, with shard completeness and, given the plan, the plan's accuracy. */
function buildBundleReport(run, now, plan) {
    const report = buildRanReport(run, now, plan);
    return plan?.skip ? { ...report, reuse: reuseOf(plan.skip, plan.total) } : report;
}
function buildRanReport(run, now, plan) {
    const built = (0,_build_report_js__WEBPACK_IMPORTED_MODULE_4__/* .buildReport */ .FK)(run.merged, {
        now,
        wallMs: run.wallMs,
        shards: { ...run.check.shards, jobs: shardJobsOf(run) },
    });
    const placed = failureShards(run);
    const notRun = notRunOf(run);
    const withNotRun = notRun.length > 0 ? { ...built, notRun } : built;
    const carried = carriedTests(run);
    const rerun = rerunOf(run, built.tests.length);
    const report = {
        ...(placed.size === 0 && carried.size === 0
            ? withNotRun
            : {
                ...withNotRun,
                tests: built.tests.map((t) => {
                    const shard = t.outcome === 'failed' || t.outcome === 'flaky' ? placed.get(t.id) : undefined;
                    const carriedFrom = carried.get(t.id);
                    return shard === undefined && carriedFrom === undefined
                        ? t
                        : {
                            ...t,
                            ...(shard !== undefined ? { shard } : {}),
                            ...(carriedFrom !== undefined ? { carriedFrom } : {}),
                        };
                }),
            }),
        ...(rerun ? { rerun } : {}),
    };
    if (!plan || run.makespanMs === null)
        return report;
    return {
        ...report,
        plan: {
            predictedMakespanMs: plan.predictedMakespanMs,
            actualMakespanMs: run.makespanMs,
            lowerBoundMs: plan.lowerBoundMs,
        },
    };
}
/** The report's account of `--skip-unchanged`: the reused files, counted apart from the `ran` ones. */
function reuseOf(skip, ran) {
    let reusedTests = 0;
    let savedMs = 0;
    for (const r of skip.reused) {
        reusedTests += r.tests;
        savedMs += r.durationMs;
    }
    return {
        files: skip.reused.map((r) => ({
            file: r.file,
            fromSha: r.sha !== undefined ? r.sha.slice(0, 12) : null,
            fromRun: r.seq,
            tests: r.tests,
            durationMs: r.durationMs,
        })),
        ranFiles: ran,
        reusedTests,
        hitRate: (0,_skip_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .hitRate */ .a)(skip.reused.length, ran),
        savedMs,
        ...(skip.fullRun !== undefined ? { fullRun: skip.fullRun } : {}),
    };
}
/**
 * What `--skip-unchanged` teaches the history: the keys of the planned files whose every test ran and none
 * failed or was flaky (a file with no test in the results teaches nothing), and the reused files.
 */
function skipRecordOf(run, skip) {
    const clean = new Map();
    for (const t of run.merged.tests) {
        if (t.file === undefined)
            continue;
        const ok = t.outcome === 'passed' || t.outcome === 'skipped';
        clean.set(t.file, (clean.get(t.file) ?? true) && ok);
    }
    const passed = Object.entries(skip.keys)
        .filter(([file]) => clean.get(file) === true)
        .map(([path, key]) => ({ path, key }));
    return { passed, reused: skip.reused.map((r) => r.file) };
}
/** One line on the matrix: shards reported, and the makespan against the plan's prediction. */
function renderShardLine(report) {
    const { shards, plan } = report;
    if (shards.expected === null)
        return '';
    const empty = shards.emptyByPlan?.length ?? 0;
    const makespan = plan
        ? ` · slowest shard ${(0,_plan_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(plan.actualMakespanMs)} (predicted ${(0,_plan_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(plan.predictedMakespanMs)}, ` +
            `lower bound ${(0,_plan_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(plan.lowerBoundMs)})`
        : '';
    const nothing = empty > 0 ? `, ${empty} had nothing to run by plan` : '';
    return `Shards: ${shards.present.length} of ${shards.expected} reported${nothing}${makespan}\n`;
}
/** Renders the completeness problems, one per line, after the summary. */
function renderShardProblems(problems) {
    return problems.length === 0
        ? ''
        : `\nThe shard matrix is incomplete or inconsistent:\n${problems.map((p) => `  - ${(0,_render_untrusted_text_js__WEBPACK_IMPORTED_MODULE_7__/* .neutraliseUntrustedLine */ .Jy)(p)}\n`).join('')}`;
}
/**
 * What the bundles say about the run for the history: its identity (from the first shard), its time (the
 * last shard's finish, so re-reporting the same bundles records the same time), per-file and per-shard
 * times, and the plan's prediction.
 */
function bundleRunFacts(run, report, plan, branch, fallback = { provider: 'local' }) {
    const chosen = run.check.chosen;
    const first = chosen[0]?.bundle.run ?? fallback;
    const finished = chosen.map((b) => b.bundle.finishedAt).sort();
    const files = new Map();
    for (const { bundle } of chosen)
        for (const f of bundle.files)
            files.set(f.path, (files.get(f.path) ?? 0) + f.wallMs);
    return {
        run: branch !== undefined ? { ...first, branch } : first,
        at: finished[finished.length - 1] ?? report.generatedAt,
        tests: run.merged.tests,
        files: [...files].map(([path, wallMs]) => ({ path, wallMs })),
        shards: chosen.map((b) => ({
            index: b.bundle.shard.index,
            wallMs: b.bundle.wallMs,
            ...(b.bundle.setupMs !== undefined ? { setupMs: b.bundle.setupMs } : {}),
        })),
        ...(plan
            ? { plan: { predictedMakespanMs: plan.predictedMakespanMs, lowerBoundMs: plan.lowerBoundMs } }
            : {}),
        ...(plan?.skip ? { skip: skipRecordOf(run, plan.skip) } : {}),
    };
}
/**
 * Per-shard predicted (from the plan) and actual (from the bundles) times, for the charts. A shard that had
 * nothing to run by plan and did not report has neither, and no row.
 */
function viewShardsOf(run, plan) {
    const byIndex = new Map(run.check.chosen.map((b) => [b.bundle.shard.index, b.bundle]));
    const idle = new Set(run.check.shards.emptyByPlan ?? []);
    const planned = (plan?.shards ?? []).map((s) => s.index).filter((i) => !idle.has(i));
    const indexes = new Set([...byIndex.keys(), ...planned]);
    return [...indexes]
        .sort((a, b) => a - b)
        .map((index) => ({
        index,
        predictedMs: plan?.shards.find((s) => s.index === index)?.predictedMs ?? null,
        actualMs: byIndex.get(index)?.wallMs ?? null,
        setupMs: byIndex.get(index)?.setupMs ?? null,
        ...batchesOf(byIndex.get(index)),
    }));
}
/** A queue worker's batches, for the timeline. */
function batchesOf(bundle) {
    if (!bundle?.queue)
        return {};
    return {
        batches: bundle.queue.batches.map((b) => ({
            sequence: b.sequence,
            startMs: b.startMs,
            wallMs: b.wallMs,
            items: b.items.length,
            ...(b.takenOverFrom !== undefined ? { takenOverFrom: b.takenOverFrom } : {}),
        })),
    };
}
/** Runs a report over a folder of shard bundles. */
async function runBundleReport(options) {
    const historyLoad = (0,_run_report_js__WEBPACK_IMPORTED_MODULE_6__/* .startHistoryLoad */ .br)(options);
    const run = await (0,_bundles_js__WEBPACK_IMPORTED_MODULE_3__/* .loadBundleRun */ .eH)(options.from, {
        ...(options.expectShards !== undefined ? { expectShards: options.expectShards } : {}),
        ...(options.plan ? { plan: options.plan } : {}),
        ...(options.queueProblems ? { queueProblems: options.queueProblems } : {}),
    }, options.cwd);
    // The merged warnings hold the check's notes too: those are printed once, as notes, after the summary.
    const notes = new Set(run.check.notes);
    options.stderr.write((0,_render_warnings_js__WEBPACK_IMPORTED_MODULE_8__/* .renderWarnings */ .c)(run.merged.warnings.filter((w) => !notes.has(w))));
    const built = buildBundleReport(run, (options.now ?? (() => new Date()))(), options.plan);
    const { report, analysis, written } = await (0,_complete_report_js__WEBPACK_IMPORTED_MODULE_5__/* .completeReport */ .U)(built, bundleRunFacts(run, built, options.plan, options.branch, options.run), { ...options, ...(historyLoad ? { historyLoad } : {}), viewShards: viewShardsOf(run, options.plan) });
    const toStdout = [...Object.values(options.outputs), ...Object.values(options.rendered ?? {})].includes('-');
    const summary = (0,_render_console_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderConsoleSummary */ .c)(report, { color: options.color, outputs: written });
    const out = toStdout ? options.stderr : options.stdout;
    out.write(renderShardLine(report));
    out.write(summary);
    out.write(renderShardProblems(run.check.problems));
    for (const note of run.check.notes)
        out.write(`Note: ${note}\n`);
    const verdict = run.check.problems.length > 0
        ? 'testsFailed'
        : (0,_run_report_js__WEBPACK_IMPORTED_MODULE_6__/* .decideVerdict */ .AU)(report, { ...options, decision: analysis.decision });
    if ((0,_run_report_js__WEBPACK_IMPORTED_MODULE_6__/* .explainsDecision */ .DU)(options) || verdict === 'unreadableInput')
        out.write(`Verdict: ${(0,_run_report_js__WEBPACK_IMPORTED_MODULE_6__/* .verdictReason */ .s_)(verdict, report, analysis.decision, run.check.problems.length)}\n`);
    return { report, run, verdict };
}


/***/ }),

/***/ 31753:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qu: () => (/* binding */ checkShards),
/* harmony export */   WJ: () => (/* binding */ loadBundles),
/* harmony export */   eH: () => (/* binding */ loadBundleRun)
/* harmony export */ });
/* unused harmony exports mergeBundles, bundlesWallMs */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9970);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74060);
/* harmony import */ var _plan_plan_document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24466);
/* harmony import */ var _run_bundle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57117);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39576);
/* harmony import */ var _model_arrays_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(96545);
/**
 * Shard bundles as the input of a report (`report --from <dir>`): load every bundle under a folder, keep the
 * latest attempt of each shard, check that the matrix is complete, and turn the chosen bundles into one
 * merged run.
 *
 * Completeness is what makes a sharded report honest: a shard whose job died before uploading leaves no
 * trace in the results, so its tests would silently vanish from a report that only counts what it finds.
 * Here a missing shard is named and fails the run. A shard the plan gave no item has no test to lose: when the
 * plan is known, its bundle may be absent (a CI that can skips its job) and the report says so in one note;
 * without the plan, nothing tells "empty by plan" from "died before uploading", so every shard must report.
 */








/**
 * Loads every `bundle.json` under `dir`, at any depth (CI artifact downloads nest folders differently), in
 * path order.
 *
 * @throws UsageError when `dir` is not a folder
 * @throws VersionError when a newer Tessera wrote a bundle: merging it could misread its fields
 */
async function loadBundles(dir) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(dir);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(root).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new _model_index_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(info
            ? `--from ${dir}: this is a file, not a folder`
            : `--from ${dir}: the folder does not exist (${root})`, 'Pass the folder the shard artifacts were downloaded into (the --out of `tessera run`, default .tessera/shards).');
    }
    const paths = (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_6__/* .glob */ .TI)(`**/${_run_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_FILE */ .Ij}`, { cwd: root, absolute: true, dot: true })).sort();
    const bundles = [];
    const unreadable = [];
    for (const path of paths) {
        try {
            bundles.push({ path, bundle: await (0,_run_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .readBundle */ .Bo)(path) });
        }
        catch (error) {
            if (error instanceof _model_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ParseError */ .mB)
                unreadable.push(error);
            else
                throw error;
        }
    }
    return { bundles, unreadable };
}
const attemptOf = (b) => b.bundle.run.attempt ?? 1;
function listSome(items, max = 5) {
    const shown = items.slice(0, max).join(', ');
    return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
/** Whether a later bundle of the same shard replaces an earlier one: a higher CI attempt, then a later finish. */
function isNewer(a, b) {
    return attemptOf(a) !== attemptOf(b)
        ? attemptOf(a) > attemptOf(b)
        : a.bundle.finishedAt > b.bundle.finishedAt;
}
/**
 * Picks the latest attempt of each shard and checks the set against the expected matrix and the plan.
 * Pure. A shard re-run by the CI (a higher `run.attempt`) replaces the earlier attempt; two bundles of the
 * same shard and attempt are "duplicated" (a misconfigured matrix, or two uploads), and the later is used.
 */
function checkShards(bundles, expect = {}) {
    const problems = [];
    const totals = [...new Set(bundles.map((b) => b.bundle.shard.total))].sort((a, b) => a - b);
    if (totals.length > 1) {
        problems.push(`the bundles come from matrices of different sizes (${totals.map((t) => `of ${t}`).join(', ')}); ` +
            'bundles of an older run may be mixed in');
    }
    const planned = expect.plan?.shards.length;
    const expected = expect.expectShards ?? planned ?? totals[totals.length - 1] ?? 0;
    if (expect.expectShards !== undefined && planned !== undefined && planned !== expect.expectShards)
        problems.push(`--expect-shards ${expect.expectShards} disagrees with the plan, which has ${planned} shards`);
    const byIndex = new Map();
    const duplicated = new Set();
    for (const b of bundles) {
        const index = b.bundle.shard.index;
        const seen = byIndex.get(index);
        if (seen && attemptOf(seen) === attemptOf(b))
            duplicated.add(index);
        if (!seen || isNewer(b, seen))
            byIndex.set(index, b);
    }
    const present = [...byIndex.keys()].sort((a, b) => a - b);
    let missing = Array.from({ length: expected }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    const extra = present.filter((i) => i > expected);
    const chosen = present.map((i) => byIndex.get(i));
    const notes = [...lostWorkerNotes(chosen, expected), ...requeueNotes(chosen, expected)];
    // A shard the plan gave nothing to run has no test to lose: its job need not run at all. Fixed shards and
    // queue workers alike: a queue's completeness is its items (checkQueuedItems), which the other workers
    // ran or the report fails; and a CI that skipped an empty worker did not lose it.
    const emptyByPlan = expect.plan ? plannedEmpty(missing, expect.plan) : [];
    if (emptyByPlan.length > 0) {
        notes.unshift(emptyByPlanNote(emptyByPlan, expected));
        missing = missing.filter((i) => !emptyByPlan.includes(i));
    }
    // A queue worker that died leaves no bundle, but its batches were taken over: when the others ran every
    // planned item, nothing is missing from the report, and the lost worker is a note, not a failure.
    if (missing.length > 0 &&
        expect.plan &&
        isQueued(chosen) &&
        checkQueuedItems(chosen, expect.plan).length === 0) {
        notes.push(`${missing.length === 1 ? 'worker' : 'workers'} ${missing.map((i) => `${i}/${expected}`).join(', ')} left no bundle ` +
            '(lost?); the other workers ran every planned item');
        missing = [];
    }
    if (missing.length > 0) {
        problems.push(`${missing.length === 1 ? 'shard' : 'shards'} ${missing.map((i) => `${i}/${expected}`).join(', ')} ` +
            `${missing.length === 1 ? 'is' : 'are'} missing: no bundle was found, so ${missing.length === 1 ? 'its' : 'their'} tests are not in this report`);
    }
    if (extra.length > 0)
        problems.push(`shards ${extra.join(', ')} are beyond the expected ${expected} shards`);
    for (const index of [...duplicated].sort((a, b) => a - b)) {
        const paths = bundles.filter((b) => b.bundle.shard.index === index).map((b) => b.path);
        problems.push(`shard ${index} reported more than once (${listSome(paths)}); the latest is used`);
    }
    if (expect.plan)
        (0,_model_arrays_js__WEBPACK_IMPORTED_MODULE_7__/* .appendAll */ .u2)(problems, checkPlannedItems(chosen, expect.plan));
    (0,_model_arrays_js__WEBPACK_IMPORTED_MODULE_7__/* .appendAll */ .u2)(problems, checkDoubledItems(chosen));
    (0,_model_arrays_js__WEBPACK_IMPORTED_MODULE_7__/* .appendAll */ .u2)(problems, checkRequeues(chosen));
    (0,_model_arrays_js__WEBPACK_IMPORTED_MODULE_7__/* .appendAll */ .u2)(problems, expect.queueProblems ?? []);
    return {
        chosen,
        shards: {
            expected,
            present,
            missing,
            duplicated: [...duplicated].sort((a, b) => a - b),
            ...(emptyByPlan.length > 0 ? { emptyByPlan } : {}),
        },
        problems,
        notes,
    };
}
async function isFolder(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined))?.isDirectory() === true;
}
/** The shards among `missing` that the plan gave no item (a shard the plan does not have is not one). */
function plannedEmpty(missing, plan) {
    const empty = new Set((0,_plan_plan_document_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyShards */ .zy)(plan));
    return missing.filter((i) => empty.has(i));
}
/** One note for every shard that had nothing to run by plan and left no bundle. */
function emptyByPlanNote(empty, expected) {
    if (empty.length === expected && expected > 1)
        return `none of the ${expected} shards had anything to run by plan, so none reported`;
    const names = listSome(empty.map((i) => `${i}/${expected}`), 10);
    return `${empty.length === 1 ? 'shard' : 'shards'} ${names} had nothing to run by plan`;
}
/**
 * Each shard ran exactly its planned items; or, when the shards took their items from a queue at run time,
 * the shards together ran every planned item (that none ran twice is checkDoubledItems').
 */
function checkPlannedItems(chosen, plan) {
    if (isQueued(chosen))
        return checkQueuedItems(chosen, plan);
    const problems = [];
    for (const { bundle } of chosen) {
        const shard = plan.shards.find((s) => s.index === bundle.shard.index);
        if (!shard)
            continue;
        const ran = new Set(bundle.items);
        const planned = new Set(shard.items);
        const notRun = shard.items.filter((i) => !ran.has(i));
        const unplanned = bundle.items.filter((i) => !planned.has(i));
        if (notRun.length > 0)
            problems.push(`shard ${bundle.shard.index} did not run ${notRun.length} planned items: ${listSome(notRun)}`);
        if (unplanned.length > 0)
            problems.push(`shard ${bundle.shard.index} ran ${unplanned.length} items not planned for it: ${listSome(unplanned)}`);
    }
    return problems;
}
/** Whether the shards took their items from a queue at run time. */
function isQueued(chosen) {
    return chosen.some(({ bundle }) => bundle.queue !== undefined);
}
/** The batches a worker took over from another whose lease expired: that other worker was lost. */
function lostWorkerNotes(chosen, total) {
    const notes = [];
    for (const { bundle } of chosen)
        for (const batch of bundle.queue?.batches ?? [])
            if (batch.takenOverFrom !== undefined)
                notes.push(`worker ${batch.takenOverFrom}/${total} was lost while it held batch ${batch.sequence} ` +
                    `(${batch.items.length} ${batch.items.length === 1 ? 'file' : 'files'}); worker ${bundle.shard.index}/${total} ran it`);
    return notes;
}
/**
 * One line per requeued attempt, so that both runs of a requeued file and where they ran are visible: the
 * tests themselves are joined across bundles by the merge (one test, every attempt: flaky when a later
 * attempt passed, failed when none did).
 */
function requeueNotes(chosen, total) {
    const notes = [];
    for (const { bundle } of chosen)
        for (const batch of bundle.queue?.batches ?? []) {
            const origin = batch.requeueOf;
            if (origin === undefined)
                continue;
            const failed = new Set(batch.failed ?? []);
            for (const item of batch.items)
                notes.push(`${item} failed on worker ${origin.worker}/${total} (batch ${origin.sequence}) and was requeued: ` +
                    `attempt ${origin.attempt} on worker ${bundle.shard.index}/${total} (batch ${batch.sequence}) ` +
                    (failed.has(item) ? 'failed too' : 'passed, so it is flaky'));
        }
    return notes;
}
/**
 * The planned items that no queue worker ran, and the items they ran that the plan does not have. Items a
 * bailing worker recorded as not run (`bailed.notRun`) are accounted for: the report lists them apart.
 */
function checkQueuedItems(chosen, plan) {
    const ran = new Set();
    for (const { bundle } of chosen)
        for (const item of bundle.items)
            ran.add(item);
    const accounted = new Set(ran);
    for (const { bundle } of chosen)
        for (const item of bundle.bailed?.notRun ?? [])
            accounted.add(item);
    const planned = new Set();
    for (const shard of plan.shards)
        for (const item of shard.items)
            planned.add(item);
    const notRun = [...planned].filter((i) => !accounted.has(i));
    const unplanned = [...ran].filter((i) => !planned.has(i));
    const problems = [];
    if (notRun.length > 0)
        problems.push(`the queue's workers did not run ${notRun.length} planned items: ${listSome(notRun)}`);
    if (unplanned.length > 0)
        problems.push(`the queue's workers ran ${unplanned.length} items not in the plan: ${listSome(unplanned)}`);
    return problems;
}
/**
 * The items a bundle ran as their first attempt: all of them, less a queue worker's requeued batches (a
 * second run of a file another batch failed and put back, on purpose).
 */
function firstRuns(bundle) {
    const batches = bundle.queue?.batches;
    if (batches === undefined || !batches.some((b) => b.requeueOf !== undefined))
        return bundle.items;
    return batches.filter((b) => b.requeueOf === undefined).flatMap((b) => b.items);
}
/**
 * Each requeued attempt answers a requeue: the batch it names, when that worker's bundle is here (a worker
 * lost after requeuing leaves none), put the item back. Otherwise a bundle could pass any doubled item off
 * as a requeue.
 */
function checkRequeues(chosen) {
    const byWorker = new Map();
    for (const { bundle } of chosen)
        byWorker.set(bundle.shard.index, bundle);
    const unanswered = [];
    for (const { bundle } of chosen)
        for (const batch of bundle.queue?.batches ?? []) {
            const origin = batch.requeueOf;
            const from = origin && byWorker.get(origin.worker);
            if (!origin || !from)
                continue;
            const source = from.queue?.batches.find((b) => b.sequence === origin.sequence);
            for (const item of batch.items)
                if (!source?.requeued?.includes(item))
                    unanswered.push(`${item} (shard ${bundle.shard.index}, batch ${batch.sequence})`);
        }
    return unanswered.length > 0
        ? [
            `${unanswered.length} items ran again as a requeue that their first worker did not make: ${listSome(unanswered)}`,
        ]
        : [];
}
/** No item ran on two shards, apart from the requeued attempts of a queue. */
function checkDoubledItems(chosen) {
    const owner = new Map();
    const doubled = [];
    for (const { bundle } of chosen) {
        for (const item of firstRuns(bundle)) {
            const first = owner.get(item);
            if (first !== undefined && first !== bundle.shard.index)
                doubled.push(`${item} (shards ${first} and ${bundle.shard.index})`);
            else
                owner.set(item, bundle.shard.index);
        }
    }
    return doubled.length > 0 ? [`${doubled.length} items ran on two shards: ${listSome(doubled)}`] : [];
}
/** Chosen bundles as one merged run: tests folded across shards, result files listed by bundle. */
function mergeBundles(chosen, unreadable = [], cwd = process.cwd()) {
    const tests = [];
    const read = [];
    const warnings = [];
    for (const { path, bundle } of chosen) {
        (0,_model_arrays_js__WEBPACK_IMPORTED_MODULE_7__/* .appendAll */ .u2)(tests, (0,_run_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .bundleTests */ .mp)(bundle));
        const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(path)).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
        for (const t of bundle.tries)
            for (const f of t.resultFiles)
                read.push({ file: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(folder, f.path).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/'), format: f.format, tests: f.tests });
        if (bundle.infrastructureFailure)
            warnings.push(`shard ${bundle.shard.index}/${bundle.shard.total}: ${bundle.infrastructureFailure.reason}`);
    }
    const bad = unreadable.map((e) => (0,_merge_js__WEBPACK_IMPORTED_MODULE_5__/* .describeUnreadable */ .D2)(e.file, e));
    return { tests: (0,_model_index_js__WEBPACK_IMPORTED_MODULE_2__/* .foldTests */ .Pm)(tests), suites: [], read, unreadable: bad, warnings };
}
/** The run's wall time: first shard start to last shard finish, or null without bundles. */
function bundlesWallMs(chosen) {
    if (chosen.length === 0)
        return null;
    const starts = chosen.map((b) => Date.parse(b.bundle.startedAt));
    const ends = chosen.map((b) => Date.parse(b.bundle.finishedAt));
    return Math.max(0, (0,_model_arrays_js__WEBPACK_IMPORTED_MODULE_7__/* .maxOf */ ._)(ends, -Infinity) - (0,_model_arrays_js__WEBPACK_IMPORTED_MODULE_7__/* .minOf */ ._h)(starts, Infinity));
}
/**
 * Loads, checks and merges the bundles under `dir`. Throws a TesseraError (exit 1) when the folder holds no
 * bundle at all and no matrix size was given to name the missing shards by.
 */
async function loadBundleRun(dir, expect = {}, cwd) {
    // A plan that gave no shard a file to run (every file reused) needs no bundle, so no folder either: the CI
    // ran no shard job, and a download step with nothing to fetch may not have made one.
    const { bundles, unreadable } = expect.plan && (0,_plan_plan_document_js__WEBPACK_IMPORTED_MODULE_3__/* .plansNothing */ .KC)(expect.plan) && !(await isFolder(dir))
        ? { bundles: [], unreadable: [] }
        : await loadBundles(dir);
    if (bundles.length === 0 && unreadable.length === 0 && expect.expectShards === undefined && !expect.plan) {
        throw new _model_index_js__WEBPACK_IMPORTED_MODULE_2__/* .TesseraError */ .Wc(`--from ${dir}: no shard bundle (${_run_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_FILE */ .Ij}) was found`, 'Did the shard jobs run `tessera run` or `tessera collect`, and were their artifacts downloaded here?');
    }
    const check = checkShards(bundles, expect);
    const makespans = check.chosen.map((b) => b.bundle.wallMs);
    const merged = mergeBundles(check.chosen, unreadable, cwd);
    return {
        // The notes (a lost queue worker) belong in the report people read, beside the shards' warnings.
        merged: { ...merged, warnings: [...merged.warnings, ...check.notes] },
        check,
        wallMs: bundlesWallMs(check.chosen),
        makespanMs: makespans.length > 0 ? (0,_model_arrays_js__WEBPACK_IMPORTED_MODULE_7__/* .maxOf */ ._)(makespans, -Infinity) : null,
    };
}


/***/ }),

/***/ 97402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ completeReport)
});

// EXTERNAL MODULE: ./src/history/run-columns.js + 1 modules
var run_columns = __webpack_require__(44082);
// EXTERNAL MODULE: ./src/history/update.js
var history_update = __webpack_require__(32053);
// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
// EXTERNAL MODULE: ./src/command/command-line.js
var command_line = __webpack_require__(19329);
;// CONCATENATED MODULE: ./src/command/reproduce.js
/**
 * The command that re-runs a group of failed tests locally, derived from the test command the shard ran:
 * its `{files}` (or `{file}`) become the failed tests' files, and for runners that have a name filter the
 * command gets one that selects exactly those tests. Every value is shell-quoted for a POSIX shell (test
 * names and file names are untrusted: a name such as `$(rm -rf ~)` stays text), and the line is one line:
 * control characters in a name become regular-expression escapes. Pure.
 */


/** Where a reproduced command writes result files when its command names `{results}`. */
const REPRODUCE_RESULTS_DIR = '.tessera/reproduce';
const fullName = (test) => {
    const { suite, name } = (0,model/* displayParts */.fx)(test);
    return [...suite, name].join(' ');
};
const hasWord = (words, pattern) => words.some((w) => pattern.test(w));
/**
 * The runners whose name filter is known. node:test (Node 20) matches `--test-name-pattern` against a test's
 * own name; Jest, Vitest and mocha match `-t`/`--grep` against the full title, suites and name joined by
 * spaces; Playwright matches `--grep` against a title path that also holds the project and file, so its
 * pattern is not anchored.
 */
const NAME_FILTERS = [
    {
        runner: 'node:test',
        detect: (w) => hasWord(w, /(?:^|\/)node(?:\.exe)?$/) && w.includes('--test'),
        words: (p) => [`--test-name-pattern=${p}`],
        nameOf: (t) => (0,model/* displayParts */.fx)(t).name,
        anchored: true,
        after: '--test',
        console: (w) => hasWord(w, /^--test-reporter(?:=|$)/)
            ? ['--test-reporter=spec', '--test-reporter-destination=stdout']
            : [],
    },
    {
        runner: 'vitest',
        detect: (w) => hasWord(w, /(?:^|\/)vitest$/),
        words: (p) => ['-t', p],
        nameOf: fullName,
        anchored: true,
    },
    {
        runner: 'jest',
        detect: (w) => hasWord(w, /(?:^|\/)jest$/),
        words: (p) => ['-t', p],
        nameOf: fullName,
        anchored: true,
    },
    {
        runner: 'mocha',
        detect: (w) => hasWord(w, /(?:^|\/)_?mocha$/),
        words: (p) => ['--grep', p],
        nameOf: fullName,
        anchored: true,
    },
    {
        runner: 'playwright',
        detect: (w) => hasWord(w, /(?:^|\/)playwright$/) && w.includes('test'),
        words: (p) => ['--grep', p],
        nameOf: fullName,
        anchored: false,
    },
];
/** A longer filter is left out (the files alone still narrow the run): a command should fit a terminal. */
const MAX_PATTERN_CHARS = 2_000;
/** `text` as a literal in a JavaScript regular expression, on one line. */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(
    // eslint-disable-next-line no-control-regex -- control characters are what is being escaped
    /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** The words of a command as Tessera runs them: one word is a shell string, split here to detect the runner. */
function wordsForDetection(command) {
    if (command.length !== 1)
        return [...command];
    return command[0].split(/\s+/).filter((w) => w.length > 0);
}
/** The name filter for the tests, or undefined when the runner has none Tessera knows, or it would be too long. */
function nameFilter(command, tests) {
    const words = wordsForDetection(command);
    const filter = NAME_FILTERS.find((f) => f.detect(words));
    if (!filter)
        return undefined;
    const names = [...new Set(tests.map((t) => escapeRegExp(filter.nameOf(t))))].sort();
    if (names.length === 0)
        return undefined;
    const alternation = names.length === 1 ? names[0] : `(?:${names.join('|')})`;
    const pattern = filter.anchored ? `^${alternation}$` : alternation;
    return pattern.length <= MAX_PATTERN_CHARS ? { filter, pattern } : undefined;
}
/** The command's words with the filter's words placed where the runner reads them. */
function withFilter(command, filter, pattern) {
    const added = [...filter.words(pattern), ...(filter.console?.(wordsForDetection(command)) ?? [])];
    if (command.length === 1) {
        // A shell string: the filter goes in quoted, after `--test` for node, else at the end.
        const line = command[0];
        const quoted = (0,command_line/* readableQuote */.bE)(added);
        if (filter.after !== undefined) {
            const at = new RegExp(`(^|\\s)${escapeRegExp(filter.after)}(?=\\s|$)`).exec(line);
            if (at) {
                const end = at.index + at[0].length;
                return [`${line.slice(0, end)} ${quoted}${line.slice(end)}`];
            }
        }
        return [`${line} ${quoted}`];
    }
    const index = filter.after !== undefined ? command.indexOf(filter.after) : -1;
    return index >= 0
        ? [...command.slice(0, index + 1), ...added, ...command.slice(index + 1)]
        : [...command, ...added];
}
/**
 * The one command line that re-runs `tests` locally from the repository root, or undefined when it would
 * not narrow the run at all (no test has a file and the runner has no name filter Tessera knows).
 *
 * @param command the test command the shard ran, as recorded in its bundle (the words after `--`)
 * @param tests the failed tests of one group; their files are repo-relative
 */
function reproduceCommand(command, tests) {
    if (command.length === 0 || tests.length === 0)
        return undefined;
    const files = [
        ...new Set(tests.flatMap((t) => (t.file !== undefined && t.file.length > 0 ? [t.file] : []))),
    ].sort();
    const named = nameFilter(command, tests);
    if (files.length === 0 && !named)
        return undefined;
    // `{file}` ran one process per file in the shard; to reproduce, one process takes all the files.
    const words = command.map((w) => w === command_line/* FILE_PLACEHOLDER */.nH ? command_line/* FILES_PLACEHOLDER */.ut : w.replaceAll(command_line/* FILE_PLACEHOLDER */.nH, command_line/* FILES_PLACEHOLDER */.ut));
    const filtered = named ? withFilter(words, named.filter, named.pattern) : words;
    const line = (0,command_line/* buildCommandLine */.mt)(filtered, files, REPRODUCE_RESULTS_DIR, command_line/* readableQuote */.bE);
    // The runner writes into `{results}` but may not create the folder (node:test does not).
    return command.some((w) => w.includes(command_line/* RESULTS_PLACEHOLDER */.n2))
        ? `mkdir -p ${(0,command_line/* readableQuote */.bE)([REPRODUCE_RESULTS_DIR])} && ${line}`
        : line;
}

// EXTERNAL MODULE: ./src/trend/test-ref.js
var test_ref = __webpack_require__(56149);
;// CONCATENATED MODULE: ./src/trend/clusters.js

/** Longest signature kept; longer first lines are cut (they are usually dumped objects). */
const MAX_SIGNATURE = 240;
// One pass, alternatives in priority order; the callback decides what each becomes. IPv4 addresses are
// kept as they are: 127.0.0.1 and 10.0.0.5 are different problems, while their ports are incidental.
const TOKEN = new RegExp([
    /(?<time>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b)/
        .source,
    /(?<uuid>\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b)/.source,
    /(?<tmp>(?<q>['"`])[^'"`\s]*(?:tmp|temp)[^'"`\s]*\k<q>)/.source,
    /(?<path>(?:\b[A-Za-z]:)?(?:[\\/][\w.@+~-]+){2,}(?::\d+){0,2}|\b[\w.@+-]+(?:\/[\w.@+-]+)+\.\w+(?::\d+){0,2})/
        .source,
    /(?<ip>\b\d{1,3}(?:\.\d{1,3}){3}\b)/.source,
    /(?<hex>\b0x[0-9a-fA-F]+\b|\b(?=[0-9a-fA-F]*\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,}\b)/.source,
    /(?<num>\d+(?:\.\d+)?)/.source,
].join('|'), 'g');
/**
 * Normalises a failure message for grouping: timestamps → `<time>`, UUIDs → `<uuid>`, quoted temporary
 * names → `'<tmp>'`, paths → `<path>`, hex → `<hex>`, other numbers → `<n>` (IPv4 addresses are kept);
 * whitespace collapsed; cut to 240 characters.
 */
function normalizeMessage(message) {
    const normalized = message
        .replace(TOKEN, (match, ...args) => {
        const groups = args[args.length - 1];
        if (groups.time)
            return '<time>';
        if (groups.uuid)
            return '<uuid>';
        if (groups.tmp)
            return `${match[0]}<tmp>${match[0]}`;
        if (groups.path)
            return '<path>';
        if (groups.ip)
            return match;
        if (groups.hex)
            return '<hex>';
        return '<n>';
    })
        .replace(/\s+/g, ' ')
        .trim();
    return normalized.length > MAX_SIGNATURE ? `${normalized.slice(0, MAX_SIGNATURE - 1)}…` : normalized;
}
/** The line a failure is known by: the first non-empty line of its message, else of its trace, else its type. */
function failureHeadline(failure) {
    for (const text of [failure.message, failure.trace]) {
        const line = text?.split(/\r?\n/).find((l) => l.trim().length > 0);
        if (line !== undefined)
            return line.trim();
    }
    return failure.type ?? `(${failure.category} with no message)`;
}
/** The failure a test is clustered by: that of its last failed attempt. */
function lastFailure(test) {
    for (const attempt of [...test.attempts].reverse()) {
        if (attempt.status === 'failed')
            return attempt.failure ?? { category: 'error' };
    }
    return undefined;
}
const CATEGORY_ORDER = ['assertion', 'error', 'timeout', 'crash'];
/**
 * Groups the failed attempts of `tests` (pass the tests to cluster: all failures, or only the new ones) by
 * normalised message. Largest cluster first; ties by signature, compared by code unit.
 */
function clusterFailures(tests) {
    const groups = new Map();
    for (const test of tests) {
        const failure = lastFailure(test);
        if (!failure)
            continue;
        const headline = failureHeadline(failure);
        const signature = normalizeMessage(headline);
        const ref = (0,test_ref/* refOfTest */.hn)(test);
        let group = groups.get(signature);
        if (group === undefined) {
            group = { refs: [], first: ref, example: headline, categories: new Map() };
            groups.set(signature, group);
        }
        else if ((0,test_ref/* compareRefs */.Iu)(ref, group.first) <= 0) {
            group.first = ref;
            group.example = headline;
        }
        group.refs.push(ref);
        group.categories.set(failure.category, (group.categories.get(failure.category) ?? 0) + 1);
    }
    const clusters = [];
    for (const [signature, group] of groups) {
        const refs = group.refs.sort(test_ref/* compareRefs */.Iu);
        let category = 'error';
        let best = -1;
        for (const c of CATEGORY_ORDER) {
            const n = group.categories.get(c) ?? 0;
            if (n > best) {
                category = c;
                best = n;
            }
        }
        // The example is the first test's message in report order, whatever order the tests came in.
        clusters.push({ signature, count: refs.length, tests: refs, example: group.example, category });
    }
    return clusters.sort((a, b) => b.count - a.count || (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0));
}

// EXTERNAL MODULE: ./src/model/arrays.js
var arrays = __webpack_require__(96545);
;// CONCATENATED MODULE: ./src/render/build-view.js
/**
 * The adapter from the report's documents to the {@link ReportView} every renderer takes: the merged Report,
 * the trend analysis (comparison, flaky, slower, clusters) and the baseline history. Renderers depend on the
 * view only, so when those documents change shape, this file is the one place to follow. Pure.
 */




/** Resolves tests' places, shards and titles once per view, memoising the per-file work. */
class Placer {
    source;
    jobs;
    /** Each file's repo-relative path, or null when it is outside the repository. */
    relative = new Map();
    constructor(report, source) {
        this.source = source;
        this.jobs = new Map((report.shards.jobs ?? []).map((j) => [j.index, j]));
    }
    /** Where a test is: repo-relative, with the failing line, linked (when `link`) inside the repository. */
    place(test, trace, link = true) {
        if (trace === undefined && test.file !== undefined) {
            // No trace to search (a passing test): the file is made repo-relative once per file (100,000 tests
            // share a few thousand files), the line is the result's; one object, since this runs for every row.
            const relative = this.relativeOf(test.file);
            const file = relative ?? test.file;
            const url = link && relative !== null ? this.source.fileUrl?.(relative, test.line) : undefined;
            if (url !== undefined)
                return test.line !== undefined ? { file, line: test.line, fileUrl: url } : { file, fileUrl: url };
            return test.line !== undefined ? { file, line: test.line } : { file };
        }
        const location = (0,model/* locateTest */.JT)(test, trace, this.source.root);
        if (!location)
            return {};
        const url = link && location.inRepo ? this.source.fileUrl?.(location.file, location.line) : undefined;
        return {
            file: location.file,
            ...(location.line !== undefined ? { line: location.line } : {}),
            ...(url !== undefined ? { fileUrl: url } : {}),
        };
    }
    /** A file's repo-relative path, or null when it is outside the repository; remembered per file. */
    relativeOf(file) {
        let relative = this.relative.get(file);
        if (relative === undefined) {
            relative = (0,model/* repoRelativePath */.e9)(file, this.source.root) ?? null;
            this.relative.set(file, relative);
        }
        return relative;
    }
    /** The shard that ran a test, with its job's link. */
    shardOf(test) {
        if (test?.shard === undefined)
            return undefined;
        const job = this.jobs.get(test.shard);
        if (!job)
            return undefined;
        return { index: job.index, total: job.total, ...(job.url !== undefined ? { url: job.url } : {}) };
    }
    /** The test command of the shard that ran a test. */
    commandOf(test) {
        return test?.shard !== undefined ? this.jobs.get(test.shard)?.command : undefined;
    }
}
const STATUS_OF = {
    passed: 'P',
    failed: 'F',
    flaky: 'K',
    skipped: 'S',
};
/**
 * Builds the view of a run.
 *
 * @param report the merged Report of this run
 * @param trend the comparison with the baseline; without it every failure is "new" and nothing else is listed
 * @param history the baseline history as loaded, before this run is added: the trend series and each test's
 *   status squares come from it
 * @param extras per-shard times and links
 */
function buildReportView(report, trend, history, extras = {}) {
    const byId = new Map(report.tests.map((t) => [t.id, t]));
    const placer = new Placer(report, extras.source ?? {});
    const refOf = (ref) => refWith(ref, byId.get(ref.id), placer);
    const failureOf = (ref) => toFailure(refOf(ref), byId.get(ref.id), placer);
    const clusters = trend?.newFailureClusters ?? clusterFailures(report.tests.filter((t) => t.outcome === 'failed'));
    const baselineRun = history?.runs[history.runs.length - 1];
    return {
        generatedAt: report.generatedAt,
        status: report.summary.failed > 0 || (report.notRun?.length ?? 0) > 0
            ? 'failed'
            : report.inputs.unreadable.length > 0 || report.shards.missing.length > 0
                ? 'incomplete'
                : 'passed',
        summary: report.summary,
        delta: baselineRun && history ? deltaOf(report, baselineRun, history.branch, trend) : null,
        shards: shardsOf(report, extras.shards ?? []),
        ...(report.reuse ? { reuse: report.reuse } : {}),
        newFailures: clusters.map((c) => groupOf(c, failureOf, byId, placer)),
        stillFailing: (trend?.comparison.stillFailing ?? []).map((s) => ({
            ...failureOf(s),
            runsInARow: s.runsInARow,
        })),
        flaky: (trend?.flaky ?? []).map((f) => ({
            ...refOf(f),
            score: f.score,
            failedAttempts: f.failedAttempts,
            attempts: f.attempts,
            evidence: describeEvidence(f.evidence),
            quarantined: f.quarantined,
        })),
        slower: (trend?.slowerTests ?? []).map((s) => ({
            ...refOf(s),
            baselineMs: s.baselineMs,
            currentMs: s.currentMs,
            ratio: s.ratio,
        })),
        fixed: (trend?.comparison.fixed ?? []).map(refOf),
        trend: trendOf(report, history, extras.trendRuns ?? 20),
        tests: report.tests.map((t) => rowOf(t, history, placer)),
        unreadable: report.inputs.unreadable,
        ...(report.notRun && report.notRun.length > 0 ? { notRun: report.notRun } : {}),
        links: extras.links ?? {},
        ...(report.rerun
            ? { rerun: { attempt: report.rerun.attempt, reran: report.rerun.reran, tests: report.rerun.tests } }
            : {}),
    };
}
/**
 * A reference as people read it: the title without repeated or synthetic suites, the place resolved against
 * the checkout. A test known only from the history (a removed one) keeps what the history stored.
 */
function refWith(ref, test, placer) {
    if (!test)
        return {
            id: ref.id,
            title: ref.title,
            ...(ref.file !== undefined ? { file: ref.file } : {}),
            ...(ref.line !== undefined ? { line: ref.line } : {}),
        };
    return { id: ref.id, title: (0,model/* displayTitle */.xU)(test), ...placer.place(test, build_view_lastFailure(test)?.trace) };
}
/** The last failed attempt's failure of a report test. */
function build_view_lastFailure(test) {
    if (!test)
        return undefined;
    for (let i = test.attempts.length - 1; i >= 0; i--) {
        const attempt = test.attempts[i];
        if (attempt?.status === 'failed')
            return attempt.failure ?? { category: 'error' };
    }
    return undefined;
}
function toFailure(ref, test, placer) {
    const failure = build_view_lastFailure(test);
    const shard = placer.shardOf(test);
    return {
        ...ref,
        ...(shard ? { shard } : {}),
        ...(failure ? { category: failure.category } : {}),
        ...(failure?.message !== undefined ? { message: failure.message } : {}),
        ...(failure?.trace !== undefined ? { trace: failure.trace } : {}),
        attempts: test?.attempts.length ?? 1,
    };
}
function groupOf(cluster, failureOf, byId, placer) {
    const tests = cluster.tests.map(failureOf);
    return {
        signature: cluster.signature,
        example: cluster.example,
        category: cluster.category,
        tests,
        reproduce: reproduceLines(tests, byId, placer),
    };
}
/**
 * One command per distinct test command among the shards that ran the group's tests (nearly always one):
 * each re-runs that command's tests, by their repo-relative files and names.
 */
function reproduceLines(tests, byId, placer) {
    const byCommand = new Map();
    for (const failure of tests) {
        const test = byId.get(failure.id);
        const command = placer.commandOf(test);
        if (!test || !command || command.length === 0)
            continue;
        const key = JSON.stringify(command);
        const entry = byCommand.get(key) ?? { command, tests: [] };
        byCommand.set(key, entry);
        // Only a file inside the repository can be named from its root.
        const file = failure.fileUrl !== undefined || isRepoRelative(failure.file) ? failure.file : undefined;
        entry.tests.push({ suite: test.suite, name: test.name, ...(file !== undefined ? { file } : {}) });
    }
    return [...byCommand.values()].flatMap((e) => reproduceCommand(e.command, e.tests) ?? []);
}
function isRepoRelative(file) {
    return file !== undefined && !file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(file) && !file.includes('..');
}
function deltaOf(report, baseline, branch, trend) {
    const s = report.summary;
    const b = baseline.summary;
    return {
        branch,
        ...(baseline.sha !== undefined ? { sha: baseline.sha } : {}),
        at: baseline.at,
        tests: s.tests - b.tests,
        passed: s.passed - b.passed,
        failed: s.failed - b.failed,
        skipped: s.skipped - b.skipped,
        flaky: s.flaky - b.flaky,
        wallMs: s.wallMs !== null && baseline.wallMs > 0 ? s.wallMs - baseline.wallMs : null,
        added: trend?.comparison.added.length ?? 0,
        removed: report.reuse
            ? (report.comparison?.removed.length ?? 0)
            : (trend?.comparison.removed.length ?? 0),
    };
}
function shardsOf(report, times) {
    const sharded = report.shards.expected !== null || times.length > 0 || report.plan !== null;
    if (!sharded)
        return null;
    const sorted = [...times].sort((a, b) => a.index - b.index);
    const actual = sorted.map((s) => s.actualMs).filter((ms) => ms !== null);
    const max = actual.length > 0 ? (0,arrays/* maxOf */._)(actual, -Infinity) : null;
    const mean = actual.length > 0 ? actual.reduce((a, b) => a + b, 0) / actual.length : 0;
    return {
        expected: report.shards.expected,
        present: report.shards.present.length,
        missing: report.shards.missing,
        duplicated: report.shards.duplicated,
        ...(report.shards.emptyByPlan !== undefined ? { emptyByPlan: report.shards.emptyByPlan } : {}),
        shards: sorted,
        makespanMs: report.plan?.actualMakespanMs ?? max,
        predictedMakespanMs: report.plan?.predictedMakespanMs ?? maxOrNull(sorted.map((s) => s.predictedMs)),
        lowerBoundMs: report.plan?.lowerBoundMs ?? null,
        balance: actual.length >= 2 && max !== null && max > 0 ? mean / max : null,
        ...(sorted.some((s) => s.batches !== undefined)
            ? { queuedBatches: sorted.reduce((n, s) => n + (s.batches?.length ?? 0), 0) }
            : {}),
    };
}
function maxOrNull(values) {
    const known = values.filter((v) => v !== null);
    return known.length > 0 ? (0,arrays/* maxOf */._)(known, -Infinity) : null;
}
function passRate(s) {
    const ran = s.passed + s.failed + s.flaky;
    return ran > 0 ? (s.passed + s.flaky) / ran : null;
}
function trendOf(report, history, runs) {
    if (!history || history.runs.length === 0)
        return [];
    const past = history.runs.slice(-Math.max(0, runs - 1)).map((run) => ({
        label: `#${run.seq}`,
        at: run.at,
        tests: run.summary.tests,
        failed: run.summary.failed,
        passRate: passRate(run.summary),
        wallMs: run.wallMs > 0 ? run.wallMs : null,
        current: false,
    }));
    const last = history.runs[history.runs.length - 1];
    return [
        ...past,
        {
            label: `#${(last?.seq ?? 0) + 1}`,
            at: report.generatedAt,
            tests: report.summary.tests,
            failed: report.summary.failed,
            passRate: passRate(report.summary),
            wallMs: report.summary.wallMs,
            current: true,
        },
    ];
}
/** The status squares a row shows before this run's: the baseline's last 19 runs. */
const PAST_SQUARES = 19;
function rowOf(test, history, placer) {
    const past = history ? pastStatuses(history, test.id) : '';
    const failure = build_view_lastFailure(test);
    // Links for the tests a reader opens (failed, flaky), not for 100,000 passing rows.
    const place = placer.place(test, failure?.trace, test.outcome === 'failed' || test.outcome === 'flaky');
    const shard = placer.shardOf(test);
    return {
        id: test.id,
        title: (0,model/* displayTitle */.xU)(test),
        ...place,
        ...(shard ? { shard } : {}),
        outcome: test.outcome,
        durationMs: test.durationMs,
        attempts: test.attempts.length,
        history: past + STATUS_OF[test.outcome],
        ...(failure ? { category: failure.category } : {}),
        ...(failure?.message !== undefined ? { message: failure.message } : {}),
        ...(failure?.trace !== undefined ? { trace: failure.trace } : {}),
    };
}
/**
 * A test's statuses in the baseline's last runs (up to {@link PAST_SQUARES}), oldest first, `-` where it did
 * not run, padded to the same number of runs for every row so the squares line up with the same runs.
 */
function pastStatuses(history, id) {
    const width = Math.min(history.runs.length, PAST_SQUARES);
    const table = history.tests;
    const row = table.rowOf(id);
    let out = '';
    for (let c = table.columns - Math.min(width, table.columns); c < table.columns; c++)
        out += row < 0 ? '-' : String.fromCharCode(table.statuses[c][row]);
    return out.padStart(width, '-');
}
/** Evidence in words, strongest first, e.g. `retried in 2 runs · passed and failed on one commit`. */
function describeEvidence(e) {
    const parts = [];
    if (e.retriedRuns > 0)
        parts.push(e.retriedNow && e.retriedRuns === 1 ? 'retried in this run' : `retried in ${e.retriedRuns} runs`);
    if (e.sameCommitConflicts > 0)
        parts.push(e.sameCommitConflicts === 1
            ? 'passed and failed on one commit'
            : `passed and failed on ${e.sameCommitConflicts} commits`);
    if (e.flips > 0)
        parts.push(`${e.flips} pass/fail flips in ${e.observed} runs`);
    return parts.join(' · ');
}

// EXTERNAL MODULE: ./src/history/history-document.js
var history_document = __webpack_require__(14722);
// EXTERNAL MODULE: ./src/trend/window-summary.js
var window_summary = __webpack_require__(17588);
;// CONCATENATED MODULE: ./src/trend/compare.js




/**
 * The last observed status byte (STATUS) of row `row`: the baseline run itself, or, when the test was not in
 * that run (a shard that did not report, a narrower selection), its latest run before that; undefined when
 * the window holds no run of it.
 */
function lastObservedStatus(table, row) {
    for (let c = table.columns - 1; c >= 0; c--) {
        const status = table.statuses[c][row];
        if (status !== history_document/* STATUS */.XQ.absent)
            return status;
    }
    return undefined;
}
/** Consecutive failures of row `row` at the end of the window, skipping runs the test was not in. */
function trailingFailures(table, row) {
    let count = 0;
    for (let c = table.columns - 1; c >= 0; c--) {
        const status = table.statuses[c][row];
        if (status === history_document/* STATUS */.XQ.absent)
            continue;
        if (status !== history_document/* STATUS */.XQ.failed)
            break;
        count++;
    }
    return count;
}
/**
 * Compares this run's tests with the latest run of `baseline`. `entries`, when given, is the join of `tests`
 * with `baseline` ({@link historyEntries}), so it is not done again.
 */
function compareWithBaseline(tests, baseline, entries) {
    const last = baseline ? (0,history_document/* latestRun */.hH)(baseline) : undefined;
    if (!baseline || !last) {
        return {
            baseline: null,
            newFailures: tests
                .filter((t) => t.outcome === 'failed')
                .map(test_ref/* refOfTest */.hn)
                .sort(test_ref/* compareRefs */.Iu),
            stillFailing: [],
            fixed: [],
            added: [],
            removed: [],
        };
    }
    const newFailures = [];
    const stillFailing = [];
    const fixed = [];
    const added = [];
    const table = baseline.tests;
    // The baseline run's column (none when the window was cut to nothing: then every test counts as added).
    const latest = table.latest;
    const present = new Uint8Array(table.size);
    const joined = entries ?? (0,test_ref/* historyEntries */.tA)(tests, baseline);
    const { status } = (0,run_columns/* runColumns */.H)(tests);
    const flagged = (0,window_summary/* failedOrRetriedRows */.R)(table);
    for (let i = 0; i < tests.length; i++) {
        const row = joined[i];
        if (row >= 0)
            present[row] = 1;
        if (row < 0 || !latest || latest[row] === history_document/* STATUS */.XQ.absent)
            added.push((0,test_ref/* refOfTest */.hn)(tests[i]));
        const now = status[i];
        if (now !== history_document/* STATUS */.XQ.failed && now !== history_document/* STATUS */.XQ.passed)
            continue;
        // A passing test can only be "fixed" when its window holds a failure.
        if (now === history_document/* STATUS */.XQ.passed && (row < 0 || flagged[row] === 0))
            continue;
        const before = row >= 0 ? lastObservedStatus(table, row) : undefined;
        if (now === history_document/* STATUS */.XQ.failed) {
            const test = tests[i];
            if (before === history_document/* STATUS */.XQ.failed)
                stillFailing.push({ ...(0,test_ref/* refOfTest */.hn)(test), runsInARow: 1 + trailingFailures(table, row) });
            else
                newFailures.push((0,test_ref/* refOfTest */.hn)(test));
        }
        else if (before === history_document/* STATUS */.XQ.failed) {
            fixed.push((0,test_ref/* refOfTest */.hn)(tests[i]));
        }
    }
    const removed = [];
    if (latest)
        for (let row = 0; row < table.size; row++)
            if (present[row] === 0 && latest[row] !== history_document/* STATUS */.XQ.absent)
                removed.push((0,test_ref/* refOfHistory */.VC)(baseline, row));
    return {
        baseline: {
            branch: baseline.branch,
            seq: last.seq,
            at: last.at,
            ...(last.sha !== undefined ? { sha: last.sha } : {}),
            ...(last.runId !== undefined ? { runId: last.runId } : {}),
            ...(last.attempt !== undefined ? { attempt: last.attempt } : {}),
        },
        newFailures: newFailures.sort(test_ref/* compareRefs */.Iu),
        stillFailing: stillFailing.sort(test_ref/* compareRefs */.Iu),
        fixed: fixed.sort(test_ref/* compareRefs */.Iu),
        added: added.sort(test_ref/* compareRefs */.Iu),
        removed: removed.sort(test_ref/* compareRefs */.Iu),
    };
}

// EXTERNAL MODULE: ./src/trend/fail-policy.js
var fail_policy = __webpack_require__(17980);
// EXTERNAL MODULE: ./src/trend/flaky.js
var flaky = __webpack_require__(15288);
// EXTERNAL MODULE: ./src/trend/quarantine.js
var trend_quarantine = __webpack_require__(36489);
// EXTERNAL MODULE: ./src/history/test-table.js + 1 modules
var test_table = __webpack_require__(91979);
;// CONCATENATED MODULE: ./src/trend/stats.js
/** Robust statistics for the trend checks: median and median absolute deviation. Pure. */
/** Median of a list; NaN for an empty one. */
function median(values) {
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    const upper = sorted[mid] ?? Number.NaN;
    return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}
/**
 * Median absolute deviation around the median. Unlike the standard deviation, one wild sample (a run on a
 * loaded machine) barely moves it, so a test that is always noisy is recognised as noisy and a single
 * outlier does not widen the band for everyone.
 */
function mad(values, center = median(values)) {
    return median(values.map((v) => Math.abs(v - center)));
}
/** Scale that makes the MAD estimate the standard deviation of normally distributed samples. */
const MAD_TO_SIGMA = 1.4826;

;// CONCATENATED MODULE: ./src/trend/regressions.js






/** The defaults named in the history issue. */
const DEFAULT_REGRESSION_OPTIONS = {
    ratio: 1.5,
    minDeltaMs: 100,
    madK: 3,
    minSamples: 5,
};
/** Judges one current value against the window's samples. */
function checkRegression(samples, currentMs, options = {}) {
    const o = { ...DEFAULT_REGRESSION_OPTIONS, ...options };
    const medianMs = median(samples);
    const madMs = samples.length > 0 ? mad(samples, medianMs) : Number.NaN;
    const delta = currentMs - medianMs;
    const regressed = samples.length >= o.minSamples &&
        currentMs >= o.ratio * medianMs &&
        delta >= o.minDeltaMs &&
        delta > o.madK * MAD_TO_SIGMA * madMs;
    return { regressed, medianMs, madMs, samples: samples.length };
}
/**
 * True when {@link checkRegression} cannot find a regression, known without building the sample list or
 * sorting for the median: too few passing samples, or a value that is not `minDeltaMs` above the smallest
 * one (the median is at least that), or, for a non-negative ratio, not `ratio` × it.
 */
function cannotRegress(samples, smallest, currentMs, o) {
    return (samples < o.minSamples ||
        currentMs - o.minDeltaMs < smallest ||
        (o.ratio >= 0 && currentMs < o.ratio * smallest));
}
/** {@link cannotRegress} for a file's window of wall times. */
function cannotRegressFile(samples, currentMs, o) {
    let smallest = Number.POSITIVE_INFINITY;
    for (const ms of samples)
        if (ms < smallest)
            smallest = ms;
    return cannotRegress(samples.length, smallest, currentMs, o);
}
function ratioOf(current, baseline) {
    return baseline > 0 ? Math.round((current / baseline) * 100) / 100 : Number.POSITIVE_INFINITY;
}
/**
 * Tests of this run that are slower than their window in `baseline`. Only tests that passed now (or passed
 * on a retry) are judged, against their passing samples: a failure's time (a timeout, a crash) is not a
 * duration. Largest slow-down first, then by file, title, id. `entries`, when given, is the join of `tests`
 * with `baseline` ({@link historyEntries}).
 */
function findTestRegressions(tests, baseline, options = {}, entries) {
    if (!baseline)
        return [];
    const o = { ...DEFAULT_REGRESSION_OPTIONS, ...options };
    const joined = entries ?? (0,test_ref/* historyEntries */.tA)(tests, baseline);
    const out = [];
    const run = (0,run_columns/* runColumns */.H)(tests);
    for (let i = 0; i < tests.length; i++) {
        const now = run.status[i];
        if (now !== test_table/* STATUS */.XQ.passed && now !== test_table/* STATUS */.XQ.flaky)
            continue;
        const row = joined[i];
        if (row < 0)
            continue;
        const currentMs = run.executionMs[i];
        // The median is never negative, so a value under `minDeltaMs` cannot be that far above it: most tests of
        // a suite stop here without their window being read.
        if (currentMs < o.minDeltaMs)
            continue;
        const stats = (0,window_summary/* passingStats */.h)(baseline.tests, row);
        if (cannotRegress(stats.count, stats.smallestMs, currentMs, o))
            continue;
        const samples = (0,history_document/* passingDurations */.z7)(baseline, row);
        const check = checkRegression(samples, currentMs, o);
        if (!check.regressed)
            continue;
        out.push({
            ...(0,test_ref/* refOfTest */.hn)(tests[i]),
            baselineMs: check.medianMs,
            currentMs,
            ratio: ratioOf(currentMs, check.medianMs),
            madMs: check.madMs,
            samples: check.samples,
        });
    }
    return out.sort((a, b) => b.currentMs - b.baselineMs - (a.currentMs - a.baselineMs) || (0,test_ref/* compareRefs */.Iu)(a, b));
}
/** Files of this run whose wall time is slower than their window in `baseline`; largest slow-down first. */
function findFileRegressions(files, baseline, options = {}) {
    if (!baseline)
        return [];
    const o = { ...DEFAULT_REGRESSION_OPTIONS, ...options };
    const current = new Map();
    for (const f of files)
        current.set(f.path, (current.get(f.path) ?? 0) + f.wallMs);
    const out = [];
    for (const [path, currentMs] of current) {
        const entry = Object.hasOwn(baseline.files, path) ? baseline.files[path] : undefined;
        if (!entry || cannotRegressFile(entry.w, currentMs, o))
            continue;
        const check = checkRegression(entry.w, currentMs, o);
        if (!check.regressed)
            continue;
        out.push({
            path,
            baselineMs: check.medianMs,
            currentMs,
            ratio: ratioOf(currentMs, check.medianMs),
            madMs: check.madMs,
            samples: check.samples,
        });
    }
    return out.sort((a, b) => b.currentMs - b.baselineMs - (a.currentMs - a.baselineMs) ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/trend/analyse.js







/**
 * The clusters of the new failures. Each failed test is at most once in `newFailures`, so when the counts
 * are equal every failure is new (always, without a baseline) and they are the clusters of all failures:
 * the same list, not clustered a second time.
 */
function newFailureClusters(failed, comparison, clusters) {
    if (comparison.newFailures.length === failed.length)
        return clusters;
    const newIds = new Set(comparison.newFailures.map((t) => t.id));
    return clusterFailures(failed.filter((t) => newIds.has(t.id)));
}
/** Compares a run with its baseline and decides whether it fails. */
function analyseRun(input) {
    const quarantine = (0,trend_quarantine/* compileQuarantine */.w)(input.quarantine);
    // Each history is joined with the run once, here, and shared by the checks below.
    const baselineEntries = input.baseline ? (0,test_ref/* historyEntries */.tA)(input.tests, input.baseline) : undefined;
    const own = input.ownHistory ?? input.baseline;
    const ownEntries = own === input.baseline ? baselineEntries : own ? (0,test_ref/* historyEntries */.tA)(input.tests, own) : undefined;
    const comparison = compareWithBaseline(input.tests, input.baseline, baselineEntries);
    const failed = input.tests.filter((t) => t.outcome === 'failed');
    const clusters = clusterFailures(failed);
    return {
        comparison,
        flaky: (0,flaky/* findFlakyTests */.O2)(input.tests, own, {
            ...(ownEntries ? { entries: ownEntries } : {}),
            ...(input.sha !== undefined ? { sha: input.sha } : {}),
            ...(input.minFlakeScore !== undefined ? { minScore: input.minFlakeScore } : {}),
            quarantine,
        }),
        slowerTests: findTestRegressions(input.tests, input.baseline, input.regression, baselineEntries),
        slowerFiles: findFileRegressions(input.files ?? [], input.baseline, input.regression),
        clusters,
        newFailureClusters: newFailureClusters(failed, comparison, clusters),
        decision: (0,fail_policy/* decideFailure */.n)({
            failOn: input.failOn ?? 'failures',
            // The bare name only matters to quarantine title globs: without a list, the shared references do.
            failures: quarantine.empty
                ? failed.map(test_ref/* refOfTest */.hn)
                : failed.map((t) => ({ ...(0,test_ref/* refOfTest */.hn)(t), name: t.name })),
            comparison,
            quarantine,
        }),
    };
}

;// CONCATENATED MODULE: ./src/report/apply-trend.js
/** A title's separator between suite entries and the name (model/test-id.ts testTitle). */
const TITLE_SEPARATOR = ' › ';
/** Builds references from the trend's, looking each id up in the report's tests. */
function referencer(tests) {
    const byId = new Map(tests.map((t) => [t.id, t]));
    return (ref) => {
        const test = byId.get(ref.id);
        const file = test?.file ?? ref.file;
        const line = test?.line ?? ref.line;
        const parts = test === undefined ? ref.title.split(TITLE_SEPARATOR) : undefined;
        return {
            id: ref.id,
            title: ref.title,
            suite: test !== undefined ? test.suite : parts.slice(0, -1),
            name: test !== undefined ? test.name : (parts.at(-1) ?? ref.title),
            ...(file !== undefined ? { file } : {}),
            ...(line !== undefined ? { line } : {}),
            ...(test?.project !== undefined ? { project: test.project } : {}),
        };
    };
}
/**
 * The Report's comparison, or null when the analysis had no baseline to compare with.
 *
 * @param tests the report's tests, which give the suite and name of every test of this run
 */
function reportComparison(analysis, tests = []) {
    const { comparison } = analysis;
    const baseline = comparison.baseline;
    if (!baseline)
        return null;
    const refOf = referencer(tests);
    const refs = (list) => list.map(refOf);
    return {
        baseline: {
            ...(baseline.runId !== undefined ? { runId: baseline.runId } : {}),
            ...(baseline.sha !== undefined ? { sha: baseline.sha } : {}),
            branch: baseline.branch,
            at: baseline.at,
        },
        newFailures: refs(comparison.newFailures),
        fixed: refs(comparison.fixed),
        stillFailing: refs(comparison.stillFailing),
        added: refs(comparison.added),
        removed: refs(comparison.removed),
        slower: analysis.slowerTests.map((s) => ({
            ...refOf(s),
            baselineMs: s.baselineMs,
            currentMs: s.currentMs,
        })),
        clusters: analysis.clusters.map((c) => ({ signature: c.signature, tests: refs(c.tests) })),
        quarantined: refs(analysis.decision.quarantined),
    };
}
/** The Report's flaky list from the analysis: score and quarantine flag added. */
function reportFlaky(analysis) {
    return analysis.flaky.map((f) => ({
        id: f.id,
        reason: f.reason,
        failedAttempts: f.failedAttempts,
        attempts: f.attempts,
        score: f.score,
        ...(f.quarantined ? { quarantined: true } : {}),
    }));
}
/** The report with the analysis's comparison and flaky tests filled in; `report` is not modified. */
function withTrend(report, analysis) {
    const comparison = reportComparison(analysis, report.tests);
    // A reused file's tests did not run, but they are not removed: `--skip-unchanged` counts them apart.
    const reused = new Set(report.reuse?.files.map((f) => f.file) ?? []);
    return {
        ...report,
        comparison: comparison && reused.size > 0
            ? {
                ...comparison,
                removed: comparison.removed.filter((r) => r.file === undefined || !reused.has(r.file)),
            }
            : comparison,
        flaky: reportFlaky(analysis),
    };
}

// EXTERNAL MODULE: ./src/report/history-target.js + 1 modules
var history_target = __webpack_require__(68940);
;// CONCATENATED MODULE: ./src/report/run-record-of.js
/** Per-file time from the tests when the inputs measured none: the sum of each file's test durations. */
function filesFromTests(tests) {
    const files = new Map();
    for (const t of tests)
        if (t.file !== undefined)
            files.set(t.file, (files.get(t.file) ?? 0) + t.durationMs);
    return [...files].map(([path, wallMs]) => ({ path, wallMs }));
}
const filesOfFacts = new WeakMap();
/**
 * The per-file times of a run: those the inputs measured, else each file's test durations summed. Computed
 * once per facts object: the history update and the file slow-down check both ask, and at 100,000 tests the
 * sum is a pass over every test.
 */
function recordFiles(facts) {
    if (facts.files && facts.files.length > 0)
        return facts.files;
    let files = filesOfFacts.get(facts);
    if (!files) {
        files = filesFromTests(facts.tests);
        filesOfFacts.set(facts, files);
    }
    return files;
}
/** The history record of a reported run. */
function runRecordOf(report, facts) {
    const { summary } = report;
    return {
        run: facts.run,
        at: facts.at,
        summary: {
            tests: summary.tests,
            passed: summary.passed,
            failed: summary.failed,
            skipped: summary.skipped,
            flaky: summary.flaky,
        },
        wallMs: summary.wallMs ?? summary.durationMs,
        shards: (facts.shards ?? []).map((s) => ({ index: s.index, setupMs: s.setupMs ?? 0, wallMs: s.wallMs })),
        files: recordFiles(facts),
        tests: facts.tests,
        ...(facts.plan ? { plan: facts.plan } : {}),
        ...(facts.skip ? { skip: facts.skip } : {}),
    };
}

;// CONCATENATED MODULE: ./src/formats/text-sink.js
const BATCH_CHARS = 64 * 1024;
/** A TextSink over a Node writable stream (a file, stdout, a PassThrough in tests). */
function createTextSink(out, batchChars = BATCH_CHARS) {
    let parts = [];
    let size = 0;
    async function push() {
        if (parts.length === 0)
            return;
        const chunk = parts.join('');
        parts = [];
        size = 0;
        if (!out.write(chunk)) {
            await new Promise((resolve, reject) => {
                const onDrain = () => {
                    out.off('error', onError);
                    resolve();
                };
                const onError = (error) => {
                    out.off('drain', onDrain);
                    reject(error);
                };
                out.once('drain', onDrain);
                out.once('error', onError);
            });
        }
    }
    return {
        write(text) {
            parts.push(text);
            size += text.length;
            return size >= batchChars ? push() : undefined;
        },
        flush: push,
    };
}

;// CONCATENATED MODULE: ./src/formats/ctrf/writer.js

/** The CTRF spec version written. */
const CTRF_SPEC_VERSION = '1.0.0';
function lines(text) {
    return text ? text.split(/\r?\n/) : undefined;
}
function ms(value) {
    return Math.max(0, Math.round(value));
}
function toAttempt(a, index) {
    const stdout = lines(a.stdout);
    const stderr = lines(a.stderr);
    return {
        attempt: index + 1,
        status: a.status,
        duration: ms(a.durationMs),
        ...(a.failure?.message !== undefined ? { message: a.failure.message } : {}),
        ...(a.failure?.trace !== undefined ? { trace: a.failure.trace } : {}),
        ...(stdout ? { stdout } : {}),
        ...(stderr ? { stderr } : {}),
    };
}
/** Maps one test to its CTRF object. */
function toCtrfTest(t) {
    const status = t.outcome === 'flaky' ? 'passed' : t.outcome;
    // The attempt the test's verdict rests on: the first failure of a failed test, else the last attempt.
    const decisive = t.outcome === 'failed'
        ? t.attempts.find((a) => a.status === 'failed')
        : t.attempts.findLast((a) => a.status === status);
    const failure = t.outcome === 'failed' ? decisive?.failure : t.attempts.find((a) => a.failure)?.failure;
    const message = failure?.message ?? (t.outcome === 'skipped' ? decisive?.skipMessage : undefined);
    const stdout = lines(decisive?.stdout);
    const stderr = lines(decisive?.stderr);
    return {
        // CTRF requires a non-empty name; a runner can write an empty one.
        name: t.name || '(unnamed test)',
        status,
        duration: ms(t.durationMs),
        testId: t.id,
        ...(t.suite.length > 0 ? { suite: [...t.suite] } : {}),
        ...(t.file !== undefined ? { filePath: t.file } : {}),
        ...(t.line !== undefined ? { line: t.line } : {}),
        ...(message !== undefined ? { message } : {}),
        ...(failure?.trace !== undefined ? { trace: failure.trace } : {}),
        ...(t.outcome === 'flaky' ? { rawStatus: 'flaky', flaky: true } : {}),
        ...(t.attempts.length > 1
            ? { retries: t.attempts.length - 1, retryAttempts: t.attempts.map(toAttempt) }
            : {}),
        ...(stdout ? { stdout } : {}),
        ...(stderr ? { stderr } : {}),
        ...(t.project !== undefined ? { browser: t.project } : {}),
    };
}
/** Writes the CTRF document for `tests` to `out` (which is not ended). */
async function writeCtrf(tests, out, options) {
    const summary = { tests: tests.length, passed: 0, failed: 0, skipped: 0, pending: 0, other: 0, flaky: 0 };
    const suites = new Set();
    for (const t of tests) {
        if (t.outcome === 'flaky') {
            summary.passed += 1;
            summary.flaky += 1;
        }
        else
            summary[t.outcome] += 1;
        suites.add(`${t.file ?? ''}\u0000${t.suite.join('\u0000')}`);
    }
    const start = ms(options.start);
    const stop = Math.max(start, ms(options.stop));
    const head = {
        reportFormat: 'CTRF',
        specVersion: CTRF_SPEC_VERSION,
        timestamp: options.timestamp,
        generatedBy: 'tessera',
    };
    const summaryJson = JSON.stringify({
        ...summary,
        suites: suites.size,
        start,
        stop,
        duration: stop - start,
    });
    const sink = createTextSink(out);
    const headJson = JSON.stringify(head);
    await sink.write(`${headJson.slice(0, -1)},"results":{"tool":${JSON.stringify({ name: options.toolName ?? 'tessera' })}`);
    await sink.write(`,"summary":${summaryJson},"tests":[`);
    let first = true;
    for (const t of tests) {
        await sink.write((first ? '\n' : ',\n') + JSON.stringify(toCtrfTest(t)));
        first = false;
    }
    await sink.write('\n]}}\n');
    await sink.flush();
}

// EXTERNAL MODULE: ./src/formats/junit/identity.js
var identity = __webpack_require__(38731);
;// CONCATENATED MODULE: ./src/formats/junit/xml-escape.js
/**
 * Escaping for XML 1.0 text and attribute values. Test names, messages and output are untrusted: markup in
 * them is escaped, and characters XML 1.0 forbids even as references (most C0 controls, lone surrogates,
 * U+FFFE/U+FFFF) become U+FFFD, because one of them makes the whole file unreadable to a CI.
 * No CDATA is used, so a `]]>` in the text needs no special case.
 */
// Characters XML 1.0 does not allow at all, even escaped: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// eslint-disable-next-line no-control-regex
const NEEDS_TEXT_ESCAPE = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const NEEDS_ATTR_ESCAPE = /[&<>"\t\n\r\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/** Escapes element text. Forbidden characters become U+FFFD; CR is kept as a reference so it survives. */
function escapeXmlText(text) {
    if (!NEEDS_TEXT_ESCAPE.test(text))
        return text;
    return text
        .replace(NOT_XML_CHAR, '\uFFFD')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r/g, '&#13;');
}
/** Escapes an attribute value (double-quoted). Whitespace is written as references so parsers keep it. */
function escapeXmlAttr(text) {
    if (!NEEDS_ATTR_ESCAPE.test(text))
        return text;
    return text
        .replace(NOT_XML_CHAR, '\uFFFD')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/\t/g, '&#9;')
        .replace(/\n/g, '&#10;')
        .replace(/\r/g, '&#13;');
}

;// CONCATENATED MODULE: ./src/formats/junit/writer.js



function attrs(pairs) {
    let out = '';
    // for…in rather than Object.entries: no array of pairs per element (one per suite and per failed test).
    for (const key in pairs) {
        const value = pairs[key];
        if (value === undefined)
            continue;
        out += ` ${key}="${typeof value === 'number' ? value : escapeXmlAttr(value)}"`;
    }
    return out;
}
// One-entry memos of escapeXmlAttr for the class name and file of consecutive testcases, which are
// nearly always the same (shared) strings. escapeXmlAttr is pure, so the memos are not observable.
let lastClassname = '';
let lastClassnameEscaped = '';
let lastFile = '';
let lastFileEscaped = '';
function escapedClassname(classname) {
    if (classname !== lastClassname) {
        lastClassname = classname;
        lastClassnameEscaped = escapeXmlAttr(classname);
    }
    return lastClassnameEscaped;
}
function escapedFile(file) {
    if (file !== lastFile) {
        lastFile = file;
        lastFileEscaped = escapeXmlAttr(file);
    }
    return lastFileEscaped;
}
/** Seconds with millisecond precision, as JUnit's `time` attribute. */
function seconds(ms) {
    return (Math.max(0, ms) / 1000).toFixed(3);
}
/** JUnit distinguishes an assertion that did not hold (`failure`) from a test that blew up (`error`). */
function isError(failure) {
    return failure?.category === 'error' || failure?.category === 'crash';
}
/**
 * The testcase's `classname`. Our reader rebuilds the suite path from the nested `<testsuite>` names and
 * adds the classname only when it says something new, so the classname repeats the innermost suite (or the
 * file): the CI shows a meaningful class and the test reads back with the same id. Without a file, a
 * location-like classname (`com.acme.CalcTest`) would be taken for the file, so one that is not is chosen.
 * A runner project (browser, target) is appended as `[project]` so the CI keeps the projects' tests apart.
 */
function classnameFor(test) {
    const last = test.suite[test.suite.length - 1];
    let classname = '';
    if (test.file !== undefined)
        classname = last ?? test.file;
    else {
        for (const candidate of [last, test.name]) {
            if (candidate !== undefined && candidate.length > 0 && !(0,identity/* isLocationLike */.p)(candidate)) {
                classname = candidate;
                break;
            }
        }
    }
    return test.project !== undefined ? `${classname} [${test.project}]`.trim() : classname;
}
function newNode(name, file) {
    // One literal per shape rather than a spread: the tree has a node per distinct suite path (tens of
    // thousands in a large run).
    return file !== undefined
        ? { name, file, children: undefined, tests: [] }
        : { name, children: undefined, tests: [] };
}
/** The node of `suite` under a file's node, made (with its ancestors) when missing. */
function suiteNode(fileNode, suite) {
    let node = fileNode;
    for (const name of suite) {
        const children = (node.children ??= new Map());
        let child = children.get(name);
        if (child === undefined) {
            child = newNode(name);
            children.set(name, child);
        }
        node = child;
    }
    return node;
}
/** Files in first-seen order, each with its suite tree; tests without a file share one unnamed suite. */
function buildTree(tests) {
    const files = new Map();
    // Consecutive tests nearly always share a file (and their suite arrays): remember the last ones.
    let lastFile;
    let lastFileNode;
    let lastSuite;
    let lastNode;
    for (const test of tests) {
        const key = test.file ?? '';
        let fileNode = lastFileNode;
        if (fileNode === undefined || key !== lastFile) {
            fileNode = files.get(key);
            if (fileNode === undefined) {
                fileNode = newNode(key, test.file);
                fileNode.byPath = new Map();
                files.set(key, fileNode);
            }
            lastFile = key;
            lastFileNode = fileNode;
            lastSuite = undefined;
        }
        let node;
        if (test.suite === lastSuite)
            node = lastNode;
        else {
            const byPath = fileNode.byPath;
            node = byPath.get(test.suite);
            if (node === undefined) {
                node = suiteNode(fileNode, test.suite);
                // Only frozen arrays are remembered: they are the readers' shared ones, and cannot change later.
                if (Object.isFrozen(test.suite))
                    byPath.set(test.suite, node);
            }
            lastSuite = test.suite;
            lastNode = node;
        }
        node.tests.push(test);
    }
    return files;
}
function countNode(node) {
    if (node.counts)
        return node.counts;
    const c = { tests: 0, failures: 0, errors: 0, skipped: 0, ms: 0 };
    for (const t of node.tests) {
        c.tests += 1;
        c.ms += t.durationMs;
        if (t.outcome === 'skipped')
            c.skipped += 1;
        else if (t.outcome === 'failed') {
            if (isError(t.attempts.find((a) => a.status === 'failed')?.failure))
                c.errors += 1;
            else
                c.failures += 1;
        }
    }
    if (node.children !== undefined)
        for (const child of node.children.values()) {
            const cc = countNode(child);
            c.tests += cc.tests;
            c.failures += cc.failures;
            c.errors += cc.errors;
            c.skipped += cc.skipped;
            c.ms += cc.ms;
        }
    node.counts = c;
    return c;
}
function countAttrs(c) {
    return { tests: c.tests, failures: c.failures, errors: c.errors, skipped: c.skipped, time: seconds(c.ms) };
}
function outputElements(attempt, indent) {
    let out = '';
    if (attempt?.stdout)
        out += `${indent}<system-out>${escapeXmlText(attempt.stdout)}</system-out>\n`;
    if (attempt?.stderr)
        out += `${indent}<system-err>${escapeXmlText(attempt.stderr)}</system-err>\n`;
    return out;
}
/** The `type` attribute: the failure's own type, or `timeout` so that category survives a round trip. */
function failureType(failure) {
    return failure?.type ?? (failure?.category === 'timeout' ? 'timeout' : undefined);
}
/** `<failure>`/`<error>`: the message and type as attributes, the trace (or the message) as text. */
function failureElement(tag, failure, indent) {
    const text = failure?.trace ?? failure?.message ?? '';
    return `${indent}<${tag}${attrs({ message: failure?.message, type: failureType(failure) })}>${escapeXmlText(text)}</${tag}>\n`;
}
/** A Surefire rerun element for one other failed attempt: trace and output as child elements. */
function rerunElement(kind, attempt, indent) {
    const tag = `${kind}${isError(attempt.failure) ? 'Error' : 'Failure'}`;
    const f = attempt.failure;
    const head = attrs({ message: f?.message, type: failureType(f), time: seconds(attempt.durationMs) });
    let out = `${indent}<${tag}${head}>\n`;
    const trace = f?.trace ?? f?.message;
    if (trace)
        out += `${indent}  <stackTrace>${escapeXmlText(trace)}</stackTrace>\n`;
    out += outputElements(attempt, `${indent}  `);
    return `${out}${indent}</${tag}>\n`;
}
/** One `<testcase>` with its result, output and Surefire rerun elements. */
function testcaseElement(test, indent = '    ') {
    const only = test.attempts.length === 1 ? test.attempts[0] : undefined;
    if (only?.status === 'passed' && only.stdout === undefined && only.stderr === undefined) {
        // The common case (one clean pass), built directly: it is most of a 100k-test file.
        const file = test.file === undefined ? '' : ` file="${escapedFile(test.file)}"`;
        const line = test.line === undefined ? '' : ` line="${test.line}"`;
        return `${indent}<testcase classname="${escapedClassname(classnameFor(test))}" name="${escapeXmlAttr(test.name)}"${file}${line} time="${seconds(test.durationMs)}"/>\n`;
    }
    const inner = `${indent}  `;
    const failed = test.attempts.filter((a) => a.status === 'failed');
    let primary;
    let reruns = [];
    let kind = 'rerun';
    if (test.outcome === 'failed') {
        primary = failed[0];
        reruns = failed.slice(1);
    }
    else if (test.outcome === 'flaky') {
        primary = test.attempts.findLast((a) => a.status === 'passed');
        reruns = failed;
        kind = 'flaky';
    }
    else {
        primary = test.attempts.findLast((a) => a.status === test.outcome) ?? test.attempts[0];
    }
    // The testcase's time is what the reruns do not account for, so a reader that sums them gets the total.
    const rerunMs = reruns.reduce((sum, a) => sum + a.durationMs, 0);
    const head = `${indent}<testcase${attrs({
        classname: classnameFor(test),
        name: test.name,
        file: test.file,
        line: test.line,
        time: seconds(test.durationMs - rerunMs),
    })}`;
    let body = '';
    if (test.outcome === 'failed') {
        body += failureElement(isError(primary?.failure) ? 'error' : 'failure', primary?.failure, inner);
    }
    else if (test.outcome === 'skipped') {
        const message = test.attempts.find((a) => a.skipMessage !== undefined)?.skipMessage;
        body += `${inner}<skipped${attrs({ message })}/>\n`;
    }
    body += outputElements(primary, inner);
    for (const attempt of reruns)
        body += rerunElement(kind, attempt, inner);
    return body ? `${head}>\n${body}${indent}</testcase>\n` : `${head}/>\n`;
}
async function writeSuite(node, sink, indent) {
    const head = attrs({ name: node.name, ...countAttrs(countNode(node)), file: node.file });
    await sink.write(`${indent}<testsuite${head}>\n`);
    const inner = `${indent}  `;
    for (const test of node.tests) {
        // The sink only returns a promise when it flushed into a full stream: awaiting nothing would still
        // cost a microtask turn per test.
        const pending = sink.write(testcaseElement(test, inner));
        if (pending !== undefined)
            await pending;
    }
    if (node.children !== undefined)
        for (const child of node.children.values())
            await writeSuite(child, sink, inner);
    await sink.write(`${indent}</testsuite>\n`);
}
/**
 * Writes merged JUnit XML for `tests` to `out` (which is not ended): a `<testsuite>` per file (named after
 * it, with a `file` attribute) holding nested `<testsuite>`s per describe/class level, in first-seen order.
 * Tests without a file sit in one suite with an empty name, which readers do not add to the suite path.
 */
async function writeJUnit(tests, out, options = {}) {
    const files = buildTree(tests);
    const total = { tests: 0, failures: 0, errors: 0, skipped: 0, ms: 0 };
    for (const node of files.values()) {
        const c = countNode(node);
        total.tests += c.tests;
        total.failures += c.failures;
        total.errors += c.errors;
        total.skipped += c.skipped;
        total.ms += c.ms;
    }
    const sink = createTextSink(out);
    await sink.write('<?xml version="1.0" encoding="UTF-8"?>\n');
    await sink.write(`<testsuites${attrs({ name: options.name ?? 'tessera', ...countAttrs(total) })}>\n`);
    for (const node of files.values())
        await writeSuite(node, sink, '  ');
    await sink.write('</testsuites>\n');
    await sink.flush();
}

// EXTERNAL MODULE: ./src/render/escape-markdown.js
var escape_markdown = __webpack_require__(49821);
// EXTERNAL MODULE: ./src/render/format.js
var format = __webpack_require__(59935);
;// CONCATENATED MODULE: ./src/render/markdown.js
/**
 * The report as markdown: a plain first version for `--markdown`, a job summary or a PR comment. Headline
 * counts, the failed tests with location and message, the flaky tests, and the inputs that could not be read.
 * Every piece of untrusted text goes through escape-markdown.
 */



const DEFAULTS = { maxFailures: 50, maxFlaky: 30, maxMessageChars: 200 };
/** The one-line verdict with counts, e.g. `❌ 2 failed, 1 flaky, 17 passed, 1 skipped (21 tests, 4.2 s)`. */
function renderHeadline(report) {
    const s = report.summary;
    const unreadable = report.inputs.unreadable.length;
    const notRun = report.notRun?.length ?? 0;
    const icon = s.failed > 0 || notRun > 0 ? '❌' : unreadable > 0 ? '⚠️' : '✅';
    const parts = [
        s.failed > 0 ? `**${s.failed} failed**` : '0 failed',
        ...(s.flaky > 0 ? [`${s.flaky} flaky`] : []),
        `${s.passed} passed`,
        ...(s.skipped > 0 ? [`${s.skipped} skipped`] : []),
        ...(notRun > 0 ? [`**${(0,format/* plural */.LS)(notRun, 'file')} not run**`] : []),
    ];
    const time = (0,format/* formatDuration */.a3)(s.wallMs ?? s.durationMs);
    const unread = unreadable > 0 ? `, **${(0,format/* plural */.LS)(unreadable, 'unreadable input')}**` : '';
    return `${icon} ${parts.join(', ')} (${(0,format/* plural */.LS)(s.tests, 'test')}, ${time})${unread}`;
}
function testLabel(t) {
    return (0,escape_markdown/* escapeMarkdown */.FV)((0,model/* displayTitle */.xU)(t));
}
function firstFailure(t) {
    const failure = t.attempts.find((a) => a.failure)?.failure;
    return failure?.message ?? failure?.trace ?? '';
}
function renderFailures(failed, o) {
    const rows = failed.slice(0, o.maxFailures).map((t) => {
        const where = (0,escape_markdown/* escapeMarkdown */.FV)((0,format/* location */.C5)(t.file, t.line));
        const message = (0,escape_markdown/* escapeMarkdown */.FV)((0,escape_markdown/* excerpt */.Kb)(firstFailure(t), o.maxMessageChars, true));
        const retried = t.attempts.length > 1 ? ` (${(0,format/* plural */.LS)(t.attempts.length, 'attempt')})` : '';
        return `| ${testLabel(t)}${retried} | ${where} | ${message} |`;
    });
    const more = failed.length - rows.length;
    return [
        `### Failed tests (${failed.length})`,
        '',
        '| Test | Location | Message |',
        '| --- | --- | --- |',
        ...rows,
        ...(more > 0 ? ['', `…and ${(0,format/* plural */.LS)(more, 'more failed test')}.`] : []),
    ];
}
function renderFlaky(flaky, o) {
    const items = flaky.slice(0, o.maxFlaky).map((t) => {
        const failed = t.attempts.filter((a) => a.status === 'failed').length;
        const where = t.file !== undefined ? ` (${(0,escape_markdown/* escapeMarkdown */.FV)((0,format/* location */.C5)(t.file, t.line))})` : '';
        return `- ${testLabel(t)}${where}: failed ${failed} of ${(0,format/* plural */.LS)(t.attempts.length, 'attempt')}`;
    });
    const more = flaky.length - items.length;
    return [`### Flaky tests (${flaky.length})`, '', ...items, ...(more > 0 ? [`- …and ${more} more`] : [])];
}
/** The files not run because the run bailed (`--bail`): neither skipped nor passed. */
function renderNotRun(notRun, o) {
    const items = notRun
        .slice(0, o.maxFailures)
        .map((n) => `- ${(0,escape_markdown/* escapeMarkdown */.FV)(n.file)}: not run (bailed after ${(0,escape_markdown/* escapeMarkdown */.FV)(n.after)})`);
    const more = notRun.length - items.length;
    return [
        `### Not run (${(0,format/* plural */.LS)(notRun.length, 'file')})`,
        '',
        ...items,
        ...(more > 0 ? [`- …and ${more} more`] : []),
    ];
}
function renderUnreadable(report) {
    const items = report.inputs.unreadable.map((u) => `- ${(0,escape_markdown/* escapeMarkdown */.FV)((0,format/* location */.C5)(u.file, u.line, u.column))}: ${(0,escape_markdown/* escapeMarkdown */.FV)(u.message)}`);
    return [`### Unreadable inputs (${items.length})`, '', ...items];
}
/** Renders the report as markdown. Pure; the result ends with a newline. */
function renderMarkdown(report, options = {}) {
    const o = { ...DEFAULTS, ...options };
    const failed = report.tests.filter((t) => t.outcome === 'failed');
    const flaky = report.tests.filter((t) => t.outcome === 'flaky');
    const sections = [['## Test report', '', renderHeadline(report)]];
    if (failed.length > 0)
        sections.push(renderFailures(failed, o));
    if (flaky.length > 0)
        sections.push(renderFlaky(flaky, o));
    if (report.notRun && report.notRun.length > 0)
        sections.push(renderNotRun(report.notRun, o));
    if (report.inputs.unreadable.length > 0)
        sections.push(renderUnreadable(report));
    const read = report.inputs.read.length;
    sections.push([`<sub>${(0,format/* plural */.LS)(read, 'result file')} read by Tessera.</sub>`]);
    return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

// EXTERNAL MODULE: ./src/model/atomic-write.js
var atomic_write = __webpack_require__(91636);
;// CONCATENATED MODULE: ./src/report/write-outputs.js






/** How much a file output buffers before its writer waits for the disk. */
const FILE_BUFFER_BYTES = 1024 * 1024;
/** The label each output has in the summary. */
const OUTPUT_LABELS = {
    json: 'JSON',
    junit: 'JUnit XML',
    ctrf: 'CTRF',
    markdown: 'Markdown',
};
/**
 * Streams the Report as JSON: the small fields whole, the tests one per line, so 100k tests never become
 * one string. Key order follows the contract.
 */
async function writeReportJson(report, out) {
    const sink = createTextSink(out);
    const field = (key, value, comma = true) => `${comma ? ',' : ''}\n${JSON.stringify(key)}:${JSON.stringify(value)}`;
    await sink.write(`{${field('version', report.version, false)}`);
    await sink.write(field('generatedAt', report.generatedAt));
    await sink.write(field('summary', report.summary));
    await sink.write(field('shards', report.shards));
    if (report.rerun)
        await sink.write(field('rerun', report.rerun));
    await sink.write(',\n"tests":[');
    let separator = '\n';
    for (const test of report.tests) {
        // The sink only returns a promise when it flushed into a full stream: awaiting nothing would still
        // cost a microtask turn per test.
        const pending = sink.write(separator + JSON.stringify(test));
        if (pending !== undefined)
            await pending;
        separator = ',\n';
    }
    await sink.write('\n]');
    await sink.write(field('comparison', report.comparison));
    await sink.write(field('flaky', report.flaky));
    await sink.write(field('plan', report.plan));
    await sink.write(field('inputs', report.inputs));
    if (report.reuse)
        await sink.write(field('reuse', report.reuse));
    if (report.notRun && report.notRun.length > 0)
        await sink.write(field('notRun', report.notRun));
    await sink.write('\n}\n');
    await sink.flush();
}
async function writeOne(kind, report, out, runStart) {
    switch (kind) {
        case 'json':
            return writeReportJson(report, out);
        case 'junit':
            return writeJUnit(report.tests, out);
        case 'ctrf': {
            const stop = Date.parse(report.generatedAt);
            return writeCtrf(report.tests, out, { start: runStart, stop, timestamp: report.generatedAt });
        }
        case 'markdown': {
            const sink = createTextSink(out);
            await sink.write(renderMarkdown(report));
            return sink.flush();
        }
    }
}
/**
 * Writes every requested output and returns what was written, in a fixed order (json, junit, ctrf,
 * markdown). The CTRF run start is estimated from the report time and the run's duration, since result
 * files seldom say when the run began.
 */
async function writeOutputs(report, targets, streams) {
    const written = [];
    const stop = Date.parse(report.generatedAt);
    const runStart = stop - (report.summary.wallMs ?? report.summary.durationMs);
    for (const kind of ['json', 'junit', 'ctrf', 'markdown']) {
        const path = targets[kind];
        if (path === undefined)
            continue;
        if (path === '-') {
            await writeOne(kind, report, streams.stdout, runStart);
        }
        else {
            try {
                // A 1 MiB buffer lets the writers go on producing while earlier batches are written, instead of
                // waiting for the disk after every 64 KiB batch (the default is 16 KiB, less than one batch).
                // Atomic: a reader racing with this write sees the old file or the new one, never half of one.
                await (0,atomic_write/* streamFileAtomic */.uD)(path, (file) => writeOne(kind, report, file, runStart), {
                    highWaterMark: FILE_BUFFER_BYTES,
                });
            }
            catch (cause) {
                // A file-system error is the user's to fix (a path they cannot write); anything else is a bug.
                const code = cause.code;
                if (code === undefined)
                    throw cause;
                throw new model/* UsageError */.eb(`cannot write the ${OUTPUT_LABELS[kind]} output to '${path}' (${code})`, 'Choose a path in a folder you can write to.', { cause });
            }
        }
        written.push({ kind, path });
    }
    return written;
}

// EXTERNAL MODULE: ./src/render/comment/budget.js
var budget = __webpack_require__(43999);
// EXTERNAL MODULE: ./src/render/comment/headline.js
var headline = __webpack_require__(17834);
// EXTERNAL MODULE: ./src/render/comment/render-comment.js
var render_comment = __webpack_require__(43982);
// EXTERNAL MODULE: ./src/render/comment/sections.js + 1 modules
var sections = __webpack_require__(42090);
;// CONCATENATED MODULE: ./src/render/comment/index.js





// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/render/html/client-script.js
/**
 * The HTML report's only script, inlined in the page: the test table. It reads the tests from the page's
 * `<script type="application/json">`, filters them by status and text, sorts them by column, and shows one
 * page of rows at a time (never more than {@link PAGE_SIZE} rows in the DOM, whatever the number of tests),
 * with a row's failure details on expanding it. Test data is only ever inserted with `textContent` and
 * `setAttribute`, never as markup.
 *
 * Kept as plain ES2019 source in a string: it runs in the browser, not in Node, and must not depend on a
 * bundler's output. test/render/html.test.ts runs it in real Chromium.
 */
/** Rows per page of the test table. */
const PAGE_SIZE = 100;
/** The browser script (an IIFE, no globals). */
const CLIENT_SCRIPT = String.raw `
(function () {
  'use strict';
  var PAGE = ${PAGE_SIZE};
  var ORDER = { failed: 0, flaky: 1, passed: 2, skipped: 3 };
  var STATUS_NAMES = { P: 'passed', F: 'failed', K: 'flaky', S: 'skipped', '-': 'not run' };
  var OUTCOMES = { P: 'passed', F: 'failed', K: 'flaky', S: 'skipped' };
  var data = JSON.parse(document.getElementById('tessera-data').textContent);
  // Expand the page's compact rows (see PageTest in render-html.ts); the outcome is the last status.
  var tests = data.tests.map(function (r, i) {
    return {
      index: i, title: r.t, file: r.f, line: r.l, outcome: OUTCOMES[r.h.charAt(r.h.length - 1)],
      durationMs: r.d, attempts: r.a || 1, history: r.h, category: r.c, message: r.m, trace: r.s,
      fileUrl: r.u, shard: r.j, shardUrl: r.k
    };
  });
  var table = document.getElementById('tests');
  var body = table.querySelector('tbody');
  var search = document.getElementById('search');
  var shown = document.getElementById('shown');
  var prev = document.getElementById('prev');
  var next = document.getElementById('next');
  var state = { status: 'all', text: '', sort: 'status', dir: 1, page: 0 };
  var open = Object.create(null);
  var view = [];

  for (var i = 0; i < tests.length; i++) {
    var t = tests[i];
    t.where = t.file ? (t.line ? t.file + ':' + t.line : t.file) : '';
    t.haystack = (t.title + '\n' + t.where + '\n' + (t.message || '')).toLowerCase();
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function duration(ms) {
    if (ms < 1000) return Math.round(ms) + ' ms';
    var s = ms / 1000;
    if (s < 60) return s.toFixed(1) + ' s';
    var m = Math.floor(s / 60);
    if (m < 60) return m + ' min ' + String(Math.floor(s % 60)).padStart(2, '0') + ' s';
    return Math.floor(m / 60) + ' h ' + String(m % 60).padStart(2, '0') + ' min';
  }

  function compare(a, b) {
    var d = 0;
    if (state.sort === 'status') d = ORDER[a.outcome] - ORDER[b.outcome];
    else if (state.sort === 'duration') d = a.durationMs - b.durationMs;
    else if (state.sort === 'title') d = a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
    else if (state.sort === 'where') d = a.where < b.where ? -1 : a.where > b.where ? 1 : 0;
    return d * state.dir || a.index - b.index;
  }

  function refresh() {
    var needle = state.text.trim().toLowerCase();
    view = tests.filter(function (t) {
      return (state.status === 'all' || t.outcome === state.status) && (!needle || t.haystack.indexOf(needle) >= 0);
    });
    view.sort(compare);
    state.page = 0;
    render();
  }

  function historyCell(history) {
    var cell = el('td', 'history');
    for (var i = 0; i < history.length; i++) {
      var square = el('span', 'sq s' + (history[i] === '-' ? 'N' : history[i]));
      square.setAttribute('title', (i === history.length - 1 ? 'this run: ' : '') + STATUS_NAMES[history[i]]);
      cell.appendChild(square);
    }
    return cell;
  }

  function detailsRow(t) {
    var row = el('tr', 'details');
    var cell = el('td');
    cell.colSpan = 5;
    if (t.category) cell.appendChild(el('div', 'category', t.category + (t.attempts > 1 ? ' · ' + t.attempts + ' attempts' : '')));
    // A trace that repeats the message (JUnit's element text) is shown once, as the message.
    var repeats = t.message && t.trace && t.trace.indexOf(t.message.split('\n')[0]) >= 0;
    if (t.message && !repeats) cell.appendChild(el('pre', 'message', t.message));
    if (t.trace) cell.appendChild(el('pre', repeats ? 'message trace' : 'trace', t.trace));
    if (!t.message && !t.trace) cell.appendChild(el('div', 'category', 'No failure details.'));
    row.appendChild(cell);
    return row;
  }

  // Links come checked from the page's author (https only); checked again before an href is set.
  function link(text, url) {
    if (!url || !/^https:\/\//.test(url)) return el('span', '', text);
    var a = el('a', '', text);
    a.href = url;
    a.rel = 'noreferrer';
    return a;
  }

  function whereCell(t) {
    var cell = el('td', 'where');
    if (t.where) cell.appendChild(link(t.where, t.fileUrl));
    if (t.shard) {
      cell.appendChild(document.createTextNode(t.where ? ' · ' : ''));
      cell.appendChild(link('shard ' + t.shard, t.shardUrl));
    }
    return cell;
  }

  function testRow(t) {
    var row = el('tr', 'row ' + t.outcome);
    row.appendChild(el('td', 'status', t.outcome));
    var name = el('td', 'title');
    var expandable = !!(t.message || t.trace);
    if (expandable) {
      var button = el('button', 'expand', t.title);
      button.type = 'button';
      button.setAttribute('aria-expanded', open[t.index] ? 'true' : 'false');
      button.addEventListener('click', function () {
        if (open[t.index]) delete open[t.index];
        else open[t.index] = true;
        render();
      });
      name.appendChild(button);
    } else {
      name.appendChild(el('span', '', t.title));
    }
    row.appendChild(name);
    row.appendChild(whereCell(t));
    row.appendChild(el('td', 'duration', duration(t.durationMs)));
    row.appendChild(historyCell(t.history));
    return row;
  }

  function render() {
    var pages = Math.max(1, Math.ceil(view.length / PAGE));
    if (state.page >= pages) state.page = pages - 1;
    var start = state.page * PAGE;
    var rows = view.slice(start, start + PAGE);
    var fragment = document.createDocumentFragment();
    rows.forEach(function (t) {
      fragment.appendChild(testRow(t));
      if (open[t.index]) fragment.appendChild(detailsRow(t));
    });
    if (rows.length === 0) {
      var empty = el('tr', 'empty');
      var cell = el('td', '', 'No tests match.');
      cell.colSpan = 5;
      empty.appendChild(cell);
      fragment.appendChild(empty);
    }
    body.replaceChildren(fragment);
    shown.textContent = view.length === 0
      ? '0 tests'
      : (start + 1).toLocaleString('en-US') + '–' + (start + rows.length).toLocaleString('en-US') + ' of ' +
        view.length.toLocaleString('en-US') + ' tests';
    prev.disabled = state.page === 0;
    next.disabled = state.page >= pages - 1;
    table.querySelectorAll('th[data-sort]').forEach(function (th) {
      var active = th.getAttribute('data-sort') === state.sort;
      th.setAttribute('aria-sort', active ? (state.dir > 0 ? 'ascending' : 'descending') : 'none');
    });
  }

  document.querySelectorAll('.chip[data-status]').forEach(function (chip) {
    chip.addEventListener('click', function () {
      state.status = chip.getAttribute('data-status');
      document.querySelectorAll('.chip[data-status]').forEach(function (c) {
        c.setAttribute('aria-pressed', c === chip ? 'true' : 'false');
      });
      refresh();
    });
  });
  table.querySelectorAll('th[data-sort]').forEach(function (th) {
    th.addEventListener('click', function () {
      var key = th.getAttribute('data-sort');
      state.dir = state.sort === key ? -state.dir : key === 'duration' ? -1 : 1;
      state.sort = key;
      refresh();
    });
  });
  var pending = 0;
  search.addEventListener('input', function () {
    clearTimeout(pending);
    pending = setTimeout(function () {
      state.text = search.value;
      refresh();
    }, 80);
  });
  prev.addEventListener('click', function () { state.page--; render(); });
  next.addEventListener('click', function () { state.page++; render(); });
  refresh();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;

;// CONCATENATED MODULE: ./src/render/html/escape-html.js
/**
 * Escaping for the HTML report. Server-rendered parts (summary, charts) escape every piece of text with
 * {@link escapeHtml}; the test data travels as JSON inside a `<script type="application/json">`, escaped by
 * {@link jsonForScript} so no test name can end the script element; the browser script then inserts it with
 * `textContent` only.
 */
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Escapes text for an HTML element's content or a quoted attribute value. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}
/**
 * JSON that is safe inside `<script type="application/json">`: `<`, `>` and `&` become `\u003c`, `\u003e`
 * and `\u0026` (so `</script>` and `<!--` cannot appear), and the line separators U+2028/U+2029 are escaped
 * too. `JSON.parse` of the element's text gives back the same value.
 */
function jsonForScript(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// EXTERNAL MODULE: ./src/render/safe-url.js
var safe_url = __webpack_require__(92729);
// EXTERNAL MODULE: ./src/render/view.js
var render_view = __webpack_require__(95645);
;// CONCATENATED MODULE: ./src/render/html/failures.js
/**
 * The HTML report's failures, server-rendered so each has an anchor (`#t-<id>`, {@link failureAnchor}) that
 * the PR comment's rows link to: per group, the tests with their location (linked to the code host at the
 * head commit), the shard that ran them (linked to its job's log), the message, and the commands that
 * re-run the group locally. Every text goes through escapeHtml; every link is a checked https URL. Pure.
 */





/** Characters of a failure's message shown here; the test table below has it all. */
const MESSAGE_CHARS = 2_000;
/** An `<a>` when `url` is a safe https URL, else the text alone. `text` is plain, escaped here. */
function failures_link(text, url, cls = '') {
    const safe = (0,safe_url/* safeHttpsUrl */.Wb)(url);
    const klass = cls ? ` class="${cls}"` : '';
    return safe !== undefined
        ? `<a${klass} href="${escapeHtml(safe)}" rel="noreferrer">${escapeHtml(text)}</a>`
        : `<span${klass}>${escapeHtml(text)}</span>`;
}
function shardText(shard) {
    return shard ? ` · ${failures_link(`shard ${shard.index}/${shard.total}`, shard.url, 'shard')}` : '';
}
function failureItem(failure, extra = '') {
    const where = failure.file !== undefined ? failures_link((0,format/* location */.C5)(failure.file, failure.line), failure.fileUrl, 'where') : '';
    const message = failure.message ?? failure.trace;
    return [
        `<li class="failure" id="${(0,render_view/* failureAnchor */.cf)(failure.id)}">`,
        `<span class="name">${escapeHtml(failure.title)}</span>`,
        `<span class="place">${where}${shardText(failure.shard)}${extra ? ` · ${escapeHtml(extra)}` : ''}</span>`,
        message !== undefined ? `<pre class="message">${escapeHtml((0,escape_markdown/* excerpt */.Kb)(message, MESSAGE_CHARS))}</pre>` : '',
        '</li>',
    ].join('');
}
function reproduce(lines) {
    if (!lines || lines.length === 0)
        return '';
    return `<details class="reproduce"><summary>Reproduce locally (from the repository root)</summary><pre>${escapeHtml(lines.join('\n'))}</pre></details>`;
}
function groupBlock(group) {
    return [
        '<div class="group">',
        `<h3>${escapeHtml(`${(0,format/* plural */.LS)(group.tests.length, 'test')} failed with: ${(0,escape_markdown/* excerpt */.Kb)(group.signature, 200)}`)} <span class="category">${escapeHtml(group.category)}</span></h3>`,
        reproduce(group.reproduce),
        `<ul>${group.tests.map((t) => failureItem(t)).join('')}</ul>`,
        '</div>',
    ].join('');
}
/** The failures section, or nothing when no test failed. */
function failures_renderFailures(view) {
    if (view.newFailures.length === 0 && view.stillFailing.length === 0)
        return '';
    const heading = view.delta ? 'New failures' : 'Failures';
    const still = view.stillFailing.length > 0
        ? `<div class="group"><h3>${escapeHtml(`Still failing (${view.stillFailing.length})`)}</h3><ul>${view.stillFailing
            .map((t) => failureItem(t, `failing for ${(0,format/* plural */.LS)(t.runsInARow, 'run')}`))
            .join('')}</ul></div>`
        : '';
    const groups = view.newFailures.map(groupBlock).join('');
    return `<section class="failures">${groups ? `<h2>${escapeHtml(heading)}</h2>${groups}` : ''}${still}</section>`;
}

;// CONCATENATED MODULE: ./src/render/html/styles.js
/**
 * The HTML report's stylesheet, inlined in the page. A calm, readable page: system fonts, one accent colour
 * per outcome (failed red, flaky amber, passed green, skipped grey), generous spacing, and a dark variant
 * that follows the reader's system setting.
 */
const STYLES = `
:root {
  --bg: #f6f7f9; --panel: #ffffff; --text: #1f2328; --muted: #656d76; --line: #d8dee4;
  --failed: #cf222e; --failed-bg: #ffebe9; --flaky: #bf8700; --flaky-bg: #fff8c5;
  --passed: #1a7f37; --passed-bg: #dafbe1; --skipped: #8c959f; --accent: #0969da; --setup: #afb8c1;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --panel: #161b22; --text: #e6edf3; --muted: #8d96a0; --line: #30363d;
    --failed: #f85149; --failed-bg: #3c1618; --flaky: #d29922; --flaky-bg: #3a2c0b;
    --passed: #3fb950; --passed-bg: #12301c; --skipped: #6e7681; --accent: #4493f8; --setup: #484f58;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text);
  font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 0 24px 48px; }
.banner { max-width: 1180px; margin: 0 auto; padding: 28px 24px 12px; }
.banner .brand { font-size: 12px; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); }
.banner h1 { margin: 2px 0 0; font-size: 28px; font-weight: 600; }
.banner.failed h1 { color: var(--failed); }
.banner.passed h1 { color: var(--passed); }
.banner.incomplete h1 { color: var(--flaky); }
.banner .meta { margin: 4px 0 0; color: var(--muted); }
a { color: var(--accent); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 12px; margin: 16px 0; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.card .value { font-size: 24px; font-weight: 600; font-variant-numeric: tabular-nums; }
.card .label { color: var(--muted); font-size: 13px; }
.card.failed .value { color: var(--failed); }
.card.flaky .value { color: var(--flaky); }
.card.passed .value { color: var(--passed); }
.card.muted .value { color: var(--muted); }
.note { margin: 6px 0; color: var(--muted); }
.note strong { color: var(--text); font-weight: 600; }
.note.warn { color: var(--flaky); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 300px), 1fr)); gap: 12px; margin: 16px 0; }
figure { margin: 0; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
figcaption { font-weight: 600; margin-bottom: 4px; }
.chart { width: 100%; height: auto; display: block; }
.chart .grid { stroke: var(--line); stroke-width: 1; }
.chart .axis { fill: var(--muted); font-size: 13px; }
.chart .line { fill: none; stroke: var(--accent); stroke-width: 2; }
.chart .dot { fill: var(--accent); }
.chart .dot.failed { fill: var(--failed); }
.chart .dot.current { stroke: var(--panel); stroke-width: 2; }
.chart .bar { fill: var(--accent); opacity: .45; }
.chart .bar.current { opacity: 1; }
.chart .setup { fill: var(--setup); }
.chart .actual { fill: var(--accent); }
.chart .actual.slowest { fill: var(--flaky); }
.chart .predicted { stroke: var(--text); stroke-width: 2; }
.chart .bound { stroke: var(--muted); stroke-dasharray: 4 3; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 8px 0 0; padding: 0; list-style: none;
  font-size: 12.5px; color: var(--muted); }
.legend li { display: flex; align-items: center; gap: 6px; }
.legend .key { display: inline-block; width: 14px; height: 10px; border-radius: 2px; }
.legend .key.setup { background: var(--setup); }
.legend .key.actual { background: var(--accent); }
.legend .key.actual.slowest { background: var(--flaky); }
.legend .key.predicted { width: 3px; height: 14px; border-radius: 0; background: var(--text); }
.legend .key.bound { width: 0; height: 14px; border-radius: 0; border-left: 2px dashed var(--muted); }
.changes { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 12px; margin: 16px 0; }
.change { background: var(--panel); border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 8px; padding: 10px 16px; }
.change.failed { border-left-color: var(--failed); }
.change.flaky { border-left-color: var(--flaky); }
.change.slower { border-left-color: var(--accent); }
.change.passed { border-left-color: var(--passed); }
.change h3 { margin: 0 0 6px; font-size: 14px; }
.change ul { margin: 0; padding: 0; list-style: none; }
.change li { padding: 4px 0; border-top: 1px solid var(--line); overflow-wrap: anywhere; }
.change li:first-child { border-top: 0; }
.change .name, .change .signature { display: block; }
.change .signature { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
.change .where, .change .extra { display: block; color: var(--muted); font-size: 12.5px; }
.change .more { color: var(--muted); }
.tests { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; margin-top: 16px; }
.toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 12px 16px; border-bottom: 1px solid var(--line); }
.toolbar h2 { font-size: 16px; margin: 0 8px 0 0; }
.chip { border: 1px solid var(--line); background: var(--bg); color: var(--text); border-radius: 999px; padding: 3px 12px; font: inherit; cursor: pointer; }
.chip[aria-pressed="true"] { background: var(--text); color: var(--panel); border-color: var(--text); }
.chip .n { color: inherit; opacity: .7; margin-left: 4px; font-variant-numeric: tabular-nums; }
#search { flex: 1; min-width: 200px; padding: 6px 10px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--text); font: inherit; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th { text-align: left; font-weight: 600; color: var(--muted); font-size: 12.5px; padding: 8px 12px; border-bottom: 1px solid var(--line); cursor: pointer; user-select: none; }
th[aria-sort="ascending"]::after { content: " ▲"; }
th[aria-sort="descending"]::after { content: " ▼"; }
td { padding: 6px 12px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }
col.c-status { width: 84px; } col.c-where { width: 26%; } col.c-duration { width: 92px; } col.c-history { width: 168px; }
td.status { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
tr.failed td.status { color: var(--failed); } tr.flaky td.status { color: var(--flaky); }
tr.passed td.status { color: var(--passed); } tr.skipped td.status { color: var(--skipped); }
td.where { color: var(--muted); font-size: 12.5px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
td.duration { font-variant-numeric: tabular-nums; text-align: right; }
.expand { all: unset; cursor: pointer; color: var(--text); }
.expand::before { content: "▸ "; color: var(--muted); }
.expand[aria-expanded="true"]::before { content: "▾ "; }
.expand:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
tr.details td { background: var(--bg); }
tr.details pre { margin: 6px 0; padding: 10px 12px; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; overflow: auto; max-height: 320px; white-space: pre-wrap; font-size: 12.5px; }
tr.details pre.message { border-left: 3px solid var(--failed); }
.category { color: var(--muted); font-size: 12.5px; }
.sq { display: inline-block; width: 7px; height: 12px; margin-right: 1px; border-radius: 1px; background: var(--line); }
.sq.sP { background: var(--passed); } .sq.sF { background: var(--failed); } .sq.sK { background: var(--flaky); }
.sq.sS { background: var(--skipped); opacity: .6; } .sq.sN { background: transparent; box-shadow: inset 0 0 0 1px var(--line); }
.sq:last-child { width: 9px; }
.pager { display: flex; align-items: center; justify-content: flex-end; gap: 8px; padding: 10px 16px; color: var(--muted); }
.pager button { border: 1px solid var(--line); background: var(--bg); color: var(--text); border-radius: 6px; padding: 3px 12px; font: inherit; cursor: pointer; }
.pager button:disabled { opacity: .4; cursor: default; }
.failures { background: var(--panel); border: 1px solid var(--line); border-left: 4px solid var(--failed); border-radius: 8px; margin-top: 16px; padding: 4px 16px 12px; }
.failures h2 { font-size: 16px; margin: 10px 0 4px; }
.failures h3 { font-size: 14px; margin: 12px 0 4px; overflow-wrap: anywhere; }
.failures ul { margin: 0; padding: 0; list-style: none; }
.failures li { padding: 6px 0; border-top: 1px solid var(--line); overflow-wrap: anywhere; }
.failures li:target { background: var(--failed-bg); }
.failures .name { display: block; font-weight: 600; }
.failures .place { display: block; color: var(--muted); font-size: 12.5px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.failures pre { margin: 6px 0 0; padding: 8px 10px; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; overflow: auto; max-height: 200px; white-space: pre-wrap; font-size: 12.5px; }
.failures details.reproduce summary { cursor: pointer; color: var(--accent); font-size: 13px; }
footer { color: var(--muted); font-size: 12px; margin-top: 24px; }
`;

;// CONCATENATED MODULE: ./src/render/html/charts.js
/**
 * The HTML report's charts as inline SVG, drawn here rather than by a charting library so the page stays one
 * self-contained file with no script to load: the pass rate and wall time over the last runs, and the shard
 * timeline (set-up, actual and predicted time per shard, with the lower bound). All text is escaped. Pure.
 */



/**
 * The charts' coordinate width, close to the width they are drawn at (one grid column, 300 to 380 px at any
 * window size), so the 13-unit axis labels render at 11 px or more even on a phone.
 */
const WIDTH = 360;
const HEIGHT = 180;
const PAD = { top: 14, right: 12, bottom: 30, left: 52 };
/** The unit axis labels use, chosen once per axis from its largest value so all its labels agree. */
function axisUnit(maxMs) {
    if (maxMs < 2000)
        return { suffix: 'ms', divisor: 1 };
    if (maxMs < 180_000)
        return { suffix: 's', divisor: 1000 };
    if (maxMs < 10_800_000)
        return { suffix: 'm', divisor: 60_000 };
    return { suffix: 'h', divisor: 3_600_000 };
}
/** Axis labels for durations up to `maxMs`: `850ms`, `45s`, `2.5m`, `1.2h`, all in the same unit. */
function axisDurations(maxMs) {
    const { suffix, divisor } = axisUnit(maxMs);
    return (ms) => {
        const value = ms / divisor;
        return `${value >= 10 || Number.isInteger(value) ? Math.round(value) : value.toFixed(1)}${suffix}`;
    };
}
function fmt(n) {
    return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
function svgOpen(label, width, height) {
    return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(label)}</title>`;
}
/**
 * X positions of `n` runs: the centres of `n` equal bands across the plot area, so the first and last
 * points (and a bar drawn around them) sit inside it, clear of the y-axis labels, also with two runs.
 */
function xs(n) {
    const inner = WIDTH - PAD.left - PAD.right;
    return Array.from({ length: n }, (_, i) => PAD.left + (inner * (i + 0.5)) / n);
}
/** Run labels under the x axis: the first, the last, and a few between, so they never overlap. */
function xLabels(points, positions) {
    const step = Math.max(1, Math.ceil(points.length / 8));
    return points
        .map((p, i) => i % step === 0 || i === points.length - 1
        ? `<text class="axis" x="${fmt(positions[i] ?? 0)}" y="${HEIGHT - 8}" text-anchor="middle">${escapeHtml(p.label)}</text>`
        : '')
        .join('');
}
function gridLine(y, label) {
    return `<line class="grid" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${fmt(y)}" y2="${fmt(y)}"/><text class="axis" x="${PAD.left - 6}" y="${fmt(y + 4)}" text-anchor="end">${escapeHtml(label)}</text>`;
}
/** Line chart of the pass rate over the runs, or undefined with fewer than two runs that ran tests. */
function passRateSvg(trend) {
    const points = trend.filter((p) => p.passRate !== null);
    if (points.length < 2)
        return undefined;
    const rates = points.map((p) => p.passRate * 100);
    const low = Math.max(0, Math.floor(((0,arrays/* minOf */._h)(rates, Infinity) - 1) / 5) * 5);
    const y = (rate) => PAD.top + ((100 - rate) / Math.max(1, 100 - low)) * (HEIGHT - PAD.top - PAD.bottom);
    const x = xs(points.length);
    const path = rates.map((r, i) => `${i === 0 ? 'M' : 'L'}${fmt(x[i] ?? 0)},${fmt(y(r))}`).join(' ');
    const dots = points
        .map((p, i) => {
        const cls = p.current ? 'dot current' : p.failed > 0 ? 'dot failed' : 'dot';
        const tip = `${p.label}: ${(rates[i] ?? 0).toFixed(1)}% passed, ${p.failed} failed`;
        return `<circle class="${cls}" cx="${fmt(x[i] ?? 0)}" cy="${fmt(y(rates[i] ?? 0))}" r="${p.current ? 5 : 3.5}"><title>${escapeHtml(tip)}</title></circle>`;
    })
        .join('');
    const mid = (low + 100) / 2;
    return [
        svgOpen('Pass rate over the last runs', WIDTH, HEIGHT),
        gridLine(y(100), '100%'),
        gridLine(y(mid), `${fmt(mid)}%`),
        gridLine(y(low), `${low}%`),
        `<path class="line" d="${path}"/>`,
        dots,
        xLabels(points, x),
        '</svg>',
    ].join('');
}
/** Bar chart of the wall time over the runs, or undefined with fewer than two known times. */
function wallTimeSvg(trend) {
    const points = trend.filter((p) => p.wallMs !== null);
    if (points.length < 2)
        return undefined;
    const max = (0,arrays/* maxOf */._)(points.map((p) => p.wallMs), -Infinity) * 1.1;
    const label = axisDurations(max);
    const plotHeight = HEIGHT - PAD.top - PAD.bottom;
    const x = xs(points.length);
    const inner = WIDTH - PAD.left - PAD.right;
    const barWidth = Math.max(3, Math.min(32, (inner / points.length) * 0.6));
    const bars = points
        .map((p, i) => {
        const h = (p.wallMs / max) * plotHeight;
        const cls = p.current ? 'bar current' : 'bar';
        const tip = `${p.label}: ${(0,format/* formatDuration */.a3)(p.wallMs)}`;
        return `<rect class="${cls}" x="${fmt((x[i] ?? 0) - barWidth / 2)}" y="${fmt(PAD.top + plotHeight - h)}" width="${fmt(barWidth)}" height="${fmt(h)}" rx="2"><title>${escapeHtml(tip)}</title></rect>`;
    })
        .join('');
    return [
        svgOpen('Wall time over the last runs', WIDTH, HEIGHT),
        gridLine(PAD.top, label(max)),
        gridLine(PAD.top + plotHeight / 2, label(max / 2)),
        gridLine(PAD.top + plotHeight, label(0)),
        bars,
        xLabels(points, x),
        '</svg>',
    ].join('');
}
/**
 * The shard timeline: one row per shard with its set-up (grey), its actual test time (blue; the slowest in
 * amber) and a tick where the plan predicted it would end; a dashed line marks the lower bound.
 */
function shardTimelineSvg(shards) {
    const rows = shards.shards.filter((s) => s.actualMs !== null || s.predictedMs !== null);
    if (rows.length === 0)
        return undefined;
    const rowHeight = 24;
    const left = 74;
    const right = 14;
    const top = 12;
    const height = top + rows.length * rowHeight + 32;
    const ends = rows.map((s) => (s.setupMs ?? 0) + Math.max(s.actualMs ?? 0, s.predictedMs ?? 0));
    const span = Math.max(1, ...ends, (shards.lowerBoundMs ?? 0) * 1.02) * 1.05;
    const scale = (ms) => left + (ms / span) * (WIDTH - left - right);
    const slowest = (0,arrays/* maxOf */._)(rows.map((s) => s.actualMs ?? 0), -Infinity);
    const parts = [svgOpen('Shard timeline: set-up, actual and predicted time', WIDTH, height)];
    rows.forEach((s, i) => {
        const y = top + i * rowHeight;
        const setup = s.setupMs ?? 0;
        parts.push(`<text class="axis" x="${left - 8}" y="${y + 16}" text-anchor="end">Shard ${s.index}</text>`);
        if (setup > 0)
            parts.push(`<rect class="setup" x="${fmt(scale(0))}" y="${y + 4}" width="${fmt(scale(setup) - scale(0))}" height="14" rx="2"><title>${escapeHtml(`Shard ${s.index} set-up: ${(0,format/* formatDuration */.a3)(setup)}`)}</title></rect>`);
        if (s.actualMs !== null)
            parts.push(`<rect class="${s.actualMs === slowest ? 'actual slowest' : 'actual'}" x="${fmt(scale(setup))}" y="${y + 4}" width="${fmt(Math.max(1, scale(setup + s.actualMs) - scale(setup)))}" height="14" rx="2"><title>${escapeHtml(`Shard ${s.index}: ${(0,format/* formatDuration */.a3)(s.actualMs)}${s.predictedMs !== null ? ` (predicted ${(0,format/* formatDuration */.a3)(s.predictedMs)})` : ''}`)}</title></rect>`);
        if (s.predictedMs !== null) {
            const px = fmt(scale(setup + s.predictedMs));
            parts.push(`<line class="predicted" x1="${px}" x2="${px}" y1="${y + 1}" y2="${y + 21}"/>`);
        }
    });
    const axisY = top + rows.length * rowHeight + 4;
    if (shards.lowerBoundMs !== null) {
        const lx = fmt(scale(shards.lowerBoundMs));
        parts.push(`<line class="bound" x1="${lx}" x2="${lx}" y1="${top}" y2="${axisY}"><title>${escapeHtml(`Lower bound: ${(0,format/* formatDuration */.a3)(shards.lowerBoundMs)}`)}</title></line>`);
    }
    const tick = axisDurations(span);
    for (let t = 0; t <= 4; t++) {
        const ms = (span * t) / 4;
        parts.push(`<text class="axis" x="${fmt(scale(ms))}" y="${axisY + 20}" text-anchor="${t === 0 ? 'start' : t === 4 ? 'end' : 'middle'}">${escapeHtml(tick(ms))}</text>`);
    }
    parts.push('</svg>');
    return parts.join('');
}
/**
 * The key to the shard timeline's marks and colours, as HTML under the chart (it wraps on a narrow
 * screen, where a legend inside the SVG would shrink with it): only the marks the chart draws.
 */
function shardLegendHtml(shards) {
    const rows = shards.shards.filter((s) => s.actualMs !== null || s.predictedMs !== null);
    if (rows.length === 0)
        return '';
    const items = [];
    if (rows.some((s) => (s.setupMs ?? 0) > 0))
        items.push(['setup', 'set-up']);
    if (rows.some((s) => s.actualMs !== null))
        items.push(['actual', 'test time'], ['actual slowest', 'slowest shard']);
    if (rows.some((s) => s.predictedMs !== null))
        items.push(['predicted', 'predicted end']);
    if (shards.lowerBoundMs !== null)
        items.push(['bound', 'lower bound']);
    const entries = items
        .map(([cls, label]) => `<li><span class="key ${cls}" aria-hidden="true"></span>${escapeHtml(label)}</li>`)
        .join('');
    return `<ul class="legend" aria-label="Legend">${entries}</ul>`;
}

// EXTERNAL MODULE: ./src/render/reuse-text.js
var reuse_text = __webpack_require__(79368);
// EXTERNAL MODULE: ./src/render/failure-text.js
var failure_text = __webpack_require__(46038);
;// CONCATENATED MODULE: ./src/render/html/summary.js
/**
 * The server-rendered top of the HTML report: verdict, count cards, the delta against the baseline, the
 * charts, and what changed (new failures by cluster, still failing, flaky, slower, fixed). Every piece of
 * text goes through escapeHtml. Pure.
 */







/** Entries listed per "what changed" list; the table below has them all. */
const LIST_LIMIT = 5;
function count(n) {
    return n.toLocaleString('en-US');
}
function card(label, value, cls = '') {
    return `<div class="card ${cls}"><div class="value">${escapeHtml(value)}</div><div class="label">${escapeHtml(label)}</div></div>`;
}
function signed(n) {
    return n > 0 ? `+${count(n)}` : n < 0 ? `−${count(-n)}` : '±0';
}
/** The verdict banner. */
function renderBanner(view) {
    const s = view.summary;
    const verdict = view.status === 'failed'
        ? `${count(s.failed)} failed`
        : view.status === 'incomplete'
            ? 'Incomplete'
            : 'All tests passed';
    const when = view.generatedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
    const full = (0,safe_url/* safeHttpUrl */.vH)(view.links.run);
    const run = full ? ` · <a href="${escapeHtml(full)}" rel="noreferrer">CI run</a>` : '';
    return `<header class="banner ${view.status}"><div class="brand">Tessera</div><h1>${escapeHtml(verdict)}</h1><p class="meta">${escapeHtml(`${(0,format/* plural */.LS)(s.tests, 'test')}${view.rerun ? ` · ${(0,render_view/* rerunText */.o6)(view.rerun)}` : ''} · report of ${when}`)}${run}</p></header>`;
}
/** Count cards: tests by outcome, wall time, shards. */
function renderCards(view) {
    const s = view.summary;
    const cards = [
        card('failed', count(s.failed), s.failed > 0 ? 'failed' : 'muted'),
        card('flaky', count(s.flaky), s.flaky > 0 ? 'flaky' : 'muted'),
        card('passed', count(s.passed), 'passed'),
        card('skipped', count(s.skipped), 'muted'),
        card(s.wallMs !== null ? 'wall time' : 'test time', (0,format/* formatDuration */.a3)(s.wallMs ?? s.durationMs)),
    ];
    const shards = view.shards;
    if (shards) {
        const n = shards.expected ?? shards.present;
        cards.push(card(shards.balance !== null ? `shards · ${Math.round(shards.balance * 100)}% balanced` : 'shards', String(n), shards.missing.length > 0 ? 'failed' : ''));
    }
    return `<section class="cards">${cards.join('')}</section>`;
}
/** The line comparing with the baseline, and warnings about an incomplete run. */
function renderNotes(view) {
    const notes = [];
    const d = view.delta;
    if (d) {
        const against = (0,format/* baselineName */.Ri)(d);
        const moves = [
            d.failed !== 0 ? `${signed(d.failed)} failed` : '',
            d.flaky !== 0 ? `${signed(d.flaky)} flaky` : '',
            d.passed !== 0 ? `${signed(d.passed)} passed` : '',
            d.added > 0 ? `${count(d.added)} added` : '',
            d.removed > 0 ? `${count(d.removed)} removed` : '',
            d.wallMs !== null && d.wallMs !== 0
                ? `wall time ${d.wallMs > 0 ? '+' : '−'}${(0,format/* formatDuration */.a3)(Math.abs(d.wallMs))}`
                : '',
        ].filter((m) => m.length > 0);
        notes.push(`<p class="note">Compared with <strong>${escapeHtml(against)}</strong>: ${escapeHtml(moves.length > 0 ? moves.join(' · ') : 'no change in counts')}</p>`);
    }
    const shards = view.shards;
    if (shards && shards.missing.length > 0)
        notes.push(`<p class="note warn">Missing shards: ${escapeHtml(shards.missing.join(', '))}. Their tests are not in this report.</p>`);
    const idle = shards?.emptyByPlan ?? [];
    if (idle.length > 0)
        notes.push(`<p class="note">${escapeHtml(`${idle.length === 1 ? 'Shard' : 'Shards'} ${idle.join(', ')} had nothing to run by plan: not missing, no job needed.`)}</p>`);
    const notRun = view.notRun ?? [];
    if (notRun.length > 0)
        notes.push(`<p class="note warn">${escapeHtml((0,format/* plural */.LS)(notRun.length, 'file'))} not run (bailed after <code>${escapeHtml(notRun[0]?.after ?? '')}</code>, --bail): ` +
            `${notRun
                .slice(0, 50)
                .map((n) => `<code>${escapeHtml(n.file)}</code>`)
                .join(', ')}${notRun.length > 50 ? ` and ${count(notRun.length - 50)} more` : ''}</p>`);
    for (const u of view.unreadable)
        notes.push(`<p class="note warn">Could not read <code>${escapeHtml((0,format/* location */.C5)(u.file, u.line, u.column))}</code>: ${escapeHtml(u.message)}</p>`);
    if (view.reuse) {
        const files = view.reuse.files
            .map((f) => `<li><code>${escapeHtml(f.file)}</code> reused from <code>${escapeHtml((0,reuse_text/* reusedFrom */.$)(f))}</code> (${escapeHtml((0,format/* plural */.LS)(f.tests, 'test'))})</li>`)
            .join('');
        notes.push(`<details class="note"><summary>Reused: ${escapeHtml((0,reuse_text/* reuseLine */.v)(view.reuse))}</summary><ul>${files}</ul></details>`);
    }
    if (shards && shards.makespanMs !== null) {
        const parts = [`slowest shard ${(0,format/* formatDuration */.a3)(shards.makespanMs)}`];
        if (shards.predictedMakespanMs !== null)
            parts.push(`predicted ${(0,format/* formatDuration */.a3)(shards.predictedMakespanMs)}`);
        if (shards.lowerBoundMs !== null)
            parts.push(`lower bound ${(0,format/* formatDuration */.a3)(shards.lowerBoundMs)}`);
        if (shards.queuedBatches !== undefined)
            parts.push(`balanced at run time: ${shards.queuedBatches} batches taken from one queue`);
        notes.push(`<p class="note">${escapeHtml(parts.join(' · '))}</p>`);
    }
    return notes.join('');
}
function figure(caption, svg, legend = '') {
    return svg === undefined
        ? ''
        : `<figure><figcaption>${escapeHtml(caption)}</figcaption>${svg}${legend}</figure>`;
}
/** The charts row, or nothing when there is nothing to draw. */
function renderCharts(view) {
    const figures = [
        figure('Pass rate', passRateSvg(view.trend)),
        figure('Wall time', wallTimeSvg(view.trend)),
        figure('Shards', view.shards ? shardTimelineSvg(view.shards) : undefined, view.shards ? shardLegendHtml(view.shards) : ''),
    ].join('');
    return figures.length > 0 ? `<section class="charts">${figures}</section>` : '';
}
function refItem(ref, extra = '') {
    const where = ref.file !== undefined ? `<span class="where">${escapeHtml((0,format/* location */.C5)(ref.file, ref.line))}</span>` : '';
    return `<li><span class="name">${escapeHtml(ref.title)}</span>${where}${extra ? `<span class="extra">${escapeHtml(extra)}</span>` : ''}</li>`;
}
/** A "what changed" list; `hidden` says how many entries the list leaves out. */
function changeList(title, cls, items, total, hidden) {
    if (total === 0)
        return '';
    const more = hidden > 0 ? `<li class="more">${escapeHtml(`${count(hidden)} more in the table below`)}</li>` : '';
    return `<div class="change ${cls}"><h3>${escapeHtml(`${title} (${count(total)})`)}</h3><ul>${items.join('')}${more}</ul></div>`;
}
/** "What changed": new failures by cluster, still failing, flaky, slower, fixed. */
function renderChanges(view) {
    const groups = view.newFailures.slice(0, LIST_LIMIT).map((g) => {
        const first = g.tests[0];
        const extra = g.tests.length > 1 ? `and ${count(g.tests.length - 1)} more` : '';
        // The real message of the first test; the normalised signature only groups the cluster.
        const headline = (0,failure_text/* failureHeadline */.N)(first?.message ?? g.example) || g.signature;
        return `<li><span class="signature">${escapeHtml(headline)}</span>${first ? `<span class="where">${escapeHtml(first.title)}${first.file ? ` · ${escapeHtml((0,format/* location */.C5)(first.file, first.line))}` : ''}</span>` : ''}${extra ? `<span class="extra">${escapeHtml(extra)}</span>` : ''}</li>`;
    });
    const newTotal = view.newFailures.reduce((n, g) => n + g.tests.length, 0);
    const listedTotal = view.newFailures.slice(0, LIST_LIMIT).reduce((n, g) => n + g.tests.length, 0);
    const lists = [
        changeList(view.delta ? 'New failures' : 'Failures', 'failed', groups, newTotal, newTotal - listedTotal),
        changeList('Still failing', 'failed', view.stillFailing
            .slice(0, LIST_LIMIT)
            .map((t) => refItem(t, `${(0,format/* plural */.LS)(t.runsInARow, 'run')} in a row`)), view.stillFailing.length, view.stillFailing.length - LIST_LIMIT),
        changeList('Flaky', 'flaky', view.flaky.slice(0, LIST_LIMIT).map((t) => refItem(t, `score ${t.score.toFixed(2)} · ${t.evidence}`)), view.flaky.length, view.flaky.length - LIST_LIMIT),
        changeList('Slower', 'slower', view.slower
            .slice(0, LIST_LIMIT)
            .map((t) => refItem(t, `${(0,format/* formatDuration */.a3)(t.baselineMs)} → ${(0,format/* formatDuration */.a3)(t.currentMs)}`)), view.slower.length, view.slower.length - LIST_LIMIT),
        changeList('Fixed', 'passed', view.fixed.slice(0, LIST_LIMIT).map((t) => refItem(t)), view.fixed.length, view.fixed.length - LIST_LIMIT),
    ].join('');
    return lists.length > 0 ? `<section class="changes">${lists}</section>` : '';
}

;// CONCATENATED MODULE: ./src/render/html/render-html.js
/**
 * The HTML report: one self-contained file that makes no network request. Styles and the table script are
 * inline, the charts are inline SVG, and the tests travel as JSON in a `<script type="application/json">`
 * (escaped so no test name can end it). A Content-Security-Policy forbids any fetch and any script but the
 * page's own, so even a mistake could neither load anything nor run injected script. Pure.
 */







/**
 * No network, no plugins, no frames. Only the page's own script runs: it is allowed by its SHA-256 hash,
 * which also forbids inline event handlers, so even text that became markup by mistake could not run.
 */
const CONTENT_SECURITY_POLICY = [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `script-src 'sha256-${(0,external_node_crypto_.createHash)('sha256').update(CLIENT_SCRIPT).digest('base64')}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
].join('; ');
const STATUS_OF_OUTCOME = {
    passed: 'P',
    failed: 'F',
    flaky: 'K',
    skipped: 'S',
};
function pageTest(t) {
    return {
        t: t.title,
        ...(t.file !== undefined ? { f: t.file } : {}),
        ...(t.line !== undefined ? { l: t.line } : {}),
        d: Math.round(t.durationMs),
        ...(t.attempts > 1 ? { a: t.attempts } : {}),
        // The last status is this run's: set from the outcome, so the page can never disagree with it.
        h: t.history.slice(0, -1) + STATUS_OF_OUTCOME[t.outcome],
        ...(t.category !== undefined ? { c: t.category } : {}),
        ...(t.message !== undefined ? { m: t.message } : {}),
        ...(t.trace !== undefined ? { s: t.trace } : {}),
        ...linksOf(t),
    };
}
/** A row's links, checked here so the page's script only ever sets an https `href`. */
function linksOf(t) {
    const u = (0,safe_url/* safeHttpsUrl */.Wb)(t.fileUrl);
    const k = (0,safe_url/* safeHttpsUrl */.Wb)(t.shard?.url);
    return {
        ...(u !== undefined ? { u } : {}),
        ...(t.shard ? { j: `${t.shard.index}/${t.shard.total}` } : {}),
        ...(k !== undefined ? { k } : {}),
    };
}
function chip(status, label, n, pressed) {
    return `<button type="button" class="chip" data-status="${status}" aria-pressed="${pressed}">${escapeHtml(label)}<span class="n">${n.toLocaleString('en-US')}</span></button>`;
}
function testsSection(view) {
    const s = view.summary;
    const chips = [
        chip('all', 'All', s.tests, true),
        chip('failed', 'Failed', s.failed, false),
        chip('flaky', 'Flaky', s.flaky, false),
        chip('passed', 'Passed', s.passed, false),
        chip('skipped', 'Skipped', s.skipped, false),
    ].join('');
    return [
        '<section class="tests">',
        `<div class="toolbar"><h2>Tests</h2>${chips}<input id="search" type="search" placeholder="Filter by name, file or message" aria-label="Filter tests"></div>`,
        '<table id="tests"><colgroup><col class="c-status"><col class="c-title"><col class="c-where"><col class="c-duration"><col class="c-history"></colgroup>',
        '<thead><tr><th data-sort="status" scope="col">Status</th><th data-sort="title" scope="col">Test</th><th data-sort="where" scope="col">Location</th><th data-sort="duration" scope="col" style="text-align:right">Duration</th><th scope="col">History</th></tr></thead>',
        '<tbody></tbody></table>',
        '<div class="pager"><span id="shown"></span><button type="button" id="prev">Previous</button><button type="button" id="next">Next</button></div>',
        '</section>',
    ].join('');
}
/** Renders the HTML report of a run. */
function renderHtmlReport(view) {
    const s = view.summary;
    const title = s.failed > 0 ? `${s.failed} failed · Tessera report` : 'Tessera report';
    const data = jsonForScript({ tests: view.tests.map(pageTest) });
    return [
        '<!doctype html>',
        '<html lang="en"><head><meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        `<title>${escapeHtml(title)}</title>`,
        `<style>${STYLES}</style></head><body>`,
        renderBanner(view),
        '<main>',
        renderCards(view),
        renderNotes(view),
        renderCharts(view),
        renderChanges(view),
        failures_renderFailures(view),
        testsSection(view),
        `<footer>Generated by Tessera at ${escapeHtml(view.generatedAt)}.</footer>`,
        '</main>',
        `<script type="application/json" id="tessera-data">${data}</script>`,
        `<script>${CLIENT_SCRIPT}</script>`,
        '</body></html>',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/render/html/index.js



;// CONCATENATED MODULE: ./src/report/write-rendered.js




/** The label each output has in the console summary. */
const RENDERED_LABELS = {
    markdown: 'PR comment (markdown)',
    summary: 'Job summary',
    html: 'HTML report',
};
/** Renders one output. */
function renderOutput(kind, view, options = {}) {
    const markerKey = options.markerKey !== undefined ? { markerKey: options.markerKey } : {};
    switch (kind) {
        case 'markdown':
            return (0,render_comment/* renderComment */.w)(view, { budget: options.budget ?? budget/* GITHUB_COMMENT_BUDGET */.i8, ...markerKey }).markdown;
        case 'summary':
            return (0,render_comment/* renderJobSummary */.q)(view, markerKey).markdown;
        case 'html':
            return renderHtmlReport(view);
    }
}
/** Writes every requested rendered output, in a fixed order, and returns what was written. */
async function writeRendered(view, targets, stdout, options = {}) {
    const written = [];
    for (const kind of ['markdown', 'summary', 'html']) {
        const path = targets[kind];
        if (path === undefined)
            continue;
        const text = renderOutput(kind, view, options);
        if (path === '-') {
            stdout.write(text);
        }
        else {
            try {
                await (0,atomic_write/* writeFileAtomic */.Zf)(path, text);
            }
            catch (cause) {
                const code = cause.code;
                if (code === undefined)
                    throw cause;
                throw new model/* UsageError */.eb(`cannot write the ${RENDERED_LABELS[kind]} to '${path}' (${code})`, 'Choose a path in a folder you can write to.', { cause });
            }
        }
        written.push({ kind, path });
    }
    return written;
}

;// CONCATENATED MODULE: ./src/report/complete-report.js










/** Compares, renders, writes and records one run. */
async function completeReport(built, facts, options) {
    const loading = options.history ? (options.historyLoad ?? (0,history_target/* loadHistories */.Pm)(options.history)) : undefined;
    if (loading) {
        // While the history is gunzipped on the thread pool: what the comparison and the update will read off
        // the run's 100,000 tests (both are computed once and remembered, so this only moves the work here).
        (0,run_columns/* runColumns */.H)(facts.tests);
        recordFiles(facts);
    }
    const loaded = loading ? await loading : { warnings: [] };
    for (const warning of loaded.warnings)
        options.stderr.write(`tessera: warning: ${warning}\n`);
    // The updated history depends on the run alone (the trend fields are not recorded; `withTrend` keeps the
    // summary), so it is computed first and gzipped on the thread pool while the comparison and the outputs
    // below run: at 100,000 tests the gzip alone takes about a quarter of a second. It is still saved last, and
    // a failure here is only raised there, after every output is written.
    const record = options.history ? runRecordOf(built, facts) : undefined;
    const pendingUpdate = options.history && record ? (0,history_update/* updateHistoryDetailedAsync */.SE)(loaded.own, record) : undefined;
    // Awaited below; without this, an output that fails to write would leave the rejection unhandled.
    pendingUpdate?.catch(() => undefined);
    const analysis = analyseRun({
        tests: facts.tests,
        // The same per-file times the history records, so file slow-downs compare like with like.
        files: recordFiles(facts),
        ...(facts.run.sha !== undefined ? { sha: facts.run.sha } : {}),
        ...(loaded.baseline ? { baseline: loaded.baseline } : {}),
        ...(loaded.own ? { ownHistory: loaded.own } : {}),
        failOn: options.failOn ?? 'failures',
        ...(options.quarantine ? { quarantine: options.quarantine } : {}),
        ...(options.regression ? { regression: options.regression } : {}),
    });
    const report = withTrend(built, analysis);
    // The machine outputs never include the plain markdown: `--markdown` is the rich comment now.
    const machine = { ...options.outputs };
    delete machine.markdown;
    const written = (await writeOutputs(report, machine, { stdout: options.stdout })).map((w) => ({
        label: OUTPUT_LABELS[w.kind],
        path: w.path,
    }));
    // `outputs.markdown` (callers from before the rich comment, e.g. `tessera run --markdown`) is the comment.
    const rendered = {
        ...(options.outputs.markdown !== undefined ? { markdown: options.outputs.markdown } : {}),
        ...options.rendered,
    };
    if (Object.keys(rendered).length > 0 || options.publish) {
        // The view takes the baseline as loaded, before this run is added.
        const view = buildReportView(report, analysis, loaded.baseline, {
            ...(options.viewShards ? { shards: options.viewShards } : {}),
            ...(options.source ? { source: options.source } : {}),
            ...(options.htmlReportUrl !== undefined ? { links: { htmlReport: options.htmlReportUrl } } : {}),
        });
        for (const w of await writeRendered(view, rendered, options.stdout, options.render))
            written.push({ label: RENDERED_LABELS[w.kind], path: w.path });
        if (options.publish)
            (0,arrays/* appendAll */.u2)(written, await options.publish({ report, analysis, view }));
    }
    if (options.history && pendingUpdate) {
        const update = await pendingUpdate;
        const cap = update.sizeCap;
        if (cap.droppedAbsent > 0 || cap.droppedCurrent > 0 || cap.windowCutTo !== undefined)
            options.stderr.write(`tessera: warning: the history was trimmed to its size cap (${cap.droppedAbsent} absent and ` +
                `${cap.droppedCurrent} current tests dropped${cap.windowCutTo !== undefined ? `, windows cut to ${cap.windowCutTo}` : ''})\n`);
        // Another report may have saved this history since it was loaded: this run is then added to that.
        const { where, doc } = await (0,history_target/* saveHistoryMerged */.qm)(options.history, loaded.own, update.doc, async (current) => (await (0,history_update/* updateHistoryDetailedAsync */.SE)(current, record)).doc);
        written.push({
            label: `History (${doc.runs.length} ${doc.runs.length === 1 ? 'run' : 'runs'})`,
            path: where,
        });
    }
    return { report, analysis, written: written.filter((w) => w.path !== '-') };
}


/***/ }),

/***/ 68940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pm: () => (/* binding */ loadHistories),
  qm: () => (/* binding */ saveHistoryMerged)
});

// UNUSED EXPORTS: saveHistory

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/history/codec.js + 1 modules
var codec = __webpack_require__(20738);
// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
// EXTERNAL MODULE: ./src/model/atomic-write.js
var atomic_write = __webpack_require__(91636);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/model/errors.js
var errors = __webpack_require__(29760);
;// CONCATENATED MODULE: ./src/history/file-lock.js
/**
 * A lock file that serialises the read-modify-write of one local history: reports that finish at the same
 * time (the matrix's report and a re-run, twelve local runs) each re-read the history under the lock and add
 * their run to what is there, so no run is lost. `<path>.lock` is created exclusively (`wx`); a lock older
 * than {@link LockOptions.staleMs} is one whose holder died, and is broken.
 */




const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
/**
 * Runs `work` while holding `<path>.lock`, and removes the lock afterwards (also when `work` throws).
 *
 * @throws TesseraError when the lock is still held by a live holder after `timeoutMs`
 */
async function withFileLock(path, work, options = {}) {
    const lock = `${path}.lock`;
    const staleMs = options.staleMs ?? 60_000;
    const deadline = Date.now() + (options.timeoutMs ?? 120_000);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    for (let wait = 5;; wait = Math.min(wait * 2, 200)) {
        try {
            const handle = await (0,promises_.open)(lock, 'wx');
            await handle.writeFile(`${process.pid} ${new Date().toISOString()}\n`);
            await handle.close();
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        const age = await (0,promises_.stat)(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
        if (age > staleMs) {
            // Renamed away first: of several waiters that find it stale, one moves it, the others find it gone.
            const moved = `${lock}.stale.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
            await (0,promises_.rename)(lock, moved).then(() => (0,promises_.rm)(moved, { force: true }), () => undefined);
            continue;
        }
        if (Date.now() > deadline)
            throw new errors/* TesseraError */.Wc(`the history ${path} is locked by another report (${lock})`, `If no other report is running, delete ${lock}.`);
        // Jitter, so waiters do not retry in step.
        await sleep(wait + Math.random() * wait);
    }
    try {
        return await work();
    }
    finally {
        await (0,promises_.rm)(lock, { force: true });
    }
}

// EXTERNAL MODULE: ./src/history/local-store.js
var local_store = __webpack_require__(71233);
;// CONCATENATED MODULE: ./src/report/history-target.js
/**
 * Where `tessera report` reads its baseline and writes the updated history: one file (`--history`, written
 * back in place or to `--history-out`), or a {@link HistoryStore} keyed by branch (`--history-dir` with
 * `--branch`, and `--base-branch` for a pull request). I/O at the edge; a history that cannot be used is a
 * warning and a fresh history, never an exception that would lose the report.
 */






async function loadFile(path) {
    let bytes;
    try {
        // Read synchronously (a few MB, a few ms): the gunzip below then starts on the thread pool before this
        // returns its promise, so the caller's work until it awaits overlaps the decompression.
        bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { warnings: [] };
        return {
            warnings: [`${path}: the history cannot be read (${code ?? String(error)}); starting a fresh history`],
        };
    }
    const read = await (0,codec/* decodeHistoryAsync */.B5)(bytes);
    if (read.ok)
        return { doc: read.doc, warnings: [] };
    return { warnings: [`${path}: ${read.problem.message}; starting a fresh history`] };
}
/**
 * A store's load; a store that cannot be reached is a warning and no history too, so the report is still
 * made (the save afterwards will say what to check if the store is really down).
 */
async function loadBranch(store, branch) {
    try {
        return await store.load(branch);
    }
    catch (error) {
        if (!(error instanceof model/* TesseraError */.Wc))
            throw error;
        return {
            warnings: [
                `the history of branch ${JSON.stringify(branch)} cannot be loaded (${error.message}${error.hint !== undefined ? `; ${error.hint}` : ''}); starting a fresh history`,
            ],
        };
    }
}
/** Loads the baseline and the run's own history. */
async function loadHistories(target) {
    if (target.kind === 'file') {
        const { doc, warnings } = await loadFile(target.path);
        return { ...(doc ? { baseline: doc, own: doc } : {}), warnings };
    }
    if (target.baseBranch === undefined || target.baseBranch === target.branch) {
        const own = await loadBranch(target.store, target.branch);
        return { ...(own.doc ? { baseline: own.doc, own: own.doc } : {}), warnings: own.warnings };
    }
    // Both at once: their downloads and gunzips overlap.
    const [base, own] = await Promise.all([
        loadBranch(target.store, target.baseBranch),
        loadBranch(target.store, target.branch),
    ]);
    return {
        ...(base.doc ? { baseline: base.doc } : {}),
        ...(own.doc ? { own: own.doc } : {}),
        warnings: [...base.warnings, ...own.warnings],
    };
}
/** Writes a file atomically: a temporary file beside it, renamed over it. */
async function saveFile(path, doc) {
    try {
        await (0,atomic_write/* writeFileAtomic */.Zf)(path, (0,codec/* encodeHistory */.N2)(doc));
    }
    catch (cause) {
        const code = cause.code;
        if (code === undefined)
            throw cause;
        throw new model/* UsageError */.eb(`cannot write the history to '${path}' (${code})`, 'The report was written; choose a --history-out path in a folder you can write to.', { cause });
    }
}
/** Saves the updated history where the target says; returns where it went, for the summary. */
async function saveHistory(target, doc) {
    if (target.kind === 'file') {
        const path = target.out ?? target.path;
        await saveFile(path, doc);
        return path;
    }
    await target.store.save(target.branch, doc);
    return target.location ?? `history of branch ${JSON.stringify(target.branch)}`;
}
/** Whether two loads are of the same history: neither has a run the other lacks. */
function sameHistory(a, b) {
    if (!a || !b)
        return a === b;
    return a.runs.length === b.runs.length && a.runs.at(-1)?.seq === b.runs.at(-1)?.seq;
}
/**
 * Saves the run's history so that no run of a concurrent report is lost. For a local history (`--history`
 * in place, `--history-dir`), under a lock file (history/file-lock.ts): the history is read again, and
 * when another report saved since `loadedOwn` was read, `reapply` adds this run to what is there now;
 * otherwise `doc` (this run added to `loadedOwn`) is saved as it is. Other stores are replaced, as before.
 * Returns where it went and what was saved.
 */
async function saveHistoryMerged(target, loadedOwn, doc, reapply) {
    const merged = async (current) => sameHistory(current, loadedOwn) ? doc : reapply(current);
    if (target.kind === 'file' && (target.out === undefined || target.out === target.path)) {
        const path = target.path;
        return withFileLock(path, async () => {
            const saved = await merged((await loadFile(path)).doc);
            await saveFile(path, saved);
            return { where: path, doc: saved };
        });
    }
    if (target.kind === 'store' && target.store instanceof local_store/* LocalHistoryStore */.vn) {
        const store = target.store;
        return withFileLock(store.pathFor(target.branch), async () => {
            const saved = await merged((await store.load(target.branch)).doc);
            await store.save(target.branch, saved);
            return { where: target.location ?? store.pathFor(target.branch), doc: saved };
        });
    }
    return { where: await saveHistory(target, doc), doc };
}


/***/ }),

/***/ 39576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ describeUnreadable),
/* harmony export */   n0: () => (/* binding */ mergeResults)
/* harmony export */ });
/* unused harmony export foldById */
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74060);
/* harmony import */ var _model_arrays_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96545);
/**
 * Merges the results of many inputs into one run. Pure: reading files happens elsewhere.
 *
 * The same test id seen in several files (a retry written to a second file, a re-run shard, the same case in
 * two reports of one run) becomes one test whose attempts are all of them, so it counts once and a fail
 * followed by a pass is flaky. Unreadable inputs travel beside the good data: one corrupt file never hides
 * the tests of the others.
 */


/** Describes a ParseError as a report entry: file, position, and the reason without the file prefix. */
function describeUnreadable(source, error) {
    const file = error.file || source;
    // ParseError's message is `file[:line[:column]]: reason`; the entry keeps those apart.
    const where = [file, error.line, error.column].filter((part) => part !== undefined).join(':');
    const message = error.message.startsWith(`${where}: `)
        ? error.message.slice(where.length + 2)
        : error.message;
    return {
        file,
        ...(error.line !== undefined ? { line: error.line } : {}),
        ...(error.column !== undefined ? { column: error.column } : {}),
        message,
    };
}
/**
 * Folds tests with the same id into one whose attempts are all of theirs, in first-seen order. Same result
 * as the model's `foldTests`, but a test seen once (nearly all of them) is kept as the reader made it: no
 * copy and no second hash of its id, which matters at 100k tests.
 */
function foldById(tests) {
    const order = [];
    const index = new Map();
    const extra = new Map();
    for (const test of tests) {
        const at = index.get(test.id);
        if (at === undefined) {
            index.set(test.id, order.length);
            order.push(test);
            continue;
        }
        let attempts = extra.get(at);
        if (attempts === undefined) {
            attempts = [...order[at].attempts];
            extra.set(at, attempts);
        }
        (0,_model_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .appendAll */ .u2)(attempts, test.attempts);
    }
    for (const [at, attempts] of extra) {
        const first = order[at];
        const durationMs = attempts.reduce((sum, a) => sum + a.durationMs, 0);
        order[at] = { ...first, attempts, outcome: (0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .outcomeOf */ .sG)(attempts), durationMs };
    }
    return order;
}
/**
 * Merges input outcomes into one run. The order of `inputs` decides the order of tests and of attempts, so
 * callers pass them in a deterministic order (sorted paths, shard index).
 */
function mergeResults(inputs) {
    const read = [];
    const unreadable = [];
    const suites = [];
    const warnings = [];
    function* allTests() {
        for (const input of inputs) {
            if ('error' in input) {
                unreadable.push(describeUnreadable(input.source, input.error));
                continue;
            }
            const { results } = input;
            read.push({ file: input.source, format: results.format, tests: results.tests.length });
            for (const suite of results.suites)
                suites.push(suite);
            // Most readers name the file in their warnings already.
            for (const w of results.warnings)
                warnings.push(w.startsWith(`${input.source}:`) ? w : `${input.source}: ${w}`);
            yield* results.tests;
        }
    }
    const tests = foldById(allTests());
    return { tests, suites, read, unreadable, warnings };
}


/***/ }),

/***/ 37090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ renderWarnings)
/* harmony export */ });
/* unused harmony export MAX_PRINTED_WARNINGS */
/* harmony import */ var _render_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81250);
/**
 * The warnings of a report (readers' warnings: invalid UTF-8 replaced, a DOCTYPE dropped, times read as 0
 * or capped, names cut; shards' infrastructure failures), as `tessera: warning:` lines for stderr. They
 * quote untrusted text, so each is neutralised; a flood of them is bounded.
 */

/** Most warnings printed one by one; the rest are counted. */
const MAX_PRINTED_WARNINGS = 20;
/** The lines for `warnings` (empty string when there are none). */
function renderWarnings(warnings, max = MAX_PRINTED_WARNINGS) {
    const lines = warnings.slice(0, max).map((w) => `tessera: warning: ${(0,_render_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .neutraliseUntrustedLine */ .Jy)(w)}\n`);
    if (warnings.length > max)
        lines.push(`tessera: warning: …and ${warnings.length - max} more (the JSON report lists the inputs)\n`);
    return lines.join('');
}


/***/ }),

/***/ 35484:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Aj: () => (/* reexport */ REPORT_VERSION),
  MM: () => (/* binding */ parseReport)
});

// UNUSED EXPORTS: REPORT_KIND, reportSchema

// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(29143);
;// CONCATENATED MODULE: ./src/model/report.js
/**
 * The Report version this build writes and the newest it reads. Version 2: the comparison's lists hold
 * test references ({@link ReportTestRef}) instead of bare ids, so a consumer can name a removed test.
 */
const REPORT_VERSION = 2;

// EXTERNAL MODULE: ./src/model/versioned.js
var versioned = __webpack_require__(40962);
;// CONCATENATED MODULE: ./src/report/report-document.js
/**
 * The Report document (`tessera report --json`): the merged result of one run, versioned so later readers
 * (history, the PR comment, other tools) can trust its shape. DESIGN.md "Data contracts" is the source. The
 * types are in src/model/report.ts (the renderers read them without importing this layer); the schema and
 * the parser are here.
 */




/** Version rules for the Report document. */
const REPORT_KIND = { kind: 'report', current: REPORT_VERSION };
// Every FormatId, for the schema. The two checks below fail to compile when FormatId gains a member that is
// not listed here (or this lists one it does not have), so the schema cannot drift from the model.
const FORMAT_IDS = [
    'junit',
    'ctrf',
    'trx',
    'tap',
    'playwright-json',
    'jest-json',
    'mocha-json',
];
const allFormatsListed = true;
void allFormatsListed;
const count = schemas/* number */.aig().int().nonnegative();
const ms = schemas/* number */.aig().nonnegative();
const failureSchema = schemas/* object */.Ikc({
    category: schemas/* enum */.k5n(['assertion', 'error', 'timeout', 'crash']),
    message: schemas/* string */.YjP().optional(),
    type: schemas/* string */.YjP().optional(),
    trace: schemas/* string */.YjP().optional(),
});
const attemptSchema = schemas/* object */.Ikc({
    status: schemas/* enum */.k5n(['passed', 'failed', 'skipped']),
    durationMs: ms,
    failure: failureSchema.optional(),
    skipMessage: schemas/* string */.YjP().optional(),
    stdout: schemas/* string */.YjP().optional(),
    stderr: schemas/* string */.YjP().optional(),
});
const testSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().min(1),
    file: schemas/* string */.YjP().optional(),
    line: schemas/* number */.aig().int().positive().optional(),
    suite: schemas/* array */.YOg(schemas/* string */.YjP()),
    name: schemas/* string */.YjP(),
    project: schemas/* string */.YjP().optional(),
    outcome: schemas/* enum */.k5n(['passed', 'failed', 'skipped', 'flaky']),
    durationMs: ms,
    attempts: schemas/* array */.YOg(attemptSchema).min(1),
    shard: schemas/* number */.aig().int().positive().optional(),
    carriedFrom: schemas/* number */.aig().int().positive().optional(),
});
const testRefShape = {
    id: schemas/* string */.YjP().min(1),
    title: schemas/* string */.YjP(),
    suite: schemas/* array */.YOg(schemas/* string */.YjP()),
    name: schemas/* string */.YjP(),
    file: schemas/* string */.YjP().optional(),
    line: schemas/* number */.aig().int().positive().optional(),
    project: schemas/* string */.YjP().optional(),
};
const testRefSchema = schemas/* object */.Ikc(testRefShape);
/** Zod schema of the Report, version 2. Checked against the interfaces above at compile time. */
const reportSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(REPORT_VERSION),
    generatedAt: schemas/* string */.YjP(),
    summary: schemas/* object */.Ikc({
        tests: count.describe('Distinct tests (a test retried three times counts once). tests = passed + failed + skipped + flaky.'),
        passed: count.describe('Tests whose attempts all passed. Flaky tests are NOT included (runners count them as passed: passed + flaky is the runner\'s "passed").'),
        failed: count.describe('Tests whose every attempt that ran failed: assertion failures, errors, timeouts, cancelled tests, and suite-level errors (a file that failed to load, a hook that threw) counted as one failed test each.'),
        skipped: count.describe('Tests that did not run: skipped, pending, todo (also a todo whose body failed), xfail (an expected failure that failed), "did not run".'),
        flaky: count.describe('Tests that failed and passed in this run (a retry passed).'),
        durationMs: ms.describe("Sum of every attempt's duration: the machine time the tests cost."),
        wallMs: ms.nullable().describe('Wall-clock time of the run, or null when the inputs do not say.'),
    })
        .describe('Counts over distinct tests; see "Count convention" in the README.'),
    shards: schemas/* object */.Ikc({
        expected: count.nullable(),
        present: schemas/* array */.YOg(count),
        missing: schemas/* array */.YOg(count),
        duplicated: schemas/* array */.YOg(count),
        emptyByPlan: schemas/* array */.YOg(count).optional(),
        jobs: schemas/* array */.YOg(schemas/* object */.Ikc({
            index: schemas/* number */.aig().int().positive(),
            total: schemas/* number */.aig().int().positive(),
            url: schemas/* string */.YjP().optional(),
            command: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        }))
            .optional(),
    }),
    tests: schemas/* array */.YOg(testSchema),
    comparison: schemas/* object */.Ikc({
        baseline: schemas/* object */.Ikc({
            runId: schemas/* string */.YjP().optional(),
            sha: schemas/* string */.YjP().optional(),
            branch: schemas/* string */.YjP().optional(),
            at: schemas/* string */.YjP().optional(),
        }),
        newFailures: schemas/* array */.YOg(testRefSchema),
        fixed: schemas/* array */.YOg(testRefSchema),
        stillFailing: schemas/* array */.YOg(testRefSchema),
        added: schemas/* array */.YOg(testRefSchema),
        removed: schemas/* array */.YOg(testRefSchema),
        slower: schemas/* array */.YOg(schemas/* object */.Ikc({ ...testRefShape, baselineMs: ms, currentMs: ms })),
        clusters: schemas/* array */.YOg(schemas/* object */.Ikc({ signature: schemas/* string */.YjP(), tests: schemas/* array */.YOg(testRefSchema) })).optional(),
        quarantined: schemas/* array */.YOg(testRefSchema).optional(),
    })
        .nullable(),
    flaky: schemas/* array */.YOg(schemas/* object */.Ikc({
        id: schemas/* string */.YjP(),
        reason: schemas/* enum */.k5n(['retry', 'history']),
        failedAttempts: count,
        attempts: count,
        score: schemas/* number */.aig().min(0).max(1).optional(),
        quarantined: schemas/* boolean */.zMY().optional(),
    })),
    plan: schemas/* object */.Ikc({ predictedMakespanMs: ms, actualMakespanMs: ms, lowerBoundMs: ms }).nullable(),
    inputs: schemas/* object */.Ikc({
        read: schemas/* array */.YOg(schemas/* object */.Ikc({
            file: schemas/* string */.YjP(),
            format: schemas/* enum */.k5n(FORMAT_IDS),
            tests: count,
        })),
        unreadable: schemas/* array */.YOg(schemas/* object */.Ikc({
            file: schemas/* string */.YjP(),
            line: schemas/* number */.aig().int().optional(),
            column: schemas/* number */.aig().int().optional(),
            message: schemas/* string */.YjP(),
        })),
    }),
    reuse: schemas/* object */.Ikc({
        files: schemas/* array */.YOg(schemas/* object */.Ikc({
            file: schemas/* string */.YjP(),
            fromSha: schemas/* string */.YjP().nullable(),
            fromRun: count,
            tests: count,
            durationMs: ms,
        })),
        ranFiles: count,
        reusedTests: count,
        hitRate: schemas/* number */.aig().min(0).max(1),
        savedMs: ms,
        fullRun: schemas/* string */.YjP().optional(),
    })
        .optional(),
    notRun: schemas/* array */.YOg(schemas/* object */.Ikc({
        file: schemas/* string */.YjP(),
        shard: schemas/* number */.aig().int().positive(),
        after: schemas/* string */.YjP().describe('The failing file after which the run bailed (--bail).'),
    }))
        .optional()
        .describe('Files not run because the run bailed after a failing file (run --bail): neither skipped nor lost; they fail the run. Absent when nothing bailed.'),
    rerun: schemas/* object */.Ikc({
        attempt: schemas/* number */.aig().int().positive(),
        reran: count,
        tests: count,
        shards: schemas/* array */.YOg(schemas/* number */.aig().int().positive()),
    })
        .optional(),
});
/**
 * Validates a parsed Report document.
 *
 * @param doc parsed JSON
 * @param source where it came from, for messages
 * @throws VersionError when the report was written by a newer Tessera
 * @throws ParseError naming the first field that does not fit the schema
 */
function parseReport(doc, source) {
    return (0,versioned/* parseVersionedJson */.D)({ parsed: doc }, { ...REPORT_KIND, schema: reportSchema, hint: 'Regenerate it with `tessera report --json`.' }, source);
}


/***/ }),

/***/ 17988:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AU: () => (/* binding */ decideVerdict),
  DU: () => (/* binding */ explainsDecision),
  qi: () => (/* binding */ runReport),
  br: () => (/* binding */ startHistoryLoad),
  s_: () => (/* binding */ verdictReason)
});

// EXTERNAL MODULE: ./src/formats/index.js + 25 modules
var formats = __webpack_require__(88600);
// EXTERNAL MODULE: ./src/render/console-summary.js
var console_summary = __webpack_require__(34382);
// EXTERNAL MODULE: ./src/report/render-warnings.js
var render_warnings = __webpack_require__(37090);
// EXTERNAL MODULE: ./src/report/build-report.js
var build_report = __webpack_require__(53715);
// EXTERNAL MODULE: ./src/report/complete-report.js + 25 modules
var complete_report = __webpack_require__(97402);
// EXTERNAL MODULE: ./src/report/history-target.js + 1 modules
var history_target = __webpack_require__(68940);
// EXTERNAL MODULE: ./src/report/merge.js
var merge = __webpack_require__(39576);
// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
// EXTERNAL MODULE: ./src/formats/common/detach.js
var detach = __webpack_require__(43907);
;// CONCATENATED MODULE: ./src/report/trace-store.js
/**
 * Stack traces kept by `tessera report` as lines interned once, instead of one whole string per failure.
 *
 * A run's traces repeat themselves: the frames of the test runner, the framework and the code under test
 * are the same lines in thousands of failures, and only the message and a frame or two differ. At 960,000
 * tests with 20% failed (the `failure-heavy` bench shape) the traces were 330 MiB of text, the largest part
 * of the report's peak RSS (BENCHMARKS.md, "Peak RSS"). Here each distinct line is stored once and a trace
 * is a run of line numbers in one shared Int32Array.
 *
 * A packed failure is still a {@link Failure} to everything that reads it: `trace` is an own, enumerable
 * property (an accessor) after `category`, `message` and `type`, as the readers write them, so
 * `JSON.stringify`, spreads, `Object.keys` and property reads see the same keys in the same order and the
 * same text. Only traces with a stack frame are packed: a trace that is a message alone gains nothing.
 */

const SPACE = 0x20;
const TAB = 0x09;
/** A stack frame line: V8 and Java `    at …` (a tab in Java), .NET `   at …`, Python `  File "…"`. */
function isFrame(line) {
    let i = 0;
    while (line.charCodeAt(i) === SPACE || line.charCodeAt(i) === TAB)
        i++;
    return i > 0 && (line.startsWith('at ', i) || line.startsWith('File "', i));
}
/**
 * Trace characters a report keeps as plain strings before it packs them: 64 Mi, 64 MiB as one-byte text.
 * The `failure-heavy` bench shape holds 36 M at 96,000 tests (so packs nothing, and pays nothing) and 360 M
 * at 960,000, where packing the rest saves about 250 MiB of peak RSS (BENCHMARKS.md, "Peak RSS").
 */
const DEFAULT_TRACE_BUDGET = 64 * 1024 * 1024;
/** Every distinct trace line of one report, and the traces as runs of line numbers. */
class TraceStore {
    budget;
    /** Trace characters offered so far: packed or, while under the budget, kept as they are. */
    offered = 0;
    numbers = new Map();
    lines = [];
    runs = new Int32Array(1 << 14);
    used = 0;
    // The getters of one failure are often read twice in a row (`f.trace !== undefined ? f.trace : …`).
    lastStart = -1;
    lastText = '';
    /**
     * @param budget trace characters kept as plain strings before packing starts. Packing costs CPU (about
     *   8 µs a trace to split and look its lines up, and rebuilding the text for each output): below a few
     *   tens of MiB of traces the strings cost less than that, and the report's memory is small anyway.
     */
    constructor(budget = DEFAULT_TRACE_BUDGET) {
        this.budget = budget;
    }
    /** Whether a trace of `length` characters should be packed: once the traces offered pass the budget. */
    wants(length) {
        this.offered += length;
        return this.offered > this.budget;
    }
    /** Distinct lines stored: the size of the line table. */
    get distinctLines() {
        return this.lines.length;
    }
    /** Line numbers stored: the length of every packed trace, summed. */
    get storedLines() {
        return this.used;
    }
    /**
     * Stores `trace` and says where its run is, or undefined when it has no stack frame (kept as it is).
     * The message before the first frame is one entry; each line from the first frame on is another.
     */
    pack(trace) {
        // split is native and makes the lines as views of the trace; only a line never seen is copied.
        const lines = trace.split('\n');
        let first = 1;
        while (first < lines.length && !isFrame(lines[first]))
            first++;
        if (first >= lines.length)
            return undefined;
        const start = this.used;
        this.push(this.number(first === 1 ? lines[0] : lines.slice(0, first).join('\n')));
        for (let i = first; i < lines.length; i++)
            this.push(this.number(lines[i]));
        return { start, count: this.used - start };
    }
    /** The text of the trace stored at `start`, `count` entries long: exactly the string that was packed. */
    text(start, count) {
        if (start === this.lastStart)
            return this.lastText;
        const runs = this.runs;
        const lines = this.lines;
        let text = lines[runs[start]];
        for (let i = start + 1; i < start + count; i++)
            text += `\n${lines[runs[i]]}`;
        this.lastStart = start;
        this.lastText = text;
        return text;
    }
    number(line) {
        let n = this.numbers.get(line);
        if (n === undefined) {
            n = this.lines.length;
            const kept = (0,detach/* detach */.Y)(line);
            this.lines.push(kept);
            this.numbers.set(kept, n);
        }
        return n;
    }
    push(n) {
        if (this.used === this.runs.length) {
            const grown = new Int32Array(this.runs.length * 2);
            grown.set(this.runs);
            this.runs = grown;
        }
        this.runs[this.used++] = n;
    }
}
/** A Failure whose trace lives in a {@link TraceStore}. */
class PackedFailure {
    #store;
    #start;
    #count;
    // One descriptor for every instance: V8 then gives them all one hidden class, as for a plain object.
    static #trace = {
        get() {
            return this.#store.text(this.#start, this.#count);
        },
        enumerable: true,
        configurable: false,
    };
    constructor(failure, store, start, count) {
        // The readers' key order (category, message, type, trace), so the JSON is the same.
        this.category = failure.category;
        if (failure.message !== undefined)
            this.message = failure.message;
        if (failure.type !== undefined)
            this.type = failure.type;
        this.#store = store;
        this.#start = start;
        this.#count = count;
        Object.defineProperty(this, 'trace', PackedFailure.#trace);
    }
}
/** Whether the failure's own keys are the readers' ones in their order: category, message?, type?, trace. */
function inReaderOrder(failure) {
    const expected = ['category'];
    if (failure.message !== undefined)
        expected.push('message');
    if (failure.type !== undefined)
        expected.push('type');
    expected.push('trace');
    const keys = Object.keys(failure);
    return keys.length === expected.length && keys.every((key, i) => key === expected[i]);
}
/**
 * The failure with its trace in `store`, or the failure itself when there is nothing to gain (no trace, no
 * stack frame) or when it has keys other than the readers' or in another order, which the copy would lose.
 */
function packFailure(failure, store) {
    // Packed first: reading a packed failure's trace would rebuild its text.
    if (failure instanceof PackedFailure || failure.trace === undefined || !inReaderOrder(failure))
        return failure;
    if (!store.wants(failure.trace.length))
        return failure;
    const packed = store.pack(failure.trace);
    return packed === undefined ? failure : new PackedFailure(failure, store, packed.start, packed.count);
}

;// CONCATENATED MODULE: ./src/report/read-inputs.js
/** Reads many result files at once, a few at a time, keeping each file's error beside the good results. */



/**
 * Readers throw only ParseError. Anything else is a Tessera bug; it still must not hide the other files'
 * results, so it is reported as this file's problem, saying it is a bug.
 */
function asParseError(path, error) {
    if (error instanceof model/* ParseError */.mB)
        return error;
    const reason = error instanceof Error ? error.message : String(error);
    return new model/* ParseError */.mB(path, `unexpected error while reading: ${reason}`, {}, 'This is a bug in Tessera: please report it with the file attached.', { cause: error });
}
/** Files read at the same time: enough to overlap I/O with parsing, few enough to bound memory. */
const DEFAULT_READ_CONCURRENCY = 4;
/**
 * Reads every source with at most `concurrency` in flight. The outcomes come back in the order of
 * `sources`, whatever order the reads finish in, so the merge is deterministic. With `traces`, every failure's
 * stack trace goes into that store as it is read (see trace-store.ts).
 */
async function readInputs(sources, options = formats/* DEFAULT_READ_OPTIONS */.O$, concurrency = DEFAULT_READ_CONCURRENCY, traces) {
    const readOptions = traces
        ? { ...options, keepFailure: (failure) => packFailure(failure, traces) }
        : options;
    const outcomes = new Array(sources.length);
    let next = 0;
    async function worker() {
        while (next < sources.length) {
            const index = next++;
            const source = sources[index];
            try {
                outcomes[index] = { source: source.path, results: await (0,formats/* readResultFile */.kk)(source.path, readOptions) };
            }
            catch (error) {
                outcomes[index] = { source: source.path, error: asParseError(source.path, error) };
            }
        }
    }
    const workers = Array.from({ length: Math.max(1, Math.min(concurrency, sources.length)) }, worker);
    await Promise.all(workers);
    return outcomes;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(9970);
;// CONCATENATED MODULE: ./src/report/resolve-inputs.js
/**
 * Turns the command line's inputs (paths and globs) into the list of result files to read: globs expand
 * with tinyglobby, existing paths are taken as they are (even when their name looks like a glob), matches
 * are deduplicated, and a glob that matches nothing is an error that quotes it.
 */




async function kindOf(path) {
    try {
        const s = await (0,promises_.stat)(path);
        // A FIFO or a device would block the read forever (or never end): only regular files are results.
        return s.isDirectory() ? 'directory' : s.isFile() ? 'file' : 'special';
    }
    catch (error) {
        if (error.code === 'ELOOP')
            return 'loop';
        // Not there (or not readable): the caller decides whether the argument was meant as a glob.
        return 'missing';
    }
}
/** The file a path names once every link is followed: two links to one file are one input. */
async function identityOf(path) {
    try {
        return await (0,promises_.realpath)(path);
    }
    catch {
        return path;
    }
}
/**
 * Expands inputs in the order given; within one glob, matches are sorted so the merge is deterministic.
 * Paths stay as the user wrote them (relative to `cwd` when globbed), which is how reports name them.
 *
 * @throws UsageError for a glob that matches nothing, a missing path, a directory, or no inputs at all
 */
async function resolveInputs(patterns, cwd = process.cwd()) {
    if (patterns.length === 0) {
        throw new model/* UsageError */.eb('no result files given', "Pass result files or globs, e.g. tessera report 'reports/**/*.xml'.");
    }
    const seen = new Set();
    const sources = [];
    const add = async (path) => {
        const key = await identityOf((0,external_node_path_.resolve)(cwd, path));
        if (seen.has(key))
            return;
        seen.add(key);
        sources.push({ kind: 'file', path });
    };
    for (const pattern of patterns) {
        const kind = await kindOf((0,external_node_path_.resolve)(cwd, pattern));
        if (kind === 'file') {
            await add(pattern);
            continue;
        }
        if (kind === 'special' || kind === 'loop') {
            throw new model/* UsageError */.eb(kind === 'loop'
                ? `'${pattern}' is a loop of symbolic links, not a result file`
                : `'${pattern}' is not a regular file (a FIFO, socket or device): it cannot be read as a result file`, 'Point Tessera at the result files the tests wrote.');
        }
        if (kind === 'directory') {
            throw new model/* UsageError */.eb(`'${pattern}' is a directory, not a result file`, `To read every XML file under it, quote a glob: '${pattern.replace(/\/+$/, '')}/**/*.xml'.`);
        }
        if (!(0,dist/* isDynamicPattern */.ey)(pattern)) {
            throw new model/* UsageError */.eb(`no such file: '${pattern}'`, 'Check the path (relative to the working directory), or write a glob such as reports/**/*.xml.');
        }
        // An absolute glob gives absolute paths, a relative one paths relative to cwd: as the user wrote it.
        const matches = await (0,dist/* glob */.TI)(pattern, {
            cwd,
            onlyFiles: true,
            expandDirectories: false,
            absolute: (0,external_node_path_.isAbsolute)(pattern),
        });
        if (matches.length === 0) {
            throw new model/* UsageError */.eb(`the glob '${pattern}' matched no files (in ${cwd})`, 'Check that the tests wrote their results there, and quote the glob so the shell does not expand it.');
        }
        for (const match of matches.sort()) {
            // A glob can match a FIFO or a device too: skipped, since reading it would block.
            if ((await kindOf((0,external_node_path_.resolve)(cwd, match))) === 'file')
                await add(match);
        }
    }
    return sources;
}

;// CONCATENATED MODULE: ./src/report/run-report.js










/**
 * The verdict: unreadable inputs first (the report is incomplete, so a pass would be a guess), then files
 * not run because the run bailed (`--bail`: they fail the run whatever the policy, as a missing shard does),
 * then failed tests. Flaky tests passed in the end and do not fail the run. With the trend analysis's `decision`
 * (quarantine, `--fail-on new-failures`) that decides; without it, `new-failures` counts every failure.
 */
function decideVerdict(report, policy) {
    if (report.inputs.unreadable.length > 0 && !policy.allowUnreadable)
        return 'unreadableInput';
    if ((report.notRun?.length ?? 0) > 0)
        return 'testsFailed';
    if (policy.decision)
        return policy.decision.fail ? 'testsFailed' : 'ok';
    if (report.summary.failed > 0 && policy.failOn !== 'never')
        return 'testsFailed';
    return 'ok';
}
/**
 * The `Verdict:` line, true to the exit code: an incomplete report (unreadable inputs, without
 * `--allow-unreadable`) or an incomplete matrix decides before the fail policy, so the line never says
 * "passes" for a run that exits non-zero.
 */
function verdictReason(verdict, report, decision, shardProblems = 0) {
    const unreadable = report.inputs.unreadable.length;
    if (verdict === 'unreadableInput')
        return (`${unreadable} ${unreadable === 1 ? 'input' : 'inputs'} could not be read, so the report is incomplete ` +
            'and the run is not judged (exit 3); fix or remove it, or pass --allow-unreadable to judge the rest');
    if (shardProblems > 0 && verdict === 'testsFailed')
        return `the matrix is incomplete (${shardProblems} shard ${shardProblems === 1 ? 'problem' : 'problems'} above); ${decision.reason}`;
    const notRun = report.notRun?.length ?? 0;
    if (notRun > 0 && verdict === 'testsFailed')
        return `the run bailed and ${notRun} ${notRun === 1 ? 'file was' : 'files were'} not run (--bail); ${decision.reason}`;
    return decision.reason;
}
/** Whether the fail decision is worth a line: the policy is more than "any failure fails". */
function explainsDecision(options) {
    return (options.history !== undefined ||
        (options.quarantine?.length ?? 0) > 0 ||
        (options.failOn ?? 'failures') !== 'failures');
}
/**
 * Starts loading the history before the inputs are read, so its read and gunzip (on the thread pool)
 * overlap the parsing of the result files; completeReport awaits it. A rejection is handled there: the
 * catch here only keeps it from being reported as unhandled while the inputs are still being read.
 */
function startHistoryLoad(options) {
    if (!options.history || options.historyLoad)
        return options.historyLoad;
    const loading = (0,history_target/* loadHistories */.Pm)(options.history);
    loading.catch(() => undefined);
    return loading;
}
/** Runs a report end to end. Throws UsageError for bad inputs or unwritable outputs. */
async function runReport(options) {
    const historyLoad = startHistoryLoad(options);
    const sources = await resolveInputs(options.inputs, options.cwd);
    // Failed tests' traces, a line table shared by the run instead of a string each (trace-store.ts).
    const traces = new TraceStore(options.traceBudget);
    const outcomes = await readInputs(sources, {
        ...formats/* DEFAULT_READ_OPTIONS */.O$,
        root: options.cwd,
        ...options.readOptions,
        // Only failed attempts' output reaches any output of the report (build-report.ts): none other is kept.
        failedOutputOnly: true,
    }, options.concurrency ?? DEFAULT_READ_CONCURRENCY, traces);
    const merged = (0,merge/* mergeResults */.n0)(outcomes);
    options.stderr.write((0,render_warnings/* renderWarnings */.c)(merged.warnings));
    const built = (0,build_report/* buildReport */.FK)(merged, { now: (options.now ?? (() => new Date()))() });
    const { report, analysis, written } = await (0,complete_report/* completeReport */.U)(built, 
    // Raw result files do not say when the run happened: the report's time (the injected clock) stands in.
    { run: options.run ?? { provider: 'local' }, at: built.generatedAt, tests: merged.tests }, { ...options, ...(historyLoad ? { historyLoad } : {}), stdout: options.stdout, stderr: options.stderr });
    const toStdout = [...Object.values(options.outputs), ...Object.values(options.rendered ?? {})].includes('-');
    const out = toStdout ? options.stderr : options.stdout;
    out.write((0,console_summary/* renderConsoleSummary */.c)(report, { color: options.color, outputs: written }));
    const verdict = decideVerdict(report, { ...options, decision: analysis.decision });
    if (explainsDecision(options) || verdict === 'unreadableInput')
        out.write(`Verdict: ${verdictReason(verdict, report, analysis.decision)}\n`);
    return { report, verdict };
}


/***/ }),

/***/ 48861:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ skipSummary),
/* harmony export */   a: () => (/* binding */ hitRate)
/* harmony export */ });
/* harmony import */ var _plan_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81629);
/**
 * The one-line account of `--skip-unchanged` that `plan` and `run` print: files reused, files run, the hit
 * rate and the time saved.
 */

/** Reused files over all files considered, 0…1 (0 when there were none). */
function hitRate(reused, ran) {
    const all = reused + ran;
    return all === 0 ? 0 : reused / all;
}
/** `skip-unchanged: 27 of 30 files reused (90% hit rate), 3 run; 41s saved`. */
function skipSummary(skip, ran) {
    let saved = 0;
    for (const r of skip.reused)
        saved += r.durationMs;
    const rate = Math.round(hitRate(skip.reused.length, ran) * 100);
    const all = skip.reused.length + ran;
    const full = skip.fullRun !== undefined ? `; full run (${skip.fullRun})` : '';
    const unkeyed = skip.unkeyed > 0 ? `; ${skip.unkeyed} never skipped (imports not static)` : '';
    return (`skip-unchanged: ${skip.reused.length} of ${all} files reused (${rate}% hit rate), ${ran} run; ` +
        `${(0,_plan_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(saved)} saved${full}${unkeyed}`);
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

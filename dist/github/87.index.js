export const id = 87;
export const ids = [87];
export const modules = {

/***/ 13190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IK: () => (/* binding */ trendOptions),
/* harmony export */   IY: () => (/* binding */ renderedTargets)
/* harmony export */ });
/* unused harmony export historyTarget */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61036);
/* harmony import */ var _history_local_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59987);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87206);
/* harmony import */ var _flag_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17537);
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
    const minSamples = (0,_flag_values_js__WEBPACK_IMPORTED_MODULE_4__/* .wholeNumberFlag */ .Z)('--regression-min-samples', flags.regressionMinSamples, 1);
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
    const budget = (0,_flag_values_js__WEBPACK_IMPORTED_MODULE_4__/* .wholeNumberFlag */ .Z)('--markdown-budget', flags.markdownBudget, 1000);
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

/***/ 61036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony export CONFIG_FILES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87206);
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
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(401)]).then(__webpack_require__.bind(__webpack_require__, 7401));
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

/***/ 90565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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

/***/ 82860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lf: () => (/* binding */ renderHeadline),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   U9: () => (/* binding */ count)
/* harmony export */ });
/* unused harmony export linksLine */
/* harmony import */ var _escape_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45239);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71509);
/* harmony import */ var _safe_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10363);
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
    return detail.length > 0 ? `${parts[0]} (${detail.join(', ')})` : (parts[0] ?? '');
}
function deltaLine(delta) {
    const against = [
        delta.branch !== undefined ? (0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(delta.branch) : 'the baseline',
        delta.sha !== undefined ? `at ${(0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(delta.sha.slice(0, 7))}` : undefined,
    ]
        .filter((p) => p !== undefined)
        .join(' ');
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
    if (view.unreadable.length > 0)
        lines.push(`⚠️ **${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(view.unreadable.length, 'input')} could not be read**: see the full report.`);
    return lines;
}
/** The links line, when the CI gave any usable link. */
function linksLine(view) {
    const full = (0,_safe_url_js__WEBPACK_IMPORTED_MODULE_2__/* .safeHttpUrl */ .v)(view.links.fullReport);
    const run = (0,_safe_url_js__WEBPACK_IMPORTED_MODULE_2__/* .safeHttpUrl */ .v)(view.links.run);
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

/***/ 2984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ renderJobSummary),
/* harmony export */   w: () => (/* binding */ renderComment)
/* harmony export */ });
/* harmony import */ var _safe_url_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10363);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90565);
/* harmony import */ var _headline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82860);
/* harmony import */ var _sections_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24182);
/**
 * The PR comment and the job summary: one renderer, one size budget per surface. The headline (marker,
 * counts, wall time, shards, delta, links) is always whole; the sections below it are fitted in priority
 * order, the lower ones shrinking first, and each cut says how much it left out. Pure.
 */




/** Renders the PR comment (or, with another budget, the job summary) of a run. */
function renderComment(view, options = {}) {
    const url = (0,_safe_url_js__WEBPACK_IMPORTED_MODULE_3__/* .safeHttpUrl */ .v)(view.links.fullReport);
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

/***/ 24182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RV: () => (/* binding */ COMMENT_LIMITS),
  QF: () => (/* binding */ SUMMARY_LIMITS),
  sW: () => (/* binding */ commentSections)
});

// EXTERNAL MODULE: ./src/render/escape-markdown.ts
var escape_markdown = __webpack_require__(45239);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(71509);
;// CONCATENATED MODULE: ./src/render/mermaid.ts
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
    const low = Math.max(0, Math.floor((Math.min(...rates) - 1) / 5) * 5);
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
    const { unit, divisor } = durationScale(Math.max(...runs.map((p) => p.wallMs)));
    const values = runs.map((p) => round1(p.wallMs / divisor));
    const top = Math.max(1, Math.ceil(Math.max(...values) * 1.1));
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
    const axis = Math.max(...ends) >= 3_600_000 ? '%H:%M:%S' : '%M:%S';
    const slowest = Math.max(...timed.map((s) => s.actualMs ?? 0));
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
        if (shard.actualMs !== null) {
            const tag = shard.actualMs === slowest ? 'crit, ' : 'active, ';
            lines.push(`    actual :${tag}a${shard.index}, ${clock(start)}, ${seconds(shard.actualMs)}s`);
        }
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/render/comment/headline.ts
var headline = __webpack_require__(82860);
;// CONCATENATED MODULE: ./src/render/comment/sections.ts
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
function title(ref, limits) {
    return (0,escape_markdown/* escapeMarkdown */.FV)((0,escape_markdown/* excerpt */.Kb)(ref.title, limits.titleChars));
}
function where(ref) {
    return ref.file !== undefined ? (0,escape_markdown/* escapeMarkdown */.FV)((0,format/* location */.C5)(ref.file, ref.line)) : '';
}
function messageCell(failure, limits) {
    return (0,escape_markdown/* escapeMarkdown */.FV)((0,escape_markdown/* excerpt */.Kb)(failure.message ?? failure.trace ?? '', limits.cellChars, true));
}
/** The first lines of a message, for a fenced block. */
function messageBlock(text, limits) {
    const lines = text.replace(/\r\n?/g, '\n').split('\n').slice(0, limits.messageLines).join('\n');
    return (0,escape_markdown/* fencedBlock */.zW)((0,escape_markdown/* excerpt */.Kb)(lines, limits.messageChars), 'text');
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
function groupBlock(group, limits, full) {
    const shown = group.tests.slice(0, limits.testsPerGroup);
    const first = group.tests[0];
    const example = fullMessage(first) ?? group.example;
    const rows = shown.map((t) => `| ${title(t, limits)} | ${where(t)} |`);
    const rest = group.tests.length - shown.length;
    return [
        `**${(0,format/* plural */.LS)(group.tests.length, 'test')}** failed with: ${(0,escape_markdown/* escapeMarkdown */.FV)((0,escape_markdown/* excerpt */.Kb)(group.signature, 200))} _(${group.category})_`,
        '',
        messageBlock(example, limits),
        '',
        '| Test | Location |',
        '| --- | --- |',
        ...rows,
        ...(rest > 0 ? ['', `…and ${(0,headline/* count */.U9)(rest)} more in this group — ${full}.`] : []),
    ].join('\n');
}
function newFailures(view, limits, full) {
    const total = view.newFailures.reduce((n, g) => n + g.tests.length, 0);
    const heading = view.delta ? 'New failures' : 'Failures';
    return {
        id: 'newFailures',
        head: `#### ❌ ${heading} (${(0,headline/* count */.U9)(total)})`,
        items: view.newFailures.map((g) => groupBlock(g, limits, full)),
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
function stillFailingRow(t, limits) {
    return `| ${title(t, limits)} | ${where(t)} | ${(0,format/* plural */.LS)(t.runsInARow, 'run')} | ${messageCell(t, limits)} |`;
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
    return [
        newFailures(view, limits, full),
        tableSection('stillFailing', '🔁 Still failing', ['Test', 'Location', 'Failing for', 'Message'], view.stillFailing.map((t) => stillFailingRow(t, limits)), full),
        tableSection('flaky', '🎲 Flaky', ['Test', 'Location', 'Score', 'This run', 'Evidence'], view.flaky.map((t) => flakyRow(t, limits)), full),
        tableSection('slower', '🐢 Slower', ['Test', 'Location', 'Usual', 'Now', 'Change'], view.slower.map((t) => slowerRow(t, limits)), full),
        fixedSection(view, limits, full),
        chartsSection(view, full),
    ];
}


/***/ }),

/***/ 76840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ renderConsoleSummary)
/* harmony export */ });
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44865);
/* harmony import */ var _escape_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45239);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71509);
/**
 * The one-screen summary `tessera report` prints: counts, duration, the first failures, unreadable inputs,
 * and where the outputs went. Colour only when asked (the caller decides from the TTY and NO_COLOR).
 */



function painter(color, code) {
    return color ? (text) => `\u001b[${code}m${text}\u001b[0m` : (text) => text;
}
// Test names and messages are untrusted: a control character could move the cursor or recolour the terminal.
function clean(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '\uFFFD');
}
function failureLine(t) {
    const failure = t.attempts.find((a) => a.failure)?.failure;
    return (0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(clean(failure?.message ?? failure?.trace ?? ''), 160, true);
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
        ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(s.wallMs)} wall, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(s.durationMs)} of tests`
        : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(s.durationMs)} of tests`;
    const lines = [
        `${bold('Tessera report')}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(s.tests, 'test')} from ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(report.inputs.read.length, 'file')}`,
        `  ${counts.join(', ')}`,
        `  ${dim(time)}`,
    ];
    const failed = report.tests.filter((t) => t.outcome === 'failed');
    if (failed.length > 0) {
        lines.push('', red(`Failed (${failed.length}):`));
        for (const t of failed.slice(0, maxFailures)) {
            const where = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .location */ .C5)(t.file, t.line);
            lines.push(`  ${red('✗')} ${clean((0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .testTitle */ .XF)(t))}${where ? dim(`  ${clean(where)}`) : ''}`);
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
            lines.push(`  ${yellow('~')} ${clean((0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .testTitle */ .XF)(t))}`);
        if (flaky.length > maxFailures)
            lines.push(dim(`  …and ${flaky.length - maxFailures} more`));
    }
    const unreadable = report.inputs.unreadable;
    if (unreadable.length > 0) {
        lines.push('', yellow(`Unreadable inputs (${unreadable.length}):`));
        for (const u of unreadable) {
            lines.push(`  ${yellow('!')} ${clean((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .location */ .C5)(u.file, u.line, u.column))}: ${clean(u.message)}`);
        }
    }
    if (options.outputs && options.outputs.length > 0) {
        lines.push('', 'Wrote:');
        const width = Math.max(...options.outputs.map((o) => o.label.length));
        for (const o of options.outputs)
            lines.push(`  ${o.label.padEnd(width)}  ${o.path}`);
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 45239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/**
 * Escaping of untrusted text (test names, failure messages, file paths) for GitHub/GitLab-flavoured markdown.
 * Every renderer puts such text through here, so a test named `| @team fix #12 [x](http://evil)` shows as
 * exactly that: no table break, no mention, no issue link, no link, no HTML.
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
    return (text
        .replace(/\r\n?|\n/g, ' ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
        .replace(/&/g, '&amp;')
        .replace(MARKDOWN_PUNCTUATION, (c) => ENTITIES[c] ?? `\\${c}`)
        .replace(/(?<!\w)@(?=[A-Za-z0-9])/g, `@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        // Parentheses only matter right after a bracket (a link), and the bracket is already escaped; a
        // second guard keeps `](` from ever reaching the output.
        .replace(/\]\(/g, `]${ZWSP}(`));
}
/**
 * A fenced code block holding `text` verbatim. The fence is longer than any backtick run in the text, so
 * the text cannot close it; markdown and mentions are not processed inside a code block.
 */
function fencedBlock(text, language = '') {
    const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    // A language tag is ours, never untrusted; keep it to word characters anyway.
    const lang = language.replace(/[^\w-]/g, '');
    const body = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
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

/***/ 71509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ location),
/* harmony export */   LS: () => (/* binding */ plural),
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


/***/ }),

/***/ 10363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ safeHttpUrl)
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


/***/ }),

/***/ 93273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FK: () => (/* binding */ buildReport)
});

// UNUSED EXPORTS: NO_SHARDS, summarize, toReportTest

// EXTERNAL MODULE: ./src/model/index.ts + 3 modules
var model = __webpack_require__(44865);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/model/versioned.ts
var versioned = __webpack_require__(67380);
;// CONCATENATED MODULE: ./src/report/report-document.ts
/**
 * The Report document (`tessera report --json`): the merged result of one run, versioned so later readers
 * (history, the PR comment, other tools) can trust its shape. DESIGN.md "Data contracts" is the source.
 *
 * Fields that later features fill (comparison with a baseline, the plan's accuracy, shard completeness) are
 * present from version 1, as `null` or empty when unknown, so those features add data, not shape.
 */


/** The Report version this build writes and the newest it reads. */
const REPORT_VERSION = 1;
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
});
/** Zod schema of the Report, version 1. Checked against the interfaces above at compile time. */
const reportSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(REPORT_VERSION),
    generatedAt: schemas/* string */.YjP(),
    summary: schemas/* object */.Ikc({
        tests: count,
        passed: count,
        failed: count,
        skipped: count,
        flaky: count,
        durationMs: ms,
        wallMs: ms.nullable(),
    }),
    shards: schemas/* object */.Ikc({
        expected: count.nullable(),
        present: schemas/* array */.YOg(count),
        missing: schemas/* array */.YOg(count),
        duplicated: schemas/* array */.YOg(count),
    }),
    tests: schemas/* array */.YOg(testSchema),
    comparison: schemas/* object */.Ikc({
        baseline: schemas/* object */.Ikc({
            runId: schemas/* string */.YjP().optional(),
            sha: schemas/* string */.YjP().optional(),
            branch: schemas/* string */.YjP().optional(),
            at: schemas/* string */.YjP().optional(),
        }),
        newFailures: schemas/* array */.YOg(schemas/* string */.YjP()),
        fixed: schemas/* array */.YOg(schemas/* string */.YjP()),
        stillFailing: schemas/* array */.YOg(schemas/* string */.YjP()),
        added: schemas/* array */.YOg(schemas/* string */.YjP()),
        removed: schemas/* array */.YOg(schemas/* string */.YjP()),
        slower: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP(), baselineMs: ms, currentMs: ms })),
        clusters: schemas/* array */.YOg(schemas/* object */.Ikc({ signature: schemas/* string */.YjP(), tests: schemas/* array */.YOg(schemas/* string */.YjP()) })).optional(),
        quarantined: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
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
    return parseVersionedJson({ parsed: doc }, { ...REPORT_KIND, schema: reportSchema, hint: 'Regenerate it with `tessera report --json`.' }, source);
}

;// CONCATENATED MODULE: ./src/report/build-report.ts
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
    const groups = new Map(model/* OUTCOMES */.im.map((o) => [o, []]));
    for (const t of tests)
        groups.get(t.outcome)?.push(t);
    return model/* OUTCOMES */.im.flatMap((o) => groups.get(o) ?? []);
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
        ...(0,model/* identityOf */.cu)(t),
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
        version: REPORT_VERSION,
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

/***/ 63016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WC: () => (/* binding */ runBundleReport)
});

// UNUSED EXPORTS: buildBundleReport, bundleRunFacts, renderShardLine, renderShardProblems, viewShardsOf

// EXTERNAL MODULE: ./src/plan/duration.ts
var duration = __webpack_require__(72983);
// EXTERNAL MODULE: ./src/render/console-summary.ts
var console_summary = __webpack_require__(76840);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./src/model/index.ts + 3 modules
var model = __webpack_require__(44865);
// EXTERNAL MODULE: ./src/run/bundle.ts + 1 modules
var run_bundle = __webpack_require__(87589);
// EXTERNAL MODULE: ./src/report/merge.ts
var merge = __webpack_require__(43278);
;// CONCATENATED MODULE: ./src/report/bundles.ts
/**
 * Shard bundles as the input of a report (`report --from <dir>`): load every bundle under a folder, keep the
 * latest attempt of each shard, check that the matrix is complete, and turn the chosen bundles into one
 * merged run.
 *
 * Completeness is what makes a sharded report honest: a shard whose job died before uploading leaves no
 * trace in the results, so its tests would silently vanish from a report that only counts what it finds.
 * Here a missing shard is named and fails the run; a shard that ran with no items still wrote a bundle, so
 * "empty by plan" is never mistaken for "missing".
 */






/**
 * Loads every `bundle.json` under `dir`, at any depth (CI artifact downloads nest folders differently), in
 * path order.
 *
 * @throws UsageError when `dir` is not a folder
 * @throws VersionError when a newer Tessera wrote a bundle: merging it could misread its fields
 */
async function loadBundles(dir) {
    const root = (0,external_node_path_.resolve)(dir);
    const info = await (0,promises_.stat)(root).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new model/* UsageError */.eb(`--from ${dir}: no such folder`, 'Pass the folder the shard artifacts were downloaded into (the --out of `tessera run`, default .tessera/shards).');
    }
    const paths = (await (0,dist/* glob */.TI)(`**/${run_bundle/* BUNDLE_FILE */.Ij}`, { cwd: root, absolute: true, dot: true })).sort();
    const bundles = [];
    const unreadable = [];
    for (const path of paths) {
        try {
            bundles.push({ path, bundle: await (0,run_bundle/* readBundle */.Bo)(path) });
        }
        catch (error) {
            if (error instanceof model/* ParseError */.mB)
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
    const missing = Array.from({ length: expected }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    const extra = present.filter((i) => i > expected);
    const chosen = present.map((i) => byIndex.get(i));
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
        problems.push(...checkPlannedItems(chosen, expect.plan));
    problems.push(...checkDoubledItems(chosen));
    return {
        chosen,
        shards: { expected, present, missing, duplicated: [...duplicated].sort((a, b) => a - b) },
        problems,
    };
}
/** Each shard ran exactly its planned items. */
function checkPlannedItems(chosen, plan) {
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
/** No item ran on two shards. */
function checkDoubledItems(chosen) {
    const owner = new Map();
    const doubled = [];
    for (const { bundle } of chosen) {
        for (const item of bundle.items) {
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
        tests.push(...(0,run_bundle/* bundleTests */.mp)(bundle));
        const folder = (0,external_node_path_.relative)(cwd, (0,external_node_path_.dirname)(path)).split(external_node_path_.sep).join('/');
        for (const t of bundle.tries)
            for (const f of t.resultFiles)
                read.push({ file: (0,external_node_path_.join)(folder, f.path).split(external_node_path_.sep).join('/'), format: f.format, tests: f.tests });
        if (bundle.infrastructureFailure)
            warnings.push(`shard ${bundle.shard.index}/${bundle.shard.total}: ${bundle.infrastructureFailure.reason}`);
    }
    const bad = unreadable.map((e) => (0,merge/* describeUnreadable */.D2)(e.file, e));
    return { tests: (0,model/* foldTests */.Pm)(tests), suites: [], read, unreadable: bad, warnings };
}
/** The run's wall time: first shard start to last shard finish, or null without bundles. */
function bundlesWallMs(chosen) {
    if (chosen.length === 0)
        return null;
    const starts = chosen.map((b) => Date.parse(b.bundle.startedAt));
    const ends = chosen.map((b) => Date.parse(b.bundle.finishedAt));
    return Math.max(0, Math.max(...ends) - Math.min(...starts));
}
/**
 * Loads, checks and merges the bundles under `dir`. Throws a TesseraError (exit 1) when the folder holds no
 * bundle at all and no matrix size was given to name the missing shards by.
 */
async function loadBundleRun(dir, expect = {}, cwd) {
    const { bundles, unreadable } = await loadBundles(dir);
    if (bundles.length === 0 && unreadable.length === 0 && expect.expectShards === undefined && !expect.plan) {
        throw new model/* TesseraError */.Wc(`--from ${dir}: no shard bundle (${run_bundle/* BUNDLE_FILE */.Ij}) was found`, 'Did the shard jobs run `tessera run` or `tessera collect`, and were their artifacts downloaded here?');
    }
    const check = checkShards(bundles, expect);
    const makespans = check.chosen.map((b) => b.bundle.wallMs);
    return {
        merged: mergeBundles(check.chosen, unreadable, cwd),
        check,
        wallMs: bundlesWallMs(check.chosen),
        makespanMs: makespans.length > 0 ? Math.max(...makespans) : null,
    };
}

// EXTERNAL MODULE: ./src/report/build-report.ts + 1 modules
var build_report = __webpack_require__(93273);
// EXTERNAL MODULE: ./src/report/complete-report.ts + 27 modules
var complete_report = __webpack_require__(22453);
// EXTERNAL MODULE: ./src/report/run-report.ts + 2 modules
var run_report = __webpack_require__(46030);
;// CONCATENATED MODULE: ./src/report/bundle-report.ts






/** The report of a bundle run, with shard completeness and, given the plan, the plan's accuracy. */
function buildBundleReport(run, now, plan) {
    const report = (0,build_report/* buildReport */.FK)(run.merged, { now, wallMs: run.wallMs, shards: run.check.shards });
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
/** One line on the matrix: shards reported, and the makespan against the plan's prediction. */
function renderShardLine(report) {
    const { shards, plan } = report;
    if (shards.expected === null)
        return '';
    const makespan = plan
        ? ` · slowest shard ${(0,duration/* formatDuration */.a)(plan.actualMakespanMs)} (predicted ${(0,duration/* formatDuration */.a)(plan.predictedMakespanMs)}, ` +
            `lower bound ${(0,duration/* formatDuration */.a)(plan.lowerBoundMs)})`
        : '';
    return `Shards: ${shards.present.length} of ${shards.expected} reported${makespan}\n`;
}
/** Renders the completeness problems, one per line, after the summary. */
function renderShardProblems(problems) {
    return problems.length === 0
        ? ''
        : `\nThe shard matrix is incomplete or inconsistent:\n${problems.map((p) => `  - ${p}\n`).join('')}`;
}
/**
 * What the bundles say about the run for the history: its identity (from the first shard), its time (the
 * last shard's finish, so re-reporting the same bundles records the same time), per-file and per-shard
 * times, and the plan's prediction.
 */
function bundleRunFacts(run, report, plan, branch) {
    const chosen = run.check.chosen;
    const first = chosen[0]?.bundle.run ?? { provider: 'local' };
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
    };
}
/** Per-shard predicted (from the plan) and actual (from the bundles) times, for the charts. */
function viewShardsOf(run, plan) {
    const byIndex = new Map(run.check.chosen.map((b) => [b.bundle.shard.index, b.bundle]));
    const indexes = new Set([...byIndex.keys(), ...(plan?.shards.map((s) => s.index) ?? [])]);
    return [...indexes]
        .sort((a, b) => a - b)
        .map((index) => ({
        index,
        predictedMs: plan?.shards.find((s) => s.index === index)?.predictedMs ?? null,
        actualMs: byIndex.get(index)?.wallMs ?? null,
        setupMs: byIndex.get(index)?.setupMs ?? null,
    }));
}
/** Runs a report over a folder of shard bundles. */
async function runBundleReport(options) {
    const historyLoad = (0,run_report/* startHistoryLoad */.br)(options);
    const run = await loadBundleRun(options.from, {
        ...(options.expectShards !== undefined ? { expectShards: options.expectShards } : {}),
        ...(options.plan ? { plan: options.plan } : {}),
    }, options.cwd);
    const built = buildBundleReport(run, (options.now ?? (() => new Date()))(), options.plan);
    const { report, analysis, written } = await (0,complete_report/* completeReport */.U)(built, bundleRunFacts(run, built, options.plan, options.branch), { ...options, ...(historyLoad ? { historyLoad } : {}), viewShards: viewShardsOf(run, options.plan) });
    const toStdout = [...Object.values(options.outputs), ...Object.values(options.rendered ?? {})].includes('-');
    const summary = (0,console_summary/* renderConsoleSummary */.c)(report, { color: options.color, outputs: written });
    const out = toStdout ? options.stderr : options.stdout;
    out.write(renderShardLine(report));
    out.write(summary);
    out.write(renderShardProblems(run.check.problems));
    if ((0,run_report/* explainsDecision */.DU)(options))
        out.write(`Verdict: ${analysis.decision.reason}\n`);
    const verdict = run.check.problems.length > 0
        ? 'testsFailed'
        : (0,run_report/* decideVerdict */.AU)(report, { ...options, decision: analysis.decision });
    return { report, run, verdict };
}


/***/ }),

/***/ 22453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ completeReport)
});

// EXTERNAL MODULE: ./src/history/run-columns.ts + 1 modules
var run_columns = __webpack_require__(61155);
// EXTERNAL MODULE: ./src/history/update.ts
var update = __webpack_require__(69631);
// EXTERNAL MODULE: ./src/model/index.ts + 3 modules
var model = __webpack_require__(44865);
// EXTERNAL MODULE: ./src/history/join.ts
var join = __webpack_require__(99054);
;// CONCATENATED MODULE: ./src/trend/test-ref.ts
/** How the trend modules name a test in their results: its id plus what a reader needs to find it. */


/** The reference of a test of the current run. */
function refOfTest(test) {
    return {
        id: test.id,
        title: (0,model/* testTitle */.XF)(test),
        ...(test.file !== undefined ? { file: test.file } : {}),
        ...(test.line !== undefined ? { line: test.line } : {}),
    };
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
    return (0,join/* joinRows */.U)(tests, doc.tests);
}

;// CONCATENATED MODULE: ./src/trend/clusters.ts

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
        const group = groups.get(signature) ?? { refs: [], headlines: new Map(), categories: new Map() };
        group.refs.push(refOfTest(test));
        group.headlines.set(test.id, headline);
        group.categories.set(failure.category, (group.categories.get(failure.category) ?? 0) + 1);
        groups.set(signature, group);
    }
    const clusters = [];
    for (const [signature, group] of groups) {
        const refs = group.refs.sort(compareRefs);
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
        const example = group.headlines.get(refs[0]?.id ?? '') ?? signature;
        clusters.push({ signature, count: refs.length, tests: refs, example, category });
    }
    return clusters.sort((a, b) => b.count - a.count || (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/render/build-view.ts


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
    const failureOf = (ref) => toFailure(ref, byId.get(ref.id));
    const clusters = trend?.newFailureClusters ?? clusterFailures(report.tests.filter((t) => t.outcome === 'failed'));
    const baselineRun = history?.runs[history.runs.length - 1];
    return {
        generatedAt: report.generatedAt,
        status: report.summary.failed > 0
            ? 'failed'
            : report.inputs.unreadable.length > 0 || report.shards.missing.length > 0
                ? 'incomplete'
                : 'passed',
        summary: report.summary,
        delta: baselineRun && history ? deltaOf(report, baselineRun, history.branch, trend) : null,
        shards: shardsOf(report, extras.shards ?? []),
        newFailures: clusters.map((c) => groupOf(c, failureOf)),
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
        tests: report.tests.map((t) => rowOf(t, history)),
        unreadable: report.inputs.unreadable,
        links: extras.links ?? {},
    };
}
function refOf(ref) {
    return {
        id: ref.id,
        title: ref.title,
        ...(ref.file !== undefined ? { file: ref.file } : {}),
        ...(ref.line !== undefined ? { line: ref.line } : {}),
    };
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
function toFailure(ref, test) {
    const failure = build_view_lastFailure(test);
    return {
        ...refOf(ref),
        ...(failure ? { category: failure.category } : {}),
        ...(failure?.message !== undefined ? { message: failure.message } : {}),
        ...(failure?.trace !== undefined ? { trace: failure.trace } : {}),
        attempts: test?.attempts.length ?? 1,
    };
}
function groupOf(cluster, failureOf) {
    return {
        signature: cluster.signature,
        example: cluster.example,
        category: cluster.category,
        tests: cluster.tests.map(failureOf),
    };
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
        removed: trend?.comparison.removed.length ?? 0,
    };
}
function shardsOf(report, times) {
    const sharded = report.shards.expected !== null || times.length > 0 || report.plan !== null;
    if (!sharded)
        return null;
    const sorted = [...times].sort((a, b) => a.index - b.index);
    const actual = sorted.map((s) => s.actualMs).filter((ms) => ms !== null);
    const max = actual.length > 0 ? Math.max(...actual) : null;
    const mean = actual.length > 0 ? actual.reduce((a, b) => a + b, 0) / actual.length : 0;
    return {
        expected: report.shards.expected,
        present: report.shards.present.length,
        missing: report.shards.missing,
        duplicated: report.shards.duplicated,
        shards: sorted,
        makespanMs: report.plan?.actualMakespanMs ?? max,
        predictedMakespanMs: report.plan?.predictedMakespanMs ?? maxOrNull(sorted.map((s) => s.predictedMs)),
        lowerBoundMs: report.plan?.lowerBoundMs ?? null,
        balance: actual.length >= 2 && max !== null && max > 0 ? mean / max : null,
    };
}
function maxOrNull(values) {
    const known = values.filter((v) => v !== null);
    return known.length > 0 ? Math.max(...known) : null;
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
function rowOf(test, history) {
    const past = history ? pastStatuses(history, test.id) : '';
    const failure = build_view_lastFailure(test);
    return {
        id: test.id,
        title: (0,model/* testTitle */.XF)(test),
        ...(test.file !== undefined ? { file: test.file } : {}),
        ...(test.line !== undefined ? { line: test.line } : {}),
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

// EXTERNAL MODULE: ./src/history/history-document.ts
var history_document = __webpack_require__(50436);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/history/duration-code.ts
var duration_code = __webpack_require__(73182);
// EXTERNAL MODULE: ./src/history/test-table.ts + 1 modules
var test_table = __webpack_require__(24947);
;// CONCATENATED MODULE: ./src/trend/window-summary.ts
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
        const bytes = external_node_buffer_.Buffer.from(column.buffer, column.byteOffset, column.byteLength);
        for (const status of [test_table/* STATUS */.XQ.failed, test_table/* STATUS */.XQ.flaky]) {
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
        if (status !== test_table/* STATUS */.XQ.passed && status !== test_table/* STATUS */.XQ.flaky)
            continue;
        count++;
        const { low, high } = table.durations[c];
        const code = low[row] | (high[row] << 8);
        if (code < smallest)
            smallest = code;
    }
    return { count, smallestMs: count === 0 ? Number.POSITIVE_INFINITY : (0,duration_code/* durationOfCode */.xm)(smallest) };
}

;// CONCATENATED MODULE: ./src/trend/compare.ts




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
                .map(refOfTest)
                .sort(compareRefs),
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
    const joined = entries ?? historyEntries(tests, baseline);
    const { status } = (0,run_columns/* runColumns */.H)(tests);
    const flagged = failedOrRetriedRows(table);
    for (let i = 0; i < tests.length; i++) {
        const row = joined[i];
        if (row >= 0)
            present[row] = 1;
        if (row < 0 || !latest || latest[row] === history_document/* STATUS */.XQ.absent)
            added.push(refOfTest(tests[i]));
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
                stillFailing.push({ ...refOfTest(test), runsInARow: 1 + trailingFailures(table, row) });
            else
                newFailures.push(refOfTest(test));
        }
        else if (before === history_document/* STATUS */.XQ.failed) {
            fixed.push(refOfTest(tests[i]));
        }
    }
    const removed = [];
    if (latest)
        for (let row = 0; row < table.size; row++)
            if (present[row] === 0 && latest[row] !== history_document/* STATUS */.XQ.absent)
                removed.push(refOfHistory(baseline, row));
    return {
        baseline: {
            branch: baseline.branch,
            seq: last.seq,
            at: last.at,
            ...(last.sha !== undefined ? { sha: last.sha } : {}),
            ...(last.runId !== undefined ? { runId: last.runId } : {}),
            ...(last.attempt !== undefined ? { attempt: last.attempt } : {}),
        },
        newFailures: newFailures.sort(compareRefs),
        stillFailing: stillFailing.sort(compareRefs),
        fixed: fixed.sort(compareRefs),
        added: added.sort(compareRefs),
        removed: removed.sort(compareRefs),
    };
}

// EXTERNAL MODULE: ./src/trend/fail-policy.ts
var fail_policy = __webpack_require__(1306);
;// CONCATENATED MODULE: ./src/trend/flaky.ts





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
    const seen = history && row >= 0 ? (0,history_document/* observationsOf */.bG)(history, row) : [];
    const sequence = [
        ...seen.map((o) => ({ status: o.status, sha: o.run.sha })),
        { status: update/* STATUS_OF_OUTCOME */.UA[outcome], sha },
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
        if (status === history_document/* STATUS */.XQ.flaky)
            retriedRuns++;
        const v = status === history_document/* STATUS */.XQ.passed || status === history_document/* STATUS */.XQ.flaky ? PASS : status === history_document/* STATUS */.XQ.failed ? FAIL : 0;
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
    passed: history_document/* STATUS */.XQ.passed,
    failed: history_document/* STATUS */.XQ.failed,
    flaky: history_document/* STATUS */.XQ.flaky,
    skipped: history_document/* STATUS */.XQ.skipped,
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
    const joined = options.entries ?? (history ? historyEntries(tests, history) : undefined);
    // A test that passed now and has no `F` or `K` in its window has no evidence at all (no retry, every
    // verdict a pass: no flip, no commit with both outcomes): its score is 0 and it is never listed, so the
    // evidence is not built for almost every test of a run.
    const failedOrRetried = history ? failedOrRetriedRows(history.tests) : undefined;
    const { status } = (0,run_columns/* runColumns */.H)(tests);
    // An empty list quarantines nothing: no match to try for each of the (possibly thousands of) listed tests.
    const quarantine = options.quarantine && options.quarantine.entries.length > 0 ? options.quarantine : undefined;
    for (let i = 0; i < tests.length; i++) {
        const now = status[i];
        if (now === history_document/* STATUS */.XQ.skipped)
            continue;
        if (now === history_document/* STATUS */.XQ.passed) {
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
        const ref = refOfTest(test);
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
    return out.sort((a, b) => b.score - a.score || compareRefs(a, b));
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/trend/quarantine.ts
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
            rules.push({ file: picomatch_default()(entry, GLOB_OPTIONS) });
        }
        else {
            const filePattern = entry.slice(0, split).trim() || '**';
            rules.push({
                file: picomatch_default()(filePattern, GLOB_OPTIONS),
                title: picomatch_default()(entry.slice(split + 2).trim(), GLOB_OPTIONS),
            });
        }
    }
    return {
        entries: [...entries],
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

;// CONCATENATED MODULE: ./src/trend/stats.ts
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

;// CONCATENATED MODULE: ./src/trend/regressions.ts






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
    const joined = entries ?? historyEntries(tests, baseline);
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
        const stats = passingStats(baseline.tests, row);
        if (cannotRegress(stats.count, stats.smallestMs, currentMs, o))
            continue;
        const samples = (0,history_document/* passingDurations */.z7)(baseline, row);
        const check = checkRegression(samples, currentMs, o);
        if (!check.regressed)
            continue;
        out.push({
            ...refOfTest(tests[i]),
            baselineMs: check.medianMs,
            currentMs,
            ratio: ratioOf(currentMs, check.medianMs),
            madMs: check.madMs,
            samples: check.samples,
        });
    }
    return out.sort((a, b) => b.currentMs - b.baselineMs - (a.currentMs - a.baselineMs) || compareRefs(a, b));
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

;// CONCATENATED MODULE: ./src/trend/analyse.ts







/** Compares a run with its baseline and decides whether it fails. */
function analyseRun(input) {
    const quarantine = compileQuarantine(input.quarantine);
    // Each history is joined with the run once, here, and shared by the checks below.
    const baselineEntries = input.baseline ? historyEntries(input.tests, input.baseline) : undefined;
    const own = input.ownHistory ?? input.baseline;
    const ownEntries = own === input.baseline ? baselineEntries : own ? historyEntries(input.tests, own) : undefined;
    const comparison = compareWithBaseline(input.tests, input.baseline, baselineEntries);
    const failed = input.tests.filter((t) => t.outcome === 'failed');
    const newIds = new Set(comparison.newFailures.map((t) => t.id));
    return {
        comparison,
        flaky: findFlakyTests(input.tests, own, {
            ...(ownEntries ? { entries: ownEntries } : {}),
            ...(input.sha !== undefined ? { sha: input.sha } : {}),
            ...(input.minFlakeScore !== undefined ? { minScore: input.minFlakeScore } : {}),
            quarantine,
        }),
        slowerTests: findTestRegressions(input.tests, input.baseline, input.regression, baselineEntries),
        slowerFiles: findFileRegressions(input.files ?? [], input.baseline, input.regression),
        clusters: clusterFailures(failed),
        newFailureClusters: clusterFailures(failed.filter((t) => newIds.has(t.id))),
        decision: (0,fail_policy/* decideFailure */.n)({
            failOn: input.failOn ?? 'failures',
            failures: failed.map((t) => ({ ...refOfTest(t), name: t.name })),
            comparison,
            quarantine,
        }),
    };
}

;// CONCATENATED MODULE: ./src/report/apply-trend.ts
const ids = (refs) => refs.map((r) => r.id);
/** The Report's comparison, or null when the analysis had no baseline to compare with. */
function reportComparison(analysis) {
    const { comparison } = analysis;
    const baseline = comparison.baseline;
    if (!baseline)
        return null;
    return {
        baseline: {
            ...(baseline.runId !== undefined ? { runId: baseline.runId } : {}),
            ...(baseline.sha !== undefined ? { sha: baseline.sha } : {}),
            branch: baseline.branch,
            at: baseline.at,
        },
        newFailures: ids(comparison.newFailures),
        fixed: ids(comparison.fixed),
        stillFailing: ids(comparison.stillFailing),
        added: ids(comparison.added),
        removed: ids(comparison.removed),
        slower: analysis.slowerTests.map((s) => ({
            id: s.id,
            baselineMs: s.baselineMs,
            currentMs: s.currentMs,
        })),
        clusters: analysis.clusters.map((c) => ({ signature: c.signature, tests: ids(c.tests) })),
        quarantined: ids(analysis.decision.quarantined),
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
    return { ...report, comparison: reportComparison(analysis), flaky: reportFlaky(analysis) };
}

// EXTERNAL MODULE: ./src/report/history-target.ts
var history_target = __webpack_require__(72078);
;// CONCATENATED MODULE: ./src/report/run-record-of.ts
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
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/formats/text-sink.ts
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

;// CONCATENATED MODULE: ./src/formats/ctrf/writer.ts

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

// EXTERNAL MODULE: ./src/formats/junit/identity.ts
var identity = __webpack_require__(82825);
;// CONCATENATED MODULE: ./src/formats/junit/xml-escape.ts
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

;// CONCATENATED MODULE: ./src/formats/junit/writer.ts



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

// EXTERNAL MODULE: ./src/render/escape-markdown.ts
var escape_markdown = __webpack_require__(45239);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(71509);
;// CONCATENATED MODULE: ./src/render/markdown.ts
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
    const icon = s.failed > 0 ? '❌' : unreadable > 0 ? '⚠️' : '✅';
    const parts = [
        s.failed > 0 ? `**${s.failed} failed**` : '0 failed',
        ...(s.flaky > 0 ? [`${s.flaky} flaky`] : []),
        `${s.passed} passed`,
        ...(s.skipped > 0 ? [`${s.skipped} skipped`] : []),
    ];
    const time = (0,format/* formatDuration */.a3)(s.wallMs ?? s.durationMs);
    const unread = unreadable > 0 ? `, **${(0,format/* plural */.LS)(unreadable, 'unreadable input')}**` : '';
    return `${icon} ${parts.join(', ')} (${(0,format/* plural */.LS)(s.tests, 'test')}, ${time})${unread}`;
}
function testLabel(t) {
    return (0,escape_markdown/* escapeMarkdown */.FV)((0,model/* testTitle */.XF)(t));
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
    if (report.inputs.unreadable.length > 0)
        sections.push(renderUnreadable(report));
    const read = report.inputs.read.length;
    sections.push([`<sub>${(0,format/* plural */.LS)(read, 'result file')} read by Tessera.</sub>`]);
    return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/write-outputs.ts
/**
 * Writes the report's files: JSON (the Report document), merged JUnit XML, CTRF and markdown. Each is
 * streamed to its file (or to stdout for `-`), with parent folders created.
 */









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
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
                // A 1 MiB buffer lets the writers go on producing while earlier batches are written, instead of
                // waiting for the disk after every 64 KiB batch (the default is 16 KiB, less than one batch).
                const file = (0,external_node_fs_.createWriteStream)(path, { highWaterMark: FILE_BUFFER_BYTES });
                try {
                    await writeOne(kind, report, file, runStart);
                }
                finally {
                    file.end();
                }
                await (0,external_node_stream_promises_.finished)(file);
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

// EXTERNAL MODULE: ./src/render/comment/budget.ts
var budget = __webpack_require__(90565);
// EXTERNAL MODULE: ./src/render/comment/headline.ts
var headline = __webpack_require__(82860);
// EXTERNAL MODULE: ./src/render/comment/render-comment.ts
var render_comment = __webpack_require__(2984);
// EXTERNAL MODULE: ./src/render/comment/sections.ts + 1 modules
var sections = __webpack_require__(24182);
;// CONCATENATED MODULE: ./src/render/comment/index.ts





// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/render/html/client-script.ts
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
      durationMs: r.d, attempts: r.a || 1, history: r.h, category: r.c, message: r.m, trace: r.s
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
    row.appendChild(el('td', 'where', t.where));
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

;// CONCATENATED MODULE: ./src/render/html/escape-html.ts
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

;// CONCATENATED MODULE: ./src/render/html/styles.ts
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
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 12px; margin: 16px 0; }
figure { margin: 0; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
figcaption { font-weight: 600; margin-bottom: 4px; }
.chart { width: 100%; height: auto; display: block; }
.chart .grid { stroke: var(--line); stroke-width: 1; }
.chart .axis { fill: var(--muted); font-size: 11px; }
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
footer { color: var(--muted); font-size: 12px; margin-top: 24px; }
`;

// EXTERNAL MODULE: ./src/render/safe-url.ts
var safe_url = __webpack_require__(10363);
;// CONCATENATED MODULE: ./src/render/html/charts.ts
/**
 * The HTML report's charts as inline SVG, drawn here rather than by a charting library so the page stays one
 * self-contained file with no script to load: the pass rate and wall time over the last runs, and the shard
 * timeline (set-up, actual and predicted time per shard, with the lower bound). All text is escaped. Pure.
 */


const WIDTH = 520;
const HEIGHT = 180;
const PAD = { top: 16, right: 16, bottom: 28, left: 48 };
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
/** X positions of `n` evenly spaced points inside the plot area. */
function xs(n) {
    const inner = WIDTH - PAD.left - PAD.right;
    return Array.from({ length: n }, (_, i) => PAD.left + (n === 1 ? inner / 2 : (inner * i) / (n - 1)));
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
    const low = Math.max(0, Math.floor((Math.min(...rates) - 1) / 5) * 5);
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
    const max = Math.max(...points.map((p) => p.wallMs)) * 1.1;
    const label = axisDurations(max);
    const plotHeight = HEIGHT - PAD.top - PAD.bottom;
    const x = xs(points.length);
    const inner = WIDTH - PAD.left - PAD.right;
    const barWidth = Math.max(3, Math.min(28, (inner / points.length) * 0.6));
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
        gridLine(PAD.top + plotHeight, '0'),
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
    const rowHeight = 22;
    const left = 72;
    const right = 16;
    const top = 12;
    const height = top + rows.length * rowHeight + 30;
    const ends = rows.map((s) => (s.setupMs ?? 0) + Math.max(s.actualMs ?? 0, s.predictedMs ?? 0));
    const span = Math.max(1, ...ends, (shards.lowerBoundMs ?? 0) * 1.02) * 1.05;
    const scale = (ms) => left + (ms / span) * (WIDTH - left - right);
    const slowest = Math.max(...rows.map((s) => s.actualMs ?? 0));
    const parts = [svgOpen('Shard timeline: set-up, actual and predicted time', WIDTH, height)];
    rows.forEach((s, i) => {
        const y = top + i * rowHeight;
        const setup = s.setupMs ?? 0;
        parts.push(`<text class="axis" x="${left - 8}" y="${y + 15}" text-anchor="end">Shard ${s.index}</text>`);
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
        parts.push(`<text class="axis" x="${fmt(scale(ms))}" y="${axisY + 18}" text-anchor="${t === 0 ? 'start' : t === 4 ? 'end' : 'middle'}">${escapeHtml(tick(ms))}</text>`);
    }
    parts.push('</svg>');
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/render/html/summary.ts
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
    const full = (0,safe_url/* safeHttpUrl */.v)(view.links.run);
    const run = full ? ` · <a href="${escapeHtml(full)}" rel="noreferrer">CI run</a>` : '';
    return `<header class="banner ${view.status}"><div class="brand">Tessera</div><h1>${escapeHtml(verdict)}</h1><p class="meta">${escapeHtml(`${(0,format/* plural */.LS)(s.tests, 'test')} · report of ${when}`)}${run}</p></header>`;
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
        const against = [d.branch ?? 'the baseline', d.sha ? `at ${d.sha.slice(0, 7)}` : ''].join(' ').trim();
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
    for (const u of view.unreadable)
        notes.push(`<p class="note warn">Could not read <code>${escapeHtml((0,format/* location */.C5)(u.file, u.line, u.column))}</code>: ${escapeHtml(u.message)}</p>`);
    if (shards && shards.makespanMs !== null) {
        const parts = [`slowest shard ${(0,format/* formatDuration */.a3)(shards.makespanMs)}`];
        if (shards.predictedMakespanMs !== null)
            parts.push(`predicted ${(0,format/* formatDuration */.a3)(shards.predictedMakespanMs)}`);
        if (shards.lowerBoundMs !== null)
            parts.push(`lower bound ${(0,format/* formatDuration */.a3)(shards.lowerBoundMs)}`);
        notes.push(`<p class="note">${escapeHtml(parts.join(' · '))}</p>`);
    }
    return notes.join('');
}
function figure(caption, svg) {
    return svg === undefined ? '' : `<figure><figcaption>${escapeHtml(caption)}</figcaption>${svg}</figure>`;
}
/** The charts row, or nothing when there is nothing to draw. */
function renderCharts(view) {
    const figures = [
        figure('Pass rate', passRateSvg(view.trend)),
        figure('Wall time', wallTimeSvg(view.trend)),
        figure('Shards', view.shards ? shardTimelineSvg(view.shards) : undefined),
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
        return `<li><span class="signature">${escapeHtml(g.signature)}</span>${first ? `<span class="where">${escapeHtml(first.title)}${first.file ? ` · ${escapeHtml((0,format/* location */.C5)(first.file, first.line))}` : ''}</span>` : ''}${extra ? `<span class="extra">${escapeHtml(extra)}</span>` : ''}</li>`;
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

;// CONCATENATED MODULE: ./src/render/html/render-html.ts
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
        testsSection(view),
        `<footer>Generated by Tessera at ${escapeHtml(view.generatedAt)}.</footer>`,
        '</main>',
        `<script type="application/json" id="tessera-data">${data}</script>`,
        `<script>${CLIENT_SCRIPT}</script>`,
        '</body></html>',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/render/html/index.ts



;// CONCATENATED MODULE: ./src/report/write-rendered.ts
/**
 * Writes the outputs people read, rendered from the {@link ReportView}: the PR comment markdown
 * (`--markdown`, under the code host's size budget), the job summary (`--summary`, 1 MiB) and the
 * self-contained HTML report (`--html`). Each is one string, written whole (or to stdout for `-`).
 */





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
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
                await (0,promises_.writeFile)(path, text);
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

;// CONCATENATED MODULE: ./src/report/complete-report.ts









/** Compares, renders, writes and records one run. */
async function completeReport(built, facts, options) {
    const loading = options.history ? (options.historyLoad ?? (0,history_target/* loadHistories */.P)(options.history)) : undefined;
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
    const pendingUpdate = options.history
        ? (0,update/* updateHistoryDetailedAsync */.SE)(loaded.own, runRecordOf(built, facts))
        : undefined;
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
        });
        for (const w of await writeRendered(view, rendered, options.stdout, options.render))
            written.push({ label: RENDERED_LABELS[w.kind], path: w.path });
        if (options.publish)
            written.push(...(await options.publish({ report, analysis, view })));
    }
    if (options.history && pendingUpdate) {
        const update = await pendingUpdate;
        const cap = update.sizeCap;
        if (cap.droppedAbsent > 0 || cap.droppedCurrent > 0 || cap.windowCutTo !== undefined)
            options.stderr.write(`tessera: warning: the history was trimmed to its size cap (${cap.droppedAbsent} absent and ` +
                `${cap.droppedCurrent} current tests dropped${cap.windowCutTo !== undefined ? `, windows cut to ${cap.windowCutTo}` : ''})\n`);
        const where = await (0,history_target/* saveHistory */.Q)(options.history, update.doc);
        written.push({
            label: `History (${update.doc.runs.length} ${update.doc.runs.length === 1 ? 'run' : 'runs'})`,
            path: where,
        });
    }
    return { report, analysis, written: written.filter((w) => w.path !== '-') };
}


/***/ }),

/***/ 72078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ loadHistories),
/* harmony export */   Q: () => (/* binding */ saveHistory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _history_codec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99203);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44865);
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
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { warnings: [] };
        return {
            warnings: [`${path}: the history cannot be read (${code ?? String(error)}); starting a fresh history`],
        };
    }
    const read = await (0,_history_codec_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeHistoryAsync */ .B5)(bytes);
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
        if (!(error instanceof _model_index_js__WEBPACK_IMPORTED_MODULE_4__/* .TesseraError */ .Wc))
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
        const temp = `${path}.${process.pid}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, (0,_history_codec_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeHistory */ .N2)(doc));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (cause) {
        const code = cause.code;
        if (code === undefined)
            throw cause;
        throw new _model_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`cannot write the history to '${path}' (${code})`, 'The report was written; choose a --history-out path in a folder you can write to.', { cause });
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


/***/ }),

/***/ 43278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ describeUnreadable),
/* harmony export */   n0: () => (/* binding */ mergeResults)
/* harmony export */ });
/* unused harmony export foldById */
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44865);
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
        attempts.push(...test.attempts);
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
            for (const w of results.warnings)
                warnings.push(`${input.source}: ${w}`);
            yield* results.tests;
        }
    }
    const tests = foldById(allTests());
    return { tests, suites, read, unreadable, warnings };
}


/***/ }),

/***/ 46030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AU: () => (/* binding */ decideVerdict),
  DU: () => (/* binding */ explainsDecision),
  qi: () => (/* binding */ runReport),
  br: () => (/* binding */ startHistoryLoad)
});

// EXTERNAL MODULE: ./src/formats/index.ts + 22 modules
var formats = __webpack_require__(99129);
// EXTERNAL MODULE: ./src/render/console-summary.ts
var console_summary = __webpack_require__(76840);
// EXTERNAL MODULE: ./src/report/build-report.ts + 1 modules
var build_report = __webpack_require__(93273);
// EXTERNAL MODULE: ./src/report/complete-report.ts + 27 modules
var complete_report = __webpack_require__(22453);
// EXTERNAL MODULE: ./src/report/history-target.ts
var history_target = __webpack_require__(72078);
// EXTERNAL MODULE: ./src/report/merge.ts
var merge = __webpack_require__(43278);
// EXTERNAL MODULE: ./src/model/index.ts + 3 modules
var model = __webpack_require__(44865);
;// CONCATENATED MODULE: ./src/report/read-inputs.ts
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
 * `sources`, whatever order the reads finish in, so the merge is deterministic.
 */
async function readInputs(sources, options = formats/* DEFAULT_READ_OPTIONS */.O$, concurrency = DEFAULT_READ_CONCURRENCY) {
    const outcomes = new Array(sources.length);
    let next = 0;
    async function worker() {
        while (next < sources.length) {
            const index = next++;
            const source = sources[index];
            try {
                outcomes[index] = { source: source.path, results: await (0,formats/* readResultFile */.kk)(source.path, options) };
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
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
;// CONCATENATED MODULE: ./src/report/resolve-inputs.ts
/**
 * Turns the command line's inputs (paths and globs) into the list of result files to read: globs expand
 * with tinyglobby, existing paths are taken as they are (even when their name looks like a glob), matches
 * are deduplicated, and a glob that matches nothing is an error that quotes it.
 */




async function kindOf(path) {
    try {
        const s = await (0,promises_.stat)(path);
        return s.isDirectory() ? 'directory' : 'file';
    }
    catch {
        // Not there (or not readable): the caller decides whether the argument was meant as a glob.
        return 'missing';
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
    const add = (path) => {
        const key = (0,external_node_path_.resolve)(cwd, path);
        if (seen.has(key))
            return;
        seen.add(key);
        sources.push({ kind: 'file', path });
    };
    for (const pattern of patterns) {
        const kind = await kindOf((0,external_node_path_.resolve)(cwd, pattern));
        if (kind === 'file') {
            add(pattern);
            continue;
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
        for (const match of matches.sort())
            add(match);
    }
    return sources;
}

;// CONCATENATED MODULE: ./src/report/run-report.ts








/**
 * The verdict: unreadable inputs first (the report is incomplete, so a pass would be a guess), then failed
 * tests. Flaky tests passed in the end and do not fail the run. With the trend analysis's `decision`
 * (quarantine, `--fail-on new-failures`) that decides; without it, `new-failures` counts every failure.
 */
function decideVerdict(report, policy) {
    if (report.inputs.unreadable.length > 0 && !policy.allowUnreadable)
        return 'unreadableInput';
    if (policy.decision)
        return policy.decision.fail ? 'testsFailed' : 'ok';
    if (report.summary.failed > 0 && policy.failOn !== 'never')
        return 'testsFailed';
    return 'ok';
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
    const loading = (0,history_target/* loadHistories */.P)(options.history);
    loading.catch(() => undefined);
    return loading;
}
/** Runs a report end to end. Throws UsageError for bad inputs or unwritable outputs. */
async function runReport(options) {
    const historyLoad = startHistoryLoad(options);
    const sources = await resolveInputs(options.inputs, options.cwd);
    const outcomes = await readInputs(sources, { ...formats/* DEFAULT_READ_OPTIONS */.O$, root: options.cwd, ...options.readOptions }, options.concurrency ?? DEFAULT_READ_CONCURRENCY);
    const merged = (0,merge/* mergeResults */.n0)(outcomes);
    const built = (0,build_report/* buildReport */.FK)(merged, { now: (options.now ?? (() => new Date()))() });
    const { report, analysis, written } = await (0,complete_report/* completeReport */.U)(built, 
    // Raw result files do not say when the run happened: the report's time (the injected clock) stands in.
    { run: options.run ?? { provider: 'local' }, at: built.generatedAt, tests: merged.tests }, { ...options, ...(historyLoad ? { historyLoad } : {}), stdout: options.stdout, stderr: options.stderr });
    const toStdout = [...Object.values(options.outputs), ...Object.values(options.rendered ?? {})].includes('-');
    const out = toStdout ? options.stderr : options.stdout;
    out.write((0,console_summary/* renderConsoleSummary */.c)(report, { color: options.color, outputs: written }));
    if (explainsDecision(options))
        out.write(`Verdict: ${analysis.decision.reason}\n`);
    return { report, verdict: decideVerdict(report, { ...options, decision: analysis.decision }) };
}


/***/ })

};

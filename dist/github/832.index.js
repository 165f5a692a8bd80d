export const id = 832;
export const ids = [832];
export const modules = {

/***/ 84832:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfig: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(33483);
// EXTERNAL MODULE: ./src/model/errors.js
var errors = __webpack_require__(29760);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(29143);
// EXTERNAL MODULE: ../../node_modules/zod/v4/core/core.js
var core = __webpack_require__(46416);
// EXTERNAL MODULE: ./src/plan/estimate.js
var estimate = __webpack_require__(75095);
// EXTERNAL MODULE: ./src/plan/duration.js
var duration = __webpack_require__(81629);
;// CONCATENATED MODULE: ./src/config/schema.js
/**
 * The configuration file's keys. Each is also a flag (`maxShards` ↔ `--max-shards`); flags win over the
 * file (`quarantine` adds to `--quarantine`). Later features add their keys here; unknown keys are errors, so a typo is
 * caught rather than silently ignored.
 */



/** One glob or a list of them. */
const globs = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1))]);
/** A duration as text (`90s`, `5m`, `1m30s`) or a number of milliseconds; parsed to milliseconds. */
const schema_duration = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform((value, ctx) => {
    const ms = (0,duration/* parseDuration */.E)(value);
    if (ms === undefined) {
        ctx.addIssue({
            code: 'custom',
            message: `${JSON.stringify(value)} is not a duration; write e.g. 90s, 5m, 1m30s or a number of milliseconds`,
        });
        return core/* NEVER */.tm;
    }
    return ms;
});
const positiveInt = schemas/* number */.aig().int().positive();
/** Keys of `tessera plan` (and of `run`, which plans the same way without a plan file). */
const planKeys = {
    /** Test file globs; `!` excludes. */
    tests: globs.optional(),
    /** File with one test path per line. */
    testsFrom: schemas/* string */.YjP().min(1).optional(),
    /** Command printing one test path per line. */
    listCommand: schemas/* string */.YjP().min(1).optional(),
    /** Globs of result files and shard bundles to learn durations from. */
    timings: globs.optional(),
    estimator: schemas/* enum */.k5n(estimate/* ESTIMATORS */.uB).optional(),
    /** Balance each shard's run-to-run spread as well as its mean (`--robust`). */
    robust: schemas/* boolean */.zMY().optional(),
    shards: positiveInt.optional(),
    target: schema_duration.optional(),
    setup: schema_duration.optional(),
    maxShards: positiveInt.optional(),
    /** Each entry: globs whose matches stay on one shard. */
    groups: schemas/* array */.YOg(globs).optional(),
    /** Each entry: a chain of paths/globs; each step runs before the next, on one shard. */
    order: schemas/* array */.YOg(schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(2)).optional(),
};
/** Keys of `tessera report`. */
const reportKeys = {
    /**
     * Tests whose failures are reported but do not fail the run: a test id (16 hex digits), a file glob
     * (`test/legacy/**`), or `fileGlob::titleGlob` (`test/api/*.test.ts::users › creates*`).
     */
    quarantine: schemas/* array */.YOg(schemas/* string */.YjP().trim().min(1)).optional(),
};
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Keys of `--skip-unchanged` (docs/skip-unchanged.md), under `skipUnchanged`. */
const skipUnchangedSchema = schemas/* strictObject */.rej({
    /** Global input files (globs), hashed into every key, on top of the lockfiles and config files. */
    inputs: globs.optional(),
    /** Environment variables whose values go into every key. */
    env: schemas/* array */.YOg(schemas/* string */.YjP().regex(ENV_NAME, 'is not an environment variable name (letters, digits, _)'))
        .optional(),
    /** Per test glob, more input files: the only dependency tracking for languages other than JS/TS. */
    extraInputs: schemas/* array */.YOg(schemas/* strictObject */.rej({ tests: globs, inputs: globs })).optional(),
    /** On the default branch, every this many runs one runs everything (default 10). */
    fullRunEvery: positiveInt.optional(),
    /** The default branch, for the forced full runs (default `main`). */
    defaultBranch: schemas/* string */.YjP().min(1).optional(),
});
/** The whole configuration file. Strict: an unknown key is an error naming it. */
const ConfigSchema = schemas/* strictObject */.rej({
    /** JSON Schema pointer, tolerated so editors can validate the file. */
    $schema: schemas/* string */.YjP().optional(),
    ...planKeys,
    ...reportKeys,
    skipUnchanged: skipUnchangedSchema.optional(),
});

;// CONCATENATED MODULE: ./src/config/parse.js
/**
 * Parsing configuration text (JSON or YAML) against the schema. Every problem is a ConfigError naming the
 * file, the line where known, and the key.
 */



/** `groups.2` → `groups[2]`: how people write a path into a config file. */
function keyPath(path) {
    return path.reduce((acc, part) => typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part), '');
}
/** Line of a key in a YAML document, when it can be found. */
function yamlLine(doc, counter, path) {
    const node = doc.getIn(path, true);
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : counter.linePos(offset).line;
}
function describeIssue(issue) {
    if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.map((k) => `\`${keyPath([...issue.path, k])}\``).join(', ');
        return { path: [...issue.path, issue.keys[0]], text: `unknown key ${keys}` };
    }
    return { path: issue.path, text: `key \`${keyPath(issue.path) || '(root)'}\`: ${issue.message}` };
}
const KNOWN_KEYS = Object.keys(ConfigSchema.shape)
    .filter((k) => k !== '$schema')
    .join(', ');
/**
 * Parses configuration text. `file` names it in errors and decides the syntax (`.json` → JSON, else YAML).
 * Throws ConfigError naming the file, the line where known, and the key.
 */
function parseConfig(text, file) {
    let value;
    let where = () => file;
    if (file.endsWith('.json')) {
        try {
            value = JSON.parse(text);
        }
        catch (cause) {
            throw new errors/* ConfigError */.xL(`${file}: not valid JSON (${cause.message})`, 'Fix the syntax.');
        }
    }
    else {
        const counter = new dist/* LineCounter */.HN();
        const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, prettyErrors: true });
        const first = doc.errors[0];
        if (first) {
            const line = first.linePos?.[0]?.line;
            throw new errors/* ConfigError */.xL(`${file}${line ? `:${line}` : ''}: not valid YAML (${first.message.split('\n')[0]})`, 'Fix the syntax.');
        }
        value = doc.toJS();
        where = (path) => {
            const line = yamlLine(doc, counter, path);
            return line ? `${file}:${line}` : file;
        };
    }
    if (value === null || value === undefined)
        return {};
    const parsed = ConfigSchema.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const { path, text: what } = describeIssue(issue);
        throw new errors/* ConfigError */.xL(`${where(path)}: ${what}`, `Known keys: ${KNOWN_KEYS}. They mirror the flags.`);
    }
    return parsed.data;
}


/***/ })

};

#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 29907:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("cluster");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 96137:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns/promises");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 7066:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tty");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 7313:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Argument } = __nccwpck_require__(20854);
const { Command } = __nccwpck_require__(49600);
const { CommanderError, InvalidArgumentError } = __nccwpck_require__(49851);
const { Help } = __nccwpck_require__(71518);
const { Option } = __nccwpck_require__(97596);

exports.DM = new Command();

exports.gu = (name) => new Command(name);
exports.Ww = (flags, description) => new Option(flags, description);
exports.er = (name, description) => new Argument(name, description);

/**
 * Expose classes
 */

exports.uB = Command;
exports.c$ = Option;
exports.ef = Argument;
exports._V = Help;

exports.b7 = CommanderError;
exports.Di = InvalidArgumentError;
exports.a2 = InvalidArgumentError; // Deprecated


/***/ }),

/***/ 20854:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(49851);

class Argument {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */

  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = undefined;
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.argChoices = undefined;

    switch (name[0]) {
      case '<': // e.g. <required>
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[': // e.g. [optional]
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }

    if (this._name.endsWith('...')) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }

  /**
   * Return argument name.
   *
   * @return {string}
   */

  name() {
    return this._name;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }

  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
}

/**
 * Takes an argument and returns its human readable equivalent for help usage.
 *
 * @param {Argument} arg
 * @return {string}
 * @private
 */

function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

exports.Argument = Argument;
exports.humanReadableArgName = humanReadableArgName;


/***/ }),

/***/ 49600:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(78474).EventEmitter);
const childProcess = __nccwpck_require__(31421);
const path = __nccwpck_require__(76760);
const fs = __nccwpck_require__(73024);
const process = __nccwpck_require__(1708);

const { Argument, humanReadableArgName } = __nccwpck_require__(20854);
const { CommanderError } = __nccwpck_require__(49851);
const { Help, stripColor } = __nccwpck_require__(71518);
const { Option, DualOptions } = __nccwpck_require__(97596);
const { suggestSimilar } = __nccwpck_require__(19266);

class Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */

  constructor(name) {
    super();
    /** @type {Command[]} */
    this.commands = [];
    /** @type {Option[]} */
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    /** @type {Argument[]} */
    this.registeredArguments = [];
    this._args = this.registeredArguments; // deprecated old name
    /** @type {string[]} */
    this.args = []; // cli args with options removed
    this.rawArgs = [];
    this.processedArgs = []; // like .args but after custom processing and collecting variadic
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {}; // default, env, cli etc
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null; // custom name for executable
    this._executableDir = null; // custom search directory for subcommands
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = undefined; // legacy
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {}; // a hash of arrays
    /** @type {(boolean | string)} */
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null; // used in save/restoreStateBeforeParse

    // see configureOutput() for docs
    this._outputConfiguration = {
      writeOut: (str) => process.stdout.write(str),
      writeErr: (str) => process.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () =>
        process.stdout.isTTY ? process.stdout.columns : undefined,
      getErrHelpWidth: () =>
        process.stderr.isTTY ? process.stderr.columns : undefined,
      getOutHasColors: () =>
        useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
      getErrHasColors: () =>
        useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
      stripColor: (str) => stripColor(str),
    };

    this._hidden = false;
    /** @type {(Option | null | undefined)} */
    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
    /** @type {Command} */
    this._helpCommand = undefined; // lazy initialised, inherited
    this._helpConfiguration = {};
    /** @type {string | undefined} */
    this._helpGroupHeading = undefined; // soft initialised when added to parent
    /** @type {string | undefined} */
    this._defaultCommandGroup = undefined;
    /** @type {string | undefined} */
    this._defaultOptionGroup = undefined;
  }

  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue =
      sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

    return this;
  }

  /**
   * @returns {Command[]}
   * @private
   */

  _getCommandAndAncestors() {
    const result = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }

  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */

  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);

    if (desc) return this;
    return cmd;
  }

  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */

  createCommand(name) {
    return new Command(name);
  }

  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */

  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }

  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureHelp(configuration) {
    if (configuration === undefined) return this._helpConfiguration;

    this._helpConfiguration = configuration;
    return this;
  }

  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureOutput(configuration) {
    if (configuration === undefined) return this._outputConfiguration;

    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
    };
    return this;
  }

  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }

  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }

  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */

  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }

    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();

    return this;
  }

  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */

  createArgument(name, description) {
    return new Argument(name, description);
  }

  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }

  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */

  arguments(names) {
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
        this.argument(detail);
      });
    return this;
  }

  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`,
      );
    }
    if (
      argument.required &&
      argument.defaultValue !== undefined &&
      argument.parseArg === undefined
    ) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`,
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }

  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */

  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        // make the command to store the group
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }

    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';

    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    // init group unless lazy create
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

    return this;
  }

  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    // If not passed an object, call through to helpCommand for backwards compatibility,
    // as addHelpCommand was originally used like helpCommand is now.
    if (typeof helpCommand !== 'object') {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }

  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ??
      (this.commands.length &&
        !this._actionHandler &&
        !this._findCommand('help'));

    if (hasImplicitHelpCommand) {
      if (this._helpCommand === undefined) {
        this.helpCommand(undefined, undefined); // use default name and description
      }
      return this._helpCommand;
    }
    return null;
  }

  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */

  hook(event, listener) {
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }

  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */

  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
          // Async callback from spawn events, not useful to throw.
        }
      };
    }
    return this;
  }

  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */

  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
      // Expecting this line is not reached.
    }
    process.exit(exitCode);
  }

  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */

  action(fn) {
    const listener = (args) => {
      // The .action callback takes an extra parameter which is the command or options.
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);

      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }

  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */

  createOption(flags, description) {
    return new Option(flags, description);
  }

  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */

  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === 'commander.invalidArgument') {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }

  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */

  _registerOption(option) {
    const matchingOption =
      (option.short && this._findOption(option.short)) ||
      (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag =
        option.long && this._findOption(option.long)
          ? option.long
          : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }

    this._initOptionGroup(option);
    this.options.push(option);
  }

  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */

  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };

    const alreadyUsed = knownBy(command).find((name) =>
      this._findCommand(name),
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
      );
    }

    this._initCommandGroup(command);
    this.commands.push(command);
  }

  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);

    const oname = option.name();
    const name = option.attributeName();

    // store default value
    if (option.negate) {
      // --no-foo is special and defaults foo to true, unless a --foo option is already defined
      const positiveLongFlag = option.long.replace(/^--no-/, '--');
      if (!this._findOption(positiveLongFlag)) {
        this.setOptionValueWithSource(
          name,
          option.defaultValue === undefined ? true : option.defaultValue,
          'default',
        );
      }
    } else if (option.defaultValue !== undefined) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }

    // handler for cli and env supplied values
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      // val is null for optional option used without an optional-argument.
      // val is undefined for boolean and negated option.
      if (val == null && option.presetArg !== undefined) {
        val = option.presetArg;
      }

      // custom processing
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }

      // Fill-in appropriate missing values. Long winded but easy to follow.
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = ''; // not normal, parseArg might have failed or be a mock function for testing
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };

    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });

    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
      });
    }

    return this;
  }

  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === 'object' && flags instanceof Option) {
      throw new Error(
        'To add an Option object use addOption() instead of option() or requiredOption()',
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      // deprecated
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }

    return this.addOption(option);
  }

  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }

  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue,
    );
  }

  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }

  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }

  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }

  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }

  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }

  /**
   * @private
   */

  _checkForBrokenPassThrough() {
    if (
      this.parent &&
      this._passThroughOptions &&
      !this.parent._enablePositionalOptions
    ) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
      );
    }
  }

  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */

  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        'call .storeOptionsAsProperties() before setting option values',
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }

  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */

  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }

  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */

  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, undefined);
  }

  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */

  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }

  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }

  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSourceWithGlobals(key) {
    // global overwrites local, like optsWithGlobals
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (cmd.getOptionValueSource(key) !== undefined) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }

  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */

  _prepareUserArgs(argv, parseOptions) {
    if (argv !== undefined && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};

    // auto-detect argument conventions if nothing supplied
    if (argv === undefined && parseOptions.from === undefined) {
      if (process.versions?.electron) {
        parseOptions.from = 'electron';
      }
      // check node specific options for scenarios where user CLI args follow executable without scriptname
      const execArgv = process.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval'; // internal usage, not documented
      }
    }

    // default to using process.argv
    if (argv === undefined) {
      argv = process.argv;
    }
    this.rawArgs = argv.slice();

    // extract the user args and scriptPath
    let userArgs;
    switch (parseOptions.from) {
      case undefined:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        // @ts-ignore: because defaultApp is an unknown property
        if (process.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`,
        );
    }

    // Find default name for program from arguments.
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';

    return userArgs;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */

  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);

    return this;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */

  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);

    return this;
  }

  _prepareForParse() {
    if (this._savedState === null) {
      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }

  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources },
    };
  }

  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

    // clear state from _prepareUserArgs
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    // clear state from setOptionValueWithSource
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    // clear state from _parseCommand
    this.args = [];
    // clear state from _processArguments
    this.processedArgs = [];
  }

  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (fs.existsSync(executableFile)) return;

    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }

  /**
   * Execute a sub-command executable.
   *
   * @private
   */

  _executeSubCommand(subcommand, args) {
    args = args.slice();
    let launchWithNode = false; // Use node for source targets so do not need to get permissions correct, and on Windows.
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

    function findFile(baseDir, baseName) {
      // Look for specified file
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;

      // Stop looking if candidate already has an expected extension.
      if (sourceExt.includes(path.extname(baseName))) return undefined;

      // Try all the extensions.
      const foundExt = sourceExt.find((ext) =>
        fs.existsSync(`${localBin}${ext}`),
      );
      if (foundExt) return `${localBin}${foundExt}`;

      return undefined;
    }

    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // executableFile and executableDir might be full path, or just a name
    let executableFile =
      subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath; // resolve possible symlink for installed npm binary
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(
        path.dirname(resolvedScriptPath),
        executableDir,
      );
    }

    // Look for a local file in preference to a command in PATH.
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);

      // Legacy search using prefix of script name instead of command name
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(
          this._scriptPath,
          path.extname(this._scriptPath),
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`,
          );
        }
      }
      executableFile = localFile || executableFile;
    }

    launchWithNode = sourceExt.includes(path.extname(executableFile));

    let proc;
    if (process.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        // add executable arguments to spawn
        args = incrementNodeInspectorPort(process.execArgv).concat(args);

        proc = childProcess.spawn(process.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name,
      );
      args.unshift(executableFile);
      // add executable arguments to spawn
      args = incrementNodeInspectorPort(process.execArgv).concat(args);
      proc = childProcess.spawn(process.execPath, args, { stdio: 'inherit' });
    }

    if (!proc.killed) {
      // testing mainly to avoid leak warnings during unit tests with mocked spawn
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        process.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            // @ts-ignore because signals not typed to known strings
            proc.kill(signal);
          }
        });
      });
    }

    // By default terminate process when spawned process terminates.
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1; // code is null if spawned process terminated due to a signal
      if (!exitCallback) {
        process.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            'commander.executeSubCommandAsync',
            '(close)',
          ),
        );
      }
    });
    proc.on('error', (err) => {
      // @ts-ignore: because err.code is an unknown property
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name,
        );
        // @ts-ignore: because err.code is an unknown property
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          'commander.executeSubCommandAsync',
          '(error)',
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });

    // Store the reference to the child process
    this.runningCommand = proc;
  }

  /**
   * @private
   */

  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });

    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      'preSubcommand',
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }

  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */

  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }

    // Fallback to parsing the help flag to invoke the help.
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }

  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */

  _checkNumberOfArguments() {
    // too few
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    // too many
    if (
      this.registeredArguments.length > 0 &&
      this.registeredArguments[this.registeredArguments.length - 1].variadic
    ) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }

  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */

  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      // Extra processing for nice error message on parsing failure.
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage,
        );
      }
      return parsedValue;
    };

    this._checkNumberOfArguments();

    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        // Collect together remaining arguments for passing together as an array.
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === undefined) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }

  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCall(promise, fn) {
    // thenable
    if (promise?.then && typeof promise.then === 'function') {
      // already have a promise, chain callback
      return promise.then(() => fn());
    }
    // callback might return a promise
    return fn();
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
      hooks.reverse();
    }

    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== undefined) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }

  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */

  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);

    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (
      this._getHelpCommand() &&
      operands[0] === this._getHelpCommand().name()
    ) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown,
      );
    }
    if (
      this.commands.length &&
      this.args.length === 0 &&
      !this._actionHandler &&
      !this._defaultCommandName
    ) {
      // probably missing subcommand and no handler, user needs help (and exit)
      this.help({ error: true });
    }

    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // We do not always call this check to avoid masking a "better" error, like unknown command.
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };

    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();

      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () =>
        this._actionHandler(this.processedArgs),
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown); // legacy
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown); // legacy
    } else if (operands.length) {
      if (this._findCommand('*')) {
        // legacy default command
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        // skip option check, emit event for possible misspelling suggestion
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
      // fall through for caller to handle after calling .parse()
    }
  }

  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return undefined;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name),
    );
  }

  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */

  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }

  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */

  _checkForMissingMandatoryOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (
          anOption.mandatory &&
          cmd.getOptionValue(anOption.attributeName()) === undefined
        ) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }

  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === undefined) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });

    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0,
    );

    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }

  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }

  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */

  parseOptions(args) {
    const operands = []; // operands, not options or values
    const unknown = []; // first unknown option and remaining unknown args
    let dest = operands;

    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }

    const negativeNumberArg = (arg) => {
      // return false if not a negative number
      if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
      // negative number is ok unless digit used as an option in command hierarchy
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options
          .map((opt) => opt.short)
          .some((short) => /^-\d$/.test(short)),
      );
    };

    // parse options
    let activeVariadicOption = null;
    let activeGroup = null; // working through group of short options, like -abc
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;

      // literal
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }

      if (
        activeVariadicOption &&
        (!maybeOption(arg) || negativeNumberArg(arg))
      ) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;

      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        // recognised option, call listener to assign value with possible custom processing
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === undefined) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            // historical behaviour is optional value is following arg unless an option
            if (
              i < args.length &&
              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
            ) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            // boolean flag
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }

      // Look for combo options following single dash, eat first one if known.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (
            option.required ||
            (option.optional && this._combineFlagAndOptionalValue)
          ) {
            // option with value following in same argument
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            // boolean option
            this.emit(`option:${option.name()}`);
            // remove the processed option and keep processing group
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }

      // Look for known long flag with value, like --foo=bar
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }

      // Not a recognised option by this command.
      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
      // A negative number in a leaf command is not an unknown option.
      if (
        dest === operands &&
        maybeOption(arg) &&
        !(this.commands.length === 0 && negativeNumberArg(arg))
      ) {
        dest = unknown;
      }

      // If using positionalOptions, stop processing our options at subcommand.
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (
          this._getHelpCommand() &&
          arg === this._getHelpCommand().name()
        ) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }

      // If using passThroughOptions, stop processing options at first command-argument.
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }

      // add arg
      dest.push(arg);
    }

    return { operands, unknown };
  }

  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      // Preserve original behaviour so backwards compatible when still using properties
      const result = {};
      const len = this.options.length;

      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] =
          key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }

    return this._optionValues;
  }

  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    // globals overwrite locals
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
    );
  }

  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    // output handling
    this._outputConfiguration.outputError(
      `${message}\n`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }

    // exit handling
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
    this._exit(exitCode, code, message);
  }

  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in process.env) {
        const optionKey = option.attributeName();
        // Priority check. Do not overwrite cli or options from unknown source (client-code).
        if (
          this.getOptionValue(optionKey) === undefined ||
          ['default', 'config', 'env'].includes(
            this.getOptionValueSource(optionKey),
          )
        ) {
          if (option.required || option.optional) {
            // option can take a value
            // keep very simple, optional always takes value
            this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
          } else {
            // boolean
            // keep very simple, only care that envVar defined and not the value
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }

  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return (
        this.getOptionValue(optionKey) !== undefined &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== undefined &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option,
          ),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              'implied',
            );
          });
      });
  }

  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */

  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }

  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */

  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }

  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */

  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }

  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    // The calling code does not know whether a negated option is the source of the
    // value, so do some work to take an educated guess.
    const findBestOptionFromValue = (option) => {
      const optionKey = option.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName(),
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName(),
      );
      if (
        negativeOption &&
        ((negativeOption.presetArg === undefined && optionValue === false) ||
          (negativeOption.presetArg !== undefined &&
            optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option;
    };

    const getErrorMessage = (option) => {
      const bestOption = findBestOptionFromValue(option);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };

    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }

  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */

  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';

    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      // Looping to pick up the global options too
      let candidateFlags = [];
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }

    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
  }

  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */

  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;

    const expected = this.registeredArguments.length;
    const s = expected === 1 ? '' : 's';
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }

  /**
   * Unknown command.
   *
   * @private
   */

  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';

    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          // just visible alias
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }

    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
  }

  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */

  version(str, flags, description) {
    if (str === undefined) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);

    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}\n`);
      this._exit(0, 'commander.version', str);
    });
    return this;
  }

  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === undefined && argsDescription === undefined)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }

  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === undefined) return this._summary;
    this._summary = str;
    return this;
  }

  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */

  alias(alias) {
    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

    /** @type {Command} */
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let command = this;
    if (
      this.commands.length !== 0 &&
      this.commands[this.commands.length - 1]._executableHandler
    ) {
      // assume adding alias for last added executable subcommand, rather than this
      command = this.commands[this.commands.length - 1];
    }

    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      // c.f. _registerCommand
      const existingCmd = [matchingCommand.name()]
        .concat(matchingCommand.aliases())
        .join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
      );
    }

    command._aliases.push(alias);
    return this;
  }

  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */

  aliases(aliases) {
    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
    if (aliases === undefined) return this._aliases;

    aliases.forEach((alias) => this.alias(alias));
    return this;
  }

  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  usage(str) {
    if (str === undefined) {
      if (this._usage) return this._usage;

      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
    }

    this._usage = str;
    return this;
  }

  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  name(str) {
    if (str === undefined) return this._name;
    this._name = str;
    return this;
  }

  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */

  helpGroup(heading) {
    if (heading === undefined) return this._helpGroupHeading ?? '';
    this._helpGroupHeading = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:);
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === undefined) return this._defaultCommandGroup ?? '';
    this._defaultCommandGroup = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === undefined) return this._defaultOptionGroup ?? '';
    this._defaultOptionGroup = heading;
    return this;
  }

  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }

  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }

  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or require.main.filename, or __filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(require.main.filename);
   *
   * @param {string} filename
   * @return {Command}
   */

  nameFromFilename(filename) {
    this._name = path.basename(filename, path.extname(filename));

    return this;
  }

  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(__dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */

  executableDir(path) {
    if (path === undefined) return this._executableDir;
    this._executableDir = path;
    return this;
  }

  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */

  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }

  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */

  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }

  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = undefined;
    }

    const outputContext = this._getOutputContext(contextOptions);
    /** @type {HelpTextEventContext} */
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };

    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);

    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (
        typeof helpInformation !== 'string' &&
        !Buffer.isBuffer(helpInformation)
      ) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);

    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long); // deprecated
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) =>
      command.emit('afterAllHelp', eventContext),
    );
  }

  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help' 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */

  helpOption(flags, description) {
    // Support enabling/disabling built-in help option.
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = undefined; // reenable
        if (this._defaultOptionGroup) {
          // make the option to store the group
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null; // disable
      }
      return this;
    }

    // Customise flags and description.
    this._helpOption = this.createOption(
      flags ?? '-h, --help',
      description ?? 'display help for command',
    );
    // init group unless lazy create
    if (flags || description) this._initOptionGroup(this._helpOption);

    return this;
  }

  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    // Lazy create help option on demand.
    if (this._helpOption === undefined) {
      this.helpOption(undefined, undefined);
    }
    return this._helpOption;
  }

  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }

  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(process.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
    if (
      exitCode === 0 &&
      contextOptions &&
      typeof contextOptions !== 'function' &&
      contextOptions.error
    ) {
      exitCode = 1;
    }
    // message: do not have all displayed text available so only passing placeholder.
    this._exit(exitCode, 'commander.help', '(outputHelp)');
  }

  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */

  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */

  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }

    const helpEvent = `${position}Help`;
    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      // Ignore falsy value when nothing to output.
      if (helpStr) {
        context.write(`${helpStr}\n`);
      }
    });
    return this;
  }

  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */

  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      // (Do not have all displayed text available so only passing placeholder.)
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
}

/**
 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
 *
 * @param {string[]} args - array of arguments from node.execArgv
 * @returns {string[]}
 * @private
 */

function incrementNodeInspectorPort(args) {
  // Testing for these options:
  //  --inspect[=[host:]port]
  //  --inspect-brk[=[host:]port]
  //  --inspect-port=[host:]port
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
      // e.g. --inspect
      debugOption = match[1];
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null
    ) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        // e.g. --inspect=1234
        debugPort = match[3];
      } else {
        // e.g. --inspect=localhost
        debugHost = match[3];
      }
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null
    ) {
      // e.g. --inspect=localhost:1234
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }

    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}

/**
 * @returns {boolean | undefined}
 * @package
 */
function useColor() {
  // Test for common conventions.
  // NB: the observed behaviour is in combination with how author adds color! For example:
  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
  //   - we do test NO_COLOR, but Chalk does not
  //
  // References:
  // https://no-color.org
  // https://bixense.com/clicolors/
  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

  if (
    process.env.NO_COLOR ||
    process.env.FORCE_COLOR === '0' ||
    process.env.FORCE_COLOR === 'false'
  )
    return false;
  if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== undefined)
    return true;
  return undefined;
}

exports.Command = Command;
exports.useColor = useColor; // exporting for tests


/***/ }),

/***/ 49851:
/***/ ((__unused_webpack_module, exports) => {

/**
 * CommanderError class
 */
class CommanderError extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = undefined;
  }
}

/**
 * InvalidArgumentError class
 */
class InvalidArgumentError extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
}

exports.CommanderError = CommanderError;
exports.InvalidArgumentError = InvalidArgumentError;


/***/ }),

/***/ 71518:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { humanReadableArgName } = __nccwpck_require__(20854);

/**
 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
 * @typedef { import("./argument.js").Argument } Argument
 * @typedef { import("./command.js").Command } Command
 * @typedef { import("./option.js").Option } Option
 */

// Although this is a class, methods are static in style to allow override using subclass or just functions.
class Help {
  constructor() {
    this.helpWidth = undefined;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }

  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }

  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */

  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        // @ts-ignore: because overloaded return type
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }

  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
      return option.short
        ? option.short.replace(/^-/, '')
        : option.long.replace(/^--/, '');
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }

  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    // Built-in help option.
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption); // no changes needed
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description),
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }

  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];

    const globalOptions = [];
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden,
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }

  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */

  visibleArguments(cmd) {
    // Side effect! Apply the legacy descriptions before the arguments are displayed.
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description =
          argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }

    // If there are any arguments with a description then return all the arguments.
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }

  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandTerm(cmd) {
    // Legacy. Ignores custom usage string, and nested commands.
    const args = cmd.registeredArguments
      .map((arg) => humanReadableArgName(arg))
      .join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
  }

  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */

  optionTerm(option) {
    return option.flags;
  }

  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */

  argumentTerm(argument) {
    return argument.name();
  }

  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
        ),
      );
    }, 0);
  }

  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
        ),
      );
    }, 0);
  }

  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandUsage(cmd) {
    // Usage
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }

  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.description();
  }

  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.summary() || cmd.description();
  }

  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */

  optionDescription(option) {
    const extraInfo = [];

    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== undefined) {
      // default for boolean and negated more for programmer than end user,
      // but show true/false for boolean option as may be for hand-rolled env or config processing.
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
        );
      }
    }
    // preset for boolean and negated are more for programmer than end user
    if (option.presetArg !== undefined && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== undefined) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }

    return option.description;
  }

  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */

  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== undefined) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }

  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];

    return [helper.styleTitle(heading), ...items, ''];
  }

  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = new Map();
    // Add groups in order of appearance in unsortedItems.
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    // Add items in order of appearance in visibleItems.
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }

  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */

  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }

    // Usage
    let output = [
      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      '',
    ];

    // Description
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth,
        ),
        '',
      ]);
    }

    // Arguments
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(
      this.formatItemList('Arguments:', argumentList, helper),
    );

    // Options
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });

    if (helper.showGlobalOptions) {
      const globalOptionList = helper
        .visibleGlobalOptions(cmd)
        .map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option)),
          );
        });
      output = output.concat(
        this.formatItemList('Global Options:', globalOptionList, helper),
      );
    }

    // Commands
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });

    return output.join('\n');
  }

  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return stripColor(str).length;
  }

  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }

  styleUsage(str) {
    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
    //    command subcommand [options] [command] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleCommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    // This is very like usage with lots of parts! Assume default string which is formed like:
    //    subcommand [options] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleSubcommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }

  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper),
    );
  }

  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }

  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;

    // Pad the term out to a consistent width, so descriptions are aligned.
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term),
    );

    // Format the description.
    const spacerWidth = 2; // between term and description
    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (
      remainingWidth < this.minWidthToWrap ||
      helper.preformatted(description)
    ) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        '\n' + ' '.repeat(termWidth + spacerWidth),
      );
    }

    // Construct and overall indent.
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
    );
  }

  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;

    const rawLines = str.split(/\r\n|\n/);
    // split up text by whitespace
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }

      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        // Accumulate chunks while they fit into width.
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));

        const nextChunk = chunk.trimStart(); // trim space at line break
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });

    return wrappedLines.join('\n');
  }
}

/**
 * Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
 *
 * @param {string} str
 * @returns {string}
 * @package
 */

function stripColor(str) {
  // eslint-disable-next-line no-control-regex
  const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
  return str.replace(sgrPattern, '');
}

exports.Help = Help;
exports.stripColor = stripColor;


/***/ }),

/***/ 97596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(49851);

class Option {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */

  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';

    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
    this.optional = flags.includes('['); // A value is optional when the option is specified.
    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
    this.variadic = /\w\.\.\.[>\]]$/.test(flags); // The option can take multiple values.
    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.presetArg = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
    this.hidden = false;
    this.argChoices = undefined;
    this.conflictsWith = [];
    this.implied = undefined;
    this.helpGroupHeading = undefined; // soft initialised when option added to command
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */

  preset(arg) {
    this.presetArg = arg;
    return this;
  }

  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */

  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }

  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === 'string') {
      // string is not documented, but easy mistake and we can do what user probably intended.
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }

  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */

  env(name) {
    this.envVar = name;
    return this;
  }

  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */

  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }

  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */

  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Return option name.
   *
   * @return {string}
   */

  name() {
    if (this.long) {
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }

  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */

  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
    }
    return camelcase(this.name());
  }

  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }

  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */

  is(arg) {
    return this.short === arg || this.long === arg;
  }

  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */

  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
}

/**
 * This class is to make it easier to work with dual options, without changing the existing
 * implementation. We support separate dual options for separate positive and negative options,
 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
 * use cases, but is tricky for others where we want separate behaviours despite
 * the single shared option value.
 */
class DualOptions {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = new Map();
    this.negativeOptions = new Map();
    this.dualOptions = new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }

  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;

    // Use the value to deduce if (probably) came from the option.
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== undefined ? preset : false;
    return option.negate === (negativeValue === value);
  }
}

/**
 * Convert string from kebab-case to camelCase.
 *
 * @param {string} str
 * @return {string}
 * @private
 */

function camelcase(str) {
  return str.split('-').reduce((str, word) => {
    return str + word[0].toUpperCase() + word.slice(1);
  });
}

/**
 * Split the short and long flag out of something like '-m,--mixed <value>'
 *
 * @private
 */

function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  // short flag, single dash and single character
  const shortFlagExp = /^-[^-]$/;
  // long flag, double dash and at least one character
  const longFlagExp = /^--[^-]/;

  const flagParts = flags.split(/[ |,]+/).concat('guard');
  // Normal is short and/or long.
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  // Long then short. Rarely used but fine.
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  // Allow two long flags, like '--ws, --workspace'
  // This is the supported way to have a shortish option flag.
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }

  // Check for unprocessed flag. Fail noisily rather than silently ignore.
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);

    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === undefined && longFlag === undefined)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`,
    );

  return { shortFlag, longFlag };
}

exports.Option = Option;
exports.DualOptions = DualOptions;


/***/ }),

/***/ 19266:
/***/ ((__unused_webpack_module, exports) => {

const maxDistance = 3;

function editDistance(a, b) {
  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
  // Calculating optimal string alignment distance, no substring is edited more than once.
  // (Simple implementation.)

  // Quick early exit, return worst case.
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);

  // distance between prefix substrings of a and b
  const d = [];

  // pure deletions turn a into empty string
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  // pure insertions turn empty string into b
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }

  // fill matrix
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost = 1;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1, // deletion
        d[i][j - 1] + 1, // insertion
        d[i - 1][j - 1] + cost, // substitution
      );
      // transposition
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }

  return d[a.length][b.length];
}

/**
 * Find close matches, restricted to same number of edits.
 *
 * @param {string} word
 * @param {string[]} candidates
 * @returns {string}
 */

function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  // remove possible duplicates
  candidates = Array.from(new Set(candidates));

  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }

  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return; // no one character guesses

    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        // better edit distance, throw away previous worse matches
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });

  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }

  if (similar.length > 1) {
    return `\n(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `\n(Did you mean ${similar[0]}?)`;
  }
  return '';
}

exports.suggestSimilar = suggestSimilar;


/***/ }),

/***/ 76352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ CODE_HOST_KINDS)
/* harmony export */ });
/**
 * The pull-request port (DESIGN.md, "Ports"): where the PR lives, as opposed to where the build runs. One
 * implementation per code host (GitHub, GitLab, Azure Repos); a CI without PRs of its own (Jenkins, Azure
 * building GitHub repos) is paired with the code host that {@link CodeHostRef} names.
 */
/** The code hosts Tessera can post to. */
const CODE_HOST_KINDS = ['github', 'gitlab', 'azure-repos'];


/***/ }),

/***/ 56144:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ exitQuietlyOnBrokenPipe)
/* harmony export */ });
/** Makes an EPIPE on `stream` end the process through `exit`, silently; other errors are rethrown. */
function exitQuietlyOnBrokenPipe(stream, exit = (code) => process.exit(code)) {
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
        exit(Number(process.exitCode ?? 0));
    });
}


/***/ }),

/***/ 61453:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ ExitCode)
/* harmony export */ });
/* unused harmony export EXIT_CODE_MEANING */
/** Exit codes shared by every command, documented in the README. */
const ExitCode = {
    /** Nothing failed. */
    ok: 0,
    /** A test failed (subject to --fail-on), or a shard is missing. */
    testsFailed: 1,
    /** Bad usage or configuration. */
    usage: 2,
    /** An input could not be read (unless --allow-unreadable). */
    unreadableInput: 3,
    /** A bug in Tessera: an error no check foresaw. Never a verdict about the tests. */
    internalError: 4,
};
/** What a non-zero exit code means, in words, for a failed CI step that has no error message to show. */
const EXIT_CODE_MEANING = {
    [ExitCode.testsFailed]: 'a test failed or a shard is missing (the job summary says which)',
    [ExitCode.usage]: 'a usage or configuration error (the log says which)',
    [ExitCode.unreadableInput]: 'an input could not be read (the log names it)',
    [ExitCode.internalError]: 'an internal error in Tessera (a bug; the log says how to report it)',
};


/***/ }),

/***/ 92243:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ fractionFlag),
/* harmony export */   ZR: () => (/* binding */ wholeNumberFlag),
/* harmony export */   ux: () => (/* binding */ repeat)
/* harmony export */ });
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(29760);
/**
 * Parsers of flag values that several verbs share. Each error names the flag, so the user knows which one to
 * fix. Light on purpose: the command declarations import it, and they load on every start of the CLI.
 */

/** Collects a repeatable flag (`--tests a --tests b` → ['a', 'b']). */
const repeat = (value, previous) => [
    ...(previous ?? []),
    value,
];
/**
 * A whole-number flag of at least `min`, or undefined when it was not given. Plain digits only: `1e3`,
 * `0x10` or `4.0` are numbers to JavaScript but not what anyone types for a count, so they are refused.
 *
 * @throws UsageError naming the flag and the value given
 */
function wholeNumberFlag(flag, value, min = 1) {
    if (value === undefined)
        return undefined;
    const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag} must be a whole number ≥ ${min}, got '${value}'`);
    return n;
}
/**
 * A fraction flag (0 < value ≤ 1), or undefined when it was not given. Plain decimals only (`0.05`, `.1`,
 * `1`), for the same reason as whole numbers.
 *
 * @throws UsageError naming the flag and the value given
 */
function fractionFlag(flag, value) {
    if (value === undefined)
        return undefined;
    const n = /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!(n > 0 && n <= 1))
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag} must be a fraction above 0 and at most 1, got '${value}'`, 'e.g. 0.05 for 5 % of the items');
    return n;
}


/***/ }),

/***/ 2928:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _broken_pipe_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(56144);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(71297);
// The `tessera` executable: everything lives in main.ts so tests can run commands in-process.


(0,_broken_pipe_js__WEBPACK_IMPORTED_MODULE_1__/* .exitQuietlyOnBrokenPipe */ .Y)(process.stdout);
(0,_broken_pipe_js__WEBPACK_IMPORTED_MODULE_1__/* .exitQuietlyOnBrokenPipe */ .Y)(process.stderr);
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 71297:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: ISSUES_URL, createProgram, internalErrorLine

// EXTERNAL MODULE: ../../node_modules/commander/esm.mjs
var esm = __nccwpck_require__(13735);
// EXTERNAL MODULE: ./src/model/errors.js
var errors = __nccwpck_require__(29760);
// EXTERNAL MODULE: ./src/formats/reader.js
var reader = __nccwpck_require__(99055);
;// CONCATENATED MODULE: ./src/cli/ci-options.js
/** Adds `--ci` and `--provider` to a verb. */
function addCiOptions(command) {
    return command
        .option('--ci', 'use the CI this runs in: its run facts, artifacts (plan, shard bundles), history, job summary, annotations, outputs and PR comment')
        .option('--provider <id>', 'the CI to use instead of detecting it: github, gitlab, azure, jenkins or local (implies --ci)');
}

// EXTERNAL MODULE: ./src/cli/queue-options.js
var queue_options = __nccwpck_require__(27680);
// EXTERNAL MODULE: ./src/cli/report-output-options.js
var report_output_options = __nccwpck_require__(12755);
// EXTERNAL MODULE: ./src/ci/code-host.js
var code_host = __nccwpck_require__(76352);
;// CONCATENATED MODULE: ./src/cli/source-link-flags.js

/** Registers `--root`, `--code-url`, `--code-host`, `--sha` and `--report-url`. */
function addSourceLinkOptions(command) {
    return command
        .option('--root <dir>', 'the checkout: absolute paths under it are shown repo-relative (default: the workspace in CI, else .)')
        .option('--code-url <url>', "the repository's web URL (https), to link each failure's file and line at --sha")
        .option('--code-host <kind>', `with --code-url: ${code_host/* CODE_HOST_KINDS */.v.join(', ')} (default: from the URL)`)
        .option('--sha <commit>', 'with --code-url: the commit the links point at (default: the head commit)')
        .option('--report-url <url>', "where the HTML report opens as a page (https): the comment's failures link into it");
}

;// CONCATENATED MODULE: ./src/cli/commands/report.js





/** Registers `report`. */
function registerReport(program) {
    const command = program
        .command('report')
        .description('Merge test result files (JUnit XML, CTRF, TRX, TAP, Playwright/Jest JSON) into one report.')
        // Optional at the parser because `--from` stands in for them; runReport refuses an empty list.
        .argument('[inputs...]', "result files or quoted globs, e.g. 'reports/**/*.xml'")
        .option('--from <dir>', 'report over the shard bundles under this folder instead of result files')
        .option('--expect-shards <n>', 'with --from: the number of shards the matrix had')
        .option('--plan <file>', 'with --from: the plan, to check each shard ran exactly its items')
        .option('--no-comment', 'with --ci: do not post the PR comment');
    (0,queue_options/* addQueueOptions */.NH)(command, 'report');
    addCiOptions(command);
    addSourceLinkOptions(command);
    (0,report_output_options/* addReportOutputOptions */.jS)(command)
        .option('--config <file>', 'configuration file (default: tessera.config.json or .tessera.yml)')
        .option('--allow-unreadable', 'exit 0/1 even when some inputs could not be read (they are still listed)')
        .option('--max-file-size <MiB>', `largest result file read (default ${reader/* DEFAULT_READ_OPTIONS */.O$.maxBytes / 1024 / 1024})`)
        .option('--no-color', 'no colours in the summary (also off when stdout is not a terminal, or NO_COLOR is set)')
        .addHelpText('after', '\nThe config key `quarantine` (a list) adds to --quarantine.\n' +
        'Exit codes: 0 nothing failed, 1 a test failed, 2 usage error, 3 an input was unreadable.')
        .action(async (inputs, flags) => (await Promise.all(/* import() */[__nccwpck_require__.e(483), __nccwpck_require__.e(340), __nccwpck_require__.e(628), __nccwpck_require__.e(53), __nccwpck_require__.e(182), __nccwpck_require__.e(154), __nccwpck_require__.e(512), __nccwpck_require__.e(299)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67299))).reportCommand(inputs, flags));
}

// EXTERNAL MODULE: ./src/plan/estimate.js
var estimate = __nccwpck_require__(75095);
// EXTERNAL MODULE: ./src/cli/flag-values.js
var flag_values = __nccwpck_require__(92243);
// EXTERNAL MODULE: ./src/cli/skip-options.js
var skip_options = __nccwpck_require__(28790);
;// CONCATENATED MODULE: ./src/cli/commands/plan.js
/**
 * `tessera plan`, declared: its flags, help and exit codes. What it does is in ../verbs/plan.ts, loaded only
 * when the verb runs, so that starting the CLI (or the action) for one verb never initialises the others.
 */





/** Registers `plan`. */
function registerPlan(program) {
    const command = program
        .command('plan')
        .description('Split test files into balanced shards from the durations of earlier runs.')
        .option('--tests <glob>', "test files (repeatable; '!glob' excludes), e.g. 'test/**/*.test.ts'", flag_values/* repeat */.ux)
        .option('--tests-from <file>', 'a file with one test path per line, or - for stdin')
        .option('--list-command <cmd>', 'a command that prints one test path per line')
        .option('--timings <glob>', 'result files or shard bundles of earlier runs (repeatable)', flag_values/* repeat */.ux)
        .option('--history <file>', 'a history document: file timings, the set-up time when --setup is not given, and the files that failed recently (they run first)')
        .addOption(new esm/* Option */.c$('--estimator <how>', 'how several samples of a file combine').choices(estimate/* ESTIMATORS */.uB))
        .option('--robust', "also balance the files' run-to-run spread (needs two or more runs of timings)")
        .option('--shards <n>', 'number of shards')
        .option('--target <duration>', 'instead of --shards: the wall time to meet, e.g. 10m')
        .option('--setup <duration>', 'fixed cost of every shard (checkout, install, boot), e.g. 90s')
        .option('--max-shards <n>', 'largest shard count weighed for --target (default 32)')
        .option('--group <glob>', 'files matching this glob stay on one shard (repeatable)', flag_values/* repeat */.ux)
        .option('--order <chain>', "'a>b>…': a runs before b, on the same shard (repeatable)", flag_values/* repeat */.ux)
        .addOption(new esm/* Option */.c$('--format <format>', 'json or matrix for the plan; lines, args or json with --shard').choices(['json', 'matrix', 'lines', 'args']))
        .option('--shard <i/N>', "output only shard i's items")
        .option('--plan <file>', 'read this plan instead of computing one (with --shard or --format)')
        .option('--out <file>', 'write the output to a file instead of stdout')
        .option('--config <file>', 'configuration file (default: tessera.config.json or .tessera.yml)')
        .option('--branch <name>', "with --skip-unchanged: this run's branch, for the forced full runs (CI: the CI's)")
        .argument('[command...]', 'with --skip-unchanged: the test command the shards run, after --');
    (0,skip_options/* addSkipOptions */.v)(command);
    addCiOptions(command)
        .addHelpText('after', '\nKeys of tessera.config.json / .tessera.yml mirror the flags: tests, testsFrom, listCommand, timings,\n' +
        'estimator, robust, shards, target, setup, maxShards, groups, order. Flags win.\n' +
        'With --ci the plan goes to --out (default .tessera/plan.json), the tessera-plan artifact and the\n' +
        'matrix (only the shards with files; --format matrix lists them all), shards, items (files to run;\n' +
        '0 when --skip-unchanged reused them all), empty-shards\n' +
        "(the shards with no file, e.g. 3,4) and plan outputs; the baseline branch's history gives the timings.\n" +
        'Exit codes: 0 planned, 2 usage or configuration error.')
        .action(async (testCommand, flags) => (await Promise.all(/* import() */[__nccwpck_require__.e(340), __nccwpck_require__.e(154), __nccwpck_require__.e(29), __nccwpck_require__.e(816)]).then(__nccwpck_require__.bind(__nccwpck_require__, 80816))).planCommand(flags, testCommand));
}

;// CONCATENATED MODULE: ./src/cli/commands/run.js
/**
 * `tessera run`, declared: its flags, help and exit codes. What it does is in ../verbs/run.ts, loaded only
 * when the verb runs.
 */






/** Registers `run`. */
function registerRun(program) {
    const run = program
        .command('run')
        .description("Run one shard's tests with retries and write its bundle, or run every shard locally and report.")
        .argument('<command...>', 'the test command, after --; {files} becomes the items, {file} runs once per item, {results} is the results folder, {tests} the failed tests of a re-run (docs/rerun.md)')
        .option('--plan <file>', 'the plan written by `tessera plan --format json`')
        .option('--shard <i/N>', 'the shard this job runs, e.g. 2/4')
        .option('--shards <n>', 'with --local: the number of shards')
        .option('--local', 'run every shard on this machine, in parallel, then report')
        .option('--batch <k>', "with --shard i/N: run batch k of the plan's in-pipeline queue as worker i and add it to its bundle; a k past the last batch closes the bundle (Jenkins' tesseraQueue hands the numbers out)")
        .option('--concurrency <n>', 'with --local: shards run at once (default: the number of cores)')
        .addOption(new esm/* Option */.c$('--balance <how>', 'with --local: queue (workers take the next files from one queue, recently failed first, then longest first) or static (the planned shards)')
        .choices(['queue', 'static'])
        .default('queue'))
        .option('--requeue <n>', 'with a queue (--queue, or --local): put a file that still fails after its retries back for a different worker, up to n times; a pass there makes it flaky', '0')
        .option('--requeue-tolerance <fraction>', 'with --requeue: requeue at most this fraction of the items over the run (default 0.05)')
        .option('--tests <glob>', "without --plan: test files (repeatable; '!glob' excludes)", flag_values/* repeat */.ux)
        .option('--timings <glob>', 'without --plan: result files or bundles of earlier runs (repeatable)', flag_values/* repeat */.ux)
        .option('--config <file>', 'configuration file (default: tessera.config.json or .tessera.yml)')
        .option('--results <glob>', 'result files the command writes, when it does not write them to {results}')
        .option('--retries <k>', 're-run the files that had failures up to k times', '0')
        .option('--bail [n]', 'stop after the first failing file (or after n), once retried: a shard (--local: the whole run) starts no more files, a queue worker takes no more batches; the files left are reported as not run and the run fails')
        .option('--timeout <duration>', 'stop the command (and its process group) after this long, e.g. 20m')
        .option('--out <dir>', 'where shard bundles are written', '.tessera/shards')
        .option('--report-dir <dir>', 'with --local: the folder of report.json, junit.xml, ctrf.json and report.md (--json etc. move one)', '.tessera/report')
        .option('--attempt <n>', 'the CI re-run attempt of this job (bundles of later attempts win)')
        .option('--rerun-failed <path>', "run only what failed in an earlier attempt (its report.json, or its bundles' folder) and carry the rest forward")
        .option('--pass-env <name>', "give the command one of Tessera's credential variables on purpose (repeatable; SECURITY.md lists them)", flag_values/* repeat */.ux)
        .option('--no-color', 'no colours in the summary');
    (0,skip_options/* addSkipOptions */.v)(run);
    (0,queue_options/* addQueueOptions */.NH)(run, 'run');
    addCiOptions(run);
    // Local mode ends in the report of `tessera report --from`, so it takes the same flags, defined once.
    (0,report_output_options/* addReportOutputOptions */.jS)(run)
        .addHelpText('after', [
        '',
        'Examples:',
        '  tessera run --plan plan.json --shard 2/4 --retries 1 -- npx jest --ci {files}',
        '  tessera run --local --shards 4 --rerun-failed .tessera/report/report.json -- npx vitest run -t {tests} {files}',
        "  tessera run --local --shards 4 --tests 'test/**/*.test.mjs' --html .tessera/report/report.html \\",
        '    --history-dir .tessera/history --branch main -- node --test --test-reporter=junit \\',
        '    --test-reporter-destination={results}/junit.xml {file}',
        '',
        'The command gets TESSERA_RESULTS_DIR (same as {results}), TESSERA_SHARD_INDEX, TESSERA_SHARD_TOTAL and',
        "TESSERA_TRY (1, then 2 for the first retry, ...), and the environment without Tessera's credentials",
        '(INPUT_TOKEN, ACTIONS_RUNTIME_TOKEN, TESSERA_TOKEN, ...; --pass-env NAME keeps one; SECURITY.md lists them).',
        'A command that dies, times out or writes no results',
        'fails the shard. Exit codes: 0 passed (flaky included), 1 a test failed or a shard is missing, 2 usage.',
        '',
        'The report flags (--json to --fail-on) work as in `tessera report --from`, with --local only: a shard',
        'job writes its bundle, and the matrix is reported once, after its shards.',
    ].join('\n'))
        .action(async (command, flags, self) => (await Promise.all(/* import() */[__nccwpck_require__.e(483), __nccwpck_require__.e(340), __nccwpck_require__.e(628), __nccwpck_require__.e(53), __nccwpck_require__.e(182), __nccwpck_require__.e(154), __nccwpck_require__.e(512), __nccwpck_require__.e(29), __nccwpck_require__.e(121)]).then(__nccwpck_require__.bind(__nccwpck_require__, 45121))).runCommand(command, flags, self));
}

;// CONCATENATED MODULE: ./src/cli/commands/collect.js

/** Registers `collect`. */
function registerCollect(program) {
    const command = program
        .command('collect')
        .description('Write a shard bundle from result files, for jobs that run their tests themselves.')
        .requiredOption('--shard <i/N>', 'the shard this job ran, e.g. 2/4')
        .requiredOption('--results <glob>', "the result files, e.g. 'reports/**/*.xml'")
        .option('--plan <file>', "the plan, to record this shard's planned items (report checks them)")
        .option('--out <dir>', 'where the bundle is written', '.tessera/shards')
        .option('--attempt <n>', 'the CI re-run attempt of this job (bundles of later attempts win)');
    addCiOptions(command)
        .addHelpText('after', '\nExit codes: 0 the results show no failure, 1 a test failed or no result was found, 2 usage.')
        .action(async (flags) => (await Promise.all(/* import() */[__nccwpck_require__.e(483), __nccwpck_require__.e(340), __nccwpck_require__.e(628), __nccwpck_require__.e(182), __nccwpck_require__.e(154), __nccwpck_require__.e(237)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61237))).collectCommand(flags));
}

;// CONCATENATED MODULE: ./src/cli/commands/index.js




/** Every verb, in the order `--help` lists them. Each command module adds itself here. */
const COMMANDS = [
    registerPlan,
    registerRun,
    registerCollect,
    registerReport,
];

// EXTERNAL MODULE: ./src/render/untrusted-text.js
var untrusted_text = __nccwpck_require__(81250);
// EXTERNAL MODULE: ./src/cli/exit-codes.js
var exit_codes = __nccwpck_require__(61453);
;// CONCATENATED MODULE: ./src/cli/version.js
/**
 * The version `tessera --version` prints. A constant rather than a read of package.json, so the bundle
 * needs no file beside it and no JSON import; test/cli/cli-defects.test.ts holds it equal to
 * package.json's `version` (the release steps in CHANGELOG.md bump both).
 */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/main.js






/** Where to report a bug. */
const ISSUES_URL = 'https://github.com/tessera-ci/tessera/issues';
/**
 * The one line printed for an error no check foresaw (a bug): its exit code is not "tests failed", and it
 * says how to report it. The stack follows only with `TESSERA_DEBUG=1`.
 */
function internalErrorLine(error) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const line = `tessera: internal error (exit ${exit_codes/* ExitCode */.y.internalError}): ${(0,untrusted_text/* neutraliseUntrustedText */.u)(what)}. This is a bug in Tessera: please report it at ${ISSUES_URL} with the command you ran (TESSERA_DEBUG=1 prints the stack).`;
    const stack = process.env.TESSERA_DEBUG === '1' && error instanceof Error ? `\n${error.stack ?? ''}` : '';
    return `${line}${stack}`;
}
/**
 * Builds the program; exported so tests can run commands in-process (and docs/cli.md is generated from
 * it). `output` replaces commander's writes to stdout and stderr (help, version, parse errors).
 *
 * A parse error (unknown flag, a value outside the choices) prints commander's one-line error and one line
 * on where the help is, not the whole help: 60 lines of help would push the error off the screen.
 */
function createProgram(output) {
    const program = new esm/* Command */.uB('tessera')
        .description('Balanced sharded test runs, merged reports and per-test history for any CI.')
        .version(VERSION, '-V, --version', 'print the version and exit')
        .showHelpAfterError("Run 'tessera --help' for the commands.")
        .exitOverride();
    // Set before the verbs are added: commander copies it into each sub-command.
    if (output)
        program.configureOutput(output);
    for (const register of COMMANDS)
        register(program);
    for (const command of program.commands)
        command.showHelpAfterError(`Run 'tessera ${command.name()} --help' for its flags.`);
    return program;
}
/**
 * Runs the CLI and returns the exit code; never throws. An error that stops the command is printed as one
 * `tessera: <message and hint>` line through `printError` (stderr by default); the GitHub action also
 * keeps it, to fail its step with the reason rather than only the code.
 */
async function main(argv, printError = (line) => console.error(line), output) {
    process.exitCode = undefined;
    try {
        await createProgram(output).parseAsync(argv, { from: 'user' });
        return Number(process.exitCode ?? exit_codes/* ExitCode */.y.ok);
    }
    catch (error) {
        if (error instanceof esm/* CommanderError */.b7) {
            // --help and --version exit through here with code 0.
            return error.exitCode === 0 ? exit_codes/* ExitCode */.y.ok : exit_codes/* ExitCode */.y.usage;
        }
        if (error instanceof errors/* UsageError */.eb || error instanceof errors/* ConfigError */.xL) {
            // Messages quote untrusted names (an item, a file): neutralised like every other printed text.
            printError(`tessera: ${(0,untrusted_text/* neutraliseUntrustedText */.u)(error.describe(), { multiline: true })}`);
            return exit_codes/* ExitCode */.y.usage;
        }
        if (error instanceof errors/* TesseraError */.Wc) {
            printError(`tessera: ${(0,untrusted_text/* neutraliseUntrustedText */.u)(error.describe(), { multiline: true })}`);
            return exit_codes/* ExitCode */.y.testsFailed;
        }
        printError(internalErrorLine(error));
        return exit_codes/* ExitCode */.y.internalError;
    }
}


/***/ }),

/***/ 27680:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ addQueueOptions),
/* harmony export */   TJ: () => (/* binding */ queueSettings)
/* harmony export */ });
/* unused harmony exports QUEUE_URL_VARIABLE, DEFAULT_QUEUE_TIMEOUT_MS */
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(29760);
/* harmony import */ var _plan_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(81629);


/** The environment variable the URL is read from when `--queue` is not given: keep the password out of argv. */
const QUEUE_URL_VARIABLE = 'TESSERA_QUEUE_URL';
/** The report's default wait for the queue to drain. */
const DEFAULT_QUEUE_TIMEOUT_MS = 30 * 60_000;
/** Registers the queue flags; `report` gets `--queue-timeout`, `run` `--lease` and `--queue-fallback`. */
function addQueueOptions(command, verb) {
    command
        .option('--queue [url]', `balance at run time across the jobs through this Redis/Valkey (redis:// or rediss://); a bare --queue reads the URL from $${QUEUE_URL_VARIABLE}, which keeps the password out of the command line`)
        .option('--queue-id <id>', "the run's queue (default: the CI run id and attempt)");
    if (verb === 'run')
        command
            .option('--lease <duration>', 'how long a batch stays reserved without a renewal (default 60s)')
            .option('--queue-fallback <how>', "'static': when the queue cannot be reached, run the planned shard");
    else
        command.option('--queue-timeout <duration>', 'how long to wait for the queue to drain before reporting (default 30m)');
}
function duration(flag, value) {
    const ms = (0,_plan_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E)(value);
    if (ms === undefined || ms <= 0)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag} '${value}' is not a duration`, 'Write e.g. 60s, 2m, 1h.');
    return ms;
}
/**
 * The queue to use, or undefined without `--queue`. The variable alone does not turn the queue on: a team
 * may keep the secret in every job's environment, and a job that did not ask for a queue runs its shard.
 *
 * @throws UsageError for a bad duration, an unknown fallback, or no queue id outside CI
 */
function queueSettings(flags, run, env = process.env) {
    if (flags.queue === undefined || flags.queue === false) {
        if (flags.queueId !== undefined || flags.lease !== undefined || flags.queueFallback !== undefined)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--queue-id, --lease and --queue-fallback need --queue', `Add --queue (the URL from $${QUEUE_URL_VARIABLE}) or --queue <url>.`);
        return undefined;
    }
    const url = flags.queue === true ? (env[QUEUE_URL_VARIABLE] ?? '') : flags.queue;
    if (url === '')
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--queue without a URL reads $${QUEUE_URL_VARIABLE}, which is not set`, 'Map the secret into the job’s environment as TESSERA_QUEUE_URL, or pass --queue <url>.');
    if (flags.queueFallback !== undefined && flags.queueFallback !== 'static')
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--queue-fallback '${flags.queueFallback}' is not known`, "The only fallback is 'static'.");
    const fromRun = run?.runId !== undefined ? `${run.provider}-${run.runId}-${run.attempt ?? 1}` : undefined;
    const queueId = flags.queueId ?? fromRun;
    if (queueId === undefined)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--queue needs --queue-id outside CI', 'Give every job of one run the same id, and each run its own, e.g. --queue-id "$BUILD_ID".');
    return {
        url,
        queueId,
        ...(flags.lease !== undefined ? { leaseMs: duration('--lease', flags.lease) } : {}),
        ...(flags.queueFallback !== undefined ? { fallback: flags.queueFallback } : {}),
        timeoutMs: flags.queueTimeout !== undefined
            ? duration('--queue-timeout', flags.queueTimeout)
            : DEFAULT_QUEUE_TIMEOUT_MS,
    };
}


/***/ }),

/***/ 12755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ givenReportOutputFlags),
/* harmony export */   jS: () => (/* binding */ addReportOutputOptions),
/* harmony export */   sF: () => (/* binding */ machineTargets),
/* harmony export */   sG: () => (/* binding */ checkStdoutTargets),
/* harmony export */   tB: () => (/* binding */ checkDistinctTargets)
/* harmony export */ });
/* unused harmony export REPORT_OUTPUT_KEYS */
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(13735);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(29760);
/* harmony import */ var _trend_fail_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(17980);
/* harmony import */ var _flag_values_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(92243);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(76760);
/**
 * The report's output and history flags, shared by `tessera report` and `tessera run --local`: both end in
 * the same report over the same Report, so they take the same flags, defined once here. The parsing of the
 * history, fail-policy and rendering flags lives in report-trend-flags.ts; this module registers
 * the flags and turns the machine outputs into their targets.
 */





/** Every option key registered here, for a command that must refuse them in some mode. */
const REPORT_OUTPUT_KEYS = [
    'json',
    'junit',
    'ctrf',
    'markdown',
    'markdownBudget',
    'summary',
    'html',
    'history',
    'historyOut',
    'historyDir',
    'branch',
    'baseBranch',
    'quarantine',
    'regressionMinSamples',
    'failOn',
];
/**
 * Registers the output flags (`--json`, `--junit`, `--ctrf`, `--markdown`, `--markdown-budget`,
 * `--summary`, `--html`), the history flags (`--history`, `--history-out`, `--history-dir`, `--branch`,
 * `--base-branch`) and the verdict flags (`--quarantine`, `--regression-min-samples`, `--fail-on`).
 * `--config` is left to each command, which also reads it for other purposes.
 */
function addReportOutputOptions(command) {
    return command
        .option('--json <path>', 'write the report as JSON (the Report document); - for stdout')
        .option('--junit <path>', 'write merged JUnit XML for GitLab, Jenkins and Azure test tabs; - for stdout')
        .option('--ctrf <path>', 'write CTRF JSON; - for stdout')
        .option('--markdown <path>', 'write the PR comment (markdown, within --markdown-budget); - for stdout')
        .option('--markdown-budget <chars>', "the comment's size limit (default 65536, GitHub's)")
        .option('--summary <path>', 'write the job summary (markdown, up to 1 MiB); - for stdout')
        .option('--html <path>', 'write the self-contained HTML report; - for stdout')
        .option('--history <file>', 'history file: the baseline to compare with, updated with this run')
        .option('--history-out <file>', 'with --history: write the updated history here (default: in place)')
        .option('--history-dir <dir>', 'per-branch histories (<dir>/<branch>.json.gz); needs --branch')
        .option('--branch <name>', "this run's branch: its history receives the run")
        .option('--base-branch <name>', 'with --history-dir, for a pull request: compare with this branch')
        .option('--quarantine <pattern>', 'test id, file glob or fileGlob::titleGlob whose failures do not fail the run (repeatable)', _flag_values_js__WEBPACK_IMPORTED_MODULE_2__/* .repeat */ .ux)
        .option('--regression-min-samples <n>', 'earlier runs a duration needs before a slow-down is judged (default 5)')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--fail-on <when>', 'exit 1 when tests failed, only when failures are new against the baseline, or never')
        .choices([..._trend_fail_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON_VALUES */ .Q])
        .default('failures'));
}
/** The machine outputs (JSON, JUnit, CTRF) the flags ask for. */
function machineTargets(flags) {
    return {
        ...(flags.json !== undefined ? { json: flags.json } : {}),
        ...(flags.junit !== undefined ? { junit: flags.junit } : {}),
        ...(flags.ctrf !== undefined ? { ctrf: flags.ctrf } : {}),
    };
}
/**
 * Refuses more than one output on standard output: two documents interleaved there could not be told apart.
 *
 * @returns whether one output goes to standard output (the summary and progress then go to stderr)
 */
function checkStdoutTargets(paths) {
    const toStdout = paths.filter((p) => p === '-').length;
    if (toStdout > 1)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('only one output can go to standard output (-)', 'Write the others to files.');
    return toStdout === 1;
}
/**
 * Refuses one file for two outputs (`--json x --html x`): the second would overwrite the first, and a
 * reader would get either. Paths are compared resolved; `-` (standard output) is checked by
 * {@link checkStdoutTargets}.
 */
function checkDistinctTargets(targets) {
    const seen = new Map();
    for (const [flag, path] of Object.entries(targets)) {
        if (path === undefined || path === '-')
            continue;
        const key = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(path);
        const other = seen.get(key);
        if (other !== undefined)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${other} and ${flag} name the same file '${path}'`, 'Give every output its own path.');
        seen.set(key, flag);
    }
}
/** The flags of this module that were given on the command line (or by environment), as `--flag` names. */
function givenReportOutputFlags(command) {
    return REPORT_OUTPUT_KEYS.filter((key) => {
        const source = command.getOptionValueSource(key);
        return source !== undefined && source !== 'default';
    }).map((key) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
}


/***/ }),

/***/ 28790:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ skipOptionsOf),
/* harmony export */   v: () => (/* binding */ addSkipOptions)
/* harmony export */ });
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(29760);

/** Registers `--skip-unchanged` and `--no-cache`. */
function addSkipOptions(command) {
    return command
        .option('--skip-unchanged', 'reuse the passed result of a test file whose content key (it, its local imports, the lockfile, config and command) passed before; see docs/skip-unchanged.md')
        .option('--no-cache', 'with --skip-unchanged: run every file this time (and record the keys that pass)');
}
/**
 * The skip options of a verb, or undefined without `--skip-unchanged`. `command` is the test command the
 * keys include; `branch` decides the forced full runs of the default branch.
 */
function skipOptionsOf(flags, context) {
    if (flags.skipUnchanged !== true) {
        if (flags.cache === false)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--no-cache only has a meaning with --skip-unchanged', 'Drop --no-cache.');
        return undefined;
    }
    if (context.command.length === 0)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--skip-unchanged needs the test command: it is part of every content key', 'Write it after --, as for run: tessera plan --skip-unchanged … -- npx vitest run {files}');
    const quarantine = [...(context.config.quarantine ?? []), ...(context.quarantine ?? [])];
    return {
        command: context.command,
        ...(context.config.skipUnchanged ? { config: context.config.skipUnchanged } : {}),
        ...(context.configFile !== undefined ? { configFile: context.configFile } : {}),
        ...(quarantine.length > 0 ? { quarantine } : {}),
        ...(context.branch !== undefined ? { branch: context.branch } : {}),
        noCache: flags.cache === false,
    };
}


/***/ }),

/***/ 99055:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ fileInput),
/* harmony export */   O$: () => (/* binding */ DEFAULT_READ_OPTIONS)
/* harmony export */ });
/* unused harmony export bufferInput */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(51455);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(74060);



const DEFAULT_READ_OPTIONS = {
    maxBytes: 256 * 1024 * 1024,
    maxOutputChars: 16 * 1024,
    maxMessageChars: 16 * 1024,
};
/** A file on disk as a ResultInput. */
async function fileInput(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
    // A FIFO or a device would block the read forever (or never end): only regular files are read.
    if (!info.isFile())
        throw notRegularFile(path);
    const { size } = info;
    if (size <= SMALL_FILE_BYTES) {
        const bytes = readSmallFile(path, size);
        if (bytes)
            return bufferInput(path, bytes);
    }
    return { name: path, size, chunks: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: FILE_CHUNK_BYTES }) };
}
/**
 * The chunk size of a streamed file. Each chunk becomes one decoded string, and the ones being parsed when
 * the young generation is collected are promoted to the old one, where they stay until a full collection:
 * 256 KiB chunks (large objects, promoted at once) cost 20–30 MiB more peak RSS at 96,000 tests than
 * 64 KiB ones (bench:report, java-system-out 281 → 255 MiB, failure-heavy 226 → 206 MiB), with no CPU
 * difference measured; 16 and 32 KiB gain nothing more.
 */
const FILE_CHUNK_BYTES = 64 * 1024;
/**
 * Files up to this size are read whole, at once, and served from memory to the sniffer and the reader. A
 * stream costs a stat, an open, two reads and a close on the thread pool, twice (sniff, then read), each a
 * round trip through the event loop: for 6,000 Surefire files of a few kilobytes that was most of the time
 * (issue 17, `many-small-files`). Four files in flight hold at most 1 MiB this way.
 */
const SMALL_FILE_BYTES = 256 * 1024;
function notRegularFile(path) {
    return new _model_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ParseError */ .mB(path, 'not a regular file (a FIFO, socket, device or directory)', {}, 'Point Tessera at the result files the tests wrote.');
}
/**
 * The whole of a small regular file, read synchronously (a few system calls, no thread-pool round trips), or
 * undefined when it grew past `SMALL_FILE_BYTES` since it was measured (then it is streamed like any large
 * file, so the size cap still applies as the bytes arrive). Opened non-blocking and checked again, so a file
 * swapped for a FIFO after the `stat` cannot block the read.
 */
function readSmallFile(path, size) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isFile())
            throw notRegularFile(path);
        // One byte more than expected tells a file that grew from one that did not.
        const buffer = Buffer.allocUnsafe(Math.max(size, 0) + 1);
        let length = 0;
        for (;;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
            if (read === 0)
                return buffer.subarray(0, length);
            length += read;
            if (length === buffer.length)
                return undefined;
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Bytes or text in memory as a ResultInput (tests, fuzzing, artifacts already downloaded). */
function bufferInput(name, data) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    return {
        name,
        size: bytes.byteLength,
        async *chunks() {
            yield bytes;
        },
    };
}


/***/ }),

/***/ 96545:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ maxOf),
/* harmony export */   _h: () => (/* binding */ minOf),
/* harmony export */   u2: () => (/* binding */ appendAll)
/* harmony export */ });
/**
 * Array helpers for input-sized data. `target.push(...items)`, `Math.max(...values)` and `f.apply(x, items)`
 * pass every element as an argument, and V8 throws `RangeError: Maximum call stack size exceeded` past about
 * 100,000 of them: a shard of 200,000 tests would crash the report. These loop instead. A test
 * (test/hardening/huge-inputs.test.ts) keeps the spread forms out of src/ and providers/.
 */
/** Appends every item to `target` (in place) and returns it. */
function appendAll(target, items) {
    for (const item of items)
        target.push(item);
    return target;
}
/** The largest of `values`, or `empty` when there is none. */
function maxOf(values, empty) {
    let max;
    for (const v of values)
        if (max === undefined || v > max)
            max = v;
    return max ?? empty;
}
/** The smallest of `values`, or `empty` when there is none. */
function minOf(values, empty) {
    let min;
    for (const v of values)
        if (min === undefined || v < min)
            min = v;
    return min ?? empty;
}


/***/ }),

/***/ 32070:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ saneDuration),
/* harmony export */   pH: () => (/* binding */ durationWarning),
/* harmony export */   rG: () => (/* binding */ MAX_DURATION_MS),
/* harmony export */   vX: () => (/* binding */ saneDurations)
/* harmony export */ });
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9071);

/** The longest duration believed: 7 days, past any CI's job limit (GitHub 6 h, GitLab and Azure 3 days). */
const MAX_DURATION_MS = 7 * 24 * 60 * 60 * 1000;
/** `ms` as a believable duration: 0 when not finite-or-positive-infinite or negative, capped at the maximum. */
function saneDuration(ms) {
    if (Number.isNaN(ms) || ms < 0)
        return 0;
    return ms > MAX_DURATION_MS ? MAX_DURATION_MS : ms;
}
function sane(ms) {
    return Number.isFinite(ms) && ms >= 0 && ms <= MAX_DURATION_MS;
}
/** Tests and suite timings with every duration made sane, and how many were not. */
function saneDurations(tests, suites) {
    let fixed = 0;
    const outTests = tests.map((t) => {
        if (t.attempts.every((a) => sane(a.durationMs)) && sane(t.durationMs))
            return t;
        const attempts = t.attempts.map((a) => {
            if (sane(a.durationMs))
                return a;
            fixed++;
            return { ...a, durationMs: saneDuration(a.durationMs) };
        });
        // The total is recomputed from the fixed attempts (a sum of capped values can exceed the cap: fine).
        return { ...(0,_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .makeTestCase */ .Hw)({ ...t, attempts }, t.id) };
    });
    const outSuites = suites.map((s) => {
        if (sane(s.durationMs))
            return s;
        fixed++;
        return { ...s, durationMs: saneDuration(s.durationMs) };
    });
    return { tests: outTests, suites: outSuites, fixed };
}
/** The warning for a file with `fixed` durations made sane. */
function durationWarning(file, fixed) {
    return `${file}: ${fixed} duration${fixed === 1 ? ' was' : 's were'} not a finite, non-negative time of at most 7 days (NaN, negative, 1e308…): read as 0, or capped at 7 days`;
}


/***/ }),

/***/ 29760:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wc: () => (/* binding */ TesseraError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   mB: () => (/* binding */ ParseError),
/* harmony export */   tJ: () => (/* binding */ VersionError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * Typed errors. Every error a user can meet says what went wrong, where, and what to do about it; the CLI
 * and the CI entries map them to exit codes in one place.
 */
/** Base class: `hint` tells the user what to do next. */
class TesseraError extends Error {
    hint;
    name = 'TesseraError';
    constructor(message, hint, options) {
        super(message, options);
        this.hint = hint;
    }
    /** Message plus hint, as printed to a user. */
    describe() {
        return this.hint ? `${this.message}\n  hint: ${this.hint}` : this.message;
    }
}
/** Bad command-line arguments or flags (exit code 2). */
class UsageError extends TesseraError {
    name = 'UsageError';
}
/** A configuration file or value that cannot be used (exit code 2). */
class ConfigError extends TesseraError {
    name = 'ConfigError';
}
/**
 * A result file that cannot be read: malformed, truncated, of an unknown format, too large, or unsafe (DTD,
 * external entities). It names the file and the position; the file counts as unreadable and every other
 * file is still read.
 */
class ParseError extends TesseraError {
    name = 'ParseError';
    file;
    line;
    column;
    constructor(file, reason, position = {}, hint, options) {
        const where = position.line !== undefined
            ? `:${position.line}${position.column !== undefined ? `:${position.column}` : ''}`
            : '';
        super(`${file}${where}: ${reason}`, hint ?? 'Check that the file is complete and was written by a supported reporter.', options);
        this.file = file;
        if (position.line !== undefined)
            this.line = position.line;
        if (position.column !== undefined)
            this.column = position.column;
    }
}
/** A versioned document (plan, bundle, history) written by a newer Tessera than this one. */
class VersionError extends TesseraError {
    name = 'VersionError';
}


/***/ }),

/***/ 74060:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ errors/* ConfigError */.xL),
  im: () => (/* reexport */ OUTCOMES),
  mB: () => (/* reexport */ errors/* ParseError */.mB),
  Wc: () => (/* reexport */ errors/* TesseraError */.Wc),
  eb: () => (/* reexport */ errors/* UsageError */.eb),
  NW: () => (/* reexport */ capTestNames),
  fx: () => (/* reexport */ displayParts),
  xU: () => (/* reexport */ displayTitle),
  pH: () => (/* reexport */ durations/* durationWarning */.pH),
  Pm: () => (/* reexport */ outcome/* foldTests */.Pm),
  cu: () => (/* reexport */ outcome/* identityOf */.cu),
  JT: () => (/* reexport */ locateTest),
  Hw: () => (/* reexport */ outcome/* makeTestCase */.Hw),
  Fd: () => (/* reexport */ test_id/* normalizePath */.Fd),
  sG: () => (/* reexport */ outcome/* outcomeOf */.sG),
  e9: () => (/* reexport */ repoRelativePath),
  a: () => (/* reexport */ durations/* saneDuration */.a),
  vX: () => (/* reexport */ durations/* saneDurations */.vX),
  ec: () => (/* reexport */ test_id/* testId */.ec),
  XF: () => (/* reexport */ test_id/* testTitle */.XF)
});

// UNUSED EXPORTS: MAX_DURATION_MS, NAME_LIMITS, REPORT_VERSION, VersionError, capText, firstRepoFrame, lineInTrace

;// CONCATENATED MODULE: ./src/model/test-result.js
/**
 * The test-result model: what every reader produces and every writer, merger and renderer consumes.
 *
 * A test has one or more attempts (the runs of that test in one CI run: retries, re-runs of a shard, the same
 * case found twice). Each attempt has a status; the test's outcome is derived from its attempts. This follows
 * Playwright's split between a result's `status` and a test's `outcome`.
 */
/** All outcomes, in the order reports list them. */
const OUTCOMES = ['failed', 'flaky', 'passed', 'skipped'];

// EXTERNAL MODULE: ./src/model/test-id.js
var test_id = __nccwpck_require__(56965);
// EXTERNAL MODULE: ./src/model/outcome.js
var outcome = __nccwpck_require__(9071);
// EXTERNAL MODULE: ./src/model/errors.js
var errors = __nccwpck_require__(29760);
;// CONCATENATED MODULE: ./src/model/name-limits.js
/**
 * Bounds on the names a test carries (its name, suite path, file and project). They come from result files
 * and bundles, which a test or a fork can write: a test name of hundreds of megabytes would otherwise be
 * copied into every report, the history and every rendering. Messages and traces have their own bound
 * (the readers' `maxMessageChars`, 16 KiB by default). Every cut text ends in a visible marker.
 */

/** The documented bounds (README, "Limits"; SECURITY.md). */
const NAME_LIMITS = {
    /** A test's own name, and each suite name. */
    nameChars: 2_000,
    /** A test's file path. */
    pathChars: 1_024,
    /** Suite levels kept (the outermost ones). */
    suiteDepth: 32,
};
/** `text` cut to `max` characters, ending with `… [N more characters cut]`; as it is when short enough. */
function capText(text, max) {
    if (text.length <= max)
        return text;
    return `${text.slice(0, max)}… [${text.length - max} more characters cut]`;
}
function exceeds(t) {
    return (t.name.length > NAME_LIMITS.nameChars ||
        t.suite.length > NAME_LIMITS.suiteDepth ||
        t.suite.some((s) => s.length > NAME_LIMITS.nameChars) ||
        (t.file?.length ?? 0) > NAME_LIMITS.pathChars ||
        (t.project?.length ?? 0) > NAME_LIMITS.nameChars);
}
/**
 * `test` with its names within {@link NAME_LIMITS}; the same object when they already are (the usual case,
 * so this costs a few comparisons per test). A cut test gets the id of its cut names.
 */
function capTestNames(test) {
    if (!exceeds(test))
        return test;
    const suite = test.suite.slice(0, NAME_LIMITS.suiteDepth).map((s) => capText(s, NAME_LIMITS.nameChars));
    if (test.suite.length > NAME_LIMITS.suiteDepth)
        suite.push(`… [${test.suite.length - NAME_LIMITS.suiteDepth} more suite levels cut]`);
    return (0,outcome/* makeTestCase */.Hw)({
        ...test,
        name: capText(test.name, NAME_LIMITS.nameChars),
        suite,
        ...(test.file !== undefined ? { file: capText(test.file, NAME_LIMITS.pathChars) } : {}),
        ...(test.project !== undefined ? { project: capText(test.project, NAME_LIMITS.nameChars) } : {}),
    });
}

// EXTERNAL MODULE: ./src/model/durations.js
var durations = __nccwpck_require__(32070);
;// CONCATENATED MODULE: ./src/model/display-title.js
/**
 * Suite names runners invent for the top of the tree: mocha's root suite (mocha-junit-reporter's default
 * `rootSuiteTitle`), Jasmine's and Karma's "All specs", Jasmine's internal top-level suite.
 */
const SYNTHETIC_ROOTS = [
    'Root Suite',
    'All specs',
    'All Specs',
    'Jasmine__TopLevel__Suite',
    'Mocha Tests',
];
/** Separators a reporter puts between a synthetic root and the suite below it in one name. */
const JOINERS = /^(?:\s*[/.›>:]\s*|\s+)/;
/** A suite name without a synthetic root in front of it; '' when it is nothing but one. */
function withoutSyntheticRoot(suite) {
    const trimmed = suite.trim();
    for (const root of SYNTHETIC_ROOTS) {
        if (trimmed === root)
            return '';
        if (trimmed.startsWith(root)) {
            const joiner = JOINERS.exec(trimmed.slice(root.length));
            if (joiner)
                return trimmed.slice(root.length + joiner[0].length).trim();
        }
    }
    return trimmed;
}
/** How a reporter joins a suite path and a name when it writes the full title: a space, `›`, `>` or `.`. */
const TITLE_SEPARATOR = /^(?:\s*[›>]\s*|\.|\s+)/;
/** `name` without `prefix` and the separator after it; undefined when the name does not start with both. */
function stripPrefix(name, prefix) {
    if (prefix.length === 0 || !name.startsWith(prefix))
        return undefined;
    const separator = TITLE_SEPARATOR.exec(name.slice(prefix.length));
    if (!separator)
        return undefined;
    const rest = name.slice(prefix.length + separator[0].length).trim();
    return rest.length > 0 ? rest : undefined;
}
// One-entry memo of cleanSuite: readers hand over the tests of one describe block in a row, sharing one
// frozen suite array, which cannot change, so the memo is not observable.
let memoRaw;
let memoClean = [];
/** The suite path without synthetic roots, repeats, and a parent's name in front of a child's. */
function cleanSuite(raw) {
    if (raw === memoRaw)
        return memoClean;
    const suite = [];
    for (const entry of raw) {
        let s = withoutSyntheticRoot(entry);
        const parent = suite[suite.length - 1];
        // A nested suite named with its parent's path in front (`strings upper` in `strings`).
        if (parent !== undefined)
            s = stripPrefix(s, parent) ?? s;
        if (s.length > 0 && s !== parent)
            suite.push(s);
    }
    if (Object.isFrozen(raw)) {
        memoRaw = raw;
        memoClean = suite;
    }
    return suite;
}
/**
 * The suite path and name as a person should read them:
 * - synthetic root suites are dropped, also in front of a joined name (`Root Suite.calculator`);
 * - a suite equal to the one before it is dropped (jenkins-mode mocha repeats each suite), and one named
 *   with the one before it in front loses that prefix (`strings upper` in `strings`);
 * - a name that starts with the suite path (or its innermost suites) joined by spaces, `›`, `>` or `.`
 *   loses that prefix, the way mocha-junit-reporter and jest-junit write `calculator adds two numbers`;
 * - a name that holds outer suites the path does not list, then the innermost suite
 *   (`strings upper uppercases ascii` in suite `upper`), shows them as suites.
 */
function displayParts(parts) {
    const suite = cleanSuite(parts.suite);
    let name = withoutSyntheticRoot(parts.name) || parts.name.trim();
    const innermost = suite[suite.length - 1];
    // Every repeat this removes ends with the innermost suite: without it in the name, nothing to do (the
    // common case, and the fast one at 100,000 tests).
    if (innermost === undefined || !name.includes(innermost))
        return { suite, name: name || parts.name };
    for (const joiner of [' ', ' › ', ' > ', '.']) {
        for (let from = 0; from < suite.length; from++) {
            const rest = stripPrefix(name, suite.slice(from).join(joiner));
            if (rest !== undefined)
                return { suite, name: rest };
        }
    }
    // Outer suites missing from the path, then the innermost one: `strings upper uppercases ascii`.
    const at = name.indexOf(` ${innermost} `);
    if (at > 0) {
        const outer = name.slice(0, at).trim();
        const rest = name.slice(at + innermost.length + 2).trim();
        if (rest.length > 0)
            return { suite: [...suite.slice(0, -1), outer, innermost], name: rest };
    }
    name = name.length > 0 ? name : parts.name;
    return { suite, name };
}
/**
 * The readable one-line title: `suite › suite › name [project]`, with what a reporter repeated or invented
 * left out (see {@link displayParts}). Use it wherever a person reads a title; use `testTitle` where the
 * title is a key (quarantine patterns, the history's stored title).
 */
function displayTitle(parts) {
    const { suite, name } = displayParts(parts);
    const title = [...suite, name].filter((s) => s.length > 0).join(' › ');
    return parts.project ? `${title} [${parts.project}]` : title;
}

;// CONCATENATED MODULE: ./src/model/source-location.js
/**
 * Where a test is in the repository, as a reviewer wants to open it: a repo-relative path and a line.
 * Result files often name absolute paths of the CI machine (`/home/ci/work/app/test/async.spec.js`) and no
 * line, while the failure's stack trace does name one (`at Context.<anonymous> (test/async.spec.js:22:26)`).
 * These functions strip the checkout root from a path and find the line in the trace. Pure.
 */
/** A path with forward slashes, without `file://`, and without a trailing slash on a folder. */
function slashed(path) {
    return path
        .trim()
        .replace(/\\/g, '/')
        .replace(/^file:\/\//, '');
}
function isAbsolute(path) {
    return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}
/**
 * `path` relative to the checkout `root`, or undefined when it is not inside the repository: an absolute
 * path elsewhere, a path that climbs out (`../x`), a dependency (`node_modules/`), a runtime's own frame
 * (`node:internal/…`). A relative path is taken as relative to the root already (runners print paths
 * relative to where they ran, the checkout).
 */
function repoRelativePath(path, root) {
    let p = slashed(path);
    if (p.length === 0 || /^[a-z][a-z0-9+.-]*:(?!\/)/i.test(p) || p.startsWith('<'))
        return undefined;
    if (isAbsolute(p)) {
        if (root === undefined)
            return undefined;
        const r = `${slashed(root).replace(/\/+$/, '')}/`;
        const caseless = /^[A-Za-z]:\//.test(r);
        const under = caseless ? p.toLowerCase().startsWith(r.toLowerCase()) : p.startsWith(r);
        if (!under)
            return undefined;
        p = p.slice(r.length);
    }
    p = p.replace(/\/{2,}/g, '/');
    while (p.startsWith('./'))
        p = p.slice(2);
    const segments = p.split('/');
    if (p.length === 0 || segments.some((s) => s === '..' || s === ''))
        return undefined;
    if (segments.includes('node_modules') || segments.includes('site-packages'))
        return undefined;
    return p;
}
/**
 * A stack frame's place: a path, `:line`, and `:column` or the end of the frame. Node runners print
 * `at fn (/abs/test/a.test.ts:3:9)` (Jest, mocha, node:test) and `❯ test/a.test.ts:3:9` (Vitest).
 */
const FRAME = /([^\s()[\]'"`<>]+?):(\d{1,7})(?::\d{1,7})?(?=$|[\s)\]'"`<>,])/gm;
/** Python's `File "/abs/tests/test_x.py", line 12, in test_x`. */
const PYTHON_FRAME = /File "([^"\n]+)", line (\d{1,7})/g;
function* framesOf(trace) {
    const found = [];
    for (const m of trace.matchAll(FRAME))
        found.push({ at: m.index, frame: { path: m[1] ?? '', line: Number(m[2]) } });
    for (const m of trace.matchAll(PYTHON_FRAME))
        found.push({ at: m.index, frame: { path: m[1] ?? '', line: Number(m[2]) } });
    found.sort((a, b) => a.at - b.at);
    for (const f of found)
        if (f.frame.line > 0)
            yield f.frame;
}
/**
 * The line of the first frame of `trace` that lies in `file` (the test's path, repo-relative or as the
 * result file gave it): where the test failed. A frame counts when its path is `file` itself, or an absolute
 * path (POSIX, Windows, or a `file://` URL) ending in `/<file>`; a relative path ending in it is another
 * file. Undefined when no frame is in the file.
 */
function lineInTrace(trace, file) {
    const target = slashed(file).replace(/^\.\//, '');
    // Cheap test first: most traces never mention the test file at all (a crash, a timeout).
    if (trace === undefined || !trace.includes(target.slice(target.lastIndexOf('/') + 1)))
        return undefined;
    for (const frame of framesOf(trace)) {
        const path = slashed(frame.path).replace(/^\.\//, '');
        if (path === target || (isAbsolute(path) && path.endsWith(`/${target}`)))
            return frame.line;
    }
    return undefined;
}
/** The first frame of `trace` inside the repository (see {@link repoRelativePath}), repo-relative. */
function firstRepoFrame(trace, root) {
    if (trace === undefined)
        return undefined;
    for (const frame of framesOf(trace)) {
        const file = repoRelativePath(frame.path, root);
        // A bare `Foo.java` (a Java frame) names a class, not a path from the root.
        if (file !== undefined && /\.[A-Za-z0-9]+$/.test(file) && (file.includes('/') || !isJavaLike(file)))
            return { file, line: frame.line };
    }
    return undefined;
}
function isJavaLike(file) {
    return /\.(?:java|kt|scala|groovy|cs)$/.test(file);
}
/**
 * Where a test is: its file made repo-relative against the checkout `root`, and its line: the first trace
 * frame in that file (where it failed), else the line the result file gave (where it is declared). A test
 * whose result names no file takes the first trace frame inside the repository. Undefined when nothing
 * names a place.
 */
function locateTest(test, trace, root) {
    if (test.file === undefined || test.file.length === 0) {
        const frame = firstRepoFrame(trace, root);
        return frame ? { file: frame.file, line: frame.line, inRepo: true } : undefined;
    }
    const relative = repoRelativePath(test.file, root);
    const file = relative ?? test.file;
    const line = lineInTrace(trace, file) ?? test.line;
    return { file, ...(line !== undefined ? { line } : {}), inRepo: relative !== undefined };
}

;// CONCATENATED MODULE: ./src/model/index.js












/***/ }),

/***/ 9071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hw: () => (/* binding */ makeTestCase),
/* harmony export */   Pm: () => (/* binding */ foldTests),
/* harmony export */   cu: () => (/* binding */ identityOf),
/* harmony export */   sG: () => (/* binding */ outcomeOf)
/* harmony export */ });
/* harmony import */ var _test_id_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(56965);
/* harmony import */ var _arrays_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(96545);


/**
 * Derives a test's outcome from its attempts. A test with both a failed and a passed attempt is `flaky`
 * whatever their order: a pass followed by a failure of the same test on the same commit is just as
 * non-deterministic as the usual retry case.
 */
function outcomeOf(attempts) {
    let passed = false;
    let failed = false;
    for (const a of attempts) {
        if (a.status === 'passed')
            passed = true;
        else if (a.status === 'failed')
            failed = true;
    }
    if (failed)
        return passed ? 'flaky' : 'failed';
    return passed ? 'passed' : 'skipped';
}
/** Builds a {@link TestCase} from a draft: computes id, outcome and total duration. */
function makeTestCase(draft, knownId) {
    let durationMs = 0;
    for (const a of draft.attempts)
        durationMs += a.durationMs;
    return {
        // Callers that already hashed the identity pass the id: hashing is the costliest step for 100k tests.
        id: knownId ?? (0,_test_id_js__WEBPACK_IMPORTED_MODULE_0__/* .testId */ .ec)(draft),
        ...(draft.file !== undefined ? { file: draft.file } : {}),
        ...(draft.line !== undefined ? { line: draft.line } : {}),
        suite: draft.suite,
        name: draft.name,
        ...(draft.project !== undefined ? { project: draft.project } : {}),
        attempts: draft.attempts,
        outcome: outcomeOf(draft.attempts),
        durationMs,
    };
}
/**
 * Folds cases with the same id into one test whose attempts are the concatenation, in first-seen order.
 * Readers use it for a case repeated inside one file; the report uses it across files and shards.
 */
function foldTests(cases) {
    const byId = new Map();
    for (const c of cases) {
        const id = 'id' in c ? c.id : (0,_test_id_js__WEBPACK_IMPORTED_MODULE_0__/* .testId */ .ec)(c);
        const seen = byId.get(id);
        if (seen)
            (0,_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .appendAll */ .u2)(seen.attempts, c.attempts);
        else
            byId.set(id, { first: c, attempts: [...c.attempts] });
    }
    return [...byId].map(([id, { first, attempts }]) => makeTestCase({
        file: first.file,
        line: first.line,
        suite: first.suite,
        name: first.name,
        project: first.project,
        attempts,
    }, id));
}
/** A test's identity fields (id, file, line, suite, name, project), without absent optional keys. */
function identityOf(t) {
    return {
        id: t.id,
        ...(t.file !== undefined ? { file: t.file } : {}),
        ...(t.line !== undefined ? { line: t.line } : {}),
        suite: t.suite,
        name: t.name,
        ...(t.project !== undefined ? { project: t.project } : {}),
    };
}


/***/ }),

/***/ 56965:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ normalizePath),
/* harmony export */   XF: () => (/* binding */ testTitle),
/* harmony export */   ec: () => (/* binding */ testId)
/* harmony export */ });
/**
 * Normalises a path to the repo-relative form ids and plans use: forward slashes, no leading `./`, no
 * duplicate slashes. Absolute paths under `root` are made relative to it.
 */
function normalizePath(path, root) {
    let p = path.trim().replace(/\\/g, '/');
    if (root) {
        const r = root.replace(/\\/g, '/').replace(/\/+$/, '') + '/';
        if (p.startsWith(r))
            p = p.slice(r.length);
    }
    p = p.replace(/\/{2,}/g, '/');
    while (p.startsWith('./'))
        p = p.slice(2);
    return p;
}
// One-entry memo of normalizePath for testId: readers hand over the tests of one file in a row, and
// consecutive tests nearly always share their file. normalizePath is pure, so the memo is not observable.
let memoRawFile = '';
let memoFile = '';
function normalizedFile(file) {
    if (file === undefined || file.length === 0)
        return '';
    if (file !== memoRawFile) {
        memoRawFile = file;
        memoFile = normalizePath(file);
    }
    return memoFile;
}
// The two lanes of the running hash (see testId). Module state rather than an object, so hashing a test
// allocates nothing until the id string itself.
let laneA = 0;
let laneB = 0;
/**
 * Feeds one 32-bit word into both lanes. Each lane is a multiply–xorshift step with its own odd
 * multiplier and shift: the multiplication carries every input bit upwards, the shift carries the high
 * bits back down, so no bit of the state depends on only a few input bits. Lane B also adds lane A's new
 * value, so the lanes are not one function with two sets of constants: inputs that collide in one lane
 * are not thereby likely to collide in the other.
 */
function absorbWord(word) {
    laneA = Math.imul(laneA ^ word, 0x9e3779b1);
    laneA ^= laneA >>> 15;
    laneB = (Math.imul(laneB ^ word, 0x85ebca77) + laneA) | 0;
    laneB ^= laneB >>> 13;
}
/** Feeds one string, preceded by its length, two UTF-16 code units per word. */
function absorbString(text) {
    const length = text.length;
    absorbWord(length);
    let i = 0;
    for (; i + 1 < length; i += 2)
        absorbWord(text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16));
    if (i < length)
        absorbWord(text.charCodeAt(i));
}
/** A 32-bit avalanche (every input bit flips each output bit with probability about ½). */
function finalMix(h) {
    h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
    h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
    return (h ^ (h >>> 16)) >>> 0;
}
// The lanes after the last frozen suite path and its file: the tests of one describe block come in a row
// and share that array, so only their names are left to hash. Strings and frozen arrays cannot change, so
// the memo is not observable.
let prefixFile;
let prefixSuite;
let prefixA = 0;
let prefixB = 0;
/** Lower-case hex digits by value, for building the id in one allocation. */
const HEX = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
/** Eight hex digits of a 32-bit value, as char codes. */
function hex8(h, codes, at) {
    for (let k = 7; k >= 0; k--) {
        codes[at + k] = HEX[h & 15];
        h >>>= 4;
    }
}
/** Reused buffer of the id's 16 char codes (the hash is synchronous, so it is never shared). */
const ID_CODES = new Array(16).fill(48);
/**
 * Stable test id: 16 hex digits of a 64-bit hash of the normalised file path, the suite path, the name and
 * the project. The same test gets the same id in every shard, run, working directory and retry, so the id
 * is the key of the history. A hash keeps the history compact; the readable parts travel beside it.
 *
 * The hashed input is unambiguous: each string goes in preceded by its length, and the suite path by its
 * number of entries, so `['a b']` and `['a', 'b']` (or a name that looks like a suite plus a name) are
 * different inputs. No separator character is needed, so no character in a name can fake one.
 *
 * The hash is not cryptographic: ids are history keys, not a defence, and SHA-256 over a JSON key was the
 * largest cost of reading JUnit after the XML parser (about 220 ms for 96,000 tests; this takes about
 * 30 ms). Two 32-bit multiply–xorshift lanes, each ending in an avalanche, give 64 bits; for hashes that
 * spread like random ones, the chance of any collision among n tests is about n² / 2⁶⁵: 3·10⁻⁸ for a
 * million tests, 3·10⁻¹⁰ for 100,000. A collision would fold two tests into one test with two attempts
 * (in a file and in the merged report), exactly as a collision of the former 64-bit SHA-256 prefix would
 * have. `test/model/test-id.test.ts` checks that structured names (the common case: long shared
 * prefixes, one changed character) spread like random ones in each lane.
 */
function testId(parts) {
    const suite = parts.suite;
    if (parts.file === prefixFile && suite === prefixSuite) {
        laneA = prefixA;
        laneB = prefixB;
    }
    else {
        laneA = 0x2545f491;
        laneB = 0x6a09e667;
        absorbString(normalizedFile(parts.file));
        absorbWord(suite.length);
        for (let i = 0; i < suite.length; i++)
            absorbString(suite[i]);
        // Only a frozen suite array is known to hold the same entries next time (readers share frozen ones).
        if (Object.isFrozen(suite)) {
            prefixFile = parts.file;
            prefixSuite = suite;
            prefixA = laneA;
            prefixB = laneB;
        }
    }
    absorbString(parts.name);
    absorbString(parts.project ?? '');
    const a = finalMix(laneA ^ Math.imul(laneB, 0xcc9e2d51));
    const b = finalMix(laneB ^ a);
    hex8(a, ID_CODES, 0);
    hex8(b, ID_CODES, 8);
    // One flat 16-character string (concatenating two halves would keep a cons string and both halves).
    return String.fromCharCode(...ID_CODES);
}
/** A readable one-line title: `suite › suite › name [project]`. */
function testTitle(parts) {
    const title = [...parts.suite, parts.name].filter((s) => s.length > 0).join(' › ');
    return parts.project ? `${title} [${parts.project}]` : title;
}


/***/ }),

/***/ 81629:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/**
 * Durations as people write them on a command line or in a config file: `90s`, `5m`, `1m30s`, `1h`,
 * `250ms`, or a bare number of milliseconds.
 */
const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };
// One or more <number><unit> parts, largest units first is not enforced: `30s1m` is as clear as it is odd.
const PART = /(\d+(?:\.\d+)?)(ms|h|m|s)/gy;
/**
 * Parses a duration into milliseconds, or returns undefined when the text is not a duration. Pure; the
 * caller turns undefined into a UsageError or ConfigError that names the flag or key.
 */
function parseDuration(text) {
    if (typeof text === 'number')
        return Number.isFinite(text) && text >= 0 ? text : undefined;
    const s = text.trim().toLowerCase();
    if (/^\d+(\.\d+)?$/.test(s))
        return Number(s);
    if (s.length === 0)
        return undefined;
    PART.lastIndex = 0;
    let total = 0;
    let consumed = 0;
    for (let match = PART.exec(s); match; match = PART.exec(s)) {
        total += Number(match[1]) * UNIT_MS[match[2]];
        consumed = PART.lastIndex;
    }
    return consumed === s.length ? Math.round(total) : undefined;
}
/** Formats milliseconds for people: `850ms`, `12.3s`, `4m05s`, `1h02m`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const totalSeconds = Math.round(ms / 1000);
    if (totalSeconds < 3600) {
        const m = Math.floor(totalSeconds / 60);
        return `${m}m${String(totalSeconds % 60).padStart(2, '0')}s`;
    }
    const totalMinutes = Math.round(totalSeconds / 60);
    return `${Math.floor(totalMinutes / 60)}h${String(totalMinutes % 60).padStart(2, '0')}m`;
}


/***/ }),

/***/ 75095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   Wi: () => (/* binding */ estimateDurations),
/* harmony export */   uB: () => (/* binding */ ESTIMATORS)
/* harmony export */ });
/* unused harmony exports combine, learnTestTimeFactor */
/* harmony import */ var _spread_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(56390);

/** Every estimator, for flag and config validation. */
const ESTIMATORS = ['median', 'mean', 'ewma', 'p90', 'last'];
const KIND_RANK = { wall: 0, suite: 1, tests: 2 };
const EWMA_WEIGHT = 0.3;
// Bounds on the learned test-time factor: below 1 would claim a file costs less than its own tests; above
// 20 the data is more likely broken (a stuck runner) than informative.
const MIN_FACTOR = 1;
const MAX_FACTOR = 20;
/** Median of a non-empty list. */
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1
        ? sorted[mid]
        : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Combines one file's values (oldest first) with an estimator. */
function combine(values, estimator) {
    if (values.length === 1)
        return values[0];
    switch (estimator) {
        case 'median':
            return median(values);
        case 'mean':
            return values.reduce((s, v) => s + v, 0) / values.length;
        case 'last':
            return values[values.length - 1];
        case 'p90': {
            const sorted = [...values].sort((a, b) => a - b);
            return sorted[Math.min(sorted.length - 1, Math.ceil(0.9 * sorted.length) - 1)];
        }
        case 'ewma':
            return values.slice(1).reduce((acc, v) => acc + EWMA_WEIGHT * (v - acc), values[0]);
    }
}
/**
 * The factor by which a file's test-time sum understates its cost. Learned, in order, from files that
 * have both a wall/suite sample and a test sum in the same source (ratio of sums), then from shard wall
 * times against their test sums (median over shards); 1 when there is nothing to learn from.
 */
function learnTestTimeFactor(samples, shardRuns = []) {
    const whole = new Map();
    for (const s of samples)
        if (s.kind !== 'tests')
            whole.set(`${s.source}\0${s.file}`, s.ms);
    let wholeSum = 0;
    let testSum = 0;
    for (const s of samples) {
        const w = s.kind === 'tests' ? whole.get(`${s.source}\0${s.file}`) : undefined;
        if (w !== undefined && s.ms > 0) {
            wholeSum += w;
            testSum += s.ms;
        }
    }
    let factor = 1;
    if (testSum > 0)
        factor = wholeSum / testSum;
    else if (shardRuns.length > 0)
        factor = median(shardRuns.map((r) => r.wallMs / r.testMs));
    return Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, factor));
}
/**
 * Maps each item to the sample file it stands for: the same path, or else the one sample path that ends
 * with the item's path (or that the item's path ends with) at a folder boundary. This absorbs timings
 * recorded from another root (`packages/a/test/x.ts` vs `test/x.ts`); an ambiguous suffix matches nothing.
 */
function matchSampleFiles(items, sampleFiles) {
    const byBase = new Map();
    for (const file of sampleFiles) {
        const base = file.slice(file.lastIndexOf('/') + 1);
        const list = byBase.get(base);
        if (list)
            list.push(file);
        else
            byBase.set(base, [file]);
    }
    const matched = new Map();
    for (const item of items) {
        if (sampleFiles.has(item)) {
            matched.set(item, item);
            continue;
        }
        const base = item.slice(item.lastIndexOf('/') + 1);
        const candidates = (byBase.get(base) ?? []).filter((file) => file.endsWith(`/${item}`) || item.endsWith(`/${file}`));
        if (candidates.length === 1)
            matched.set(item, candidates[0]);
    }
    return matched;
}
/**
 * Estimates every item's duration. Items without samples get the median of the known estimates, or, when
 * sizes are given for at least three known files, the known median time per byte times their size (kept
 * within the known range so one huge fixture file cannot dominate the plan).
 */
function estimateDurations(items, samples, shardRuns = [], options = {}) {
    const estimator = options.estimator ?? 'median';
    const factor = learnTestTimeFactor(samples, shardRuns);
    // Per file: the best kind seen, and that kind's per-source values in arrival (oldest-first) order.
    const best = new Map();
    for (const s of samples) {
        if (!(s.ms >= 0) || !Number.isFinite(s.ms))
            continue;
        const current = best.get(s.file);
        if (current && KIND_RANK[current.kind] < KIND_RANK[s.kind])
            continue;
        if (!current || KIND_RANK[s.kind] < KIND_RANK[current.kind]) {
            best.set(s.file, { kind: s.kind, bySource: new Map([[s.source, s.ms]]) });
        }
        else {
            current.bySource.set(s.source, (current.bySource.get(s.source) ?? 0) + s.ms);
        }
    }
    const matched = matchSampleFiles(items, new Set(best.keys()));
    const durations = new Map();
    const counts = { wall: 0, suite: 0, tests: 0 };
    const unknown = [];
    // Each item's values from distinct runs, kept only when a spread is wanted.
    const runs = new Map();
    for (const item of items) {
        const entry = best.get(matched.get(item) ?? '');
        if (!entry) {
            unknown.push(item);
            continue;
        }
        const values = [...entry.bySource.values()];
        if (options.spreadZ !== undefined)
            runs.set(item, values);
        const value = combine(values, estimator);
        durations.set(item, entry.kind === 'tests' ? value * factor : value);
        counts[entry.kind] += 1;
    }
    const known = [...durations.values()];
    const unknownMs = known.length > 0 ? median(known) : (options.defaultMs ?? 1000);
    const perByte = bytesRate(durations, options.sizes);
    // reduce, not Math.min(...known): spreading 100k arguments overflows the stack.
    const low = known.length > 0 ? known.reduce((a, b) => Math.min(a, b)) : unknownMs;
    const high = known.length > 0 ? known.reduce((a, b) => Math.max(a, b)) : unknownMs;
    for (const item of unknown) {
        const size = options.sizes?.get(item);
        const bySize = perByte !== undefined && size !== undefined ? perByte * size : undefined;
        durations.set(item, bySize === undefined ? unknownMs : Math.min(high, Math.max(low, bySize)));
    }
    const spreads = options.spreadZ !== undefined ? (0,_spread_js__WEBPACK_IMPORTED_MODULE_0__/* .estimateSpreads */ .z$)(durations, runs, options.spreadZ) : undefined;
    return {
        durations,
        unknown,
        sources: {
            ...counts,
            unknown: unknown.length,
            testTimeFactor: Math.round(factor * 1000) / 1000,
            estimator,
            unknownMs,
            ...(spreads ? { spread: roundSummary(spreads.summary) } : {}),
        },
        ...(spreads ? { spreads } : {}),
    };
}
/** The spread summary as the plan document shows it: the pooled spread to four decimals. */
function roundSummary(summary) {
    return { ...summary, pooledLogSd: Math.round(summary.pooledLogSd * 10_000) / 10_000 };
}
/** Median milliseconds per byte over known files with a size, when at least three have one. */
function bytesRate(durations, sizes) {
    if (!sizes)
        return undefined;
    const rates = [];
    for (const [file, ms] of durations) {
        const size = sizes.get(file);
        if (size !== undefined && size > 0)
            rates.push(ms / size);
    }
    return rates.length >= 3 ? median(rates) : undefined;
}


/***/ }),

/***/ 80293:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HJ: () => (/* binding */ lptOrder),
/* harmony export */   Hx: () => (/* binding */ lptMakespan),
/* harmony export */   fM: () => (/* binding */ placeUnits),
/* harmony export */   zU: () => (/* binding */ assertPartition)
/* harmony export */ });
/* unused harmony export PlanInvariantError */
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74060);
/**
 * Longest-processing-time-first placement of units on N shards, and the partition check. Pure and
 * deterministic: units are taken by cost descending, ties by their first path; each goes to the least
 * loaded shard, ties to the lowest index.
 */

/** A plan that breaks its own promise (an item lost or doubled). A bug in Tessera, never the user's. */
class PlanInvariantError extends _model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TesseraError */ .Wc {
    name = 'PlanInvariantError';
}
/** Units in LPT order: cost descending, then first path ascending. */
function lptOrder(units) {
    return units
        .map((_, i) => i)
        .sort((a, b) => {
        const ua = units[a];
        const ub = units[b];
        if (ua.ms !== ub.ms)
            return ub.ms - ua.ms;
        const pa = ua.items[0];
        const pb = ub.items[0];
        return pa < pb ? -1 : pa > pb ? 1 : 0;
    });
}
/** Min-heap of shards keyed by (load, index). */
class ShardHeap {
    loads;
    heap;
    constructor(count, loads) {
        this.loads = loads;
        this.heap = Array.from({ length: count }, (_, i) => i);
    }
    less(a, b) {
        const la = this.loads[a];
        const lb = this.loads[b];
        return la < lb || (la === lb && a < b);
    }
    /** The least loaded shard. */
    peek() {
        return this.heap[0];
    }
    /** Restores order after the top shard's load grew. */
    siftDownTop() {
        const h = this.heap;
        let i = 0;
        for (;;) {
            const l = 2 * i + 1;
            const r = l + 1;
            let m = i;
            if (l < h.length && this.less(h[l], h[m]))
                m = l;
            if (r < h.length && this.less(h[r], h[m]))
                m = r;
            if (m === i)
                return;
            [h[i], h[m]] = [h[m], h[i]];
            i = m;
        }
    }
}
/** Places units on `shardCount` shards by LPT. `order` may be passed when already computed. */
function placeUnits(units, shardCount, order = lptOrder(units)) {
    const loads = new Array(shardCount).fill(0);
    const shards = Array.from({ length: shardCount }, () => []);
    const heap = new ShardHeap(shardCount, loads);
    for (const u of order) {
        const s = heap.peek();
        shards[s].push(u);
        loads[s] = loads[s] + units[u].ms;
        heap.siftDownTop();
    }
    return { shards, loads, makespanMs: Math.max(0, ...loads) };
}
/** Only the makespan of an LPT placement (the shard-count curve needs nothing else). */
function lptMakespan(units, shardCount, order) {
    return placeUnits(units, shardCount, order).makespanMs;
}
/**
 * Checks that the shards partition the items: every item on exactly one shard, nothing else. Throws a
 * PlanInvariantError naming the first offending item.
 */
function assertPartition(items, shards) {
    const expected = new Set(items);
    const seen = new Map();
    shards.forEach((shard, s) => {
        for (const item of shard) {
            const earlier = seen.get(item);
            if (earlier !== undefined) {
                throw new PlanInvariantError(`internal error: ${item} is on shard ${earlier + 1} and shard ${s + 1}`, 'This is a bug in Tessera; please report it with the inputs of `tessera plan`.');
            }
            if (!expected.has(item)) {
                throw new PlanInvariantError(`internal error: shard ${s + 1} has ${item}, which is not in the item list`, 'This is a bug in Tessera; please report it with the inputs of `tessera plan`.');
            }
            seen.set(item, s);
        }
    });
    if (seen.size !== expected.size) {
        const lost = items.find((item) => !seen.has(item));
        throw new PlanInvariantError(`internal error: ${lost} is on no shard`, 'This is a bug in Tessera; please report it with the inputs of `tessera plan`.');
    }
}


/***/ }),

/***/ 56390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dy: () => (/* binding */ placeRobust),
/* harmony export */   z$: () => (/* binding */ estimateSpreads),
/* harmony export */   zp: () => (/* binding */ DEFAULT_SPREAD_Z)
/* harmony export */ });
/* unused harmony exports PRIOR_RUNS, SIMULATED_RUNS, DEFAULT_ROBUST_MARGIN, placeUnitsBySpread, expectedMakespans, candidateZ */
/* harmony import */ var _planner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(80293);
/**
 * Run-to-run spread of file durations, and a placement that balances it. Pure and deterministic.
 *
 * A plan is judged on the next run, whose file times differ from the ones it was made from. A shard's
 * next-run time is the sum of its files' times: its mean is the sum of their means and, with independent
 * noise, its standard deviation is √Σσ². Plain LPT balances the means only; {@link placeUnitsBySpread}
 * balances mean + z·σ of each shard, so the noisy files spread over the shards instead of piling up where the
 * means happened to leave room.
 *
 * One file's spread from a window of two to five runs is itself noisy, so each file's log-variance is shrunk
 * towards the pooled log-variance of all files (a prior worth {@link PRIOR_RUNS} runs). With fewer than two
 * runs of any file nothing is known about spread: every spread is 0 and the placement is plain LPT, exactly.
 */

/** Weight of the pooled spread, in runs, when a file's own spread is estimated from a short window. */
const PRIOR_RUNS = 4;
/** Default z: plan each shard for its mean plus one standard deviation (about its 84th percentile). */
const DEFAULT_SPREAD_Z = 1;
/** Simulated next runs on which the candidate placements are compared. */
const SIMULATED_RUNS = 200;
/**
 * How much shorter (as a fraction) another placement's simulated expected makespan must be than plain
 * LPT's to be chosen. Smaller predicted gains did not survive being judged on the next run: with no margin,
 * `npm run bench:plan -- --robust-margin 0` found the spread-aware choice better than plain LPT on 84 and
 * worse on 94 of 360 synthetic judged runs (BENCHMARKS.md). With 1% it rarely leaves plain LPT.
 */
const DEFAULT_ROBUST_MARGIN = 0.01;
// Samples this small (or zero) carry no usable log-scale spread: 1 ms floors the logarithm.
const LOG_FLOOR_MS = 1;
/** Sample variance of log(values), with its degrees of freedom. */
function logVariance(values) {
    const logs = values.map((v) => Math.log(Math.max(LOG_FLOOR_MS, v)));
    const mean = logs.reduce((s, v) => s + v, 0) / logs.length;
    const squares = logs.reduce((s, v) => s + (v - mean) * (v - mean), 0);
    return { variance: logs.length > 1 ? squares / (logs.length - 1) : 0, df: logs.length - 1 };
}
/**
 * Each item's spread, in milliseconds, around its estimate. `runs` holds an item's values from distinct runs
 * (oldest first); `estimates` every item's planned duration. An item with fewer than two runs (or none: an
 * unknown item) gets the pooled spread; with no item measured twice, every spread is 0.
 *
 * Log scale, because duration noise is multiplicative (a file twice as long moves about twice as much):
 * a log-variance v gives a standard deviation of estimate·√(e^v − 1).
 */
function estimateSpreads(estimates, runs, z = DEFAULT_SPREAD_Z) {
    const own = new Map();
    let pooledSquares = 0;
    let pooledDf = 0;
    for (const [item, values] of runs) {
        if (values.length < 2)
            continue;
        const lv = logVariance(values);
        own.set(item, lv);
        pooledSquares += lv.variance * lv.df;
        pooledDf += lv.df;
    }
    const pooled = pooledDf > 0 ? pooledSquares / pooledDf : 0;
    const sdMs = new Map();
    for (const [item, ms] of estimates) {
        const lv = own.get(item);
        const variance = lv ? (lv.df * lv.variance + PRIOR_RUNS * pooled) / (lv.df + PRIOR_RUNS) : pooled;
        sdMs.set(item, ms * Math.sqrt(Math.expm1(variance)));
    }
    return { sdMs, summary: { measured: own.size, pooledLogSd: Math.sqrt(pooled), z } };
}
/**
 * Places units in LPT order (cost descending, ties by first path), each on the shard where load + cost +
 * z·√(variance + unit variance) is least, ties to the lowest index. With every variance 0 (or z = 0) this is
 * plain LPT ({@link placeUnits}), which is then called so that the two give the very same plan.
 * O(units × shards).
 */
function placeUnitsBySpread(units, shardCount, z) {
    const order = (0,_planner_js__WEBPACK_IMPORTED_MODULE_0__/* .lptOrder */ .HJ)(units);
    if (z === 0 || units.every((u) => u.varianceMs2 === 0))
        return (0,_planner_js__WEBPACK_IMPORTED_MODULE_0__/* .placeUnits */ .fM)(units, shardCount, order);
    const loads = new Array(shardCount).fill(0);
    const variances = new Array(shardCount).fill(0);
    const shards = Array.from({ length: shardCount }, () => []);
    for (const u of order) {
        const unit = units[u];
        let best = 0;
        let bestScore = Infinity;
        for (let s = 0; s < shardCount; s++) {
            const score = loads[s] + z * Math.sqrt(variances[s] + unit.varianceMs2);
            if (score < bestScore) {
                bestScore = score;
                best = s;
            }
        }
        shards[best].push(u);
        loads[best] = loads[best] + unit.ms;
        variances[best] = variances[best] + unit.varianceMs2;
    }
    return { shards, loads, makespanMs: loads.reduce((max, l) => Math.max(max, l), 0) };
}
/** mulberry32: a seeded generator, so the simulated runs (and the plan) are the same for the same input. */
function seeded(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let m = Math.imul(state ^ (state >>> 15), state | 1);
        m ^= m + Math.imul(m ^ (m >>> 7), m | 61);
        return ((m ^ (m >>> 14)) >>> 0) / 4294967296;
    };
}
/**
 * The expected makespan of each placement over {@link SIMULATED_RUNS} simulated next runs in which every
 * unit takes ms·exp(sZ − s²/2), s² = ln(1 + (σ/ms)²) (a lognormal with the unit's mean and spread). The same
 * draws serve every placement, so their difference is not sampling noise between them. O(runs × units).
 */
function expectedMakespans(units, placements, runs = SIMULATED_RUNS) {
    const random = seeded(0x7e55e7a);
    const shardOf = placements.map((p) => {
        const of = new Int32Array(units.length);
        p.shards.forEach((shard, s) => shard.forEach((u) => (of[u] = s)));
        return of;
    });
    const logSd = units.map((u) => (u.ms > 0 ? Math.sqrt(Math.log1p(u.varianceMs2 / (u.ms * u.ms))) : 0));
    const sums = placements.map(() => 0);
    const drawn = new Float64Array(units.length);
    for (let r = 0; r < runs; r++) {
        for (let u = 0; u < units.length; u++) {
            const s = logSd[u];
            // Box-Muller; 1 − random() keeps the logarithm away from 0.
            const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
            drawn[u] = units[u].ms * Math.exp(s * z - (s * s) / 2);
        }
        for (let p = 0; p < placements.length; p++) {
            const of = shardOf[p];
            const loads = new Float64Array(placements[p].shards.length);
            for (let u = 0; u < units.length; u++) {
                const shard = of[u];
                loads[shard] = loads[shard] + drawn[u];
            }
            sums[p] = sums[p] + loads.reduce((m, v) => Math.max(m, v), 0);
        }
    }
    return sums.map((s) => s / runs);
}
/** The z values weighed besides plain LPT (z = 0), for the largest z given. */
const candidateZ = (z) => [z / 2, z];
/**
 * Plain LPT and the spread-balancing placements for each of {@link candidateZ}, compared on the same
 * simulated next runs; another placement wins only if its expected makespan is at least `margin` shorter
 * than plain LPT's. So the choice is never worse than plain LPT under the spread the history shows (it can
 * still be, on one actual run). With no spread known this is plain LPT and nothing is simulated.
 */
function placeRobust(units, shardCount, margin = DEFAULT_ROBUST_MARGIN, z = DEFAULT_SPREAD_Z) {
    const plain = (0,_planner_js__WEBPACK_IMPORTED_MODULE_0__/* .placeUnits */ .fM)(units, shardCount);
    if (units.every((u) => u.varianceMs2 === 0) || shardCount === 1) {
        return { placement: plain, z: 0, expectedPlainMs: plain.makespanMs, expectedMs: plain.makespanMs };
    }
    const zs = candidateZ(z);
    const candidates = [plain, ...zs.map((each) => placeUnitsBySpread(units, shardCount, each))];
    const expected = expectedMakespans(units, candidates);
    // Another placement must beat plain LPT by the margin; among those, the lowest expected makespan wins.
    let best = 0;
    let bestMs = expected[0] * (1 - margin);
    for (let i = 1; i < candidates.length; i++) {
        if (expected[i] < bestMs) {
            best = i;
            bestMs = expected[i];
        }
    }
    return {
        placement: candidates[best],
        z: best === 0 ? 0 : zs[best - 1],
        expectedPlainMs: expected[0],
        expectedMs: expected[best],
    };
}


/***/ }),

/***/ 81250:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jy: () => (/* binding */ neutraliseUntrustedLine),
/* harmony export */   u: () => (/* binding */ neutraliseUntrustedText)
/* harmony export */ });
/* unused harmony export REPLACEMENT_CHARACTER */
/**
 * The one place where untrusted text is made safe to print in a CI job's log. Test names, failure messages,
 * traces, file paths and anything else a test, a result file, a shard bundle or a fork's pull request can
 * write go through {@link neutraliseUntrustedText} (or its one-line form {@link neutraliseUntrustedLine})
 * before any writer prints them: the console summary, log lines of every provider's logger, annotations and
 * the job summary. Provider code that prints such text must call it too (never hand-roll a filter).
 *
 * What it defuses, and why:
 * - **CI log commands.** The runner reads its own commands out of the job's output: GitHub `::name …::`
 *   at the start of a line (after leading whitespace), Azure `##vso[…]` anywhere in a line and `##[…]`
 *   formatting at its start, GitLab `section_start:`/`section_end:` markers followed by `\r\e[0K`. A test
 *   named `x\n::add-mask::…` or `… ##vso[task.setvariable …]` would otherwise be obeyed with the report job's
 *   token and permissions. The prefixes are broken with a visible space (`: :`, `## vso[`, `## [`,
 *   `section_start :`), so the text still reads the same to a person.
 * - **ANSI escapes** (colour, cursor moves, OSC hyperlinks and titles, `\e[0K`): removed whole.
 * - **Bidirectional controls** (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C): "Trojan Source",
 *   text that reads differently from what it is. Replaced by U+FFFD, so a reader sees that something was
 *   there.
 * - **Other C0/C1 controls** and DEL (a bare CR that rewrites the line, a backspace, NEL): replaced by
 *   U+FFFD. Tabs stay; line breaks stay in the multi-line form (each line is then neutralised on its own)
 *   and become spaces in the one-line form.
 *
 * Pure and linear in the text's length.
 */
// CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ST`), other two-character escapes (`ESC x`), and the 8-bit CSI.
const ANSI_ESCAPE = 
// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
/\u001b\[[0-?]*[ -/]*[@-~]?|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]?|\u009b[0-?]*[ -/]*[@-~]?/g;
// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional marks, embeddings, overrides
// and isolates.
const CONTROL = 
// eslint-disable-next-line no-control-regex -- replacing control characters is the point
/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** What a removed control character shows as. */
const REPLACEMENT_CHARACTER = '\uFFFD';
// Line-start commands: GitHub `::` and Azure `##[`, after any leading whitespace (the runners trim it).
const LINE_START_COMMAND = /^(\s*)(::|##\[)/gm;
// Anywhere in a line: Azure `##vso[` (the agent looks for it at any position) and GitLab section markers.
const ANYWHERE_COMMAND = /##vso\[|section_(start|end):/gi;
/**
 * `text` made inert for any CI log and any terminal: no runner command, no escape sequence, no control or
 * bidirectional character (see the module comment). Use it for every untrusted string before it is
 * printed, whatever the provider.
 */
function neutraliseUntrustedText(text, options = {}) {
    let out = text.replace(ANSI_ESCAPE, '');
    out = options.multiline
        ? out.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
        : out.replace(/\r\n?|[\n\u0085\u2028\u2029]/g, ' ');
    out = out.replace(CONTROL, REPLACEMENT_CHARACTER);
    return out
        .replace(LINE_START_COMMAND, (_m, space, prefix) => prefix === '::' ? `${space}: :` : `${space}## [`)
        .replace(ANYWHERE_COMMAND, (m) => m.toLowerCase() === '##vso[' ? `## ${m.slice(2)}` : `${m.slice(0, -1)} :`);
}
/** {@link neutraliseUntrustedText} on one line: line breaks become spaces. */
function neutraliseUntrustedLine(text) {
    return neutraliseUntrustedText(text);
}


/***/ }),

/***/ 17980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   n: () => (/* binding */ decideFailure)
/* harmony export */ });
/** Every `--fail-on` value, for flag and config validation. */
const FAIL_ON_VALUES = ['failures', 'new-failures', 'never'];
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function baselineName(comparison) {
    const b = comparison.baseline;
    if (!b)
        return 'no baseline, so every failure is new';
    const parts = [b.runId !== undefined ? `run ${b.runId}` : `run #${b.seq}`];
    if (b.sha)
        parts.push(b.sha.slice(0, 7));
    return `against the baseline (${parts.join(', ')})`;
}
/** Decides whether the run fails under `failOn`. */
function decideFailure(input) {
    const { failOn, comparison, quarantine } = input;
    // Names by id only when a list can match them: a map of every failure's name for nothing otherwise.
    const matching = quarantine?.empty === false ? quarantine : undefined;
    const names = matching ? new Map(input.failures.map((t) => [t.id, t.name])) : undefined;
    const isQuarantined = (t) => matching?.matches({ ...t, name: names?.get(t.id) }) ?? false;
    const pool = failOn === 'new-failures' ? comparison.newFailures : input.failures;
    const failing = pool.filter((t) => !isQuarantined(t));
    const quarantined = input.failures.filter(isQuarantined);
    const excused = quarantined.length > 0 ? ` (${plural(quarantined.length, 'quarantined failure')} ignored)` : '';
    if (failOn === 'never') {
        return {
            fail: false,
            reason: `--fail-on never: the run passes (${plural(input.failures.length, 'test')} failed)`,
            failing,
            quarantined,
        };
    }
    if (failOn === 'failures') {
        return failing.length > 0
            ? { fail: true, reason: `${plural(failing.length, 'test')} failed${excused}`, failing, quarantined }
            : { fail: false, reason: `no test failed${excused}`, failing, quarantined };
    }
    if (failing.length > 0) {
        return {
            fail: true,
            reason: `${plural(failing.length, 'new failure')} ${baselineName(comparison)}${excused}`,
            failing,
            quarantined,
        };
    }
    const still = input.failures.length - quarantined.length;
    return {
        fail: false,
        reason: still > 0
            ? `no new failures; ${plural(still, 'test')} already failing in the baseline${excused}`
            : `no new failures${excused}`,
        failing,
        quarantined,
    };
}


/***/ }),

/***/ 13735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b7: () => (/* binding */ CommanderError),
/* harmony export */   c$: () => (/* binding */ Option),
/* harmony export */   uB: () => (/* binding */ Command)
/* harmony export */ });
/* unused harmony exports program, createCommand, createArgument, createOption, InvalidArgumentError, InvalidOptionArgumentError, Argument, Help */
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7313);


// wrapper to provide named exports for ESM.
const {
  /* program */ "DM": program,
  /* createCommand */ "gu": createCommand,
  /* createArgument */ "er": createArgument,
  /* createOption */ "Ww": createOption,
  /* CommanderError */ "b7": CommanderError,
  /* InvalidArgumentError */ "Di": InvalidArgumentError,
  /* InvalidOptionArgumentError */ "a2": InvalidOptionArgumentError, // deprecated old name
  /* Command */ "uB": Command,
  /* Argument */ "ef": Argument,
  /* Option */ "c$": Option,
  /* Help */ "_V": Help,
} = _index_js__WEBPACK_IMPORTED_MODULE_0__;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2928);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

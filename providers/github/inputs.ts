/**
 * The action's inputs, as data: which `tessera` command takes each one and under which flag. The entry
 * (main.ts) turns them into the same argv the CLI parses, so the action and the CLI cannot drift apart.
 */
import { parse } from 'shell-quote';
import { UsageError } from '../../src/model/errors.js';

/** The commands the action runs. */
export const ACTION_COMMANDS = ['plan', 'run', 'collect', 'report'] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];

/** One input that maps to a CLI flag. `list` inputs take one value per line, each a repeated flag. */
export interface FlagInput {
  readonly input: string;
  readonly flag: string;
  readonly commands: readonly ActionCommand[];
  readonly list?: boolean;
}

/**
 * Every input that becomes a flag; `command`, `plan` (for `plan`), `run`, `comment` and `token` are handled in
 * action.ts.
 */
export const FLAG_INPUTS: readonly FlagInput[] = [
  { input: 'tests', flag: '--tests', commands: ['plan', 'run'], list: true },
  { input: 'timings', flag: '--timings', commands: ['plan', 'run'], list: true },
  { input: 'shards', flag: '--shards', commands: ['plan'] },
  { input: 'target', flag: '--target', commands: ['plan'] },
  { input: 'setup', flag: '--setup', commands: ['plan'] },
  { input: 'max-shards', flag: '--max-shards', commands: ['plan'] },
  { input: 'shard', flag: '--shard', commands: ['run', 'collect'] },
  { input: 'plan', flag: '--plan', commands: ['run', 'collect', 'report'] },
  { input: 'results', flag: '--results', commands: ['run', 'collect'] },
  { input: 'retries', flag: '--retries', commands: ['run'] },
  { input: 'timeout', flag: '--timeout', commands: ['run'] },
  { input: 'requeue', flag: '--requeue', commands: ['run'] },
  { input: 'requeue-tolerance', flag: '--requeue-tolerance', commands: ['run'] },
  { input: 'from', flag: '--from', commands: ['report'] },
  { input: 'expect-shards', flag: '--expect-shards', commands: ['report'] },
  { input: 'fail-on', flag: '--fail-on', commands: ['report'] },
  { input: 'history', flag: '--history', commands: ['plan', 'report'] },
  { input: 'quarantine', flag: '--quarantine', commands: ['report'], list: true },
  { input: 'json', flag: '--json', commands: ['report'] },
  { input: 'junit', flag: '--junit', commands: ['report'] },
  { input: 'ctrf', flag: '--ctrf', commands: ['report'] },
  { input: 'markdown', flag: '--markdown', commands: ['report'] },
  { input: 'summary', flag: '--summary', commands: ['report'] },
  { input: 'html', flag: '--html', commands: ['report'] },
];

/**
 * Inputs action.ts reads itself, not through {@link FLAG_INPUTS} (the queue's three: a switch and two
 * settings that only count with it on; `bail`, a switch or a count; `skip-unchanged`, a switch that also
 * needs `run`); `job-id` is read by the context
 * (context.ts, from `INPUT_JOB-ID`) for the shard's job link.
 */
export const OTHER_INPUTS = [
  'command',
  'run',
  'token',
  'comment',
  'job-id',
  'queue',
  'queue-lease',
  'queue-fallback',
  'bail',
  'skip-unchanged',
] as const;

/** Every input the entry reads: action.yml must declare exactly these. */
export const ALL_INPUTS: readonly string[] = [...OTHER_INPUTS, ...new Set(FLAG_INPUTS.map((i) => i.input))];

/** Reads one input; '' when not given (as `@actions/core` getInput does). */
export type InputReader = (name: string) => string;

/**
 * The inputs as the runner passes them to a step: input `name` in `INPUT_<NAME>` (upper case, spaces as
 * `_`; dashes stay), trimmed, '' when absent. The same rule `@actions/core`'s getInput reads, spelled here
 * because the entry must not load `@actions/core` (with it, `@actions/http-client` and undici, about a
 * megabyte of bundle) before it knows the verb needs the network.
 */
export function runnerInputs(env: Readonly<Record<string, string | undefined>>): InputReader {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** The `command` input, checked. */
export function actionCommand(read: InputReader): ActionCommand {
  const value = read('command').trim();
  if (!(ACTION_COMMANDS as readonly string[]).includes(value))
    throw new UsageError(
      `input 'command' must be one of ${ACTION_COMMANDS.join(', ')}, got ${JSON.stringify(value)}`,
    );
  return value as ActionCommand;
}

/** The non-empty lines of a list input. */
export function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/**
 * The CLI flags for `command` from the inputs that apply to it; empty inputs are left out so the CLI's
 * own defaults hold. `skip` names inputs the caller maps differently.
 */
export function flagArgs(command: ActionCommand, read: InputReader, skip: readonly string[] = []): string[] {
  const args: string[] = [];
  for (const { input, flag, commands, list } of FLAG_INPUTS) {
    if (!commands.includes(command) || skip.includes(input)) continue;
    const value = read(input).trim();
    if (value === '') continue;
    for (const v of list ? lines(value) : [value]) args.push(flag, v);
  }
  return args;
}

/**
 * The `run` input (the test command) split into arguments the way a shell would, without running a shell:
 * quotes group, `$VAR` is left as text, and operators (`|`, `&&`, `>`) are refused.
 */
export function testCommand(value: string): string[] {
  const words: string[] = [];
  for (const entry of parse(value, (name) => `$${name}`)) {
    if (typeof entry !== 'string')
      throw new UsageError(
        `input 'run' must be one command, without shell operators: ${JSON.stringify(value)}`,
        'Put a pipeline in a script, or use \'sh -c "…"\'.',
      );
    words.push(entry);
  }
  if (words.length === 0) throw new UsageError("command 'run' needs the input 'run' (the test command)");
  return words;
}

/**
 * The queue flags of `run` and `report` from the `queue`, `queue-lease` and `queue-fallback` inputs. `queue`
 * is a switch, never a URL: the URL holds the queue's password, so it reaches the CLI only through the
 * TESSERA_QUEUE_URL variable mapped from a secret (a bare `--queue` reads it). The other two count only with
 * the queue on, so their defaults can stay set in a template.
 */
export function queueArgs(command: ActionCommand, read: InputReader): string[] {
  const queue = read('queue').trim().toLowerCase();
  if (queue === '' || queue === 'false') return [];
  if (queue !== 'true')
    throw new UsageError(
      `input 'queue' must be true or false, got ${JSON.stringify(read('queue'))}`,
      'The queue URL goes in the secret TESSERA_QUEUE_URL, mapped into the step’s environment, not in an input.',
    );
  if (command === 'report') return ['--queue'];
  if (command !== 'run') return [];
  const lease = read('queue-lease').trim();
  const fallback = read('queue-fallback').trim().toLowerCase();
  if (fallback !== '' && fallback !== 'static' && fallback !== 'none')
    throw new UsageError(
      `input 'queue-fallback' must be static or none, got ${JSON.stringify(read('queue-fallback'))}`,
    );
  return [
    '--queue',
    ...(lease !== '' ? ['--lease', lease] : []),
    ...(fallback === 'static' ? ['--queue-fallback', 'static'] : []),
  ];
}

/**
 * The `bail` input of `run`: `true` stops the shard after its first failing file (`--bail`), a number n after
 * the n-th (`--bail n`); empty or `false` runs every file.
 */
export function bailArgs(read: InputReader): string[] {
  const value = read('bail').trim().toLowerCase();
  if (value === '' || value === 'false') return [];
  if (value === 'true') return ['--bail'];
  if (/^[1-9][0-9]{0,5}$/.test(value)) return ['--bail', value];
  throw new UsageError(
    `input 'bail' must be true, false or a number of failing files, got ${JSON.stringify(read('bail'))}`,
    "e.g. bail: true stops a shard after its first failing file; bail: '3' after the third.",
  );
}

/**
 * The `skip-unchanged` input of `plan` (docs/skip-unchanged.md): `--skip-unchanged`, then the test command
 * from `run` after `--`, because the command is part of every content key. The plan decides for the whole
 * matrix; the shard jobs run what it planned.
 */
export function skipUnchangedArgs(read: InputReader): string[] {
  const value = read('skip-unchanged').trim().toLowerCase();
  if (value === '' || value === 'false') return [];
  if (value !== 'true')
    throw new UsageError(
      `input 'skip-unchanged' must be true or false, got ${JSON.stringify(read('skip-unchanged'))}`,
    );
  if (read('run').trim() === '')
    throw new UsageError(
      "input 'skip-unchanged' needs the input 'run' on the plan step too: the test command is part of every content key",
      'Give the plan step the same run: as the shard steps.',
    );
  return ['--skip-unchanged', '--', ...testCommand(read('run'))];
}

/**
 * Azure Pipelines logging commands, spelled by hand (the format is small and stable, and this keeps
 * `azure-pipelines-task-lib`'s global state and its start-up cost out of the host): `##vso[area.action
 * key=value;…]data` and the `##[warning]` formatting lines.
 * https://learn.microsoft.com/azure/devops/pipelines/scripts/logging-commands
 *
 * Untrusted text (test names, failure messages, file paths) is escaped as the agent unescapes it, so it can
 * never end a property or start a command of its own: in property values `%` → `%AZP25`, `;` → `%3B`,
 * CR → `%0D`, LF → `%0A`, `]` → `%5D`; in the data part `%`, CR and LF. The agent finds a command anywhere
 * on a line (not only at its start), so every plain line we print has its `##vso[` broken as well
 * ({@link neutralise}). This is the Azure-local escaper; a core neutraliser for every CI's command syntax
 * is being written beside it and can replace {@link neutralise} once it lands.
 */
import type { Annotation, LogDialect, LogLevel } from '../../src/ci/index.js';

/** Escapes a command's data part (what follows `]`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: as data, plus `;` and `]`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/;/g, '%3B').replace(/]/g, '%5D');
}

/** Reverses {@link escapeProperty} and {@link escapeData}, as the agent does when it reads a command. */
export function unescapeValue(text: string): string {
  return text
    .replace(/%3B/g, ';')
    .replace(/%5D/g, ']')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%AZP25/g, '%');
}

/**
 * `text` with every `##vso[` and every line-leading `##[` broken (a space after the `##`), so printing it
 * can never run a logging command or fake a formatting line.
 */
export function neutralise(text: string): string {
  return text.replace(/##vso\[/gi, '## vso[').replace(/^##\[/gm, '## [');
}

/**
 * The command lines this process has built and not yet printed. The task entry (main.ts) lets a `##vso[`
 * line through to the agent only when it is one of these: a test name or failure message that the CLI
 * prints in its console summary can then never be obeyed as a command.
 */
const issued = new Set<string>();

/** Whether `line` (newline included) is a command this process built; forgets it once asked. */
export function takeIssued(line: string): boolean {
  return issued.delete(line);
}

/** One logging command line, newline included; properties with an undefined value are left out. */
export function vsoCommand(
  name: string,
  properties: Readonly<Record<string, string | number | boolean | undefined>>,
  data = '',
): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))};`)
    .join('');
  const line = `##vso[${name}${props ? ` ${props}` : ''}]${escapeData(neutralise(data))}\n`;
  issued.add(line);
  return line;
}

/**
 * A writer that passes through the command lines this process built ({@link takeIssued}) and neutralises
 * every other `##vso[` it is given: the stdout of the task entry.
 */
export function commandFilter(write: (text: string) => void): (text: string) => void {
  return (text) => {
    if (!/##vso\[/i.test(text)) return write(text);
    const lines = text.split(/(?<=\n)/);
    write(lines.map((line) => (takeIssued(line) ? line : neutralise(line))).join(''));
  };
}

const FORMAT_OF: Record<Exclude<LogLevel, 'info'>, string> = {
  debug: 'debug',
  warn: 'warning',
  error: 'error',
};

/**
 * Log lines as the agent shows them: `##[warning]`, `##[error]`, `##[debug]`, `##[group]`/`##[endgroup]`.
 * A warning or error line is only formatting (it does not fail the task, nor count as an issue); issues are
 * {@link logIssueCommand}s.
 */
export const AZURE_DIALECT: LogDialect = {
  line: (level, message) => {
    const lines = neutralise(message).split(/\r?\n/);
    return level === 'info'
      ? `${lines.join('\n')}\n`
      : lines.map((l) => `##[${FORMAT_OF[level]}]${l}\n`).join('');
  },
  groupStart: (title) => `##[group]${neutralise(title).replace(/[\r\n]+/g, ' ')}\n`,
  groupEnd: () => '##[endgroup]\n',
};

/** The agent's issue types: Azure has no notice, so a notice is shown as a warning. */
export function issueTypeOf(level: Annotation['level']): 'error' | 'warning' {
  return level === 'error' ? 'error' : 'warning';
}

/** An annotation as `##vso[task.logissue type=…;sourcepath=…;linenumber=…]title: message`. */
export function logIssueCommand(annotation: Annotation): string {
  const message = annotation.title ? `${annotation.title}: ${annotation.message}` : annotation.message;
  return vsoCommand(
    'task.logissue',
    {
      type: issueTypeOf(annotation.level),
      sourcepath: annotation.file,
      linenumber: annotation.line,
    },
    message,
  );
}

/** Sets a variable; with `isOutput`, a later job reads it as `dependencies.<job>.outputs['<step>.<name>']`. */
export function setVariableCommand(
  name: string,
  value: string,
  options: { isOutput?: boolean; isSecret?: boolean } = {},
): string {
  return vsoCommand(
    'task.setvariable',
    {
      variable: name,
      isoutput: options.isOutput ? 'true' : undefined,
      issecret: options.isSecret ? 'true' : undefined,
    },
    value,
  );
}

/** Uploads a Markdown file as a summary tab of the build (`task.uploadsummary`). */
export function uploadSummaryCommand(path: string): string {
  return vsoCommand('task.uploadsummary', {}, path);
}

/** Uploads a folder or file into the build's file container as artifact `name` (`artifact.upload`). */
export function artifactUploadCommand(name: string, path: string): string {
  return vsoCommand('artifact.upload', { containerfolder: name, artifactname: name }, path);
}

/**
 * Publishes JUnit files to the build's Tests tab, as `PublishTestResults@2` does through task-lib's
 * `TestPublisher` (`results.publish`, not on the logging-commands page but what the agent's test result
 * publisher reads).
 */
export function resultsPublishCommand(files: readonly string[], runTitle: string): string {
  return vsoCommand(
    'results.publish',
    {
      type: 'JUnit',
      mergeResults: 'false',
      runTitle,
      publishRunAttachments: 'true',
      resultFiles: files.join(','),
      testRunSystem: 'VSTS - Tessera',
    },
    '',
  );
}

/** Ends the task with a result (`task.complete`): the agent shows `message` with it. */
export function completeCommand(
  result: 'Succeeded' | 'SucceededWithIssues' | 'Failed',
  message: string,
): string {
  return vsoCommand('task.complete', { result }, message);
}

/** A logging command read back from a line of output (tests, and the agent stand-in in the e2e). */
export interface ParsedCommand {
  readonly name: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly data: string;
}

/** Parses one `##vso[…]` line as the agent does; undefined for any other line. */
export function parseVsoCommand(line: string): ParsedCommand | undefined {
  const start = line.indexOf('##vso[');
  if (start < 0) return undefined;
  const end = line.indexOf(']', start);
  if (end < 0) return undefined;
  const head = line.slice(start + 6, end);
  const space = head.indexOf(' ');
  const name = space < 0 ? head : head.slice(0, space);
  const properties: Record<string, string> = {};
  if (space >= 0)
    for (const pair of head.slice(space + 1).split(';')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq).trim().toLowerCase()] = unescapeValue(pair.slice(eq + 1));
    }
  return {
    name: name.toLowerCase(),
    properties,
    data: unescapeValue(
      line
        .slice(end + 1)
        .replace(/\r?\n$/, '')
        .replace(/\r$/, ''),
    ),
  };
}

/**
 * GitHub Actions workflow commands, spelled by hand (the format is small and stable, and this keeps
 * @actions/core's global state out of our hosts): log levels, groups, annotations, and the
 * `GITHUB_OUTPUT` file format.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 *
 * Every message is escaped, so text from a test failure can never start a command of its own (a message
 * with a newline followed by `::add-mask::` or `::set-output` would otherwise be obeyed by the runner).
 */
import { randomUUID } from 'node:crypto';
import type { Annotation, LogDialect, LogLevel } from '../../src/ci/index.js';

/** Escapes a command's message: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command's property value: as a message, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND_OF: Record<Exclude<LogLevel, 'info'>, string> = {
  debug: 'debug',
  warn: 'warning',
  error: 'error',
};

/** Log lines as the GitHub runner reads them. */
export const GITHUB_DIALECT: LogDialect = {
  line: (level, message) =>
    level === 'info'
      ? // A plain line starting with `::` would be read as a command: break the prefix.
        `${message.replace(/^::/gm, ': :')}\n`
      : `::${COMMAND_OF[level]}::${escapeData(message)}\n`,
  groupStart: (title) => `::group::${escapeData(title)}\n`,
  groupEnd: () => '::endgroup::\n',
};

/** Asks the runner to mask `secret` in the rest of the job's log (`::add-mask::`). */
export function maskCommand(secret: string): string {
  return `::add-mask::${escapeData(secret)}\n`;
}

/** One annotation as a workflow command (`::error file=…,line=…,title=…::message`). */
export function annotationCommand(annotation: Annotation): string {
  const properties: string[] = [];
  if (annotation.file) properties.push(`file=${escapeProperty(annotation.file)}`);
  if (annotation.line !== undefined) properties.push(`line=${annotation.line}`);
  if (annotation.title) properties.push(`title=${escapeProperty(annotation.title)}`);
  const props = properties.length > 0 ? ` ${properties.join(',')}` : '';
  return `::${annotation.level}${props}::${escapeData(annotation.message)}\n`;
}

/**
 * A `GITHUB_OUTPUT` entry in the multi-line form (`name<<delimiter`), with a random delimiter that the
 * value is checked not to contain.
 */
export function outputFileEntry(
  name: string,
  value: string,
  delimiter = `ghadelimiter_${randomUUID()}`,
): string {
  if (value.includes(delimiter) || name.includes(delimiter))
    throw new Error(`output ${name}: the value contains the delimiter; this is a bug in Tessera`);
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

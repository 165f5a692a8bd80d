/**
 * How a GitLab job log spells Tessera's lines: plain lines, warnings and errors in colour, and groups as
 * GitLab's collapsible sections (https://docs.gitlab.com/ci/jobs/job_logs/#custom-collapsible-sections):
 *
 *     \e[0Ksection_start:<unix seconds>:<name>[collapsed=true]\r\e[0K<header>
 *     \e[0Ksection_end:<unix seconds>:<name>\r\e[0K
 *
 * Untrusted text (test names, messages, file names a fork wrote) must not be able to open, close or fake
 * a section, move the cursor or recolour the log: every control character of a line (ESC, CR, and the
 * rest of C0 and DEL) is shown as a visible `^[`-style escape instead of being written, and a header is
 * additionally kept to one bounded line. Section names are ours (`tessera_<n>`), never taken from input.
 *
 * This is a small GitLab-local neutraliser; a provider-neutral one for every CI's command syntax is being
 * written in src/ alongside, and this one can then defer to it.
 */
import type { LogDialect, LogLevel } from '../../src/ci/index.js';

const ESC = '\u001b';
/** Control characters, except tab and newline (lines keep their line breaks; headers lose them). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** The longest section header written; GitLab shows one line. */
export const MAX_HEADER_CHARS = 200;

/** `text` with every control character but tab and newline made visible (`^[` for ESC, `^M` for CR). */
export function neutraliseLogText(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code === 0x7f ? '^?' : `^${String.fromCharCode(code + 64)}`;
  });
}

/** A section header: one line, no control characters, at most {@link MAX_HEADER_CHARS}. */
export function neutraliseHeader(title: string): string {
  const line = neutraliseLogText(title.replace(/\r?\n/g, ' ').replace(/\t/g, ' ')).trim();
  return line.length > MAX_HEADER_CHARS ? `${line.slice(0, MAX_HEADER_CHARS - 1)}…` : line;
}

const COLOURS: Record<Exclude<LogLevel, 'info'>, string> = {
  debug: `${ESC}[0;90m`,
  warn: `${ESC}[0;33m`,
  error: `${ESC}[0;31m`,
};
const RESET = `${ESC}[0m`;

/**
 * A dialect for one job's log. Sections nest; each `groupEnd` closes the innermost open one.
 *
 * @param now the clock section markers carry (GitLab shows a section's duration from them)
 */
export function gitlabDialect(now: () => number = Date.now): LogDialect {
  const open: string[] = [];
  let sections = 0;
  const seconds = (): number => Math.floor(now() / 1000);
  return {
    line: (level, message) => {
      const text = neutraliseLogText(message);
      if (level === 'info') return `${text}\n`;
      const label = level === 'warn' ? 'warning' : level;
      return `${COLOURS[level]}${label}: ${text}${RESET}\n`;
    },
    groupStart: (title) => {
      const name = `tessera_${++sections}`;
      open.push(name);
      return `${ESC}[0Ksection_start:${seconds()}:${name}[collapsed=true]\r${ESC}[0K${neutraliseHeader(title)}\n`;
    },
    groupEnd: () => {
      const name = open.pop();
      return name === undefined ? '' : `${ESC}[0Ksection_end:${seconds()}:${name}\r${ESC}[0K\n`;
    },
  };
}

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
export const REPLACEMENT_CHARACTER = '\uFFFD';

// Line-start commands: GitHub `::` and Azure `##[`, after any leading whitespace (the runners trim it).
const LINE_START_COMMAND = /^(\s*)(::|##\[)/gm;
// Anywhere in a line: Azure `##vso[` (the agent looks for it at any position) and GitLab section markers.
const ANYWHERE_COMMAND = /##vso\[|section_(start|end):/gi;

/** How {@link neutraliseUntrustedText} treats line breaks. */
export interface NeutraliseOptions {
  /**
   * Keep line breaks (a trace, a multi-line message), neutralising each line; CRLF and lone CR become LF.
   * Off by default: the text is folded onto one line, every line break becoming a space.
   */
  readonly multiline?: boolean;
}

/**
 * `text` made inert for any CI log and any terminal: no runner command, no escape sequence, no control or
 * bidirectional character (see the module comment). Use it for every untrusted string before it is
 * printed, whatever the provider.
 */
export function neutraliseUntrustedText(text: string, options: NeutraliseOptions = {}): string {
  let out = text.replace(ANSI_ESCAPE, '');
  out = options.multiline
    ? out.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    : out.replace(/\r\n?|[\n\u0085\u2028\u2029]/g, ' ');
  out = out.replace(CONTROL, REPLACEMENT_CHARACTER);
  return out
    .replace(LINE_START_COMMAND, (_m, space: string, prefix: string) =>
      prefix === '::' ? `${space}: :` : `${space}## [`,
    )
    .replace(ANYWHERE_COMMAND, (m) =>
      m.toLowerCase() === '##vso[' ? `## ${m.slice(2)}` : `${m.slice(0, -1)} :`,
    );
}

/** {@link neutraliseUntrustedText} on one line: line breaks become spaces. */
export function neutraliseUntrustedLine(text: string): string {
  return neutraliseUntrustedText(text);
}

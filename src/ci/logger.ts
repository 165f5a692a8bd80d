/**
 * The job log: four levels, collapsible groups, and secret masking. Every line a host writes goes through
 * {@link createLogger}, which removes registered secrets before the line reaches the output, so a token
 * cannot leak through an error message that happens to quote a URL or a header. CIs differ only in how a
 * warning or a group is spelled; that spelling is a {@link LogDialect}.
 *
 * Messages routinely quote untrusted text (test names, file paths, artifact names), so every message and
 * group title is also neutralised ({@link neutraliseUntrustedText}): no runner command, escape sequence or
 * control character reaches the log, whatever the provider.
 */
import { neutraliseUntrustedText } from '../render/untrusted-text.js';

/** The log levels, least to most severe. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** The job log of a {@link CiHost}. */
export interface Logger {
  /** Shown only when the CI's debug logging is on (GitHub `RUNNER_DEBUG=1`, `TESSERA_DEBUG=1`). */
  debug(message: string): void;
  info(message: string): void;
  /** Shown as a warning by CIs that have them (GitHub, Azure): use for "the run goes on, but look". */
  warn(message: string): void;
  error(message: string): void;
  /** Runs `work` inside a collapsible section titled `title`, closed even when `work` throws. */
  group<T>(title: string, work: () => Promise<T>): Promise<T>;
  /**
   * Registers a secret: from now on it never appears in this log, nor in its URL-encoded or base64 forms
   * (how tokens usually leak: in a URL, in a Basic auth header). Values shorter than 4 characters are
   * ignored, since masking them would blank out ordinary words.
   */
  mask(secret: string): void;
}

/** How one CI spells log lines. Each function returns whole lines, newline included. */
export interface LogDialect {
  line(level: LogLevel, message: string): string;
  groupStart(title: string): string;
  groupEnd(): string;
}

/** Plain text, for a terminal and for CIs without log commands (GitLab sections are optional sugar). */
export const PLAIN_DIALECT: LogDialect = {
  line: (level, message) =>
    `${level === 'info' ? '' : `${level === 'warn' ? 'warning' : level}: `}${message}\n`,
  groupStart: (title) => `── ${title}\n`,
  groupEnd: () => '',
};

/** What replaces a secret in the log. */
export const MASK = '***';

const MIN_SECRET_LENGTH = 4;

/**
 * Removes registered secrets from text. One masker can serve a logger and a host's other writers
 * (annotations), so a secret registered once is hidden everywhere.
 */
export class SecretMasker {
  private readonly forms = new Set<string>();
  private ordered: string[] = [];

  /** Registers `secret` with its URL-encoded and base64 forms; values under 4 characters are ignored. */
  add(secret: string | undefined): void {
    if (secret === undefined || secret.length < MIN_SECRET_LENGTH) return;
    for (const form of [
      secret,
      encodeURIComponent(secret),
      Buffer.from(secret).toString('base64'),
      Buffer.from(secret).toString('base64url'),
    ]) {
      if (form.length >= MIN_SECRET_LENGTH) this.forms.add(form);
    }
    // Longest first, so a secret that contains another is replaced whole.
    this.ordered = [...this.forms].sort((a, b) => b.length - a.length);
  }

  /** Every registered form (the secrets and their encodings), longest first. */
  get registered(): readonly string[] {
    return this.ordered;
  }

  /** The length of the longest form registered (0 when none): how much of a stream to hold back. */
  get longestForm(): number {
    return this.ordered[0]?.length ?? 0;
  }

  /** `text` with every registered secret replaced by {@link MASK}. */
  scrub(text: string): string {
    if (this.ordered.length === 0) return text;
    return this.ordered.reduce((out, secret) => out.split(secret).join(MASK), text);
  }
}

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  /** Whether `debug` lines are written. */
  readonly debug?: boolean;
  /** Secrets known up front (a token from the environment). */
  readonly secrets?: readonly (string | undefined)[];
  /** A masker shared with the host's other writers; a new one by default. */
  readonly masker?: SecretMasker;
}

/** A {@link Logger} that writes through `write` in `dialect`, masking secrets in every line. */
export function createLogger(
  write: (text: string) => void,
  dialect: LogDialect,
  options: LoggerOptions = {},
): Logger {
  const masker = options.masker ?? new SecretMasker();
  const scrub = (text: string): string => masker.scrub(text);
  // Line breaks are kept (a hint on its own line); each line is neutralised.
  const safe = (message: string): string => scrub(neutraliseUntrustedText(message, { multiline: true }));
  // Scrubbed before the dialect escapes the message (escaping could split a secret) and after (a dialect
  // could add text of its own).
  const emit = (text: string): void => {
    if (text !== '') write(scrub(text));
  };
  for (const secret of options.secrets ?? []) masker.add(secret);

  return {
    debug: (message) => {
      if (options.debug) emit(dialect.line('debug', safe(message)));
    },
    info: (message) => emit(dialect.line('info', safe(message))),
    warn: (message) => emit(dialect.line('warn', safe(message))),
    error: (message) => emit(dialect.line('error', safe(message))),
    async group<T>(title: string, work: () => Promise<T>): Promise<T> {
      emit(dialect.groupStart(scrub(neutraliseUntrustedText(title))));
      try {
        return await work();
      } finally {
        emit(dialect.groupEnd());
      }
    },
    mask: (secret) => masker.add(secret),
  };
}

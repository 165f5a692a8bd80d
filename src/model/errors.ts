/**
 * Typed errors. Every error a user can meet says what went wrong, where, and what to do about it; the CLI
 * and the CI entries map them to exit codes in one place.
 */

/** Base class: `hint` tells the user what to do next. */
export class TesseraError extends Error {
  override readonly name: string = 'TesseraError';
  constructor(
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Message plus hint, as printed to a user. */
  describe(): string {
    return this.hint ? `${this.message}\n  hint: ${this.hint}` : this.message;
  }
}

/** Bad command-line arguments or flags (exit code 2). */
export class UsageError extends TesseraError {
  override readonly name = 'UsageError';
}

/** A configuration file or value that cannot be used (exit code 2). */
export class ConfigError extends TesseraError {
  override readonly name = 'ConfigError';
}

/** Where in a file a problem is: 1-based line and column, when known. */
export interface SourcePosition {
  readonly line?: number;
  readonly column?: number;
}

/**
 * A result file that cannot be read: malformed, truncated, of an unknown format, too large, or unsafe (DTD,
 * external entities). It names the file and the position; the file counts as unreadable and every other
 * file is still read.
 */
export class ParseError extends TesseraError {
  override readonly name = 'ParseError';
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  constructor(
    file: string,
    reason: string,
    position: SourcePosition = {},
    hint?: string,
    options?: { cause?: unknown },
  ) {
    const where =
      position.line !== undefined
        ? `:${position.line}${position.column !== undefined ? `:${position.column}` : ''}`
        : '';
    super(
      `${file}${where}: ${reason}`,
      hint ?? 'Check that the file is complete and was written by a supported reporter.',
      options,
    );
    this.file = file;
    if (position.line !== undefined) this.line = position.line;
    if (position.column !== undefined) this.column = position.column;
  }
}

/** A versioned document (plan, bundle, history) written by a newer Tessera than this one. */
export class VersionError extends TesseraError {
  override readonly name = 'VersionError';
}

/** Exit codes shared by every command, documented in the README. */
export const ExitCode = {
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
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** What a non-zero exit code means, in words, for a failed CI step that has no error message to show. */
export const EXIT_CODE_MEANING: Readonly<Record<number, string>> = {
  [ExitCode.testsFailed]: 'a test failed or a shard is missing (the job summary says which)',
  [ExitCode.usage]: 'a usage or configuration error (the log says which)',
  [ExitCode.unreadableInput]: 'an input could not be read (the log names it)',
  [ExitCode.internalError]: 'an internal error in Tessera (a bug; the log says how to report it)',
};

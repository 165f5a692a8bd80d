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
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

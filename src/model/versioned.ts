import { ParseError, VersionError } from './errors.js';

/**
 * Versioned JSON documents (report, plan, shard bundle, history) carry an integer `version`: the major
 * version of their shape. Additions that old readers can ignore keep the number; anything else bumps it. A
 * reader accepts its own version and older ones it knows how to read, and refuses a newer one with a message
 * that says to upgrade, instead of misreading fields it does not know.
 */

/** What a versioned document is and which versions this build reads. */
export interface VersionedKind {
  /** Human name used in messages, e.g. `report`, `shard bundle`. */
  readonly kind: string;
  /** The version this build writes, and the newest it reads. */
  readonly current: number;
  /** The oldest version this build still reads; defaults to `current`. */
  readonly oldest?: number;
}

/**
 * Returns the document's version after checking it is one this build reads.
 *
 * @param doc the parsed JSON, not yet validated
 * @param spec which kind of document and which versions are supported
 * @param source the file or artifact the document came from, for the message
 * @throws VersionError when the document is newer than `spec.current` or older than `spec.oldest`
 * @throws ParseError when the document is not an object with an integer `version`
 */
export function checkVersion(doc: unknown, spec: VersionedKind, source: string): number {
  const version =
    typeof doc === 'object' && doc !== null && !Array.isArray(doc)
      ? (doc as { version?: unknown }).version
      : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ParseError(
      source,
      `not a Tessera ${spec.kind}: no integer "version" field at the top level`,
      {},
      `Point Tessera at a ${spec.kind} file that Tessera wrote.`,
    );
  }
  if (version > spec.current) {
    throw new VersionError(
      `${source}: this ${spec.kind} has version ${version}, but this Tessera reads up to version ${spec.current}`,
      `It was written by a newer Tessera. Upgrade Tessera here, or pin the same version in every job.`,
    );
  }
  const oldest = spec.oldest ?? spec.current;
  if (version < oldest) {
    throw new VersionError(
      `${source}: this ${spec.kind} has version ${version}, older than the oldest this Tessera reads (${oldest})`,
      `Regenerate it with this Tessera version.`,
    );
  }
  return version;
}

/** What {@link parseVersionedJson} needs to know about one kind of document. */
export interface VersionedDocumentSpec<T> extends VersionedKind {
  /** Validates the shape; zod schemas fit (`safeParse`). */
  readonly schema: {
    safeParse(
      value: unknown,
    ):
      | { success: true; data: unknown }
      | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
  };
  /** What to do when the text is not JSON or not this kind of document. */
  readonly hint: string;
  /** Only for the type: the parsed document. */
  readonly _type?: T;
}

/**
 * Parses a versioned JSON document (text or an already parsed value): JSON syntax, then the version (see
 * {@link checkVersion}), then the shape. One place for the three steps every document reader shares, so every
 * kind names the file and the first bad field the same way.
 *
 * @throws ParseError for text that is not JSON, or a document of the wrong shape (naming the first bad field)
 * @throws VersionError for a document written by a newer Tessera
 */
export function parseVersionedJson<T>(
  input: string | { readonly parsed: unknown },
  spec: VersionedDocumentSpec<T>,
  source: string,
): T {
  let value: unknown;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (cause) {
      throw new ParseError(source, `not JSON (${(cause as Error).message})`, {}, spec.hint, { cause });
    }
  } else {
    value = input.parsed;
  }
  checkVersion(value, spec, source);
  const result = spec.schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    throw new ParseError(
      source,
      `not a valid Tessera ${spec.kind}: ${where}: ${issue?.message ?? 'invalid'}`,
      {},
      spec.hint,
    );
  }
  return result.data as T;
}

/**
 * The port through which `report` and `plan` reach a branch's history. Where the bytes live is the
 * provider's business: a local folder (local-store.ts), GitHub artifacts or cache, GitLab/Jenkins staged
 * files, Azure pipeline artifacts. Every store gives the same promise: a history that cannot be used is a
 * warning and no baseline, never an exception that would lose the report.
 */
import type { HistoryDocument } from './history-document.js';

/** What loading a branch's history found. */
export interface HistoryLoad {
  /** The baseline document, or undefined when there is none (first run) or it could not be used. */
  readonly doc?: HistoryDocument;
  /**
   * Why a stored history was ignored (corrupt, truncated, written by a newer Tessera), one sentence each,
   * naming where it was read from. The caller logs them and carries on with a fresh history.
   */
  readonly warnings: readonly string[];
}

/**
 * Loads and saves the history document of a branch.
 *
 * Branch names are untrusted text (anyone can push a branch named `../../x`); a store maps them to its own
 * safe keys and must never read or write outside its own space because of a branch name.
 */
export interface HistoryStore {
  /**
   * The history of `branch`, to compare with and to plan from. For a pull request the caller asks for the
   * base branch; for a push, the branch itself. Resolves with `{ warnings: [] }` and no document when
   * nothing is stored yet; with a warning and no document when what is stored cannot be used. Rejects only
   * on failures that are not about the stored data (e.g. the store's service is unreachable), and then with
   * a `TesseraError` that says what to check.
   */
  load(branch: string): Promise<HistoryLoad>;
  /**
   * Stores `doc` as the new history of `branch`, replacing the old one. Writers must replace atomically: a
   * reader racing with a save sees the old or the new document, never half of one.
   */
  save(branch: string, doc: HistoryDocument): Promise<void>;
}

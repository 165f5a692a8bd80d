/**
 * An in-memory {@link HistoryStore}: the fake that tests of `report` and `plan` use, held to the same
 * contract suite as every real store (test/history/store-contract.ts). It keeps encoded bytes, not objects,
 * so a test sees exactly what a real store would give back, corruption included.
 */
import { decodeHistory, encodeHistory } from './codec.js';
import type { HistoryDocument } from './history-document.js';
import type { HistoryLoad, HistoryStore } from './store.js';

/** A {@link HistoryStore} over a Map of branch → gzipped bytes. */
export class MemoryHistoryStore implements HistoryStore {
  /** The stored bytes per branch; tests may put damaged bytes here. */
  readonly files = new Map<string, Uint8Array>();

  /** Reads the branch's history; absent is no baseline, damaged is a warning and no baseline. */
  async load(branch: string): Promise<HistoryLoad> {
    const bytes = this.files.get(branch);
    if (bytes === undefined) return { warnings: [] };
    const result = decodeHistory(bytes);
    if (result.ok) return { doc: result.doc, warnings: [] };
    return {
      warnings: [
        `history of branch ${JSON.stringify(branch)}: ${result.problem.message}; starting a fresh history`,
      ],
    };
  }

  /** Stores the branch's history, replacing the old one. */
  async save(branch: string, doc: HistoryDocument): Promise<void> {
    this.files.set(branch, encodeHistory(doc));
  }
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalHistoryStore } from '../../src/history/local-store.js';
import { MemoryHistoryStore } from '../../src/history/memory-store.js';
import { historyStoreContract } from './store-contract.js';

historyStoreContract('LocalHistoryStore', {
  create: () => new LocalHistoryStore(join(mkdtempSync(join(tmpdir(), 'tessera-contract-')), 'history')),
  corrupt: (store, branch, bytes) => writeFileSync((store as LocalHistoryStore).pathFor(branch), bytes),
});

historyStoreContract('MemoryHistoryStore', {
  create: () => new MemoryHistoryStore(),
  corrupt: (store, branch, bytes) => void (store as MemoryHistoryStore).files.set(branch, bytes),
});

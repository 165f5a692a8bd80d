/**
 * The in-memory fakes run the same contract suites as the real adapters, so tests that use them test
 * against something that behaves like a CI.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifactStoreContract } from '../contract/artifact-store.contract.js';
import { ciHostContract } from '../contract/ci-host.contract.js';
import { codeHostContract } from '../contract/code-host.contract.js';
import { MemoryArtifactStore } from './memory-artifact-store.js';
import { createMemoryCiHost } from './memory-ci-host.js';
import { MemoryCodeHost } from './memory-code-host.js';

artifactStoreContract('in-memory fake', {
  create: (limits) => new MemoryArtifactStore(limits),
  plantEscaping: async (store) => {
    (store as MemoryArtifactStore).plant('tessera-shard-1-of-1', {
      'bundle.json': '{}',
      '../escaped.txt': 'x',
    });
    return 'tessera-shard-1-of-1';
  },
});

ciHostContract('in-memory fake', async () => {
  const host = createMemoryCiHost({ context: { workspace: await mkdtemp(join(tmpdir(), 'tessera-ws-')) } });
  return {
    host,
    readSummary: async () => host.recorded.summary,
    readOutputs: async () => Object.fromEntries(host.recorded.outputs),
    readLog: () => host.recorded.log,
  };
});

codeHostContract('in-memory fake', async () => {
  const host = new MemoryCodeHost();
  return {
    host,
    comments: async (pr) => host.comments.filter((c) => c.pr === pr),
    addForeignComment: async (pr, body) => {
      host.comments.push({ id: `foreign-${host.comments.length}`, pr, body });
    },
    makeReadOnly: () => {
      host.readOnly = true;
    },
  };
});

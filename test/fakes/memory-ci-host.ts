/**
 * An in-memory {@link CiHost}: records the summary, outputs, annotations and log, with a fixed context. It
 * runs the same contract suite as the real hosts (test/contract/ci-host.contract.ts).
 */
import {
  createLogger,
  PLAIN_DIALECT,
  type Annotation,
  type AnnotationResult,
  type ArtifactLimits,
  type CiContext,
  type CiHost,
  type SummaryWrite,
} from '../../src/ci/index.js';
import { MemoryHistoryStore } from '../../src/history/index.js';
import { UsageError } from '../../src/model/index.js';
import { MemoryArtifactStore } from './memory-artifact-store.js';

/** Options of {@link createMemoryCiHost}. */
export interface MemoryCiHostOptions {
  readonly context?: Partial<CiContext>;
  readonly summaryLimitBytes?: number;
  readonly annotationsPerLevel?: number;
  readonly artifactLimits?: ArtifactLimits;
}

/** A CiHost plus what it recorded. */
export interface MemoryCiHost extends CiHost {
  readonly artifacts: MemoryArtifactStore;
  readonly history: MemoryHistoryStore;
  readonly recorded: {
    summary: string;
    readonly outputs: Map<string, string>;
    readonly annotations: Annotation[];
    log: string;
  };
}

const OUTPUT_NAME = /^[A-Za-z0-9_-]+$/;

export function createMemoryCiHost(options: MemoryCiHostOptions = {}): MemoryCiHost {
  const recorded = {
    summary: '',
    outputs: new Map<string, string>(),
    annotations: [] as Annotation[],
    log: '',
  };
  const context: CiContext = {
    provider: 'local',
    run: { attempt: 1 },
    workspace: process.cwd(),
    ...options.context,
  };
  const limitBytes = options.summaryLimitBytes ?? 1024 * 1024;
  const perLevel = options.annotationsPerLevel ?? 10;
  const log = createLogger((text) => (recorded.log += text), PLAIN_DIALECT, { debug: true });
  return {
    id: context.provider,
    context: () => context,
    artifacts: new MemoryArtifactStore(options.artifactLimits),
    history: new MemoryHistoryStore(),
    summary: {
      limitBytes,
      async append(markdown: string): Promise<SummaryWrite> {
        const current = Buffer.byteLength(recorded.summary);
        const bytes = Buffer.byteLength(markdown);
        if (current + bytes > limitBytes) return { written: false, totalBytes: current };
        recorded.summary += markdown;
        return { written: true, totalBytes: current + bytes };
      },
    },
    limits: { annotationsPerLevel: perLevel },
    log,
    async annotate(annotations: readonly Annotation[]): Promise<AnnotationResult> {
      const counts = new Map<string, number>();
      for (const a of annotations) {
        const n = counts.get(a.level) ?? 0;
        if (n >= perLevel) continue;
        counts.set(a.level, n + 1);
        recorded.annotations.push(a);
        // Through the logger, so masking applies to annotations as in the real hosts.
        log.info(`${a.level}: ${a.file ?? ''}:${a.line ?? ''} ${a.title ?? ''} ${a.message}`);
      }
      const shown = [...counts.values()].reduce((s, n) => s + n, 0);
      return { shown, omitted: annotations.length - shown };
    },
    async setOutput(name: string, value: string): Promise<void> {
      if (!OUTPUT_NAME.test(name)) throw new UsageError(`invalid output name ${JSON.stringify(name)}`);
      recorded.outputs.set(name, value);
    },
    recorded,
  };
}

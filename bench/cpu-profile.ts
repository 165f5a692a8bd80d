/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) as two short lists: the functions that spent the most time
 * themselves, and the ones under which the most time was spent (inclusive). `npm run bench:report --
 * --profile` uses it to say what dominates `tessera report`, by function name and bundle line.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The parts of the `.cpuprofile` format this reads. */
interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
    readonly children?: readonly number[];
  }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** One function's share of the profile. */
export interface ProfileLine {
  /** `name file:line`, with the file shortened to its base name. */
  readonly where: string;
  readonly ms: number;
}

/** Self and inclusive time per function, largest first. */
export interface ProfileSummary {
  readonly totalMs: number;
  readonly self: readonly ProfileLine[];
  readonly inclusive: readonly ProfileLine[];
}

/** Reads the one `.cpuprofile` of the main thread in `dir` (node names it `CPU.<date>.<pid>.0.<n>`). */
export async function readMainThreadProfile(dir: string): Promise<CpuProfile> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.cpuprofile')).sort();
  const main = names.find((name) => /\.0\.\d+\.cpuprofile$/.test(name)) ?? names[0];
  if (!main) throw new Error(`no .cpuprofile in ${dir}`);
  return JSON.parse(await readFile(join(dir, main), 'utf8')) as CpuProfile;
}

/** Adds up the samples by function; a function that recurses counts once per sample in the inclusive list. */
export function summarizeProfile(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const where = (id: number): string => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return '(unknown)';
    const file = frame.url.split('/').at(-1) ?? '';
    return `${frame.functionName || '(anonymous)'} ${file ? `${file}:${frame.lineNumber + 1}` : ''}`.trim();
  };
  const usPerNode = new Map<number, number>();
  let totalUs = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    usPerNode.set(id, (usPerNode.get(id) ?? 0) + delta);
    totalUs += delta;
  });
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of usPerNode) {
    self.set(where(id), (self.get(where(id)) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const key = where(at);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  const top = (totals: Map<string, number>): ProfileLine[] =>
    [...totals]
      .map(([key, us]) => ({ where: key, ms: us / 1000 }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 20);
  return { totalMs: totalUs / 1000, self: top(self), inclusive: top(inclusive) };
}

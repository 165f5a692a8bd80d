/**
 * Shard bundles as the input of a report (`report --from <dir>`): load every bundle under a folder, keep the
 * latest attempt of each shard, check that the matrix is complete, and turn the chosen bundles into one
 * merged run.
 *
 * Completeness is what makes a sharded report honest: a shard whose job died before uploading leaves no
 * trace in the results, so its tests would silently vanish from a report that only counts what it finds.
 * Here a missing shard is named and fails the run. A shard the plan gave no item has no test to lose: when the
 * plan is known, its bundle may be absent (a CI that can skips its job) and the report says so in one note;
 * without the plan, nothing tells "empty by plan" from "died before uploading", so every shard must report.
 */
import { dirname, join, relative, resolve, sep } from 'node:path';
import { stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { foldTests, ParseError, TesseraError, UsageError, type TestCase } from '../model/index.js';
import { emptyShards, plansNothing, type Plan } from '../plan/plan-document.js';
import { BUNDLE_FILE, bundleTests, readBundle, type ShardBundle } from '../run/bundle.js';
import { describeUnreadable, type MergedRun } from './merge.js';
import type { ReportInputRead, ReportInputUnreadable, ReportShards } from './report-document.js';
import { appendAll, maxOf, minOf } from '../model/arrays.js';

/** A bundle and where it was found. */
export interface LoadedBundle {
  /** Path of its `bundle.json`. */
  readonly path: string;
  readonly bundle: ShardBundle;
}

/** Every bundle found under a folder, and the ones that could not be read. */
export interface BundleLoad {
  readonly bundles: readonly LoadedBundle[];
  readonly unreadable: readonly ParseError[];
}

/**
 * Loads every `bundle.json` under `dir`, at any depth (CI artifact downloads nest folders differently), in
 * path order.
 *
 * @throws UsageError when `dir` is not a folder
 * @throws VersionError when a newer Tessera wrote a bundle: merging it could misread its fields
 */
export async function loadBundles(dir: string): Promise<BundleLoad> {
  const root = resolve(dir);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new UsageError(
      info
        ? `--from ${dir}: this is a file, not a folder`
        : `--from ${dir}: the folder does not exist (${root})`,
      'Pass the folder the shard artifacts were downloaded into (the --out of `tessera run`, default .tessera/shards).',
    );
  }
  const paths = (await glob(`**/${BUNDLE_FILE}`, { cwd: root, absolute: true, dot: true })).sort();
  const bundles: LoadedBundle[] = [];
  const unreadable: ParseError[] = [];
  for (const path of paths) {
    try {
      bundles.push({ path, bundle: await readBundle(path) });
    } catch (error) {
      if (error instanceof ParseError) unreadable.push(error);
      else throw error;
    }
  }
  return { bundles, unreadable };
}

/** What to check the bundles against. */
export interface ShardExpectation {
  /** `--expect-shards`: the matrix size; defaults to the plan's, else to the size the bundles state. */
  readonly expectShards?: number;
  /** The plan the shards ran: each shard must have run exactly its planned items. */
  readonly plan?: Plan;
  /** What the run-time queue left undone (it did not drain in time): each one fails the report. */
  readonly queueProblems?: readonly string[];
}

/** The outcome of the completeness check. */
export interface ShardCheck {
  /** The latest attempt of each shard, by shard index. */
  readonly chosen: readonly LoadedBundle[];
  readonly shards: ReportShards;
  /** Everything that makes the matrix incomplete or inconsistent, for people; empty when all is well. */
  readonly problems: readonly string[];
  /**
   * What people should know that lost no test: shards that had nothing to run by plan and left no bundle, a
   * queue worker that died after others took its batches.
   */
  readonly notes: readonly string[];
}

const attemptOf = (b: LoadedBundle): number => b.bundle.run.attempt ?? 1;

function listSome(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/** Whether a later bundle of the same shard replaces an earlier one: a higher CI attempt, then a later finish. */
function isNewer(a: LoadedBundle, b: LoadedBundle): boolean {
  return attemptOf(a) !== attemptOf(b)
    ? attemptOf(a) > attemptOf(b)
    : a.bundle.finishedAt > b.bundle.finishedAt;
}

/**
 * Picks the latest attempt of each shard and checks the set against the expected matrix and the plan.
 * Pure. A shard re-run by the CI (a higher `run.attempt`) replaces the earlier attempt; two bundles of the
 * same shard and attempt are "duplicated" (a misconfigured matrix, or two uploads), and the later is used.
 */
export function checkShards(bundles: readonly LoadedBundle[], expect: ShardExpectation = {}): ShardCheck {
  const problems: string[] = [];
  const totals = [...new Set(bundles.map((b) => b.bundle.shard.total))].sort((a, b) => a - b);
  if (totals.length > 1) {
    problems.push(
      `the bundles come from matrices of different sizes (${totals.map((t) => `of ${t}`).join(', ')}); ` +
        'bundles of an older run may be mixed in',
    );
  }
  const planned = expect.plan?.shards.length;
  const expected = expect.expectShards ?? planned ?? totals[totals.length - 1] ?? 0;
  if (expect.expectShards !== undefined && planned !== undefined && planned !== expect.expectShards)
    problems.push(
      `--expect-shards ${expect.expectShards} disagrees with the plan, which has ${planned} shards`,
    );

  const byIndex = new Map<number, LoadedBundle>();
  const duplicated = new Set<number>();
  for (const b of bundles) {
    const index = b.bundle.shard.index;
    const seen = byIndex.get(index);
    if (seen && attemptOf(seen) === attemptOf(b)) duplicated.add(index);
    if (!seen || isNewer(b, seen)) byIndex.set(index, b);
  }
  const present = [...byIndex.keys()].sort((a, b) => a - b);
  let missing = Array.from({ length: expected }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  const extra = present.filter((i) => i > expected);
  const chosen = present.map((i) => byIndex.get(i) as LoadedBundle);
  const notes = [...lostWorkerNotes(chosen, expected), ...requeueNotes(chosen, expected)];
  // A shard the plan gave nothing to run has no test to lose: its job need not run at all. Fixed shards and
  // queue workers alike: a queue's completeness is its items (checkQueuedItems), which the other workers
  // ran or the report fails; and a CI that skipped an empty worker did not lose it.
  const emptyByPlan = expect.plan ? plannedEmpty(missing, expect.plan) : [];
  if (emptyByPlan.length > 0) {
    notes.unshift(emptyByPlanNote(emptyByPlan, expected));
    missing = missing.filter((i) => !emptyByPlan.includes(i));
  }
  // A queue worker that died leaves no bundle, but its batches were taken over: when the others ran every
  // planned item, nothing is missing from the report, and the lost worker is a note, not a failure.
  if (
    missing.length > 0 &&
    expect.plan &&
    isQueued(chosen) &&
    checkQueuedItems(chosen, expect.plan).length === 0
  ) {
    notes.push(
      `${missing.length === 1 ? 'worker' : 'workers'} ${missing.map((i) => `${i}/${expected}`).join(', ')} left no bundle ` +
        '(lost?); the other workers ran every planned item',
    );
    missing = [];
  }

  if (missing.length > 0) {
    problems.push(
      `${missing.length === 1 ? 'shard' : 'shards'} ${missing.map((i) => `${i}/${expected}`).join(', ')} ` +
        `${missing.length === 1 ? 'is' : 'are'} missing: no bundle was found, so ${missing.length === 1 ? 'its' : 'their'} tests are not in this report`,
    );
  }
  if (extra.length > 0)
    problems.push(`shards ${extra.join(', ')} are beyond the expected ${expected} shards`);
  for (const index of [...duplicated].sort((a, b) => a - b)) {
    const paths = bundles.filter((b) => b.bundle.shard.index === index).map((b) => b.path);
    problems.push(`shard ${index} reported more than once (${listSome(paths)}); the latest is used`);
  }
  if (expect.plan) appendAll(problems, checkPlannedItems(chosen, expect.plan));
  appendAll(problems, checkDoubledItems(chosen));
  appendAll(problems, checkRequeues(chosen));
  appendAll(problems, expect.queueProblems ?? []);

  return {
    chosen,
    shards: {
      expected,
      present,
      missing,
      duplicated: [...duplicated].sort((a, b) => a - b),
      ...(emptyByPlan.length > 0 ? { emptyByPlan } : {}),
    },
    problems,
    notes,
  };
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}

/** The shards among `missing` that the plan gave no item (a shard the plan does not have is not one). */
function plannedEmpty(missing: readonly number[], plan: Plan): number[] {
  const empty = new Set(emptyShards(plan));
  return missing.filter((i) => empty.has(i));
}

/** One note for every shard that had nothing to run by plan and left no bundle. */
function emptyByPlanNote(empty: readonly number[], expected: number): string {
  if (empty.length === expected && expected > 1)
    return `none of the ${expected} shards had anything to run by plan, so none reported`;
  const names = listSome(
    empty.map((i) => `${i}/${expected}`),
    10,
  );
  return `${empty.length === 1 ? 'shard' : 'shards'} ${names} had nothing to run by plan`;
}

/**
 * Each shard ran exactly its planned items; or, when the shards took their items from a queue at run time,
 * the shards together ran every planned item (that none ran twice is checkDoubledItems').
 */
function checkPlannedItems(chosen: readonly LoadedBundle[], plan: Plan): string[] {
  if (isQueued(chosen)) return checkQueuedItems(chosen, plan);
  const problems: string[] = [];
  for (const { bundle } of chosen) {
    const shard = plan.shards.find((s) => s.index === bundle.shard.index);
    if (!shard) continue;
    const ran = new Set(bundle.items);
    const planned = new Set(shard.items);
    const notRun = shard.items.filter((i) => !ran.has(i));
    const unplanned = bundle.items.filter((i) => !planned.has(i));
    if (notRun.length > 0)
      problems.push(
        `shard ${bundle.shard.index} did not run ${notRun.length} planned items: ${listSome(notRun)}`,
      );
    if (unplanned.length > 0)
      problems.push(
        `shard ${bundle.shard.index} ran ${unplanned.length} items not planned for it: ${listSome(unplanned)}`,
      );
  }
  return problems;
}

/** Whether the shards took their items from a queue at run time. */
function isQueued(chosen: readonly LoadedBundle[]): boolean {
  return chosen.some(({ bundle }) => bundle.queue !== undefined);
}

/** The batches a worker took over from another whose lease expired: that other worker was lost. */
function lostWorkerNotes(chosen: readonly LoadedBundle[], total: number): string[] {
  const notes: string[] = [];
  for (const { bundle } of chosen)
    for (const batch of bundle.queue?.batches ?? [])
      if (batch.takenOverFrom !== undefined)
        notes.push(
          `worker ${batch.takenOverFrom}/${total} was lost while it held batch ${batch.sequence} ` +
            `(${batch.items.length} ${batch.items.length === 1 ? 'file' : 'files'}); worker ${bundle.shard.index}/${total} ran it`,
        );
  return notes;
}

/**
 * One line per requeued attempt, so that both runs of a requeued file and where they ran are visible: the
 * tests themselves are joined across bundles by the merge (one test, every attempt: flaky when a later
 * attempt passed, failed when none did).
 */
function requeueNotes(chosen: readonly LoadedBundle[], total: number): string[] {
  const notes: string[] = [];
  for (const { bundle } of chosen)
    for (const batch of bundle.queue?.batches ?? []) {
      const origin = batch.requeueOf;
      if (origin === undefined) continue;
      const failed = new Set(batch.failed ?? []);
      for (const item of batch.items)
        notes.push(
          `${item} failed on worker ${origin.worker}/${total} (batch ${origin.sequence}) and was requeued: ` +
            `attempt ${origin.attempt} on worker ${bundle.shard.index}/${total} (batch ${batch.sequence}) ` +
            (failed.has(item) ? 'failed too' : 'passed, so it is flaky'),
        );
    }
  return notes;
}

/**
 * The planned items that no queue worker ran, and the items they ran that the plan does not have. Items a
 * bailing worker recorded as not run (`bailed.notRun`) are accounted for: the report lists them apart.
 */
function checkQueuedItems(chosen: readonly LoadedBundle[], plan: Plan): string[] {
  const ran = new Set<string>();
  for (const { bundle } of chosen) for (const item of bundle.items) ran.add(item);
  const accounted = new Set(ran);
  for (const { bundle } of chosen) for (const item of bundle.bailed?.notRun ?? []) accounted.add(item);
  const planned = new Set<string>();
  for (const shard of plan.shards) for (const item of shard.items) planned.add(item);
  const notRun = [...planned].filter((i) => !accounted.has(i));
  const unplanned = [...ran].filter((i) => !planned.has(i));
  const problems: string[] = [];
  if (notRun.length > 0)
    problems.push(`the queue's workers did not run ${notRun.length} planned items: ${listSome(notRun)}`);
  if (unplanned.length > 0)
    problems.push(
      `the queue's workers ran ${unplanned.length} items not in the plan: ${listSome(unplanned)}`,
    );
  return problems;
}

/**
 * The items a bundle ran as their first attempt: all of them, less a queue worker's requeued batches (a
 * second run of a file another batch failed and put back, on purpose).
 */
function firstRuns(bundle: ShardBundle): readonly string[] {
  const batches = bundle.queue?.batches;
  if (batches === undefined || !batches.some((b) => b.requeueOf !== undefined)) return bundle.items;
  return batches.filter((b) => b.requeueOf === undefined).flatMap((b) => b.items);
}

/**
 * Each requeued attempt answers a requeue: the batch it names, when that worker's bundle is here (a worker
 * lost after requeuing leaves none), put the item back. Otherwise a bundle could pass any doubled item off
 * as a requeue.
 */
function checkRequeues(chosen: readonly LoadedBundle[]): string[] {
  const byWorker = new Map<number, ShardBundle>();
  for (const { bundle } of chosen) byWorker.set(bundle.shard.index, bundle);
  const unanswered: string[] = [];
  for (const { bundle } of chosen)
    for (const batch of bundle.queue?.batches ?? []) {
      const origin = batch.requeueOf;
      const from = origin && byWorker.get(origin.worker);
      if (!origin || !from) continue;
      const source = from.queue?.batches.find((b) => b.sequence === origin.sequence);
      for (const item of batch.items)
        if (!source?.requeued?.includes(item))
          unanswered.push(`${item} (shard ${bundle.shard.index}, batch ${batch.sequence})`);
    }
  return unanswered.length > 0
    ? [
        `${unanswered.length} items ran again as a requeue that their first worker did not make: ${listSome(unanswered)}`,
      ]
    : [];
}

/** No item ran on two shards, apart from the requeued attempts of a queue. */
function checkDoubledItems(chosen: readonly LoadedBundle[]): string[] {
  const owner = new Map<string, number>();
  const doubled: string[] = [];
  for (const { bundle } of chosen) {
    for (const item of firstRuns(bundle)) {
      const first = owner.get(item);
      if (first !== undefined && first !== bundle.shard.index)
        doubled.push(`${item} (shards ${first} and ${bundle.shard.index})`);
      else owner.set(item, bundle.shard.index);
    }
  }
  return doubled.length > 0 ? [`${doubled.length} items ran on two shards: ${listSome(doubled)}`] : [];
}

/** Chosen bundles as one merged run: tests folded across shards, result files listed by bundle. */
export function mergeBundles(
  chosen: readonly LoadedBundle[],
  unreadable: readonly ParseError[] = [],
  cwd: string = process.cwd(),
): MergedRun {
  const tests: TestCase[] = [];
  const read: ReportInputRead[] = [];
  const warnings: string[] = [];
  for (const { path, bundle } of chosen) {
    appendAll(tests, bundleTests(bundle));
    const folder = relative(cwd, dirname(path)).split(sep).join('/');
    for (const t of bundle.tries)
      for (const f of t.resultFiles)
        read.push({ file: join(folder, f.path).split(sep).join('/'), format: f.format, tests: f.tests });
    if (bundle.infrastructureFailure)
      warnings.push(
        `shard ${bundle.shard.index}/${bundle.shard.total}: ${bundle.infrastructureFailure.reason}`,
      );
  }
  const bad: ReportInputUnreadable[] = unreadable.map((e) => describeUnreadable(e.file, e));
  return { tests: foldTests(tests), suites: [], read, unreadable: bad, warnings };
}

/** The run's wall time: first shard start to last shard finish, or null without bundles. */
export function bundlesWallMs(chosen: readonly LoadedBundle[]): number | null {
  if (chosen.length === 0) return null;
  const starts = chosen.map((b) => Date.parse(b.bundle.startedAt));
  const ends = chosen.map((b) => Date.parse(b.bundle.finishedAt));
  return Math.max(0, maxOf(ends, -Infinity) - minOf(starts, Infinity));
}

/** Everything a report over a folder of bundles needs. */
export interface BundleRun {
  readonly merged: MergedRun;
  readonly check: ShardCheck;
  readonly wallMs: number | null;
  /** The slowest shard's own wall time: the makespan the plan predicted. */
  readonly makespanMs: number | null;
}

/**
 * Loads, checks and merges the bundles under `dir`. Throws a TesseraError (exit 1) when the folder holds no
 * bundle at all and no matrix size was given to name the missing shards by.
 */
export async function loadBundleRun(
  dir: string,
  expect: ShardExpectation = {},
  cwd?: string,
): Promise<BundleRun> {
  // A plan that gave no shard a file to run (every file reused) needs no bundle, so no folder either: the CI
  // ran no shard job, and a download step with nothing to fetch may not have made one.
  const { bundles, unreadable } =
    expect.plan && plansNothing(expect.plan) && !(await isFolder(dir))
      ? { bundles: [], unreadable: [] }
      : await loadBundles(dir);
  if (bundles.length === 0 && unreadable.length === 0 && expect.expectShards === undefined && !expect.plan) {
    throw new TesseraError(
      `--from ${dir}: no shard bundle (${BUNDLE_FILE}) was found`,
      'Did the shard jobs run `tessera run` or `tessera collect`, and were their artifacts downloaded here?',
    );
  }
  const check = checkShards(bundles, expect);
  const makespans = check.chosen.map((b) => b.bundle.wallMs);
  const merged = mergeBundles(check.chosen, unreadable, cwd);
  return {
    // The notes (a lost queue worker) belong in the report people read, beside the shards' warnings.
    merged: { ...merged, warnings: [...merged.warnings, ...check.notes] },
    check,
    wallMs: bundlesWallMs(check.chosen),
    makespanMs: makespans.length > 0 ? maxOf(makespans, -Infinity) : null,
  };
}

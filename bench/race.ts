/**
 * The race both benchmark scripts run: every contender once per round, a warm-up first, each run checked by
 * its contender (a run that did not do the whole job is a failure, never a fast time), then one table of
 * medians. Shared by `bench:report` (seconds) and `bench:cold-start` (milliseconds), which differ only in
 * their contenders and in the unit they print.
 */
import { median, runMeasured, type ChildCommand, type ChildRun } from './measure.js';

/** One program in a race. */
export interface Racer {
  /** What the table calls it. */
  readonly label: string;
  /** Throws when the run did not do the whole job; returns a short note of what it did. */
  verify(run: ChildRun): Promise<string>;
}

/** What one contender measured over the timed runs. */
export interface Measured<R extends Racer> {
  readonly contender: R;
  readonly wallsMs: number[];
  readonly cpusMs: number[];
  readonly peakRssBytes: number[];
  note: string;
  error?: string;
}

/** How a race runs and prints. */
export interface RaceOptions<R extends Racer> {
  readonly warmup: number;
  readonly runs: number;
  /** The command of one run of `racer` (a racer may prepare a fresh one each time, e.g. emptying outputs). */
  readonly commandOf: (racer: R) => ChildCommand | Promise<ChildCommand>;
  /** Prints a time: seconds for long programs, milliseconds for start-up. */
  readonly time: (ms: number) => string;
}

/** A size in MiB, one decimal. */
export function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Runs the race and returns each contender's samples; a contender that fails a check runs no more. */
export async function race<R extends Racer>(
  all: readonly R[],
  options: RaceOptions<R>,
): Promise<Measured<R>[]> {
  const { warmup, runs, time } = options;
  const results = all.map((contender): Measured<R> => ({
    contender,
    wallsMs: [],
    cpusMs: [],
    peakRssBytes: [],
    note: '',
  }));
  for (let round = 0; round < warmup + runs; round++) {
    const timed = round >= warmup;
    console.log(`${timed ? `Run ${round - warmup + 1} of ${runs}` : 'Warm-up'}:`);
    for (const result of results) {
      if (result.error) continue;
      const run = await runMeasured(await options.commandOf(result.contender));
      try {
        result.note = await result.contender.verify(run);
      } catch (error) {
        result.error = (error as Error).message.replace(/\s*\n\s*/g, ' / ');
        console.log(`  ${result.contender.label}: FAILED — ${result.error}`);
        continue;
      }
      const rss = run.peakRssBytes === undefined ? 'n/a' : mebibytes(run.peakRssBytes);
      const cpu = run.cpuMs === undefined ? 'n/a' : time(run.cpuMs);
      console.log(`  ${result.contender.label}: wall ${time(run.wallMs)}, CPU ${cpu}, peak RSS ${rss}`);
      if (!timed) continue;
      result.wallsMs.push(run.wallMs);
      if (run.cpuMs !== undefined) result.cpusMs.push(run.cpuMs);
      if (run.peakRssBytes !== undefined) result.peakRssBytes.push(run.peakRssBytes);
    }
  }
  return results;
}

/** The table of medians (wall with its range, CPU, peak RSS) and each contender's note. */
export function printRaceTable<R extends Racer>(
  results: readonly Measured<R>[],
  time: (ms: number) => string,
): void {
  console.log(
    '\n| program | wall, median (min–max) | CPU user+sys, median | peak RSS, max | checked output |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  for (const { contender, wallsMs, cpusMs, peakRssBytes, note, error } of results) {
    if (error || wallsMs.length === 0) {
      console.log(`| ${contender.label} | failed | | | ${error ?? 'no timed run'} |`);
      continue;
    }
    const spread = `${time(Math.min(...wallsMs))}–${time(Math.max(...wallsMs))}`;
    const cpu = cpusMs.length > 0 ? time(median(cpusMs)) : 'n/a';
    const rss = peakRssBytes.length > 0 ? mebibytes(Math.max(...peakRssBytes)) : 'n/a';
    console.log(`| ${contender.label} | ${time(median(wallsMs))} (${spread}) | ${cpu} | ${rss} | ${note} |`);
  }
}

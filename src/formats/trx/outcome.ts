/** TRX facts as pure functions: outcomes, TimeSpan durations, class and framework names. */
import type { AttemptStatus, FailureCategory } from '../../model/index.js';

/** How one TRX outcome reads in our model. */
export interface TrxOutcome {
  readonly status: AttemptStatus;
  /** For failures when the outcome itself says what kind; otherwise the message decides. */
  readonly category?: FailureCategory;
}

/**
 * The TRX `outcome` values (Visual Studio's TestOutcome enum) mapped to our statuses. `Warning` and
 * `PassedButRunAborted` ran and passed; `Inconclusive`, `NotRunnable` and the never-finished states did not
 * demonstrably pass or fail, so they count as skipped. An unknown value is undefined: the caller warns.
 */
export function trxOutcome(outcome: string | undefined): TrxOutcome | undefined {
  switch ((outcome ?? '').toLowerCase()) {
    case 'passed':
    case 'passedbutrunaborted':
    case 'completed':
    case 'warning':
      return { status: 'passed' };
    case 'failed':
      return { status: 'failed' };
    case 'error':
      return { status: 'failed', category: 'error' };
    case 'timeout':
      return { status: 'failed', category: 'timeout' };
    case 'aborted':
    case 'disconnected':
      return { status: 'failed', category: 'crash' };
    case 'notexecuted':
    case 'notrunnable':
    case 'inconclusive':
    case 'pending':
    case 'inprogress':
      return { status: 'skipped' };
    default:
      return undefined;
  }
}

/** A .NET TimeSpan (`[d.]hh:mm:ss[.fffffff]`) in milliseconds; undefined when it is not one. */
export function timeSpanMs(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = /^\s*(?:(\d+)\.)?(\d+):(\d+):(\d+)(?:\.(\d+))?\s*$/.exec(text);
  if (!m) return undefined;
  const [, days, hours, minutes, seconds, fraction] = m;
  const whole = ((Number(days ?? 0) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds);
  const frac = fraction !== undefined ? Number(`0.${fraction}`) : 0;
  return Math.round((whole + frac) * 1e6) / 1e3;
}

/** Milliseconds between two ISO timestamps, when both parse and the end is not before the start. */
export function spanMs(start: string | undefined, end: string | undefined): number | undefined {
  if (start === undefined || end === undefined) return undefined;
  const ms = Date.parse(end) - Date.parse(start);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/** `Ns.Class, Assembly, Version=…` (MSTest writes assembly-qualified names) → `Ns.Class`. */
export function plainClassName(className: string): string {
  const comma = className.indexOf(',');
  return (comma === -1 ? className : className.slice(0, comma)).trim();
}

// SDK-style output folders: bin/Debug/net8.0/, bin/Release/netcoreapp3.1/, bin/Debug/net461/, net6.0-windows.
const TARGET_FRAMEWORK = /^(?:net\d+(?:\.\d+)?(?:-[a-z][\w.]*)?|netcoreapp\d+\.\d+|netstandard\d+\.\d+)$/i;

/**
 * The target framework from a test assembly's path, as the test's project: the same test run for two
 * frameworks is two tests, not two attempts of one.
 */
export function targetFramework(codeBase: string | undefined): string | undefined {
  if (codeBase === undefined) return undefined;
  const parts = codeBase.split(/[\\/]/);
  parts.pop();
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] ?? '';
    if (TARGET_FRAMEWORK.test(part)) return part.toLowerCase();
  }
  return undefined;
}

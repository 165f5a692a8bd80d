/**
 * The quarantine list: tests whose failures are reported but do not fail the run (config key `quarantine`,
 * wired by the config module). Entries, one of:
 * - a test id (16 hex digits, as in the report's JSON): that one test;
 * - a file glob (`test/legacy/**`): every test of the matching files;
 * - `<file glob>::<title glob>` (`test/api/*.test.ts::users › creates*`): tests of matching files whose
 *   title (`suite › name [project]`) or bare name matches.
 * Globs are picomatch globs: `*` stops at `/`, `**` does not.
 */
import picomatch from 'picomatch';
import type { TestRef } from './test-ref.js';

/** A compiled quarantine list. */
export interface Quarantine {
  /** The entries as given, for the report. */
  readonly entries: readonly string[];
  /**
   * No entry can match a test (no list, or only blank entries). Callers skip the per-test work a match
   * needs (a name map, a match per listed test): the one place that says when a list is worth consulting.
   */
  readonly empty: boolean;
  /** Whether a test is quarantined. `name` is the bare test name, when known. */
  matches(test: TestRef & { readonly name?: string }): boolean;
}

const TEST_ID = /^[0-9a-f]{16}$/;
const GLOB_OPTIONS = { dot: true } as const;

/** Compiles a quarantine list. Blank entries are ignored. */
export function compileQuarantine(entries: readonly string[] = []): Quarantine {
  const ids = new Set<string>();
  const rules: { file: (path: string) => boolean; title?: (title: string) => boolean }[] = [];
  for (const raw of entries) {
    const entry = raw.trim();
    if (entry.length === 0) continue;
    if (TEST_ID.test(entry)) {
      ids.add(entry);
      continue;
    }
    const split = entry.indexOf('::');
    if (split < 0) {
      rules.push({ file: picomatch(entry, GLOB_OPTIONS) });
    } else {
      const filePattern = entry.slice(0, split).trim() || '**';
      rules.push({
        file: picomatch(filePattern, GLOB_OPTIONS),
        title: picomatch(entry.slice(split + 2).trim(), GLOB_OPTIONS),
      });
    }
  }
  return {
    entries: [...entries],
    empty: ids.size === 0 && rules.length === 0,
    matches(test) {
      if (ids.has(test.id)) return true;
      const file = test.file ?? '';
      return rules.some(
        (rule) =>
          rule.file(file) &&
          (rule.title === undefined ||
            rule.title(test.title) ||
            (test.name !== undefined && rule.title(test.name))),
      );
    },
  };
}

/**
 * The report's output and history flags are defined once and registered on both commands that report:
 * `tessera report` and `tessera run` (for --local). These tests pin that they stay the same flags.
 */
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/main.js';
import { givenReportOutputFlags, REPORT_OUTPUT_KEYS } from '../../src/cli/report-output-options.js';

function command(name: string) {
  const found = createProgram().commands.find((c) => c.name() === name);
  if (!found) throw new Error(`no command ${name}`);
  return found;
}

describe('the shared report output options', () => {
  it('are registered on report and on run with the same flags, arguments and defaults', () => {
    const shape = (name: string) =>
      command(name)
        .options.filter((o) => (REPORT_OUTPUT_KEYS as readonly string[]).includes(o.attributeName()))
        .map((o) => ({ flags: o.flags, default: o.defaultValue as unknown, choices: o.argChoices }));
    expect(shape('report')).toHaveLength(REPORT_OUTPUT_KEYS.length);
    expect(shape('run')).toEqual(shape('report'));
  });

  it('name the flags given on the command line, not those left at their default', () => {
    const run = command('run').exitOverride();
    run.action(() => undefined);
    run.parse(['--shard', '1/2', '--html', 'r.html', '--regression-min-samples', '3', '--', 'true'], {
      from: 'user',
    });
    expect(run.getOptionValue('failOn')).toBe('failures');
    expect(givenReportOutputFlags(run)).toEqual(['--html', '--regression-min-samples']);
  });
});

/**
 * A Vitest reporter that appends one CSV row per test file to `$TESSERA_TIMINGS_CSV`: the file, the run
 * number (`$TESSERA_TIMINGS_RUN`) and its whole cost split as Vitest measures it (prepare, collect, setup,
 * tests), the same columns as ../shared/sharding-bench's vuejs/core data. `npm run bench:suite-timings`
 * runs Tessera's own suite with it to make the real multi-run dataset `bench:plan` judges plans on
 * (bench/data/tessera-suite-3runs.csv).
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const HEADER = 'file,run,prepare_ms,collect_ms,setup_ms,test_ms,tests\n';

export default class SuiteTimingsReporter implements Reporter {
  private readonly path = process.env.TESSERA_TIMINGS_CSV;
  private readonly run = Number(process.env.TESSERA_TIMINGS_RUN ?? '1');

  onInit(): void {
    if (this.path === undefined) throw new Error('set TESSERA_TIMINGS_CSV to the CSV file to append to');
    if (!existsSync(this.path)) writeFileSync(this.path, HEADER);
  }

  onTestModuleEnd(module: TestModule): void {
    const d = module.diagnostic();
    const file = relative(process.cwd(), module.moduleId);
    const tests = [...module.children.allTests()].length;
    const ms = (value: number) => Math.round(value);
    appendFileSync(
      this.path as string,
      `${file},${this.run},${ms(d.prepareDuration)},${ms(d.collectDuration)},${ms(d.setupDuration)},${ms(d.duration)},${tests}\n`,
    );
  }
}

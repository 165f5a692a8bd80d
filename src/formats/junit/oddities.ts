/**
 * What the JUnit reader tolerated in a file, counted while streaming and reported once as warnings: the
 * file is still read, but the user should know what was guessed or cut.
 */
import type { ReadOptions } from '../reader.js';

/** Counts of tolerated oddities in one JUnit document. */
export class JunitOddities {
  /** `time` attributes that were not a number of seconds (read as 0). */
  badTimes = 0;
  /** Output or failure texts cut to their bound. */
  truncatedTexts = 0;
  /** Testcases without a name, named after their position. */
  unnamedCases = 0;
  /** Suites whose `tests` attribute promises testcases they do not list. */
  suitesWithoutCases = 0;
  /** `<testcase>` elements inside another testcase, ignored. */
  nestedCases = 0;

  /** One warning per kind of oddity met. */
  warnings(options: Pick<ReadOptions, 'maxOutputChars' | 'maxMessageChars'>): string[] {
    const warnings: string[] = [];
    if (this.badTimes > 0)
      warnings.push(`${this.badTimes} time attribute(s) were not a number of seconds and count as 0`);
    if (this.truncatedTexts > 0)
      warnings.push(
        `${this.truncatedTexts} output or failure text(s) were cut to the ` +
          `${options.maxOutputChars}/${options.maxMessageChars}-character bounds`,
      );
    if (this.unnamedCases > 0)
      warnings.push(`${this.unnamedCases} testcase(s) had no name and are named after their position`);
    if (this.suitesWithoutCases > 0)
      warnings.push(
        `${this.suitesWithoutCases} testsuite(s) declare tests but list no testcase; ` +
          'only listed testcases are counted',
      );
    if (this.nestedCases > 0)
      warnings.push(`${this.nestedCases} testcase element(s) nested inside another testcase were ignored`);
    return warnings;
  }
}

/**
 * Attribute values of JUnit XML as real reporters write them: times in seconds with a decimal point, a
 * locale's decimal comma, grouping separators or an exponent, and line numbers. Pure functions; a value that
 * cannot be read gives `undefined` and the caller counts a warning.
 */

/**
 * Seconds from a JUnit `time` attribute, as milliseconds rounded to the microsecond.
 *
 * - missing or empty: 0 (many reporters leave `time` out for skipped tests);
 * - `0.5`, `1.4e-05`: as written;
 * - `0,5`, `1,234`: a single comma is a decimal comma (Java's `%.3f` in a German or French locale). It is
 *   never read as a thousands separator, because JUnit writers print fractional seconds, so `1,234` is
 *   1.234 s and not twenty minutes;
 * - `2,503.1`, `2.503,1`, `1,234,567`: when both separators appear, the last one is the decimal point and
 *   the other groups thousands; several commas alone group thousands;
 * - negative, not a number, or infinite: `undefined` (the caller uses 0 and warns).
 */
export function parseSecondsToMs(value: string | undefined): number | undefined {
  if (value === undefined) return 0;
  // Fast path: almost every value is a plain decimal number.
  let seconds = Number(value);
  if (Number.isNaN(seconds)) seconds = Number(normaliseSeparators(value.trim()));
  if (!Number.isFinite(seconds) || seconds < 0) return undefined;
  return Math.round(seconds * 1e6) / 1e3;
}

function normaliseSeparators(text: string): string {
  const lastComma = text.lastIndexOf(',');
  if (lastComma === -1) return text;
  const lastDot = text.lastIndexOf('.');
  if (lastDot !== -1) {
    // Both present: the later one is the decimal separator.
    return lastDot > lastComma ? text.replaceAll(',', '') : text.replaceAll('.', '').replace(',', '.');
  }
  return text.indexOf(',') === lastComma ? text.replace(',', '.') : text.replaceAll(',', '');
}

/** A 1-based line number from a `line` attribute, or undefined when absent or not a positive integer. */
export function parseLine(value: string | undefined): number | undefined {
  if (value === undefined || value.length === 0) return undefined;
  const line = Number(value);
  return Number.isInteger(line) && line > 0 ? line : undefined;
}

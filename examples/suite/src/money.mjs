/** Money in integer cents: no floating-point rounding drift. */

export function formatCents(cents, currency = 'EUR', locale = 'en-US') {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

/** Splits an amount into `parts` shares that differ by at most one cent and add up exactly. */
export function splitEvenly(cents, parts) {
  if (!Number.isInteger(cents) || !Number.isInteger(parts) || parts < 1)
    throw new RangeError('cents and parts must be integers, parts at least 1');
  const base = Math.trunc(cents / parts);
  const remainder = cents - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < Math.abs(remainder) ? Math.sign(remainder) : 0));
}

/** Applies a percentage discount, rounding the discount (not the price) half up. */
export function applyDiscount(cents, percent) {
  if (percent < 0 || percent > 100) throw new RangeError('percent must be between 0 and 100');
  return cents - Math.round((cents * percent) / 100);
}

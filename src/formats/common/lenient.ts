/**
 * Lenient zod field types for JSON reporters whose output drifts from their own documentation: a field of
 * the wrong type reads as absent instead of failing the whole file. Only the fields a reader cannot do
 * without are strict.
 */
import { z } from 'zod';

/** A number, or a numeric string (`"150"`, `"1.5"`); anything else reads as undefined. */
export const looseNumber = z
  .unknown()
  .optional()
  .transform((v): number | undefined => {
    if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
    if (typeof v === 'string' && v.trim() !== '') {
      const n = Number(v.trim());
      return Number.isFinite(n) ? n : undefined;
    }
    return undefined;
  });

/** A string; numbers and booleans are stringified, anything else reads as undefined. */
export const looseString = z
  .unknown()
  .optional()
  .transform((v): string | undefined => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return undefined;
  });

/** An array of strings; a single string becomes a one-element array; other items are dropped. */
export const looseStrings = z
  .unknown()
  .optional()
  .transform((v): string[] => {
    if (typeof v === 'string') return [v];
    if (!Array.isArray(v)) return [];
    return v.filter((x): x is string => typeof x === 'string');
  });

/** A boolean, or the strings `"true"`/`"false"`. */
export const looseBoolean = z
  .unknown()
  .optional()
  .transform((v): boolean | undefined => {
    if (typeof v === 'boolean') return v;
    if (v === 'true') return true;
    if (v === 'false') return false;
    return undefined;
  });

/** URL query strings with repeated keys as arrays. */
import { URLSearchParams } from 'node:url';

export function parseQuery(query) {
  const result = {};
  for (const [key, value] of new URLSearchParams(query.replace(/^\?/, ''))) {
    if (key in result) result[key] = [].concat(result[key], value);
    else result[key] = value;
  }
  return result;
}

/** Keys in sorted order so equal objects give equal strings (cache keys, signatures). */
export function stringifyQuery(params) {
  const search = new URLSearchParams();
  for (const key of Object.keys(params).sort()) {
    const value = params[key];
    if (value === undefined || value === null) continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, String(v));
  }
  return search.toString();
}

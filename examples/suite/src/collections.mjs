/** Array and object helpers. */

export function chunk(items, size) {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('size must be a positive integer');
  const chunks = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Groups items by a key, keeping first-seen order of keys and items. */
export function groupBy(items, keyOf) {
  const groups = new Map();
  for (const item of items) {
    const key = keyOf(item);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(item);
  }
  return groups;
}

/** Keeps the first item of each key. */
export function uniqueBy(items, keyOf) {
  const seen = new Set();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function partition(items, predicate) {
  const yes = [];
  const no = [];
  for (const item of items) (predicate(item) ? yes : no).push(item);
  return [yes, no];
}

export function zip(a, b) {
  return Array.from({ length: Math.min(a.length, b.length) }, (_, i) => [a[i], b[i]]);
}

/** Stable sort by one or more keys; a key starting with `-` sorts descending. */
export function sortBy(items, ...keys) {
  return [...items].sort((x, y) => {
    for (const key of keys) {
      const desc = key.startsWith('-');
      const name = desc ? key.slice(1) : key;
      if (x[name] < y[name]) return desc ? 1 : -1;
      if (x[name] > y[name]) return desc ? -1 : 1;
    }
    return 0;
  });
}

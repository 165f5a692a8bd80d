/** Small string helpers: the kind every project grows in a `utils/` folder. */

/** Lower-case, ASCII-only, words joined by single dashes: `"Héllo, World!"` → `"hello-world"`. */
export function slugify(text) {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Capitalises the first letter of every word; small words stay lower-case unless they come first. */
export function titleCase(text) {
  const small = new Set(['a', 'an', 'and', 'of', 'the', 'to', 'in', 'on', 'or']);
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((word, i) => (i > 0 && small.has(word) ? word : word[0].toUpperCase() + word.slice(1)))
    .join(' ');
}

/** Cuts text to at most `max` characters, ending with an ellipsis when it was cut. */
export function truncate(text, max) {
  if (max < 1) throw new RangeError('max must be at least 1');
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Number of words, counting hyphenated words once. */
export function wordCount(text) {
  return text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/** Whether a phrase reads the same backwards, ignoring case, spaces and punctuation. */
export function isPalindrome(text) {
  const letters = text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return letters === [...letters].reverse().join('');
}

/** Wraps text at `width` columns without breaking words; a word longer than the width gets a line of its own. */
export function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.length === 0) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

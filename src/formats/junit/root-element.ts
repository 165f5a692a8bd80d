/**
 * The name of an XML document's root element, from the first kilobytes of the document: skips the XML
 * declaration, processing instructions, comments and a DOCTYPE (with its internal subset). Used for content
 * sniffing only; the parser checks the document properly.
 */
export function rootElementName(head: string): string | undefined {
  let i = 0;
  for (;;) {
    while (i < head.length && isSpace(head.charCodeAt(i))) i++;
    if (head.charCodeAt(i) !== 0x3c /* < */) return undefined;
    if (head.startsWith('<?', i)) i = after(head, '?>', i);
    else if (head.startsWith('<!--', i)) i = after(head, '-->', i);
    else if (head.startsWith('<!DOCTYPE', i)) i = afterDoctype(head, i);
    else {
      const match = /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(i, i + 256));
      return match?.[1];
    }
    if (i < 0) return undefined;
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function after(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  return at < 0 ? -1 : at + end.length;
}

/** End of `<!DOCTYPE r [ … ]>`: the internal subset may itself contain `>`. */
function afterDoctype(text: string, from: number): number {
  const bracket = text.indexOf('[', from);
  const close = text.indexOf('>', from);
  if (close < 0) return -1;
  if (bracket < 0 || bracket > close) return close + 1;
  const subsetEnd = text.indexOf(']', bracket);
  return subsetEnd < 0 ? -1 : after(text, '>', subsetEnd);
}

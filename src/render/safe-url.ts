/**
 * Links in rendered reports come from the CI host's context (run URL, artifact URL). They are still checked:
 * only absolute http(s) URLs are ever linked, so a `javascript:` or `data:` address can never become a link.
 */

/**
 * The URL in a normalised form safe to put in a markdown link target or an HTML attribute, or undefined when
 * it is not an absolute http(s) URL. Parentheses, quotes and angle brackets are percent-encoded so the URL
 * cannot close the markdown link or the attribute it is placed in.
 */
export function safeHttpUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined; // Not a URL at all: nothing to link; the caller shows plain text instead.
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return url.href.replace(
    /[()'"<>\s`]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/**
 * As {@link safeHttpUrl}, for https only: the links built from untrusted parts (a code host's file page, a
 * shard job's log, an anchor in the HTML report) are never plain http.
 */
export function safeHttpsUrl(raw: string | undefined): string | undefined {
  const url = safeHttpUrl(raw);
  // A `|` would end a markdown table cell even inside a link's target.
  return url?.startsWith('https://') ? url.replace(/\|/g, '%7C') : undefined;
}

/** `base` with its fragment set to `anchor` (letters, digits, `-`, `_`), when `base` is a safe https URL. */
export function withAnchor(base: string | undefined, anchor: string): string | undefined {
  const url = safeHttpsUrl(base);
  if (url === undefined) return undefined;
  const parsed = new URL(url);
  parsed.hash = anchor.replace(/[^A-Za-z0-9_-]/g, '');
  return safeHttpsUrl(parsed.href);
}

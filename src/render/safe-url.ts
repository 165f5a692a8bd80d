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

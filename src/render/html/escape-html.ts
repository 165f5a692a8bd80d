/**
 * Escaping for the HTML report. Server-rendered parts (summary, charts) escape every piece of text with
 * {@link escapeHtml}; the test data travels as JSON inside a `<script type="application/json">`, escaped by
 * {@link jsonForScript} so no test name can end the script element; the browser script then inserts it with
 * `textContent` only.
 */

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<`, `>` and `&` become `\u003c`, `\u003e`
 * and `\u0026` (so `</script>` and `<!--` cannot appear), and the line separators U+2028/U+2029 are escaped
 * too. `JSON.parse` of the element's text gives back the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * @module reports/escape — making untrusted text (model outputs, prompts, ids) safe to embed
 * in HTML, in an inline JSON block, and in Markdown tables.
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>`, `&` and the JS line
 * separators are written as \u escapes, so no `</script>` or `<!--` can end the block early.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Escapes text for a Markdown table cell (GitHub-flavoured; HTML is rendered there too). */
export function escapeMd(s: string): string {
  return s
    .replace(/[&<>]/g, (c) => HTML[c]!)
    .replace(/([\\`*_[\]|])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

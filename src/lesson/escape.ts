/**
 * The one HTML escaper of the page templates and directives. It escapes all five characters that
 * can end a text run or an attribute value (quoted either way), so any text from a lesson file,
 * front matter or directive can go into text or into an attribute and never becomes markup.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/**
 * Checks a script's source before it is inlined in `<script>…</script>`: `</script` and `<!--`
 * are the sequences that end or confuse the element in HTML. Our inlined scripts are constants
 * of this repository, so one of those in them is a bug to fix at the source, not to rewrite.
 */
export function inlineScriptText(source: string): string {
  if (/<\/script|<!--/i.test(source)) throw new Error('inline script contains "</script" or "<!--"');
  return source;
}

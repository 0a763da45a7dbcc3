/**
 * Builds an element with attributes and text. Attributes go through setAttribute and text
 * through textContent, so nothing passed in is ever parsed as markup.
 *
 * @example el('button', { type: 'button', name: 'play' }, 'Play')
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

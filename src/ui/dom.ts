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

/**
 * A toolbar button with its letter key announced (`aria-keyshortcuts`; bindShortcuts in
 * src/ui/shortcuts.ts makes the key work).
 */
export function keyButton(name: string, text: string, key: string, primary = false): HTMLButtonElement {
  const attrs: Record<string, string> = { type: 'button', name, 'aria-keyshortcuts': key };
  if (primary) attrs.class = 'primary';
  return el('button', attrs, text);
}

// Setters that touch the DOM only when the value changes: re-renders run on every state change,
// and an unchanged write would still cost a mutation (and re-announce a live region).

export function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

export function setValue(node: HTMLInputElement | HTMLSelectElement, value: string): void {
  if (node.value !== value) node.value = value;
}

export function setAttr(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

export function setHidden(node: HTMLElement, hidden: boolean): void {
  if (node.hidden !== hidden) node.hidden = hidden;
}

/**
 * Enables or disables a control. Disabling the focused control would drop keyboard focus to the
 * page's <body> (e.g. "Remove a layer" pressed down to the last layer), so focus moves to
 * `focusInstead` first, when given.
 */
export function setDisabled(
  node: HTMLButtonElement | HTMLInputElement,
  disabled: boolean,
  focusInstead?: HTMLElement,
): void {
  if (node.disabled === disabled) return;
  const root = node.getRootNode() as Document | ShadowRoot;
  if (disabled && focusInstead && root.activeElement === node) focusInstead.focus();
  node.disabled = disabled;
}

/** Marks a field invalid with a message in its error line, or clears both. */
export function setFieldError(
  input: HTMLInputElement | HTMLTextAreaElement,
  error: HTMLElement,
  message: string | undefined,
): void {
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  setText(error, message ?? '');
}

/**
 * A widget's letter keys (p play, n step, r reset, …): pressed anywhere inside the widget, except
 * where text is typed or a menu has the keys, and never with Ctrl, Meta or Alt (the browser's and
 * the system's). Keys are read in lower case, so Caps Lock does not switch them off. The site
 * shell ignores keys from inside widgets, so these never clash with the page's own.
 *
 * @example
 * bindShortcuts(this.body, { p: () => this.play(), r: () => this.reset() });
 * // Keys that depend on the state: a look-up that answers undefined for "not now".
 * bindShortcuts(this.body, (key) => (this.s.mode === 'coin' ? coinKeys[key] : undefined));
 */

/** A key pressed in this element types text (or picks from a menu): it is not a shortcut. */
export function typesText(target: EventTarget | undefined): boolean {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'color'].includes(target.type);
}

export type Shortcuts = Readonly<Record<string, () => void>> | ((key: string) => (() => void) | undefined);

/** Calls the action for a letter key pressed inside `root` (see the module comment). */
export function bindShortcuts(root: HTMLElement, actions: Shortcuts): void {
  root.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    if (typesText(e.composedPath()[0])) return;
    const key = e.key.toLowerCase();
    const action =
      typeof actions === 'function' ? actions(key) : Object.hasOwn(actions, key) ? actions[key] : undefined;
    if (!action) return;
    e.preventDefault();
    action();
  });
}

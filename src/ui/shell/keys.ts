/**
 * Which key does what in the site shell, as pure functions of the key event's fields and of the
 * event's composed path, so the mapping is testable without a browser.
 */

export type ShellAction =
  | 'cycle-theme'
  | 'toggle-projector'
  | 'fullscreen'
  | 'toggle-presenter'
  | 'presenter-window'
  | 'help'
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'leave';

export interface KeyInput {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly repeat?: boolean;
  readonly isComposing?: boolean;
}

export interface KeyContext {
  readonly presenting: boolean;
  /**
   * The key went to something Space activates (a button, a summary): Space must press it, not
   * also turn the page, or a focused "Next" button would move two steps.
   */
  readonly onActivatable: boolean;
}

const LETTERS: Readonly<Record<string, ShellAction>> = {
  t: 'cycle-theme',
  p: 'toggle-projector',
  f: 'fullscreen',
  s: 'toggle-presenter',
  w: 'presenter-window',
};

const PRESENTER_KEYS: Readonly<Record<string, ShellAction>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'leave',
};

export function keyAction(e: KeyInput, ctx: KeyContext): ShellAction | undefined {
  // Ctrl/Meta/Alt combinations belong to the browser and the OS (Ctrl+T, Alt+←, Cmd+F).
  if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return undefined;
  if (e.key === '?') return e.repeat ? undefined : 'help';
  const letter = e.key.length === 1 ? LETTERS[e.key.toLowerCase()] : undefined;
  // Holding a toggle key down must not flicker through themes or modes.
  if (letter) return e.repeat ? undefined : letter;
  if (!ctx.presenting) return undefined;
  if (e.key === ' ' || e.key === 'Spacebar') {
    if (ctx.onActivatable) return undefined;
    return e.shiftKey ? 'previous' : 'next';
  }
  return Object.prototype.hasOwnProperty.call(PRESENTER_KEYS, e.key) ? PRESENTER_KEYS[e.key] : undefined;
}

/** The parts of an element the path checks read (an Element has them all). */
interface PathNode {
  readonly localName?: unknown;
  readonly isContentEditable?: unknown;
  getAttribute?(name: string): string | null;
}

const TYPING_TAGS = new Set(['input', 'select', 'textarea']);
/** ARIA widgets that use the arrow keys themselves. */
const KEYED_ROLES = new Set([
  'textbox',
  'searchbox',
  'combobox',
  'slider',
  'spinbutton',
  'listbox',
  'menu',
  'grid',
]);
const ACTIVATABLE_TAGS = new Set(['button', 'summary']);
const ACTIVATABLE_ROLES = new Set(['button', 'checkbox', 'switch', 'menuitem', 'tab', 'radio']);

function nodeInfo(node: unknown): { tag: string; role: string | null; editable: boolean } | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const n = node as PathNode;
  if (typeof n.localName !== 'string') return undefined;
  const role = typeof n.getAttribute === 'function' ? n.getAttribute('role') : null;
  const editable =
    n.isContentEditable === true ||
    (typeof n.getAttribute === 'function' &&
      n.getAttribute('contenteditable') !== null &&
      n.getAttribute('contenteditable') !== 'false');
  return { tag: n.localName, role, editable };
}

/**
 * True when the shell must leave the key alone: the reader is typing, a `lumen-*` widget has the
 * focus (its handles use the arrow keys), an ARIA widget uses the key, or a dialog is open.
 */
export function isIgnoredPath(path: readonly unknown[]): boolean {
  for (const node of path) {
    const info = nodeInfo(node);
    if (!info) continue;
    if (TYPING_TAGS.has(info.tag) || info.editable) return true;
    if (info.tag.startsWith('lumen-') || info.tag === 'dialog') return true;
    if (info.role && KEYED_ROLES.has(info.role)) return true;
  }
  return false;
}

/** True when the key went to a button-like element (or something inside one). */
export function isActivatablePath(path: readonly unknown[]): boolean {
  return path.some((node) => {
    const info = nodeInfo(node);
    return (
      !!info && (ACTIVATABLE_TAGS.has(info.tag) || (info.role !== null && ACTIVATABLE_ROLES.has(info.role)))
    );
  });
}

/** Keys that move between steps and that a focused handle or slider would also take. */
const STEP_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', 'ArrowLeft', 'ArrowUp', 'PageUp']);
const OWN_KEYS_TYPES = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color']);

/**
 * While presenting, a step key goes to the step even when a widget's handle or slider has the
 * focus, if that focus came from a press of the pointer (a teacher who dragged ĵ and then presses
 * the clicker means the next step) rather than from Tab (a learner who chose the handle to move it
 * with the keys). `focused` is the element that has the focus, inside the widget's shadow root.
 */
export function stepKeyOverHandle(
  e: KeyInput,
  focused: { localName: string; type?: string; isContentEditable?: boolean } | null,
  focusByPointer: boolean,
): boolean {
  if (!focusByPointer || !focused || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return false;
  if (!STEP_KEYS.has(e.key)) return false;
  if (focused.isContentEditable) return false;
  if (focused.localName === 'textarea' || focused.localName === 'select') return false;
  if (focused.localName === 'input') return OWN_KEYS_TYPES.has((focused.type ?? 'text').toLowerCase());
  return true;
}

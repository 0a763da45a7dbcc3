/**
 * The keyboard-shortcut dialog (`?`, or the "Keys" button the shell adds to the header). A native
 * modal <dialog>: it traps focus, closes with Escape, and focus goes back where it was.
 */
export const SHORTCUTS: readonly (readonly [keys: string, does: string])[] = [
  ['T', 'Next theme: light, dark, projector'],
  ['P', 'Projector theme on or off'],
  ['F', 'Fullscreen on or off'],
  ['S', 'Presenter mode on or off'],
  ['W', 'Presenter window: the step, its notes, the next step and a timer, in step with this page'],
  ['→  ↓  Space  Page Down', 'Next step (presenter mode)'],
  ['←  ↑  Shift+Space  Page Up', 'Previous step (presenter mode)'],
  ['Home  End', 'First or last step (presenter mode)'],
  ['Esc', 'Leave presenter mode'],
  ['?', 'This list'],
];

export interface HelpControl {
  open(): void;
}

function build(doc: Document): HTMLDialogElement {
  const dialog = doc.createElement('dialog');
  dialog.className = 'shortcut-help';
  dialog.setAttribute('aria-labelledby', 'shortcut-help-title');
  const title = doc.createElement('h2');
  title.id = 'shortcut-help-title';
  title.textContent = 'Keyboard shortcuts';
  const table = doc.createElement('table');
  const body = doc.createElement('tbody');
  for (const [keys, does] of SHORTCUTS) {
    const row = doc.createElement('tr');
    const k = doc.createElement('th');
    k.scope = 'row';
    for (const key of keys.split(/\s{2,}/)) {
      const kbd = doc.createElement('kbd');
      kbd.textContent = key;
      k.append(kbd, ' ');
    }
    const d = doc.createElement('td');
    d.textContent = does;
    row.append(k, d);
    body.append(row);
  }
  table.append(body);
  const note = doc.createElement('p');
  note.textContent =
    'Inside a widget, Tab moves between its handles and controls; the arrow keys move the focused handle (Shift: coarse, Alt: fine).';
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.addEventListener('click', () => dialog.close());
  dialog.append(title, table, note, close);
  // A click on the backdrop (outside the box) closes it too.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) {
      const r = dialog.getBoundingClientRect();
      const inside =
        e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
      if (!inside) dialog.close();
    }
  });
  doc.body.append(dialog);
  return dialog;
}

export function startHelp(doc: Document, controls: Element | null): HelpControl {
  let dialog: HTMLDialogElement | undefined;
  let returnTo: HTMLElement | null = null;
  const open = (): void => {
    dialog ??= build(doc);
    if (dialog.open) return;
    const active = doc.activeElement;
    returnTo = active instanceof HTMLElement ? active : null;
    dialog.addEventListener('close', () => returnTo?.focus({ preventScroll: true }), { once: true });
    dialog.showModal();
  };
  // The build writes the button (src/lesson/templates/chrome.ts), so the header does not grow on load.
  controls?.querySelector('#help-toggle')?.addEventListener('click', open);
  return { open };
}

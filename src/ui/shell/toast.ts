/**
 * A short, polite status line for things a key press did that the reader might not see (the
 * theme changed, there are no steps here). Screen readers hear it; sighted readers see it fade.
 */
export type Say = (text: string) => void;

export function createToast(doc: Document): Say {
  const box = doc.createElement('div');
  box.className = 'toast';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  box.hidden = true;
  doc.body.append(box);
  let timer = 0;
  return (text) => {
    window.clearTimeout(timer);
    box.textContent = text;
    box.hidden = false;
    timer = window.setTimeout(() => {
      box.hidden = true;
      box.textContent = '';
    }, 2500);
  };
}

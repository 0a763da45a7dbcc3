/**
 * On narrow screens the lesson list sits above the lesson; ten titles would push the lesson off
 * a phone's first screen, so there it folds behind a button. The build writes the button and the
 * folded list (no shift on load); this wires the button. Without JavaScript (no `js` class on
 * the root, set by the boot script) or on wide screens the CSS shows the whole list.
 */
export function startToc(doc: Document): void {
  const nav = doc.querySelector<HTMLElement>('nav.toc.foldable');
  const button = nav?.querySelector<HTMLButtonElement>('.toc-toggle');
  if (!nav || !button) return;
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('open', open);
  });
}

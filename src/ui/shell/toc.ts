/**
 * On narrow screens the lesson list sits above the lesson; ten titles would push the lesson off
 * a phone's first screen, so there it folds behind a button. Without JavaScript (or on wide
 * screens, where the CSS hides the button) the whole list stays visible.
 */
export function startToc(doc: Document): void {
  const nav = doc.querySelector<HTMLElement>('nav.toc');
  const list = nav?.querySelector('ol');
  if (!nav || !list) return;
  list.id ||= 'toc-list';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'toc-toggle';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', list.id);
  button.textContent = nav.getAttribute('aria-label') || 'Lessons';
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('open', open);
  });
  nav.classList.add('foldable');
  nav.prepend(button);
}

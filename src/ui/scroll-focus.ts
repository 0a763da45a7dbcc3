/**
 * Sideways scrollers (a wide code panel, a long displayed equation) must be reachable by
 * keyboard, or keyboard users cannot read their hidden part (WCAG 2.1.1; axe
 * `scrollable-region-focusable`). Each one becomes a Tab stop while, and only while, it
 * overflows, so a page whose blocks fit gains no empty stops.
 *
 * An `aria-hidden` scroller (a widget's drawn formula, whose words are in a screen-reader text
 * beside it) is the opposite case: Chromium makes every scroller focusable, which gives screen
 * reader users a stop that says nothing, so it is taken out of the Tab order instead.
 */

/** Keeps `el` a Tab stop exactly while its content is wider than it is. */
export function focusWhileOverflowing(el: HTMLElement): ResizeObserver {
  const update = (): void => {
    const overflows = el.scrollWidth > el.clientWidth + 1;
    if (overflows && el.tabIndex !== 0) el.tabIndex = 0;
    else if (!overflows && el.hasAttribute('tabindex')) el.removeAttribute('tabindex');
  };
  const observer = new ResizeObserver(update);
  observer.observe(el);
  // The content can grow without the box changing size (a formula re-typeset into the same box).
  for (const child of el.children) observer.observe(child);
  update();
  return observer;
}

/** The lesson page's code panels and displayed math. */
export function startScrollFocus(doc: Document): void {
  for (const el of doc.querySelectorAll<HTMLElement>('main pre, main .math-display'))
    focusWhileOverflowing(el);
}

/** A scroller that screen readers skip must not be an (empty) Tab stop either. */
export function unfocusableIfHidden(el: HTMLElement): void {
  const hidden = el.closest<HTMLElement>('[aria-hidden="true"]');
  if (!hidden) return;
  // The hidden box is the scroller in most widgets; `el` is, where the formula has its own box.
  for (const box of new Set([hidden, el])) if (box.getAttribute('tabindex') !== '-1') box.tabIndex = -1;
}

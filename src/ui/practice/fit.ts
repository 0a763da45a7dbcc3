/**
 * Keeps a practice block's formulas inside its width. They are typeset breakable (see
 * src/lesson/math.ts), but one unbreakable piece (a matrix product, a fraction) can still be
 * wider than a phone in the projector's type: that formula's type shrinks, never below the
 * smallest legible size, and grows back when the room or the theme's type size changes.
 */
import { MIN_FORMULA_PX } from '../formula-view';

/** Shrinks `el`'s type just enough for its content to fit its width (after undoing any earlier shrink). */
export function shrinkToFit(el: HTMLElement): void {
  el.style.removeProperty('font-size');
  if (el.scrollWidth <= el.clientWidth + 1 || el.clientWidth === 0) return;
  const px = Number.parseFloat(getComputedStyle(el).fontSize) || 16;
  el.style.fontSize = `${Math.max(MIN_FORMULA_PX / px, (el.clientWidth / el.scrollWidth) * 0.98)}em`;
}

/**
 * Refits every element matching `selector` in `root` now, once KaTeX's fonts have arrived (they
 * widen a formula), and whenever `root`'s width or type size changes. Returns the refit, for
 * content typeset later.
 */
export function keepFitting(root: HTMLElement, selector: string): () => void {
  const refit = (): void => {
    for (const el of root.querySelectorAll<HTMLElement>(selector)) shrinkToFit(el);
  };
  let width = -1;
  let em = -1;
  new ResizeObserver(() => {
    const w = root.clientWidth;
    const e = Number.parseFloat(getComputedStyle(root).fontSize);
    // Only these two: a refit changes the height, which must not start another one.
    if (w === width && e === em) return;
    [width, em] = [w, e];
    refit();
  }).observe(root);
  return () => {
    refit();
    if (document.fonts.status !== 'loaded') void document.fonts.ready.then(refit);
  };
}

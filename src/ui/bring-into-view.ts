/**
 * After a predict-first Reveal, the picture that shows the answer may be elsewhere on the page
 * (a `<lumen-predict>` card below its target widget): bring it into view, so the learner sees the
 * answer happen. A picture already mostly in view is left alone, since a jump would be jarring.
 * Under reduced motion the page jumps instead of gliding.
 */
import { prefersReducedMotion } from '../render/tween';

/** Room left above the picture when it is scrolled to, in CSS pixels. */
const MARGIN = 16;

/**
 * Whether a box from `top` to `bottom` (viewport coordinates) needs scrolling to be seen in a
 * viewport `height` tall: less than half of it is visible (half of the viewport, for a box taller
 * than the viewport).
 */
export function needsScroll(top: number, bottom: number, height: number): boolean {
  if (!(height > 0) || !(bottom > top)) return false;
  const visible = Math.max(0, Math.min(bottom, height) - Math.max(top, 0));
  return visible < 0.5 * Math.min(bottom - top, height);
}

/** How far to scroll down (negative: up) to put the box's top `MARGIN` below the viewport's top. */
export function scrollDelta(top: number): number {
  return top - MARGIN;
}

export function bringIntoView(el: Element): void {
  const view = el.ownerDocument.defaultView;
  if (!view) return;
  const r = el.getBoundingClientRect();
  if (!needsScroll(r.top, r.bottom, view.innerHeight)) return;
  view.scrollBy({ top: scrollDelta(r.top), behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
}

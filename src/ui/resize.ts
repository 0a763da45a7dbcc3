/**
 * Size tracking for a widget's plot: the canvas is redrawn at its box's size, so the element needs
 * to hear about every change of it (window resize, a phone turning, a host page's layout).
 */

/**
 * Calls `onBox` with the content box of `target` now (once the browser has laid it out) and after
 * every change of size, until the returned `stop` is called: pass it to the element's
 * `onDisconnect`, so a removed or moved widget stops observing.
 */
export function watchSize(target: Element, onBox: (box: DOMRectReadOnly) => void): () => void {
  const observer = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1]?.contentRect;
    if (box) onBox(box);
  });
  observer.observe(target);
  return () => observer.disconnect();
}

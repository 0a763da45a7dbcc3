/**
 * Size tracking for a widget's plot: the canvas is redrawn at its box's size, so the element needs
 * to hear about every change of it (window resize, a phone turning, a host page's layout).
 */
import type { Controller } from './widget-element';

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

/**
 * `watchSize` as a controller (`this.use(new BoxSize(dom.plot, () => this.requestRender()))`):
 * observes `target` while the widget is connected and keeps its last content box, so a widget that
 * draws at its box's size (a WebGL scene, overlays) reads `width` and `height` without layout reads.
 */
export class BoxSize implements Controller {
  width = 0;
  height = 0;
  private stop: (() => void) | undefined;

  constructor(
    private readonly target: Element,
    private readonly onResize: () => void,
  ) {}

  hostConnected(): void {
    this.stop?.();
    this.stop = watchSize(this.target, (box) => {
      this.width = box.width;
      this.height = box.height;
      this.onResize();
    });
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }
}

/**
 * A widget's 2D canvas, sized by its box: one controller for what eleven widgets did by hand.
 * A ResizeObserver reports the box and the CSS zoom (no layout reads while drawing: reading
 * `currentCSSZoom` after a render's DOM writes forced a whole-page layout in every frame, the
 * bulk of the sampler's long tasks); `frame(palette)` sizes the
 * backing store for the screen's pixel density, within ONE density cap and ONE side cap for every
 * widget, and hands back a context that draws in CSS pixels with the palette's numbers parsed.
 *
 * @example
 * this.surface = this.use(new CanvasSurface(this.dom.plot, { onResize: () => this.requestRender() }));
 * const f = this.surface.frame(this.palette); // undefined until laid out (or while hidden)
 * if (f) drawThing(f.ctx, f.width, f.height, f.lineScale, f.fontPx);
 */
import type { Controller } from '../ui/widget-element';
import { paletteNumbers, type Palette, type PaletteNumbers } from '../ui/tokens';

/** Sharper than 2 device pixels per CSS pixel is invisible, and costs 2.25× the pixels of 2. */
export const MAX_DPR = 2;
/** The longest backing-store side: a wide projector canvas stays a few megapixels. */
export const MAX_BACKING_SIDE = 2000;
/**
 * The longest side while the widget fills the screen on its own (its fullscreen control): a 4K
 * projector (3840 px wide) gets a 4K picture, not a 2000 px one scaled up.
 */
export const FULLSCREEN_BACKING_SIDE = 4096;

export interface Backing {
  /** Backing-store size in device pixels. */
  readonly w: number;
  readonly h: number;
  /** Device pixels per CSS pixel actually used (after the caps). */
  readonly dpr: number;
}

/**
 * The backing store for a `width` × `height` CSS-pixel canvas on a screen of `devicePixelRatio`,
 * drawn `zoom` times its CSS size (CSS zoom: a widget scaled up to fill the screen), its longest
 * side within `maxSide` (MAX_BACKING_SIDE, or FULLSCREEN_BACKING_SIDE in fullscreen).
 */
export function backingSize(
  width: number,
  height: number,
  devicePixelRatio: number,
  maxSide = MAX_BACKING_SIDE,
  zoom = 1,
): Backing {
  const screen = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  const scale = Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
  const dpr = Math.min(Math.min(screen, MAX_DPR) * scale, maxSide / Math.max(width, height, 1));
  return {
    w: Math.max(1, Math.round(width * dpr)),
    h: Math.max(1, Math.round(height * dpr)),
    dpr,
  };
}

/** Whether `node` is inside the document's fullscreen element, across shadow roots. */
export function inFullscreen(node: Node): boolean {
  const full = node.ownerDocument?.fullscreenElement;
  if (!full) return false;
  for (let n: Node | undefined = node; n;) {
    if (full.contains(n)) return true;
    const root = n.getRootNode();
    n = root instanceof ShadowRoot ? root.host : undefined;
  }
  return false;
}

/** The CSS zoom `node` is drawn at (`currentCSSZoom`; 1 where the browser lacks it). */
export function cssZoom(node: Element): number {
  const z = (node as Element & { currentCSSZoom?: number }).currentCSSZoom;
  return typeof z === 'number' && Number.isFinite(z) && z > 0 ? z : 1;
}

export interface SurfaceFrame extends PaletteNumbers {
  /** Draws in CSS pixels: (0, 0) top left, (width, height) bottom right. */
  readonly ctx: CanvasRenderingContext2D;
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
}

export interface SurfaceOptions {
  /** The element whose content box sizes the canvas (default: the canvas itself). */
  readonly box?: Element;
  /**
   * The canvas' CSS height for its width, when the widget decides it (a chart that keeps its
   * aspect); without it the box's own height is used (a canvas sized by CSS).
   */
  readonly height?: (width: number, numbers: PaletteNumbers) => number;
  /** Called when the box changes size: usually the host's `requestRender`. */
  readonly onResize: () => void;
}

export class CanvasSurface implements Controller {
  private width = 0;
  private height = 0;
  private zoom = 1;
  private observer: ResizeObserver | undefined;
  /** Watches the canvas' device pixels, which change with the zoom (the fullscreen control). */
  private pixels: ResizeObserver | undefined;

  constructor(
    readonly canvas: HTMLCanvasElement,
    private readonly o: SurfaceOptions,
  ) {}

  hostConnected(): void {
    this.observer?.disconnect();
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      // A widget-set height changes the box's height too: only the width matters then.
      const same = box.width === this.width && (this.o.height !== undefined || box.height === this.height);
      this.width = box.width;
      this.height = box.height;
      // Layout is clean inside an observer's callback, so the zoom is read for free here.
      this.zoom = cssZoom(this.canvas);
      if (!same) this.o.onResize();
    });
    this.observer.observe(this.o.box ?? this.canvas);
    this.pixels?.disconnect();
    this.pixels = new ResizeObserver(() => {
      const zoom = cssZoom(this.canvas);
      if (zoom === this.zoom) return;
      this.zoom = zoom;
      this.o.onResize();
    });
    try {
      this.pixels.observe(this.canvas, { box: 'device-pixel-content-box' });
    } catch {
      // A browser without device-pixel boxes: the content box still reports most zoom changes.
      this.pixels.observe(this.canvas);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.pixels?.disconnect();
    this.pixels = undefined;
  }

  /** The box's last observed CSS width (0 before layout or while hidden). */
  get boxWidth(): number {
    return this.width;
  }

  /** The box's last observed CSS height (0 before layout or while hidden). */
  get boxHeight(): number {
    return this.height;
  }

  /** Sizes the canvas for this frame; undefined while it has no size (not laid out, hidden). */
  frame(palette: Palette): SurfaceFrame | undefined {
    const numbers = paletteNumbers(palette);
    const width = this.width;
    if (!(width > 0)) return undefined;
    const height = this.o.height ? Math.round(this.o.height(width, numbers)) : this.height;
    if (!(height > 0)) return undefined;
    const canvas = this.canvas;
    if (this.o.height) {
      const css = `${height}px`;
      if (canvas.style.height !== css) canvas.style.height = css;
    }
    const cap = inFullscreen(canvas) ? FULLSCREEN_BACKING_SIDE : MAX_BACKING_SIDE;
    const { w, h, dpr } = backingSize(width, height, window.devicePixelRatio, cap, this.zoom);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) return undefined;
    ctx.setTransform(w / width, 0, 0, h / height, 0, 0);
    return { ctx, width, height, dpr, ...numbers };
  }
}

/**
 * `Handles`: the one way a widget lets the learner move points, after mafs's movable point.
 * Pointer (mouse, touch, pen) and keyboard, written once:
 * - a press on a handle, or within GRAB_RADIUS of one, picks it up; the pickup offset keeps the
 *   tip where it was (it does not jump under the finger); the pointer is captured, the handle gets
 *   `.dragging` and the focus (without scrolling); pointercancel and lostpointercapture end it;
 * - with `freeze`, the projection of the press holds for the whole drag (a view that widened
 *   under the pointer would run away from it); widgets read it back as `frozen`;
 * - arrows move a focused handle by 0.1, Shift by 1, Alt by 0.01 (`keys.ts`), Ctrl/Meta
 *   combinations are left to the browser;
 * - `constrain` (for example "snap to integers") applies to every move, drag or key;
 * - only the handles take `touch-action: none`; the surface is `pan-y`, so a vertical swipe that
 *   starts elsewhere scrolls the page (review D26) while a sideways drag still reaches a `claim`
 *   (a slider along an axis) and a tap still reaches `miss`.
 * The geometry is pure and exported, so it is unit-tested in Node.
 */
import type { Vec2 } from '../math/mat2';
import { fromPixel, toPixel, type View } from '../render/view2d';
import { cssZoom } from '../render/canvas-surface';
import { isShortcut, keyDelta } from './keys';
import type { Controller } from './widget-element';

/** How close (CSS px) a press must be to a tip to pick it up: one radius for every widget. */
export const GRAB_RADIUS = 26;

export type MovedBy = 'drag' | 'key';

/** Plot ↔ pixel coordinates (pixels from the top left of the box), as the widget draws them. */
export interface Projection {
  toPixel(p: Vec2): readonly [number, number];
  fromPixel(x: number, y: number): Vec2;
}

/** The projection of a 2D view, keeping the view (so a frozen drag can give it back). */
export interface ViewProjection extends Projection {
  readonly view: View;
}

export function viewProjection(view: View): ViewProjection {
  return { view, toPixel: (p) => toPixel(view, p), fromPixel: (x, y) => fromPixel(view, x, y) };
}

export interface HandleOptions {
  /** Where the tip is now (plot coordinates). */
  at(): Vec2;
  /** Moves the tip to `p` (already constrained). */
  moveTo(p: Vec2, by: MovedBy): void;
  /** False hides the handle and ignores it (default: always on). */
  enabled?(): boolean;
  /** Applied to every target point before `moveTo`: snapping, clamping, staying on a line. */
  constrain?(p: Vec2): Vec2;
  /** Called when a drag or a key step starts (stop an animation, go to the editing time). */
  grab?(by: MovedBy): void;
  /** Called when a drag ends (however it ends). */
  drop?(): void;
  /** The handle's accessible name and value, refreshed by `place`. */
  label?(): string;
  valuetext?(): string;
  /** One element for many points (a cloud): pressing point k selects it, then drags it. */
  many?: { points(): readonly Vec2[]; select(k: number): void };
  /** Keys other than the arrows (Delete, Enter, a dial's own steps); true when handled. */
  key?(e: KeyboardEvent): boolean;
  /** False: arrows do nothing (the handle's `key` takes them all). */
  arrows?: boolean;
  /** Scales the arrow steps (a wider plot, a different unit). Default 1. */
  step?: number;
  /** False: the press point itself is the target (a dial turns to the pointer). Default true. */
  pickup?: boolean;
  /** False: keys only; a press goes through it (a keyboard cursor for adding points). */
  pointer?: boolean;
  /**
   * A press at pixel (x, y) out of reach of every tip that this handle takes anyway (a slider
   * along an axis takes any press on its plot; a row selector, any press on a row). It may move
   * the handle there first; true picks it up.
   */
  claim?(x: number, y: number): boolean;
}

export interface HandlesOptions<P extends Projection> {
  /** The widget's current projection. */
  projection(): P;
  /** The element whose box is the pixel origin (default: the surface). */
  box?: HTMLElement;
  /** Keep the press's projection during a drag (see `frozen`). */
  freeze?: boolean;
  /**
   * A primary press on the plot that picked up no handle (click-to-place, click-to-add), with
   * its plot point. Return true when it made a handle there: the press then drags it.
   */
  miss?(p: Vec2, e: PointerEvent): boolean;
}

// ---- pure geometry -----------------------------------------------------------------------------

/** Pointer minus tip: kept for the whole drag so the tip does not jump under the finger. */
export function pickupOffset(pointer: Vec2, tip: Vec2): Vec2 {
  return [pointer[0] - tip[0], pointer[1] - tip[1]];
}

/** Where a drag puts the tip: the pointer less the pickup offset, constrained; undefined if not finite. */
export function dragTarget(pointer: Vec2, offset: Vec2, constrain?: (p: Vec2) => Vec2): Vec2 | undefined {
  const raw: Vec2 = [pointer[0] - offset[0], pointer[1] - offset[1]];
  if (!Number.isFinite(raw[0]) || !Number.isFinite(raw[1])) return undefined;
  const p = constrain ? constrain(raw) : raw;
  return Number.isFinite(p[0]) && Number.isFinite(p[1]) ? p : undefined;
}

/**
 * Where an arrow key puts the tip: one `keyDelta` step (× `step`), constrained, with the float
 * noise of the sum removed; undefined when the key is not an arrow.
 */
export function keyTarget(
  tip: Vec2,
  e: { key: string; shiftKey: boolean; altKey: boolean; ctrlKey?: boolean; metaKey?: boolean },
  step = 1,
  constrain?: (p: Vec2) => Vec2,
): Vec2 | undefined {
  const d = keyDelta(e);
  if (!d) return undefined;
  const clean = (x: number): number => Number(x.toPrecision(12)) || 0;
  const p: Vec2 = [clean(tip[0] + d[0] * step), clean(tip[1] + d[1] * step)];
  return constrain ? constrain(p) : p;
}

/** The index of the nearest pixel point within `radius` of (x, y), later ones winning ties; else -1. */
export function nearest(
  points: readonly (readonly [number, number])[],
  x: number,
  y: number,
  radius = GRAB_RADIUS,
): number {
  let best = -1;
  let bestDist = radius;
  points.forEach(([px, py], k) => {
    const d = Math.hypot(x - px, y - py);
    if (d <= bestDist) {
      best = k;
      bestDist = d;
    }
  });
  return best;
}

// ---- the controller ------------------------------------------------------------------------------

interface Entry {
  readonly el: HTMLElement;
  readonly o: HandleOptions;
}

interface Drag<P> {
  readonly entry: Entry;
  readonly pointerId: number;
  readonly offset: Vec2;
  readonly projection: P;
}

export class Handles<P extends Projection = ViewProjection> implements Controller {
  private readonly entries: Entry[] = [];
  private drag: Drag<P> | undefined;

  constructor(
    private readonly surface: HTMLElement,
    private readonly o: HandlesOptions<P>,
  ) {
    surface.style.touchAction = 'pan-y';
    surface.addEventListener('pointerdown', (e) => this.down(e));
    surface.addEventListener('pointermove', (e) => this.move(e));
    for (const type of ['pointerup', 'pointercancel', 'lostpointercapture'] as const)
      surface.addEventListener(type, (e) => this.up(e));
  }

  /** Registers a handle element (a child of the surface) and wires its keys. */
  add(el: HTMLElement, o: HandleOptions): this {
    const entry: Entry = { el, o };
    this.entries.push(entry);
    // A keys-only handle (a cursor on a plot) lets a swipe over it scroll the page.
    if (o.pointer !== false) el.style.touchAction = 'none';
    el.addEventListener('keydown', (e) => this.key(entry, e));
    return this;
  }

  /** The projection held during a frozen drag; undefined otherwise. */
  get frozen(): P | undefined {
    return this.o.freeze ? this.drag?.projection : undefined;
  }

  /** True while a pointer drags a handle. */
  get dragging(): boolean {
    return this.drag !== undefined;
  }

  /**
   * Moves every handle element to its tip, hides the disabled ones and those whose tip has no
   * pixel (undefined there, or off the plot: the projection says so with a non-finite pixel),
   * refreshes their labels.
   */
  place(projection: P = this.projection()): void {
    for (const { el, o } of this.entries) {
      const [x, y] = this.enabled(o) ? projection.toPixel(o.at()) : [NaN, NaN];
      const on = Number.isFinite(x) && Number.isFinite(y);
      if (el.hidden === on) el.hidden = !on;
      if (!on) continue;
      const t = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
      if (el.style.transform !== t) el.style.transform = t;
      setAria(el, 'aria-label', o.label?.());
      setAria(el, 'aria-valuetext', o.valuetext?.());
    }
  }

  hostDisconnected(): void {
    if (this.drag) this.end(this.drag);
  }

  // ---- internals ---------------------------------------------------------------------------------

  private projection(): P {
    return this.frozen ?? this.o.projection();
  }

  private enabled(o: HandleOptions): boolean {
    return o.enabled?.() ?? true;
  }

  private local(e: PointerEvent): [number, number] {
    const box = this.o.box ?? this.surface;
    const r = box.getBoundingClientRect();
    // A widget zoomed to fill the screen (its fullscreen control) is laid out in CSS pixels but
    // measured and pointed at in screen pixels: divide the zoom back out.
    const z = cssZoom(box);
    return [(e.clientX - r.left) / z, (e.clientY - r.top) / z];
  }

  /** The handle under the press: its own element first, else the nearest tip in reach. */
  private hit(e: PointerEvent, projection: P): { entry: Entry; tip: Vec2 } | undefined {
    const on = this.entries.filter((h) => h.o.pointer !== false && this.enabled(h.o));
    const target = e.composedPath()[0];
    const own = on.find((h) => h.el === target || (target instanceof Node && h.el.contains(target)));
    if (own) return { entry: own, tip: own.o.at() };
    const [x, y] = this.local(e);
    const tips: { entry: Entry; tip: Vec2; k?: number }[] = [];
    for (const entry of on) {
      if (entry.o.many) entry.o.many.points().forEach((tip, k) => tips.push({ entry, tip, k }));
      else tips.push({ entry, tip: entry.o.at() });
    }
    const best =
      tips[
        nearest(
          tips.map((t) => projection.toPixel(t.tip)),
          x,
          y,
        )
      ];
    if (!best) {
      const claimed = on.find((h) => h.o.claim?.(x, y));
      return claimed && { entry: claimed, tip: claimed.o.at() };
    }
    if (best.k !== undefined) best.entry.o.many?.select(best.k);
    return best;
  }

  private down(e: PointerEvent): void {
    if (this.drag || (e.pointerType === 'mouse' && e.button !== 0)) return;
    const projection = this.o.projection();
    let found = this.hit(e, projection);
    if (!found && this.o.miss) {
      const p = projection.fromPixel(...this.local(e));
      if (!Number.isFinite(p[0]) || !Number.isFinite(p[1]) || !this.o.miss(p, e)) return;
      found = this.hit(e, this.o.projection());
    }
    if (!found) return;
    e.preventDefault();
    const { entry, tip } = found;
    entry.o.grab?.('drag');
    const pointer = projection.fromPixel(...this.local(e));
    const offset: Vec2 = entry.o.pickup === false ? [0, 0] : pickupOffset(pointer, tip);
    if (!Number.isFinite(offset[0]) || !Number.isFinite(offset[1])) return;
    this.surface.setPointerCapture(e.pointerId);
    // Projected after `grab`: grabbing may change what is shown (the editing time).
    this.drag = { entry, pointerId: e.pointerId, offset, projection: this.o.projection() };
    entry.el.classList.add('dragging');
    entry.el.focus({ preventScroll: true });
  }

  private move(e: PointerEvent): void {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointerId) return;
    e.preventDefault();
    const p = this.projection().fromPixel(...this.local(e));
    const to = dragTarget(p, d.offset, d.entry.o.constrain);
    if (to) d.entry.o.moveTo(to, 'drag');
  }

  private up(e: PointerEvent): void {
    const d = this.drag;
    if (d && e.pointerId === d.pointerId) this.end(d);
  }

  private end(d: Drag<P>): void {
    this.drag = undefined;
    d.entry.el.classList.remove('dragging');
    if (this.surface.hasPointerCapture(d.pointerId)) this.surface.releasePointerCapture(d.pointerId);
    d.entry.o.drop?.();
  }

  private key(entry: Entry, e: KeyboardEvent): void {
    const o = entry.o;
    if (isShortcut(e) || !this.enabled(o)) return;
    if (o.key?.(e)) {
      e.preventDefault();
      return;
    }
    if (o.arrows === false || !keyDelta(e)) return;
    e.preventDefault();
    o.grab?.('key');
    const to = keyTarget(o.at(), e, o.step, o.constrain);
    if (to && Number.isFinite(to[0]) && Number.isFinite(to[1])) o.moveTo(to, 'key');
  }
}

function setAria(el: HTMLElement, name: string, value: string | undefined): void {
  if (value !== undefined && el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * `TurnGesture`: how a pointer turns a 3D view (`<lumen-space>`, `<lumen-descent>`) without taking
 * the page's scroll away from a phone (review D26: a vertical swipe on the 3D view used to turn it
 * to "from below" instead of scrolling).
 *
 * - A mouse or pen drag turns the view at once, in any direction.
 * - One finger: the view's box has `touch-action: pan-y`, so a swipe that starts vertically is the
 *   page's scroll (the browser scrolls and cancels the pointer); a drag that starts horizontally
 *   turns the view, and then follows the finger both ways.
 * - Two fingers: the midpoint turns the view and the spread zooms it (a pinch); a non-passive
 *   `touchmove` keeps the page from scrolling or zooming under them.
 *
 * The widget feeds it the pointer events it does not use itself (`down`, `move`, `up`), so a
 * widget with draggable tips on the same view keeps deciding what a press picks up.
 */
import { orbitByDrag, zoomBy, type Degrees } from '../render/three-camera';

/** How far (CSS px) a finger moves before its drag reads as a turn or as a scroll. */
export const TOUCH_SLOP = 8;

export type TouchIntent = 'undecided' | 'turn' | 'scroll';

/** A one-finger drag by (dx, dy) so far: still undecided, a turn (mostly sideways) or a scroll. */
export function touchIntent(dx: number, dy: number, slop = TOUCH_SLOP): TouchIntent {
  if (!(Math.hypot(dx, dy) >= slop)) return 'undecided';
  return Math.abs(dx) > Math.abs(dy) ? 'turn' : 'scroll';
}

export interface TurnView {
  readonly azimuth: Degrees;
  readonly elevation: Degrees;
  readonly zoom: number;
}

export interface TurnGestureOptions {
  /** The view when a gesture starts. */
  view(): TurnView;
  /** The view the gesture asks for (the widget clamps what it must, e.g. a floor it cannot go below). */
  turn(next: TurnView): void;
  /** A gesture started turning (show the grabbing cursor) or ended. */
  began?(): void;
  ended?(): void;
  /** True while the widget drags something itself on this box: the page must not scroll then either. */
  holding?(): boolean;
}

type Point = { readonly x: number; readonly y: number };

type Gesture =
  | {
      readonly kind: 'one';
      readonly pointerId: number;
      readonly start: Point;
      readonly from: TurnView;
      /** A finger waits to see which way it goes; a mouse turns at once. */
      decided: boolean;
    }
  | { readonly kind: 'two'; readonly centre: Point; readonly spread: number; readonly from: TurnView };

function centreOf(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

export class TurnGesture {
  private gesture: Gesture | undefined;
  private readonly pointers = new Map<number, Point>();

  constructor(
    box: HTMLElement,
    private readonly o: TurnGestureOptions,
  ) {
    // Only a cancelable touchmove can keep the page still: the first ones of a touch, before any
    // scrolling began. Two fingers or a decided turn (or the widget's own drag) keep it.
    box.addEventListener(
      'touchmove',
      (e) => {
        if (e.cancelable && (e.touches.length >= 2 || this.turning || this.o.holding?.())) e.preventDefault();
      },
      { passive: false },
    );
  }

  /** True while a gesture turns the view (not while a finger is still undecided). */
  get turning(): boolean {
    const g = this.gesture;
    return g !== undefined && (g.kind === 'two' || g.decided);
  }

  /** True from a press the gesture took until it ends. */
  get active(): boolean {
    return this.gesture !== undefined;
  }

  /**
   * A press the widget did not take: starts a turn, or with a second finger a two-finger turn.
   * True when taken (the caller captures the pointer).
   */
  down(e: PointerEvent): boolean {
    // A primary press means no other pointer of its kind is down: whatever is still held is a
    // gesture whose end never reached us (a swipe the browser took may end without a
    // pointercancel here), and it must not swallow this one.
    if (e.isPrimary) this.end();
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.pointers.size === 2 && (!this.gesture || this.gesture.kind === 'one')) {
      const [a, b] = [...this.pointers.values()] as [Point, Point];
      const spread = Math.max(1, Math.hypot(a.x - b.x, a.y - b.y));
      this.gesture = { kind: 'two', centre: centreOf(a, b), spread, from: this.o.view() };
      this.o.began?.();
      return true;
    }
    if (this.gesture || this.pointers.size > 1) return false;
    const decided = e.pointerType !== 'touch';
    const start = { x: e.clientX, y: e.clientY };
    this.gesture = { kind: 'one', pointerId: e.pointerId, start, from: this.o.view(), decided };
    if (decided) this.o.began?.();
    return true;
  }

  /** Follows a move; true when it turned the view (the caller may prevent the default). */
  move(e: PointerEvent): boolean {
    if (this.pointers.has(e.pointerId)) this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const g = this.gesture;
    if (!g) return false;
    if (g.kind === 'two') {
      const [a, b] = [...this.pointers.values()];
      if (!a || !b) return false;
      const c = centreOf(a, b);
      const v = orbitByDrag(g.from.azimuth, g.from.elevation, c.x - g.centre.x, c.y - g.centre.y);
      const zoom = zoomBy(g.from.zoom, Math.hypot(a.x - b.x, a.y - b.y) / g.spread);
      this.o.turn({ ...v, zoom });
      return true;
    }
    if (e.pointerId !== g.pointerId) return false;
    const dx = e.clientX - g.start.x;
    const dy = e.clientY - g.start.y;
    if (!g.decided) {
      const intent = touchIntent(dx, dy);
      if (intent === 'undecided') return false;
      if (intent === 'scroll') {
        // The page scrolls (the browser cancels the pointer); the view stays as it was.
        this.end();
        return false;
      }
      g.decided = true;
      this.o.began?.();
    }
    this.o.turn({ ...orbitByDrag(g.from.azimuth, g.from.elevation, dx, dy), zoom: g.from.zoom });
    return true;
  }

  /** A pointer went up, was cancelled or lost its capture. */
  up(e: PointerEvent): void {
    this.pointers.delete(e.pointerId);
    const g = this.gesture;
    // Lifting one finger of two ends it: the other finger does not start a turn with a jump.
    if (g && (g.kind === 'two' ? this.pointers.size < 2 : e.pointerId === g.pointerId)) this.end();
  }

  /** Ends whatever gesture is on (the widget was removed, or a tip drag took over). */
  end(): void {
    const was = this.turning;
    this.gesture = undefined;
    this.pointers.clear();
    if (was) this.o.ended?.();
  }
}

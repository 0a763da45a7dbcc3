/**
 * Pointer, wheel and keys on `<lumen-space>`'s 3D view, as one controller. A press on a tip (its
 * handle, or within GRAB_RADIUS of where it is drawn) drags it in the screen plane through it; a
 * press elsewhere turns the view (`TurnGesture`: on a phone a vertical swipe scrolls the page, a
 * sideways drag or two fingers turn, two fingers pinch); Ctrl + wheel (and a trackpad pinch, which
 * Chromium reports as one) zooms; the view and the focused tip take their keys.
 *
 * `Handles` (src/ui/handles.ts) moves points of a plane under a fixed view. Here a tip moves in
 * 3D, and a press that misses every tip turns the very view it is projected with, so this widget
 * keeps its own controller, built from the same pieces (the grab radius, the pickup offset, the
 * frozen view during a drag, `.dragging`, focus without scrolling, Ctrl/Meta left to the browser).
 */
import type { Mat3 } from '../../math/mat3';
import { GRAB_RADIUS, nearest } from '../../ui/handles';
import { isShortcut } from '../../ui/keys';
import type { Controller } from '../../ui/widget-element';
import { TurnGesture } from '../../ui/turn-gesture';
import {
  pointOnScreenPlane,
  project,
  viewKey,
  zoomBy,
  type Camera,
  type ViewSettings,
} from '../../render/three-camera';
import { BASIS, columnOf3, dragTo3, keyStep3, type Basis } from './model';
import type { SpaceState } from './props';

/** Ctrl + wheel magnifies by e^(-deltaY·k). */
const WHEEL_ZOOM = 0.002;

type Point = { x: number; y: number };

/** A tip being dragged (turning the view is the `TurnGesture`'s). */
interface TipDrag {
  readonly which: Basis;
  readonly pointerId: number;
  /** Pointer minus projected tip at the press, so the tip does not jump under the finger. */
  readonly offset: Point;
  readonly frozen: FrozenView;
}

/** The view held while a tip is dragged: a view that widened under the pointer would run away. */
export interface FrozenView {
  readonly camera: Camera;
  readonly radius: number;
}

export interface SpacePointerOptions {
  readonly plot: HTMLElement;
  /** The focusable 3D view (it takes the view keys). */
  readonly stage: HTMLElement;
  readonly handles: Readonly<Record<Basis, HTMLElement>>;
  state(): Readonly<SpaceState>;
  update(partial: Partial<SpaceState>): void;
  /** False while there is no picture to turn (no WebGL yet, or none at all). */
  active(): boolean;
  /** False while the tips may not move (the learner guesses what the matrix does). */
  tipsMovable(): boolean;
  /** The view as drawn now, for a box of `width` × `height` CSS pixels. */
  view(width: number, height: number): FrozenView;
  /** The matrix as drawn now (at the current time). */
  shown(): Mat3;
  /** Where Home (and Reset view) goes. */
  home(): ViewSettings;
  /** A tip was picked up or stepped by a key: stop the motion. */
  grab(): void;
  /** A drag began or ended (after one, the view may widen to take in a tip dragged past the edge). */
  redraw(): void;
}

export class SpacePointer implements Controller {
  private drag: TipDrag | undefined;
  private readonly turn: TurnGesture;

  constructor(private readonly o: SpacePointerOptions) {
    const plot = o.plot;
    this.turn = new TurnGesture(plot, {
      view: () => o.state(),
      turn: ({ azimuth, elevation, zoom }) => o.update({ azimuth, elevation, zoom }),
      began: () => o.stage.classList.add('orbiting'),
      ended: () => o.stage.classList.remove('orbiting'),
      holding: () => this.drag !== undefined,
    });
    plot.addEventListener('pointerdown', (e) => this.down(e));
    plot.addEventListener('pointermove', (e) => this.move(e));
    for (const type of ['pointerup', 'pointercancel', 'lostpointercapture'] as const)
      plot.addEventListener(type, (e) => this.up(e));
    plot.addEventListener('wheel', (e) => this.wheel(e), { passive: false });
    o.stage.addEventListener('keydown', (e) => this.viewKey(e));
    for (const b of BASIS) o.handles[b].addEventListener('keydown', (e) => this.tipKey(b, e));
  }

  /** The view held during a tip drag; undefined otherwise. */
  get frozen(): FrozenView | undefined {
    return this.drag?.frozen;
  }

  hostDisconnected(): void {
    this.end();
  }

  private local(e: PointerEvent): Point & { w: number; h: number } {
    const r = this.o.plot.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top, w: r.width, h: r.height };
  }

  private down(e: PointerEvent): void {
    const o = this.o;
    if (!o.active() || (e.pointerType === 'mouse' && e.button !== 0) || this.drag) return;
    // A second finger joins the turn (a pinch); a first press may pick up a tip.
    const which = this.turn.active ? undefined : this.grabbed(e, this.local(e));
    if (which) {
      e.preventDefault();
      o.plot.setPointerCapture(e.pointerId);
      const at = this.local(e);
      o.grab();
      if (o.state().t < 1) o.update({ t: 1 });
      const frozen = o.view(at.w, at.h);
      const tip = project(frozen.camera, columnOf3(o.state().matrix, which), at.w, at.h);
      const offset = tip ? { x: at.x - tip.x, y: at.y - tip.y } : { x: 0, y: 0 };
      this.drag = { which, pointerId: e.pointerId, offset, frozen };
      o.handles[which].classList.add('dragging');
      o.handles[which].focus({ preventScroll: true });
      o.redraw();
      return;
    }
    if (!this.turn.down(e)) return;
    e.preventDefault();
    o.plot.setPointerCapture(e.pointerId);
    o.stage.focus({ preventScroll: true });
    o.redraw();
  }

  /** The tip under the pointer: its own handle, or else the nearest tip in reach. */
  private grabbed(e: PointerEvent, at: Point & { w: number; h: number }): Basis | undefined {
    if (!this.o.tipsMovable()) return undefined;
    const target = e.composedPath()[0];
    const own = BASIS.find(
      (b) => target === this.o.handles[b] || (target instanceof Node && this.o.handles[b].contains(target)),
    );
    if (own) return own;
    const { camera } = this.o.view(at.w, at.h);
    const shown = this.o.shown();
    const tips = BASIS.map((b) => project(camera, columnOf3(shown, b), at.w, at.h));
    // A tip behind the camera is out of reach.
    const pixels = tips.map((p) => (p ? ([p.x, p.y] as const) : ([Infinity, Infinity] as const)));
    return BASIS[nearest(pixels, at.x, at.y, GRAB_RADIUS)];
  }

  private move(e: PointerEvent): void {
    const d = this.drag;
    const o = this.o;
    if (!d) {
      if (this.turn.move(e)) e.preventDefault();
      return;
    }
    if (e.pointerId !== d.pointerId) return;
    e.preventDefault();
    const at = this.local(e);
    const m = o.state().matrix;
    const anchor = columnOf3(m, d.which);
    const p = pointOnScreenPlane(d.frozen.camera, anchor, at.x - d.offset.x, at.y - d.offset.y, at.w, at.h);
    if (p && p.every(Number.isFinite)) o.update({ matrix: dragTo3(m, d.which, p) });
  }

  private up(e: PointerEvent): void {
    if (this.o.plot.hasPointerCapture(e.pointerId)) this.o.plot.releasePointerCapture(e.pointerId);
    const d = this.drag;
    if (d) {
      if (e.pointerId === d.pointerId) this.end();
      return;
    }
    const was = this.turn.active;
    this.turn.up(e);
    if (was && !this.turn.active) this.o.redraw();
  }

  private end(): void {
    const d = this.drag;
    this.drag = undefined;
    const was = this.turn.active;
    this.turn.end();
    if (d) this.o.handles[d.which].classList.remove('dragging');
    if (d || was) this.o.redraw();
  }

  private wheel(e: WheelEvent): void {
    // A plain wheel scrolls the page (a reader scrolling past must not get stuck in the widget).
    if (!e.ctrlKey || !this.o.active()) return;
    e.preventDefault();
    this.o.update({ zoom: zoomBy(this.o.state().zoom, Math.exp(-e.deltaY * WHEEL_ZOOM)) });
  }

  private viewKey(e: KeyboardEvent): void {
    if (e.target !== this.o.stage || isShortcut(e) || !this.o.active()) return;
    const s = this.o.state();
    const next = viewKey(e, { azimuth: s.azimuth, elevation: s.elevation, zoom: s.zoom }, this.o.home());
    if (!next) return;
    e.preventDefault();
    this.o.update(next);
  }

  private tipKey(which: Basis, e: KeyboardEvent): void {
    if (isShortcut(e) || !this.o.tipsMovable()) return;
    const next = keyStep3(this.o.state().matrix, which, e);
    if (!next) return;
    e.preventDefault();
    this.o.grab();
    this.o.update({ matrix: next, t: 1 });
  }
}

/**
 * Pointer, wheel and keys on `<lumen-space>`'s 3D view, as one controller. A press on a tip (its
 * handle, or within GRAB_RADIUS of where it is drawn) drags it in the screen plane through it; a
 * press elsewhere turns the view; a second finger makes it a pinch; Ctrl + wheel (and a trackpad
 * pinch, which Chromium reports as one) zooms; the view and the focused tip take their keys.
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
import {
  orbitByDrag,
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

type Drag =
  | {
      readonly kind: 'tip';
      readonly which: Basis;
      readonly pointerId: number;
      /** Pointer minus projected tip at the press, so the tip does not jump under the finger. */
      readonly offset: Point;
      readonly frozen: FrozenView;
    }
  | {
      readonly kind: 'orbit';
      readonly pointerId: number;
      /** The press and the view then: turning is measured from there, so rounding never adds up. */
      readonly start: Point;
      readonly azimuth: number;
      readonly elevation: number;
    }
  | { readonly kind: 'pinch'; readonly startDistance: number; readonly startZoom: number };

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
  private drag: Drag | undefined;
  private readonly pointers = new Map<number, Point>();

  constructor(private readonly o: SpacePointerOptions) {
    const plot = o.plot;
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
    return this.drag?.kind === 'tip' ? this.drag.frozen : undefined;
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
    if (!o.active() || (e.pointerType === 'mouse' && e.button !== 0)) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.pointers.size === 2 && (!this.drag || this.drag.kind === 'orbit')) {
      // A second finger turns a one-finger orbit into a pinch.
      e.preventDefault();
      o.plot.setPointerCapture(e.pointerId);
      const [a, b] = [...this.pointers.values()] as [Point, Point];
      const startDistance = Math.max(1, Math.hypot(a.x - b.x, a.y - b.y));
      this.drag = { kind: 'pinch', startDistance, startZoom: o.state().zoom };
      o.stage.classList.remove('orbiting');
      return;
    }
    if (this.drag) return;
    const at = this.local(e);
    const which = this.grabbed(e, at);
    e.preventDefault();
    o.plot.setPointerCapture(e.pointerId);
    if (which) {
      o.grab();
      if (o.state().t < 1) o.update({ t: 1 });
      const frozen = o.view(at.w, at.h);
      const tip = project(frozen.camera, columnOf3(o.state().matrix, which), at.w, at.h);
      const offset = tip ? { x: at.x - tip.x, y: at.y - tip.y } : { x: 0, y: 0 };
      this.drag = { kind: 'tip', which, pointerId: e.pointerId, offset, frozen };
      o.handles[which].classList.add('dragging');
      o.handles[which].focus({ preventScroll: true });
    } else {
      const { azimuth, elevation } = o.state();
      const start = { x: e.clientX, y: e.clientY };
      this.drag = { kind: 'orbit', pointerId: e.pointerId, start, azimuth, elevation };
      o.stage.classList.add('orbiting');
      o.stage.focus({ preventScroll: true });
    }
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
    if (this.pointers.has(e.pointerId)) this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const d = this.drag;
    const o = this.o;
    if (!d) return;
    if (d.kind === 'pinch') {
      const [a, b] = [...this.pointers.values()];
      if (!a || !b) return;
      e.preventDefault();
      o.update({ zoom: zoomBy(d.startZoom, Math.hypot(a.x - b.x, a.y - b.y) / d.startDistance) });
      return;
    }
    if (e.pointerId !== d.pointerId) return;
    e.preventDefault();
    if (d.kind === 'orbit') {
      o.update(orbitByDrag(d.azimuth, d.elevation, e.clientX - d.start.x, e.clientY - d.start.y));
      return;
    }
    const at = this.local(e);
    const m = o.state().matrix;
    const anchor = columnOf3(m, d.which);
    const p = pointOnScreenPlane(d.frozen.camera, anchor, at.x - d.offset.x, at.y - d.offset.y, at.w, at.h);
    if (p && p.every(Number.isFinite)) o.update({ matrix: dragTo3(m, d.which, p) });
  }

  private up(e: PointerEvent): void {
    this.pointers.delete(e.pointerId);
    if (this.o.plot.hasPointerCapture(e.pointerId)) this.o.plot.releasePointerCapture(e.pointerId);
    const d = this.drag;
    // Lifting one finger of a pinch ends it; the other finger does not start an orbit with a jump.
    if (d && (d.kind === 'pinch' ? this.pointers.size < 2 : e.pointerId === d.pointerId)) this.end();
  }

  private end(): void {
    const d = this.drag;
    this.drag = undefined;
    this.pointers.clear();
    if (!d) return;
    if (d.kind === 'tip') this.o.handles[d.which].classList.remove('dragging');
    this.o.stage.classList.remove('orbiting');
    this.o.redraw();
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

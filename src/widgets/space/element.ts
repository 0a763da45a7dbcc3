/**
 * `<lumen-space>`: a 3D linear transformation you can grab. Turn the view (drag, arrow keys,
 * pinch, + and −), drag where î, ĵ and k̂ land (mouse, touch, pen, or a focused tip's keys), type
 * a 3x3 matrix or pick a preset, play the motion from the identity, and watch the unit cube
 * become a box whose signed volume is the determinant; optionally the cross product of two of
 * the vectors, whose length is the area they span.
 *
 * Frames are drawn only after a change (state, view, size, theme), never in a loop; off screen
 * nothing is drawn (the base element pauses); removed, it gives back its WebGL context. Where
 * WebGL is missing, a message takes the picture's place and everything else still works.
 *
 * The element only wires things together: numbers come from `model.ts` and
 * `src/render/three-camera.ts`, pixels from `scene.ts`, sentences from `words.ts`, TeX from
 * `formula.ts`.
 *
 * @example
 * <lumen-space matrix="2 0 0; 0 3 0; 0 0 4" cross="ij"></lumen-space>
 * <script type="module">
 *   const el = document.querySelector('lumen-space');
 *   el.setState({ matrix: [1, 2, 3, 4, 5, 6, 7, 8, 9] }); // flattened onto a plane: volume 0
 *   el.addEventListener('change', (e) => console.log(e.detail.state.matrix));
 * </script>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import type { Source } from '../../ui/props';
import { PALETTES, type Palette } from '../../ui/tokens';
import { KATEX_SHADOW_CSS, ensureKatexFonts, renderTex } from '../../ui/katex-shadow';
import { IDENTITY3, type Mat3, type Vec3 } from '../../math/mat3';
import { SPACE_PROPS, CROSS_PAIRS, type CrossPair, type SpaceState } from './props';
import {
  BASIS,
  PRESETS3,
  PRESET3_MATRICES,
  columnOf3,
  crossOf,
  dragTo3,
  fitRadius,
  keyStep3,
  matchPreset3,
  scoreVolume,
  shownMatrix3,
  volumeOf,
  GUESS_LIMIT,
  type Basis,
  type CrossProduct,
  type Preset3,
  type Volume,
  type VolumePrediction,
} from './model';
import {
  cameraFor,
  orbitByDrag,
  pointOnScreenPlane,
  project,
  viewKey,
  zoomBy,
  ZOOM_STEP,
  type Camera,
  type ViewSettings,
} from '../../render/three-camera';
import { SpaceScene } from './scene';
import { spaceTex } from './formula';
import {
  BASIS_NAMES,
  crossSentence,
  describeSpace,
  point3,
  predictSentence3,
  rowsText,
  volumeSentence,
  type PredictPhase,
} from './words';
import { parseNumber } from '../../math/number-text';
import { matrixText3, parseMatrix3 } from './matrix-text';
import { buildSpaceDom, type SpaceDom } from './dom';
import { SPACE_CSS } from './space.css';
import { texColor } from '../../ui/tex-format';
import { playTarget } from '../../render/motion';
import { approach } from '../../render/tween';
import { setDisabled, setFieldError, setHidden, setText, setValue } from '../../ui/dom';
import { clearGuess, wireGuess } from '../../ui/guess-field';
import { watchSize } from '../../ui/resize';

/** Backing-store limits: sharp on a 2x phone, but never a 16-megapixel canvas on a 4K projector. */
const MAX_DPR = 2;
const MAX_BACKING_SIDE = 1600;
/** How close (CSS px) a press must be to a tip to grab it rather than turn the view. */
const GRAB_RADIUS = 26;
/** Ctrl + wheel (and a trackpad pinch, which Chromium reports as one) magnifies by e^(-deltaY·k). */
const WHEEL_ZOOM = 0.002;

export const LOST_WEBGL_MESSAGE =
  'The 3D picture lost its WebGL context (too many 3D views open at once, or the graphics driver ' +
  'restarted). It comes back when the browser gives the context back; everything else still works.';

export const NO_WEBGL_MESSAGE =
  'This browser could not start WebGL, so the 3D picture cannot be drawn here. ' +
  'The matrix, its determinant, the formula and the controls still work.';

type Drag =
  | {
      readonly kind: 'tip';
      readonly which: Basis;
      readonly pointerId: number;
      /** Pointer minus projected tip at the press, so the tip does not jump under the finger. */
      readonly offset: { x: number; y: number };
      /** The camera is frozen while dragging: a view that widened under the pointer would run away. */
      readonly camera: Camera;
      readonly radius: number;
    }
  | {
      readonly kind: 'orbit';
      readonly pointerId: number;
      /** The press and the view then: turning is measured from there, so rounding never adds up. */
      readonly startX: number;
      readonly startY: number;
      readonly azimuth: number;
      readonly elevation: number;
    }
  | { readonly kind: 'pinch'; readonly startDistance: number; readonly startZoom: number };

export class LumenSpace extends LumenElement<typeof SPACE_PROPS, SpaceDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(SPACE_PROPS);
  }

  private gl: SpaceScene | undefined;
  private canvas: HTMLCanvasElement | undefined;
  /** 'untried' until the first visible frame: a widget never scrolled to never takes a context. */
  private glState: 'untried' | 'ok' | 'unavailable' = 'untried';
  private width = 0;
  private height = 0;
  private drag: Drag | undefined;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private dirty = true;
  private drawnPalette: Palette | undefined;
  private formulaTex = '';
  private home: ViewSettings = { azimuth: 30, elevation: 20, zoom: 1 };
  private volumeCache: { m: Mat3; v: Volume } | undefined;
  private phase: PredictPhase = 'off';
  private result: VolumePrediction | undefined;
  constructor() {
    super(SPACE_PROPS, SPACE_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** True while the 3D picture is drawn with WebGL; false before the first frame and where WebGL is missing. */
  get webgl(): boolean {
    return this.glState === 'ok';
  }

  /** After Reveal in predict mode: the guess for det A, the real value and the distance; else undefined. */
  get prediction(): VolumePrediction | undefined {
    return this.result && { ...this.result };
  }

  /** Client (viewport) pixel coordinates of space point `p`, as currently drawn. */
  spaceToClient(p: Vec3): { x: number; y: number } {
    const rect = this.requireDom().plot.getBoundingClientRect();
    const at = project(this.cameraNow(rect.width, rect.height), p, rect.width, rect.height);
    return at ? { x: rect.left + at.x, y: rect.top + at.y } : { x: NaN, y: NaN };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    // After super: the first connection builds the DOM. Per connection, because the base undoes
    // `onDisconnect` work when the element is moved or removed.
    const plot = this.dom?.plot;
    if (!plot) return;
    this.onDisconnect(
      watchSize(plot, (box) => {
        this.width = box.width;
        this.height = box.height;
        this.invalidate();
      }),
    );
    this.onDisconnect(() => {
      this.endDrag();
      this.releaseGl();
    });
  }

  protected build(): void {
    ensureKatexFonts(document);
    const dom = buildSpaceDom();
    this.dom = dom;
    this.body.append(dom.layout);
    this.home = this.viewOf(this.state);
    this.wirePointer(dom);
    dom.stage.addEventListener('keydown', (e) => this.onViewKey(e));
    for (const b of BASIS) dom.handles[b].addEventListener('keydown', (e) => this.onHandleKey(b, e));
    this.wireControls(dom);
    if (this.state.predict) this.enterGuess();
    this.syncControls(true);
  }

  protected override stateChanged(previous: Readonly<SpaceState>, source: Source | 'user'): void {
    const s = this.state;
    if (source !== 'user') {
      if (previous.t !== s.t || previous.matrix !== s.matrix) this.stopAnimation();
      // Reset view (Home) goes back to the view the page or lesson asked for last.
      this.home = this.viewOf(s);
    }
    if (previous.predict !== s.predict) {
      if (s.predict) this.enterGuess();
      else this.leavePredict();
    } else if (s.predict && previous.matrix !== s.matrix) {
      // A new matrix is a new question.
      this.enterGuess();
    }
    this.syncControls(previous.matrix !== s.matrix);
    this.invalidate();
  }

  protected describe(): string {
    const s = this.state;
    return describeSpace({
      matrix: s.matrix,
      t: s.t,
      volume: this.volumeOfMatrix(s.matrix),
      cross: crossOf(s.matrix, s.cross),
      azimuth: s.azimuth,
      elevation: s.elevation,
      phase: this.phase,
      prediction: this.result,
    });
  }

  protected render(): void {
    const dom = this.dom;
    if (!dom) return;
    const palette = this.palette;
    // A render request with nothing new since the last frame (same state, size and theme) is free.
    if (!this.dirty && palette === this.drawnPalette) return;
    this.dirty = false;
    this.drawnPalette = palette;
    this.syncFormula(palette);
    this.syncPlayButton();
    if (this.glState === 'untried') this.startGl();
    const gl = this.gl;
    const width = this.width || dom.plot.getBoundingClientRect().width;
    const height = this.height || dom.plot.getBoundingClientRect().height;
    if (!gl || !(width > 0) || !(height > 0)) return;

    const s = this.state;
    const camera = this.cameraNow(width, height);
    const shown = shownMatrix3(s.matrix, s.t);
    // While the learner guesses, nothing on screen may give the answer away.
    const cross = this.phase === 'guess' ? undefined : crossOf(shown, s.cross);
    const lineScale = Number.parseFloat(palette.lineScale);
    const side = Math.max(width, height);
    gl.draw({
      shown,
      cube: s.determinant,
      kind: volumeOf(shown).kind,
      cross,
      camera,
      radius: this.viewRadius(),
      width,
      height,
      pixelRatio: Math.min(window.devicePixelRatio || 1, MAX_DPR, Math.max(1, MAX_BACKING_SIDE / side)),
      palette,
      lineScale: Number.isFinite(lineScale) && lineScale > 0 ? lineScale : 1,
    });
    this.placeOverlay(camera, width, height, shown, cross);
  }

  // ---- WebGL --------------------------------------------------------------------------------------

  private startGl(): void {
    const dom = this.requireDom();
    const gl = SpaceScene.create();
    if (!gl) {
      this.glState = 'unavailable';
      this.showGlMessage(NO_WEBGL_MESSAGE);
      dom.plot.classList.add('no-gl');
      // The message, then everything that still works, one above the other; no view to turn.
      dom.layout.classList.add('no-gl');
      setHidden(dom.zoomIn.parentElement as HTMLElement, true);
      dom.stage.removeAttribute('tabindex');
      return;
    }
    const canvas = gl.canvas;
    canvas.setAttribute('aria-hidden', 'true');
    dom.stage.append(canvas);
    // The browser may take the context away (a GPU reset, or more than ~16 contexts on the page)
    // and give it back later; three.js rebuilds its resources, the picture is drawn again.
    canvas.addEventListener('webglcontextlost', () => {
      // Our own release (removal from the page) loses the context on purpose: no message then.
      if (this.canvas === canvas) this.showGlMessage(LOST_WEBGL_MESSAGE);
    });
    canvas.addEventListener('webglcontextrestored', () => {
      this.showGlMessage(undefined);
      this.invalidate();
    });
    this.canvas = canvas;
    this.gl = gl;
    this.glState = 'ok';
  }

  private showGlMessage(message: string | undefined): void {
    const dom = this.requireDom();
    setText(dom.glMessage, message ?? '');
    setHidden(dom.glMessage, !message);
  }

  private releaseGl(): void {
    this.gl?.dispose();
    this.gl = undefined;
    this.canvas?.remove();
    this.canvas = undefined;
    if (this.glState === 'ok') this.glState = 'untried';
    // Connected again later, it draws everything anew on a fresh canvas.
    this.dirty = true;
  }

  // ---- geometry -----------------------------------------------------------------------------------

  private viewOf(s: Readonly<SpaceState>): ViewSettings {
    return { azimuth: s.azimuth, elevation: s.elevation, zoom: s.zoom };
  }

  private volumeOfMatrix(m: Mat3): Volume {
    if (this.volumeCache?.m !== m) this.volumeCache = { m, v: volumeOf(m) };
    return this.volumeCache.v;
  }

  /**
   * The ball the view shows: at magnification 1 it holds the picture at the identity and at the
   * matrix, so it stays still while Play runs (every frame in between is a mix of the two), and
   * refits after a tip was dragged or typed out of it.
   */
  private viewRadius(): number {
    if (this.drag?.kind === 'tip') return this.drag.radius;
    const s = this.state;
    // While the learner guesses, a view widened for a big box would give the answer away.
    if (this.phase === 'guess') return fitRadius(IDENTITY3, s.determinant, undefined) / s.zoom;
    const fit = Math.max(
      fitRadius(s.matrix, s.determinant, crossOf(s.matrix, s.cross)),
      fitRadius(IDENTITY3, s.determinant, crossOf(IDENTITY3, s.cross)),
    );
    return fit / s.zoom;
  }

  private cameraNow(width: number, height: number): Camera {
    if (this.drag?.kind === 'tip') return this.drag.camera;
    const s = this.state;
    return cameraFor(
      { azimuth: s.azimuth, elevation: s.elevation, radius: this.viewRadius() },
      width / Math.max(1, height),
    );
  }

  private placeOverlay(
    camera: Camera,
    width: number,
    height: number,
    shown: Mat3,
    cross: CrossProduct | undefined,
  ): void {
    const dom = this.requireDom();
    const place = (node: HTMLElement, p: Vec3): void => {
      const at = project(camera, p, width, height);
      node.hidden = !at;
      if (at) node.style.transform = `translate(${at.x.toFixed(1)}px, ${at.y.toFixed(1)}px)`;
    };
    for (const b of BASIS) {
      const tip = columnOf3(shown, b);
      place(dom.handles[b], tip);
      if (this.phase === 'guess') dom.handles[b].hidden = true;
      const label = `${BASIS_NAMES[b]} tip at ${point3(tip)}`;
      if (dom.handles[b].getAttribute('aria-label') !== label)
        dom.handles[b].setAttribute('aria-label', label);
    }
    const r = this.viewRadius() * 0.95;
    place(dom.axisLabels.x, [r, 0, 0]);
    place(dom.axisLabels.y, [0, r, 0]);
    place(dom.axisLabels.z, [0, 0, r]);
    if (cross && cross.area > 0) {
      place(dom.crossLabel, cross.vector);
      setText(dom.crossLabel, `${BASIS_NAMES[cross.first]}×${BASIS_NAMES[cross.second]}`);
    } else dom.crossLabel.hidden = true;
  }

  // ---- pointer and keyboard -----------------------------------------------------------------------

  private wirePointer(dom: SpaceDom): void {
    const plot = dom.plot;
    const local = (e: PointerEvent | WheelEvent): { x: number; y: number; w: number; h: number } => {
      const r = plot.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top, w: r.width, h: r.height };
    };

    plot.addEventListener('pointerdown', (e) => {
      if (this.glState !== 'ok' || (e.pointerType === 'mouse' && e.button !== 0)) return;
      this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (this.pointers.size === 2 && (!this.drag || this.drag.kind === 'orbit')) {
        // A second finger turns a one-finger orbit into a pinch.
        e.preventDefault();
        plot.setPointerCapture(e.pointerId);
        const [a, b] = [...this.pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
        this.drag = {
          kind: 'pinch',
          startDistance: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)),
          startZoom: this.state.zoom,
        };
        dom.stage.classList.remove('orbiting');
        return;
      }
      if (this.drag) return;
      const at = local(e);
      const which = this.grabbed(e, at);
      e.preventDefault();
      plot.setPointerCapture(e.pointerId);
      if (which) {
        this.stopAnimation();
        if (this.state.t < 1) this.update({ t: 1 });
        const radius = this.viewRadius();
        const camera = this.cameraNow(at.w, at.h);
        const tip = project(camera, columnOf3(this.state.matrix, which), at.w, at.h);
        this.drag = {
          kind: 'tip',
          which,
          pointerId: e.pointerId,
          offset: tip ? { x: at.x - tip.x, y: at.y - tip.y } : { x: 0, y: 0 },
          camera,
          radius,
        };
        dom.handles[which].classList.add('dragging');
        dom.handles[which].focus({ preventScroll: true });
      } else {
        const { azimuth, elevation } = this.state;
        this.drag = {
          kind: 'orbit',
          pointerId: e.pointerId,
          startX: e.clientX,
          startY: e.clientY,
          azimuth,
          elevation,
        };
        dom.stage.classList.add('orbiting');
        dom.stage.focus({ preventScroll: true });
      }
      this.invalidate();
    });

    plot.addEventListener('pointermove', (e) => {
      if (this.pointers.has(e.pointerId)) this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      const d = this.drag;
      if (!d) return;
      if (d.kind === 'pinch') {
        const [a, b] = [...this.pointers.values()];
        if (!a || !b) return;
        e.preventDefault();
        this.update({ zoom: zoomBy(d.startZoom, Math.hypot(a.x - b.x, a.y - b.y) / d.startDistance) });
        return;
      }
      if (e.pointerId !== d.pointerId) return;
      e.preventDefault();
      if (d.kind === 'orbit') {
        this.update(orbitByDrag(d.azimuth, d.elevation, e.clientX - d.startX, e.clientY - d.startY));
        return;
      }
      const at = local(e);
      const anchor = columnOf3(this.state.matrix, d.which);
      const p = pointOnScreenPlane(d.camera, anchor, at.x - d.offset.x, at.y - d.offset.y, at.w, at.h);
      if (p && p.every(Number.isFinite)) this.update({ matrix: dragTo3(this.state.matrix, d.which, p) });
    });

    const end = (e: PointerEvent): void => {
      this.pointers.delete(e.pointerId);
      if (plot.hasPointerCapture(e.pointerId)) plot.releasePointerCapture(e.pointerId);
      const d = this.drag;
      if (!d) return;
      // Lifting one finger of a pinch ends it; the other finger does not start an orbit with a jump.
      if (d.kind === 'pinch' ? this.pointers.size < 2 : e.pointerId === d.pointerId) this.endDrag();
    };
    plot.addEventListener('pointerup', end);
    plot.addEventListener('pointercancel', end);
    plot.addEventListener('lostpointercapture', end);

    plot.addEventListener(
      'wheel',
      (e) => {
        // A plain wheel scrolls the page (a reader scrolling past must not get stuck in the
        // widget); Ctrl + wheel, or a trackpad pinch, zooms.
        if (!e.ctrlKey || this.glState !== 'ok') return;
        e.preventDefault();
        this.update({ zoom: zoomBy(this.state.zoom, Math.exp(-e.deltaY * WHEEL_ZOOM)) });
      },
      { passive: false },
    );
  }

  private endDrag(): void {
    const d = this.drag;
    this.drag = undefined;
    this.pointers.clear();
    const dom = this.dom;
    if (!d || !dom) return;
    if (d.kind === 'tip') dom.handles[d.which].classList.remove('dragging');
    dom.stage.classList.remove('orbiting');
    // The view may now widen to take in a tip dragged past the edge.
    this.invalidate();
  }

  /** The tip under the pointer: its own handle, or else the nearest tip in reach. */
  private grabbed(e: PointerEvent, at: { x: number; y: number; w: number; h: number }): Basis | undefined {
    const dom = this.requireDom();
    const target = e.composedPath()[0];
    // The tips cannot be moved while the learner guesses what the matrix does.
    if (this.phase === 'guess') return undefined;
    for (const b of BASIS)
      if (target === dom.handles[b] || (target instanceof Node && dom.handles[b].contains(target))) return b;
    const camera = this.cameraNow(at.w, at.h);
    const shown = shownMatrix3(this.state.matrix, this.state.t);
    let best: Basis | undefined;
    let bestDistance = GRAB_RADIUS;
    for (const b of BASIS) {
      const p = project(camera, columnOf3(shown, b), at.w, at.h);
      if (!p) continue;
      const distance = Math.hypot(at.x - p.x, at.y - p.y);
      if (distance < bestDistance) {
        best = b;
        bestDistance = distance;
      }
    }
    return best;
  }

  private onViewKey(e: KeyboardEvent): void {
    if (e.target !== this.dom?.stage || e.ctrlKey || e.metaKey || this.glState !== 'ok') return;
    const next = viewKey(e, this.viewOf(this.state), this.home);
    if (!next) return;
    e.preventDefault();
    this.update(next);
  }

  private onHandleKey(which: Basis, e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || this.phase === 'guess') return;
    const next = keyStep3(this.state.matrix, which, e);
    if (!next) return;
    e.preventDefault();
    this.stopAnimation();
    this.update({ matrix: next, t: 1 });
  }

  // ---- controls -----------------------------------------------------------------------------------

  private wireControls(dom: SpaceDom): void {
    // The text last handled by Enter: the `change` that a blur fires afterwards must not apply it
    // again over a matrix that changed meanwhile (a drag, a lesson step).
    let handled: string | undefined;
    const applyMatrix = (): void => {
      const text = dom.matrix.value;
      if (text === handled) return;
      handled = text;
      if (text.trim() === matrixText3(this.state.matrix)) {
        this.setMatrixError(undefined);
        return;
      }
      const r = parseMatrix3(text);
      if (!r.ok) {
        this.setMatrixError(`Could not read that matrix: ${r.error}. The matrix was not changed.`);
        return;
      }
      this.setMatrixError(undefined);
      this.stopAnimation();
      this.update({ matrix: r.value, t: 1 });
      dom.matrix.value = matrixText3(this.state.matrix);
    };
    dom.matrix.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        applyMatrix();
      } else if (e.key === 'Escape') {
        dom.matrix.value = matrixText3(this.state.matrix);
        handled = dom.matrix.value;
        this.setMatrixError(undefined);
      }
    });
    dom.matrix.addEventListener('change', applyMatrix);
    dom.matrix.addEventListener('input', () => (handled = undefined));
    dom.matrix.addEventListener('blur', () => {
      if (dom.matrix.getAttribute('aria-invalid') !== 'true')
        dom.matrix.value = matrixText3(this.state.matrix);
    });

    dom.preset.addEventListener('change', () => {
      const name = dom.preset.value;
      if (!(PRESETS3 as readonly string[]).includes(name)) return;
      this.stopAnimation();
      this.setMatrixError(undefined);
      this.update({ matrix: PRESET3_MATRICES[name as Preset3], t: 1 });
    });

    dom.play.addEventListener('click', () => this.play());
    dom.t.addEventListener('input', () => {
      const t = Number(dom.t.value);
      if (!Number.isFinite(t)) return;
      this.stopAnimation();
      this.update({ t: Math.min(1, Math.max(0, t)) });
    });
    dom.cross.addEventListener('change', () => {
      const v = dom.cross.value;
      if ((CROSS_PAIRS as readonly string[]).includes(v)) this.update({ cross: v as CrossPair });
    });
    wireGuess(
      dom,
      () => this.reveal(),
      () => {
        this.enterGuess();
        this.syncControls();
      },
    );
    dom.zoomIn.addEventListener('click', () => this.update({ zoom: zoomBy(this.state.zoom, ZOOM_STEP) }));
    dom.zoomOut.addEventListener('click', () =>
      this.update({ zoom: zoomBy(this.state.zoom, 1 / ZOOM_STEP) }),
    );
    dom.resetView.addEventListener('click', () => this.update(this.home));
  }

  private setMatrixError(message: string | undefined): void {
    const dom = this.requireDom();
    setFieldError(dom.matrix, dom.matrixError, message);
  }

  private setGuessError(message: string | undefined): void {
    const dom = this.requireDom();
    setFieldError(dom.guess, dom.guessError, message);
  }

  // ---- predict-first ------------------------------------------------------------------------------

  /** Back to the question: the cube before the matrix acts, no answer on screen, an empty guess. */
  private enterGuess(): void {
    this.phase = 'guess';
    this.result = undefined;
    this.stopAnimation();
    const dom = this.dom;
    if (dom) clearGuess(dom);
    if (this.state.t !== 0) this.update({ t: 0 });
    this.invalidate();
  }

  private leavePredict(): void {
    this.phase = 'off';
    this.result = undefined;
  }

  private reveal(): void {
    const dom = this.requireDom();
    if (this.phase !== 'guess') return;
    const guess = parseNumber(dom.guess.value);
    if (guess === undefined || Math.abs(guess) > GUESS_LIMIT) {
      this.setGuessError('Type a number, such as 6 or -2.5.');
      return;
    }
    this.setGuessError(undefined);
    this.result = scoreVolume(guess, this.state.matrix);
    this.phase = 'revealed';
    this.syncControls();
    this.invalidate();
    dom.again.focus();
    this.animateTo(1);
  }

  private play(): void {
    if (this.phase === 'guess') return;
    if (this.animating) {
      this.stopAnimation();
      this.syncPlayButton();
      return;
    }
    this.animateTo(playTarget(this.state.t));
  }

  private animateTo(target: 0 | 1): void {
    const t = approach(
      () => this.state.t,
      (v) => this.update({ t: v }),
      target,
    );
    if (this.runMotion(t)) this.syncPlayButton();
  }

  // ---- DOM sync -----------------------------------------------------------------------------------

  private invalidate(): void {
    this.dirty = true;
    this.requestRender();
  }

  private requireDom(): SpaceDom {
    if (!this.dom) throw new Error('<lumen-space> is not built yet: add it to the document first.');
    return this.dom;
  }

  /**
   * Brings every control in line with the state. Called on every change, so during an animation
   * or an orbit every frame: it only writes what differs, to keep layout work out of the frame.
   */
  private syncControls(matrixChanged = false): void {
    const dom = this.dom;
    if (!dom) return;
    const s = this.state;
    const root = this.shadowRoot;
    const invalid = dom.matrix.getAttribute('aria-invalid') === 'true';
    if (root?.activeElement !== dom.matrix && (matrixChanged || !invalid)) {
      setValue(dom.matrix, matrixText3(s.matrix));
      if (invalid) this.setMatrixError(undefined);
    }
    setValue(dom.preset, matchPreset3(s.matrix));
    setValue(dom.cross, s.cross);
    setHidden(dom.controls, !s.controls);
    setHidden(dom.formulaWrap, !s.formula);

    const guessing = this.phase === 'guess';
    const volume = this.volumeOfMatrix(s.matrix);
    setHidden(dom.readoutDet, !s.determinant || guessing);
    setText(dom.readoutDet, volumeSentence(volume));
    dom.readoutDet.classList.toggle('flipped', volume.kind === 'flipped');
    dom.readoutDet.classList.toggle('flat', volume.det === 0);
    const cross = guessing ? undefined : crossOf(s.matrix, s.cross);
    setText(dom.readoutCross, cross ? crossSentence(cross) : '');

    setHidden(dom.predict, this.phase === 'off');
    setHidden(dom.guess.parentElement as HTMLElement, !guessing);
    setHidden(dom.reveal, !guessing);
    setHidden(dom.again, this.phase !== 'revealed');
    setText(dom.predictResult, this.result ? predictSentence3(this.result) : '');
    setDisabled(dom.play, guessing);
    setDisabled(dom.t, guessing);
    for (const b of BASIS) if (guessing) dom.handles[b].hidden = true;

    const label = `3D view. ${this.describe()}`;
    if (dom.stage.getAttribute('aria-label') !== label) dom.stage.setAttribute('aria-label', label);
    this.syncPlayButton();
  }

  private syncPlayButton(): void {
    const dom = this.dom;
    if (!dom) return;
    setText(dom.play, this.animating ? 'Pause' : this.state.t >= 1 ? 'Play back' : 'Play');
    setValue(dom.t, String(this.state.t));
  }

  private syncFormula(palette: Palette): void {
    const dom = this.requireDom();
    const s = this.state;
    if (!s.formula) return;
    const colors = {
      i: texColor(palette.i, PALETTES.light.i),
      j: texColor(palette.j, PALETTES.light.j),
      k: texColor(palette.k, PALETTES.light.k),
      cross: texColor(palette.gradient, PALETTES.light.gradient),
    };
    const guessing = this.phase === 'guess';
    const volume = guessing ? undefined : this.volumeOfMatrix(s.matrix);
    const cross = crossOf(s.matrix, s.cross);
    const tex = spaceTex(s.matrix, volume, colors, cross);
    if (tex === this.formulaTex) return;
    this.formulaTex = tex;
    const words =
      `Matrix A with rows ${rowsText(s.matrix)}. ` +
      (volume
        ? volumeSentence(volume) + (cross ? ' ' + crossSentence(cross) : '')
        : 'Its determinant is yours to predict.');
    dom.formulaText.textContent = words;
    // If the formula library cannot be fetched (offline, blocked), the words stand in for it.
    renderTex(dom.formula, tex, { displayMode: true }).catch(() => setText(dom.formula, words));
  }
}

defineOnce('lumen-space', LumenSpace);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-space': LumenSpace;
  }
}

/**
 * `<lumen-plane>`: a 2D linear transformation you can grab. Drag where î and ĵ land (mouse, touch,
 * pen or arrow keys), type a matrix, pick a preset, play the motion from the identity, show
 * eigenvectors, or guess first where î lands (predict mode).
 *
 * The element only wires things together: numbers come from `model.ts`, pixels from `view.ts`,
 * sentences from `words.ts`, TeX from `formula.ts`.
 *
 * @example
 * <lumen-plane matrix="1 1; 0 1" picture="house" eigen></lumen-plane>
 * <script type="module">
 *   const el = document.querySelector('lumen-plane');
 *   el.setState({ matrix: [0, -1, 1, 0] });
 *   el.addEventListener('change', (e) => console.log(e.detail.state.matrix));
 * </script>
 */
import { LumenElement, defineOnce, observedAttributesOf, prefersReducedMotion } from '../../ui/widget-element';
import type { Source } from '../../ui/props';
import type { Palette } from '../../ui/tokens';
import { PALETTES } from '../../ui/tokens';
import { KATEX_SHADOW_CSS, ensureKatexFonts, renderTex } from '../../ui/katex-shadow';
import { eigen2, type Eigen2 } from '../../math/eigen2';
import type { Mat2, Vec2 } from '../../math/mat2';
import { parseMatrix2 } from '../../math/matrix-text';
import { parseNumber } from '../../math/number-text';
import { PLANE_PROPS, type PictureName, type PlaneState } from './props';
import {
  DEFAULT_ANGLE,
  GUESS_START,
  advance,
  columnOf,
  dragTo,
  fitExtent,
  fromPixel,
  keepVisible,
  keyDelta,
  keyStep,
  makeView,
  matchPreset,
  movePoint,
  playTarget,
  presetMatrix,
  rotationDegrees,
  scorePrediction,
  shownMatrix,
  snapPoint,
  toPixel,
  PRESETS,
  type HandleName,
  type Prediction,
  type PresetName,
  type View,
} from './model';
import { drawPlane } from './view';
import { pictureData, type Picture } from './pictures';
import { PointLayer } from './point-layer';
import { planeTex, texColor } from './formula';
import {
  describePlane,
  detSentence,
  eigenSentence,
  fmt,
  matrixText,
  point,
  predictSentence,
  type PredictPhase,
} from './words';
import { buildPlaneDom, type PlaneDom } from './dom';
import { PLANE_CSS } from './plane.css';

/** Backing-store limits: sharp on a 2x phone, but never a 16-megapixel canvas on a 4K projector. */
const MAX_DPR = 2;
const MAX_BACKING_SIDE = 1600;
/** How close (CSS px) a press on the plot must be to a tip to grab it. */
const GRAB_RADIUS = 26;
const ANGLE_LIMIT = 3600;

interface Drag {
  readonly which: HandleName;
  readonly pointerId: number;
  /** Pointer minus tip at the press, so the tip does not jump under the finger. */
  readonly offset: Vec2;
  /** The view is frozen while dragging: a view that grew under the pointer would run away. */
  readonly extent: number;
}

export class LumenPlane extends LumenElement<typeof PLANE_PROPS> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(PLANE_PROPS);
  }

  private dom: PlaneDom | undefined;
  private ctx: CanvasRenderingContext2D | null = null;
  private pointLayer: PointLayer | undefined;
  private side = 0;
  private picture: Picture | undefined;
  private pictureName: PictureName | undefined;
  private phase: PredictPhase = 'off';
  private guess: Vec2 = GUESS_START;
  private result: Prediction | undefined;
  private drag: Drag | undefined;
  private dirty = true;
  private drawnPalette: Palette | undefined;
  private formulaTex = '';
  private eigenCache: { m: Mat2; e: Eigen2 } | undefined;
  private readonly resize = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1]?.contentRect;
    if (!box) return;
    this.side = Math.min(box.width, box.height);
    this.invalidate();
  });

  constructor() {
    super(PLANE_PROPS, PLANE_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** After Reveal in predict mode: the guess, where î landed, and the distance; else undefined. */
  get prediction(): Prediction | undefined {
    const r = this.result;
    return r && { guess: [r.guess[0], r.guess[1]], target: [r.target[0], r.target[1]], distance: r.distance };
  }

  /** Client (viewport) pixel coordinates of the plane point `p`, as currently drawn. */
  plotToClient(p: Vec2): { x: number; y: number } {
    const rect = this.requireDom().canvas.getBoundingClientRect();
    const [x, y] = toPixel(this.currentView(rect.width, rect.height), p);
    return { x: rect.left + x, y: rect.top + y };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    // After super: the first connection builds the DOM. Observed per connection, because the
    // base undoes `onDisconnect` work when the element is moved or removed.
    const plot = this.dom?.plot;
    if (!plot) return;
    this.resize.observe(plot);
    this.onDisconnect(() => this.resize.unobserve(plot));
  }

  protected build(): void {
    ensureKatexFonts(document);
    const dom = buildPlaneDom();
    this.dom = dom;
    this.body.append(dom.layout);
    this.ctx = dom.canvas.getContext('2d');
    if (this.ctx) this.pointLayer = new PointLayer(this.ctx);

    this.wirePointer(dom);
    for (const name of ['i', 'j', 'guess'] as const)
      dom.handles[name].addEventListener('keydown', (e) => this.onHandleKey(name, e));
    this.wireControls(dom);

    if (this.state.predict) this.enterGuess(false);
    this.syncControls();
  }

  protected override stateChanged(previous: Readonly<PlaneState>, source: Source | 'user'): void {
    const s = this.state;
    if (source !== 'user' && (previous.t !== s.t || previous.matrix !== s.matrix)) this.stopAnimation();
    if (previous.predict !== s.predict) {
      if (s.predict) this.enterGuess(false);
      else this.leavePredict();
    } else if (s.predict && previous.matrix !== s.matrix) {
      // A new matrix is a new question.
      this.enterGuess(false);
    }
    this.syncControls(previous.matrix !== s.matrix);
    this.invalidate();
  }

  protected describe(): string {
    const s = this.state;
    return describePlane({
      matrix: s.matrix,
      t: s.t,
      eigen: this.eigenOf(s.matrix),
      phase: this.phase,
      guess: this.guess,
      prediction: this.result,
    });
  }

  protected render(): void {
    const dom = this.dom;
    const ctx = this.ctx;
    if (!dom || !ctx) return;
    const palette = this.palette;
    // A render request with nothing new since the last frame (same state, size and theme) is free.
    if (!this.dirty && palette === this.drawnPalette) return;
    this.dirty = false;
    this.drawnPalette = palette;
    this.syncFormula(palette);
    this.syncPlayButton();
    const side = this.side || dom.plot.getBoundingClientRect().width;
    if (!(side > 0)) return;

    const scale = Math.min(window.devicePixelRatio || 1, MAX_DPR, Math.max(1, MAX_BACKING_SIDE / side));
    const backing = Math.max(1, Math.round(side * scale));
    if (dom.canvas.width !== backing || dom.canvas.height !== backing) {
      dom.canvas.width = backing;
      dom.canvas.height = backing;
    }
    const k = backing / side;
    ctx.setTransform(k, 0, 0, k, 0, 0);

    const s = this.state;
    const view = this.currentView(side, side);
    const shown = this.shown();
    const lineScale = Number.parseFloat(palette.lineScale);
    const fontPx = Number.parseFloat(palette.fontSize);
    drawPlane(ctx, {
      view,
      shown,
      picture: this.pictureFor(s.picture),
      eigen: s.eigen && this.phase !== 'guess' ? this.eigenOf(s.matrix) : undefined,
      determinant: s.determinant,
      guess: this.phase === 'off' ? undefined : this.guess,
      answer: this.phase === 'revealed' && s.t >= 1 ? columnOf(s.matrix, 'i') : undefined,
      colors: palette,
      lineScale: Number.isFinite(lineScale) && lineScale > 0 ? lineScale : 1,
      fontPx: Number.isFinite(fontPx) && fontPx > 0 ? Math.min(fontPx, 40) : 18,
      points: this.pointLayer,
    });
    this.placeHandles(view, shown);
  }

  // ---- geometry -----------------------------------------------------------------------------------

  private shown(): Mat2 {
    const s = this.state;
    return shownMatrix(s.matrix, this.phase === 'guess' ? 0 : s.t);
  }

  private currentView(width: number, height: number): View {
    if (this.drag) return makeView(width, height, this.drag.extent);
    const keep = keepVisible(this.shown(), this.phase === 'off' ? undefined : this.guess);
    return makeView(width, height, fitExtent(this.state.zoom, keep, Math.min(width, height)));
  }

  private eigenOf(m: Mat2): Eigen2 {
    if (this.eigenCache?.m !== m) this.eigenCache = { m, e: eigen2(m) };
    return this.eigenCache.e;
  }

  private pictureFor(name: PictureName): Picture | undefined {
    if (this.pictureName !== name) {
      this.pictureName = name;
      this.picture = pictureData(name);
    }
    return this.picture;
  }

  private tipOf(which: HandleName, shown: Mat2): Vec2 {
    return which === 'guess' ? this.guess : columnOf(shown, which);
  }

  private placeHandles(view: View, shown: Mat2): void {
    const dom = this.requireDom();
    for (const name of ['i', 'j', 'guess'] as const) {
      const h = dom.handles[name];
      if (h.hidden) continue;
      const tip = this.tipOf(name, shown);
      const [x, y] = toPixel(view, tip);
      h.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
      const label =
        name === 'guess' ? `Your guess for where î lands, at ${point(tip)}` : `${name === 'i' ? 'î' : 'ĵ'} tip at ${point(tip)}`;
      if (h.getAttribute('aria-label') !== label) h.setAttribute('aria-label', label);
    }
  }

  // ---- pointer and keyboard -----------------------------------------------------------------------

  private wirePointer(dom: PlaneDom): void {
    const plot = dom.plot;
    const local = (e: PointerEvent, view: View): Vec2 => {
      const r = dom.canvas.getBoundingClientRect();
      return fromPixel(view, e.clientX - r.left, e.clientY - r.top);
    };
    const viewNow = (): View => {
      const r = dom.canvas.getBoundingClientRect();
      return this.currentView(r.width, r.height);
    };

    plot.addEventListener('pointerdown', (e) => {
      if (this.drag || (e.pointerType === 'mouse' && e.button !== 0)) return;
      const view = viewNow();
      const which = this.grabbed(e, view);
      if (!which) return;
      e.preventDefault();
      const shownBefore = this.shown();
      const p = local(e, view);
      const tip = this.tipOf(which, shownBefore);
      if (which !== 'guess') {
        this.stopAnimation();
        if (this.state.t < 1) this.update({ t: 1 });
      }
      plot.setPointerCapture(e.pointerId);
      this.drag = {
        which,
        pointerId: e.pointerId,
        offset: [p[0] - tip[0], p[1] - tip[1]],
        extent: viewNow().extent,
      };
      dom.handles[which].classList.add('dragging');
      dom.handles[which].focus({ preventScroll: true });
      this.invalidate();
    });

    plot.addEventListener('pointermove', (e) => {
      const d = this.drag;
      if (!d || e.pointerId !== d.pointerId) return;
      e.preventDefault();
      const p = local(e, viewNow());
      const at: Vec2 = [p[0] - d.offset[0], p[1] - d.offset[1]];
      if (!Number.isFinite(at[0]) || !Number.isFinite(at[1])) return;
      if (d.which === 'guess') this.moveGuess(snapPoint(at));
      else this.update({ matrix: dragTo(this.state.matrix, d.which, at) });
    });

    const end = (e: PointerEvent): void => {
      const d = this.drag;
      if (!d || e.pointerId !== d.pointerId) return;
      this.drag = undefined;
      dom.handles[d.which].classList.remove('dragging');
      if (plot.hasPointerCapture(e.pointerId)) plot.releasePointerCapture(e.pointerId);
      // The view may now widen to take in a tip dragged past the edge.
      this.invalidate();
    };
    plot.addEventListener('pointerup', end);
    plot.addEventListener('pointercancel', end);
    plot.addEventListener('lostpointercapture', end);
  }

  /** The handle under the pointer: its own element, or else the nearest visible tip in reach. */
  private grabbed(e: PointerEvent, view: View): HandleName | undefined {
    const dom = this.requireDom();
    const target = e.composedPath()[0];
    for (const name of ['guess', 'j', 'i'] as const)
      if (target === dom.handles[name] && !dom.handles[name].hidden) return name;
    const r = dom.canvas.getBoundingClientRect();
    const shown = this.shown();
    let best: HandleName | undefined;
    let bestDist = GRAB_RADIUS;
    for (const name of ['guess', 'j', 'i'] as const) {
      if (dom.handles[name].hidden) continue;
      const [x, y] = toPixel(view, this.tipOf(name, shown));
      const dist = Math.hypot(e.clientX - r.left - x, e.clientY - r.top - y);
      if (dist < bestDist) {
        best = name;
        bestDist = dist;
      }
    }
    return best;
  }

  private onHandleKey(which: HandleName, e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey) return;
    const delta = keyDelta(e);
    if (!delta) return;
    e.preventDefault();
    if (which === 'guess') {
      this.moveGuess(movePoint(this.guess, delta));
      return;
    }
    this.stopAnimation();
    const next = keyStep(this.state.matrix, which, e);
    if (next) this.update({ matrix: next, t: 1 });
  }

  private moveGuess(p: Vec2): void {
    if (this.phase !== 'guess' || (p[0] === this.guess[0] && p[1] === this.guess[1])) return;
    this.guess = p;
    this.invalidate();
  }

  // ---- controls -----------------------------------------------------------------------------------

  private wireControls(dom: PlaneDom): void {
    // The text last handled by Enter: the `change` that a blur fires afterwards must not apply it
    // again over a matrix that changed meanwhile (a drag, a lesson step).
    let handled: string | undefined;
    const applyMatrix = (): void => {
      const text = dom.matrix.value;
      if (text === handled) return;
      handled = text;
      if (text.trim() === matrixText(this.state.matrix)) {
        this.setMatrixError(undefined);
        return;
      }
      const r = parseMatrix2(text);
      if (!r.ok) {
        this.setMatrixError(`Could not read that matrix: ${r.error}. The matrix was not changed.`);
        return;
      }
      this.setMatrixError(undefined);
      this.stopAnimation();
      this.update({ matrix: r.value, t: this.state.predict ? this.state.t : 1 });
      dom.matrix.value = matrixText(this.state.matrix);
    };
    dom.matrix.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        applyMatrix();
      } else if (e.key === 'Escape') {
        dom.matrix.value = matrixText(this.state.matrix);
        handled = dom.matrix.value;
        this.setMatrixError(undefined);
      }
    });
    dom.matrix.addEventListener('change', applyMatrix);
    dom.matrix.addEventListener('input', () => (handled = undefined));
    dom.matrix.addEventListener('blur', () => {
      if (dom.matrix.getAttribute('aria-invalid') !== 'true') dom.matrix.value = matrixText(this.state.matrix);
    });

    dom.preset.addEventListener('change', () => {
      const name = dom.preset.value;
      if (!(PRESETS as readonly string[]).includes(name)) return;
      const angle = this.angleValue() ?? DEFAULT_ANGLE;
      this.choose(presetMatrix(name as PresetName, angle));
    });

    dom.angle.addEventListener('change', () => {
      const angle = this.angleValue();
      if (angle === undefined) {
        dom.angle.setAttribute('aria-invalid', 'true');
        dom.angleError.textContent = `Type an angle in degrees between -${ANGLE_LIMIT} and ${ANGLE_LIMIT}, such as 30.`;
        return;
      }
      dom.angle.removeAttribute('aria-invalid');
      dom.angleError.textContent = '';
      this.choose(presetMatrix('rotation', angle));
    });

    dom.play.addEventListener('click', () => this.play());
    dom.t.addEventListener('input', () => {
      const t = Number(dom.t.value);
      if (!Number.isFinite(t)) return;
      this.stopAnimation();
      this.update({ t: Math.min(1, Math.max(0, t)) });
    });
    dom.eigen.addEventListener('change', () => this.update({ eigen: dom.eigen.checked }));
    dom.reveal.addEventListener('click', () => this.reveal());
    dom.again.addEventListener('click', () => {
      this.enterGuess(true);
      dom.handles.guess.focus();
    });
  }

  private angleValue(): number | undefined {
    const a = parseNumber(this.requireDom().angle.value);
    return a !== undefined && Math.abs(a) <= ANGLE_LIMIT ? a : undefined;
  }

  /** A preset or a typed angle: jump straight to it (Play shows the motion). */
  private choose(m: Mat2): void {
    this.stopAnimation();
    this.setMatrixError(undefined);
    this.update({ matrix: m, t: this.state.predict ? this.state.t : 1 });
    this.syncControls();
  }

  private setMatrixError(message: string | undefined): void {
    const dom = this.requireDom();
    if (message) dom.matrix.setAttribute('aria-invalid', 'true');
    else dom.matrix.removeAttribute('aria-invalid');
    dom.matrixError.textContent = message ?? '';
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
    if (prefersReducedMotion()) {
      this.update({ t: target });
      return;
    }
    this.startAnimation((dt) => {
      const next = advance(this.state.t, target, dt);
      this.update({ t: next });
      return next !== target;
    });
    this.syncPlayButton();
  }

  // ---- predict-first ------------------------------------------------------------------------------

  private enterGuess(fromButton: boolean): void {
    this.phase = 'guess';
    this.result = undefined;
    this.guess = GUESS_START;
    this.stopAnimation();
    if (this.state.t !== 0) this.update({ t: 0 });
    this.syncControls();
    this.invalidate();
    if (fromButton) this.requireDom().predictResult.textContent = '';
  }

  private leavePredict(): void {
    this.phase = 'off';
    this.result = undefined;
    this.guess = GUESS_START;
  }

  private reveal(): void {
    if (this.phase !== 'guess') return;
    this.result = scorePrediction(this.guess, this.state.matrix);
    this.phase = 'revealed';
    this.syncControls();
    this.invalidate();
    this.requireDom().again.focus();
    this.animateTo(1);
  }

  // ---- DOM sync -----------------------------------------------------------------------------------

  private invalidate(): void {
    this.dirty = true;
    this.requestRender();
  }

  private requireDom(): PlaneDom {
    if (!this.dom) throw new Error('<lumen-plane> is not built yet: add it to the document first.');
    return this.dom;
  }

  /**
   * Brings every control in line with the state. Called on every change, so during an animation
   * every frame: it only writes what differs, to keep layout work out of the frame.
   */
  private syncControls(matrixChanged = false): void {
    const dom = this.dom;
    if (!dom) return;
    const s = this.state;
    const root = this.shadowRoot;
    // A rejected entry stays (with its message) until the matrix changes some other way.
    const invalid = dom.matrix.getAttribute('aria-invalid') === 'true';
    if (root?.activeElement !== dom.matrix && (matrixChanged || !invalid)) {
      setValue(dom.matrix, matrixText(s.matrix));
      if (invalid) this.setMatrixError(undefined);
    }
    setValue(dom.preset, matchPreset(s.matrix));
    const deg = rotationDegrees(s.matrix);
    if (deg !== undefined && root?.activeElement !== dom.angle) {
      setValue(dom.angle, String(Number(deg.toFixed(2))));
      dom.angle.removeAttribute('aria-invalid');
      setText(dom.angleError, '');
    }
    if (dom.eigen.checked !== s.eigen) dom.eigen.checked = s.eigen;

    const predicting = this.phase !== 'off';
    setHidden(dom.controls, !s.controls);
    setHidden(dom.formulaWrap, !s.formula);
    setHidden(dom.readoutDet, !s.determinant);
    setText(dom.readoutDet, detSentence(s.matrix));
    setHidden(dom.readoutEigen, !s.eigen || this.phase === 'guess');
    setText(dom.readoutEigen, eigenSentence(this.eigenOf(s.matrix)));
    setHidden(dom.predict, !predicting);
    setHidden(dom.handles.i, predicting);
    setHidden(dom.handles.j, predicting);
    setHidden(dom.handles.guess, this.phase !== 'guess');
    setHidden(dom.again, this.phase !== 'revealed');
    setText(dom.predictResult, this.result ? predictSentence(this.result) : '');
    setDisabled(dom.reveal, this.phase !== 'guess');
    setDisabled(dom.play, this.phase === 'guess');
    setDisabled(dom.t, this.phase === 'guess');
    const description = this.describe();
    if (dom.canvas.getAttribute('aria-label') !== description) dom.canvas.setAttribute('aria-label', description);
    this.syncPlayButton();
  }

  private syncPlayButton(): void {
    const dom = this.dom;
    if (!dom) return;
    const label = this.animating ? 'Pause' : this.state.t >= 1 ? 'Play back' : 'Play';
    setText(dom.play, label);
    setValue(dom.t, String(this.state.t));
  }

  private syncFormula(palette: Palette): void {
    const dom = this.requireDom();
    const s = this.state;
    const colors = { i: texColor(palette.i, PALETTES.light.i), j: texColor(palette.j, PALETTES.light.j) };
    const eigen = s.eigen && this.phase !== 'guess' ? this.eigenOf(s.matrix) : undefined;
    const tex = planeTex(s.matrix, colors, eigen);
    if (tex === this.formulaTex || !s.formula) return;
    this.formulaTex = tex;
    const [a, b, c, d] = s.matrix.map(fmt);
    const words = `Matrix A with rows ${a} ${b} and ${c} ${d}. ${detSentence(s.matrix)}`;
    dom.formulaText.textContent = words;
    // If the formula library cannot be fetched (offline, blocked), the words stand in for it.
    renderTex(dom.formula, tex, { displayMode: true }).catch(() => setText(dom.formula, words));
  }
}

function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
function setValue(node: HTMLInputElement | HTMLSelectElement, value: string): void {
  if (node.value !== value) node.value = value;
}
function setHidden(node: HTMLElement, hidden: boolean): void {
  if (node.hidden !== hidden) node.hidden = hidden;
}
function setDisabled(node: HTMLButtonElement | HTMLInputElement, disabled: boolean): void {
  if (node.disabled !== disabled) node.disabled = disabled;
}

defineOnce('lumen-plane', LumenPlane);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-plane': LumenPlane;
  }
}

/**
 * `<lumen-plane>`: a 2D plane you can grab. Its `mode` picks what it shows (a transformation, a
 * span, a composition, an inverse, a dot product, a change of basis, eigenvectors); each mode is
 * one file in modes/ with its numbers, sentences, TeX and drawing. This element only wires the
 * current mode to the DOM: handles (pointer and keys), controls, Play, predict-first, rendering.
 *
 * @example
 * <lumen-plane matrix="1 1; 0 1" picture="house" eigen></lumen-plane>
 * <lumen-plane mode="span" v="1 2" w="2 1" a="1.5" b="-1"></lumen-plane>
 * <script type="module">
 *   const el = document.querySelector('lumen-plane');
 *   el.setState({ matrix: [0, -1, 1, 0] });
 *   el.addEventListener('change', (e) => console.log(e.detail.state.matrix));
 * </script>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import type { Source } from '../../ui/props';
import type { Palette } from '../../ui/tokens';
import { PALETTES } from '../../ui/tokens';
import { KATEX_SHADOW_CSS, ensureKatexFonts, renderTex } from '../../ui/katex-shadow';
import type { Mat2, Vec2 } from '../../math/mat2';
import { parseNumber } from '../../math/number-text';
import { PLANE_PROPS, WEIGHT_LIMIT, type PictureName, type PlaneState } from './props';
import {
  DEFAULT_ANGLE,
  matchPreset,
  movePoint,
  presetMatrix,
  rotationDegrees,
  snapPoint,
  type Prediction,
} from './model';
import { pictureData, type Picture } from './pictures';
import { PointLayer } from './point-layer';
import { detSentence, point, type PredictPhase } from './words';
import { buildPlaneDom, type PlaneDom } from './dom';
import { PLANE_CSS } from './plane.css';
import { syncMatrixField, syncWeight, wireMatrixField, wireWeight } from './controls';
import { modeOf } from './modes';
import {
  HANDLE_NAMES,
  type HandleName,
  type HandleSpec,
  type Mode,
  type ModeInput,
  type TexPalette,
} from './modes/types';
import { approach } from '../../render/tween';
import { fitExtent, makeView, toPixel, type View } from '../../render/view2d';
import { Handles, viewProjection } from '../../ui/handles';
import { texColor } from '../../ui/tex-format';
import { setDisabled, setFieldError, setHidden, setText, setValue } from '../../ui/dom';
import { watchSize } from '../../ui/resize';

/** Backing-store limits: sharp on a 2x phone, but never a 16-megapixel canvas on a 4K projector. */
const MAX_DPR = 2;
const MAX_BACKING_SIDE = 1600;
const ANGLE_LIMIT = 3600;

interface Result {
  readonly prediction: Prediction;
  readonly sentence: string;
}

export class LumenPlane extends LumenElement<typeof PLANE_PROPS, PlaneDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(PLANE_PROPS);
  }

  private ctx: CanvasRenderingContext2D | null = null;
  private ctx2: CanvasRenderingContext2D | null = null;
  private pointLayer: PointLayer | undefined;
  private pointLayer2: PointLayer | undefined;
  private side = 0;
  private picture: Picture | undefined;
  private pictureName: PictureName | undefined;
  private phase: PredictPhase = 'off';
  private guess: Vec2 = [1, 0];
  private result: Result | undefined;
  private handles!: Handles;
  private dirty = true;
  private drawnPalette: Palette | undefined;
  private formulaTex = '';
  constructor() {
    super(PLANE_PROPS, PLANE_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** After Reveal in predict mode: the guess, the answer and the distance; else undefined. */
  get prediction(): Prediction | undefined {
    const r = this.result?.prediction;
    return r && { guess: [r.guess[0], r.guess[1]], target: [r.target[0], r.target[1]], distance: r.distance };
  }

  /** Client (viewport) pixel coordinates of the plane point `p` on the (first) plot, as drawn. */
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
    this.onDisconnect(
      watchSize(plot, (box) => {
        this.side = Math.min(box.width, box.height);
        this.invalidate();
      }),
    );
  }

  protected build(): void {
    ensureKatexFonts(document);
    const dom = buildPlaneDom();
    this.dom = dom;
    this.body.append(dom.layout);
    this.ctx = dom.canvas.getContext('2d');
    this.ctx2 = dom.canvas2.getContext('2d');
    if (this.ctx) this.pointLayer = new PointLayer(this.ctx);
    if (this.ctx2) this.pointLayer2 = new PointLayer(this.ctx2);

    this.wireHandles(dom);
    this.wireControls(dom);

    if (this.state.predict) this.enterGuess(false);
    this.syncControls();
  }

  protected override stateChanged(previous: Readonly<PlaneState>, source: Source | 'user'): void {
    const s = this.state;
    const others = (Object.keys(s) as (keyof PlaneState)[]).some(
      (k) => k !== 't' && k !== 'predict' && previous[k] !== s[k],
    );
    if (previous.mode !== s.mode || (source !== 'user' && (others || previous.t !== s.t)))
      this.stopAnimation();
    if (previous.predict !== s.predict) {
      if (s.predict) this.enterGuess(false);
      else this.leavePredict();
    } else if (s.predict && others) {
      // A new question; a ring already being placed stays where the learner put it.
      this.enterGuess(false, this.phase === 'guess' && previous.mode === s.mode);
    }
    this.syncControls(previous);
    this.invalidate();
  }

  protected describe(): string {
    const mode = this.mode;
    const s = this.state;
    if (this.phase === 'guess') {
      const q = mode.predict.question(s);
      return `${q.text} Your guess is at ${point(this.guess)}; move it with the arrow keys.`;
    }
    const text = mode.describe(this.input());
    return this.phase === 'revealed' && this.result ? `${this.result.sentence} ${text}` : text;
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

    const mode = this.mode;
    const input = this.input();
    const view = this.currentView(side, side);
    const lineScale = Number.parseFloat(palette.lineScale);
    const fontPx = Number.parseFloat(palette.fontSize);
    const frame = {
      view,
      colors: palette,
      lineScale: Number.isFinite(lineScale) && lineScale > 0 ? lineScale : 1,
      fontPx: Number.isFinite(fontPx) && fontPx > 0 ? Math.min(fontPx, 40) : 18,
      picture: this.pictureFor(this.state.picture),
    };
    prepare(dom.canvas, ctx, side);
    const guess = this.phase === 'off' ? undefined : this.guess;
    const rings = [...this.visibleHandles(input).map((h) => h.at), ...(guess ? [guess] : [])];
    mode.draw(ctx, { ...frame, rings, points: this.pointLayer, guess, answer: this.answer() }, input, 0);
    if (mode.plots === 2 && this.ctx2) {
      prepare(dom.canvas2, this.ctx2, side);
      mode.draw(
        this.ctx2,
        { ...frame, points: this.pointLayer2, guess: undefined, answer: undefined },
        input,
        1,
      );
    }
    this.placeHandles(view, input);
  }

  // ---- geometry -----------------------------------------------------------------------------------

  private get mode(): Mode {
    return modeOf(this.state.mode);
  }

  /** What the mode's functions see: the state, the time as drawn, and whether the answer is hidden. */
  private input(t?: number): ModeInput {
    const s = this.state;
    const guessT = this.mode.predict.guessT;
    const shownT = this.phase === 'guess' && guessT !== undefined ? guessT : s.t;
    return { s, t: t ?? shownT, hidden: this.phase === 'guess' };
  }

  private answer(): Vec2 | undefined {
    const r = this.result;
    if (this.phase !== 'revealed' || !r) return undefined;
    const end = this.mode.predict.revealT;
    // The answer appears once the motion that reveals it has landed.
    return end === undefined || this.state.t >= Math.min(end, this.playEnd())
      ? r.prediction.target
      : undefined;
  }

  private currentView(width: number, height: number): View {
    const frozen = this.handles.frozen;
    if (frozen) return makeView(width, height, frozen.view.extent);
    const keep = this.mode.keep(this.input());
    if (this.phase !== 'off') keep.push(this.guess);
    return makeView(width, height, fitExtent(this.state.zoom, keep, Math.min(width, height)));
  }

  private pictureFor(name: PictureName): Picture | undefined {
    if (this.pictureName !== name) {
      this.pictureName = name;
      this.picture = pictureData(name);
    }
    return this.picture;
  }

  /** The handles on show: the mode's own, or only the ring while predicting. */
  private visibleHandles(input = this.input()): HandleSpec[] {
    if (this.phase === 'off') return this.mode.handles(input);
    if (this.phase === 'guess')
      return [{ name: 'guess', at: this.guess, label: `Your guess, at ${point(this.guess)}`, color: 'fg' }];
    return [];
  }

  private placeHandles(view: View, input: ModeInput): void {
    this.handles.place(viewProjection(view));
    for (const spec of this.visibleHandles(input))
      this.dom.handles[spec.name].style.color = `var(--w-${spec.color})`;
  }

  // ---- pointer and keyboard -----------------------------------------------------------------------

  /** Each tip the mode shows, or the guess ring: dragged and stepped through `Handles`. */
  private wireHandles(dom: PlaneDom): void {
    this.handles = this.use(
      new Handles(dom.plot, {
        box: dom.canvas,
        freeze: true,
        projection: () => {
          const r = dom.canvas.getBoundingClientRect();
          return viewProjection(this.currentView(r.width, r.height));
        },
      }),
    );
    const spec = (name: HandleName): HandleSpec | undefined =>
      this.visibleHandles().find((h) => h.name === name);
    for (const name of HANDLE_NAMES)
      this.handles.add(dom.handles[name], {
        enabled: () => spec(name) !== undefined,
        at: () => spec(name)?.at ?? [0, 0],
        label: () => spec(name)?.label ?? '',
        // Drags and keys move the point as it is at the mode's editing time.
        grab: () => {
          if (name === 'guess') return;
          this.stopAnimation();
          const editT = this.mode.editT;
          if (editT !== undefined && this.state.t !== editT) this.update({ t: editT });
          this.invalidate();
        },
        moveTo: (p, by) => {
          if (name === 'guess') {
            this.moveGuess(by === 'drag' ? snapPoint(p) : movePoint(p, [0, 0]));
            return;
          }
          const next = this.mode.move(this.state, name, p, by === 'drag');
          if (next) this.update(next);
        },
        // The view may now widen to take in a tip dragged past the edge.
        drop: () => this.invalidate(),
      });
  }

  private moveGuess(p: Vec2): void {
    if (this.phase !== 'guess' || (p[0] === this.guess[0] && p[1] === this.guess[1])) return;
    this.guess = p;
    this.invalidate();
  }

  // ---- controls -----------------------------------------------------------------------------------

  private wireControls(dom: PlaneDom): void {
    wireMatrixField(dom.first, {
      current: () => this.state.matrix,
      apply: (m) => this.choose({ matrix: m }),
      angle: () => this.angleValue() ?? DEFAULT_ANGLE,
    });
    wireMatrixField(dom.second, {
      current: () => this.state.second,
      apply: (m) => this.choose({ second: m }),
      angle: () => this.angleValue() ?? DEFAULT_ANGLE,
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
      setFieldError(dom.first.input, dom.first.error, undefined);
      this.choose({ matrix: presetMatrix('rotation', angle) });
    });

    const weightError = (message: string | undefined): void => setText(dom.weightError, message ?? '');
    wireWeight(dom.weightA, {
      name: 'a',
      limit: WEIGHT_LIMIT,
      apply: (a) => this.setWeight({ a }),
      error: weightError,
    });
    wireWeight(dom.weightB, {
      name: 'b',
      limit: WEIGHT_LIMIT,
      apply: (b) => this.setWeight({ b }),
      error: weightError,
    });

    dom.play.addEventListener('click', () => this.play());
    dom.t.addEventListener('input', () => {
      const t = Number(dom.t.value);
      if (!Number.isFinite(t)) return;
      this.stopAnimation();
      this.update({ t: Math.min(1, Math.max(0, t)) });
    });
    dom.eigen.addEventListener('change', () => this.update({ eigen: dom.eigen.checked }));
    dom.spaces.addEventListener('change', () => this.update({ spaces: dom.spaces.checked }));
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

  /** A typed or picked matrix: jump straight to it (Play shows the motion). */
  private choose(partial: { matrix?: Mat2; second?: Mat2 }): void {
    this.stopAnimation();
    const t = this.state.predict ? this.state.t : (this.mode.editT ?? 1);
    this.update({ ...partial, t });
    this.syncControls();
  }

  private setWeight(partial: { a?: number; b?: number }): void {
    this.stopAnimation();
    const clean = (x: number | undefined): number | undefined =>
      x === undefined ? undefined : Math.min(WEIGHT_LIMIT, Math.max(-WEIGHT_LIMIT, Number(x.toFixed(10))));
    const next: Partial<PlaneState> = {};
    if (partial.a !== undefined) next.a = clean(partial.a) as number;
    if (partial.b !== undefined) next.b = clean(partial.b) as number;
    if (!this.state.predict && this.mode.editT !== undefined) next.t = this.mode.editT;
    this.update(next);
  }

  private playEnd(): number {
    return this.mode.playEnd?.(this.state) ?? 1;
  }

  private play(): void {
    const mode = this.mode;
    if (this.phase === 'guess' || mode.play === 'none') return;
    if (this.animating) {
      this.stopAnimation();
      this.syncPlayButton();
      return;
    }
    if (mode.play === 'toggle') {
      this.animateTo(this.state.t >= 1 ? 0 : 1);
      return;
    }
    const end = this.playEnd();
    if (this.state.t >= end) this.update({ t: 0 });
    this.animateTo(end);
  }

  private animateTo(target: number): void {
    const t = approach(
      () => this.state.t,
      (v) => this.update({ t: v }),
      target,
      this.mode.playSeconds,
    );
    if (this.runMotion(t)) this.syncPlayButton();
  }

  // ---- predict-first ------------------------------------------------------------------------------

  private enterGuess(fromButton: boolean, keepGuess = false): void {
    const spec = this.mode.predict;
    this.phase = 'guess';
    this.result = undefined;
    if (!keepGuess) this.guess = spec.start(this.state);
    this.stopAnimation();
    if (spec.guessT !== undefined && this.state.t !== spec.guessT) this.update({ t: spec.guessT });
    this.syncControls();
    this.invalidate();
    if (fromButton) this.requireDom().predictResult.textContent = '';
  }

  private leavePredict(): void {
    this.phase = 'off';
    this.result = undefined;
  }

  private reveal(): void {
    const spec = this.mode.predict;
    if (this.phase !== 'guess' || !spec.question(this.state).ok) return;
    this.result = spec.score(this.state, this.guess);
    this.phase = 'revealed';
    this.syncControls();
    this.invalidate();
    this.requireDom().again.focus();
    if (spec.revealT !== undefined) this.animateTo(Math.min(spec.revealT, this.playEnd()));
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
  private syncControls(previous?: Readonly<PlaneState>): void {
    const dom = this.dom;
    if (!dom) return;
    const s = this.state;
    const mode = this.mode;
    const focused = this.shadowRoot?.activeElement ?? null;
    const uses = new Set(mode.controls);

    syncMatrixField(
      dom.first,
      s.matrix,
      focused,
      !!previous && previous.matrix !== s.matrix,
      matchPreset(s.matrix),
    );
    syncMatrixField(
      dom.second,
      s.second,
      focused,
      !!previous && previous.second !== s.second,
      matchPreset(s.second),
    );
    const deg = rotationDegrees(s.matrix);
    if (deg !== undefined && focused !== dom.angle) {
      setValue(dom.angle, String(Number(deg.toFixed(2))));
      dom.angle.removeAttribute('aria-invalid');
      setText(dom.angleError, '');
    }
    syncWeight(dom.weightA, s.a, focused, !!previous && previous.a !== s.a);
    syncWeight(dom.weightB, s.b, focused, !!previous && previous.b !== s.b);
    if (
      dom.weightA.number.getAttribute('aria-invalid') !== 'true' &&
      dom.weightB.number.getAttribute('aria-invalid') !== 'true'
    )
      setText(dom.weightError, '');
    if (dom.eigen.checked !== s.eigen) dom.eigen.checked = s.eigen;
    if (dom.spaces.checked !== s.spaces) dom.spaces.checked = s.spaces;

    setHidden(dom.controls, !s.controls);
    setHidden(dom.first.field, !uses.has('matrix'));
    setText(
      dom.first.label,
      uses.has('second') ? 'Matrix A (first)' : mode.name === 'transform' ? 'Matrix' : 'Matrix A',
    );
    setText(dom.second.label, 'Matrix B (second)');
    setHidden(dom.first.presetRow, !uses.has('preset'));
    setHidden(dom.second.field, !uses.has('second'));
    setHidden(dom.second.presetRow, !uses.has('second'));
    setHidden(dom.weights, !uses.has('weights'));
    setHidden(dom.playRow, !uses.has('play'));
    if (dom.t.getAttribute('aria-label') !== mode.timeLabel) dom.t.setAttribute('aria-label', mode.timeLabel);
    setHidden(dom.eigenLabel, !uses.has('eigen'));
    setHidden(dom.spacesLabel, !uses.has('spaces'));
    const toggles = dom.eigenLabel.parentElement;
    if (toggles) setHidden(toggles, !uses.has('eigen') && !uses.has('spaces'));

    const two = mode.plots === 2;
    setHidden(dom.plot2Wrap, !two);
    setHidden(dom.captions[0], !two);
    dom.layout.classList.toggle('two-plots', two);
    const captions = mode.captions?.(s);
    if (captions) {
      setText(dom.captions[0], captions[0]);
      setText(dom.captions[1], captions[1]);
    }

    const input = this.input();
    setHidden(dom.formulaWrap, !s.formula);
    setHidden(dom.readoutDet, !(s.determinant && mode.detReadout));
    setText(dom.readoutDet, detSentence(mode.detMatrix?.(input) ?? s.matrix));
    this.syncReadouts(dom, mode.readouts(input));

    const predicting = this.phase !== 'off';
    const question = mode.predict.question(s);
    setHidden(dom.predict, !predicting);
    setText(dom.predictQuestion, question.text);
    setHidden(dom.again, this.phase !== 'revealed');
    setText(dom.predictResult, this.result?.sentence ?? '');
    setDisabled(dom.reveal, this.phase !== 'guess' || !question.ok);
    setDisabled(dom.play, this.phase === 'guess');
    setDisabled(dom.t, this.phase === 'guess');
    const description = this.describe();
    if (dom.canvas.getAttribute('aria-label') !== description)
      dom.canvas.setAttribute('aria-label', description);
    if (two && captions) {
      const label = `${captions[1]}: the second plot.`;
      if (dom.canvas2.getAttribute('aria-label') !== label) dom.canvas2.setAttribute('aria-label', label);
    }
    this.syncPlayButton();
  }

  private syncReadouts(dom: PlaneDom, readouts: readonly { text: string; tone?: 'refusal' }[]): void {
    const key = readouts.map((r) => `${r.tone ?? ''}|${r.text}`).join('\n');
    setHidden(dom.readoutMain, readouts.length === 0);
    if (dom.readoutMain.dataset.key === key) return;
    dom.readoutMain.dataset.key = key;
    dom.readoutMain.replaceChildren(
      ...readouts.map((r) => {
        const p = document.createElement('p');
        p.textContent = r.text;
        if (r.tone) p.className = r.tone;
        return p;
      }),
    );
  }

  private syncPlayButton(): void {
    const dom = this.dom;
    if (!dom) return;
    const back = this.mode.play === 'toggle' && this.state.t >= 1;
    setText(dom.play, this.animating ? 'Pause' : back ? 'Play back' : 'Play');
    setValue(dom.t, String(this.state.t));
  }

  private syncFormula(palette: Palette): void {
    const dom = this.requireDom();
    const s = this.state;
    if (!s.formula) return;
    const L = PALETTES.light;
    const colors: TexPalette = {
      i: texColor(palette.i, L.i),
      j: texColor(palette.j, L.j),
      k: texColor(palette.k, L.k),
      data: texColor(palette.data, L.data),
      model: texColor(palette.model, L.model),
      gradient: texColor(palette.gradient, L.gradient),
      error: texColor(palette.error, L.error),
    };
    const input = this.input();
    const tex = this.mode.tex(input, colors);
    if (tex === this.formulaTex) return;
    this.formulaTex = tex;
    const words = this.mode.texWords(input);
    dom.formulaText.textContent = words;
    // If the formula library cannot be fetched (offline, blocked), the words stand in for it.
    renderTex(dom.formula, tex, { displayMode: true }).catch(() => setText(dom.formula, words));
  }
}

/** Sizes a canvas's backing store for the device and scales its context to CSS pixels. */
function prepare(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D, side: number): void {
  const scale = Math.min(window.devicePixelRatio || 1, MAX_DPR, Math.max(1, MAX_BACKING_SIDE / side));
  const backing = Math.max(1, Math.round(side * scale));
  if (canvas.width !== backing || canvas.height !== backing) {
    canvas.width = backing;
    canvas.height = backing;
  }
  const k = backing / side;
  ctx.setTransform(k, 0, 0, k, 0, 0);
}

defineOnce('lumen-plane', LumenPlane);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-plane': LumenPlane;
  }
}

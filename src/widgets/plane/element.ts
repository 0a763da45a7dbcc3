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
import { KATEX_SHADOW_CSS, ensureKatexFonts } from '../../ui/katex-shadow';
import type { Mat2, Vec2 } from '../../math/mat2';
import { parseMatrix2 } from '../../math/matrix-text';
import { parseNumber } from '../../math/number-text';
import { PLANE_PROPS, WEIGHT_LIMIT, type PlaneState } from './props';
import {
  DEFAULT_ANGLE,
  PRESETS,
  matchPreset,
  movePoint,
  presetMatrix,
  rotationDegrees,
  snapPoint,
} from './model';
import type { PresetName, Prediction } from './model';
import { pictureData } from './pictures';
import { PointLayer } from './point-layer';
import { detSentence, matrixText, point } from './words';
import { buildPlaneDom, setReadouts, type MatrixField, type PlaneDom } from './dom';
import { PLANE_CSS } from './plane.css';
import { syncWeight, wireWeight } from './controls';
import { modeOf } from './modes';
import { labelBoard } from './draw-kit';
import { HANDLE_NAMES, type HandleName, type HandleSpec, type Mode, type ModeInput } from './modes/types';
import { approach } from '../../render/tween';
import { CanvasSurface, type SurfaceFrame } from '../../render/canvas-surface';
import { fitExtent, makeView, toPixel, type View } from '../../render/view2d';
import { Handles, viewProjection } from '../../ui/handles';
import { FormulaView, texPalette } from '../../ui/formula-view';
import { PredictFlow } from '../../ui/predict-flow';
import { bindCheckbox, bindRange, bindTypedField } from '../../ui/bind';
import { memo } from '../../ui/memo';
import { setDisabled, setFieldError, setHidden, setText, setValue } from '../../ui/dom';

const ANGLE_LIMIT = 3600;

interface Result {
  readonly prediction: Prediction;
  readonly sentence: string;
}

export class LumenPlane extends LumenElement<typeof PLANE_PROPS, PlaneDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(PLANE_PROPS);
  }

  private surfaces!: readonly [CanvasSurface, CanvasSurface];
  /** The point clouds of each plot, drawn through an image (made with the plot's first frame). */
  private readonly pointLayers: [PointLayer | undefined, PointLayer | undefined] = [undefined, undefined];
  private formula!: FormulaView;
  private flow!: PredictFlow<Result>;
  private handles!: Handles;
  private guess: Vec2 = [1, 0];
  private readonly picture = memo(pictureData, () => [this.s.picture] as const);

  constructor() {
    super(PLANE_PROPS, PLANE_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** After Reveal in predict mode: the guess, the answer and the distance; else undefined. */
  get prediction(): Prediction | undefined {
    const r = this.flow?.result?.prediction;
    return r && { guess: [r.guess[0], r.guess[1]], target: [r.target[0], r.target[1]], distance: r.distance };
  }

  /** Client (viewport) pixel coordinates of the plane point `p` on the (first) plot, as drawn. */
  plotToClient(p: Vec2): { x: number; y: number } {
    const rect = this.dom.canvas.getBoundingClientRect();
    const [x, y] = toPixel(this.currentView(rect.width, rect.height), p);
    return { x: rect.left + x, y: rect.top + y };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected override createDom(): PlaneDom {
    ensureKatexFonts(document);
    return buildPlaneDom();
  }

  protected build(): void {
    const dom = this.dom;
    const onResize = (): void => this.requestRender();
    this.surfaces = [
      this.use(new CanvasSurface(dom.canvas, { box: dom.plot, onResize })),
      this.use(new CanvasSurface(dom.canvas2, { box: dom.plot2, onResize })),
    ];
    this.formula = this.use(new FormulaView({ tex: dom.formula, text: dom.formulaText }));
    this.wireHandles(dom);
    this.flow = this.use(
      new PredictFlow<Result>(
        this.host,
        { ...dom, fields: () => [] },
        {
          score: () => {
            const question = this.mode.predict.question(this.s);
            return question.ok ? this.mode.predict.score(this.s, this.guess) : question.text;
          },
          sentence: (r) => r.sentence,
          detail: () => this.prediction,
          newQuestion: (previous) => this.newQuestion(previous as PlaneState),
          changed: () => {
            if (this.flow.guessing) this.pose(false);
            this.syncControls();
          },
          revealed: () => {
            const end = this.mode.predict.revealT;
            if (end !== undefined) this.animateTo(Math.min(end, this.playEnd()));
          },
        },
      ),
    );
    // Again hands the focus to the ring (the guess has no text field).
    dom.again.addEventListener('click', () => dom.handles.guess.focus());
    if (this.flow.guessing) this.pose(false);
    this.wireControls(dom);
    this.syncControls();
  }

  protected override stateChanged(previous: Readonly<PlaneState>, source: Source | 'user'): void {
    const s = this.s;
    if (previous.mode !== s.mode || (source !== 'user' && (this.newQuestion(previous) || previous.t !== s.t)))
      this.stopAnimation();
    // A new question while guessing; a ring already being placed stays where the learner put it.
    if (this.flow.guessing && previous.predict === s.predict && this.newQuestion(previous))
      this.pose(previous.mode === s.mode);
    this.syncControls(previous);
  }

  protected describe(): string {
    const mode = this.mode;
    const phase = this.flow.phase;
    if (phase === 'guess') {
      const q = mode.predict.question(this.s);
      return `${q.text} Your guess is at ${point(this.guess)}; move it with the arrow keys.`;
    }
    const text = mode.describe(this.input());
    const r = this.flow.result;
    return phase === 'revealed' && r ? `${r.sentence} ${text}` : text;
  }

  protected render(): void {
    const dom = this.dom;
    const palette = this.palette;
    const mode = this.mode;
    const input = this.input();
    if (this.s.formula) this.formula.show(mode.tex(input, texPalette(palette)), mode.texWords(input));
    this.syncPlayButton();
    const f = this.surfaces[0].frame(palette);
    if (!f) return;
    const view = this.currentView(f.width, f.height);
    const guess = this.flow.phase === 'off' ? undefined : this.guess;
    const rings = [...this.visibleHandles(input).map((h) => h.at), ...(guess ? [guess] : [])];
    const frame = {
      view,
      colors: palette,
      lineScale: f.lineScale,
      fontPx: f.fontPx,
      picture: this.picture(),
    };
    // Each plot's labels are placed together, off each other, once the plot is drawn.
    const first = { ...frame, rings, points: this.points(0, f), guess, answer: this.answer() };
    const labels = labelBoard(first);
    mode.draw(f.ctx, { ...first, labels }, input, 0);
    labels.flush();
    const f2 = this.plotCount() === 2 ? this.surfaces[1].frame(palette) : undefined;
    if (f2) {
      const second = { ...frame, points: this.points(1, f2), guess: undefined, answer: undefined };
      const labels2 = labelBoard(second);
      mode.draw(f2.ctx, { ...second, labels: labels2 }, input, 1);
      labels2.flush();
    }
    this.handles.place(viewProjection(view));
    for (const spec of this.visibleHandles(input))
      dom.handles[spec.name].style.color = `var(--w-${spec.color})`;
  }

  // ---- geometry -----------------------------------------------------------------------------------

  private get mode(): Mode {
    return modeOf(this.s.mode);
  }

  private plotCount(): 1 | 2 {
    const mode = this.mode;
    return mode.plotsFor?.(this.s) ?? mode.plots;
  }

  /** What the mode's functions see: the state, the time as drawn, and whether the answer is hidden. */
  private input(): ModeInput {
    const s = this.s;
    const guessing = this.flow.guessing;
    const guessT = this.mode.predict.guessT;
    return { s, t: guessing && guessT !== undefined ? guessT : s.t, hidden: guessing };
  }

  /** Anything but the time and the predict switch changed: the question is a new one. */
  private newQuestion(previous: Readonly<PlaneState>): boolean {
    const s = this.s;
    return (Object.keys(s) as (keyof PlaneState)[]).some(
      (k) => k !== 't' && k !== 'predict' && previous[k] !== s[k],
    );
  }

  private points(plot: 0 | 1, f: SurfaceFrame): PointLayer {
    return (this.pointLayers[plot] ??= new PointLayer(f.ctx));
  }

  private answer(): Vec2 | undefined {
    const r = this.flow.result;
    if (this.flow.phase !== 'revealed' || !r) return undefined;
    const end = this.mode.predict.revealT;
    // The answer appears once the motion that reveals it has landed.
    return end === undefined || this.s.t >= Math.min(end, this.playEnd()) ? r.prediction.target : undefined;
  }

  private currentView(width: number, height: number): View {
    const frozen = this.handles.frozen;
    if (frozen) return makeView(width, height, frozen.view.extent);
    const keep = this.mode.keep(this.input());
    if (this.flow.phase !== 'off') keep.push(this.guess);
    return makeView(width, height, fitExtent(this.s.zoom, keep, Math.min(width, height)));
  }

  /** The handles on show: the mode's own, or only the ring while predicting. */
  private visibleHandles(input = this.input()): HandleSpec[] {
    const phase = this.flow.phase;
    if (phase === 'off') return this.mode.handles(input);
    if (phase === 'guess')
      return [{ name: 'guess', at: this.guess, label: `Your guess, at ${point(this.guess)}`, color: 'fg' }];
    return [];
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
          if (editT !== undefined && this.s.t !== editT) this.update({ t: editT });
          this.requestRender();
        },
        moveTo: (p, by) => {
          if (name === 'guess') {
            this.moveGuess(by === 'drag' ? snapPoint(p) : movePoint(p, [0, 0]));
            return;
          }
          const next = this.mode.move(this.s, name, p, by === 'drag');
          if (next) this.update(next);
        },
        // The view may now widen to take in a tip dragged past the edge.
        drop: () => this.requestRender(),
      });
  }

  private moveGuess(p: Vec2): void {
    if (!this.flow.guessing || (p[0] === this.guess[0] && p[1] === this.guess[1])) return;
    this.guess = p;
    this.requestRender();
  }

  // ---- controls -----------------------------------------------------------------------------------

  private wireControls(dom: PlaneDom): void {
    this.bindMatrix(dom.first, 'matrix');
    this.bindMatrix(dom.second, 'second');
    dom.angle.addEventListener('change', () => {
      const angle = this.angleValue();
      const error = `Type an angle in degrees between -${ANGLE_LIMIT} and ${ANGLE_LIMIT}, such as 30.`;
      if (angle === undefined) dom.angle.setAttribute('aria-invalid', 'true');
      else dom.angle.removeAttribute('aria-invalid');
      setText(dom.angleError, angle === undefined ? error : '');
      if (angle !== undefined) this.choose({ matrix: presetMatrix('rotation', angle) });
    });
    const weightError = (message: string | undefined): void => setText(dom.weightError, message ?? '');
    for (const name of ['a', 'b'] as const)
      wireWeight(name === 'a' ? dom.weightA : dom.weightB, {
        name,
        limit: WEIGHT_LIMIT,
        apply: (x) => this.setWeight({ [name]: x }),
        error: weightError,
      });
    dom.play.addEventListener('click', () => this.play());
    // Scrubbing takes over from a running animation.
    dom.t.addEventListener('input', () => this.stopAnimation());
    bindRange(this.host, dom.t, 't');
    bindCheckbox(this.host, dom.eigen, 'eigen');
    bindCheckbox(this.host, dom.spaces, 'spaces');
  }

  /** A typed matrix or a preset: shown at once, at the mode's editing time (Play shows the motion). */
  private bindMatrix(f: MatrixField, key: 'matrix' | 'second'): void {
    bindTypedField(this.host, f.input, key, {
      error: f.error,
      parse: parseMatrix2,
      format: matrixText,
      reject: (e) => `Could not read that matrix: ${e}. The matrix was not changed.`,
      applied: (m) => this.choose({ [key]: m }),
    });
    f.preset.addEventListener('change', () => {
      const name = f.preset.value;
      if (!(PRESETS as readonly string[]).includes(name)) return;
      // A picked preset answers a rejected entry, even while that field keeps the focus.
      setFieldError(f.input, f.error, undefined);
      this.choose({ [key]: presetMatrix(name as PresetName, this.angleValue() ?? DEFAULT_ANGLE) });
    });
  }

  private angleValue(): number | undefined {
    const a = parseNumber(this.dom.angle.value);
    return a !== undefined && Math.abs(a) <= ANGLE_LIMIT ? a : undefined;
  }

  private choose(partial: { matrix?: Mat2; second?: Mat2 }): void {
    this.stopAnimation();
    const t = this.s.predict ? this.s.t : (this.mode.editT ?? 1);
    this.update({ ...partial, t });
  }

  private setWeight(partial: { a?: number; b?: number }): void {
    this.stopAnimation();
    const clean = (x: number): number =>
      Math.min(WEIGHT_LIMIT, Math.max(-WEIGHT_LIMIT, Number(x.toFixed(10))));
    const next: Partial<PlaneState> = {};
    if (partial.a !== undefined) next.a = clean(partial.a);
    if (partial.b !== undefined) next.b = clean(partial.b);
    if (!this.s.predict && this.mode.editT !== undefined) next.t = this.mode.editT;
    this.update(next);
  }

  private playEnd(): number {
    return this.mode.playEnd?.(this.s) ?? 1;
  }

  private play(): void {
    const mode = this.mode;
    if (this.flow.guessing || mode.play === 'none') return;
    if (this.animating) {
      this.stopAnimation();
      this.syncPlayButton();
      return;
    }
    // At the end, Play is Replay: from the start again in one press (no "Play back, then Play").
    const end = this.playEnd();
    if (this.s.t >= end) this.update({ t: 0 });
    this.animateTo(end);
  }

  private animateTo(target: number): void {
    const t = approach(
      () => this.s.t,
      (v) => this.update({ t: v }),
      target,
      this.mode.playSeconds,
    );
    if (this.runMotion(t)) this.syncPlayButton();
  }

  /** Poses the question: the ring at its start (unless kept), the picture at the guessing time. */
  private pose(keepGuess: boolean): void {
    const spec = this.mode.predict;
    if (!keepGuess) this.guess = spec.start(this.s);
    this.stopAnimation();
    if (spec.guessT !== undefined && this.s.t !== spec.guessT) this.update({ t: spec.guessT });
    this.requestRender();
  }

  // ---- DOM sync -----------------------------------------------------------------------------------

  /**
   * Brings what is not bound in line with the state and the mode. Called on every change, so during
   * an animation every frame: it only writes what differs, to keep layout work out of the frame.
   */
  private syncControls(previous?: Readonly<PlaneState>): void {
    const dom = this.dom;
    const s = this.s;
    const mode = this.mode;
    const focused = this.host.focused;
    const uses = new Set(mode.controls);

    setValue(dom.first.preset, matchPreset(s.matrix));
    setValue(dom.second.preset, matchPreset(s.second));
    const deg = rotationDegrees(s.matrix);
    if (deg !== undefined && focused !== dom.angle) {
      setValue(dom.angle, String(Number(deg.toFixed(2))));
      dom.angle.removeAttribute('aria-invalid');
      setText(dom.angleError, '');
    }
    syncWeight(dom.weightA, s.a, focused, !!previous && previous.a !== s.a);
    syncWeight(dom.weightB, s.b, focused, !!previous && previous.b !== s.b);
    const weightsValid = [dom.weightA, dom.weightB].every(
      (w) => w.number.getAttribute('aria-invalid') !== 'true',
    );
    if (weightsValid) setText(dom.weightError, '');

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

    const two = this.plotCount() === 2;
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
    setReadouts(dom.readoutMain, mode.readouts(input));

    const question = mode.predict.question(s);
    setText(dom.predictQuestion, question.text);
    setDisabled(dom.reveal, !question.ok);
    setDisabled(dom.play, this.flow.guessing);
    setDisabled(dom.t, this.flow.guessing);
    const description = this.describe();
    if (dom.canvas.getAttribute('aria-label') !== description)
      dom.canvas.setAttribute('aria-label', description);
    if (two && captions) {
      const label = `${captions[1]}: the second plot.`;
      if (dom.canvas2.getAttribute('aria-label') !== label) dom.canvas2.setAttribute('aria-label', label);
    }
    this.syncPlayButton();
  }

  private syncPlayButton(): void {
    const replay = this.mode.play !== 'none' && this.s.t >= this.playEnd();
    setText(this.dom.play, this.animating ? 'Pause' : replay ? 'Replay' : 'Play');
  }
}

defineOnce('lumen-plane', LumenPlane);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-plane': LumenPlane;
  }
}

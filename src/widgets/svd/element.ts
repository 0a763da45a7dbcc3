/**
 * `<lumen-svd>`: every matrix is rotate, stretch, rotate (A = U Σ Vᵀ), and PCA finds the stretch
 * axes of data.
 * - mode "svd": type a matrix; the unit circle turns (Vᵀ), stretches (Σ) and turns again (U) into
 *   the ellipse A makes of it. Play, step stage by stage, or scrub t from 0 to 3.
 * - mode "pca": a seeded random cloud or points placed by hand (click or tap to add, drag to move,
 *   keyboard: the cross and Enter to add, arrows and Delete on the selected point), with its mean,
 *   principal axes, explained variance and the projection onto the first axis.
 * - predict: guess the direction of the longest stretch with a dial before it is revealed.
 *
 * The element only wires things together: numbers come from `model.ts`, pixels from `view.ts`,
 * sentences from `words.ts`, TeX from `formula.ts`.
 *
 * @example
 * <lumen-svd matrix="3 0; 4 5" t="0"></lumen-svd>
 * <lumen-svd mode="pca" seed="3" n="60" spread1="2.5" spread2="0.5" angle="35" projection></lumen-svd>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import type { Source } from '../../ui/props';
import { PALETTES, type Palette } from '../../ui/tokens';
import { KATEX_SHADOW_CSS, ensureKatexFonts, renderTex } from '../../ui/katex-shadow';
import type { Mat2, Vec2 } from '../../math/mat2';
import { parseMatrix2 } from '../../math/matrix-text';
import { SVD_PROPS, type SvdState } from './props';
import {
  LAST_T,
  PCA_MIN_EXTENT,
  SVD_MIN_EXTENT,
  STAGE_SECONDS,
  addPoint,
  analyseCloud,
  dialKey,
  factorsOf,
  movePointAt,
  nextStop,
  nudge,
  pcaAnswer,
  pcaKeep,
  playStart,
  previousStop,
  removePointAt,
  scoreDirection,
  seededCloud,
  shownMatrix,
  snapPoint,
  stageOf,
  stageProgress,
  svdAnswer,
  svdKeep,
  type CloudAnalysis,
  type DirectionPrediction,
  type Factors,
} from './model';
import { dialTip, type Dial } from './draw';
import { drawPca, drawSvd } from './view';
import { pcaTex, svdTex } from './formula';
import {
  areaSentence,
  cloudProblem,
  describePca,
  describeSvd,
  explainedSentence,
  fmt,
  guessDescription,
  linkSentence,
  matrixText,
  percent,
  point,
  predictIntro,
  predictSentence,
  sigmaSentence,
  stageCaption,
  stageLabels,
} from './words';
import { buildSvdDom, type SvdDom } from './dom';
import { SVD_CSS } from './svd.css';
import { texColor } from '../../ui/tex-format';
import { fitExtent, makeView, toPixel, type View } from '../../render/view2d';
import { approach } from '../../render/tween';
import { Handles, viewProjection } from '../../ui/handles';
import { setText, setValue, setHidden, setDisabled } from '../../ui/dom';
import { watchSize } from '../../ui/resize';

const MAX_DPR = 2;
const MAX_BACKING_SIDE = 1600;
const SEED_MAX = 999999;

type Phase = 'off' | 'guess' | 'revealed';

/** The numbers behind the picture (what the readouts round), for scripts and tests. */
export type Decomposition =
  | { readonly mode: 'svd'; readonly u: Mat2; readonly sigma: readonly [number, number]; readonly vt: Mat2 }
  | {
      readonly mode: 'pca';
      readonly n: number;
      readonly mean: Vec2;
      readonly covariance: Mat2;
      readonly axes: readonly [Vec2, Vec2];
      readonly variances: readonly [number, number];
      readonly explained: readonly [number, number];
      /** Singular values of the centred data matrix, √(n λ). */
      readonly sigmas: readonly [number, number];
    };

export class LumenSvd extends LumenElement<typeof SVD_PROPS, SvdDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(SVD_PROPS);
  }

  private ctx: CanvasRenderingContext2D | null = null;
  private side = 0;
  private phase: Phase = 'off';
  private guess = 0;
  private result: DirectionPrediction | undefined;
  private selected = 0;
  private cursor: Vec2 = [0, 0];
  private handles!: Handles;
  private dirty = true;
  private drawnPalette: Palette | undefined;
  private readonly notes = new Map<string, string | undefined>();
  private formulaTex = '';
  private factorsCache: { m: Mat2; f: Factors | undefined } | undefined;
  private cloudCache: { key: string; points: readonly Vec2[] } | undefined;
  private analysisCache: { points: readonly Vec2[]; a: CloudAnalysis } | undefined;
  constructor() {
    super(SVD_PROPS, SVD_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The decomposition shown: U, σ, Vᵀ (svd), or the PCA numbers; undefined with too few points. */
  get decomposition(): Decomposition | undefined {
    if (this.state.mode === 'svd') {
      const f = this.factors();
      return f && { mode: 'svd', u: [...f.u], sigma: [f.sigma[0], f.sigma[1]], vt: [...f.vt] };
    }
    const a = this.analysis();
    if (!a.ok) return undefined;
    const p = a.pca;
    return {
      mode: 'pca',
      n: a.n,
      mean: [p.mean[0], p.mean[1]],
      covariance: [...p.covariance],
      axes: [
        [p.axes[0][0], p.axes[0][1]],
        [p.axes[1][0], p.axes[1][1]],
      ],
      variances: [p.variances[0], p.variances[1]],
      explained: [p.explained[0], p.explained[1]],
      sigmas: [a.sigmas[0], a.sigmas[1]],
    };
  }

  /** The points of the cloud on screen (seeded or hand-placed). */
  get cloudPoints(): Vec2[] {
    return this.points().map((p) => [p[0], p[1]]);
  }

  /** After Reveal in predict mode: the guessed and true lines (degrees) and the gap; else undefined. */
  get prediction(): DirectionPrediction | undefined {
    return this.result && { ...this.result };
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
    const dom = buildSvdDom();
    this.dom = dom;
    this.body.append(dom.layout);
    this.ctx = dom.canvas.getContext('2d');
    this.wireHandles(dom);
    this.wireControls(dom);
    if (this.state.predict) this.enterGuess();
    this.syncControls();
  }

  protected override stateChanged(previous: Readonly<SvdState>, source: Source | 'user'): void {
    const s = this.state;
    if (source !== 'user' && (previous.t !== s.t || previous.matrix !== s.matrix || previous.mode !== s.mode))
      this.stopAnimation();
    if (previous.mode !== s.mode) this.stopAnimation();
    const question =
      previous.mode !== s.mode ||
      (s.mode === 'svd' ? previous.matrix !== s.matrix : this.points(previous) !== this.points());
    if (previous.predict !== s.predict) {
      if (s.predict) this.enterGuess();
      else this.leavePredict();
    } else if (s.predict && (previous.mode !== s.mode || (question && source !== 'user'))) {
      this.enterGuess();
    }
    this.syncControls(previous.matrix !== s.matrix);
    this.invalidate();
  }

  protected describe(): string {
    const s = this.state;
    if (this.phase === 'guess') return guessDescription(s.mode, this.guess);
    const main =
      s.mode === 'svd'
        ? describeSvd({ matrix: s.matrix, factors: this.factors(), t: s.t })
        : describePca(this.analysis(), s.projection);
    return this.phase === 'revealed' && this.result
      ? `${predictSentence(this.result, s.mode)} ${main}`
      : main;
  }

  protected render(): void {
    const dom = this.dom;
    const ctx = this.ctx;
    if (!dom || !ctx) return;
    const palette = this.palette;
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
    const lineScale = Number.parseFloat(palette.lineScale);
    const fontPx = Number.parseFloat(palette.fontSize);
    const frame = {
      view,
      colors: palette,
      lineScale: Number.isFinite(lineScale) && lineScale > 0 ? lineScale : 1,
      fontPx: Number.isFinite(fontPx) && fontPx > 0 ? Math.min(fontPx, 40) : 18,
    };
    const dial = this.phase === 'guess' || this.phase === 'revealed' ? this.dial() : undefined;
    if (s.mode === 'svd') {
      const f = this.factors();
      const guessing = this.phase === 'guess';
      drawSvd(ctx, {
        ...frame,
        matrix: s.matrix,
        factors: f,
        shown: f ? shownMatrix(f, guessing ? 0 : s.t) : s.matrix,
        t: guessing ? 0 : s.t,
        guessing,
        dial,
      });
    } else {
      drawPca(ctx, {
        ...frame,
        points: this.points(),
        analysis: this.analysis(),
        projection: s.projection,
        guessing: this.phase === 'guess',
        dial,
      });
    }
    this.placeHandles(view);
  }

  // ---- numbers ------------------------------------------------------------------------------------

  private factors(): Factors | undefined {
    const m = this.state.matrix;
    if (this.factorsCache?.m !== m) this.factorsCache = { m, f: factorsOf(m) };
    return this.factorsCache.f;
  }

  /** The cloud on screen: the hand-placed points, or the seeded cloud (drawn once per shape). */
  private points(s: Readonly<SvdState> = this.state): readonly Vec2[] {
    if (s.cloud === 'hand') return s.points;
    const key = `${s.seed},${s.n},${s.spread1},${s.spread2},${s.angle}`;
    if (this.cloudCache?.key !== key) this.cloudCache = { key, points: seededCloud(s) };
    return this.cloudCache.points;
  }

  private analysis(): CloudAnalysis {
    const points = this.points();
    if (this.analysisCache?.points !== points) this.analysisCache = { points, a: analyseCloud(points) };
    return this.analysisCache.a;
  }

  private dial(): Dial {
    const a = this.analysis();
    const centre: Vec2 = this.state.mode === 'pca' && a.ok ? a.pca.mean : [0, 0];
    return { centre, degrees: this.guess };
  }

  private currentView(width: number, height: number): View {
    const frozen = this.handles.frozen;
    if (frozen) return makeView(width, height, frozen.view.extent);
    const side = Math.min(width, height);
    const keep =
      this.state.mode === 'svd'
        ? fitExtent(SVD_MIN_EXTENT, svdKeep(this.factors()), side)
        : fitExtent(PCA_MIN_EXTENT, [...pcaKeep(this.points(), this.analysis()), this.cursor], side);
    return makeView(width, height, keep);
  }

  // ---- editing the cloud --------------------------------------------------------------------------

  /** Any edit turns the cloud on screen into hand-placed points (a seeded cloud is copied first). */
  private editPoints(next: readonly Vec2[], selected: number): void {
    this.selected = Math.max(0, Math.min(selected, next.length - 1));
    if (this.state.cloud === 'hand' && next === this.state.points) return;
    this.update({ cloud: 'hand', points: next });
    this.invalidate();
  }

  private addAt(p: Vec2): boolean {
    const next = addPoint(this.points(), p);
    if (!next) {
      this.note('pca-full', 'The cloud is full (500 points): remove some before adding more.');
      return false;
    }
    this.note('pca-full', undefined);
    this.editPoints(next, next.length - 1);
    return true;
  }

  private removeSelected(): void {
    const points = this.points();
    if (!points.length) return;
    const k = Math.min(this.selected, points.length - 1);
    this.note('pca-full', undefined);
    this.editPoints(removePointAt(points, k), Math.max(0, k - 1));
  }

  // ---- pointer and keys ---------------------------------------------------------------------------

  /**
   * Through `Handles`: the cloud's points (one focusable handle for the selected point), the
   * keyboard cross that adds points, and the guess dial. A press on empty plot in pca mode adds a
   * point there and drags it.
   */
  private wireHandles(dom: SvdDom): void {
    const viewNow = (): View => {
      const r = dom.canvas.getBoundingClientRect();
      return this.currentView(r.width, r.height);
    };
    const h = (this.handles = this.use(
      new Handles(dom.plot, {
        box: dom.canvas,
        freeze: true,
        projection: () => viewProjection(viewNow()),
        miss: (p) => this.state.mode === 'pca' && this.phase !== 'guess' && this.addAt(snapPoint(p)),
      }),
    ));
    const editing = (): boolean => this.state.mode === 'pca' && this.phase !== 'guess';
    const selected = (): number => Math.min(this.selected, this.points().length - 1);

    h.add(dom.handles.point, {
      enabled: () => editing() && this.points().length > 0,
      at: () => this.points()[selected()] ?? [0, 0],
      many: { points: () => this.points(), select: (k) => this.select(k) },
      moveTo: (p, by) => {
        const k = selected();
        const to = by === 'drag' ? snapPoint(p) : nudge(p, [0, 0]);
        const now = this.points()[k];
        if (now && (now[0] !== to[0] || now[1] !== to[1]))
          this.editPoints(movePointAt(this.points(), k, to), k);
      },
      drop: () => this.invalidate(),
      key: (e) => {
        const points = this.points();
        const k = selected();
        if (e.key === 'Delete' || e.key === 'Backspace') {
          this.removeSelected();
          if (!this.points().length) dom.handles.cursor.focus();
        } else if (e.key === 'PageDown' || e.key === ']') this.select((k + 1) % points.length);
        else if (e.key === 'PageUp' || e.key === '[') this.select((k - 1 + points.length) % points.length);
        else return false;
        return true;
      },
    });

    h.add(dom.handles.cursor, {
      pointer: false,
      enabled: editing,
      at: () => this.cursor,
      moveTo: (p) => {
        this.cursor = nudge(p, [0, 0]);
        this.syncControls();
        this.invalidate();
      },
      key: (e) => (e.key === 'Enter' || e.key === ' ') && (this.addAt(this.cursor), true),
    });

    h.add(dom.handles.guess, {
      enabled: () => this.phase === 'guess',
      at: () => dialTip(viewNow(), this.dial()),
      pickup: false,
      arrows: false,
      moveTo: (p) => {
        const c = this.dial().centre;
        const dx = p[0] - c[0];
        const dy = p[1] - c[1];
        // Too near the centre, the angle is noise.
        if (Math.hypot(dx, dy) * viewNow().scale < 4) return;
        this.turnDial((Math.atan2(dy, dx) * 180) / Math.PI);
      },
      drop: () => this.invalidate(),
      key: (e) => {
        const next = dialKey(this.guess, e);
        if (next === undefined) return false;
        this.turnDial(next);
        return true;
      },
    });
  }

  private select(k: number): void {
    this.selected = k;
    this.syncControls();
    this.invalidate();
  }

  private turnDial(degrees: number): void {
    if (this.phase !== 'guess') return;
    const d = scoreDirection(degrees, undefined).guess;
    if (d === this.guess) return;
    this.guess = d;
    this.syncControls();
    this.invalidate();
  }

  // ---- controls -----------------------------------------------------------------------------------

  private wireControls(dom: SvdDom): void {
    dom.mode.addEventListener('change', () => {
      const v = dom.mode.value;
      if (v === 'svd' || v === 'pca') this.update({ mode: v });
    });

    // The text last handled by Enter: the `change` a blur fires afterwards must not apply it again.
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
      this.update({ matrix: r.value });
      if (this.phase === 'guess') return;
      // A new matrix starts from the circle, so the learner sees its three factors in turn.
      this.update({ t: 0 });
      this.animateTo(LAST_T);
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
      if (dom.matrix.getAttribute('aria-invalid') !== 'true')
        dom.matrix.value = matrixText(this.state.matrix);
    });

    dom.play.addEventListener('click', () => this.play());
    dom.next.addEventListener('click', () => this.animateTo(nextStop(this.state.t)));
    dom.previous.addEventListener('click', () => this.animateTo(previousStop(this.state.t)));
    dom.t.addEventListener('input', () => {
      const t = Number(dom.t.value);
      if (!Number.isFinite(t)) return;
      this.stopAnimation();
      this.update({ t: Math.min(LAST_T, Math.max(0, t)) });
    });

    dom.projection.addEventListener('change', () => this.update({ projection: dom.projection.checked }));
    dom.newCloud.addEventListener('click', () => {
      this.note('pca-full', undefined);
      this.update({ cloud: 'seeded', seed: (this.state.seed + 1) % (SEED_MAX + 1) });
    });
    dom.clear.addEventListener('click', () => {
      this.note('pca-full', undefined);
      this.editPoints([], 0);
    });
    dom.remove.addEventListener('click', () => this.removeSelected());

    dom.reveal.addEventListener('click', () => this.reveal());
    dom.again.addEventListener('click', () => {
      this.enterGuess();
      this.requireDom().handles.guess.focus();
    });
  }

  /** Widget messages, written only when they change (this runs every frame of a drag). */
  private note(key: string, message: string | undefined): void {
    if (this.notes.get(key) === message) return;
    this.notes.set(key, message);
    this.setMessage(key, message);
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
    const start = playStart(this.state.t);
    if (start !== this.state.t) this.update({ t: start });
    this.animateTo(LAST_T);
  }

  private animateTo(target: number): void {
    if (this.phase === 'guess') return;
    const t = approach(
      () => this.state.t,
      (v) => this.update({ t: v }),
      target,
      STAGE_SECONDS,
    );
    if (this.runMotion(t)) this.syncPlayButton();
  }

  // ---- predict-first ------------------------------------------------------------------------------

  private enterGuess(): void {
    this.phase = 'guess';
    this.result = undefined;
    this.guess = 0;
    this.stopAnimation();
    this.syncControls();
    this.invalidate();
  }

  private leavePredict(): void {
    this.phase = 'off';
    this.result = undefined;
  }

  private reveal(): void {
    if (this.phase !== 'guess') return;
    const s = this.state;
    if (s.mode === 'pca' && !this.analysis().ok) return;
    const answer = s.mode === 'svd' ? svdAnswer(this.factors()) : pcaAnswer(this.analysis());
    this.result = scoreDirection(this.guess, answer);
    this.phase = 'revealed';
    this.syncControls();
    this.invalidate();
    this.requireDom().again.focus();
    if (s.mode === 'svd') {
      this.update({ t: 0 });
      this.animateTo(LAST_T);
    }
  }

  // ---- DOM sync -----------------------------------------------------------------------------------

  private invalidate(): void {
    this.dirty = true;
    this.requestRender();
  }

  private requireDom(): SvdDom {
    if (!this.dom) throw new Error('<lumen-svd> is not built yet: add it to the document first.');
    return this.dom;
  }

  private placeHandles(view: View): void {
    this.handles.place(viewProjection(view));
  }

  /**
   * Brings every control in line with the state. Called on every change, so during an animation
   * every frame: it only writes what differs.
   */
  private syncControls(matrixChanged = false): void {
    const dom = this.dom;
    if (!dom) return;
    const s = this.state;
    const svd = s.mode === 'svd';
    const guessing = this.phase === 'guess';
    setValue(dom.mode, s.mode);
    dom.plot.classList.toggle('pca', !svd);
    setHidden(dom.modeRow, !s.controls);
    // Nothing of a cloud's formula can be shown before the guess without giving the axes away.
    setHidden(dom.formulaWrap, !s.formula || (!svd && guessing));
    setHidden(dom.svdPanel, !svd);
    setHidden(dom.pcaPanel, svd);

    // predict
    setHidden(dom.predict, this.phase === 'off');
    setText(dom.predictIntro, predictIntro(s.mode));
    // After a reveal only "Try again" is left to press: a greyed-out Reveal beside it is noise.
    setHidden(dom.reveal, !guessing);
    setHidden(dom.again, this.phase !== 'revealed');
    setText(dom.predictResult, this.result ? predictSentence(this.result, s.mode) : '');
    setDisabled(dom.reveal, !guessing || (!svd && !this.analysis().ok));
    setHidden(dom.handles.guess, !guessing);
    dom.handles.guess.setAttribute(
      'aria-label',
      `Your guess for the direction of the longest stretch: ${Number(this.guess.toFixed(1))}° from the x-axis`,
    );

    if (svd) this.syncSvd(dom, matrixChanged, guessing);
    else this.syncPca(dom, guessing);

    const points = this.points();
    setHidden(dom.handles.point, svd || guessing || points.length === 0);
    setHidden(dom.handles.cursor, svd || guessing);
    if (points.length) {
      const k = Math.min(this.selected, points.length - 1);
      const label = `Point ${k + 1} of ${points.length} at ${point(points[k] as Vec2)}`;
      if (dom.handles.point.getAttribute('aria-label') !== label)
        dom.handles.point.setAttribute('aria-label', label);
    }
    const cursorLabel = `Cross for adding points, at ${point(this.cursor)}`;
    if (dom.handles.cursor.getAttribute('aria-label') !== cursorLabel)
      dom.handles.cursor.setAttribute('aria-label', cursorLabel);

    const description = this.describe();
    if (dom.canvas.getAttribute('aria-label') !== description)
      dom.canvas.setAttribute('aria-label', description);
    this.syncPlayButton();
  }

  private syncSvd(dom: SvdDom, matrixChanged: boolean, guessing: boolean): void {
    const s = this.state;
    this.note('pca-points', undefined);
    const invalid = dom.matrix.getAttribute('aria-invalid') === 'true';
    if (this.shadowRoot?.activeElement !== dom.matrix && (matrixChanged || !invalid)) {
      setValue(dom.matrix, matrixText(s.matrix));
      if (invalid) this.setMatrixError(undefined);
    }
    setHidden(dom.matrixField, !s.controls);
    // While the learner guesses, the factors' angles would give the answer away.
    setHidden(dom.timeRow, !s.controls || guessing);
    setHidden(dom.stageList, guessing);
    const f = this.factors();
    const t = guessing ? 0 : s.t;
    const stage = stageOf(t);
    const labels = stageLabels(f);
    dom.stages.forEach((li, k) => {
      const n = k + 1;
      setText(li, labels[k] as string);
      const current = stage === n;
      if (current) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
      li.classList.toggle('done', stage > n || (current && stageProgress(t, stage) >= 1));
    });
    setText(
      dom.caption,
      guessing ? 'Make your guess first: the factors are revealed after it.' : stageCaption(t),
    );
    setHidden(dom.readoutSigma, guessing);
    setHidden(dom.readoutArea, guessing);
    setText(
      dom.readoutSigma,
      f ? sigmaSentence(f) : 'The singular value decomposition of this matrix could not be computed.',
    );
    setText(dom.readoutArea, f ? areaSentence(s.matrix, f) : '');
    setDisabled(dom.previous, guessing || s.t <= 0);
    setDisabled(dom.next, guessing || s.t >= LAST_T);
    setDisabled(dom.play, guessing);
    setDisabled(dom.t, guessing);
  }

  private syncPca(dom: SvdDom, guessing: boolean): void {
    const s = this.state;
    const a = this.analysis();
    this.note('pca-points', cloudProblem(a));
    setHidden(dom.cloudControls, !s.controls);
    if (dom.projection.checked !== s.projection) dom.projection.checked = s.projection;
    setDisabled(dom.remove, guessing || this.points().length === 0);
    setDisabled(dom.clear, guessing);
    setDisabled(dom.newCloud, guessing);
    const show = a.ok && !guessing;
    setHidden(dom.bars, !show);
    setHidden(dom.readoutLink, !show);
    setText(
      dom.readoutExplained,
      guessing ? 'Make your guess first: the axes are revealed after it.' : explainedSentence(a),
    );
    setText(dom.readoutLink, linkSentence(a));
    for (const k of [0, 1] as const) {
      const share = a.ok ? Math.min(1, Math.max(0, a.pca.explained[k])) : 0;
      const width = `${(share * 100).toFixed(2)}%`;
      if (dom.barFills[k].style.width !== width) dom.barFills[k].style.width = width;
      setText(dom.barValues[k], a.ok ? percent(a.pca.explained[k]) : '');
    }
  }

  private syncPlayButton(): void {
    const dom = this.dom;
    if (!dom) return;
    const label = this.animating ? 'Pause' : this.state.t >= LAST_T ? 'Replay' : 'Play';
    setText(dom.play, label);
    setValue(dom.t, String(this.state.t));
  }

  private syncFormula(palette: Palette): void {
    const dom = this.requireDom();
    const s = this.state;
    if (!s.formula) return;
    const colors = { i: texColor(palette.i, PALETTES.light.i), j: texColor(palette.j, PALETTES.light.j) };
    const guessing = this.phase === 'guess';
    let tex: (narrow: boolean) => string;
    let words: string;
    if (s.mode === 'svd') {
      // While the learner guesses, the factors would give the answer away: only A is shown.
      const f = guessing ? undefined : this.factors();
      tex = (narrow) => svdTex(s.matrix, f, colors, narrow);
      const [a, b, c, d] = s.matrix.map(fmt);
      words = `A has rows ${a} ${b} and ${c} ${d}.` + (f ? ` A = U Σ Vᵀ. ${sigmaSentence(f)}` : '');
    } else {
      const a = this.analysis();
      tex = (narrow) => pcaTex(a, colors, narrow);
      words = `${explainedSentence(a)} ${linkSentence(a)}`;
    }
    const wide = tex(false);
    const narrow = tex(true);
    if (wide + narrow === this.formulaTex) return;
    this.formulaTex = wide + narrow;
    dom.formulaText.textContent = words;
    // If the formula library cannot be fetched (offline, blocked), the words stand in for it.
    for (const [node, t] of [
      [dom.formulaWide, wide],
      [dom.formulaNarrow, narrow],
    ] as const)
      renderTex(node, t, { displayMode: true }).catch(() => setText(node, words));
  }
}

defineOnce('lumen-svd', LumenSvd);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-svd': LumenSvd;
  }
}

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
import { KATEX_SHADOW_CSS, ensureKatexFonts } from '../../ui/katex-shadow';
import type { Vec2 } from '../../math/mat2';
import { parseMatrix2 } from '../../math/matrix-text';
import { SVD_PROPS, type SvdState } from './props';
import {
  LAST_T,
  PCA_MIN_EXTENT,
  SVD_MIN_EXTENT,
  STAGE_SECONDS,
  addPoint,
  analyseCloud,
  decompositionOf,
  dialKey,
  factorsOf,
  movePointAt,
  nextStop,
  nudge,
  pcaAnswer,
  pcaKeep,
  playStart,
  previousStop,
  questionChanged,
  removePointAt,
  scoreDirection,
  seededCloud,
  shownMatrix,
  snapPoint,
  svdAnswer,
  svdKeep,
  type CloudAnalysis,
  type Decomposition,
  type DirectionPrediction,
} from './model';
import { dialTip, type Dial } from './draw';
import { drawPca, drawSvd } from './view';
import { pcaFormula, svdFormula } from './formula';
import {
  cloudProblem,
  describePca,
  describeSvd,
  guessDescription,
  matrixText,
  point,
  predictIntro,
  predictSentence,
} from './words';
import { buildSvdDom, type SvdDom } from './dom';
import { syncPcaPanel, syncSvdPanel } from './panel';
import { SVD_CSS } from './svd.css';
import { fitExtent, makeView, toPixel, type View } from '../../render/view2d';
import { approach } from '../../render/tween';
import { CanvasSurface } from '../../render/canvas-surface';
import { Handles, viewProjection } from '../../ui/handles';
import { FormulaView, texPalette } from '../../ui/formula-view';
import { PredictFlow } from '../../ui/predict-flow';
import { ActionBar } from '../../ui/action-bar';
import { bindCheckbox, bindRange, bindSelect, bindTypedField } from '../../ui/bind';
import { memo } from '../../ui/memo';
import { setText, setHidden, setDisabled } from '../../ui/dom';
import type { Palette } from '../../ui/tokens';

const SEED_MAX = 999999;
const MODE_NAMES = { svd: 'SVD of a matrix', pca: 'PCA of a point cloud' } as const;

export type { Decomposition };

export class LumenSvd extends LumenElement<typeof SVD_PROPS, SvdDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(SVD_PROPS);
  }

  private surface!: CanvasSurface;
  private formula!: FormulaView;
  private flow!: PredictFlow<DirectionPrediction>;
  /** The time t when the question was asked: what Try again puts back. */
  private tAsked: number | undefined;
  private handles!: Handles;
  /** The dial's direction in degrees while the learner guesses. */
  private guess = 0;
  private selected = 0;
  private cursor: Vec2 = [0, 0];
  private readonly notes = new Map<string, string | undefined>();
  private readonly factors = memo(factorsOf, () => [this.s.matrix] as const);
  private readonly seeded = memo(
    (seed: number, n: number, spread1: number, spread2: number, angle: number) =>
      seededCloud({ seed, n, spread1, spread2, angle }),
    () => [this.s.seed, this.s.n, this.s.spread1, this.s.spread2, this.s.angle] as const,
  );
  private readonly analysis = memo(analyseCloud, () => [this.points()] as const);

  constructor() {
    super(SVD_PROPS, SVD_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The decomposition shown: U, σ, Vᵀ (svd), or the PCA numbers; undefined with too few points. */
  get decomposition(): Decomposition | undefined {
    return decompositionOf(this.s.mode, this.factors(), this.analysis());
  }

  /** The points of the cloud on screen (seeded or hand-placed). */
  get cloudPoints(): Vec2[] {
    return this.points().map((p) => [p[0], p[1]]);
  }

  /** After Reveal in predict mode: the guessed and true lines (degrees) and the gap; else undefined. */
  get prediction(): DirectionPrediction | undefined {
    const r = this.flow?.result;
    return r && { ...r };
  }

  /** Client (viewport) pixel coordinates of the plane point `p`, as currently drawn. */
  plotToClient(p: Vec2): { x: number; y: number } {
    const rect = this.dom.canvas.getBoundingClientRect();
    const [x, y] = toPixel(this.currentView(rect.width, rect.height), p);
    return { x: rect.left + x, y: rect.top + y };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected override createDom(): SvdDom {
    ensureKatexFonts(document);
    return buildSvdDom();
  }

  protected build(): void {
    const dom = this.dom;
    this.surface = this.use(
      new CanvasSurface(dom.canvas, { box: dom.plot, onResize: () => this.requestRender() }),
    );
    // The one-line product A = U Σ Vᵀ needs about 25em; a slimmer column gets the factors stacked.
    this.formula = this.use(
      new FormulaView({ tex: dom.formula, text: dom.formulaText, box: dom.formulaWrap, narrowEm: 25 }),
    );
    this.wireHandles(dom);
    // On a phone the guess and Back / Play / Next sit right under the plot, not below the formula.
    this.use(new ActionBar(this, dom.plot, [dom.predict, dom.timeRow]));
    this.flow = this.use(
      new PredictFlow<DirectionPrediction>(
        this.host,
        { ...dom, fields: () => [] },
        {
          score: () => this.score(),
          sentence: (r) => predictSentence(r, this.s.mode),
          newQuestion: (previous, source) =>
            previous.mode !== this.s.mode ||
            (source !== 'user' && questionChanged(previous as SvdState, this.s)),
          changed: () => {
            if (this.flow.guessing) {
              this.guess = 0;
              this.stopAnimation();
            }
            this.syncControls();
          },
          revealed: () => {
            this.tAsked = this.s.t;
            if (this.s.mode === 'svd') this.replay();
          },
          // Try again: the picture the question was asked over, not a replay stopped halfway.
          reopened: () => {
            this.stopAnimation();
            if (this.tAsked !== undefined) this.update({ t: this.tAsked });
            this.tAsked = undefined;
          },
        },
      ),
    );
    // Again hands the focus to the dial (the flow's guess has no text field).
    dom.again.addEventListener('click', () => dom.handles.guess.focus());
    bindSelect(this.host, dom.mode, 'mode', { label: (m: keyof typeof MODE_NAMES) => MODE_NAMES[m] });
    bindTypedField(this.host, dom.matrix, 'matrix', {
      error: dom.matrixError,
      parse: parseMatrix2,
      format: matrixText,
      reject: (e) => `Could not read that matrix: ${e}. The matrix was not changed.`,
    });
    // Scrubbing takes over from a running animation.
    for (const type of ['input', 'keydown'] as const)
      dom.t.addEventListener(type, (e) => {
        if (!(e instanceof KeyboardEvent) || /^(Arrow|Page|Home|End)/.test(e.key)) this.stopAnimation();
      });
    bindRange(this.host, dom.t, 't', { step: 0.1 });
    bindCheckbox(this.host, dom.projection, 'projection');
    this.wireButtons(dom);
    this.syncControls();
  }

  protected override stateChanged(previous: Readonly<SvdState>, source: Source | 'user'): void {
    const s = this.s;
    if (
      previous.mode !== s.mode ||
      (source !== 'user' && (previous.t !== s.t || previous.matrix !== s.matrix))
    )
      this.stopAnimation();
    // A lesson step that poses a new question while the learner guesses turns the dial back.
    if (this.flow.guessing && source !== 'user' && questionChanged(previous, this.s)) this.guess = 0;
    if (source === 'user' && previous.matrix !== s.matrix) {
      this.stopAnimation();
      // A new matrix starts from the circle, so the learner sees its three factors in turn.
      if (!this.flow.guessing) this.replay();
    }
    this.syncControls();
  }

  protected describe(): string {
    const s = this.s;
    if (this.flow?.guessing) return guessDescription(s.mode, this.guess);
    const main =
      s.mode === 'svd'
        ? describeSvd({ matrix: s.matrix, factors: this.factors(), t: s.t })
        : describePca(this.analysis(), s.projection);
    const r = this.flow?.result;
    return r ? `${predictSentence(r, s.mode)} ${main}` : main;
  }

  protected render(): void {
    const palette = this.palette;
    if (this.s.formula) this.showFormula(palette);
    this.syncPlayButton();
    const f = this.surface.frame(palette);
    if (!f) return;
    const s = this.s;
    const view = this.currentView(f.width, f.height);
    const guessing = this.flow.guessing;
    const frame = { view, colors: palette, lineScale: f.lineScale, fontPx: f.fontPx };
    const dial = this.flow.phase === 'off' ? undefined : this.dial();
    if (s.mode === 'svd') {
      const factors = this.factors();
      const t = guessing ? 0 : s.t;
      drawSvd(f.ctx, {
        ...frame,
        matrix: s.matrix,
        factors,
        shown: factors ? shownMatrix(factors, t) : s.matrix,
        t,
        guessing,
        dial,
      });
    } else {
      drawPca(f.ctx, {
        ...frame,
        points: this.points(),
        analysis: this.analysis(),
        projection: s.projection,
        guessing,
        dial,
      });
    }
    this.handles.place(viewProjection(view));
  }

  // ---- numbers ------------------------------------------------------------------------------------

  /** The cloud on screen: the hand-placed points, or the seeded cloud (drawn once per shape). */
  private points(): readonly Vec2[] {
    return this.s.cloud === 'hand' ? this.s.points : this.seeded();
  }

  private score(): DirectionPrediction | string {
    if (this.s.mode === 'svd') return scoreDirection(this.guess, svdAnswer(this.factors()));
    const a: CloudAnalysis = this.analysis();
    return a.ok ? scoreDirection(this.guess, pcaAnswer(a)) : (cloudProblem(a) ?? 'The cloud has no axes.');
  }

  private dial(): Dial {
    const a = this.analysis();
    const centre: Vec2 = this.s.mode === 'pca' && a.ok ? a.pca.mean : [0, 0];
    return { centre, degrees: this.guess };
  }

  private currentView(width: number, height: number): View {
    const frozen = this.handles.frozen;
    if (frozen) return makeView(width, height, frozen.view.extent);
    const side = Math.min(width, height);
    const keep =
      this.s.mode === 'svd'
        ? fitExtent(SVD_MIN_EXTENT, svdKeep(this.factors(), this.s.t), side)
        : fitExtent(PCA_MIN_EXTENT, [...pcaKeep(this.points(), this.analysis()), this.cursor], side);
    return makeView(width, height, keep);
  }

  // ---- editing the cloud --------------------------------------------------------------------------

  /** Any edit turns the cloud on screen into hand-placed points (a seeded cloud is copied first). */
  private editPoints(next: readonly Vec2[], selected: number): void {
    this.selected = Math.max(0, Math.min(selected, next.length - 1));
    if (this.s.cloud === 'hand' && next === this.s.points) return;
    this.update({ cloud: 'hand', points: next });
    this.requestRender();
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
    const editing = (): boolean => this.s.mode === 'pca' && !this.flow.guessing;
    const h = (this.handles = this.use(
      new Handles(dom.plot, {
        box: dom.canvas,
        freeze: true,
        projection: () => viewProjection(viewNow()),
        miss: (p) => editing() && this.addAt(snapPoint(p)),
      }),
    ));
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
      drop: () => this.requestRender(),
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
      },
      key: (e) => (e.key === 'Enter' || e.key === ' ') && (this.addAt(this.cursor), true),
    });

    h.add(dom.handles.guess, {
      enabled: () => this.flow.guessing,
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
      drop: () => this.requestRender(),
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
  }

  private turnDial(degrees: number): void {
    if (!this.flow.guessing) return;
    const d = scoreDirection(degrees, undefined).guess;
    if (d === this.guess) return;
    this.guess = d;
    this.syncControls();
  }

  // ---- buttons and playing ------------------------------------------------------------------------

  private wireButtons(dom: SvdDom): void {
    dom.play.addEventListener('click', () => this.play());
    dom.next.addEventListener('click', () => this.animateTo(nextStop(this.s.t)));
    dom.previous.addEventListener('click', () => this.animateTo(previousStop(this.s.t)));
    dom.newCloud.addEventListener('click', () => {
      this.note('pca-full', undefined);
      this.update({ cloud: 'seeded', seed: (this.s.seed + 1) % (SEED_MAX + 1) });
    });
    dom.clear.addEventListener('click', () => {
      this.note('pca-full', undefined);
      this.editPoints([], 0);
    });
    dom.remove.addEventListener('click', () => this.removeSelected());
  }

  /** Widget messages, written only when they change (this runs every frame of a drag). */
  private note(key: string, message: string | undefined): void {
    if (this.notes.get(key) === message) return;
    this.notes.set(key, message);
    this.setMessage(key, message);
  }

  private play(): void {
    if (this.flow.guessing) return;
    if (this.animating) {
      this.stopAnimation();
      this.syncPlayButton();
      return;
    }
    const start = playStart(this.s.t);
    if (start !== this.s.t) this.update({ t: start });
    this.animateTo(LAST_T);
  }

  /** From the circle to A again, one factor at a time. */
  private replay(): void {
    this.update({ t: 0 });
    this.animateTo(LAST_T);
  }

  private animateTo(target: number): void {
    if (this.flow.guessing) return;
    const t = approach(
      () => this.s.t,
      (v) => this.update({ t: v }),
      target,
      STAGE_SECONDS,
    );
    if (this.runMotion(t)) this.syncPlayButton();
  }

  // ---- what the bound controls do not cover -------------------------------------------------------

  /**
   * Brings the rest of the panel in line with the state. Called on every change, so during an
   * animation every frame: it only writes what differs.
   */
  private syncControls(): void {
    const dom = this.dom;
    const s = this.s;
    const svd = s.mode === 'svd';
    const guessing = this.flow.guessing;
    dom.plot.classList.toggle('pca', !svd);
    setHidden(dom.modeRow, !s.controls);
    // Nothing of a cloud's formula can be shown before the guess without giving the axes away.
    setHidden(dom.formulaWrap, !s.formula || (!svd && guessing));
    setHidden(dom.svdPanel, !svd);
    // On a phone the time row sits under the plot, outside the panel (ActionBar): hide it with it.
    if (!svd) setHidden(dom.timeRow, true);
    setHidden(dom.pcaPanel, svd);

    setText(dom.predictIntro, predictIntro(s.mode));
    setDisabled(dom.reveal, !guessing || (!svd && !this.analysis().ok));
    setHidden(dom.handles.guess, !guessing);
    setLabel(
      dom.handles.guess,
      `Your guess for the direction of the longest stretch: ${Number(this.guess.toFixed(1))}° from the x-axis`,
    );

    if (svd) {
      this.note('pca-points', undefined);
      syncSvdPanel(dom, s, this.factors(), guessing);
    } else {
      this.note('pca-points', cloudProblem(this.analysis()));
      syncPcaPanel(dom, s.controls, this.analysis(), guessing, this.points().length);
    }

    const points = this.points();
    setHidden(dom.handles.point, svd || guessing || points.length === 0);
    setHidden(dom.handles.cursor, svd || guessing);
    if (points.length) {
      const k = Math.min(this.selected, points.length - 1);
      setLabel(dom.handles.point, `Point ${k + 1} of ${points.length} at ${point(points[k] as Vec2)}`);
    }
    setLabel(dom.handles.cursor, `Cross for adding points, at ${point(this.cursor)}`);
    setLabel(dom.canvas, this.describe());
    this.syncPlayButton();
    this.requestRender();
  }

  private syncPlayButton(): void {
    setText(this.dom.play, this.animating ? 'Pause' : this.s.t >= LAST_T ? 'Replay' : 'Play');
  }

  private showFormula(palette: Palette): void {
    const tp = texPalette(palette);
    const colors = { i: tp.i, j: tp.j };
    const { tex, words } =
      this.s.mode === 'svd'
        ? // While the learner guesses, the factors would give the answer away: only A is shown.
          svdFormula(this.s.matrix, this.flow.guessing ? undefined : this.factors(), colors)
        : pcaFormula(this.analysis(), colors);
    this.formula.show(tex, words);
  }
}

function setLabel(node: Element, label: string): void {
  if (node.getAttribute('aria-label') !== label) node.setAttribute('aria-label', label);
}

defineOnce('lumen-svd', LumenSvd);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-svd': LumenSvd;
  }
}

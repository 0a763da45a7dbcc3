/**
 * `<lumen-regression>`: least squares is a projection. The learner's points (the shared data
 * editor: add, drag, delete, paste CSV, presets), the least-squares line with its residuals drawn
 * as squares whose total area is n × MSE, gradient descent stepping towards the same line on the
 * loss contours over (w, b) (the shared run controller: Play, ±1, Rewind), a polynomial of degree
 * 1-9 with a held-out share (training vs test error), and readouts w, b, MSE, R².
 *
 * The element wires things together: numbers from `model.ts` (and `src/math/ml`), pixels from
 * `view.ts`, sentences from `words.ts`, TeX from `formula.ts`.
 *
 * @example
 * <lumen-regression points="0 1; 1 1.8; 2 3.5; 3 3.1" rate="0.05" iteration="20"></lumen-regression>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import { KATEX_SHADOW_CSS, ensureKatexFonts } from '../../ui/katex-shadow';
import { FormulaView } from '../../ui/formula-view';
import { PALETTES } from '../../ui/tokens';
import { texColor } from '../../ui/tex-format';
import { setText, setValue } from '../../ui/dom';
import { DataEditor } from '../../ui/data-editor/editor';
import { RunController } from '../../ui/run-controller';
import { extentOf } from '../../math/ml/points';
import { polyValue } from '../../math/ml/poly';
import { formatNumber } from '../../math/number-text';
import { CanvasSurface } from '../../render/canvas-surface';
import { DataPlot } from '../../render/data-plot';
import { dataToPx, plotFrame } from '../../render/scale';
import { columnSpace, type ColumnSpace } from '../../math/ml/column-space';
import { ColumnSpacePanel } from './column-space-panel';
import { REGRESSION_PROPS, MAX_ITERATION, type RegressionState } from './props';
import { RegressionModel, lossBox, type Analysis } from './model';
import { drawData, drawLoss } from './view';
import { regressionTex, regressionWords } from './formula';
import { describe, descentLine, exactLine, splitLine } from './words';
import { buildRegressionDom, type RegressionDom } from './dom';
import { REGRESSION_CSS } from './regression.css';

/** The unrounded numbers on screen, for scripts and tests. */
export interface RegressionNumbers {
  readonly w: number | undefined;
  readonly b: number | undefined;
  readonly mse: number | undefined;
  readonly r2: number | undefined;
  readonly descent: { readonly w: number; readonly b: number; readonly loss: number };
  readonly trainMse: number | undefined;
  readonly testMse: number | undefined;
}

export class LumenRegression extends LumenElement<typeof REGRESSION_PROPS, RegressionDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(REGRESSION_PROPS);
  }

  private readonly model = new RegressionModel();
  private editor!: DataEditor;
  private run!: RunController;
  private plot!: DataPlot;
  private loss!: CanvasSurface;
  private space!: ColumnSpacePanel;
  private formulaTex = '';
  private formula!: FormulaView;

  constructor() {
    super(REGRESSION_PROPS, REGRESSION_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  get numbers(): RegressionNumbers {
    const a = this.analysis();
    return {
      w: a.fit.ok ? a.fit.w : undefined,
      b: a.fit.ok ? a.fit.b : undefined,
      mse: a.mse,
      r2: a.r2,
      descent: { ...a.descent },
      trainMse: a.split?.trainMse,
      testMse: a.split?.testMse,
    };
  }

  /**
   * The picture in 3D (attribute `projection`, exactly three points): y, its projection ŷ and the
   * residual r, or why there is none; `view` is the camera's turn and tilt in radians.
   */
  get projection(): ColumnSpace & { readonly view: { yaw: number; pitch: number } } {
    return { ...columnSpace(this.s.points), view: { ...this.space.view } };
  }

  /** Loads a data set by its preset id (as the menu does). */
  loadPreset(id: string): Promise<void> {
    return this.editor.loadPreset(id);
  }

  /** Client (viewport) pixel of the data point (x, y), as currently drawn. */
  dataToClient(p: { x: number; y: number }): { x: number; y: number } {
    const r = this.dom.plot.getBoundingClientRect();
    const q = dataToPx(this.plot.frame(), p.x, p.y);
    return { x: r.left + q.x, y: r.top + q.y };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected override createDom(): RegressionDom {
    ensureKatexFonts(document);
    return buildRegressionDom();
  }

  protected build(): void {
    const dom = this.dom;
    const onResize = (): void => this.requestRender();
    this.plot = this.use(
      new DataPlot({
        canvas: dom.canvas,
        box: dom.plot,
        extent: () =>
          this.s.points.length ? extentOf(this.s.points) : { xMin: -5, xMax: 5, yMin: -5, yMax: 5 },
        fit: () => ({ equal: true, pad: 0.12 }),
        holding: () => this.editor?.dragging ?? false,
        onResize,
      }),
    );
    this.loss = this.use(new CanvasSurface(dom.lossCanvas, { onResize }));
    // The live formula never scrolls sideways: FormulaView breaks or shrinks one that is too wide.
    this.formula = this.use(new FormulaView({ tex: dom.formula }));
    this.editor = this.use(
      new DataEditor({
        surface: dom.plot,
        dom: dom.editor,
        ...this.plot.editorMap,
        points: () => this.s.points,
        setPoints: (points) => this.update({ points }),
        setMessage: (key, text) => this.setMessage(`editor-${key}`, text),
        classes: () => 1,
        redraw: () => this.requestRender(),
      }),
    );
    this.space = this.use(new ColumnSpacePanel(dom.space, () => this.requestRender()));
    this.run = this.use(
      new RunController({
        dom: dom.run,
        iteration: () => this.s.iteration,
        setIteration: (k) => this.update({ iteration: k }),
        speed: () => this.s.speed,
        setSpeed: (v) => this.update({ speed: v }),
        limit: () => MAX_ITERATION,
        done: (k) => this.model.done(this.s, k),
      }),
    );
    dom.rate.addEventListener('input', () =>
      this.update({ rate: Number(Math.pow(10, Number(dom.rate.value)).toPrecision(2)) }),
    );
    dom.degree.addEventListener('input', () => this.update({ degree: Number(dom.degree.value) }));
    dom.holdout.addEventListener('change', () => this.update({ holdout: Number(dom.holdout.value) }));
    dom.squares.addEventListener('change', () => {
      const v = dom.squares.value;
      if (v === 'exact' || v === 'descent' || v === 'none') this.update({ squares: v });
    });
    this.syncControls();
  }

  protected override stateChanged(previous: Readonly<RegressionState>): void {
    const s = this.s;
    // New data, a new rate or a new start is a new run: it starts again from step 0.
    if (
      (previous.points !== s.points ||
        previous.rate !== s.rate ||
        previous.w0 !== s.w0 ||
        previous.b0 !== s.b0) &&
      previous.iteration === s.iteration &&
      s.iteration !== 0
    ) {
      this.run.pause();
      this.update({ iteration: 0 });
    }
    this.syncControls();
  }

  protected describe(): string {
    return describe(this.analysis(), this.s);
  }

  protected render(): void {
    const dom = this.dom;
    const s = this.s;
    const a = this.analysis();
    const palette = this.palette;
    this.syncReadouts(a);
    this.syncFormula(a);
    const plot = this.plot.draw(palette);
    if (plot) {
      const { surface, frame } = plot;
      const split = a.split;
      const poly = split?.result.ok ? split.result.fit : undefined;
      const squaresOf =
        s.squares === 'none'
          ? undefined
          : s.squares === 'descent'
            ? (x: number): number => a.descent.w * x + a.descent.b
            : poly
              ? (x: number): number => polyValue(poly, x)
              : a.fit.ok
                ? (
                    (fit) =>
                    (x: number): number =>
                      fit.w * x + fit.b
                  )(a.fit)
                : undefined;
      drawData(
        surface.ctx,
        frame,
        { ...surface, palette },
        {
          points: a.points,
          squaresOf,
          exact: a.fit.ok ? a.fit : undefined,
          descent: a.diverged ? undefined : a.descent,
          poly,
          hollow: split?.test,
        },
      );
      this.editor.place();
    }
    this.space.render(s.projection, columnSpace(a.points), palette);
    dom.lossPlot.hidden = !s.contour;
    const loss = s.contour ? this.loss.frame(palette) : undefined;
    if (loss) {
      const lf = plotFrame(lossBox(a, { w: s.w0, b: s.b0 }), loss.width, loss.height, { pad: 0 });
      drawLoss(
        loss.ctx,
        lf,
        { ...loss, palette },
        {
          grid: this.model.surface(s, lf.box),
          exact: a.fit.ok ? a.fit : undefined,
          path: a.path,
        },
      );
    }
  }

  // ---- internals ----------------------------------------------------------------------------------

  private analysis(): Analysis {
    return this.model.analyse(this.s);
  }

  private syncControls(): void {
    const d = this.dom;
    const s = this.s;
    setValue(d.rate, String(Math.log10(s.rate)));
    setText(d.rateValue, formatNumber(s.rate));
    setValue(d.degree, String(s.degree));
    setText(d.degreeValue, String(s.degree));
    const h = String(s.holdout);
    if (![...d.holdout.options].some((o) => o.value === h))
      d.holdout.append(new Option(`${Math.round(s.holdout * 100)} %`, h));
    setValue(d.holdout, h);
    setValue(d.squares, s.squares);
    d.controls.hidden = !s.controls;
    d.formula.hidden = !s.formula;
  }

  private syncReadouts(a: Analysis): void {
    const d = this.dom;
    setText(d.readExact, exactLine(a));
    setText(d.readDescent, descentLine(a, this.s));
    setText(d.readSplit, splitLine(a, this.s));
  }

  private syncFormula(a: Analysis): void {
    const p = this.palette;
    const L = PALETTES.light;
    const tex = regressionTex(a, this.s, {
      model: texColor(p.model, L.model),
      data: texColor(p.data, L.data),
      error: texColor(p.error, L.error),
      gradient: texColor(p.gradient, L.gradient),
    });
    if (!this.s.formula || tex === this.formulaTex) return;
    this.formulaTex = tex;
    const words = regressionWords(a);
    this.dom.formula.setAttribute('aria-label', words);
    this.formula.show(tex, words);
  }
}

defineOnce('lumen-regression', LumenRegression);

/**
 * `<lumen-logistic>`: a sigmoid of a line, fitted by following the log-loss downhill. Two classes
 * in 2D (the shared data editor: add, Shift-add the other class, drag, delete, paste CSV, presets)
 * with the probability of class 1 as shading and the 0.5 boundary moving step by step (the shared
 * run controller), or one feature under the sigmoid (`mode="1d"`, points "x class"); the log-loss
 * by step; L2; the fit to convergence (Newton) with its coefficients, and the separable case,
 * where no fit exists and the weights grow without bound, shown and explained.
 *
 * @example
 * <lumen-logistic mode="1d" points="-2 0; -1 0; 0 1; 1 0; 2 1; 3 1" iteration="50"></lumen-logistic>
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
import { formatNumber } from '../../math/number-text';
import { CanvasSurface } from '../../render/canvas-surface';
import { DataPlot } from '../../render/data-plot';
import { dataToPx, niceStepAtLeast, plotFrame, type DataBox } from '../../render/scale';
import { LOGISTIC_PROPS, MAX_ITERATION, type LogisticState } from './props';
import { LogisticModel, type Analysis } from './model';
import { drawLine, drawLosses, drawPlane } from './view';
import { logisticTex, logisticWords } from './formula';
import { describe, descentLine, fitLine, separableLine } from './words';
import { buildLogisticDom, type LogisticDom } from './dom';
import { LOGISTIC_CSS } from './logistic.css';

/** The unrounded numbers on screen, for scripts and tests. */
export interface LogisticNumbers {
  readonly w: readonly number[];
  readonly b: number;
  readonly loss: number;
  readonly accuracy: number;
  readonly separating: boolean;
  readonly fit: { kind: string; w?: readonly number[]; b?: number; loss?: number };
}

export class LumenLogistic extends LumenElement<typeof LOGISTIC_PROPS, LogisticDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(LOGISTIC_PROPS);
  }

  private readonly model = new LogisticModel();
  private editor!: DataEditor;
  private run!: RunController;
  private plot!: DataPlot;
  private loss!: CanvasSurface;
  private formulaTex = '';
  private formula!: FormulaView;

  constructor() {
    super(LOGISTIC_PROPS, LOGISTIC_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  get numbers(): LogisticNumbers {
    const a = this.analysis();
    const f = a.fit;
    return {
      w: [...a.step.params.w],
      b: a.step.params.b,
      loss: a.step.loss,
      accuracy: a.accuracy,
      separating: a.separating,
      fit:
        f.kind === 'failed'
          ? { kind: f.kind }
          : { kind: f.kind, w: [...f.params.w], b: f.params.b, loss: f.loss },
    };
  }

  loadPreset(id: string): Promise<void> {
    return this.editor.loadPreset(id);
  }

  dataToClient(p: { x: number; y: number }): { x: number; y: number } {
    const r = this.dom.plot.getBoundingClientRect();
    const q = dataToPx(this.plot.frame(), p.x, p.y);
    return { x: r.left + q.x, y: r.top + q.y };
  }

  protected override createDom(): LogisticDom {
    ensureKatexFonts(document);
    return buildLogisticDom();
  }

  protected build(): void {
    const dom = this.dom;
    // The live formula never scrolls sideways: FormulaView breaks or shrinks one that is too wide.
    this.formula = this.use(new FormulaView({ tex: dom.formula }));
    const onResize = (): void => this.requestRender();
    this.plot = this.use(
      new DataPlot({
        canvas: dom.canvas,
        box: dom.plot,
        extent: () => this.extent(),
        fit: () => ({ equal: this.s.mode === '2d', pad: this.s.mode === '1d' ? 0.05 : 0.12 }),
        holding: () => this.editor?.dragging ?? false,
        onResize,
      }),
    );
    this.loss = this.use(new CanvasSurface(dom.lossCanvas, { onResize }));
    this.editor = this.use(
      new DataEditor({
        surface: dom.plot,
        dom: dom.editor,
        ...this.plot.editorMap,
        points: () => this.s.points,
        setPoints: (points) => this.update({ points }),
        setMessage: (key, text) => this.setMessage(`editor-${key}`, text),
        classes: () => (this.s.mode === '1d' ? 1 : 2),
        oneD: () => this.s.mode === '1d',
        redraw: () => this.requestRender(),
      }),
    );
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
    dom.l2.addEventListener('change', () => this.update({ l2: Number(dom.l2.value) }));
    dom.fit.addEventListener('click', () => this.update({ converged: !this.s.converged }));
    this.syncControls();
  }

  protected override stateChanged(previous: Readonly<LogisticState>): void {
    const s = this.s;
    // New data, mode, rate or L2 is a new run: it starts again from step 0.
    if (
      (previous.points !== s.points ||
        previous.rate !== s.rate ||
        previous.l2 !== s.l2 ||
        previous.mode !== s.mode) &&
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
    setText(dom.readDescent, descentLine(a, s));
    setText(dom.readSeparable, separableLine(a, s));
    setText(dom.readFit, s.converged ? fitLine(a, s) : '');
    this.syncFormula(a);
    const fitted = s.converged && a.fit.kind !== 'failed' ? a.fit.params : undefined;
    const plot = this.plot.draw(palette);
    if (plot) {
      const { surface, frame } = plot;
      const draw = s.mode === '1d' ? drawLine : drawPlane;
      draw(surface.ctx, frame, { ...surface, palette }, s.points, a.step.params, fitted);
      this.editor.place();
    }
    const loss = this.loss.frame(palette);
    if (loss) {
      const top = Math.max(...a.losses.filter(Number.isFinite), 0.1);
      const span = Math.max(10, niceStepAtLeast(Math.max(s.iteration, 1) * 1.05));
      const lf = plotFrame({ xMin: 0, xMax: span, yMin: 0, yMax: top }, loss.width, loss.height, {
        pad: 0.04,
      });
      const converged = fitted && a.fit.kind === 'converged' ? a.fit.loss : undefined;
      drawLosses(loss.ctx, lf, { ...loss, palette }, a.losses, converged);
    }
  }

  private analysis(): Analysis {
    return this.model.analyse(this.s);
  }

  /** The box the data needs: in 1D the rails 0 and 1 of the classes. */
  private extent(): DataBox {
    const pts = this.s.points;
    const e = pts.length ? extentOf(pts) : { xMin: -3, xMax: 3, yMin: -3, yMax: 3 };
    return this.s.mode === '1d' ? { xMin: e.xMin, xMax: e.xMax, yMin: -0.1, yMax: 1.1 } : e;
  }

  private syncControls(): void {
    const d = this.dom;
    const s = this.s;
    setValue(d.rate, String(Math.log10(s.rate)));
    setText(d.rateValue, formatNumber(s.rate));
    const l2 = String(s.l2);
    if (![...d.l2.options].some((o) => o.value === l2)) d.l2.append(new Option(l2, l2));
    setValue(d.l2, l2);
    d.fit.setAttribute('aria-pressed', String(s.converged));
    d.controls.hidden = !s.controls;
    d.formula.hidden = !s.formula;
  }

  private syncFormula(a: Analysis): void {
    const p = this.palette;
    const L = PALETTES.light;
    const tex = logisticTex(a, this.s, {
      model: texColor(p.model, L.model),
      data: texColor(p.data, L.data),
      error: texColor(p.error, L.error),
    });
    if (!this.s.formula || tex === this.formulaTex) return;
    this.formulaTex = tex;
    const words = logisticWords(a);
    this.dom.formula.setAttribute('aria-label', words);
    this.formula.show(tex, words);
  }
}

defineOnce('lumen-logistic', LumenLogistic);

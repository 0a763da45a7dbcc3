/**
 * `<lumen-graph>`: the computation graph of a program the learner types. Step the forward pass
 * node by node, then the backward pass node by node (or run it all); every node shows its value
 * and, once the backward pass reaches it, its gradient; the formula panel writes out the chain
 * rule of the selected node with numbers; "Check gradients" compares each input's gradient with a
 * central finite difference. In predict mode the learner guesses one gradient before the backward
 * pass may run.
 *
 * Besides its settings, `el.state` carries what the run has computed so far (read-only):
 * `output` (the output's value once computed), `values` (name → its value so far, as if the
 * program had run up to this step) and `grads` (input name → ∂output/∂input once the backward
 * pass has reached it).
 *
 * The element only wires things together: numbers come from `src/math/autodiff`, steps from
 * `model.ts`, positions from `layout.ts`, shapes from `scene.ts`, sentences from `words.ts`,
 * TeX from `formula.ts`.
 *
 * @example
 * <lumen-graph program="a = -4; b = 2; c = a * b + b^3" step="all"></lumen-graph>
 * <script type="module">
 *   const el = document.querySelector('lumen-graph');
 *   el.state.grads;              // { a: 2, b: 8 }
 *   el.setState({ step: 0 });    // back to the start
 * </script>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import type { Source } from '../../ui/props';
import { paletteNumbers } from '../../ui/tokens';
import { KATEX_SHADOW_CSS, ensureKatexFonts } from '../../ui/katex-shadow';
import { parseNumber } from '../../math/number-text';
import { checkGradients, type GradientCheck } from '../../math/autodiff/check';
import { canonicalProgram, compileProgram, formatProgramError } from '../../math/autodiff/program';
import { GRAPH_PROPS, type GraphState } from './props';
import {
  askedNode,
  compiledOf,
  derived,
  isNavKey,
  lastStep,
  neighbour,
  nextStep,
  nodeOf,
  pathCount,
  scoreGuess,
  stepInfo,
  totalSteps,
  type Derived,
  type Prediction,
  type StepInfo,
} from './model';
import { buildScene } from './scene';
import { GraphSvg } from './svg';
import { nodeFormulaWords, nodeTex } from './formula';
import { describeRun, partial, predictSentence, stepStatus } from './words';
import { buildGraphDom, checkResult, fitRows, type GraphDom } from './dom';
import { GRAPH_CSS } from './graph.css';
import { setText, setHidden, setDisabled, setFieldError } from '../../ui/dom';
import { FormulaView, texPalette } from '../../ui/formula-view';
import { PredictFlow, guessControls } from '../../ui/predict-flow';
import { bindCheckbox } from '../../ui/bind';
import { bindShortcuts } from '../../ui/shortcuts';
import { memo } from '../../ui/memo';

/** Typing pauses this long (ms) before the program is read, so a half-typed line is not an error yet. */
const TYPING_PAUSE = 350;

export type GraphElementState = GraphState & Derived;

export class LumenGraph extends LumenElement<typeof GRAPH_PROPS, GraphDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(GRAPH_PROPS);
  }

  private readonly compiled = memo(compiledOf, () => [this.s.program] as const);
  private view!: GraphSvg;
  private flow!: PredictFlow<Prediction>;
  /** The step and focus when the question was asked: what Try again puts back. */
  private asked: { step: number; focus: string } | undefined;
  private formula!: FormulaView;
  private checks: GradientCheck[] | undefined;
  private shownChecks: GradientCheck[] | undefined;
  private typingTimer = 0;
  private scrolledTo = -1;

  constructor() {
    super(GRAPH_PROPS, GRAPH_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The settings plus what the run has computed so far (`output`, `values`, `grads`). */
  override get state(): Readonly<GraphElementState> {
    const d = derived(this.compiled().program, this.info());
    return Object.freeze({ ...this.s, output: d.output, values: d.values, grads: d.grads });
  }

  /** After Reveal in predict mode: the guess, the true gradient and how far apart; else undefined. */
  get prediction(): Prediction | undefined {
    const r = this.flow?.result;
    return r && { ...r };
  }

  /** The last gradient check (one row per input), or undefined before "Check gradients". */
  get gradientChecks(): GradientCheck[] | undefined {
    return this.checks?.map((c) => ({ ...c }));
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected override createDom(): GraphDom {
    ensureKatexFonts(document);
    return buildGraphDom();
  }

  protected build(): void {
    const dom = this.dom;
    this.view = new GraphSvg(dom.svg);
    this.formula = this.use(new FormulaView({ tex: dom.formula, text: dom.formulaText }));
    this.flow = this.use(
      new PredictFlow<Prediction>(this.host, guessControls(dom), {
        score: () => this.score(),
        sentence: (r) => predictSentence(r, this.pathsOfAsked()),
        // A new program or a new question: guess again.
        newQuestion: (previous) => previous.program !== this.s.program || previous.ask !== this.s.ask,
        changed: () => {
          if (this.flow.guessing) this.checks = undefined;
          this.syncControls();
          this.requestRender();
        },
        // The answer: the whole backward pass, with the asked node selected.
        revealed: () => {
          const graph = this.compiled().program.graph;
          this.asked = { step: this.s.step, focus: this.s.focus };
          this.update({ step: totalSteps(graph), focus: askedNode(graph, this.s.ask).ref });
        },
        // Again: the graph as it was when the question was asked, the backward pass under wraps.
        reopened: () => {
          const opCount = this.compiled().program.graph.opCount;
          const back = this.asked ?? { step: Math.min(this.s.step, opCount), focus: '' };
          this.asked = undefined;
          this.update({ step: Math.min(back.step, opCount), focus: back.focus });
        },
      }),
    );
    this.use({ hostDisconnected: () => window.clearTimeout(this.typingTimer) });
    bindCheckbox(this.host, dom.local, 'local');
    dom.program.value = this.s.program;
    fitRows(dom.program);
    this.wireEditor(dom);
    dom.next.addEventListener('click', () => this.stepTo((info) => nextStep(info, this.flow.guessing)));
    dom.back.addEventListener('click', () => this.stepTo((info) => info.step - 1));
    dom.all.addEventListener('click', () => this.stepTo((info) => lastStep(info, this.flow.guessing)));
    dom.reset.addEventListener('click', () => this.stepTo(() => 0));
    dom.check.addEventListener('click', () => this.runCheck());
    dom.fit.addEventListener('click', () => this.update({ fit: !this.s.fit }));
    bindShortcuts(this.body, {
      n: () => dom.next.click(),
      b: () => dom.back.click(),
      a: () => dom.all.click(),
      r: () => dom.reset.click(),
      c: () => dom.check.click(),
    });
    this.wireGraph(dom);
    this.resolveRefs();
    this.syncControls();
  }

  protected override stateChanged(previous: Readonly<GraphState>, source: Source | 'user'): void {
    const s = this.s;
    const dom = this.dom;
    if (previous.program !== s.program) {
      this.checks = undefined;
      if (source !== 'user') {
        window.clearTimeout(this.typingTimer);
        dom.program.value = s.program;
        fitRows(dom.program);
        setFieldError(dom.program, dom.programError, undefined);
      }
    }
    if (s.step < previous.step && this.checks && this.info().phase !== 'done') this.checks = undefined;
    this.resolveRefs();
    this.syncControls();
  }

  protected describe(): string {
    const p = this.compiled().program;
    const parts = [describeRun(p, this.info())];
    if (this.flow?.phase === 'guess')
      parts.push(`Predict ${partial(p.graph, askedNode(p.graph, this.s.ask).id)} before the backward pass.`);
    const r = this.flow?.result;
    if (r) parts.push(predictSentence(r, this.pathsOfAsked()));
    return parts.join(' ');
  }

  protected render(): void {
    const s = this.s;
    const c = this.compiled();
    const info = this.info();
    const shown = nodeOf(c.program.graph, s.focus)?.id ?? info.touched ?? c.program.graph.output;
    const scene = buildScene({
      program: c.program,
      layout: c.layout,
      info,
      selected: shown,
      allLocals: s.local,
      font: paletteNumbers(this.palette).fontPx * 0.85,
    });
    this.view.draw(scene, c.text, s.fit, shown);
    if (s.formula) {
      const tex = nodeTex(c.program, info, shown, { gradient: texPalette(this.palette).gradient });
      this.formula.show(tex, nodeFormulaWords(c.program, info, shown));
    }
    this.syncControls();
    if (info.step !== this.scrolledTo) {
      this.scrolledTo = info.step;
      // The nodes already done stay in view beside the one just touched (D21 of the review).
      const side = info.phase === 'backward' ? 'right' : info.phase === 'forward' ? 'left' : 'nearest';
      if (info.touched !== undefined && !s.fit) this.view.scrollTo(info.touched, this.dom.graph, side);
    }
  }

  // ---- derived values -----------------------------------------------------------------------------

  /** The step shown: while a guess is pending, the backward pass is held back. */
  private info(): StepInfo {
    const graph = this.compiled().program.graph;
    const step = this.flow?.guessing ? Math.min(this.s.step, graph.opCount) : this.s.step;
    return stepInfo(graph, step);
  }

  private pathsOfAsked(): number {
    const graph = this.compiled().program.graph;
    return pathCount(graph, askedNode(graph, this.s.ask).id);
  }

  /** Says so when `focus` or `ask` names no node of the program. */
  private resolveRefs(): void {
    const s = this.s;
    const graph = this.compiled().program.graph;
    const missing = (key: 'focus' | 'ask', ref: string, fallback: string): string | undefined =>
      ref && !nodeOf(graph, ref)
        ? `${key}="${ref}": the program has no node ${ref}; ${fallback}.`
        : undefined;
    this.setMessage('focus', missing('focus', s.focus, 'following the steps instead'));
    this.setMessage(
      'ask',
      s.predict ? missing('ask', s.ask, `asking about ${askedNode(graph, s.ask).ref} instead`) : undefined,
    );
  }

  private score(): Prediction | string {
    const guess = parseNumber(this.dom.guess.value);
    if (guess === undefined) return 'Type a number, such as -2 or 0.5, then press Reveal.';
    const p = this.compiled().program;
    const asked = askedNode(p.graph, this.s.ask);
    return scoreGuess(partial(p.graph, asked.id), guess, p.grads[asked.id] as number);
  }

  // ---- the program editor -------------------------------------------------------------------------

  private wireEditor(dom: GraphDom): void {
    dom.program.addEventListener('input', () => {
      fitRows(dom.program);
      window.clearTimeout(this.typingTimer);
      this.typingTimer = window.setTimeout(() => this.applyTyped(), TYPING_PAUSE);
    });
    dom.program.addEventListener('change', () => this.applyTyped());
    dom.program.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        this.applyTyped();
      }
    });
  }

  /** Reads the editor: a good program replaces the graph; a bad one says where, and the last good graph stays. */
  private applyTyped(): void {
    window.clearTimeout(this.typingTimer);
    const dom = this.dom;
    const text = dom.program.value;
    const r = compileProgram(text);
    setFieldError(
      dom.program,
      dom.programError,
      r.ok ? undefined : `${formatProgramError(r.error)}. The graph shows the last program that worked.`,
    );
    if (!r.ok) return;
    const canonical = canonicalProgram(text);
    if (canonical === this.s.program) return;
    // A finished run stays finished, so that editing an input shows the new gradients at once.
    const finished = this.info().phase === 'done';
    this.update({ program: canonical, step: finished ? totalSteps(r.program.graph) : 0, focus: '' });
  }

  // ---- steps and the gradient check ---------------------------------------------------------------

  private stepTo(target: (info: StepInfo) => number): void {
    const info = this.info();
    const step = Math.max(0, Math.min(info.total, target(info)));
    if (step === info.step && this.s.step === step) return;
    this.update({ step, focus: '' });
  }

  private runCheck(): void {
    if (this.flow.guessing || this.info().phase !== 'done') return;
    this.checks = checkGradients(this.compiled().program);
    this.syncControls();
    this.requestRender();
  }

  // ---- the graph: selection by pointer and keys -----------------------------------------------------

  private wireGraph(dom: GraphDom): void {
    const nodeFrom = (e: Event): { id: number; el: SVGGElement } | undefined => {
      for (const t of e.composedPath()) {
        if (t === dom.svg) return undefined;
        if (t instanceof SVGGElement && t.dataset.node !== undefined) {
          const n = nodeOf(this.compiled().program.graph, t.dataset.node);
          return n ? { id: n.id, el: t } : undefined;
        }
      }
      return undefined;
    };
    dom.svg.addEventListener('click', (e) => {
      const hit = nodeFrom(e);
      if (!hit) return;
      hit.el.focus({ preventScroll: true });
      this.select(hit.id);
    });
    dom.svg.addEventListener('focusin', (e) => {
      const hit = nodeFrom(e);
      if (hit) this.select(hit.id);
    });
    dom.svg.addEventListener('keydown', (e) => {
      const hit = nodeFrom(e);
      if (!hit || e.ctrlKey || e.metaKey || e.altKey) return;
      if (!isNavKey(e.key)) return;
      e.preventDefault();
      const c = this.compiled();
      const to = neighbour(c.program.graph, c.layout.nodes, hit.id, e.key);
      this.select(to);
      // The roving tabindex must be on the new node before it can take focus.
      this.render();
      this.view.nodeElement(to)?.focus();
    });
  }

  private select(id: number): void {
    const ref = this.compiled().program.graph.nodes[id]?.ref;
    if (ref && ref !== this.s.focus) this.update({ focus: ref });
  }

  // ---- DOM sync -----------------------------------------------------------------------------------

  private syncControls(): void {
    const dom = this.dom;
    const s = this.s;
    const p = this.compiled().program;
    const info = this.info();
    const guessing = this.flow.guessing;
    const limit = lastStep(info, guessing);
    setHidden(dom.editor, !s.controls);
    setHidden(dom.formulaWrap, !s.formula);
    const atStart = info.step === 0;
    const atEnd = info.step >= limit;
    const buttons: [HTMLButtonElement, boolean, HTMLButtonElement[]][] = [
      [dom.back, atStart, [dom.next, dom.all]],
      [dom.reset, atStart, [dom.next, dom.all]],
      [dom.next, atEnd, [dom.back, dom.reset]],
      [dom.all, atEnd, [dom.back, dom.reset]],
      [dom.check, guessing || info.phase !== 'done', [dom.back, dom.next]],
    ];
    // Enable first, then disable: a focused button that becomes disabled would drop the keyboard
    // focus to the page (and the next key to the page's shortcuts), so it hands focus on.
    for (const [button, disabled] of buttons) if (!disabled) setDisabled(button, false);
    for (const [button, disabled, others] of buttons) {
      if (!disabled) continue;
      const focused = this.root.activeElement === button;
      setDisabled(button, true);
      if (focused) others.find((o) => !o.disabled)?.focus();
    }
    dom.check.title = guessing
      ? 'After your guess'
      : info.phase !== 'done'
        ? 'Run the backward pass first'
        : '';
    const pressed = String(s.fit);
    if (dom.fit.getAttribute('aria-pressed') !== pressed) dom.fit.setAttribute('aria-pressed', pressed);
    setText(
      dom.status,
      guessing && info.step === info.forwardSteps && info.step > 0
        ? `${stepStatus(p, info)} · the backward pass waits for your guess`
        : stepStatus(p, info),
    );
    if (this.flow.phase !== 'off') {
      const asked = partial(p.graph, askedNode(p.graph, s.ask).id);
      setText(
        dom.question,
        `Predict first: what is ${asked}? Step through the forward pass if you like, type your guess, then press Reveal. The backward pass waits for it.`,
      );
    }
    if (this.checks !== this.shownChecks) {
      this.shownChecks = this.checks;
      dom.checkResult.replaceChildren(...(this.checks ? checkResult(this.checks) : []));
    }
  }
}

defineOnce('lumen-graph', LumenGraph);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-graph': LumenGraph;
  }
}

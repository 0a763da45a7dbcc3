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
import { PALETTES } from '../../ui/tokens';
import { KATEX_SHADOW_CSS, ensureKatexFonts, renderTex } from '../../ui/katex-shadow';
import { parseNumber } from '../../math/number-text';
import { findNode, type Graph, type GraphNode } from '../../math/autodiff/graph';
import { checkGradients, type GradientCheck } from '../../math/autodiff/check';
import {
  canonicalProgram,
  compileProgram,
  formatProgramError,
  type CompiledProgram,
} from '../../math/autodiff/program';
import { DEFAULT_PROGRAM, GRAPH_PROPS, type GraphState } from './props';
import {
  derived,
  isNavKey,
  lastStep,
  neighbour,
  nextStep,
  pathCount,
  scoreGuess,
  stepInfo,
  totalSteps,
  type Derived,
  type Prediction,
  type StepInfo,
} from './model';
import { layoutGraph, type Layout } from './layout';
import { buildScene } from './scene';
import { GraphSvg } from './svg';
import { nodeFormulaWords, nodeTex } from './formula';
import { checkSentence, describeRun, errorNum, longNum, partial, predictSentence, stepStatus } from './words';
import { buildGraphDom, type GraphDom } from './dom';
import { GRAPH_CSS } from './graph.css';
import { texColor } from '../../ui/tex-format';
import { setText, setHidden, setDisabled } from '../../ui/dom';
import { clearGuess, wireGuess } from '../../ui/guess-field';

/** Typing pauses this long (ms) before the program is read, so a half-typed line is not an error yet. */
const TYPING_PAUSE = 350;

type PredictPhase = 'off' | 'guess' | 'revealed';

interface Compiled {
  readonly text: string;
  readonly program: CompiledProgram;
  readonly layout: Layout;
}

export type GraphElementState = GraphState & Derived;

export class LumenGraph extends LumenElement<typeof GRAPH_PROPS, GraphDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(GRAPH_PROPS);
  }

  private view: GraphSvg | undefined;
  private cache: Compiled | undefined;
  private phase: PredictPhase = 'off';
  private result: Prediction | undefined;
  private checks: GradientCheck[] | undefined;
  private typingTimer = 0;
  private formulaTex = '';
  private scrolledTo = -1;

  constructor() {
    super(GRAPH_PROPS, GRAPH_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The settings plus what the run has computed so far (`output`, `values`, `grads`). */
  override get state(): Readonly<GraphElementState> {
    const s = super.state;
    const d = derived(this.compiled(s.program).program, this.infoFor(s));
    return Object.freeze({ ...s, output: d.output, values: d.values, grads: d.grads });
  }

  /** After Reveal in predict mode: the guess, the true gradient and how far apart; else undefined. */
  get prediction(): Prediction | undefined {
    return this.result && { ...this.result };
  }

  /** The last gradient check (one row per input), or undefined before "Check gradients". */
  get gradientChecks(): GradientCheck[] | undefined {
    return this.checks?.map((c) => ({ ...c }));
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected build(): void {
    ensureKatexFonts(document);
    const dom = buildGraphDom();
    this.dom = dom;
    this.view = new GraphSvg(dom.svg);
    this.body.append(dom.layout);
    dom.program.value = super.state.program;
    fitRows(dom.program);
    this.wireEditor(dom);
    this.wireSteps(dom);
    this.wireGraph(dom);
    this.wirePredict(dom);
    this.onDisconnect(() => window.clearTimeout(this.typingTimer));
    if (super.state.predict) this.enterGuess();
    this.resolveRefs();
    this.syncControls();
  }

  protected override stateChanged(previous: Readonly<GraphState>, source: Source | 'user'): void {
    const s = super.state;
    const dom = this.dom;
    if (previous.program !== s.program) {
      this.checks = undefined;
      if (dom && source !== 'user') {
        window.clearTimeout(this.typingTimer);
        dom.program.value = s.program;
        fitRows(dom.program);
        this.setProgramError(undefined);
      }
    }
    if (previous.predict !== s.predict) {
      if (s.predict) this.enterGuess();
      else this.leavePredict();
    } else if (s.predict && (previous.program !== s.program || previous.ask !== s.ask)) {
      this.enterGuess();
    }
    if (s.step < previous.step && this.checks && this.infoFor(s).phase !== 'done') this.checks = undefined;
    this.resolveRefs();
    this.syncControls();
  }

  protected describe(): string {
    const s = super.state;
    const p = this.compiled(s.program).program;
    const info = this.infoFor(s);
    const parts = [describeRun(p, info)];
    if (this.phase === 'guess')
      parts.push(`Predict ${partial(p.graph, this.askedNode(p.graph).id)} before the backward pass.`);
    if (this.phase === 'revealed' && this.result)
      parts.push(predictSentence(this.result, this.pathsOfAsked(p.graph)));
    return parts.join(' ');
  }

  protected render(): void {
    const dom = this.dom;
    const view = this.view;
    if (!dom || !view) return;
    const s = super.state;
    const c = this.compiled(s.program);
    const info = this.infoFor(s);
    const shown = this.shownNode(c.program.graph, info);
    const fontPx = Number.parseFloat(this.palette.fontSize);
    const font = (Number.isFinite(fontPx) && fontPx > 0 ? Math.min(fontPx, 40) : 18) * 0.85;
    const scene = buildScene({
      program: c.program,
      layout: c.layout,
      info,
      selected: shown,
      allLocals: s.local,
      font,
    });
    view.draw(scene, c.text, s.fit, shown);
    this.syncFormula(c.program, info, shown);
    this.syncControls();
    if (info.step !== this.scrolledTo) {
      this.scrolledTo = info.step;
      if (info.touched !== undefined && !s.fit) this.scrollToNode(info.touched);
    }
  }

  // ---- derived values -----------------------------------------------------------------------------

  /** The compiled program (cached). The state only ever holds programs that compile. */
  private compiled(text: string): Compiled {
    if (this.cache?.text === text) return this.cache;
    let r = compileProgram(text);
    if (!r.ok) r = compileProgram(DEFAULT_PROGRAM);
    if (!r.ok) throw new Error('the default program does not compile');
    this.cache = { text, program: r.program, layout: layoutGraph(r.program.graph) };
    return this.cache;
  }

  /** The step shown: while a guess is pending, the backward pass is held back. */
  private infoFor(s: Readonly<GraphState>): StepInfo {
    const graph = this.compiled(s.program).program.graph;
    const step = this.phase === 'guess' ? Math.min(s.step, graph.opCount) : s.step;
    return stepInfo(graph, step);
  }

  private get guessPending(): boolean {
    return this.phase === 'guess';
  }

  private selectedNode(graph: Graph): GraphNode | undefined {
    const focus = super.state.focus;
    return focus ? findNode(graph, focus) : undefined;
  }

  /** The node whose formula is shown: the chosen one, else the one the last step touched, else the output. */
  private shownNode(graph: Graph, info: StepInfo): number {
    return this.selectedNode(graph)?.id ?? info.touched ?? graph.output;
  }

  private askedNode(graph: Graph): GraphNode {
    const ask = super.state.ask;
    return (ask ? findNode(graph, ask) : undefined) ?? (graph.nodes[graph.inputs[0] ?? 0] as GraphNode);
  }

  private pathsOfAsked(graph: Graph): number {
    return pathCount(graph, this.askedNode(graph).id);
  }

  /** Says so when `focus` or `ask` names no node of the program. */
  private resolveRefs(): void {
    const s = super.state;
    const graph = this.compiled(s.program).program.graph;
    const missing = (key: 'focus' | 'ask', ref: string, fallback: string): string | undefined =>
      ref && !findNode(graph, ref)
        ? `${key}="${ref}": the program has no node ${ref}; ${fallback}.`
        : undefined;
    this.setMessage('focus', missing('focus', s.focus, 'following the steps instead'));
    this.setMessage(
      'ask',
      s.predict ? missing('ask', s.ask, `asking about ${this.askedNode(graph).ref} instead`) : undefined,
    );
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
    const dom = this.requireDom();
    const text = dom.program.value;
    const r = compileProgram(text);
    if (!r.ok) {
      this.setProgramError(`${formatProgramError(r.error)}. The graph shows the last program that worked.`);
      return;
    }
    this.setProgramError(undefined);
    const canonical = canonicalProgram(text);
    const s = super.state;
    if (canonical === s.program) return;
    // A finished run stays finished, so that editing an input shows the new gradients at once.
    const finished = this.infoFor(s).phase === 'done';
    this.update({ program: canonical, step: finished ? totalSteps(r.program.graph) : 0, focus: '' });
  }

  private setProgramError(message: string | undefined): void {
    const dom = this.requireDom();
    if (message) dom.program.setAttribute('aria-invalid', 'true');
    else dom.program.removeAttribute('aria-invalid');
    setText(dom.programError, message ?? '');
  }

  // ---- steps ----------------------------------------------------------------------------------------

  private wireSteps(dom: GraphDom): void {
    dom.next.addEventListener('click', () => this.stepTo((info) => nextStep(info, this.guessPending)));
    dom.back.addEventListener('click', () => this.stepTo((info) => info.step - 1));
    dom.all.addEventListener('click', () => this.stepTo((info) => lastStep(info, this.guessPending)));
    dom.reset.addEventListener('click', () => this.stepTo(() => 0));
    dom.check.addEventListener('click', () => this.runCheck());
    dom.local.addEventListener('change', () => this.update({ local: dom.local.checked }));
    dom.fit.addEventListener('click', () => this.update({ fit: !super.state.fit }));
    // Letter keys anywhere in the widget except where text is typed (the site shell ignores keys from inside widgets).
    this.body.addEventListener('keydown', (e) => {
      const t = e.composedPath()[0];
      if (
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        t instanceof HTMLTextAreaElement ||
        (t instanceof HTMLInputElement && t.type === 'text')
      )
        return;
      const action: Record<string, () => void> = {
        n: () => dom.next.click(),
        b: () => dom.back.click(),
        a: () => dom.all.click(),
        r: () => dom.reset.click(),
        c: () => dom.check.click(),
      };
      const run = action[e.key.toLowerCase()];
      if (!run) return;
      e.preventDefault();
      run();
    });
  }

  private stepTo(target: (info: StepInfo) => number): void {
    const s = super.state;
    const info = this.infoFor(s);
    const step = Math.max(0, Math.min(info.total, target(info)));
    if (step === info.step && s.step === step) return;
    this.update({ step, focus: '' });
  }

  private runCheck(): void {
    const s = super.state;
    if (this.guessPending || this.infoFor(s).phase !== 'done') return;
    this.checks = checkGradients(this.compiled(s.program).program);
    this.syncControls();
    this.requestRender();
  }

  // ---- the graph: selection by pointer and keys -----------------------------------------------------

  private wireGraph(dom: GraphDom): void {
    const nodeFrom = (e: Event): { id: number; el: SVGGElement } | undefined => {
      for (const t of e.composedPath()) {
        if (t === dom.svg) return undefined;
        if (t instanceof SVGGElement && t.dataset.node !== undefined) {
          const graph = this.compiled(super.state.program).program.graph;
          const n = findNode(graph, t.dataset.node);
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
      const c = this.compiled(super.state.program);
      const to = neighbour(c.program.graph, c.layout.nodes, hit.id, e.key);
      this.select(to);
      this.renderNowForFocus();
      this.view?.nodeElement(to)?.focus();
    });
  }

  private select(id: number): void {
    const graph = this.compiled(super.state.program).program.graph;
    const ref = graph.nodes[id]?.ref;
    if (ref && ref !== super.state.focus) this.update({ focus: ref });
  }

  /** The roving tabindex must be on the new node before it can take focus. */
  private renderNowForFocus(): void {
    this.render();
  }

  private scrollToNode(id: number): void {
    const box = this.requireDom().graph;
    const node = this.view?.nodeElement(id);
    if (!node) return;
    const b = box.getBoundingClientRect();
    const r = node.getBoundingClientRect();
    const margin = 16;
    if (r.left < b.left + margin) box.scrollLeft -= b.left + margin - r.left;
    else if (r.right > b.right - margin) box.scrollLeft += r.right - (b.right - margin);
    if (r.top < b.top + margin) box.scrollTop -= b.top + margin - r.top;
    else if (r.bottom > b.bottom - margin) box.scrollTop += r.bottom - (b.bottom - margin);
  }

  // ---- predict-first ------------------------------------------------------------------------------

  private wirePredict(dom: GraphDom): void {
    wireGuess(
      dom,
      () => this.reveal(),
      () => {
        this.enterGuess();
        const graph = this.compiled(super.state.program).program.graph;
        this.update({ step: Math.min(super.state.step, graph.opCount), focus: '' });
        this.syncControls();
        this.requestRender();
      },
    );
  }

  private enterGuess(): void {
    this.phase = 'guess';
    this.result = undefined;
    this.checks = undefined;
    const dom = this.dom;
    if (!dom) return;
    clearGuess(dom);
  }

  private leavePredict(): void {
    this.phase = 'off';
    this.result = undefined;
  }

  private reveal(): void {
    if (this.phase !== 'guess') return;
    const dom = this.requireDom();
    const guess = parseNumber(dom.guess.value);
    if (guess === undefined) {
      dom.guess.setAttribute('aria-invalid', 'true');
      setText(dom.guessError, 'Type a number, such as -2 or 0.5, then press Reveal.');
      return;
    }
    const p = this.compiled(super.state.program).program;
    const asked = this.askedNode(p.graph);
    this.result = scoreGuess(partial(p.graph, asked.id), guess, p.grads[asked.id] as number);
    this.phase = 'revealed';
    this.update({ step: totalSteps(p.graph), focus: asked.ref });
    this.syncControls();
    this.requestRender();
    dom.again.focus();
  }

  // ---- DOM sync -----------------------------------------------------------------------------------

  private requireDom(): GraphDom {
    if (!this.dom) throw new Error('<lumen-graph> is not built yet: add it to the document first.');
    return this.dom;
  }

  private syncControls(): void {
    const dom = this.dom;
    if (!dom) return;
    const s = super.state;
    const p = this.compiled(s.program).program;
    const info = this.infoFor(s);
    const limit = lastStep(info, this.guessPending);
    setHidden(dom.editor, !s.controls);
    setHidden(dom.formulaWrap, !s.formula);
    const atStart = info.step === 0;
    const atEnd = info.step >= limit;
    const buttons: [HTMLButtonElement, boolean, HTMLButtonElement[]][] = [
      [dom.back, atStart, [dom.next, dom.all]],
      [dom.reset, atStart, [dom.next, dom.all]],
      [dom.next, atEnd, [dom.back, dom.reset]],
      [dom.all, atEnd, [dom.back, dom.reset]],
      [dom.check, this.guessPending || info.phase !== 'done', [dom.back, dom.next]],
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
    dom.check.title = this.guessPending
      ? 'After your guess'
      : info.phase !== 'done'
        ? 'Run the backward pass first'
        : '';
    if (dom.local.checked !== s.local) dom.local.checked = s.local;
    const pressed = String(s.fit);
    if (dom.fit.getAttribute('aria-pressed') !== pressed) dom.fit.setAttribute('aria-pressed', pressed);
    setText(
      dom.status,
      this.guessPending && info.step === info.forwardSteps && info.step > 0
        ? `${stepStatus(p, info)} · the backward pass waits for your guess`
        : stepStatus(p, info),
    );

    // Predict-first.
    setHidden(dom.predict, this.phase === 'off');
    if (this.phase !== 'off') {
      const asked = partial(p.graph, this.askedNode(p.graph).id);
      setText(
        dom.question,
        `Predict first: what is ${asked}? Step through the forward pass if you like, type your guess, then press Reveal. The backward pass waits for it.`,
      );
    }
    setDisabled(dom.guess, this.phase !== 'guess');
    setDisabled(dom.reveal, this.phase !== 'guess');
    setHidden(dom.again, this.phase !== 'revealed');
    setText(
      dom.predictResult,
      this.phase === 'revealed' && this.result
        ? predictSentence(this.result, this.pathsOfAsked(p.graph))
        : '',
    );
    this.syncCheck();
  }

  private syncCheck(): void {
    const dom = this.requireDom();
    const rows = this.checks;
    const key = rows ? JSON.stringify(rows) : '';
    if (dom.checkResult.dataset.key === key) return;
    dom.checkResult.dataset.key = key;
    if (!rows) {
      dom.checkResult.replaceChildren();
      return;
    }
    const table = document.createElement('table');
    const caption = document.createElement('caption');
    caption.textContent = 'Gradient check: backprop against (f(x + h) − f(x − h)) / 2h';
    const head = document.createElement('tr');
    for (const t of ['input', 'backprop', 'finite difference', 'error', '']) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = t;
      head.append(th);
    }
    table.append(caption, head);
    for (const c of rows) {
      const tr = document.createElement('tr');
      tr.dataset.input = c.input;
      const cells = [
        c.input,
        longNum(c.grad),
        c.numeric === undefined ? '—' : longNum(c.numeric),
        c.error === undefined ? '—' : errorNum(c.error),
        c.agrees ? '✓ agree' : c.numeric === undefined ? 'no value' : '✗ differ',
      ];
      cells.forEach((text, i) => {
        const td = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) (td as HTMLTableCellElement).scope = 'row';
        td.textContent = text;
        if (i === 4) td.className = c.agrees ? 'agree' : 'disagree';
        tr.append(td);
      });
      table.append(tr);
    }
    const words = document.createElement('p');
    const worst = Math.max(...rows.map((c) => c.error ?? 0));
    const step = 'With h = 0.00001 · max(1, |x|).';
    words.textContent = rows.every((c) => c.agrees)
      ? `${step} Largest error ${errorNum(worst)}: the backward pass and the finite differences agree.`
      : `${step} ${rows.map(checkSentence).join(' ')}`;
    dom.checkResult.replaceChildren(table, words);
  }

  private syncFormula(p: CompiledProgram, info: StepInfo, id: number): void {
    const dom = this.requireDom();
    if (!super.state.formula) return;
    const tex = nodeTex(p, info, id, { gradient: texColor(this.palette.gradient, PALETTES.light.gradient) });
    if (tex === this.formulaTex) return;
    this.formulaTex = tex;
    const words = nodeFormulaWords(p, info, id);
    setText(dom.formulaText, words);
    // If the formula library cannot be fetched (offline, blocked), the words stand in for it.
    renderTex(dom.formula, tex, { displayMode: true }).catch(() => setText(dom.formula, words));
  }
}

/** The editor grows with the program (3 to 14 lines), so a short program does not sit in a big empty box. */
function fitRows(area: HTMLTextAreaElement): void {
  const rows = String(Math.max(3, Math.min(14, area.value.split('\n').length + 1)));
  if (area.getAttribute('rows') !== rows) area.setAttribute('rows', rows);
}

defineOnce('lumen-graph', LumenGraph);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-graph': LumenGraph;
  }
}

/**
 * `<lumen-tree>`: a decision tree grows split by split, greedily, by impurity. Plane mode: the
 * learner's labelled points (the shared data editor) cut into boxes beside the tree's diagram,
 * linked both ways (hover or focus a node's button and its box lights up; click a box and its
 * leaf is in focus); for the node in focus, the weighted impurity of every candidate threshold on
 * each feature as a curve, the chosen one marked; max depth, min samples and train/test accuracy.
 * Table mode: a categorical table (CSV with a header) grown by ID3, with the gain of every
 * attribute at every node; the table is editable.
 *
 * @example
 * <lumen-tree depth="3" criterion="entropy"></lumen-tree>
 * <lumen-tree mode="table" criterion="entropy"></lumen-tree>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import type { Source } from '../../ui/props';
import { PALETTES, type Palette } from '../../ui/tokens';
import { KATEX_SHADOW_CSS, ensureKatexFonts } from '../../ui/katex-shadow';
import { FormulaView } from '../../ui/formula-view';
import { texColor } from '../../ui/tex-format';
import { el, setHidden, setText, setValue } from '../../ui/dom';
import { watchSize } from '../../ui/resize';
import { RunController } from '../../ui/run-controller';
import { DataEditor } from '../../ui/data-editor/editor';
import { splittable, leafOf, type TreeNode } from '../../math/ml/tree';
import { parseTable, formatTable } from '../../math/ml/id3';
import { layoutTree } from '../../render/tree-layout';
import { TREE_PROPS, MAX_SPLITS, type TreeState } from './props';
import { analysePlane, analyseTable, nodeBox, type PlaneAnalysis, type TableAnalysis } from './model';
import { drawCurves, drawPlane, fromPx, toPx, type PlaneMap } from './view';
import { nodeTex, num } from './formula';
import { buildTreeDom, type TreeDom } from './dom';
import { TREE_CSS } from './tree.css';

const MAX_DPR = 2;

export class LumenTree extends LumenElement<typeof TREE_PROPS, TreeDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(TREE_PROPS);
  }

  private cache: { key: string; a: PlaneAnalysis } | undefined;
  private tableCache: { key: string; a: TableAnalysis } | undefined;
  private side = 0;
  private hover: number | undefined;
  private formulaTex = '';
  private formula!: FormulaView;
  private run!: RunController;
  private editor!: DataEditor;

  constructor() {
    super(TREE_PROPS, TREE_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  protected override createDom(): TreeDom {
    return buildTreeDom();
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The numbers on screen (plane mode), unrounded. */
  get numbers(): Record<string, unknown> | undefined {
    if (this.s.mode !== 'plane') {
      const t = this.tableTree();
      if (!t.ok) return { errors: t.errors };
      return {
        nodes: t.tree.nodes.map((n) => ({
          depth: n.depth,
          value: n.value,
          rows: n.rows.length,
          impurity: n.impurity,
          prediction: n.prediction,
          gains: Object.fromEntries(n.gains.map((g) => [t.tree.table.header[g.attribute]!, g.gain])),
          split: n.split ? t.tree.table.header[n.split.attribute] : undefined,
        })),
      };
    }
    const a = this.plane();
    const best = splittable(a.data, a.focus, this.options());
    return {
      splits: a.tree.splits,
      total: a.total,
      nodes: a.tree.nodes.length,
      leaves: a.tree.nodes.filter((n) => !n.split).length,
      focus: a.focus.id,
      focusImpurity: a.focus.impurity,
      focusSplit:
        a.focus.split ??
        (best
          ? { feature: best.feature, threshold: best.threshold, gain: a.focus.impurity - best.impurity }
          : undefined),
      candidates: a.curves.map((c) => c.map((q) => ({ threshold: q.threshold, impurity: q.impurity }))),
      trainAccuracy: a.trainAccuracy,
      testAccuracy: a.testAccuracy,
      train: a.train.length,
      test: a.test.length,
    };
  }

  /** Viewport pixel of a plane point as drawn. */
  plotToClient(p: readonly [number, number]): { x: number; y: number } {
    const r = this.dom.canvas.getBoundingClientRect();
    const [x, y] = toPx(this.map(r.width), p[0], p[1]);
    return { x: r.left + x, y: r.top + y };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.onDisconnect(
      watchSize(this.dom.plot, (box) => {
        this.side = box.width;
        this.requestRender();
      }),
    );
  }

  protected build(): void {
    ensureKatexFonts(document);
    const dom = this.dom;
    // The live formula never scrolls sideways: FormulaView breaks or shrinks one that is too wide.
    this.formula = this.use(new FormulaView({ tex: dom.formula, text: dom.formulaText }));
    this.body.append(dom.layout);
    this.run = this.use(
      new RunController({
        dom: dom.run,
        iteration: () => Math.min(this.s.iteration, this.plane().total),
        setIteration: (k) => this.update({ iteration: k }),
        speed: () => this.s.speed,
        setSpeed: (v) => this.update({ speed: v }),
        limit: () => Math.min(MAX_SPLITS, this.plane().total),
        label: (k) => `${k} split${k === 1 ? '' : 's'}`,
      }),
    );
    dom.plot.classList.add('data-surface');
    this.editor = this.use(
      new DataEditor({
        surface: dom.plot,
        dom: dom.editor,
        toPixel: (p) => {
          const [x, y] = toPx(this.map(this.side), p.x, p.y);
          return { x, y };
        },
        fromPixel: (p) => {
          const [x, y] = fromPx(this.map(this.side), p.x, p.y);
          return { x, y };
        },
        step: () => 0.1,
        points: () => this.s.points,
        setPoints: (points) => this.update({ points, iteration: 0, node: 0 }),
        setMessage: (key, text) => this.setMessage(`data-${key}`, text),
        classes: () => 3,
        redraw: () => this.requestRender(),
      }),
    );
    // Hovering the plane lights up the leaf under the pointer in the diagram (and its box).
    dom.canvas.addEventListener('pointermove', (e) => {
      if (e.buttons) return;
      const r = dom.canvas.getBoundingClientRect();
      const [x, y] = fromPx(this.map(r.width), e.clientX - r.left, e.clientY - r.top);
      const leaf = leafOf(this.plane().tree, [x, y]);
      if (this.hover !== leaf.id) {
        this.hover = leaf.id;
        this.syncDiagram();
        this.requestRender();
      }
    });
    dom.canvas.addEventListener('pointerleave', () => {
      this.hover = undefined;
      this.syncDiagram();
      this.requestRender();
    });
    dom.canvas.addEventListener('dblclick', (e) => {
      const r = dom.canvas.getBoundingClientRect();
      const [x, y] = fromPx(this.map(r.width), e.clientX - r.left, e.clientY - r.top);
      this.update({ node: leafOf(this.plane().tree, [x, y]).id });
    });
    const pick = (sel: HTMLSelectElement, fn: (v: string) => void): void =>
      sel.addEventListener('change', () => fn(sel.value));
    pick(dom.depth, (v) =>
      this.update({ depth: Number(v), iteration: Math.min(this.s.iteration, MAX_SPLITS) }),
    );
    pick(dom.minSamples, (v) => this.update({ minSamples: Number(v) }));
    pick(dom.criterion, (v) => this.update({ criterion: v === 'entropy' ? 'entropy' : 'gini' }));
    pick(dom.tableCriterion, (v) => this.update({ criterion: v === 'gini' ? 'gini' : 'entropy' }));
    dom.tableApply.addEventListener('click', () => this.applyTable());
    this.sync();
  }

  protected override stateChanged(previous: Readonly<TreeState>, source: Source | 'user'): void {
    if (source !== 'user' && previous.iteration !== this.s.iteration && this.run.playing) this.run.pause();
    if (previous.table !== this.s.table) this.dom.tableText.value = this.s.table;
    this.sync();
  }

  protected describe(): string {
    if (this.s.mode === 'table') {
      const t = this.tableTree();
      return t.ok
        ? `A tree of ${t.tree.nodes.length} nodes on ${t.tree.table.rows.length} rows; the root splits on ${t.tree.root.split ? t.tree.table.header[t.tree.root.split.attribute] : 'nothing'}.`
        : 'The table has problems.';
    }
    const a = this.plane();
    return `${a.points.length} points, ${a.tree.splits} of ${a.total} splits, ${a.tree.nodes.filter((n) => !n.split).length} boxes; training accuracy ${pct(a.trainAccuracy)}, test accuracy ${pct(a.testAccuracy)}.`;
  }

  protected render(): void {
    if (this.s.mode !== 'plane') return;
    const dom = this.dom;
    const palette = this.palette;
    const a = this.plane();
    const lineScale = pos(Number.parseFloat(palette.lineScale), 1);
    const fontPx = Math.min(pos(Number.parseFloat(palette.fontSize), 18), 40);
    const side = this.side || dom.plot.getBoundingClientRect().width;
    const focus = this.focusNode(a);
    const ctx = dom.canvas.getContext('2d');
    if (ctx && side > 0) {
      const k = fit(dom.canvas, side, side);
      ctx.setTransform(k, 0, 0, k, 0, 0);
      const test = new Set(a.test);
      drawPlane(ctx, {
        ...this.map(side),
        colors: palette,
        classColors: [palette.j, palette.i, palette.k],
        lineScale,
        fontPx,
        tree: a.tree,
        points: a.points,
        isTest: (i) => test.has(i),
        focus,
        focusBox: nodeBox(a.tree, focus, a.bounds),
        proposal: focus.split ? undefined : splittable(a.data, focus, this.options()),
        cursor: this.editor.cursor ? [this.editor.cursor.x, this.editor.cursor.y] : undefined,
      });
      this.editor.place();
    }
    const cw = dom.curves.clientWidth;
    const ch = dom.curves.clientHeight;
    const cctx = dom.curves.getContext('2d');
    if (cctx && cw > 0 && ch > 0) {
      const k = fit(dom.curves, cw, ch);
      cctx.setTransform(k, 0, 0, k, 0, 0);
      const chosen = focus.split ?? splittable(a.data, focus, this.options());
      drawCurves(cctx, {
        width: cw,
        height: ch,
        colors: palette,
        lineScale,
        fontPx,
        curves: a.curves,
        parent: focus.impurity,
        chosen: chosen && { feature: chosen.feature, threshold: chosen.threshold },
      });
    }
    this.syncFormula(palette, a);
  }

  // ---- numbers ------------------------------------------------------------------------------------

  private options(): { maxDepth: number; minSamples: number; criterion: TreeState['criterion'] } {
    return { maxDepth: this.s.depth, minSamples: this.s.minSamples, criterion: this.s.criterion };
  }

  private plane(): PlaneAnalysis {
    const s = this.s;
    const key = JSON.stringify([
      s.points.length,
      s.points.length < 2000 ? s.points : s.points.slice(0, 50),
      s.test,
      s.seed,
      s.depth,
      s.minSamples,
      s.criterion,
      s.iteration,
      s.node,
    ]);
    if (this.cache?.key !== key) this.cache = { key, a: analysePlane(s as TreeState) };
    return this.cache.a;
  }

  private tableTree(): TableAnalysis {
    const key = `${this.s.criterion}\n${this.s.table}`;
    if (this.tableCache?.key !== key) this.tableCache = { key, a: analyseTable(this.s as TreeState) };
    return this.tableCache.a;
  }

  private focusNode(a: PlaneAnalysis): TreeNode {
    return this.hover !== undefined ? (a.tree.nodes[this.hover] ?? a.focus) : a.focus;
  }

  private map(side: number): PlaneMap {
    return { width: side, height: side, bounds: this.plane().bounds };
  }

  private applyTable(): void {
    const text = this.dom.tableText.value;
    const r = parseTable(text);
    for (let k = 0; k < 8; k++) this.setMessage(`table-${k}`, undefined);
    if (!r.ok) {
      r.errors
        .slice(0, 8)
        .forEach((e, k) => this.setMessage(`table-${k}`, `Table not used (the last good one is kept): ${e}`));
      return;
    }
    this.update({ table: formatTable(r.value) });
  }

  // ---- DOM sync -----------------------------------------------------------------------------------

  private sync(): void {
    const dom = this.dom;
    const s = this.s;
    const plane = s.mode === 'plane';
    setHidden(dom.plane, !plane);
    setHidden(dom.table, plane);
    setHidden(dom.controls, !s.controls);
    setHidden(dom.formulaWrap, !s.formula);
    if (!plane) {
      this.syncTable();
      return;
    }
    setValue(dom.depth, String(s.depth));
    if (![...dom.minSamples.options].some((o) => o.value === String(s.minSamples)))
      dom.minSamples.append(el('option', { value: String(s.minSamples) }, String(s.minSamples)));
    setValue(dom.minSamples, String(s.minSamples));
    setValue(dom.criterion, s.criterion);
    const a = this.plane();
    const f = a.focus;
    const next = splittable(a.data, f, this.options());
    setText(
      dom.status,
      a.tree.splits >= a.total
        ? `Fully grown: ${a.total} split${a.total === 1 ? '' : 's'}, ${a.tree.nodes.filter((n) => !n.split).length} boxes (max depth ${s.depth}, min samples ${s.minSamples}).`
        : `${a.tree.splits} of ${a.total} splits. +1 splits the next box, breadth-first.`,
    );
    setText(
      dom.accuracy,
      `Accuracy: training ${pct(a.trainAccuracy)} (${a.train.length} points, filled), test ${pct(a.testAccuracy)} (${a.test.length} points, hollow).`,
    );
    const cut = f.split ?? next;
    setText(
      dom.curveText,
      `Node ${f.id} (${f.rows.length} training points, ${s.criterion} ${num(f.impurity)}): ${a.curves[0]!.length + a.curves[1]!.length} candidate thresholds. ${cut ? `${f.split ? 'It splits' : 'Best split'} at ${cut.feature === 0 ? 'x' : 'y'} ≤ ${num(cut.threshold)}, weighted impurity ${num(f.split ? f.impurity - f.split.gain : (next?.impurity ?? 0))}.` : 'No split lowers the impurity here (or the limits stop it): a leaf.'}`,
    );
    this.syncDiagram();
    const d = this.describe();
    if (dom.canvas.getAttribute('aria-label') !== d) dom.canvas.setAttribute('aria-label', d);
    this.requestRender();
  }

  private syncDiagram(): void {
    const dom = this.dom;
    const a = this.plane();
    const laid = layoutTree(a.tree.root, (n) => (n.split ? [n.left!, n.right!] : undefined));
    const depth = Math.max(1, ...laid.map((p) => p.depth));
    // Wide trees scroll sideways inside the diagram instead of squeezing labels onto each other.
    const leaves = laid.filter((p) => !p.node.split).length;
    const w = Math.max(dom.diagram.clientWidth || 300, leaves * 72);
    dom.nodes.style.width = `${w}px`;
    dom.edges.style.width = `${w}px`;
    const h = Math.max(220, (depth + 1) * 56);
    dom.diagram.style.height = `${h}px`;
    const X = (x: number): number => 40 + x * Math.max(1, w - 80);
    const Y = (d: number): number => 22 + (d / depth) * (h - 44);
    const pos = new Map(laid.map((p) => [p.node.id, [X(p.x), Y(p.depth)] as const]));
    const ns = 'http://www.w3.org/2000/svg';
    dom.edges.replaceChildren(
      ...laid
        .filter((p) => p.parent)
        .map((p) => {
          const l = document.createElementNS(ns, 'line');
          const [x1, y1] = pos.get(p.parent!.id)!;
          const [x2, y2] = pos.get(p.node.id)!;
          l.setAttribute('x1', String(x1));
          l.setAttribute('y1', String(y1));
          l.setAttribute('x2', String(x2));
          l.setAttribute('y2', String(y2));
          return l;
        }),
    );
    const focusId = this.hover ?? a.focus.id;
    const buttons = laid.map((p) => {
      const n = p.node;
      const text = n.split
        ? `${n.split.feature === 0 ? 'x' : 'y'} ≤ ${num(n.split.threshold, 2)}`
        : `${n.rows.length}: class ${n.prediction}`;
      const b = el(
        'button',
        {
          type: 'button',
          'data-node': String(n.id),
          'data-class': String(n.prediction),
          'aria-current': String(n.id === focusId),
          // The name starts with the visible text (WCAG 2.5.3, label in name).
          'aria-label': `${text}: node ${n.id}, ${n.rows.length} training points, ${this.s.criterion} ${num(n.impurity)}, ${n.split ? 'a split' : `a leaf predicting class ${n.prediction}`}`,
        },
        text,
      );
      const [x, y] = pos.get(n.id)!;
      b.style.left = `${x}px`;
      b.style.top = `${y}px`;
      b.addEventListener('click', () => this.update({ node: n.id }));
      b.addEventListener('pointerenter', () => {
        this.hover = n.id;
        this.requestRender();
      });
      b.addEventListener('pointerleave', () => {
        this.hover = undefined;
        this.requestRender();
      });
      b.addEventListener('focus', () => {
        this.hover = n.id;
        this.requestRender();
      });
      b.addEventListener('blur', () => {
        this.hover = undefined;
        this.requestRender();
      });
      return b;
    });
    const active = this.root.activeElement as HTMLElement | null;
    const keep = active?.getAttribute?.('data-node');
    dom.nodes.replaceChildren(...buttons);
    if (keep)
      (dom.nodes.querySelector(`[data-node="${CSS.escape(keep)}"]`) as HTMLElement | null)?.focus({
        preventScroll: true,
      });
  }

  private syncTable(): void {
    const dom = this.dom;
    setValue(dom.tableCriterion, this.s.criterion);
    if (!dom.tableText.matches(':focus')) dom.tableText.value = this.s.table;
    const t = this.tableTree();
    if (!t.ok) {
      dom.gains.replaceChildren(...t.errors.map((e) => el('li', {}, e)));
      return;
    }
    const h = t.tree.table.header;
    const word = this.s.criterion === 'entropy' ? 'entropy' : 'Gini';
    dom.gains.replaceChildren(
      ...t.tree.nodes.map((n) => {
        const li = el('li', { 'data-node': String(n.id) });
        const path =
          n.depth === 0 ? 'All rows' : `${'  '.repeat(n.depth)}${h[pathAttribute(t, n)] ?? ''} = ${n.value}`;
        const counts = t.tree.classes.map((c, k) => `${n.counts[k]} ${c}`).join(', ');
        li.append(
          el(
            'span',
            { class: 'best' },
            `${path}: ${n.rows.length} rows (${counts}), ${word} ${num(n.impurity)}. `,
          ),
        );
        if (n.gains.length) {
          const list = [...n.gains]
            .sort((p, q) => q.gain - p.gain)
            .map((g) => `${h[g.attribute]} ${num(g.gain)}`)
            .join(', ');
          li.append(el('span', { class: 'gain-list' }, `Gain: ${list}. `));
        }
        li.append(
          el(
            'span',
            {},
            n.split ? `Split on ${h[n.split.attribute]}.` : `Leaf: ${h[h.length - 1]} = ${n.prediction}.`,
          ),
        );
        return li;
      }),
    );
  }

  private syncFormula(palette: Palette, a: PlaneAnalysis): void {
    if (!this.s.formula) return;
    const f = this.focusNode(a);
    const best = f.split ? undefined : splittable(a.data, f, this.options());
    const cut = f.split
      ? {
          feature: f.split.feature,
          threshold: f.split.threshold,
          impurity: f.impurity - f.split.gain,
          left: f.left!.rows.length,
          right: f.right!.rows.length,
        }
      : best;
    const tex = nodeTex(f, cut, this.s.criterion, texColor(palette.gradient, PALETTES.light.gradient));
    if (tex === this.formulaTex) return;
    this.formulaTex = tex;
    const words = this.dom.curveText.textContent ?? '';
    this.formula.show(tex, words);
  }
}

/** The attribute the parent of `n` split on (for the path label). */
function pathAttribute(t: Extract<TableAnalysis, { ok: true }>, n: { id: number }): number {
  for (const p of t.tree.nodes)
    if (p.split?.children.some((c) => c.node.id === n.id)) return p.split.attribute;
  return -1;
}

function pct(v: number): string {
  return Number.isFinite(v) ? `${Math.round(v * 1000) / 10}%` : '—';
}

function pos(v: number, fallback: number): number {
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

function fit(canvas: HTMLCanvasElement, w: number, h: number): number {
  const scale = Math.min(window.devicePixelRatio || 1, MAX_DPR);
  const bw = Math.max(1, Math.round(w * scale));
  const bh = Math.max(1, Math.round(h * scale));
  if (canvas.width !== bw || canvas.height !== bh) {
    canvas.width = bw;
    canvas.height = bh;
  }
  return bw / w;
}

defineOnce('lumen-tree', LumenTree);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-tree': LumenTree;
  }
}

/**
 * The network diagram of `<lumen-network>` in SVG: one column per layer (one input per feature
 * on the left, x₁ x₂ for the plain coordinates, the output ŷ on the right), one line per weight whose thickness is |w| and whose colour
 * is its sign (the diverging pair of the heat map: the colour of class +1 for positive weights,
 * of class −1 for negative). Each weight is a focusable element (one Tab stop, the arrow keys
 * move inside, see `nextEdge`), so its gradient can be read by hover, click or keyboard.
 *
 * Each node holds a small picture of its value over the input plane (as in TensorFlow
 * Playground; `neuron-maps.ts` computes them), on a canvas inside the circle: a neuron's output,
 * or an input's feature (x², sin x, …).
 *
 * The elements are built once per network shape and only their attributes change per frame.
 */
import { SVG_NS } from './dom';
import { allEdges, sameEdge, weightIndex } from './model';
import type { EdgeRef } from './props';
import { edgeLabel, num } from './words';
import { FEATURE_LABELS, XY, type Feature, type Net } from '../../math/nn';

export const VIEW_W = 560;
/** Big enough for a readable picture of the neuron's output inside it. */
const NODE_R = 21;
/** Vertical distance between the centres of two neurons of a layer. */
const GAP = 52;
const MARGIN = NODE_R * 2.2;

/** The viewBox height: room for the widest layer (and for the weight's label above a small one). */
export function viewHeight(sizes: readonly number[]): number {
  return Math.max(150, (Math.max(...sizes) - 1) * GAP + 2 * MARGIN);
}

export interface NodePlace {
  readonly x: number;
  readonly y: number;
}

/** Node centres per layer in the diagram's viewBox: columns evenly spaced, each column centred. */
export function diagramLayout(
  sizes: readonly number[],
  width = VIEW_W,
  height = viewHeight(sizes),
): NodePlace[][] {
  const cols = sizes.length;
  return sizes.map((n, l) => {
    const x = MARGIN + ((width - 2 * MARGIN) * l) / Math.max(1, cols - 1);
    const y0 = height / 2 - ((n - 1) * GAP) / 2;
    return Array.from({ length: n }, (_, k) => ({ x, y: y0 + k * GAP }));
  });
}

/** Stroke width in viewBox units for a weight: thin for 0, thick for |w| ≥ 3. */
export function edgeWidth(w: number): number {
  return Number.isFinite(w) ? 0.6 + Math.min(Math.abs(w), 3) * 1.9 : 0.6;
}

/**
 * The numbers of the readout beside the shown weight: the element hands over the very numbers the
 * formula shows (review D7: one gradient, from one place), ∂L̄/∂w without the L2 term.
 */
export interface TipNumbers {
  readonly edge: string;
  readonly w: number;
  readonly g: number | undefined;
}

interface EdgeEls {
  readonly ref: EdgeRef;
  readonly g: SVGGElement;
  readonly line: SVGLineElement;
}

export class NetworkDiagram {
  private shape = '';
  private edges: EdgeEls[] = [];
  private readonly edgeLayer: SVGGElement;
  private readonly nodeLayer: SVGGElement;
  private readonly tip: SVGGElement;
  private readonly tipBox: SVGRectElement;
  private readonly tipText: SVGTextElement;
  private places: NodePlace[][] = [];
  private maps: HTMLCanvasElement[][] = [];
  private viewH = 150;
  private tipNumbers: TipNumbers | undefined;
  private tipEdge: EdgeRef | undefined;

  constructor(readonly svg: SVGSVGElement) {
    this.edgeLayer = svgEl('g', { class: 'edges' });
    this.nodeLayer = svgEl('g', { class: 'nodes', 'aria-hidden': 'true' });
    this.tip = svgEl('g', { class: 'tip', 'aria-hidden': 'true' });
    this.tipBox = svgEl('rect', { rx: '4' });
    this.tipText = svgEl('text', {});
    this.tip.append(this.tipBox, this.tipText);
    svg.append(this.edgeLayer, this.nodeLayer, this.tip);
  }

  /** The focusable element of a weight (for moving the keyboard focus). */
  edgeElement(e: EdgeRef): SVGGElement | undefined {
    return this.edges.find((x) => sameEdge(x.ref, e))?.g;
  }

  /** The canvas of node j (from 0) of layer l: 0 the inputs, the last the output. */
  mapCanvas(l: number, j: number): HTMLCanvasElement | undefined {
    return this.maps[l]?.[j];
  }

  edgeOf(target: EventTarget | null): EdgeRef | undefined {
    return this.edges.find((x) => x.g === target || x.line === target)?.ref;
  }

  /**
   * `labels`: also rewrite every weight's aria-label. The element asks for it at most once a
   * second while training, so a screen reader on a focused weight is not interrupted every frame.
   */
  draw(
    net: Net,
    grads: Net | null,
    selected: EdgeRef,
    shown: EdgeRef,
    labels = true,
    inputs: readonly Feature[] = XY,
  ): void {
    this.rebuild(net.sizes, inputs);
    const sizes = net.sizes;
    for (const { ref, g, line } of this.edges) {
      const w = net.weights[ref.layer - 1]?.[weightIndex(sizes, ref)] ?? 0;
      const gr = grads ? grads.weights[ref.layer - 1]?.[weightIndex(sizes, ref)] : undefined;
      // Tenths of a unit (under 0.1 px on screen): a weight that barely moved writes nothing.
      setAttr(line, 'stroke-width', edgeWidth(w).toFixed(1));
      setAttr(line, 'class', `edge ${w >= 0 ? 'pos' : 'neg'}`);
      const isSel = sameEdge(ref, selected);
      setAttr(g, 'tabindex', isSel ? '0' : '-1');
      setAttr(g, 'aria-selected', String(isSel));
      setAttr(g, 'class', `weight${isSel ? ' selected' : ''}${sameEdge(ref, shown) ? ' shown' : ''}`);
      if (labels || !g.hasAttribute('aria-label'))
        setAttr(g, 'aria-label', edgeLabel(ref, sizes, w, gr, inputs));
    }
    this.tipEdge = shown;
    this.placeTip();
  }

  /** The numbers the formula shows now (it calls this when it puts them on screen). */
  showTip(n: TipNumbers): void {
    this.tipNumbers = n;
    this.placeTip();
  }

  /** The readout beside the shown weight; only what changed is written (it runs every frame while training). */
  private placeTip(): void {
    const e = this.tipEdge;
    const n = this.tipNumbers;
    const a = e && this.places[e.layer - 1]?.[e.from - 1];
    const b = e && this.places[e.layer]?.[e.to - 1];
    // Nothing until the formula's numbers for this very weight arrive: never another weight's.
    if (!e || !a || !b || !n || n.edge !== `${e.layer}.${e.to}.${e.from}`) {
      this.tip.style.display = 'none';
      return;
    }
    if (this.tip.style.display) this.tip.style.display = '';
    const text = `w ${num(n.w)}   ∂L̄/∂w ${n.g === undefined ? '—' : num(n.g)}`;
    if (this.tipText.textContent !== text) this.tipText.textContent = text;
    const width = text.length * 7.4 + 12;
    // Beside the middle of the edge, kept inside the view.
    const mx = Math.max(4, Math.min(VIEW_W - width - 4, (a.x + b.x) / 2 - width / 2));
    const my = Math.max(4, Math.min(this.viewH - 26, (a.y + b.y) / 2 - 30));
    setAttr(this.tipBox, 'x', mx.toFixed(1));
    setAttr(this.tipBox, 'y', my.toFixed(1));
    setAttr(this.tipBox, 'width', width.toFixed(1));
    setAttr(this.tipBox, 'height', '22');
    setAttr(this.tipText, 'x', (mx + 6).toFixed(1));
    setAttr(this.tipText, 'y', (my + 15.5).toFixed(1));
  }

  private rebuild(sizes: readonly number[], inputs: readonly Feature[]): void {
    const shape = `${sizes.join(',')}|${inputs.join(' ')}`;
    if (shape === this.shape) return;
    this.shape = shape;
    this.viewH = viewHeight(sizes);
    this.svg.setAttribute('viewBox', `0 0 ${VIEW_W} ${this.viewH}`);
    this.places = diagramLayout(sizes, VIEW_W, this.viewH);
    this.edges = allEdges(sizes).map((ref) => {
      const a = this.places[ref.layer - 1]?.[ref.from - 1] ?? { x: 0, y: 0 };
      const b = this.places[ref.layer]?.[ref.to - 1] ?? { x: 0, y: 0 };
      const g = svgEl('g', {
        role: 'option',
        'data-edge': `${ref.layer}.${ref.to}.${ref.from}`,
        tabindex: '-1',
      });
      const coords = { x1: f(a.x), y1: f(a.y), x2: f(b.x), y2: f(b.y) };
      // A wide transparent line under the visible one: a thin weight is still easy to hover.
      const hit = svgEl('line', { ...coords, class: 'hit' });
      const ring = svgEl('line', { ...coords, class: 'ring' });
      const line = svgEl('line', { ...coords, class: 'edge' });
      g.append(hit, ring, line);
      return { ref, g, line };
    });
    this.edgeLayer.replaceChildren(...this.edges.map((e) => e.g));
    const last = sizes.length - 1;
    this.maps = sizes.map(() => []);
    // The plain coordinates keep the formula's names x₁, x₂; any other list names its features.
    const plain = inputs.join(' ') === XY.join(' ');
    const nodes = this.places.flatMap((col, l) =>
      col.map((p, k) => {
        const node = svgEl('g', { class: `node${l === 0 ? ' input' : l === last ? ' output' : ''}` });
        node.append(svgEl('circle', { cx: f(p.x), cy: f(p.y), r: String(NODE_R) }));
        {
          // The picture sits inside the ring: an HTML canvas in the SVG, clipped round by CSS.
          const inset = NODE_R - 2;
          const fo = svgEl('foreignObject', {
            x: f(p.x - inset),
            y: f(p.y - inset),
            width: f(2 * inset),
            height: f(2 * inset),
          });
          const canvas = document.createElementNS(
            'http://www.w3.org/1999/xhtml',
            'canvas',
          ) as HTMLCanvasElement;
          canvas.setAttribute('class', 'map');
          fo.append(canvas);
          node.append(fo);
          this.maps[l]!.push(canvas);
        }
        const feature = inputs[k] ?? 'x';
        const label =
          l === 0 ? (plain ? (k === 0 ? 'x₁' : 'x₂') : FEATURE_LABELS[feature]) : l === last ? 'ŷ' : '';
        if (label) {
          // ŷ under its neuron (its picture fills the circle; the weight's readout goes above the
          // edges); an input's name over its picture, on a halo (CSS).
          const under = l === last;
          const t = svgEl('text', {
            x: f(p.x),
            y: f(under ? p.y + NODE_R + 18 : p.y + 5),
            'text-anchor': 'middle',
          });
          t.textContent = label;
          node.append(t);
        }
        return node;
      }),
    );
    this.nodeLayer.replaceChildren(...nodes);
  }
}

const f = (v: number): string => v.toFixed(1);

function setAttr(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

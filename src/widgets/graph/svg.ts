/**
 * Draws a scene into the widget's <svg>. Elements are created once per program and then only
 * updated, so a focused node keeps its focus while the run steps on. Text goes in with
 * textContent; colours come from the widget's CSS classes.
 */
import { SVG_NS } from './dom';
import type { Scene, SceneEdge, SceneNode } from './scene';

interface NodeParts {
  readonly g: SVGGElement;
  /** The node's name in words (its accessible name and hover tip). */
  readonly tip: SVGTitleElement;
  readonly box: SVGRectElement;
  readonly name: SVGTSpanElement;
  readonly sub: SVGTSpanElement;
  readonly op: SVGTextElement;
  readonly value: SVGTextElement;
  readonly grad: SVGTextElement;
}

interface EdgeParts {
  readonly path: SVGPathElement;
  readonly head: SVGPathElement;
  readonly label: SVGGElement;
  readonly labelBox: SVGRectElement;
  readonly labelText: SVGTextElement;
}

function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function set(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}
function setText(node: Element, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
const px = (x: number): string => String(Math.round(x * 10) / 10);

export class GraphSvg {
  private key = '';
  private nodes: NodeParts[] = [];
  private edges: EdgeParts[] = [];

  constructor(private readonly svg: SVGSVGElement) {}

  /** The <g> of node `id`, if drawn. */
  nodeElement(id: number): SVGGElement | undefined {
    return this.nodes[id]?.g;
  }

  /**
   * Scrolls the graph's box so that node `id` is in it, with a margin. `side` says where the
   * nodes already done lie: 'right' during the backward pass (the node goes to the left edge, so
   * the gradients known so far fill the view), 'left' during the forward pass (the node goes to
   * the right edge); 'nearest' scrolls by as little as it takes.
   */
  scrollTo(id: number, box: HTMLElement, side: 'left' | 'right' | 'nearest' = 'nearest'): void {
    const node = this.nodeElement(id);
    if (!node) return;
    const b = box.getBoundingClientRect();
    const r = node.getBoundingClientRect();
    const margin = 16;
    if (side === 'right') box.scrollLeft += r.left - (b.left + margin);
    else if (side === 'left') box.scrollLeft += r.right - (b.right - margin);
    else if (r.left < b.left + margin) box.scrollLeft -= b.left + margin - r.left;
    else if (r.right > b.right - margin) box.scrollLeft += r.right - (b.right - margin);
    if (r.top < b.top + margin) box.scrollTop -= b.top + margin - r.top;
    else if (r.bottom > b.bottom - margin) box.scrollTop += r.bottom - (b.bottom - margin);
  }

  /** Draws `scene`; `key` identifies the program (a new key rebuilds every element). */
  draw(scene: Scene, key: string, fit: boolean, focusable: number | undefined): void {
    if (
      key !== this.key ||
      scene.nodes.length !== this.nodes.length ||
      scene.edges.length !== this.edges.length
    )
      this.rebuild(scene, key);
    const svg = this.svg;
    set(svg, 'viewBox', `0 0 ${px(scene.width)} ${px(scene.height)}`);
    set(svg, 'width', fit ? '100%' : px(scene.width));
    // Fitted, the height follows the viewBox's aspect (CSS height: auto); "auto" is no SVG length.
    if (fit) svg.removeAttribute('height');
    else set(svg, 'height', px(scene.height));
    svg.style.setProperty('--graph-font', `${px(scene.font)}px`);
    svg.classList.toggle('fit', fit);
    scene.edges.forEach((e, i) => this.drawEdge(this.edges[i] as EdgeParts, e, scene.font));
    scene.nodes.forEach((n, i) =>
      this.drawNode(this.nodes[i] as NodeParts, n, scene.font, n.id === focusable),
    );
  }

  private rebuild(scene: Scene, key: string): void {
    this.key = key;
    const edgeLayer = svgEl('g', { class: 'edges' });
    const nodeLayer = svgEl('g', { class: 'nodes' });
    const labelLayer = svgEl('g', { class: 'labels', 'aria-hidden': 'true' });
    this.edges = scene.edges.map(() => {
      const path = svgEl('path');
      const head = svgEl('path');
      const label = svgEl('g', { class: 'elabel' });
      const labelBox = svgEl('rect', { rx: '3' });
      const labelText = svgEl('text', { 'text-anchor': 'middle', 'dominant-baseline': 'central' });
      label.append(labelBox, labelText);
      edgeLayer.append(path, head);
      labelLayer.append(label);
      return { path, head, label, labelBox, labelText };
    });
    this.nodes = scene.nodes.map((n) => {
      const g = svgEl('g', { role: 'option', 'data-node': n.ref, tabindex: '-1' });
      const box = svgEl('rect', { class: 'box' });
      const title = svgEl('text', { class: 'title' });
      const name = svgEl('tspan', { class: 'name' });
      // dy, not baseline-shift: a shifted baseline would run into the value line below.
      const sub = svgEl('tspan', { class: 'sub', dy: '0.28em' });
      title.append(name, sub);
      const op = svgEl('text', { class: 'op', 'text-anchor': 'end' });
      const value = svgEl('text', { class: 'value' });
      const grad = svgEl('text', { class: 'grad' });
      // The node's name is a sentence in a <title> (also the hover tip), not an aria-label: an
      // aria-label that omits the drawn texts fails WCAG 2.5.3 (label in name). The drawn
      // texts are for the eye; the sentence says the same in words.
      const tip = svgEl('title', {});
      for (const t of [title, op, value, grad]) t.setAttribute('aria-hidden', 'true');
      g.append(tip, box, title, op, value, grad);
      nodeLayer.append(g);
      return { g, tip, box, name, sub, op, value, grad };
    });
    this.svg.replaceChildren(edgeLayer, nodeLayer, labelLayer);
  }

  private drawNode(parts: NodeParts, n: SceneNode, f: number, focusable: boolean): void {
    const { g, box } = parts;
    set(g, 'class', n.classes.join(' '));
    set(g, 'transform', `translate(${px(n.x)} ${px(n.y)})`);
    setText(parts.tip, n.label);
    set(g, 'aria-selected', String(n.classes.includes('selected')));
    set(g, 'tabindex', focusable ? '0' : '-1');
    set(box, 'width', px(n.w));
    set(box, 'height', px(n.h));
    set(box, 'rx', px(f * 0.45));
    const left = px(f * 0.45);
    const title = parts.name.parentNode as SVGTextElement;
    set(title, 'x', left);
    set(title, 'y', px(f * 1.2));
    setText(parts.name, n.base);
    setText(parts.sub, n.sub);
    set(parts.op, 'x', px(n.w - f * 0.45));
    set(parts.op, 'y', px(f * 1.2));
    setText(parts.op, n.op);
    set(parts.value, 'x', left);
    set(parts.value, 'y', px(f * 2.4));
    setText(parts.value, n.value ?? '?');
    set(parts.grad, 'x', left);
    set(parts.grad, 'y', px(f * 3.4));
    setText(parts.grad, n.grad === undefined ? '' : `∂ ${n.grad}`);
  }

  private drawEdge(parts: EdgeParts, e: SceneEdge, f: number): void {
    set(parts.path, 'class', e.classes.join(' '));
    set(parts.path, 'd', e.d);
    set(parts.head, 'class', [...e.classes, 'head'].join(' '));
    set(parts.head, 'd', arrowHead(e.d, f));
    const label = e.label;
    parts.label.style.display = label ? '' : 'none';
    if (!label) return;
    set(parts.label, 'class', ['elabel', ...e.classes.filter((c) => c !== 'edge')].join(' '));
    set(parts.labelBox, 'x', px(label.x - label.w / 2));
    set(parts.labelBox, 'y', px(label.y - label.h / 2));
    set(parts.labelBox, 'width', px(label.w));
    set(parts.labelBox, 'height', px(label.h));
    set(parts.labelText, 'x', px(label.x));
    set(parts.labelText, 'y', px(label.y));
    setText(parts.labelText, label.text);
  }
}

/** A small filled triangle at the end of a path (every edge ends going right, into a node's left side). */
export function arrowHead(d: string, f: number): string {
  const m = /(-?[\d.]+) (-?[\d.]+)$/.exec(d);
  if (!m) return '';
  const x = Number(m[1]);
  const y = Number(m[2]);
  const len = f * 0.55;
  const half = f * 0.28;
  return `M${px(x)} ${px(y)} L${px(x - len)} ${px(y - half)} L${px(x - len)} ${px(y + half)} Z`;
}

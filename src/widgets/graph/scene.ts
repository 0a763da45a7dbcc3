/**
 * What the graph looks like at one step, as plain data: node boxes with their texts and state
 * classes, edge paths, and the local-derivative labels that are shown. Pure (no DOM), so tests
 * check geometry, texts and classes directly; `svg.ts` turns a scene into SVG elements, and the
 * colours come from CSS (so a theme change needs no new scene).
 *
 * Sizes scale with the font (`f`, CSS px), so the projector theme's bigger text still fits.
 */
import type { CompiledProgram } from '../../math/autodiff/program';
import type { Layout } from './layout';
import { edgeKnown, hasGrad, hasValue, type StepInfo } from './model';
import { nodeLabel, num, opSymbol } from './words';

export const NODE_W = 6.2;
export const NODE_H = 3.8;
export const COL_GAP = 4.2;
export const PAD = 0.8;
/** Edge labels are drawn at this fraction of the font size. */
export const LABEL_SCALE = 0.8;

export interface SceneNode {
  readonly id: number;
  readonly ref: string;
  /** Top-left corner and size, CSS px. */
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly base: string;
  readonly sub: string;
  readonly op: string;
  /** Undefined until the forward pass computes it. */
  readonly value: string | undefined;
  /** Undefined until the backward pass reaches it. */
  readonly grad: string | undefined;
  readonly classes: readonly string[];
  readonly label: string;
}

export interface EdgeLabel {
  /** Centre of the label, CSS px. */
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly text: string;
}

export interface SceneEdge {
  readonly id: number;
  /** SVG path data. */
  readonly d: string;
  readonly classes: readonly string[];
  readonly label: EdgeLabel | undefined;
}

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly font: number;
  readonly nodes: readonly SceneNode[];
  readonly edges: readonly SceneEdge[];
}

export interface SceneInput {
  readonly program: CompiledProgram;
  readonly layout: Layout;
  readonly info: StepInfo;
  readonly selected: number | undefined;
  /** Label every edge, not only those of the selected and the current node. */
  readonly allLocals: boolean;
  /** Font size, CSS px. */
  readonly font: number;
}

type Point = readonly [number, number];

export function buildScene(s: SceneInput): Scene {
  const { program: p, layout, info, font: f } = s;
  const g = p.graph;
  const w = NODE_W * f;
  const h = NODE_H * f;
  const colLeft = (layer: number): number => PAD * f + layer * (NODE_W + COL_GAP) * f;
  const rowY = (y: number): number => PAD * f + y * h;
  const centre = (id: number): Point => {
    const place = layout.nodes[id] ?? { layer: 0, y: 0 };
    return [colLeft(place.layer) + w / 2, rowY(place.y)];
  };

  // Ports: edges meet a node's side at spread-out points, ordered by where they come from or go
  // to, so that two edges into one node do not cross right at its door.
  const inPort = new Map<number, number>();
  const outPort = new Map<number, number>();
  const firstPointY = (e: number): number => {
    const bends = layout.bends[e] ?? [];
    const b = bends[0];
    return b ? rowY(b.y) : centre(g.edges[e]?.to ?? 0)[1];
  };
  const lastPointY = (e: number): number => {
    const bends = layout.bends[e] ?? [];
    const b = bends[bends.length - 1];
    return b ? rowY(b.y) : centre(g.edges[e]?.from ?? 0)[1];
  };
  for (const n of g.nodes) {
    const [, cy] = centre(n.id);
    const into = [...(g.in[n.id] ?? [])];
    const ordered =
      n.op?.kind === 'binary' && (n.op.op === '-' || n.op.op === '/')
        ? into
        : into.sort((a, b) => lastPointY(a) - lastPointY(b) || a - b);
    ordered.forEach((e, i) => inPort.set(e, cy + (i - (ordered.length - 1) / 2) * h * 0.34));
    const out = [...(g.out[n.id] ?? [])].sort((a, b) => firstPointY(a) - firstPointY(b) || a - b);
    const spread = Math.min(h * 0.22, (h * 0.7) / Math.max(1, out.length - 1));
    out.forEach((e, i) => outPort.set(e, cy + (i - (out.length - 1) / 2) * spread));
  }

  const selected = s.selected;
  const touched = info.touched;
  const forwardStep = info.step > 0 && info.step <= info.forwardSteps;
  const backwardStep = info.step > info.forwardSteps;

  const edges: SceneEdge[] = g.edges.map((edge, id) => {
    const [fx] = centre(edge.from);
    const [tx] = centre(edge.to);
    const points: Point[] = [[fx + w / 2, outPort.get(id) ?? 0]];
    for (const b of layout.bends[id] ?? []) {
      points.push([colLeft(b.layer), rowY(b.y)], [colLeft(b.layer) + w, rowY(b.y)]);
    }
    points.push([tx - w / 2, inPort.get(id) ?? 0]);
    const classes: string[] = ['edge'];
    if (!g.live[edge.to]) classes.push('dead');
    if (forwardStep && touched === edge.to) classes.push('active', 'forward');
    if (backwardStep && touched === edge.from) classes.push('active', 'backward');
    if (hasGrad(g, info, edge.from) && g.live[edge.to]) classes.push('carried');
    const known = edgeKnown(g, info, id);
    const wanted =
      s.allLocals || edge.from === selected || edge.to === selected || classes.includes('active');
    const text = num(p.locals[id] as number);
    const lf = f * LABEL_SCALE;
    const last = points.length - 1;
    const at = curvePoint(points[last - 1] as Point, points[last] as Point, 0.7);
    const label: EdgeLabel | undefined =
      known && wanted
        ? { x: at[0], y: at[1], w: text.length * lf * 0.62 + lf * 0.6, h: lf * 1.35, text }
        : undefined;
    if (label) classes.push('labelled');
    return { id, d: pathData(points), classes, label };
  });

  const nodes: SceneNode[] = g.nodes.map((n) => {
    const [cx, cy] = centre(n.id);
    const classes: string[] = ['node', n.kind];
    if (n.id === g.output) classes.push('output');
    if (!g.live[n.id]) classes.push('dead');
    const value = hasValue(g, info, n.id);
    const grad = hasGrad(g, info, n.id);
    if (value) classes.push('computed');
    if (grad) classes.push('graded');
    if (n.id === touched) classes.push('touched');
    if (n.id === selected) classes.push('selected');
    return {
      id: n.id,
      ref: n.ref,
      x: cx - w / 2,
      y: cy - h / 2,
      w,
      h,
      base: n.label.base,
      sub: n.label.sub,
      op: n.kind === 'input' ? 'input' : opSymbol(n.op),
      value: value ? num(p.values[n.id] as number) : undefined,
      grad: grad ? num(p.grads[n.id] as number) : undefined,
      classes,
      label: nodeLabel(p, info, n.id),
    };
  });

  return {
    width: colLeft(layout.layers - 1) + w + PAD * f,
    height: rowY(layout.height) + PAD * f,
    font: f,
    nodes,
    edges,
  };
}

/** Curves between columns (horizontal tangents at both ends), straight lines through a column. */
export function pathData(points: readonly Point[]): string {
  const r = (x: number): string => String(Math.round(x * 10) / 10);
  const first = points[0] as Point;
  let d = `M${r(first[0])} ${r(first[1])}`;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1] as Point;
    const [x1, y1] = points[i] as Point;
    // Segments 1, 3, 5… cross the gap between columns; 2, 4… run through a column.
    if (i % 2 === 1) {
      const mx = (x0 + x1) / 2;
      d += ` C${r(mx)} ${r(y0)} ${r(mx)} ${r(y1)} ${r(x1)} ${r(y1)}`;
    } else d += ` L${r(x1)} ${r(y1)}`;
  }
  return d;
}

/** The point at `t` on the curve that `pathData` draws from a to b. */
export function curvePoint(a: Point, b: Point, t: number): Point {
  const mx = (a[0] + b[0]) / 2;
  const u = 1 - t;
  const x = u * u * u * a[0] + 3 * u * u * t * mx + 3 * u * t * t * mx + t * t * t * b[0];
  const y = u * u * u * a[1] + 3 * u * u * t * a[1] + 3 * u * t * t * b[1] + t * t * t * b[1];
  return [x, y];
}

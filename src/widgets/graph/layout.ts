/**
 * Layered drawing of a computation graph (the Sugiyama recipe, small and deterministic):
 * 1. columns: inputs in column 0, each operation one column right of its latest operand, pulled
 *    right towards the node that uses it, and the output alone on the far right;
 * 2. an edge that skips columns gets a bend point in every column it crosses, so it never runs
 *    through a node;
 * 3. the order inside each column is sorted by the average position of the neighbours, sweeping
 *    left-to-right and back, keeping the order with the fewest crossings;
 * 4. vertical positions: each vertex goes as close as it can to the average of its neighbours
 *    while keeping a fixed gap to the vertices above and below it (isotonic regression).
 *
 * Units: a node is 1 high; columns are numbered. The scene scales both to pixels. Nodes in one
 * column are at least 1 + GAP apart, so they never overlap.
 */
import type { Graph } from '../../math/autodiff/graph';

export const GAP = 0.4;
/** Height of a bend point's slot: edges passing through a column need less room than nodes. */
export const BEND = 0.3;

export interface Place {
  readonly layer: number;
  /** Centre, in node heights from the top. */
  readonly y: number;
}

export interface Layout {
  readonly layers: number;
  /** Total height, in node heights. */
  readonly height: number;
  readonly nodes: readonly Place[];
  /** Bend points of each edge (by edge index), left to right; empty when it joins neighbouring columns. */
  readonly bends: readonly (readonly Place[])[];
  /** Edge crossings between neighbouring columns (for tests and tuning). */
  readonly crossings: number;
}

interface Vertex {
  readonly layer: number;
  readonly height: number;
  readonly weight: number;
}

export function assignLayers(graph: Graph): number[] {
  const n = graph.nodes.length;
  const layer = new Array<number>(n).fill(0);
  for (const node of graph.nodes)
    if (node.args.length) layer[node.id] = 1 + Math.max(...node.args.map((a) => layer[a] as number));
  const earliest = [...layer];
  // Pull each operation right, next to its first user: short edges instead of long ones.
  for (let id = n - 1; id >= 0; id--) {
    const node = graph.nodes[id];
    if (!node || node.kind === 'input' || id === graph.output) continue;
    const users = (graph.out[id] ?? []).map((e) => layer[graph.edges[e]?.to ?? id] as number);
    if (users.length) layer[id] = Math.max(earliest[id] as number, Math.min(...users) - 1);
  }
  const last = Math.max(...layer.filter((_, id) => id !== graph.output), 0) + 1;
  layer[graph.output] =
    graph.nodes[graph.output]?.kind === 'input' ? 0 : Math.max(layer[graph.output] as number, last);
  return layer;
}

export function layoutGraph(graph: Graph): Layout {
  const layerOf = assignLayers(graph);
  const layers = Math.max(...layerOf) + 1;
  const vertices: Vertex[] = graph.nodes.map((_, id) => ({
    layer: layerOf[id] as number,
    height: 1,
    weight: 1,
  }));

  // Chains of bend vertices, one chain per distinct (from, to) pair: c + c shares one route.
  const chains = new Map<string, number[]>();
  const links: [number, number][] = [];
  const linkSeen = new Set<string>();
  const link = (u: number, v: number): void => {
    const key = `${u}>${v}`;
    if (linkSeen.has(key)) return;
    linkSeen.add(key);
    links.push([u, v]);
  };
  for (const e of graph.edges) {
    const key = `${e.from}>${e.to}`;
    if (chains.has(key)) continue;
    const chain: number[] = [];
    for (let l = (layerOf[e.from] as number) + 1; l < (layerOf[e.to] as number); l++) {
      chain.push(vertices.length);
      vertices.push({ layer: l, height: BEND, weight: 0.5 });
    }
    chains.set(key, chain);
    const path = [e.from, ...chain, e.to];
    for (let k = 0; k + 1 < path.length; k++) link(path[k] as number, path[k + 1] as number);
  }

  const left: number[][] = vertices.map(() => []);
  const right: number[][] = vertices.map(() => []);
  for (const [u, v] of links) {
    right[u]?.push(v);
    left[v]?.push(u);
  }

  const columns: number[][] = Array.from({ length: layers }, () => []);
  vertices.forEach((v, id) => columns[v.layer]?.push(id));
  const order = orderColumns(columns, left, right);
  const y = placeVertically(order.columns, vertices, left, right);

  const bends = graph.edges.map((e) =>
    (chains.get(`${e.from}>${e.to}`) ?? []).map((v) => ({ layer: vertices[v]?.layer ?? 0, y: y[v] ?? 0 })),
  );
  const height = Math.max(...vertices.map((v, id) => (y[id] ?? 0) + v.height / 2), 1);
  return {
    layers,
    height,
    nodes: graph.nodes.map((_, id) => ({ layer: layerOf[id] as number, y: y[id] ?? 0 })),
    bends,
    crossings: order.crossings,
  };
}

// ---- 3. order within columns --------------------------------------------------------------------

function orderColumns(
  initial: number[][],
  left: readonly number[][],
  right: readonly number[][],
): { columns: number[][]; crossings: number } {
  let columns = initial.map((c) => [...c]);
  let best = columns.map((c) => [...c]);
  let bestCrossings = countAll(columns, right);
  for (let sweep = 0; sweep < 12 && bestCrossings > 0; sweep++) {
    const down = sweep % 2 === 0;
    const pos = positions(columns);
    const range = down
      ? columns.map((_, l) => l).slice(1)
      : columns
          .map((_, l) => l)
          .reverse()
          .slice(1);
    for (const l of range) {
      const neighbours = down ? left : right;
      const col = columns[l] as number[];
      const key = new Map<number, number>();
      for (const v of col) {
        const ns = neighbours[v] ?? [];
        key.set(v, ns.length ? ns.reduce((s, u) => s + (pos[u] ?? 0), 0) / ns.length : (pos[v] ?? 0));
      }
      col.sort((a, b) => (key.get(a) as number) - (key.get(b) as number) || (pos[a] ?? 0) - (pos[b] ?? 0));
      col.forEach((v, i) => (pos[v] = i));
    }
    const c = countAll(columns, right);
    if (c < bestCrossings) {
      bestCrossings = c;
      best = columns.map((col) => [...col]);
    }
  }
  columns = best;
  return { columns, crossings: bestCrossings };
}

function positions(columns: readonly number[][]): number[] {
  const pos: number[] = [];
  for (const col of columns) col.forEach((v, i) => (pos[v] = i));
  return pos;
}

/** Crossings between every pair of neighbouring columns. */
function countAll(columns: readonly number[][], right: readonly number[][]): number {
  const pos = positions(columns);
  let total = 0;
  for (let l = 0; l + 1 < columns.length; l++) {
    const pairs: [number, number][] = [];
    for (const u of columns[l] ?? []) for (const v of right[u] ?? []) pairs.push([pos[u] ?? 0, pos[v] ?? 0]);
    for (let i = 0; i < pairs.length; i++)
      for (let j = i + 1; j < pairs.length; j++) {
        const [a, b] = pairs[i] as [number, number];
        const [c, d] = pairs[j] as [number, number];
        if ((a - c) * (b - d) < 0) total++;
      }
  }
  return total;
}

// ---- 4. vertical positions ----------------------------------------------------------------------

function placeVertically(
  columns: readonly number[][],
  vertices: readonly Vertex[],
  left: readonly number[][],
  right: readonly number[][],
): number[] {
  const y: number[] = new Array<number>(vertices.length).fill(0);
  const tallest = Math.max(...columns.map((c) => stackHeight(c, vertices)));
  for (const col of columns) {
    let at = (tallest - stackHeight(col, vertices)) / 2;
    for (const v of col) {
      const h = vertices[v]?.height ?? 1;
      y[v] = at + h / 2;
      at += h + GAP;
    }
  }
  const mean = (ns: readonly number[], v: number): number =>
    ns.length ? ns.reduce((s, u) => s + (y[u] ?? 0), 0) / ns.length : (y[v] ?? 0);
  const pass = (l: number, desired: (v: number) => number): void => {
    const col = columns[l] ?? [];
    const placed = isotonicPlace(
      col.map(desired),
      col.map((v) => vertices[v]?.weight ?? 1),
      col
        .slice(1)
        .map((v, i) => ((vertices[col[i] as number]?.height ?? 1) + (vertices[v]?.height ?? 1)) / 2 + GAP),
    );
    col.forEach((v, i) => (y[v] = placed[i] as number));
  };
  for (let iter = 0; iter < 6; iter++) {
    for (let l = 1; l < columns.length; l++) pass(l, (v) => mean(left[v] ?? [], v));
    for (let l = columns.length - 2; l >= 0; l--) pass(l, (v) => mean(right[v] ?? [], v));
  }
  for (let l = 0; l < columns.length; l++) pass(l, (v) => mean([...(left[v] ?? []), ...(right[v] ?? [])], v));
  const top = Math.min(...vertices.map((v, id) => (y[id] ?? 0) - v.height / 2));
  return y.map((value) => value - top);
}

function stackHeight(col: readonly number[], vertices: readonly Vertex[]): number {
  return col.reduce((s, v) => s + (vertices[v]?.height ?? 1), 0) + Math.max(0, col.length - 1) * GAP;
}

/**
 * Positions y₁ < y₂ < … as close as possible (weighted least squares) to `desired`, with
 * y[i+1] − y[i] ≥ gaps[i]: substitute z = y − (sum of gaps so far), and the constraint becomes
 * "z is non-decreasing", which the pool-adjacent-violators algorithm solves exactly.
 */
export function isotonicPlace(
  desired: readonly number[],
  weights: readonly number[],
  gaps: readonly number[],
): number[] {
  const offset: number[] = [0];
  for (let i = 0; i < gaps.length; i++) offset.push((offset[i] as number) + (gaps[i] as number));
  const blocks: { value: number; weight: number; count: number }[] = [];
  desired.forEach((d, i) => {
    blocks.push({ value: d - (offset[i] as number), weight: weights[i] ?? 1, count: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1] as { value: number; weight: number; count: number };
      const a = blocks[blocks.length - 2] as { value: number; weight: number; count: number };
      if (a.value <= b.value) break;
      const weight = a.weight + b.weight;
      blocks.splice(blocks.length - 2, 2, {
        value: (a.value * a.weight + b.value * b.weight) / weight,
        weight,
        count: a.count + b.count,
      });
    }
  });
  const out: number[] = [];
  for (const b of blocks)
    for (let k = 0; k < b.count; k++) out.push(b.value + (offset[out.length] as number));
  return out;
}

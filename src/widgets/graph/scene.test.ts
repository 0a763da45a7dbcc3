import { describe, expect, it } from 'vitest';
import { compileProgram, type CompiledProgram } from '../../math/autodiff/program';
import { layoutGraph } from './layout';
import { stepInfo } from './model';
import { buildScene, curvePoint, pathData, type Scene } from './scene';
import { arrowHead } from './svg';
import { MICROGRAD } from '../../../test/unit/autodiff-programs';

function program(source: string): CompiledProgram {
  const r = compileProgram(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.program;
}

const LESSON = program('a = 3\nb = -2\nc = a * b\nd = c + a\ne = d^2');

function scene(p: CompiledProgram, step: number, selected?: number, allLocals = false, font = 15): Scene {
  return buildScene({
    program: p,
    layout: layoutGraph(p.graph),
    info: stepInfo(p.graph, step),
    selected,
    allLocals,
    font,
  });
}

function overlaps(
  a: { x: number; y: number; w: number; h: number },
  b: { x: number; y: number; w: number; h: number },
): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

describe('graph scene', () => {
  it('shows values once computed and gradients once the backward pass reaches a node', () => {
    const start = scene(LESSON, 0);
    expect(start.nodes.map((n) => n.value)).toEqual(['3', '\u22122', undefined, undefined, undefined]);
    expect(start.nodes.every((n) => n.grad === undefined)).toBe(true);
    const done = scene(LESSON, 8);
    expect(done.nodes.map((n) => n.value)).toEqual(['3', '\u22122', '\u22126', '\u22123', '9']);
    expect(done.nodes.map((n) => n.grad)).toEqual(['6', '\u221218', '\u22126', '\u22126', '1']);
    expect(done.nodes.map((n) => n.op)).toEqual(['input', 'input', '×', '+', '^2']);
  });

  it('marks the node of the current step, the output and the selection', () => {
    const s = scene(LESSON, 2, 0);
    expect(s.nodes[3]?.classes).toContain('touched');
    expect(s.nodes[4]?.classes).toContain('output');
    expect(s.nodes[0]?.classes).toContain('selected');
    expect(s.nodes[0]?.classes).toContain('input');
    expect(s.nodes[2]?.classes).toEqual(['node', 'op', 'computed']);
  });

  it('highlights the edges the current step uses: into the node forward, out of it backward', () => {
    const forward = scene(LESSON, 2); // d = c + a
    const active = (s: Scene) =>
      s.edges.filter((e) => e.classes.includes('active')).map((e) => LESSON.graph.edges[e.id]);
    expect(active(forward).map((e) => [e?.from, e?.to])).toEqual([
      [2, 3],
      [0, 3],
    ]);
    const backward = scene(LESSON, 8); // ∂e/∂a: the edges leaving a
    expect(active(backward).every((e) => e?.from === 0)).toBe(true);
    expect(backward.edges.filter((e) => e.classes.includes('backward'))).toHaveLength(2);
  });

  it('labels edges with local derivatives: the selected node’s, or all of them, once known', () => {
    const labels = (s: Scene) => s.edges.filter((e) => e.label).map((e) => e.label?.text);
    expect(labels(scene(LESSON, 0, 0))).toEqual([]); // nothing computed yet
    // a → c (b = −2) and a → d (1) for the selection; d → e (2d = −6) because step 3 just used it.
    expect(labels(scene(LESSON, 3, 0)).sort()).toEqual(['1', '\u22122', '\u22126']);
    expect(labels(scene(LESSON, 3, undefined, true))).toHaveLength(LESSON.graph.edges.length);
  });

  it('no two node boxes overlap, and every edge runs from a right side to a left side (micrograd, projector font)', () => {
    const s = scene(program(MICROGRAD), 52, undefined, true, 22);
    for (let i = 0; i < s.nodes.length; i++)
      for (let j = i + 1; j < s.nodes.length; j++)
        expect(overlaps(s.nodes[i]!, s.nodes[j]!), `${i} and ${j}`).toBe(false);
    const g = program(MICROGRAD).graph;
    for (const e of s.edges) {
      const edge = g.edges[e.id]!;
      const from = s.nodes[edge.from]!;
      const to = s.nodes[edge.to]!;
      const start = /^M(-?[\d.]+) (-?[\d.]+)/.exec(e.d)!;
      const end = /(-?[\d.]+) (-?[\d.]+)$/.exec(e.d)!;
      expect(Number(start[1])).toBeCloseTo(from.x + from.w, 0);
      expect(Number(start[2])).toBeGreaterThan(from.y);
      expect(Number(start[2])).toBeLessThan(from.y + from.h);
      expect(Number(end[1])).toBeCloseTo(to.x, 0);
      expect(Number(end[2])).toBeGreaterThan(to.y);
      expect(Number(end[2])).toBeLessThan(to.y + to.h);
    }
    for (const n of s.nodes) {
      expect(n.x + n.w).toBeLessThanOrEqual(s.width);
      expect(n.y + n.h).toBeLessThanOrEqual(s.height + 1e-6);
    }
  });

  it('grows with the font: the projector theme gets bigger boxes', () => {
    const small = scene(LESSON, 0, undefined, false, 15);
    const big = scene(LESSON, 0, undefined, false, 22);
    expect(big.width / small.width).toBeCloseTo(22 / 15, 6);
    expect(big.nodes[0]!.h / small.nodes[0]!.h).toBeCloseTo(22 / 15, 6);
  });
});

describe('edge geometry', () => {
  it('curves between columns, straight through a column', () => {
    expect(
      pathData([
        [0, 0],
        [10, 10],
        [30, 10],
        [40, 0],
      ]),
    ).toBe('M0 0 C5 0 5 10 10 10 L30 10 C35 10 35 0 40 0');
  });

  it('the label point lies on the drawn curve', () => {
    expect(curvePoint([0, 0], [10, 10], 0)).toEqual([0, 0]);
    expect(curvePoint([0, 0], [10, 10], 1)).toEqual([10, 10]);
    const [x, y] = curvePoint([0, 0], [10, 10], 0.5);
    expect(x).toBeCloseTo(5, 9);
    expect(y).toBeCloseTo(5, 9);
  });

  it('puts an arrow head at the end of a path, pointing right', () => {
    expect(arrowHead('M0 0 C5 0 5 10 10 10', 10)).toBe('M10 10 L4.5 7.2 L4.5 12.8 Z');
  });
});

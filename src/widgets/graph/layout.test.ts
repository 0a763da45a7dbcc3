import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProgram, type CompiledProgram } from '../../math/autodiff/program';
import { BEND, GAP, assignLayers, isotonicPlace, layoutGraph } from './layout';
import { MICROGRAD, randomProgram } from '../../../test/unit/autodiff-programs';

function program(source: string): CompiledProgram {
  const r = compileProgram(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.program;
}

/** Every check a readable layout must pass. */
function expectReadable(p: CompiledProgram): void {
  const g = p.graph;
  const layout = layoutGraph(g);
  const layer = layout.nodes.map((n) => n.layer);
  for (const id of g.inputs) expect(layer[id], 'inputs on the left').toBe(0);
  for (const n of g.nodes)
    for (const a of n.args) expect(layer[a]!, 'operands left of their node').toBeLessThan(layer[n.id]!);
  if (g.nodes[g.output]?.kind === 'op') {
    expect(layer[g.output], 'the output on the far right').toBe(layout.layers - 1);
    expect(
      layer.filter((l) => l === layout.layers - 1),
      'alone there',
    ).toHaveLength(1);
  }
  // Nodes of one column never overlap (1 high, at least GAP apart); bend points keep clear too.
  const byLayer = new Map<number, { top: number; bottom: number }[]>();
  const add = (l: number, y: number, h: number): void => {
    const list = byLayer.get(l) ?? [];
    list.push({ top: y - h / 2, bottom: y + h / 2 });
    byLayer.set(l, list);
  };
  layout.nodes.forEach((n) => add(n.layer, n.y, 1));
  const seen = new Set<string>();
  g.edges.forEach((e, i) => {
    const key = `${e.from}>${e.to}`;
    if (seen.has(key)) return;
    seen.add(key);
    for (const b of layout.bends[i] ?? []) add(b.layer, b.y, BEND);
  });
  for (const boxes of byLayer.values()) {
    boxes.sort((a, b) => a.top - b.top);
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.top - boxes[i - 1]!.bottom).toBeGreaterThanOrEqual(GAP - 1e-9);
  }
  for (const b of byLayer.values()) for (const box of b) expect(box.top).toBeGreaterThanOrEqual(-1e-9);
  expect(Math.max(...[...byLayer.values()].flat().map((b) => b.bottom))).toBeCloseTo(layout.height, 9);
  // An edge that skips columns bends once in every column it crosses.
  g.edges.forEach((e, i) => expect(layout.bends[i]).toHaveLength(layer[e.to]! - layer[e.from]! - 1));
}

describe('graph layout', () => {
  it('lays out the lesson program in 4 columns with no crossings', () => {
    const p = program('a = 3\nb = -2\nc = a * b\nd = c + a\ne = d^2');
    const layout = layoutGraph(p.graph);
    expect(layout.nodes.map((n) => n.layer)).toEqual([0, 0, 1, 2, 3]);
    expect(layout.crossings).toBe(0);
    expectReadable(p);
  });

  it('pulls an operation next to the node that uses it (short edges)', () => {
    // b + 1 is ready in column 1 but used only by the last node: it moves right, next to it.
    const p = program('a = 1\nb = 2\nc = a * a\nd = c * c\ne = d * d\nf = b + 1\ng = e + f');
    const layers = assignLayers(p.graph);
    expect(layers[5]).toBe(layers[6]! - 1);
  });

  it('micrograd’s 25 operations: readable, few crossings', () => {
    const p = program(MICROGRAD);
    expectReadable(p);
    expect(layoutGraph(p.graph).crossings).toBeLessThan(15);
  });

  it('random programs up to 40 operations: nodes never overlap, columns respect the edges', () => {
    fc.assert(
      fc.property(randomProgram, (prog) => {
        const r = compileProgram(prog.source);
        fc.pre(r.ok && r.program.graph.opCount <= 40);
        if (r.ok) expectReadable(r.program);
      }),
      { numRuns: 60 },
    );
  });

  it('random wide and deep programs of 20 to 40 operations: still readable', () => {
    const step = fc.tuple(fc.constantFrom('+', '-', '*', 'tanh', 'relu', '^2'), fc.nat(), fc.nat());
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 40 }), (steps) => {
        const names = ['x', 'y', 'z'];
        const lines = ['x = 0.5', 'y = -1.5', 'z = 2'];
        steps.forEach(([op, i, j], k) => {
          const a = names[i % names.length] as string;
          const b = names[j % names.length] as string;
          const expr =
            op === 'tanh' || op === 'relu' ? `${op}(${a})` : op === '^2' ? `${a}^2` : `${a} ${op} ${b}`;
          lines.push(`v${k} = ${expr}`);
          names.push(`v${k}`);
        });
        // Keep values small: the test is about the picture, not about overflow.
        const r = compileProgram(lines.join('\n'));
        fc.pre(r.ok);
        if (r.ok) expectReadable(r.program);
      }),
      { numRuns: 40 },
    );
  });

  it('a long chain of 60 operations still lays out', () => {
    const lines = ['x = 0.5'];
    for (let i = 0; i < 60; i++) lines.push(i % 2 ? 'x = tanh(x)' : 'x = x * 1.1');
    expectReadable(program(lines.join('\n')));
  });
});

describe('isotonic placement', () => {
  it('keeps the wished positions when they already respect the gaps', () => {
    expect(isotonicPlace([0, 2, 5], [1, 1, 1], [1, 1])).toEqual([0, 2, 5]);
  });

  it('spreads positions that collide symmetrically around their mean', () => {
    const y = isotonicPlace([1, 1, 1], [1, 1, 1], [1, 1]);
    expect(y).toEqual([0, 1, 2]);
  });

  it('always respects the gaps and keeps the order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -10, max: 10, noNaN: true }),
            fc.double({ min: 0.1, max: 2, noNaN: true }),
            fc.double({ min: 0.2, max: 3, noNaN: true }),
          ),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (rows) => {
          const y = isotonicPlace(
            rows.map((r) => r[0]),
            rows.map((r) => r[1]),
            rows.slice(1).map((r) => r[2]),
          );
          for (let i = 1; i < y.length; i++)
            expect(y[i]! - y[i - 1]!).toBeGreaterThanOrEqual(rows[i]![2] - 1e-9);
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { compileProgram, type CompiledProgram } from '../../math/autodiff/program';
import { layoutGraph } from './layout';
import {
  backwardStepOf,
  derived,
  hasGrad,
  hasValue,
  lastStep,
  neighbour,
  nextStep,
  nodeOfStep,
  pathCount,
  scoreGuess,
  stepInfo,
  totalSteps,
} from './model';

function program(source: string): CompiledProgram {
  const r = compileProgram(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.program;
}

// a = 3, b = -2, c = a*b = -6, d = c + a = -3, e = d^2 = 9; ∂e/∂a = 6, ∂e/∂b = -18.
const LESSON = program('a = 3\nb = -2\nc = a * b\nd = c + a\ne = d^2');
const g = LESSON.graph;

describe('steps', () => {
  it('forward over the 3 operations, then backward over all 5 nodes from the output', () => {
    expect(totalSteps(g)).toBe(8);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((s) => g.nodes[nodeOfStep(g, s) ?? -1]?.ref)).toEqual([
      'c',
      'd',
      'e',
      'e',
      'd',
      'c',
      'b',
      'a',
    ]);
    expect(nodeOfStep(g, 0)).toBeUndefined();
    expect(backwardStepOf(g, 0)).toBe(8);
    expect(backwardStepOf(g, g.output)).toBe(4);
  });

  it('phases, clamping and what is known at each step', () => {
    expect(stepInfo(g, 0)).toMatchObject({ phase: 'start', computed: 0, graded: 0, total: 8 });
    expect(stepInfo(g, 2)).toMatchObject({ phase: 'forward', computed: 2, graded: 0, touched: 3 });
    expect(stepInfo(g, 3)).toMatchObject({ phase: 'forward', computed: 3, graded: 0 });
    expect(stepInfo(g, 5)).toMatchObject({ phase: 'backward', computed: 3, graded: 2, touched: 3 });
    expect(stepInfo(g, 999)).toMatchObject({ step: 8, phase: 'done', graded: 5, touched: 0 });
    const at2 = stepInfo(g, 2);
    expect(g.nodes.map((n) => hasValue(g, at2, n.id))).toEqual([true, true, true, true, false]);
    const at6 = stepInfo(g, 6);
    expect(g.nodes.map((n) => hasGrad(g, at6, n.id))).toEqual([false, false, true, true, true]);
  });

  it('derived state: values so far, output once computed, input gradients once reached', () => {
    expect(derived(LESSON, stepInfo(g, 0))).toEqual({
      output: undefined,
      values: { a: 3, b: -2 },
      grads: {},
    });
    expect(derived(LESSON, stepInfo(g, 3))).toEqual({
      output: 9,
      values: { a: 3, b: -2, c: -6, d: -3, e: 9 },
      grads: {},
    });
    expect(derived(LESSON, stepInfo(g, 7)).grads).toEqual({ b: -18 });
    expect(derived(LESSON, stepInfo(g, 8)).grads).toEqual({ a: 6, b: -18 });
  });

  it('a reassigned name shows its value so far', () => {
    const p = program('x = 1\nx = x + 1\nx = x * 5');
    expect(derived(p, stepInfo(p.graph, 1)).values).toEqual({ x: 2 });
    expect(derived(p, stepInfo(p.graph, 2)).values).toEqual({ x: 10 });
  });

  it('while a guess is pending, Next and Run all stop at the end of the forward pass', () => {
    const info = stepInfo(g, 3);
    expect(nextStep(info, true)).toBe(3);
    expect(nextStep(info, false)).toBe(4);
    expect(lastStep(info, true)).toBe(3);
    expect(lastStep(info, false)).toBe(8);
  });
});

describe('paths and predictions', () => {
  it('counts the paths from a node to the output (x*x counts twice)', () => {
    const p = program('x = 2\ny = x * x\nz = y + 3 * x');
    expect(pathCount(p.graph, 0)).toBe(3);
    expect(pathCount(LESSON.graph, 0)).toBe(2);
    expect(pathCount(LESSON.graph, 1)).toBe(1);
    expect(pathCount(program('a = 1\nb = a * 2\nc = 5').graph, 0)).toBe(0);
  });

  it('scores a guess relative to the size of the answer', () => {
    expect(scoreGuess('∂z/∂x', 7, 7).band).toBe('exact');
    expect(scoreGuess('∂z/∂x', 6.5, 7).band).toBe('close');
    expect(scoreGuess('∂z/∂x', 4, 7)).toMatchObject({ band: 'near', error: 3, signWrong: false });
    expect(scoreGuess('∂z/∂x', -7, 7)).toMatchObject({ band: 'far', signWrong: true });
    expect(scoreGuess('∂z/∂x', 0.05, 0).band).toBe('close');
  });
});

describe('keyboard selection follows the picture', () => {
  const layout = layoutGraph(g);
  it('left to an operand, right to a user, Home and End', () => {
    expect(neighbour(g, layout.nodes, 4, 'ArrowLeft')).toBe(3); // e ← d
    expect([0, 2]).toContain(neighbour(g, layout.nodes, 3, 'ArrowLeft')); // d ← c or a
    expect([2, 3]).toContain(neighbour(g, layout.nodes, 0, 'ArrowRight')); // a → c or d
    expect(neighbour(g, layout.nodes, 4, 'ArrowRight')).toBe(4); // the output uses nothing
    expect(neighbour(g, layout.nodes, 0, 'ArrowLeft')).toBe(0); // an input has no operands
    expect(neighbour(g, layout.nodes, 3, 'Home')).toBe(0);
    expect(neighbour(g, layout.nodes, 0, 'End')).toBe(4);
  });

  it('up and down within a column', () => {
    const top = layout.nodes[0]!.y < layout.nodes[1]!.y ? 0 : 1;
    const bottom = 1 - top;
    expect(neighbour(g, layout.nodes, top, 'ArrowDown')).toBe(bottom);
    expect(neighbour(g, layout.nodes, bottom, 'ArrowUp')).toBe(top);
    expect(neighbour(g, layout.nodes, top, 'ArrowUp')).toBe(top);
  });
});

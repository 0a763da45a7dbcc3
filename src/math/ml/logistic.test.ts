import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  accuracy,
  descentStep,
  fitToConvergence,
  logLoss,
  logLossGradient,
  logisticData1d,
  logisticData2d,
  separates,
  sigmoid,
  type LogisticParams,
} from './logistic';
import { compileProgram, inputGradients, outputValue } from '../autodiff/program';
import { blobs, moons } from './generators';
import type { Point } from './points';

const X: [number, number, number][] = [
  [1, 2, 1],
  [2, 1, 0],
  [3, 3, 1],
  [0.5, -1, 0],
  [-1, 0.5, 1],
  [2, -2, 0],
];
const DATA = logisticData2d(X.map(([x, y, label]) => ({ x, y, label })));

describe('logistic regression', () => {
  it('the gradient matches NumPy', () => {
    const g = logLossGradient(DATA, { w: [0.3, -0.2], b: 0.1 }, 0.5);
    expect(g.w[0]).toBeCloseTo(0.47021066, 7);
    expect(g.w[1]).toBeCloseTo(-0.76330973, 7);
    expect(g.b).toBeCloseTo(0.0846006356744979, 12);
  });

  it('the loss and its gradient match the lesson-19 autodiff graph', () => {
    const w1 = 0.3;
    const w2 = -0.2;
    const b = 0.1;
    const lines = [`w1 = ${w1}`, `w2 = ${w2}`, `b = ${b}`];
    const terms: string[] = [];
    X.forEach(([x, y, t], i) => {
      lines.push(`p${i} = sigmoid(w1 * ${x} + w2 * ${y} + b)`);
      terms.push(t === 1 ? `log(p${i})` : `log(1 - p${i})`);
    });
    lines.push(`L = -(${terms.join(' + ')}) / ${X.length}`);
    const r = compileProgram(lines.join('\n'));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const auto = inputGradients(r.program);
    const g = logLossGradient(DATA, { w: [w1, w2], b }, 0);
    expect(outputValue(r.program)).toBeCloseTo(logLoss(DATA, { w: [w1, w2], b }, 0), 12);
    expect(g.w[0]).toBeCloseTo(auto.w1 as number, 12);
    expect(g.w[1]).toBeCloseTo(auto.w2 as number, 12);
    expect(g.b).toBeCloseTo(auto.b as number, 12);
  });

  it('the gradient matches finite differences, with and without L2', () => {
    const num = fc.double({ min: -3, max: 3, noNaN: true });
    fc.assert(
      fc.property(num, num, num, fc.constantFrom(0, 0.1, 1), (w1, w2, b, l2) => {
        const p = { w: [w1, w2], b };
        const g = logLossGradient(DATA, p, l2);
        const h = 1e-6;
        const d = (q: { w: number[]; b: number }, r: { w: number[]; b: number }): number =>
          (logLoss(DATA, q, l2) - logLoss(DATA, r, l2)) / (2 * h);
        expect(g.w[0]).toBeCloseTo(d({ w: [w1 + h, w2], b }, { w: [w1 - h, w2], b }), 5);
        expect(g.w[1]).toBeCloseTo(d({ w: [w1, w2 + h], b }, { w: [w1, w2 - h], b }), 5);
        expect(g.b).toBeCloseTo(d({ w: [w1, w2], b: b + h }, { w: [w1, w2], b: b - h }), 5);
      }),
    );
  });

  it('sigmoid and loss stay finite far out', () => {
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
    expect(Number.isFinite(logLoss(DATA, { w: [500, -500], b: 0 }, 0))).toBe(true);
  });

  it('Newton converges to a zero gradient on overlapping classes', () => {
    const data = logisticData2d(moons(60, 3, 0.4));
    const f = fitToConvergence(data, 0);
    expect(f.kind).toBe('converged');
    if (f.kind === 'failed') return;
    const g = logLossGradient(data, f.params, 0);
    expect(Math.hypot(...g.w, g.b)).toBeLessThan(1e-9);
    // Gradient descent heads the same way.
    let p: LogisticParams = { w: [0, 0], b: 0 };
    for (let k = 0; k < 3000; k++) p = descentStep(data, p, 0.5, 0);
    expect(logLoss(data, p, 0)).toBeCloseTo(f.loss, 4);
  });

  it('recognises the separable case and finite weights with L2', () => {
    const data = logisticData2d(blobs(40, 1, 2, 0.3));
    const f = fitToConvergence(data, 0);
    expect(f.kind).toBe('separable');
    if (f.kind !== 'separable') return;
    expect(separates(data, f.params)).toBe(true);
    expect(accuracy(data, f.params)).toBe(1);
    const big = { w: f.params.w.map((w) => 10 * w), b: 10 * f.params.b };
    expect(logLoss(data, big, 0)).toBeLessThan(f.loss);
    const reg = fitToConvergence(data, 0.1);
    expect(reg.kind).toBe('converged');
    if (reg.kind !== 'converged') return;
    const g = logLossGradient(data, reg.params, 0.1);
    expect(Math.hypot(...g.w, g.b)).toBeLessThan(1e-9);
  });

  it('1D: the class is y; one class or collinear features explain themselves', () => {
    const pts: Point[] = [
      { x: -2, y: 0, label: 0 },
      { x: -1, y: 1, label: 0 },
      { x: 0, y: 0, label: 0 },
      { x: 1, y: 1, label: 0 },
      { x: 2, y: 1, label: 0 },
    ];
    const f = fitToConvergence(logisticData1d(pts), 0);
    expect(f.kind).toBe('converged');
    const one = fitToConvergence(logisticData1d(pts.map((p) => ({ ...p, y: 1 }))), 0);
    expect(one.kind === 'failed' && one.reason).toMatch(/one class/);
    const line = logisticData2d([0, 1, 2, 3].map((i) => ({ x: 1, y: 1, label: i % 2 })));
    const c = fitToConvergence(line, 0);
    expect(c.kind === 'failed' && c.reason).toMatch(/collinear/);
  });

  it('the fit never returns non-finite numbers', () => {
    const pt = fc.record({
      x: fc.double({ min: -1e3, max: 1e3, noNaN: true }),
      y: fc.double({ min: -1e3, max: 1e3, noNaN: true }),
      label: fc.constantFrom(0, 1),
    });
    fc.assert(
      fc.property(fc.array(pt, { minLength: 1, maxLength: 20 }), fc.constantFrom(0, 0.01, 1), (pts, l2) => {
        const f = fitToConvergence(logisticData2d(pts), l2);
        if (f.kind === 'failed') expect(f.reason.length).toBeGreaterThan(10);
        else expect([...f.params.w, f.params.b, f.loss].every(Number.isFinite)).toBe(true);
      }),
    );
  });
});

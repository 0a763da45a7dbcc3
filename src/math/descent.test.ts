import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SURFACES,
  SURFACE_NAMES,
  descend,
  descentStep,
  globalMinimumLoss,
  nearestMinimum,
  stableRateLimit,
  stepsToWithin,
  type Point,
} from './descent';

const H = 1e-5;

describe('surfaces', () => {
  for (const name of SURFACE_NAMES) {
    const s = SURFACES[name];
    it(`${name}: the exact gradient and Hessian agree with central finite differences`, () => {
      const d = s.domain;
      fc.assert(
        fc.property(
          fc.double({ min: d.xMin, max: d.xMax, noNaN: true }),
          fc.double({ min: d.yMin, max: d.yMax, noNaN: true }),
          (x, y) => {
            const [gx, gy] = s.gradient(x, y);
            const nx = (s.loss(x + H, y) - s.loss(x - H, y)) / (2 * H);
            const ny = (s.loss(x, y + H) - s.loss(x, y - H)) / (2 * H);
            const scale = 1 + Math.abs(gx) + Math.abs(gy);
            expect(Math.abs(gx - nx) / scale).toBeLessThan(1e-6);
            expect(Math.abs(gy - ny) / scale).toBeLessThan(1e-6);
            const [hxx, hxy, hyy] = s.hessian(x, y);
            const gxp = s.gradient(x + H, y);
            const gxm = s.gradient(x - H, y);
            const gyp = s.gradient(x, y + H);
            const gym = s.gradient(x, y - H);
            const hs = 1 + Math.abs(hxx) + Math.abs(hyy) + Math.abs(hxy);
            expect(Math.abs(hxx - (gxp[0] - gxm[0]) / (2 * H)) / hs).toBeLessThan(1e-6);
            expect(Math.abs(hxy - (gyp[0] - gym[0]) / (2 * H)) / hs).toBeLessThan(1e-6);
            expect(Math.abs(hyy - (gyp[1] - gym[1]) / (2 * H)) / hs).toBeLessThan(1e-6);
          },
        ),
        { numRuns: 200 },
      );
    });
    it(`${name}: the gradient vanishes at every listed minimum, and the loss there is its value`, () => {
      for (const m of s.minima) {
        const [gx, gy] = s.gradient(...m.at);
        expect(Math.hypot(gx, gy)).toBeLessThan(1e-12);
        expect(s.loss(...m.at)).toBe(m.loss);
      }
      expect(globalMinimumLoss(s)).toBe(s.minima[0]!.loss);
    });
  }

  it('the two-minima surface has its deeper minimum on the left', () => {
    const [left, right] = SURFACES.twomin.minima;
    for (const m of [left!, right!]) {
      const x = m.at[0];
      expect(Math.abs(4 * x ** 3 - 4 * x + 0.3)).toBeLessThan(1e-12);
      expect(SURFACES.twomin.hessian(x, 0)[0]).toBeGreaterThan(0); // a minimum, not the hump
    }
    expect(left!.at[0]).toBeLessThan(-1);
    expect(right!.at[0]).toBeGreaterThan(0.9);
    expect(left!.loss).toBeLessThan(right!.loss);
  });
});

describe('gradient descent', () => {
  it('one plain step is θ − η∇L, by hand on the valley', () => {
    const r = descentStep(
      SURFACES.valley,
      { theta: [-1.8, 0.9], velocity: [0, 0] },
      { rate: 0.1, momentum: 0 },
    );
    // ∇L = (x, 10y) = (−1.8, 9); θ − 0.1∇L = (−1.62, 0)
    expect(r.gradient).toEqual([-1.8, 9]);
    expect(r.theta[0]).toBeCloseTo(-1.62, 12);
    expect(r.theta[1]).toBeCloseTo(0, 12);
  });

  it('momentum adds β times the previous velocity', () => {
    const r = descentStep(SURFACES.bowl, { theta: [1, 1], velocity: [2, -1] }, { rate: 0.1, momentum: 0.5 });
    // g = (2, 2); v = 0.5·(2, −1) + (2, 2) = (3, 1.5); θ = (1, 1) − 0.1·v
    expect(r.velocity).toEqual([3, 1.5]);
    expect(r.theta[0]).toBeCloseTo(0.7, 12);
    expect(r.theta[1]).toBeCloseTo(0.85, 12);
  });

  it('on the bowl the distance shrinks by |1 − 2η| per step: closed form', () => {
    const start: Point = [-1.6, 1.2];
    for (const rate of [0.05, 0.3, 0.7]) {
      const run = descend(SURFACES.bowl, start, { rate, momentum: 0 }, 20);
      for (let t = 0; t <= Math.min(run.steps, 20); t++) {
        const f = (1 - 2 * rate) ** t;
        expect(run.points[t]![0]).toBeCloseTo(start[0] * f, 10);
        expect(run.points[t]![1]).toBeCloseTo(start[1] * f, 10);
      }
    }
  });

  it('the stable-rate limit is 2/λmax: 1 for the bowl, 0.2 for the valley', () => {
    expect(stableRateLimit(SURFACES.bowl)).toBe(1);
    expect(stableRateLimit(SURFACES.valley)).toBeCloseTo(0.2, 12);
    for (const rate of [0.19, 0.21]) {
      const run = descend(SURFACES.valley, [-1.8, 0.9], { rate, momentum: 0 }, 500);
      expect(run.status).toBe(rate < 0.2 ? 'converged' : 'diverged');
    }
  });

  it('a diverging run stops with finite points only, and says at which step', () => {
    const run = descend(SURFACES.bowl, [-1.6, 1.2], { rate: 1.5, momentum: 0 }, 500);
    expect(run.status).toBe('diverged');
    // |1 − 3| = 2: the distance doubles per step; 2 · 2^t exceeds 25 · 4 = 100 after 6 steps.
    expect(run.divergedAt).toBe(run.steps + 1);
    expect(run.steps).toBeLessThan(10);
    for (const p of run.points) expect(p.every(Number.isFinite)).toBe(true);
    for (const l of run.losses) expect(Number.isFinite(l)).toBe(true);
    expect(run.points.length).toBe(run.losses.length);
    expect(run.gradients.length).toBe(run.points.length);
  });

  it('huge rates and starts diverge cleanly, never NaN', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SURFACE_NAMES),
        fc.double({ min: 1e-4, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (name, rate, momentum, x, y) => {
          const run = descend(SURFACES[name], [x, y], { rate, momentum }, 200);
          for (const l of run.losses) expect(Number.isFinite(l)).toBe(true);
          for (const p of run.points) expect(p.every(Number.isFinite)).toBe(true);
          if (run.status === 'diverged') expect(run.divergedAt).toBe(run.steps + 1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a good rate converges to the minimum it started near; a plain run on the valley zig-zags', () => {
    const run = descend(SURFACES.twomin, [1.5, 1], { rate: 0.05, momentum: 0 }, 500);
    expect(run.status).toBe('converged');
    expect(nearestMinimum(SURFACES.twomin, run.points[run.steps]!).index).toBe(1);
    const left = descend(SURFACES.twomin, [-1.5, 1], { rate: 0.05, momentum: 0 }, 500);
    expect(nearestMinimum(SURFACES.twomin, left.points[left.steps]!).index).toBe(0);
    const zig = descend(SURFACES.valley, [-1.8, 0.9], { rate: 0.18, momentum: 0 }, 10);
    const ys = zig.points.slice(0, 6).map((p) => Math.sign(p[1]));
    expect(ys).toEqual([1, -1, 1, -1, 1, -1]);
  });

  it('momentum reaches the valley floor in fewer steps than plain descent with the same rate', () => {
    const plain = descend(SURFACES.valley, [-1.8, 0.9], { rate: 0.02, momentum: 0 }, 500);
    const heavy = descend(SURFACES.valley, [-1.8, 0.9], { rate: 0.02, momentum: 0.9 }, 500);
    const a = stepsToWithin(SURFACES.valley, plain, 0.01)!;
    const b = stepsToWithin(SURFACES.valley, heavy, 0.01)!;
    expect(b).toBeLessThan(a);
  });

  it('steps to within a tolerance: the first step after which the loss stays close', () => {
    // Bowl, η = 0.25: distance halves per step, L = r0² / 4^t with r0² = 4; L ≤ 0.01 when 4^t ≥ 400: t = 5.
    const run = descend(SURFACES.bowl, [-1.6, 1.2], { rate: 0.25, momentum: 0 }, 100);
    expect(stepsToWithin(SURFACES.bowl, run, 0.01)).toBe(5);
    const diverged = descend(SURFACES.bowl, [-1.6, 1.2], { rate: 1.2, momentum: 0 }, 100);
    expect(stepsToWithin(SURFACES.bowl, diverged, 0.01)).toBeUndefined();
  });
});

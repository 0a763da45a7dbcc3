import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaults } from '../../ui/props';
import { DERIVATIVE_PROPS } from './props';
import {
  baseWindows,
  chainNumbers,
  chainProblem,
  clampX0,
  functionOf,
  lineHalfSpan,
  num,
  rippleStages,
  scoreGuess,
  derivativeSlips,
  snap,
  stepDx,
  stepH,
  tangentNumbers,
  tangentWindow,
  zoomBy,
} from './model';
import { dragTo, handleOn, judgeGuess, keyTo, letterAction, toScale } from './model';

const plain = { shiftKey: false, altKey: false };

describe('tangent mode', () => {
  const f = functionOf('x^3 - 2*x', 'f');
  it('secant and exact slope at the lesson’s point', () => {
    const t = tangentNumbers(f, 1, 0.5);
    expect(t.fx0).toBe(-1);
    expect(t.secant).toBeCloseTo(1 + 3 * 0.5 + 0.25, 12);
    expect(t.slope).toBe(1);
  });

  it('the window zooms about the point and keeps it in view at every zoom (property)', () => {
    const s = { center: 0, range: 3 };
    const base = baseWindows(f, s);
    expect(base.curve.x).toEqual([-3, 3]);
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        (raw, zoom) => {
          const x0 = clampX0(s, raw);
          const w = tangentWindow(base.curve, f, x0, zoom);
          expect(x0).toBeGreaterThanOrEqual(w.x[0] - 1e-9);
          expect(x0).toBeLessThanOrEqual(w.x[1] + 1e-9);
          expect((w.x[1] - w.x[0]) * zoom).toBeCloseTo(6, 6);
        },
      ),
    );
  });

  it('zoomed in, the curve bends away from its tangent by a share of the window that falls like 1/zoom', () => {
    const s = { center: 0, range: 3 };
    const bend = (zoom: number): number => {
      const w = tangentWindow(baseWindows(f, s).curve, f, 1, zoom);
      let worst = 0;
      for (let k = 0; k <= 10; k++) {
        const x = w.x[0] + ((w.x[1] - w.x[0]) * k) / 10;
        worst = Math.max(
          worst,
          Math.abs(f.value(x) - (f.value(1) + f.slope(1) * (x - 1))) / (w.y[1] - w.y[0]),
        );
      }
      return worst;
    };
    // At ×10 000 the curve is within a fifth of a pixel of its tangent on a 1000 px plot.
    expect(bend(10_000)).toBeLessThan(2e-4);
    expect(bend(1000) / bend(10_000)).toBeCloseTo(10, 0);
    expect(bend(1)).toBeGreaterThan(0.1);
  });

  it('zoom, h and dx steps stay in range', () => {
    expect(zoomBy(1, 0.5)).toBe(1);
    expect(zoomBy(4, 2)).toBe(8);
    expect(zoomBy(8e5, 2)).toBe(1e6);
    expect(stepH(1, 1, plain)).toBe(1.25);
    expect(stepH(1e-6, -1, plain)).toBe(1e-6);
    expect(stepH(8, 1, { shiftKey: true, altKey: false })).toBe(10);
    expect(stepDx(0.1, 1, plain)).toBeCloseTo(0.125, 12);
    expect(stepDx(0.001, -1, plain)).toBe(0.001);
    expect(snap(1.23456789, 0.01)).toBe(1.2346);
  });
});

describe('chain mode', () => {
  it('numbers for g = x², f = u³ at x = 1: ×2 then ×3', () => {
    const n = chainNumbers({ g: 'x^2', f: 'u^3', x0: 1, dx: 0.05 })!;
    expect([n.u, n.y, n.gSlope, n.fSlope, n.slope]).toEqual([1, 1, 2, 3, 6]);
    expect(n.du).toBeCloseTo(0.1, 14);
    expect(n.dy).toBeCloseTo(0.3, 14);
    expect(lineHalfSpan(n)).toBeCloseTo(0.75, 12);
    expect(chainNumbers({ g: 'x - 3', f: 'log(u)', x0: 1, dx: 0.1 })).toBeUndefined();
  });
  it('the ripple shows dx, then du, then dy', () => {
    expect(rippleStages(0)).toEqual([0, 0, 0]);
    expect(rippleStages(1.5)).toEqual([1, 0.5, 0]);
    expect(rippleStages(3)).toEqual([1, 1, 1]);
  });
});

describe('predict and numbers', () => {
  it('names the classic slips: the height for the slope, one factor of the chain, f′ at x', () => {
    const sigmoid = derivativeSlips('tangent', { x0: 0, fx0: 0.5 }, undefined);
    expect(scoreGuess(0.5, 0.25, sigmoid).sentence).toBe(
      'Your guess 0.5 is 0.25 away from 0.25. That is f(0) = 0.5, the height of the curve there; the question asks for its slope, how fast the height changes.',
    );
    expect(scoreGuess(0.25, 0.25, sigmoid).correct).toBe(true);
    // (2x + 1)² at x = 1: u = 3, g′ = 2, f′(u) = 6, dy/dx = 12; f′ at x would give 2 · 2 = 4.
    const chain = derivativeSlips('chain', { x0: 1, fx0: 9 }, { x: 1, u: 3, gSlope: 2, fSlope: 6 }, 2);
    expect(scoreGuess(6, 12, chain).sentence).toMatch(/That is f′\(u\) alone.*by g′\(x\) = 2/);
    expect(scoreGuess(2, 12, chain).sentence).toMatch(/That is g′\(x\) alone.*by f′\(u\) = 6/);
    expect(scoreGuess(4, 12, chain).sentence).toMatch(/That is f′ taken at x = 1; .* u = g\(x\) = 3/);
    expect(scoreGuess(12, 12, chain).correct).toBe(true);
  });

  it('says how close a guess is', () => {
    expect(scoreGuess(0.25, 0.25).correct).toBe(true);
    expect(scoreGuess(0.5, 0.25).sentence).toBe(
      'Your guess 0.5 is 0.25 away from 0.25. Not far, but too high: look again at the picture.',
    );
    expect(scoreGuess(11.7, 12).correct).toBe(true);
    expect(scoreGuess(0.26, 0.25).correct).toBe(true);
    expect(scoreGuess(0.3, 0.25).sentence).toBe(
      'Your guess 0.3 is 0.05 away from 0.25. Very close, a little high.',
    );
    expect(scoreGuess(-12, 12).correct).toBe(false);
  });
  it('writes numbers without float noise, with a real minus sign', () => {
    expect(num(0.30000000000000004)).toBe('0.3');
    expect(num(-1.5)).toBe('−1.5');
    expect(num(Number.NaN)).toBe('not defined');
    expect(num(Number.POSITIVE_INFINITY)).toBe('not defined');
  });
});

describe('handles and keys', () => {
  const s = { ...defaults(DERIVATIVE_PROPS), x0: 1, h: 0.5, dx: 0.1 };

  it('drags each handle along x, resolved to the pixel and kept in range', () => {
    expect(dragTo('point', s, 1.23456, 0.01)).toEqual({ x0: 1.2346 });
    expect(dragTo('point', s, 9, 0.01)).toEqual({ x0: 3 });
    expect(dragTo('secant', s, 1.75, 0.01)).toEqual({ h: 0.75 });
    expect(dragTo('secant', s, 0.5, 0.01)).toEqual({ h: 1e-6 });
    expect(dragTo('x', s, 250, 1)).toEqual({ x0: 100 });
    expect(dragTo('nudge', s, 4, 0.01)).toEqual({ dx: 2 });
  });

  it('steps each handle by its arrow keys: 1% of the window, 0.05, or 1.25 times', () => {
    expect(keyTo('point', s, 1, plain, 6)).toEqual({ x0: 1.06 });
    expect(keyTo('point', s, -1, { shiftKey: true, altKey: false }, 6)).toEqual({ x0: 0.4 });
    expect(keyTo('x', s, 1, { shiftKey: false, altKey: true }, 6)).toEqual({ x0: 1.005 });
    expect(keyTo('secant', s, 1, plain, 6)).toEqual({ h: 0.625 });
    expect(keyTo('nudge', s, -1, plain, 6)).toEqual({ dx: 0.08 });
  });

  it('shows the answer handles only after the guess', () => {
    expect(handleOn('point', 'tangent', true, true)).toBe(true);
    expect(handleOn('secant', 'tangent', true, true)).toBe(false);
    expect(handleOn('x', 'chain', true, false)).toBe(true);
    expect(handleOn('nudge', 'chain', false, false)).toBe(false);
    expect(handleOn('nudge', 'tangent', false, true)).toBe(false);
  });

  it('maps the letter keys of each mode', () => {
    expect(['+', '=', '-', '_', '0', 'S', 'n'].map((k) => letterAction('tangent', k))).toEqual([
      'zoomIn',
      'zoomIn',
      'zoomOut',
      'zoomOut',
      'zoomReset',
      'shrink',
      undefined,
    ]);
    expect(letterAction('chain', 'N')).toBe('ripple');
    expect(letterAction('chain', 's')).toBeUndefined();
  });

  it('reads and judges a typed guess, or says why not', () => {
    expect(judgeGuess(' 0.5 ', 0.25)).toMatchObject({
      guess: 0.5,
      answer: 0.25,
      error: 0.25,
      correct: false,
    });
    expect(judgeGuess('half', 0.25)).toBe('Type a number, such as -2 or 0.5, then press Reveal.');
    expect(judgeGuess('1', Number.NaN)).toBe('The slope is not defined here; move the point first.');
  });
});

describe('corners', () => {
  it('relu and |x| at 0 have no derivative: the two one-sided slopes are given instead', () => {
    const relu = tangentNumbers(functionOf('relu(x)', 'f'), 0, 0.5);
    expect(relu.slope).toBeNaN();
    expect(relu.sides).toEqual([0, 1]);
    const abs = tangentNumbers(functionOf('abs(x)', 'f'), 0, 0.5);
    expect(abs.sides).toEqual([-1, 1]);
  });

  it('smooth points keep their exact slope, steep or not', () => {
    for (const [f, x0] of [
      ['x^2', 1],
      ['exp(x)', 5],
      ['relu(x)', 0.001],
      ['sigmoid(x)', 0],
    ] as const) {
      const t = tangentNumbers(functionOf(f, 'f'), x0, 0.5);
      expect(t.sides, `${f} at ${x0}`).toBeUndefined();
      expect(Number.isFinite(t.slope)).toBe(true);
    }
  });
});

describe('chain problems', () => {
  it('an overflow is "too large to compute", not "not defined"', () => {
    expect(chainProblem({ g: 'x*1000', f: 'exp(u)', x0: 1 })).toMatch(
      /^f\(g\(x\)\) = f\(1000\) is too large to compute at x = 1/,
    );
    expect(chainProblem({ g: 'x - 2', f: 'log(u)', x0: 1 })).toMatch(/^f\(g\(x\)\) is not defined at x = 1/);
  });
});

describe('toScale (review Part 2, D13: the sigmoid axes to scale)', () => {
  it('grows a flat curve’s y range about its middle until a unit is as long on both axes', () => {
    const w = toScale({ x: [-3, 3], y: [-0.1, 1.1] }, 600, 400);
    expect(w.x).toEqual([-3, 3]);
    expect(w.y[0]).toBeCloseTo(0.5 - 2, 12);
    expect(w.y[1]).toBeCloseTo(0.5 + 2, 12);
    // A slope of 0.25 is then drawn at atan(0.25), not at 45°.
    const pxPerX = 600 / (w.x[1] - w.x[0]);
    const pxPerY = 400 / (w.y[1] - w.y[0]);
    expect(pxPerY).toBeCloseTo(pxPerX, 9);
  });

  it('keeps a steep curve’s fitted range (at one scale it would not fit)', () => {
    const steep = { x: [-3, 3], y: [-1, 10] } as const;
    expect(toScale(steep, 600, 400)).toBe(steep);
  });

  it('leaves the window alone before the panel has a size or when the window is empty', () => {
    const w = { x: [-3, 3], y: [0, 1] } as const;
    expect(toScale(w, 0, 0)).toBe(w);
    const flat = { x: [1, 1], y: [0, 1] } as const;
    expect(toScale(flat, 600, 400)).toBe(flat);
  });

  it('never makes a unit on y longer than on x, nor drops any of the fitted range', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.integer({ min: 50, max: 2000 }),
        fc.integer({ min: 50, max: 2000 }),
        (x0, xs, y0, ys, width, height) => {
          const w = toScale({ x: [x0, x0 + xs], y: [y0, y0 + ys] }, width, height);
          expect(w.y[0]).toBeLessThanOrEqual(y0 + 1e-9);
          expect(w.y[1]).toBeGreaterThanOrEqual(y0 + ys - 1e-9);
          const pxPerX = width / xs;
          const pxPerY = height / (w.y[1] - w.y[0]);
          expect(pxPerY).toBeLessThanOrEqual(pxPerX * (1 + 1e-9));
        },
      ),
    );
  });
});

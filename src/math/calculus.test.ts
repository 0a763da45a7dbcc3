import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HALVING_TIME, chainAt, compileFunction, secantSlope, shrinkStep, type Fn1 } from './calculus';

function fn(text: string, allowed: ('x' | 'u')[] = ['x']): Fn1 {
  const r = compileFunction(text, allowed);
  if (!r.ok) throw new Error(r.message);
  return r.fn;
}

/** Closed forms: text, f, f'. */
const CLOSED: [string, (x: number) => number, (x: number) => number][] = [
  ['x^3 - 2*x', (x) => x ** 3 - 2 * x, (x) => 3 * x * x - 2],
  ['x^2', (x) => x * x, (x) => 2 * x],
  ['exp(x)', Math.exp, Math.exp],
  ['tanh(2*x)', (x) => Math.tanh(2 * x), (x) => 2 * (1 - Math.tanh(2 * x) ** 2)],
  ['sigmoid(x)', (x) => 1 / (1 + Math.exp(-x)), (x) => Math.exp(-x) / (1 + Math.exp(-x)) ** 2],
  ['1 / (1 + x^2)', (x) => 1 / (1 + x * x), (x) => (-2 * x) / (1 + x * x) ** 2],
  ['exp(-x^2 / 2)', (x) => Math.exp((-x * x) / 2), (x) => -x * Math.exp((-x * x) / 2)],
  ['x * exp(x) - 3', (x) => x * Math.exp(x) - 3, (x) => (x + 1) * Math.exp(x)],
];

describe('compileFunction', () => {
  it('gives values and exact slopes that match closed forms', () => {
    for (const [text, f, df] of CLOSED) {
      const g = fn(text);
      for (const x of [-2.5, -1, -0.3, 0, 0.7, 1, 2]) {
        expect(g.value(x), text).toBeCloseTo(f(x), 12);
        expect(g.slope(x), text).toBeCloseTo(df(x), 10);
      }
    }
  });

  it('agrees with a central finite difference at random points (property)', () => {
    const g = fn('tanh(x) * x^2 + log(1 + x^2) - relu(x - 5)');
    fc.assert(
      fc.property(fc.double({ min: -4, max: 4, noNaN: true }), (x) => {
        const h = 1e-5;
        const numeric = (g.value(x + h) - g.value(x - h)) / (2 * h);
        expect(Math.abs(g.slope(x) - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
      }),
    );
  });

  it('handles constants, the bare variable and the variable u', () => {
    expect(fn('3').value(7)).toBe(3);
    expect(fn('3').slope(7)).toBe(0);
    expect(fn('x').slope(-2)).toBe(1);
    const u = fn('u^2 + 1', ['u', 'x']);
    expect(u.variable).toBe('u');
    expect(u.value(3)).toBe(10);
    expect(u.slope(3)).toBe(6);
    expect(fn('x^2', ['u', 'x']).variable).toBe('x');
  });

  it('is NaN, never an exception, where f or its slope is undefined', () => {
    expect(fn('log(x)').value(-1)).toBeNaN();
    expect(fn('log(x)').slope(0)).toBeNaN();
    expect(fn('1 / x').value(0)).toBeNaN();
    expect(fn('x^0.5').slope(0)).toBeNaN();
    expect(fn('x^2').value(Number.NaN)).toBeNaN();
    expect(fn('exp(x)').value(1e6)).toBeNaN();
  });

  it('says where and what is wrong', () => {
    const msg = (text: string, allowed: ('x' | 'u')[] = ['x']): string => {
      const r = compileFunction(text, allowed);
      return r.ok ? '' : r.message;
    };
    expect(msg('')).toMatch(/type a function of x/);
    expect(msg('x^3 - 2x')).toMatch(/^column 8: a name cannot follow a number/);
    expect(msg('sin(x) + cos(x)')).toBe('');
    expect(msg('sinh(x)')).toBe(
      'column 1: "sinh" is not a function here; the functions are exp, log, tanh, relu, sigmoid, sin, cos, abs',
    );
    expect(msg('x + a')).toMatch(/^column 5: "a" is not the variable/);
    expect(msg('x + u', ['u', 'x'])).toBe('use one variable, x or u, not both');
    expect(msg('x = 2')).toMatch(/^column 3: "=" is not allowed/);
    expect(msg('(x + 1')).toMatch(/^column 7: expected "\)"/);
    expect(msg('x^x')).toMatch(/^column 3: the exponent of "\^" must be a constant/);
    expect(msg('x'.repeat(121))).toMatch(/too long/);
    expect(msg('u^2')).toMatch(/"u" is not the variable/);
  });
});

describe('secantSlope', () => {
  it('is the difference quotient and tends to the exact slope like O(h)', () => {
    const f = fn('x^3 - 2*x');
    // (f(1 + h) − f(1)) / h = 1 + 3h + h² exactly.
    for (const h of [1, 0.5, 0.1, 0.01]) expect(secantSlope(f.value, 1, h)).toBeCloseTo(1 + 3 * h + h * h, 9);
    const errors = [0.1, 0.01, 0.001].map((h) => Math.abs(secantSlope(f.value, 1, h) - f.slope(1)));
    expect(errors[1]! / errors[0]!).toBeCloseTo(0.1, 1);
    expect(errors[2]! / errors[1]!).toBeCloseTo(0.1, 1);
  });
  it('is NaN for h = 0 or where f is undefined', () => {
    expect(secantSlope(Math.exp, 0, 0)).toBeNaN();
    expect(secantSlope(fn('log(x)').value, 0.5, -1)).toBeNaN();
  });
});

describe('shrinkStep', () => {
  it('halves h every HALVING_TIME seconds and stops at the target, at any frame rate', () => {
    expect(shrinkStep(1, HALVING_TIME, 1e-6)).toBeCloseTo(0.5, 12);
    let a = 1;
    let b = 1;
    for (let k = 0; k < 24; k++) a = shrinkStep(a, 1 / 24, 1e-6);
    for (let k = 0; k < 60; k++) b = shrinkStep(b, 1 / 60, 1e-6);
    expect(a).toBeCloseTo(b, 12);
    expect(shrinkStep(1e-6, 10, 1e-6)).toBe(1e-6);
    expect(shrinkStep(-0.5, HALVING_TIME, 1e-6)).toBeCloseTo(-0.25, 12);
  });
});

describe('chainAt', () => {
  it('multiplies the slopes: dy/dx = f′(g(x)) · g′(x)', () => {
    const g = fn('x^2');
    const f = fn('sigmoid(u)', ['u', 'x']);
    const c = chainAt(g, f, 1.5, 0.01)!;
    const s = (u: number): number => 1 / (1 + Math.exp(-u));
    expect(c.u).toBeCloseTo(2.25, 14);
    expect(c.gSlope).toBeCloseTo(3, 14);
    expect(c.fSlope).toBeCloseTo(s(2.25) * (1 - s(2.25)), 14);
    expect(c.slope).toBeCloseTo(3 * s(2.25) * (1 - s(2.25)), 14);
    expect(c.du).toBeCloseTo(0.03, 14);
    expect(c.dy).toBeCloseTo(c.slope * 0.01, 14);
    // The linear estimates are close to the true changes for a small nudge.
    expect(Math.abs(c.duExact - c.du)).toBeLessThan(2e-4);
    expect(Math.abs(c.dyExact - c.dy)).toBeLessThan(1e-4);
    // And the composite's own derivative, by finite differences, agrees.
    const h = 1e-6;
    const comp = (x: number): number => f.value(g.value(x));
    expect(c.slope).toBeCloseTo((comp(1.5 + h) - comp(1.5 - h)) / (2 * h), 6);
  });
  it('is undefined where the composite is', () => {
    expect(chainAt(fn('x - 3'), fn('log(u)', ['u']), 1, 0.1)).toBeUndefined();
  });
});

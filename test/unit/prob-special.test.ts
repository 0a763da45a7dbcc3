import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  betaCdf,
  erf,
  erfc,
  gammaP,
  gammaQ,
  incompleteBeta,
  lgamma,
  normalCdf,
  normalQuantile,
  studentTCdf,
  studentTQuantile,
} from '../../src/math/special';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('lgamma', () => {
  it('matches factorials and Γ(1/2) = √π', () => {
    expect(lgamma(1)).toBeCloseTo(0, 14);
    expect(lgamma(2)).toBeCloseTo(0, 14);
    expect(rel(lgamma(10), Math.log(362880))).toBeLessThan(1e-14);
    expect(rel(lgamma(0.5), 0.5 * Math.log(Math.PI))).toBeLessThan(1e-14);
    expect(rel(lgamma(100), 359.1342053695754)).toBeLessThan(1e-14);
    // Γ(−0.5) = −2√π, so ln|Γ(−0.5)| = ln(2√π).
    expect(rel(lgamma(-0.5), Math.log(2 * Math.sqrt(Math.PI)))).toBeLessThan(1e-13);
  });
  it('is +Infinity at the poles and satisfies Γ(x + 1) = xΓ(x)', () => {
    expect(lgamma(0)).toBe(Infinity);
    expect(lgamma(-3)).toBe(Infinity);
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 150, noNaN: true }), (x) => {
        expect(Math.abs(lgamma(x + 1) - lgamma(x) - Math.log(x))).toBeLessThan(
          1e-12 * Math.max(1, Math.abs(lgamma(x + 1))),
        );
      }),
    );
  });
});

describe('erf, erfc', () => {
  it('match tabulated values', () => {
    expect(rel(erf(0.5), 0.5204998778130465)).toBeLessThan(1e-14);
    expect(rel(erf(1), 0.8427007929497149)).toBeLessThan(1e-14);
    expect(rel(erf(2), 0.9953222650189527)).toBeLessThan(1e-14);
    expect(rel(erf(3), 0.9999779095030014)).toBeLessThan(1e-14);
    expect(rel(erfc(3), 2.209049699858544e-5)).toBeLessThan(1e-12);
    expect(rel(erfc(10), 2.088487583762545e-45)).toBeLessThan(1e-12);
    expect(erf(-1)).toBe(-erf(1));
    expect(erf(0)).toBe(0);
  });
  it('is continuous where the method switches at 2', () => {
    // The step across the switch is the slope 2/√π·e^−4 times 1e−12, within rounding.
    const slope = (2 / Math.sqrt(Math.PI)) * Math.exp(-4);
    expect(Math.abs(erfc(2 - 1e-12) - erfc(2) - slope * 1e-12)).toBeLessThan(2e-15);
  });
});

describe('normalCdf, normalQuantile', () => {
  it('match the normal table', () => {
    expect(rel(normalCdf(1.96), 0.9750021048517795)).toBeLessThan(1e-14);
    expect(rel(normalCdf(-1), 0.15865525393145707)).toBeLessThan(1e-14);
    expect(rel(normalCdf(-10), 7.61985302416047e-24)).toBeLessThan(1e-12);
    expect(normalCdf(0)).toBe(0.5);
    expect(rel(normalCdf(7, 5, 2), normalCdf(1))).toBeLessThan(1e-15);
    expect(rel(normalQuantile(0.975), 1.959963984540054)).toBeLessThan(1e-14);
    expect(rel(normalQuantile(0.95), 1.6448536269514722)).toBeLessThan(1e-14);
    expect(rel(normalQuantile(1e-10), -6.361340902404056)).toBeLessThan(1e-13);
    expect(Math.abs(normalQuantile(0.5))).toBeLessThan(1e-16);
    expect(normalQuantile(0.975, 10, 2)).toBeCloseTo(10 + 2 * 1.959963984540054, 12);
  });
  it('handles the ends and refuses p outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.2)).toBeNaN();
    expect(normalQuantile(NaN)).toBeNaN();
  });
  it('round-trips', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        expect(rel(normalCdf(normalQuantile(p)), p)).toBeLessThan(1e-11);
      }),
    );
  });
});

describe('incomplete gamma', () => {
  it('matches closed forms: P(1, x) = 1 − e^−x, Q(k+1, λ) = Poisson cdf', () => {
    expect(rel(gammaP(1, 2), 1 - Math.exp(-2))).toBeLessThan(1e-14);
    // Poisson(3): P(X ≤ 2) = e^−3 (1 + 3 + 4.5)
    expect(rel(gammaQ(3, 3), Math.exp(-3) * 8.5)).toBeLessThan(1e-13);
    expect(rel(gammaP(0.5, 2), erf(Math.SQRT2))).toBeLessThan(1e-13);
    expect(rel(gammaP(50, 60) + gammaQ(50, 60), 1)).toBeLessThan(1e-14);
  });
});

describe('incompleteBeta, betaCdf', () => {
  it('matches closed forms', () => {
    expect(rel(incompleteBeta(0.3, 2.5, 1), 0.3 ** 2.5)).toBeLessThan(1e-13);
    expect(rel(incompleteBeta(0.3, 1, 4), 1 - 0.7 ** 4)).toBeLessThan(1e-13);
    expect(rel(incompleteBeta(0.5, 7.3, 7.3), 0.5)).toBeLessThan(1e-13);
    // Integer shapes: I_x(a, b) = P(Binomial(a + b − 1, x) ≥ a).
    expect(rel(incompleteBeta(0.3, 2, 3), 0.3483)).toBeLessThan(1e-13);
    // Beta(1/2, 1/2) is the arcsine law: cdf = (2/π) asin(√x).
    expect(rel(betaCdf(0.2, 0.5, 0.5), (2 / Math.PI) * Math.asin(Math.sqrt(0.2)))).toBeLessThan(1e-12);
    expect(betaCdf(-1, 2, 2)).toBe(0);
    expect(betaCdf(2, 2, 2)).toBe(1);
  });
  it('obeys the symmetry I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.05, max: 500, noNaN: true }),
        fc.double({ min: 0.05, max: 500, noNaN: true }),
        (x, a, b) => {
          expect(Math.abs(incompleteBeta(x, a, b) + incompleteBeta(1 - x, b, a) - 1)).toBeLessThan(1e-10);
        },
      ),
    );
  });
});

describe('Student t', () => {
  it('matches closed forms for 1 and 2 degrees of freedom', () => {
    for (const t of [-3, -0.4, 0.7, 5]) {
      expect(rel(studentTCdf(t, 1), 0.5 + Math.atan(t) / Math.PI)).toBeLessThan(1e-12);
      expect(rel(studentTCdf(t, 2), 0.5 + t / (2 * Math.sqrt(2 + t * t)))).toBeLessThan(1e-12);
    }
  });
  it('matches the t table', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 4);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.2281, 4);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.0423, 4);
    expect(studentTQuantile(0.95, 5)).toBeCloseTo(2.015, 4);
    expect(studentTQuantile(0.995, 3)).toBeCloseTo(5.8409, 4);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.2281, 4);
    // Many degrees of freedom: close to the normal.
    expect(Math.abs(studentTQuantile(0.975, 1e6) - 1.959963984540054)).toBeLessThan(1e-5);
  });
  it('round-trips', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        fc.double({ min: 0.5, max: 1000, noNaN: true }),
        (p, df) => {
          expect(Math.abs(studentTCdf(studentTQuantile(p, df), df) - p)).toBeLessThan(1e-11);
        },
      ),
    );
  });
});

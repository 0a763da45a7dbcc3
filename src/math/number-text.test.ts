import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MINUS,
  fixed,
  formatNumber,
  parseNumber,
  percent,
  plain,
  short,
  shortNumber,
  tex,
} from './number-text';

describe('short numbers (the editable form)', () => {
  it('rounds numbers for display without float noise', () => {
    expect(shortNumber(0.1 + 0.2)).toBe('0.3');
    expect(shortNumber(Math.SQRT1_2)).toBe('0.71');
    expect(shortNumber(-0.001)).toBe('0');
    expect(shortNumber(-2.5)).toBe('-2.5');
    expect(shortNumber(100)).toBe('100');
  });

  it('parses what people type, either minus sign, and nothing else', () => {
    expect(parseNumber(' -2.5 ')).toBe(-2.5);
    expect(parseNumber('\u22122.5')).toBe(-2.5);
    expect(parseNumber('1.2e\u22124')).toBe(1.2e-4);
    expect(parseNumber('.5')).toBe(0.5);
    for (const bad of ['', '0x10', 'Infinity', '1e400', '1,5', '--1', 'NaN'])
      expect(parseNumber(bad)).toBeUndefined();
  });
});

describe('display forms', () => {
  it('write the same number the same way, with one minus sign', () => {
    // The cases where bayes, covariance, descent, graph, derivative and clt disagreed.
    expect(plain(-0.000123)).toBe('\u22121.23e\u22124');
    expect(plain(1234567.89)).toBe('1.235e6');
    expect(plain(1234567.89, 3)).toBe('1.23e6');
    expect(plain(0.1 + 0.2)).toBe('0.3');
    expect(plain(2 / 3, 3)).toBe('0.667');
    expect(plain(-2.5)).toBe('\u22122.5');
    expect(plain(-0)).toBe('0');
    expect(plain(12345.6)).toBe('12350');
    expect(plain(NaN)).toBe('—');
    expect(plain(-Infinity)).toBe('\u2212∞');
  });

  it('fixed, short and percent', () => {
    expect(fixed(2.5, 2)).toBe('2.50');
    expect(fixed(2.5, 2, true)).toBe('2.5');
    expect(fixed(-0.001, 2)).toBe('0.00');
    expect(fixed(-1.5, 0)).toBe('\u22122');
    expect(short(-1.254)).toBe('\u22121.25');
    expect(short(-0.001)).toBe('0');
    expect(short(7)).toBe('7');
    expect(percent(0.0917, 2)).toBe('9.17%');
    expect(percent(0.5)).toBe('50%');
    expect(percent(-0.0001)).toBe('0%');
    expect(percent(-0.25)).toBe('\u221225%');
  });

  it('tex writes powers of ten and an ASCII minus for KaTeX', () => {
    expect(tex(-0.000123)).toBe('-1.23\\times10^{-4}');
    expect(tex(2.5e6, 3)).toBe('2.5\\times10^{6}');
    expect(tex(-0.5)).toBe('-0.5');
    expect(tex(Infinity)).toBe('\\infty');
    expect(tex(NaN)).toBe('\\text{—}');
  });

  it('never uses a hyphen in a displayed number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.integer({ min: 1, max: 8 }), (x, d) => {
        for (const s of [plain(x, d), fixed(x, d), short(x), percent(x, d)]) {
          expect(s).not.toMatch(/-/);
          expect(s.startsWith(`${MINUS}0`) && Number(s.slice(1).replace('%', '')) === 0).toBe(false);
        }
      }),
    );
  });

  it('round-trips through parseNumber', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        const back = parseNumber(plain(x, 12));
        expect(back).toBeDefined();
        expect(Math.abs(back! - x)).toBeLessThanOrEqual(Math.abs(x) * 1e-11 + 1e-300);
        expect(parseNumber(formatNumber(x))).toBeCloseTo(x, 0);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const x = n / 10 ** d;
        expect(parseNumber(fixed(x, d))).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});

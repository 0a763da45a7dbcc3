import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dataToPx,
  linear,
  log,
  niceDomain,
  niceStepAtLeast,
  plotFrame,
  powerOfTen,
  pxToData,
  stepDecimals,
  tickFormat,
  ticks,
  tickStep,
} from './scale';

/** A number printed with 16 or 17 significant digits is float noise (0.30000000000000004). */
const noisy = (v: number): boolean =>
  String(v)
    .replace(/^-|e.*$/g, '')
    .replace('.', '')
    .replace(/^0+/, '').length > 15;

describe('ticks', () => {
  it('agrees on the cases the platform review found five generators disagreeing on', () => {
    expect(ticks(0, 7, 5)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(ticks(-0.3, 0.9, 4)).toEqual([-0.2, 0, 0.2, 0.4, 0.6, 0.8]);
    expect(ticks(0.1, 0.7, 5)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it('reads the interval either way round, and handles the degenerate ones', () => {
    expect(ticks(10, 0, 2)).toEqual([0, 5, 10]);
    expect(ticks(3, 3, 5)).toEqual([3]);
    expect(ticks(0, Infinity, 5)).toEqual([]);
    expect(ticks(NaN, 1, 5)).toEqual([]);
  });

  it('caps the count and keeps to whole numbers when asked', () => {
    // The sampler's axes: at most `gaps` gaps, whole numbers for discrete charts.
    expect(ticks(0, 1, 5, { max: 6 })).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks(0, 20, 5, { max: 6, integer: true })).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(0, 3, 50, { max: 51, integer: true })).toEqual([0, 1, 2, 3]);
    expect(ticks(0, 100, 10, { max: 4 }).length).toBeLessThanOrEqual(4);
    expect(ticks(0, 3, 10, { integer: true })).toEqual([0, 1, 2, 3]);
    expect(ticks(0.2, 0.8, 5, { integer: true })).toEqual([]);
  });

  it('steps and decimals', () => {
    expect(tickStep(0, 7, 5)).toBe(1);
    expect(tickStep(0.1, 0.7, 5)).toBe(0.1);
    expect(tickStep(0, 1000, 4)).toBe(200);
    expect(stepDecimals(5)).toBe(0);
    expect(stepDecimals(0.5)).toBe(1);
    expect(stepDecimals(0.25)).toBe(2);
    expect(stepDecimals(0.1 + 0.2)).toBe(1);
    expect(tickFormat(0.5)(-1)).toBe('\u22121');
    expect(tickFormat(0.25)(0.1 + 0.2 - 0.05)).toBe('0.25');
    expect(tickFormat(0.1)(1e-17)).toBe('0');
    expect(tickFormat(2e5)(4e5)).toBe('4e5');
  });

  const interval = fc
    .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }))
    .map(([lo, span]): [number, number] => [lo, lo + span]);

  it('lie inside the interval, increase, and carry no float noise', () => {
    fc.assert(
      fc.property(interval, fc.integer({ min: 1, max: 20 }), ([lo, hi], count) => {
        const t = ticks(lo, hi, count);
        t.forEach((v, k) => {
          expect(v).toBeGreaterThanOrEqual(lo);
          expect(v).toBeLessThanOrEqual(hi);
          if (k > 0) expect(v).toBeGreaterThan(t[k - 1]!);
          expect(noisy(v)).toBe(false);
        });
        expect(t.length).toBeLessThanOrEqual(Math.max(3, count * 3));
      }),
    );
  });

  it('step by 1, 2 or 5 times a power of ten at any zoom, with at least two ticks', () => {
    expect(tickStep(-3, 3, 6)).toBe(1);
    expect(tickStep(0, 10, 4)).toBe(2);
    expect(tickStep(0, 1e-5, 5)).toBe(2e-6);
    fc.assert(
      fc.property(interval, ([lo, hi]) => {
        const step = tickStep(lo, hi, 6);
        const m = step / 10 ** Math.floor(Math.log10(step) + 1e-12);
        expect([1, 2, 5, 10].some((n) => Math.abs(m - n) < 1e-9)).toBe(true);
        expect(ticks(lo, hi, 6).length).toBeGreaterThanOrEqual(2);
      }),
    );
  });

  it('label without float noise', () => {
    expect(ticks(0, 1, 5).map(tickFormat(0.2))).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
    expect(tickFormat(0.1)(-0.30000000000000004)).toBe('\u22120.3');
    expect(tickFormat(1e-6)(1.0000002)).toBe('1');
    expect(tickFormat(0.5)(1e-17)).toBe('0');
  });

  it('respect max and integer together', () => {
    fc.assert(
      fc.property(interval, fc.integer({ min: 1, max: 12 }), ([lo, hi], max) => {
        const t = ticks(lo, hi, 10, { max, integer: true });
        expect(t.length).toBeLessThanOrEqual(max);
        for (const v of t) expect(Number.isInteger(v)).toBe(true);
      }),
    );
  });
});

describe('linear scale', () => {
  const s = linear([0, 10], [100, 300]);

  it('maps values to pixels and back', () => {
    expect(s.map(0)).toBe(100);
    expect(s.map(5)).toBe(200);
    expect(s.map(20)).toBe(500);
    expect(s.invert(250)).toBe(7.5);
    expect(linear([0, 1], [200, 0]).map(0.25)).toBe(150);
  });

  it('clamps when asked, in both directions', () => {
    const c = s.clamped();
    expect(c.map(20)).toBe(300);
    expect(c.map(-5)).toBe(100);
    expect(c.invert(0)).toBe(0);
    expect(c.clamped(false).map(20)).toBe(500);
  });

  it('ticks, formats and widens to round ends', () => {
    expect(s.ticks(5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(linear([0.13, 0.92], [0, 1]).nice(5).domain).toEqual([0, 1]);
    expect(niceDomain(0.92, 0.13, 5)).toEqual([1, 0]);
    expect(
      linear([-0.3, 0.9], [0, 1])
        .ticks(4)
        .map(linear([-0.3, 0.9], [0, 1]).tickFormat(4)),
    ).toEqual(['\u22120.2', '0', '0.2', '0.4', '0.6', '0.8']);
  });

  it('does not divide by zero on an empty domain or range', () => {
    expect(linear([2, 2], [0, 100]).map(2)).toBe(50);
    expect(linear([0, 4], [7, 7]).invert(7)).toBe(2);
  });

  it('inverts what it maps', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (lo, span, v) => {
          const sc = linear([lo, lo + span], [20, 620]);
          expect(sc.invert(sc.map(v))).toBeCloseTo(v, 6);
        },
      ),
    );
  });
});

describe('log scale', () => {
  const s = log([1, 1e6], [0, 600]);

  it('maps decades evenly and ticks on powers of ten', () => {
    expect(s.map(1)).toBe(0);
    expect(s.map(1000)).toBeCloseTo(300, 9);
    expect(s.invert(600)).toBeCloseTo(1e6, 3);
    expect(s.ticks(7)).toEqual([1, 10, 100, 1000, 1e4, 1e5, 1e6]);
    expect(s.ticks(3)).toEqual([1, 100, 1e4, 1e6]);
    expect(log([0.001, 1], [0, 1]).ticks(4)).toEqual([0.001, 0.01, 0.1, 1]);
    expect(log([0, 1], [0, 1]).ticks(4)).toEqual([]);
  });

  it('labels large powers as 10ⁿ', () => {
    const f = s.tickFormat(7);
    expect([1, 1000, 1e4, 1e6].map(f)).toEqual(['1', '1000', '10⁴', '10⁶']);
    expect(powerOfTen(0.01)).toBe('10⁻²');
    expect(log([3, 700], [0, 1]).nice().domain).toEqual([1, 1000]);
  });
});

describe('plotFrame', () => {
  it('pads the box, keeps equal units when asked, and maps data to pixels and back (y up)', () => {
    const f = plotFrame({ xMin: 0, xMax: 10, yMin: 0, yMax: 2 }, 416, 216, { equal: true, pad: 0 });
    // 400 x 200 px inside the gutters: 40 px per unit on both axes, the y range grown to 5 units.
    expect(f.box.xMax - f.box.xMin).toBeCloseTo(10);
    expect(f.box.yMax - f.box.yMin).toBeCloseTo(5);
    const p = dataToPx(f, 5, 1);
    expect(p.x).toBeCloseTo(208);
    expect(p.y).toBeCloseTo(108);
    expect(dataToPx(f, 5, 2).y).toBeLessThan(p.y);
    const back = pxToData(f, { x: 100, y: 50 });
    expect(dataToPx(f, back.x, back.y).x).toBeCloseTo(100);
    expect(dataToPx(f, back.x, back.y).y).toBeCloseTo(50);
  });

  it('grows a point-sized box to one unit', () => {
    const f = plotFrame({ xMin: 3, xMax: 3, yMin: 3, yMax: 3 }, 100, 100, { pad: 0.1 });
    expect(f.box.xMax - f.box.xMin).toBeCloseTo(1, 6);
    expect(f.box.xMin).toBeLessThan(3);
  });
});

describe('niceStepAtLeast', () => {
  it('is 1, 2 or 5 times a power of ten, at least the value', () => {
    expect([0.03, 0.25, 1, 3, 7, 11].map(niceStepAtLeast)).toEqual([0.05, 0.5, 1, 5, 10, 20]);
    expect(niceStepAtLeast(NaN)).toBe(0.1);
  });
});

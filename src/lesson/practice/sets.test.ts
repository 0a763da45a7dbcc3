import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../math/random';
import { apply, det, inverse, multiply, type Mat2, type Vec2 } from '../../math/mat2';
import { apply3, cross3, det3, type Mat3, type Vec3 } from '../../math/mat3';
import { eigen2 } from '../../math/eigen2';
import { svd2 } from '../../math/svd';
import { renderMath } from '../math';
import { drawItem, MAX_SEED, type PracticeItem } from './item';
import { PRACTICE_SETS } from './sets';

const m2 = (x: unknown): Mat2 => x as Mat2;
const v2 = (x: unknown): Vec2 => x as Vec2;
const dot = (u: readonly number[], v: readonly number[]): number => u.reduce((s, x, i) => s + x * v[i]!, 0);

/** What the generators give, each read as the kind of item that uses it needs it. */
type Given = Record<
  | 'a'
  | 'b'
  | 'c'
  | 'd'
  | 'k'
  | 's'
  | 'rolls'
  | 'ab'
  | 'anb'
  | 'nab'
  | 'prior'
  | 'sens'
  | 'fpr'
  | 'xs'
  | 'ps'
  | 'ex'
  | 'ey'
  | 'u'
  | 'v'
  | 'w'
  | 'x'
  | 'm'
  | 'b1'
  | 'b2'
  | 'e1'
  | 'e2'
  | 'pu'
  | 'pv'
  | 'da'
  | 'db',
  number & [number, number, number]
>;

/**
 * The answer of each kind of item, recomputed from what the question gives with the library's own
 * linear algebra (src/math), not with the generators' arithmetic.
 */
function recompute(item: PracticeItem): readonly number[] {
  const g = item.given as unknown as Given;
  switch (item.kind) {
    case 'combination': {
      const u = v2(g.u);
      const v = v2(g.v);
      return [g.a * u[0] + g.b * v[0], g.a * u[1] + g.b * v[1]];
    }
    case 'coordinates': {
      const inv = inverse([g.b1[0], g.b2[0], g.b1[1], g.b2[1]]);
      if (!inv.ok) throw new Error('degenerate basis');
      return apply(inv.inverse, v2(g.w));
    }
    case 'span-dimension':
      return [det([g.u[0], g.v[0], g.u[1], g.v[1]]) === 0 ? 1 : 2];
    case 'matrix-times-vector':
      return apply(m2(g.a), v2(g.v));
    case 'matrix-from-columns':
      return [g.e1[0], g.e2[0], g.e1[1], g.e2[1]];
    case 'linearity':
      return [g.a * g.pu[0] + g.b * g.pv[0], g.a * g.pu[1] + g.b * g.pv[1]];
    case 'product':
      return multiply(m2(g.a), m2(g.b));
    case 'first-a-then-b':
      return multiply(m2(g.b), m2(g.a));
    case 'composed-vector':
      return apply(m2(g.a), apply(m2(g.b), v2(g.v)));
    case 'determinant':
      return [det(m2(g.a))];
    case 'area':
      return [Math.abs(det(m2(g.a))) * g.s];
    case 'det-of-product': {
      // Any matrices with those determinants: diag(det A, 1) and diag(det B, 1).
      return [det(multiply([g.da, 0, 0, 1], [g.db, 0, 0, 1]))];
    }
    case 'det-of-multiple': {
      const a: Mat2 = [g.d, 0, 0, 1];
      return [det([g.k * a[0], g.k * a[1], g.k * a[2], g.k * a[3]])];
    }
    case 'inverse': {
      const inv = inverse(m2(g.a));
      if (!inv.ok) throw new Error('singular');
      return inv.inverse;
    }
    case 'solve': {
      const inv = inverse(m2(g.a));
      if (!inv.ok) throw new Error('singular');
      return apply(inv.inverse, v2(g.b));
    }
    case 'rank': {
      const a = m2(g.a);
      return [a.every((x) => x === 0) ? 0 : det(a) === 0 ? 1 : 2];
    }
    case 'make-singular':
      return [(g.b * g.c) / g.a];
    case 'dot-product':
      return [dot(g.u, g.v)];
    case 'projection': {
      const k = dot(g.u, g.v) / dot(g.u, g.u);
      return [k * g.u[0], k * g.u[1]];
    }
    case 'cosine':
      return [dot(g.u, g.v) / (Math.hypot(...(g.u as number[])) * Math.hypot(...(g.v as number[])))];
    case 'length':
      return [Math.hypot(...(g.v as number[]))];
    case 'to-standard':
      return apply([g.b1[0], g.b2[0], g.b1[1], g.b2[1]], v2(g.c));
    case 'to-basis': {
      const inv = inverse([g.b1[0], g.b2[0], g.b1[1], g.b2[1]]);
      if (!inv.ok) throw new Error('degenerate basis');
      return apply(inv.inverse, v2(g.x));
    }
    case 'basis-matrix':
      return [g.b1[0], g.b2[0], g.b1[1], g.b2[1]];
    case 'largest-eigenvalue': {
      const e = eigen2(m2(g.a));
      if (e.kind !== 'distinct') throw new Error(`eigenvalues are ${e.kind}`);
      return [Math.max(...e.values)];
    }
    case 'eigenvalue-of-vector': {
      const av = apply(m2(g.a), v2(g.v));
      const i = g.v[0] !== 0 ? 0 : 1;
      const l = av[i]! / g.v[i]!;
      expect(av[1 - i]).toBeCloseTo(l * g.v[1 - i]!, 9);
      return [l];
    }
    case 'triangular-eigenvalues': {
      const e = eigen2(m2(g.a));
      if (e.kind !== 'distinct') throw new Error(`eigenvalues are ${e.kind}`);
      return [e.values[0] * e.values[1]];
    }
    case 'matrix-times-vector-3d':
      return apply3(g.a as unknown as Mat3, g.v as unknown as Vec3);
    case 'volume-3d':
      return [det3(g.a as unknown as Mat3)];
    case 'cross-product':
      return cross3(g.u as unknown as Vec3, g.v as unknown as Vec3);
    case 'largest-singular-value':
      return [svd2(m2(g.m)).sigma[0]];
    case 'smallest-singular-value':
      return [svd2(m2(g.m)).sigma[1]];
    case 'singular-product': {
      const s = svd2(m2(g.m)).sigma;
      return [s[0] * s[1]];
    }
    case 'dice-sum': {
      let ways = 0;
      for (let a = 1; a <= 6; a++) for (let b = 1; b <= 6; b++) if (a + b === g.s) ways++;
      return [ways / 36];
    }
    case 'at-least-one-head':
      return [1 - 0.5 ** g.k];
    case 'expected-count':
      return [g.rolls * (1 / 6)];
    case 'conditional-from-counts':
      return [g.ab / (g.ab + g.nab)];
    case 'bayes': {
      const pos = g.prior * g.sens + (1 - g.prior) * g.fpr;
      return [(g.prior * g.sens) / pos];
    }
    case 'independent-and':
      return [g.a * g.b];
    case 'expectation':
      return [dot(g.xs, g.ps)];
    case 'variance-of-affine': {
      // Var of a two-point X with that variance, computed from the values: ±√v around 0.
      const xs = [-Math.sqrt(g.v), Math.sqrt(g.v)].map((x) => g.a * x + g.b);
      const mean = (xs[0]! + xs[1]!) / 2;
      return [((xs[0]! - mean) ** 2 + (xs[1]! - mean) ** 2) / 2];
    }
    case 'expectation-linear':
      return [g.a * g.ex + g.b * g.ey];
  }
  throw new Error(`no independent check for the kind ${item.kind}`);
}

const ENTRIES = { number: [1], vector: [2, 3], matrix: [4] } as const;
const seed = fc.integer({ min: 0, max: MAX_SEED });

describe.each(Object.entries(PRACTICE_SETS))('practice set %s', (_name, set) => {
  it('has 3 to 5 kinds of question, and seeds reach every one', () => {
    expect(set.generators.length).toBeGreaterThanOrEqual(3);
    expect(set.generators.length).toBeLessThanOrEqual(5);
    const kinds = new Set<string>();
    for (let s = 0; s < 200; s++) kinds.add(drawItem(set, s).kind);
    expect(kinds.size).toBe(set.generators.length);
  });

  it('states the right answer, checked independently, with finite nice numbers', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const item = drawItem(set, s);
        expect(ENTRIES[item.answerKind]).toContain(item.answer.length);
        for (const x of item.answer) {
          expect(Number.isFinite(x)).toBe(true);
          expect(Math.abs(x)).toBeLessThanOrEqual(200);
        }
        const want = recompute(item);
        expect(want.length).toBe(item.answer.length);
        want.forEach((x, i) => expect(Math.abs(x - item.answer[i]!)).toBeLessThanOrEqual(1e-9));
        // Answers typed exactly are whole numbers; only the tolerant ones (a cosine) are not.
        if (item.tolerance === 0) for (const x of item.answer) expect(Number.isInteger(x)).toBe(true);
        if (item.tolerance > 0) expect(item.tolerance).toBeLessThanOrEqual(0.01);
        for (const slip of item.slips) {
          expect(slip.at.length).toBe(item.answer.length);
          // A slip that equals the answer would call a right answer wrong.
          expect(slip.at.some((x, i) => Math.abs(x - item.answer[i]!) > item.tolerance)).toBe(true);
        }
        // Two slips on the same numbers would name only the first.
        const at = item.slips.map((x) => x.at.join(' '));
        expect(new Set(at).size).toBe(at.length);
        expect(item.steps.length).toBeGreaterThan(0);
        expect(`${item.prompt} ${item.text}`).not.toMatch(/NaN|undefined|Infinity/);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same item for the same seed, and typesets every formula', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const item = drawItem(set, s);
        expect(drawItem(set, s)).toEqual(item);
        for (const tex of [item.tex, ...item.steps]) {
          const r = renderMath(tex, true);
          expect(r.ok ? '' : `${r.message} in ${tex}`).toBe('');
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('drawItem', () => {
  it('draws different questions from different seeds', () => {
    const set = PRACTICE_SETS['la-02']!;
    const texts = new Set(Array.from({ length: 20 }, (_, s) => drawItem(set, s).text));
    expect(texts.size).toBeGreaterThan(15);
  });

  it('uses the seed as createRandom does (a seed is a whole number mod 2³²)', () => {
    const set = PRACTICE_SETS['la-04']!;
    expect(drawItem(set, -1)).toEqual(drawItem(set, MAX_SEED));
    expect(() => createRandom(0.5)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addPoint,
  advance,
  analyseCloud,
  axisEnds,
  collapse,
  dialKey,
  directionBand,
  factorsOf,
  lineDegrees,
  lineGap,
  movePointAt,
  nextStop,
  nudge,
  pcaAnswer,
  playStart,
  previousStop,
  projectOnAxis,
  removePointAt,
  rightVector,
  scoreDirection,
  seededCloud,
  shownMatrix,
  snapPoint,
  stageOf,
  stageProgress,
  svdAnswer,
  svdKeep,
  STAGE_SECONDS,
  type Factors,
} from './model';
import { det, maxAbs, multiply, rotation, type Mat2, type Vec2 } from '../../math/mat2';
import { MAX_POINTS } from './props';

const key = (k: string, mods: { shiftKey?: boolean; altKey?: boolean } = {}) => ({
  key: k,
  shiftKey: mods.shiftKey ?? false,
  altKey: mods.altKey ?? false,
});

function near(a: readonly number[], b: readonly number[], tol: number): void {
  expect(a).toHaveLength(b.length);
  a.forEach((x, k) =>
    expect(Math.abs(x - (b[k] as number)), `[${a.join(', ')}] vs [${b.join(', ')}]`).toBeLessThanOrEqual(tol),
  );
}

const transpose = (m: Mat2): Mat2 => [m[0], m[2], m[1], m[3]];
const factors = (m: Mat2): Factors => {
  const f = factorsOf(m);
  if (!f) throw new Error('no factors');
  return f;
};

describe('the factors of A = U Σ Vᵀ', () => {
  it('finds σ₁ = 3√5 and σ₂ = √5 for [[3, 0], [4, 5]]', () => {
    const f = factors([3, 0, 4, 5]);
    expect(f.sigma[0]).toBeCloseTo(3 * Math.sqrt(5), 12);
    expect(f.sigma[1]).toBeCloseTo(Math.sqrt(5), 12);
    expect(f.flip).toBe(false);
  });

  it('plays the identity at t = 0, Vᵀ at 1, Σ Vᵀ at 2 and A at 3', () => {
    const m: Mat2 = [3, 0, 4, 5];
    const f = factors(m);
    near(shownMatrix(f, 0), [1, 0, 0, 1], 1e-15);
    near(shownMatrix(f, 1), f.vt, 1e-12);
    near(shownMatrix(f, 2), multiply([f.sigma[0], 0, 0, f.sigma[1]], f.vt), 1e-12);
    near(shownMatrix(f, 3), m, 1e-12);
  });

  it('rebuilds every matrix within ±100 at t = 3, with orthogonal U, a rotation Vᵀ and sorted σ', () => {
    const entry = fc.double({ min: -100, max: 100, noNaN: true });
    fc.assert(
      fc.property(fc.tuple(entry, entry, entry, entry), (t) => {
        const m = t as unknown as Mat2;
        const f = factors(m);
        // svd2 reports σ₂ below 1e-10·σ₁ as exactly 0 (a rank decision), so A is rebuilt to that.
        const tol = 2e-10 * maxAbs(m) + 1e-13;
        near(shownMatrix(f, 3), m, tol);
        near(multiply(transpose(f.u), f.u), [1, 0, 0, 1], 1e-12);
        near(multiply(transpose(f.vt), f.vt), [1, 0, 0, 1], 1e-12);
        expect(det(f.vt)).toBeGreaterThan(0);
        expect(f.flip).toBe(det(f.u) < 0);
        expect(f.sigma[0]).toBeGreaterThanOrEqual(f.sigma[1]);
        expect(f.sigma[1]).toBeGreaterThanOrEqual(0);
        if (det(m) < -1e-9 * maxAbs(m) ** 2) expect(f.flip).toBe(true);
        if (det(m) > 1e-9 * maxAbs(m) ** 2) expect(f.flip).toBe(false);
        // Of the two sign choices (U, Vᵀ) and (−U, −Vᵀ), the one with less turning is played.
        const turn = Math.abs(f.uAngle) + Math.abs(f.vAngle);
        const wrap = (a: number) => Math.abs(Math.atan2(Math.sin(a + Math.PI), Math.cos(a + Math.PI)));
        expect(turn).toBeLessThanOrEqual(wrap(f.uAngle) + wrap(f.vAngle) + 1e-9);
        for (const time of [0.3, 1.5, 2.5, 2.99])
          expect(shownMatrix(f, time).every(Number.isFinite)).toBe(true);
      }),
      // A failure reports its first counterexample: shrinking four doubles can take minutes.
      { numRuns: 400, endOnFailure: true },
    );
  });

  it('does not turn the identity, and lets U do all the turning of a rotation', () => {
    const id = factors([1, 0, 0, 1]);
    expect([id.uAngle, id.vAngle]).toEqual([0, 0]);
    const r = factors(rotation(Math.PI / 3));
    expect(r.vAngle).toBe(0);
    expect(r.uAngle).toBeCloseTo(Math.PI / 3, 12);
    near(r.sigma, [1, 1], 1e-12);
  });

  it('flips inside U when det A < 0, passing through flat half-way through the last stage', () => {
    const m: Mat2 = [-1, 0, 0, 2];
    const f = factors(m);
    expect(f.flip).toBe(true);
    near(shownMatrix(f, 3), m, 1e-12);
    expect(Math.abs(det(shownMatrix(f, 2.5)))).toBeLessThan(1e-12);
    expect(det(shownMatrix(f, 2))).toBeGreaterThan(0);
  });

  it('collapses the circle onto a segment when det A = 0, and onto a point for the zero matrix', () => {
    const s = factors([1, 2, 0.5, 1]);
    expect(collapse(s)).toBe('segment');
    expect(s.sigma[1]).toBe(0);
    // v₂ is the direction A squashes: A v₂ = 0.
    const v2 = rightVector(s, 1);
    near([1 * v2[0] + 2 * v2[1], 0.5 * v2[0] + 1 * v2[1]], [0, 0], 1e-12);
    const z = factors([0, 0, 0, 0]);
    expect(collapse(z)).toBe('point');
    near(shownMatrix(z, 3), [0, 0, 0, 0], 0);
    expect(collapse(factors([2, 0, 0, 1]))).toBe('none');
  });

  it('gives no factors for a matrix with non-finite entries', () => {
    expect(factorsOf([Number.NaN, 0, 0, 1])).toBeUndefined();
    expect(factorsOf([Infinity, 0, 0, 1])).toBeUndefined();
  });
});

describe('time through the three stages', () => {
  it('names the stage that is moving in (or has just arrived)', () => {
    expect([0, 0.01, 0.5, 1, 1.2, 2, 2.7, 3].map(stageOf)).toEqual([0, 1, 1, 1, 2, 2, 3, 3]);
    expect(stageProgress(1.25, 2)).toBeCloseTo(0.25, 12);
    expect(stageProgress(3, 3)).toBe(1);
  });

  it('steps to the next and previous stage boundary', () => {
    expect([0, 0.4, 1, 2.5, 3].map(nextStop)).toEqual([1, 1, 2, 3, 3]);
    expect([0, 0.4, 1, 2.5, 3].map(previousStop)).toEqual([0, 0, 0, 2, 2]);
  });

  it('plays on from where it is, and from the circle once at the end', () => {
    expect(playStart(1.5)).toBe(1.5);
    expect(playStart(3)).toBe(0);
  });

  it('takes STAGE_SECONDS per stage whatever the frame rate, without overshooting', () => {
    for (const fps of [24, 60, 144]) {
      let t = 0;
      let frames = 0;
      while (t < 3) {
        t = advance(t, 3, 1 / fps);
        frames++;
      }
      expect(t).toBe(3);
      expect(frames / fps).toBeCloseTo(3 * STAGE_SECONDS, 1);
    }
    expect(advance(2.2, 2, 1)).toBe(2);
    expect(advance(1, 2, -5)).toBe(1);
  });
});

describe('the cloud', () => {
  const shape = { seed: 7, n: 40, spread1: 2, spread2: 0.6, angle: 30 };

  it('draws the same seeded cloud for the same settings, and another for another seed', () => {
    const a = seededCloud(shape);
    expect(a).toHaveLength(40);
    expect(seededCloud(shape)).toEqual(a);
    expect(seededCloud({ ...shape, seed: 8 })).not.toEqual(a);
    // Two decimals, so turning it into hand-placed points changes nothing.
    for (const p of a) for (const x of p) expect(Math.round(x * 100) / 100).toBe(x);
  });

  it('spreads along the requested angle with the requested standard deviations', () => {
    const a = analyseCloud(seededCloud({ ...shape, n: 500 }));
    if (!a.ok) throw new Error('expected a PCA');
    expect(lineGap((Math.atan2(a.pca.axes[0][1], a.pca.axes[0][0]) * 180) / Math.PI, 30)).toBeLessThan(3);
    expect(Math.sqrt(a.pca.variances[0])).toBeGreaterThan(1.8);
    expect(Math.sqrt(a.pca.variances[0])).toBeLessThan(2.2);
    expect(Math.sqrt(a.pca.variances[1])).toBeGreaterThan(0.5);
    expect(Math.sqrt(a.pca.variances[1])).toBeLessThan(0.7);
  });

  it('explains 100% of the variance with one axis when the points lie on a line', () => {
    const a = analyseCloud([
      [1, 1],
      [2, 2],
      [3, 3],
      [-1, -1],
    ]);
    if (!a.ok) throw new Error('expected a PCA');
    near(a.pca.explained, [1, 0], 1e-12);
    near(a.pca.axes[0], [Math.SQRT1_2, Math.SQRT1_2], 1e-12);
    near([a.sigmas[0] ** 2 / 4, a.sigmas[1] ** 2 / 4], a.pca.variances, 1e-12);
    near(
      axisEnds(a.pca, 0)[1],
      [
        1.25 + 2 * Math.sqrt(a.pca.variances[0]) * Math.SQRT1_2,
        1.25 + 2 * Math.sqrt(a.pca.variances[0]) * Math.SQRT1_2,
      ],
      1e-12,
    );
  });

  it('says why there is no PCA: too few points, or all in one place', () => {
    expect(analyseCloud([])).toEqual({ ok: false, reason: 'few', n: 0 });
    expect(analyseCloud([[1, 2]])).toEqual({ ok: false, reason: 'few', n: 1 });
    expect(
      analyseCloud([
        [1, 2],
        [1, 2],
        [1, 2],
      ]),
    ).toEqual({ ok: false, reason: 'same', n: 3 });
  });

  it('adds, moves and removes points, and refuses a point past the limit', () => {
    const p: Vec2[] = [
      [0, 0],
      [1, 1],
    ];
    expect(addPoint(p, [2, 0])).toEqual([...p, [2, 0]]);
    expect(movePointAt(p, 1, [5, 5])).toEqual([
      [0, 0],
      [5, 5],
    ]);
    expect(movePointAt(p, 7, [5, 5])).toBe(p);
    expect(removePointAt(p, 0)).toEqual([[1, 1]]);
    const full = Array.from({ length: MAX_POINTS }, (_, k) => [k / 10, 0] as Vec2);
    expect(addPoint(full, [0, 0])).toBeUndefined();
  });

  it('snaps pointer placements to 0.1 and keeps keyboard moves clean and in range', () => {
    expect(snapPoint([1.04, -2.96])).toEqual([1, -3]);
    expect(snapPoint([Number.NaN, 250])).toEqual([0, 100]);
    expect(nudge([0.1, 0.2], [0.2, 0.1])).toEqual([0.3, 0.3]);
    expect(nudge([99.5, 0], [1, 0])).toEqual([100, 0]);
  });

  it('projects a point onto a line through the mean', () => {
    near(projectOnAxis([3, 1], [1, 1], [Math.SQRT1_2, Math.SQRT1_2]), [2, 2], 1e-12);
  });
});

describe('predict-first: a direction', () => {
  it('folds directions into lines (−90°, 90°] and measures the gap between lines', () => {
    expect([0, 90, 91, 180, -90, -135, 270].map(lineDegrees)).toEqual([0, 90, -89, 0, 90, 45, 90]);
    expect(lineGap(10, 170)).toBe(20);
    expect(lineGap(-80, 80)).toBe(20);
    expect(lineGap(0, 90)).toBe(90);
  });

  it('scores a guess against u₁, and any guess when every direction stretches alike', () => {
    const f = factors([3, 0, 4, 5]);
    const u1 = svdAnswer(f)!;
    const truth = (Math.atan2(u1[1], u1[0]) * 180) / Math.PI;
    const r = scoreDirection(truth + 180 + 4, u1);
    expect(r.error).toBeCloseTo(4, 9);
    expect(directionBand(r.error)).toBe('spot-on');
    expect(svdAnswer(factors(rotation(1)))).toBeUndefined();
    expect(scoreDirection(33, undefined)).toEqual({ guess: 33, answer: undefined, error: 0 });
    expect([0.1, 5, 12, 30, 60].map(directionBand)).toEqual(['exact', 'spot-on', 'close', 'near', 'far']);
  });

  it('takes the first principal axis as the answer for a cloud', () => {
    const a = analyseCloud([
      [0, 0],
      [2, 0.1],
      [4, -0.1],
      [6, 0],
    ]);
    expect(lineGap(scoreDirection(0, pcaAnswer(a)).answer!, 0)).toBeLessThan(2);
    expect(pcaAnswer(analyseCloud([[1, 1]]))).toBeUndefined();
  });

  it('turns the dial with the arrow keys: 5°, Shift 15°, Alt 1°', () => {
    expect(dialKey(0, key('ArrowRight'))).toBe(5);
    expect(dialKey(0, key('ArrowDown', { shiftKey: true }))).toBe(-15);
    expect(dialKey(90, key('ArrowUp', { altKey: true }))).toBe(-89);
    expect(dialKey(0, key('Enter'))).toBeUndefined();
  });
});

describe('svdKeep: the view follows the shape stage by stage (review Part 1, D6)', () => {
  const f = factorsOf([3, 0, 4, 5])!;
  const reach = (t: number): number => Math.max(...svdKeep(f, t).flat().map(Math.abs));

  it('holds the unit circle while Vᵀ turns it, not the final ellipse', () => {
    expect(reach(0)).toBe(1);
    expect(reach(1)).toBe(1);
  });

  it('grows with Σ’s stretch to σ₁ and stays there while U turns', () => {
    expect(reach(1.5)).toBeGreaterThan(1);
    expect(reach(1.5)).toBeLessThan(f.sigma[0]);
    expect(reach(2)).toBeCloseTo(f.sigma[0], 12);
    expect(reach(3)).toBeCloseTo(f.sigma[0], 12);
    for (let t = 0; t < 3; t += 0.05) expect(reach(t + 0.05)).toBeGreaterThanOrEqual(reach(t) - 1e-12);
  });

  it('keeps the unit circle when A only shrinks', () => {
    expect(reach(3)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...svdKeep(factorsOf([0.5, 0, 0, 0.2]), 3).flat())).toBe(1);
  });
});

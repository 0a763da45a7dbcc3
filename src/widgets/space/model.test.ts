import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IDENTITY3, cross3, det3, dot3, norm3, type Mat3, type Vec3 } from '../../math/mat3';
import {
  EDGES,
  FACES,
  FIT_MARGIN,
  MIN_FIT,
  PRESETS3,
  PRESET3_MATRICES,
  columnOf3,
  corners,
  crossOf,
  dragTo3,
  fitRadius,
  keyDelta3,
  keyStep3,
  matchPreset3,
  shownMatrix3,
  volumeOf,
  withColumn3,
} from './model';

const key = (k: string, mods: { shiftKey?: boolean; altKey?: boolean } = {}) => ({
  key: k,
  shiftKey: mods.shiftKey ?? false,
  altKey: mods.altKey ?? false,
});

const M: Mat3 = [1, 2, 3, 4, 5, 6, 7, 8, 10];

describe('columns and tips', () => {
  it('reads and replaces the columns where î, ĵ, k̂ land', () => {
    expect(columnOf3(M, 'i')).toEqual([1, 4, 7]);
    expect(columnOf3(M, 'j')).toEqual([2, 5, 8]);
    expect(columnOf3(M, 'k')).toEqual([3, 6, 10]);
    expect(withColumn3(M, 'j', [0, -1, 9])).toEqual([1, 0, 3, 4, -1, 6, 7, 9, 10]);
  });

  it('snaps a dragged tip like the plane: tenths, and whole numbers when close', () => {
    expect(dragTo3(IDENTITY3, 'k', [0.96, -0.33, 2.04])).toEqual([1, 0, 1, 0, 1, -0.3, 0, 0, 2]);
  });

  it('keys move a tip: arrows in x/y, PageUp/PageDown in z; Shift coarse, Alt fine', () => {
    expect(keyDelta3(key('ArrowRight'))).toEqual([0.1, 0, 0]);
    expect(keyDelta3(key('ArrowDown', { shiftKey: true }))).toEqual([0, -1, 0]);
    expect(keyDelta3(key('PageUp', { altKey: true }))).toEqual([0, 0, 0.01]);
    expect(keyDelta3(key('PageDown'))).toEqual([0, 0, -0.1]);
    expect(keyDelta3(key('a'))).toBeUndefined();
    let m: Mat3 = IDENTITY3;
    for (let n = 0; n < 3; n++) m = keyStep3(m, 'k', key('PageUp'))!;
    expect(columnOf3(m, 'k')).toEqual([0, 0, 1.3]);
    m = keyStep3(m, 'i', key('ArrowUp', { shiftKey: true }))!;
    expect(columnOf3(m, 'i')).toEqual([1, 1, 0]);
    expect(keyStep3(m, 'i', key('Enter'))).toBeUndefined();
  });

  it('keeps keyed entries within ±100', () => {
    const far = withColumn3(IDENTITY3, 'i', [100, 0, 0]);
    expect(columnOf3(keyStep3(far, 'i', key('ArrowRight', { shiftKey: true }))!, 'i')).toEqual([100, 0, 0]);
  });
});

describe('animation', () => {
  it('goes from the identity (t = 0) to the matrix (t = 1) exactly', () => {
    expect(shownMatrix3(M, 0)).toEqual(IDENTITY3);
    expect(shownMatrix3(M, 1)).toEqual(M);
    expect(shownMatrix3(M, 0.5)).toEqual(M.map((x, k) => (x + (IDENTITY3[k] as number)) / 2));
  });
});

describe('the unit cube becoming a parallelepiped', () => {
  it('puts corner a + 2b + 4c at a·Aî + b·Aĵ + c·Ak̂', () => {
    const c = corners(M);
    expect(c[0]).toEqual([0, 0, 0]);
    expect(c[1]).toEqual([1, 4, 7]);
    expect(c[6]).toEqual([5, 11, 18]);
    expect(c[7]).toEqual([6, 15, 25]);
  });

  it('has 12 edges of the cube, each joining corners that differ in one coordinate', () => {
    expect(EDGES).toHaveLength(12);
    for (const [a, b] of EDGES) expect([1, 2, 4]).toContain(a ^ b);
    expect(new Set(EDGES.map(([a, b]) => `${a}-${b}`)).size).toBe(12);
  });

  it('orders every face counter-clockwise from outside: the face normals of the unit cube point out', () => {
    const c = corners(IDENTITY3);
    const centre: Vec3 = [0.5, 0.5, 0.5];
    for (const f of FACES) {
      const [a, b, , d] = f.map((k) => c[k]!) as [Vec3, Vec3, Vec3, Vec3];
      const n = cross3([b[0] - a[0], b[1] - a[1], b[2] - a[2]], [d[0] - a[0], d[1] - a[1], d[2] - a[2]]);
      expect(dot3(n, [a[0] - centre[0], a[1] - centre[1], a[2] - centre[2]])).toBeGreaterThan(0);
    }
    expect(new Set(FACES.flat()).size).toBe(8);
  });

  it('says what the volume does: kept, flipped, or flat onto a plane, a line or a point', () => {
    expect(volumeOf([2, 0, 0, 0, 3, 0, 0, 0, 4])).toEqual({ det: 24, kind: 'kept' });
    expect(volumeOf([1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual({ det: 0, kind: 'plane' });
    expect(volumeOf([1, 0, 0, 0, 1, 0, 0, 0, -1])).toEqual({ det: -1, kind: 'flipped' });
    expect(volumeOf(PRESET3_MATRICES.plane).kind).toBe('plane');
    expect(volumeOf(PRESET3_MATRICES.line).kind).toBe('line');
    expect(volumeOf([0, 0, 0, 0, 0, 0, 0, 0, 0]).kind).toBe('point');
  });

  it('agrees with det3 for matrices that keep volume', () => {
    const entry = fc.integer({ min: -9, max: 9 });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 9, maxLength: 9 }), (raw) => {
        const m = raw as unknown as Mat3;
        const v = volumeOf(m);
        const d = det3(m);
        if (d === 0) expect(v.det).toBe(0);
        else {
          expect(v.det).toBe(d);
          expect(v.kind).toBe(d < 0 ? 'flipped' : 'kept');
        }
      }),
    );
  });
});

describe('presets', () => {
  it('are recognised again, and say what they should about the volume', () => {
    for (const p of PRESETS3) expect(matchPreset3(PRESET3_MATRICES[p])).toBe(p);
    expect(matchPreset3(M)).toBe('custom');
    expect(det3(PRESET3_MATRICES.rotation)).toBe(1);
    expect(det3(PRESET3_MATRICES.shear)).toBe(1);
    expect(det3(PRESET3_MATRICES.scale)).toBe(1.5);
    expect(volumeOf(PRESET3_MATRICES.reflection).kind).toBe('flipped');
  });
});

describe('cross product', () => {
  it('multiplies the chosen transformed basis vectors, in order, with length = area', () => {
    expect(crossOf(IDENTITY3, 'none')).toBeUndefined();
    expect(crossOf(IDENTITY3, 'ij')).toMatchObject({ first: 'i', second: 'j', vector: [0, 0, 1], area: 1 });
    expect(crossOf(IDENTITY3, 'jk')?.vector).toEqual([1, 0, 0]);
    expect(crossOf(IDENTITY3, 'ki')?.vector).toEqual([0, 1, 0]);
    const c = crossOf([2, 0, 0, 0, 3, 0, 0, 0, 4], 'ij')!;
    expect(c.vector).toEqual([0, 0, 6]);
    expect(c.area).toBe(6);
  });

  it('is exactly zero for parallel vectors, and (Aî × Aĵ) · Ak̂ is the determinant', () => {
    expect(crossOf([1, 2, 0, 0.1, 0.2, 0, 0.3, 0.6, 1], 'ij')).toMatchObject({ vector: [0, 0, 0], area: 0 });
    const c = crossOf(M, 'ij')!;
    expect(dot3(c.vector, columnOf3(M, 'k'))).toBeCloseTo(det3(M), 12);
  });
});

describe('fitting the view', () => {
  it('holds every corner (or just the tips) and the cross product, with a margin', () => {
    expect(fitRadius(IDENTITY3, true, undefined)).toBeCloseTo(Math.sqrt(3) * FIT_MARGIN, 12);
    expect(fitRadius(IDENTITY3, false, undefined)).toBe(FIT_MARGIN);
    const big: Mat3 = [2, 0, 0, 0, 3, 0, 0, 0, 4];
    expect(fitRadius(big, true, undefined)).toBeCloseTo(Math.hypot(2, 3, 4) * FIT_MARGIN, 12);
    expect(fitRadius(big, false, undefined)).toBeCloseTo(4 * FIT_MARGIN, 12);
    const x = crossOf(big, 'ij');
    expect(fitRadius(big, false, x)).toBeCloseTo(6 * FIT_MARGIN, 12);
    expect(norm3(x!.vector)).toBe(6);
  });

  it('never shrinks to nothing when everything is crushed to a point', () => {
    expect(fitRadius([0, 0, 0, 0, 0, 0, 0, 0, 0], true, undefined)).toBe(MIN_FIT);
  });
});

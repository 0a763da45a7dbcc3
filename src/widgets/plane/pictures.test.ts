import { describe, expect, it } from 'vitest';
import { cloudPoints, face, house, mulberry32, pictureData, CLOUD_SIZE } from './pictures';

describe('pictures', () => {
  it('draws the same cloud every time: 10,000 points in [-1, 1]²', () => {
    const a = cloudPoints();
    const b = cloudPoints();
    expect(a.length).toBe(2 * CLOUD_SIZE);
    expect(a).toEqual(b);
    expect(a.every((x) => Math.abs(x) <= 1)).toBe(true);
    expect(new Set(a).size).toBeGreaterThan(CLOUD_SIZE);
  });

  it('gives a different cloud for a different seed', () => {
    expect(cloudPoints(100, 1)).not.toEqual(cloudPoints(100, 2));
  });

  it('is centred and elongated, so rotations change it', () => {
    const p = cloudPoints();
    let sx = 0,
      sy = 0,
      sxx = 0,
      syy = 0;
    for (let k = 0; k < p.length; k += 2) {
      sx += p[k]!;
      sy += p[k + 1]!;
      sxx += p[k]! ** 2;
      syy += p[k + 1]! ** 2;
    }
    const n = p.length / 2;
    expect(Math.abs(sx / n)).toBeLessThan(0.02);
    expect(Math.abs(sy / n)).toBeLessThan(0.02);
    expect(sxx / n).toBeGreaterThan(1.2 * (syy / n));
  });

  it('has a uniform generator in [0, 1)', () => {
    const r = mulberry32(42);
    let sum = 0;
    let lo = 1;
    let hi = 0;
    for (let k = 0; k < 10_000; k++) {
      const x = r();
      sum += x;
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    expect(hi - lo).toBeGreaterThan(0.99);
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
  });

  it('keeps house and face inside [-1, 1]²', () => {
    for (const strokes of [house(), face()])
      for (const s of strokes) for (const x of s.points) expect(Math.abs(x)).toBeLessThanOrEqual(1);
  });

  it('makes the face look different in a mirror', () => {
    const key = (pts: number[]) => pts.map((x) => x.toFixed(3)).join(',');
    const vertices = face().flatMap((s) => {
      const out: string[] = [];
      for (let k = 0; k < s.points.length; k += 2) out.push(key([s.points[k]!, s.points[k + 1]!]));
      return out;
    });
    const mirrored = face().flatMap((s) => {
      const out: string[] = [];
      for (let k = 0; k < s.points.length; k += 2) out.push(key([-s.points[k]!, s.points[k + 1]!]));
      return out;
    });
    const original = new Set(vertices);
    const unmatched = mirrored.filter((v) => !original.has(v));
    expect(unmatched.length).toBeGreaterThan(10);
  });

  it('has no picture for none', () => {
    expect(pictureData('none')).toBeUndefined();
    expect(pictureData('cloud')?.kind).toBe('points');
    expect(pictureData('house')?.kind).toBe('strokes');
  });
});

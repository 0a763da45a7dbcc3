import { describe, expect, it } from 'vitest';
import { det, type Mat2 } from '../../math/mat2';
import { alignment, boxOf, boxPieces, boxSentence, lambdaText, probeImage, probeSentence } from './probe';

/** Shoelace: the unsigned area of a polygon. */
function area(poly: readonly (readonly [number, number])[]): number {
  let s = 0;
  poly.forEach(([x0, y0], k) => {
    const [x1, y1] = poly[(k + 1) % poly.length] as readonly [number, number];
    s += x0 * y1 - x1 * y0;
  });
  return Math.abs(s) / 2;
}

describe('probe: x → Ax', () => {
  it('maps x through A', () => {
    expect(probeImage([2, 1, 1, 2], [1, 0])).toEqual([2, 1]);
    expect(probeImage([1, 1, 0, 1], [1, 2])).toEqual([3, 2]);
  });

  it('finds an eigenvector and its eigenvalue', () => {
    expect(alignment([1, 1], probeImage([2, 1, 1, 2], [1, 1]))).toEqual({ kind: 'eigen', lambda: 3 });
    expect(alignment([1, -1], probeImage([2, 1, 1, 2], [1, -1]))).toEqual({ kind: 'eigen', lambda: 1 });
    // A negative eigenvalue: Ax points the other way along the same line.
    const r = alignment([0, 1], probeImage([1, 0, 0, -2], [0, 1]));
    expect(r).toEqual({ kind: 'eigen', lambda: -2 });
  });

  it('forgives a near miss within the tolerance and not beyond', () => {
    // A = [[1, 1], [1, 0]]: eigenvector (1, 0.618…) for λ = φ; a hand on the 0.1 grid gets (1, 0.6).
    const a: Mat2 = [1, 1, 1, 0];
    const near = alignment([1, 0.6], probeImage(a, [1, 0.6]));
    expect(near.kind).toBe('eigen');
    if (near.kind === 'eigen') expect(near.lambda).toBeCloseTo(1.6, 1);
    const off = alignment([1, 0.5], probeImage(a, [1, 0.5]));
    expect(off.kind).toBe('off');
    // The test is relative: the same direction far out is judged the same.
    expect(alignment([100, 60], probeImage(a, [100, 60])).kind).toBe('eigen');
    expect(alignment([0.01, 0.005], probeImage(a, [0.01, 0.005])).kind).toBe('off');
  });

  it('calls the null space an eigenvector with eigenvalue 0 and the zero vector neither', () => {
    expect(alignment([2, -1], probeImage([1, 2, 0.5, 1], [2, -1]))).toEqual({ kind: 'eigen', lambda: 0 });
    expect(alignment([0, 0], [0, 0])).toEqual({ kind: 'zero' });
  });

  it('measures the angle off the line', () => {
    const r = alignment([1, 0], [1, 1]);
    expect(r.kind).toBe('off');
    if (r.kind === 'off') expect(r.degrees).toBeCloseTo(45, 9);
  });

  it('says what it found, with λ written as a factor', () => {
    expect(probeSentence([2, 1, 1, 2], [1, 1])).toBe(
      'x = (1, 1) lands at Ax = (3, 3) = 3.0·x: an eigenvector (eigenvalue 3).',
    );
    expect(probeSentence([2, 1, 1, 2], [1, 0])).toBe(
      'x = (1, 0) lands at Ax = (2, 1), turned 27° off the line of x: not an eigenvector.',
    );
    expect(probeSentence([2, 1, 1, 2], [0, 0])).toMatch(/zero vector/);
    expect(lambdaText(2)).toBe('2.0');
    expect(lambdaText(-0.5)).toBe('-0.5');
  });
});

describe('box picture of det = ad − bc', () => {
  const cases: Mat2[] = [
    [3, 1, 1, 2],
    [2, 0, 0, 1.5],
    [1, 2, 2, 1],
    [1, -2, 3, 0.5],
    [-1, 0, 0, 1],
    [0.3, 4, 2.2, -7],
  ];

  it.each(cases)('the pieces cut from the box leave ad − bc for %j (every sign)', (...m) => {
    const [a, b, c, d] = m as unknown as Mat2;
    const cut = boxPieces(m as unknown as Mat2).reduce((s, p) => s + p.area, 0);
    expect((a + b) * (c + d) - cut).toBeCloseTo(det(m as unknown as Mat2), 12);
  });

  it('tiles the box exactly when the entries are ≥ 0 and det > 0', () => {
    const r = boxOf([3, 1, 1, 2]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.box.swapped).toBe(false);
    expect(r.box.rect).toBe(12);
    // The drawn polygons have the areas the formula subtracts, and with the parallelogram fill the box.
    for (const p of r.box.pieces) expect(area(p.poly)).toBeCloseTo(p.area, 12);
    const pieces = r.box.pieces.reduce((s, p) => s + area(p.poly), 0);
    expect(pieces + area(r.box.parallelogram)).toBeCloseTo(r.box.rect, 12);
    expect(area(r.box.parallelogram)).toBeCloseTo(5, 12);
  });

  it('swaps the columns for a negative determinant: the picture shows |det| and the sign is the flip', () => {
    const r = boxOf([1, 2, 2, 1]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.box.swapped).toBe(true);
    expect(r.box.drawn).toEqual([2, 1, 1, 2]);
    const pieces = r.box.pieces.reduce((s, p) => s + area(p.poly), 0);
    expect(r.box.rect - pieces).toBeCloseTo(3, 12);
    expect(boxSentence([1, 2, 2, 1])).toMatch(/det A = ad − bc = -3/);
  });

  it('draws nothing for a negative entry or a flat parallelogram, and says why', () => {
    const neg = boxOf([1, -2, 3, 0.5]);
    expect(neg.ok).toBe(false);
    if (!neg.ok) expect(neg.reason).toMatch(/every entry ≥ 0/);
    const flat = boxOf([2, 1, 4, 2]);
    expect(flat.ok).toBe(false);
    if (!flat.ok) expect(flat.reason).toMatch(/flat/);
    expect(boxOf([Number.NaN, 0, 0, 1]).ok).toBe(false);
  });

  it('spells out the subtraction', () => {
    expect(boxSentence([3, 1, 1, 2])).toBe(
      'Box 4 × 3 = 12, minus two a·c/2 triangles, two b·d/2 triangles and two b×c rectangles (3 + 2 + 2 = 7), leaves 5 = ad − bc = det A.',
    );
  });
});

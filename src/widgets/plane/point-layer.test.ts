import { describe, expect, it } from 'vitest';
import { clearBlocks, rasterizePoints, type Raster } from './point-layer';

const raster = (w: number, h: number): Raster => ({
  data: new Uint8ClampedArray(w * h * 4),
  width: w,
  height: h,
});
const id = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
const alphaAt = (r: Raster, x: number, y: number) => r.data[(y * r.width + x) * 4 + 3];

describe('rasterizePoints', () => {
  it('writes a size×size block centred on each mapped point, in the given colour', () => {
    const r = raster(10, 10);
    const touched = new Int32Array(4);
    const { count, box } = rasterizePoints(r, Float32Array.of(5, 5), id, 2, [10, 20, 30], 100, touched);
    expect(count).toBe(1);
    expect(box).toEqual({ x0: 4, y0: 4, x1: 6, y1: 6 });
    for (const [x, y] of [
      [4, 4],
      [5, 4],
      [4, 5],
      [5, 5],
    ] as const)
      expect(alphaAt(r, x, y)).toBe(100);
    expect(alphaAt(r, 6, 5)).toBe(0);
    expect([...r.data.slice((4 * 10 + 4) * 4, (4 * 10 + 4) * 4 + 3)]).toEqual([10, 20, 30]);
  });

  it('maps through the affine map: pixel = (e + a·x + b·y, f + c·x + d·y)', () => {
    const r = raster(20, 20);
    const map = { a: 2, b: 1, c: 0, d: -3, e: 10, f: 10 };
    const { box } = rasterizePoints(r, Float32Array.of(1, 2), map, 1, [0, 0, 0], 50, new Int32Array(1));
    // x = 10 + 2 + 2 = 14, y = 10 - 6 = 4
    expect(box).toEqual({ x0: 14, y0: 4, x1: 15, y1: 5 });
  });

  it('accumulates overlapping points up to opaque', () => {
    const r = raster(4, 4);
    rasterizePoints(
      r,
      Float32Array.of(1.5, 1.5, 1.5, 1.5, 1.5, 1.5),
      id,
      1,
      [0, 0, 0],
      100,
      new Int32Array(3),
    );
    expect(alphaAt(r, 1, 1)).toBe(255);
  });

  it('skips points off the raster and non-finite ones', () => {
    const r = raster(8, 8);
    const pts = Float32Array.of(-5, 1, 1, 100, Number.NaN, 2, Infinity, 3, 4, 4);
    const { count } = rasterizePoints(r, pts, id, 2, [0, 0, 0], 80, new Int32Array(5));
    expect(count).toBe(1);
  });

  it('clears exactly what it drew', () => {
    const r = raster(16, 16);
    const touched = new Int32Array(50);
    const pts = new Float32Array(100).map((_, k) => 2 + ((k * 7) % 12));
    const { count } = rasterizePoints(r, pts, id, 3, [1, 2, 3], 90, touched);
    expect(r.data.some((v) => v !== 0)).toBe(true);
    clearBlocks(r, touched, count, 3);
    expect(r.data.every((v) => v === 0)).toBe(true);
  });
});

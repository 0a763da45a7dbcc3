/**
 * Contour lines by marching squares, and the levels to draw them at. Pure: a grid of samples in,
 * line segments out (in the grid's own coordinates), so the drawing code only maps and strokes.
 *
 * @example
 * const grid = sampleGrid((x, y) => x * x + y * y, { xMin: -2, xMax: 2, yMin: -2, yMax: 2 }, 41, 41);
 * const segs = contourSegments(grid, 1); // a polygon close to the unit circle, as x0,y0,x1,y1,...
 */

export interface Grid {
  /** Samples row by row: value at (column i, row j) is values[j * nx + i]. */
  readonly values: Float64Array;
  readonly nx: number;
  readonly ny: number;
  /** The rectangle the samples cover: column 0 at xMin, column nx−1 at xMax, row 0 at yMin. */
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** Samples `f` on an nx × ny grid spanning the rectangle, corners included. */
export function sampleGrid(
  f: (x: number, y: number) => number,
  r: { xMin: number; xMax: number; yMin: number; yMax: number },
  nx: number,
  ny: number,
): Grid {
  const values = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    const y = r.yMin + ((r.yMax - r.yMin) * j) / (ny - 1);
    for (let i = 0; i < nx; i++) values[j * nx + i] = f(r.xMin + ((r.xMax - r.xMin) * i) / (nx - 1), y);
  }
  return { values, nx, ny, xMin: r.xMin, xMax: r.xMax, yMin: r.yMin, yMax: r.yMax };
}

/**
 * The segments where the sampled function crosses `level`, as a flat array x0, y0, x1, y1, …
 * in the grid's x/y coordinates. Each cell's four corners are classified above/below; the
 * crossing on each edge is placed by linear interpolation. The two ambiguous (saddle) cases are
 * decided by the cell's centre value, the mean of its corners, so lines never cross.
 */
export function contourSegments(grid: Grid, level: number): number[] {
  const { values: v, nx, ny } = grid;
  const dx = (grid.xMax - grid.xMin) / (nx - 1);
  const dy = (grid.yMax - grid.yMin) / (ny - 1);
  const out: number[] = [];
  // Edge crossing points: 0 bottom (a→b), 1 right (b→c), 2 top (d→c), 3 left (a→d).
  const px = [0, 0, 0, 0];
  const py = [0, 0, 0, 0];
  const t = (p: number, q: number): number => {
    const d = q - p;
    return d === 0 ? 0.5 : (level - p) / d;
  };
  for (let j = 0; j < ny - 1; j++) {
    for (let i = 0; i < nx - 1; i++) {
      const a = v[j * nx + i]!;
      const b = v[j * nx + i + 1]!;
      const c = v[(j + 1) * nx + i + 1]!;
      const d = v[(j + 1) * nx + i]!;
      if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c) && Number.isFinite(d))) continue;
      const code = (a > level ? 1 : 0) | (b > level ? 2 : 0) | (c > level ? 4 : 0) | (d > level ? 8 : 0);
      if (code === 0 || code === 15) continue;
      const x0 = grid.xMin + i * dx;
      const y0 = grid.yMin + j * dy;
      px[0] = x0 + t(a, b) * dx;
      py[0] = y0;
      px[1] = x0 + dx;
      py[1] = y0 + t(b, c) * dy;
      px[2] = x0 + t(d, c) * dx;
      py[2] = y0 + dy;
      px[3] = x0;
      py[3] = y0 + t(a, d) * dy;
      const seg = (e: number, f: number): void => void out.push(px[e]!, py[e]!, px[f]!, py[f]!);
      switch (code) {
        case 1:
        case 14:
          seg(3, 0);
          break;
        case 2:
        case 13:
          seg(0, 1);
          break;
        case 3:
        case 12:
          seg(3, 1);
          break;
        case 4:
        case 11:
          seg(1, 2);
          break;
        case 6:
        case 9:
          seg(0, 2);
          break;
        case 7:
        case 8:
          seg(3, 2);
          break;
        case 5:
        case 10: {
          // Saddle: a and c on one side, b and d on the other. If the centre sides with a and c,
          // the a-c diagonal is connected and the lines cut off b and d; otherwise the reverse.
          const centreAbove = (a + b + c + d) / 4 > level;
          const acAbove = code === 5;
          if (centreAbove === acAbove) {
            seg(0, 1); // around b
            seg(2, 3); // around d
          } else {
            seg(3, 0); // around a
            seg(1, 2); // around c
          }
          break;
        }
      }
    }
  }
  return out;
}

/**
 * `count` levels strictly between `lo` and `hi`. 'square' spaces them like k² (for a quadratic
 * bowl that gives evenly spaced rings, since the radius goes like √L); 'log' spaces them
 * geometrically above `lo` (for a loss spanning many orders of magnitude). Finite, increasing.
 */
export function contourLevels(lo: number, hi: number, count: number, spacing: 'square' | 'log'): number[] {
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && hi > lo) || !(count >= 1)) return [];
  const out: number[] = [];
  const span = hi - lo;
  // Log spacing starts a thousandth of the span above the floor: the valley floor still shows.
  const first = span * 1e-3;
  for (let k = 1; k <= count; k++) {
    const f = k / (count + 1);
    out.push(spacing === 'square' ? lo + span * f * f : lo + first * (span / first) ** f);
  }
  return out;
}

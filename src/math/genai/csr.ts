/**
 * A sparse matrix in compressed sparse row (CSR) form on typed arrays, and its products with a
 * thin dense block: the core of the randomized SVD (`rsvd.ts`). A 5,000 × 2,000 PPMI matrix is
 * about 11% non-zero, so touching only the stored entries does a ninth of the dense work, with no
 * branch per entry.
 *
 * The kernels are plain functions over a range of rows, not generators: V8 optimises a hot loop
 * inside a generator poorly, so a generator calls these once per slice and yields between them.
 */
import type { Dense } from './cooccur';

export interface Csr {
  readonly rows: number;
  readonly cols: number;
  /** Row i's entries are at rowStart[i] … rowStart[i + 1] − 1 of colIndex and values. */
  readonly rowStart: Int32Array;
  readonly colIndex: Int32Array;
  readonly values: Float32Array;
}

export function isCsr(a: Dense | Csr): a is Csr {
  return 'rowStart' in a;
}

/** The non-zero entries of a dense row-major matrix, row by row. */
export function csrFromDense(m: Dense): Csr {
  const { rows, cols, data } = m;
  let nnz = 0;
  for (let t = 0; t < data.length; t++) if (data[t] !== 0) nnz++;
  const rowStart = new Int32Array(rows + 1);
  const colIndex = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  let p = 0;
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const v = data[base + j]!;
      if (v === 0) continue;
      colIndex[p] = j;
      values[p++] = v;
    }
    rowStart[i + 1] = p;
  }
  return { rows, cols, rowStart, colIndex, values };
}

/** Rows i0 … i1 − 1 of out = A X, with X cols × l and out rows × l, row-major. */
export function csrTimesBlock(
  a: Csr,
  x: Float64Array,
  l: number,
  out: Float64Array,
  i0: number,
  i1: number,
): void {
  const { rowStart, colIndex, values } = a;
  for (let i = i0; i < i1; i++) {
    const o = i * l;
    for (let j = 0; j < l; j++) out[o + j] = 0;
    for (let p = rowStart[i]!, end = rowStart[i + 1]!; p < end; p++) {
      const v = values[p]!;
      const xo = colIndex[p]! * l;
      for (let j = 0; j < l; j++) out[o + j]! += v * x[xo + j]!;
    }
  }
}

/**
 * Adds rows i0 … i1 − 1 of A's share to out = Aᵀ Y, with Y rows × l and out cols × l: each stored
 * a[i, c] adds a[i, c] · Y[i, :] to out[c, :]. Clear `out` before the first range.
 */
export function csrTransposeTimesBlock(
  a: Csr,
  y: Float64Array,
  l: number,
  out: Float64Array,
  i0: number,
  i1: number,
): void {
  const { rowStart, colIndex, values } = a;
  for (let i = i0; i < i1; i++) {
    const yo = i * l;
    for (let p = rowStart[i]!, end = rowStart[i + 1]!; p < end; p++) {
      const v = values[p]!;
      const o = colIndex[p]! * l;
      for (let j = 0; j < l; j++) out[o + j]! += v * y[yo + j]!;
    }
  }
}

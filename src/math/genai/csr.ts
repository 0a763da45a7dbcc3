/**
 * A sparse matrix in compressed sparse row (CSR) form on typed arrays, and its products with a
 * thin dense block: the core of the randomized SVD (`rsvd.ts`). A 5,000 × 2,000 PPMI matrix is
 * about 11% non-zero, so touching only the stored entries does a ninth of the dense work, with no
 * branch per entry.
 *
 * The kernels are plain functions over a range of rows: a generator calls them once per slice
 * and yields between slices, for progress and cancelling.
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

/**
 * out[o … o + l − 1] += v · x[xo … xo + l − 1], four at a time: unrolled, V8's code for it runs
 * about 1.5 times as fast (it has no vector instructions to do this by itself).
 */
function axpy(v: number, x: Float64Array, xo: number, out: Float64Array, o: number, l: number): void {
  const l4 = l - (l % 4);
  let j = 0;
  for (; j < l4; j += 4) {
    out[o + j]! += v * x[xo + j]!;
    out[o + j + 1]! += v * x[xo + j + 1]!;
    out[o + j + 2]! += v * x[xo + j + 2]!;
    out[o + j + 3]! += v * x[xo + j + 3]!;
  }
  for (; j < l; j++) out[o + j]! += v * x[xo + j]!;
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
    for (let p = rowStart[i]!, end = rowStart[i + 1]!; p < end; p++)
      axpy(values[p]!, x, colIndex[p]! * l, out, o, l);
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
    for (let p = rowStart[i]!, end = rowStart[i + 1]!; p < end; p++)
      axpy(values[p]!, y, yo, out, colIndex[p]! * l, l);
  }
}

/** The dense row-major table of a CSR matrix (the tfjs paths multiply dense tensors). */
export function denseFromCsr(a: Csr): Dense {
  const data = new Float32Array(a.rows * a.cols);
  for (let i = 0; i < a.rows; i++)
    for (let p = a.rowStart[i]!; p < a.rowStart[i + 1]!; p++)
      data[i * a.cols + a.colIndex[p]!] = a.values[p]!;
  return { rows: a.rows, cols: a.cols, data };
}

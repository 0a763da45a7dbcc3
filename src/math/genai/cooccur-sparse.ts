/**
 * The co-occurrence counts and PPMI of `cooccur.ts` (the same numbers), built straight into a
 * sparse CSR matrix, for the in-page learner. The dense way adds every pair into a 5,000 × 2,000
 * table (40 MB): nearly every addition misses the cache. Here the positions of each word are
 * grouped first (a counting sort), then each row is counted in a 2,000-number buffer that stays
 * in the cache and only its non-zeros are kept; PPMI is then a pass over those.
 */
import type { Csr } from './csr';

interface CountOptions {
  readonly rows: number;
  readonly cols: number;
  readonly window: number;
  readonly first: number;
}

/** Positions of each row word, grouped by word: word w's are at[start[w] … start[w + 1] − 1]. */
function positionsByWord(
  tokens: ArrayLike<number>,
  rows: number,
  first: number,
): { start: Int32Array; at: Int32Array } {
  const n = tokens.length;
  const start = new Int32Array(rows + 1);
  for (let t = 0; t < n; t++) {
    const w = tokens[t]! - first;
    if (w >= 0 && w < rows) start[w + 1]!++;
  }
  for (let w = 0; w < rows; w++) start[w + 1]! += start[w]!;
  const at = new Int32Array(start[rows]!);
  const next = start.slice(0, rows);
  for (let t = 0; t < n; t++) {
    const w = tokens[t]! - first;
    if (w >= 0 && w < rows) at[next[w]!++] = t;
  }
  return { start, at };
}

/** A growing CSR under construction. */
class CsrBuilder {
  readonly rowStart: Int32Array;
  colIndex: Int32Array;
  values: Float32Array;
  size = 0;

  constructor(rows: number, guess: number) {
    this.rowStart = new Int32Array(rows + 1);
    this.colIndex = new Int32Array(Math.max(16, guess));
    this.values = new Float32Array(Math.max(16, guess));
  }

  /** Row i from a dense buffer of counts, which is cleared on the way. */
  takeRow(i: number, buffer: Float64Array): void {
    for (let c = 0; c < buffer.length; c++) {
      const v = buffer[c]!;
      if (v === 0) continue;
      if (this.size === this.values.length) this.grow();
      this.colIndex[this.size] = c;
      this.values[this.size++] = v;
      buffer[c] = 0;
    }
    this.rowStart[i + 1] = this.size;
  }

  private grow(): void {
    const colIndex = new Int32Array(this.values.length * 2);
    colIndex.set(this.colIndex);
    const values = new Float32Array(this.values.length * 2);
    values.set(this.values);
    this.colIndex = colIndex;
    this.values = values;
  }

  done(rows: number, cols: number): Csr {
    return {
      rows,
      cols,
      rowStart: this.rowStart,
      colIndex: this.colIndex.slice(0, this.size),
      values: this.values.slice(0, this.size),
    };
  }
}

function countRows(
  tokens: ArrayLike<number>,
  o: CountOptions,
  byWord: { start: Int32Array; at: Int32Array },
  buffer: Float64Array,
  out: CsrBuilder,
  w0: number,
  w1: number,
): void {
  const { cols, window, first } = o;
  const last = tokens.length - 1;
  const { start, at } = byWord;
  for (let w = w0; w < w1; w++) {
    for (let p = start[w]!; p < start[w + 1]!; p++) {
      const t = at[p]!;
      const lo = t - window > 0 ? t - window : 0;
      const hi = t + window < last ? t + window : last;
      for (let u = lo; u <= hi; u++) {
        const c = tokens[u]! - first;
        if (u !== t && c >= 0 && c < cols) buffer[c]!++;
      }
    }
    out.takeRow(w, buffer);
  }
}

/**
 * c[w, c] = how often context word c sits within `window` tokens (either side) of word w, as CSR
 * (columns in order within a row). Yields the share done.
 */
export function* cooccurrenceSparse(tokens: ArrayLike<number>, o: CountOptions): Generator<number, Csr> {
  const { rows, cols } = o;
  const byWord = positionsByWord(tokens, rows, o.first);
  yield 0.15;
  const total = byWord.at.length;
  const out = new CsrBuilder(rows, Math.min(rows * cols, total * 2));
  const buffer = new Float64Array(cols);
  // Rows are ranked by frequency, so slices are cut by positions counted, not by rows.
  const target = Math.max(1, Math.ceil(total / 12));
  for (let w0 = 0; w0 < rows;) {
    let w1 = w0;
    let work = 0;
    while (w1 < rows && work < target) work += byWord.start[w1 + 1]! - byWord.start[w1++]!;
    countRows(tokens, o, byWord, buffer, out, w0, w1);
    w0 = w1;
    yield 0.15 + (0.85 * byWord.start[w1]!) / Math.max(1, total);
  }
  return out.done(rows, cols);
}

/**
 * PPMI(w, c) = max(0, ln( #(w,c) · N / (#(w) · #(c)) )) of sparse counts, as a new CSR without
 * the entries that became 0 (a quarter of them on the corpus: the products skip them).
 */
export function ppmiSparse(m: Csr): Csr {
  const { rows, cols, rowStart, colIndex, values } = m;
  const rowSum = new Float64Array(rows);
  const colSum = new Float64Array(cols);
  let total = 0;
  for (let i = 0; i < rows; i++)
    for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) {
      const x = values[p]!;
      rowSum[i]! += x;
      colSum[colIndex[p]!]! += x;
      total += x;
    }
  const logN = Math.log(total);
  const logCol = Float64Array.from(colSum, (x) => Math.log(x));
  const outStart = new Int32Array(rows + 1);
  const outCol = new Int32Array(values.length);
  const outVal = new Float32Array(values.length);
  let q = 0;
  for (let i = 0; i < rows; i++) {
    const lr = logN - Math.log(rowSum[i]!);
    for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) {
      const c = colIndex[p]!;
      const v = Math.log(values[p]!) + lr - logCol[c]!;
      if (!(v > 0)) continue;
      outCol[q] = c;
      outVal[q++] = v;
    }
    outStart[i + 1] = q;
  }
  return { rows, cols, rowStart: outStart, colIndex: outCol.slice(0, q), values: outVal.slice(0, q) };
}

/**
 * Word-context co-occurrence counts and their PPMI weighting (lesson 26), on a dense row-major
 * Float32Array: rows are the `rows` most frequent words, columns the `cols` most frequent words
 * used as contexts. Token ids below `first` (unknown words, sentence ends) count as neither.
 *
 * Both steps are generators that yield after every chunk of work, so a caller can report progress,
 * cancel, or run them on the main thread in slices; `runAll` drains one in a worker or a test.
 */

export interface Dense {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float32Array;
}

export type Weighting = 'counts' | 'ppmi';

/** Drives a generator to its end and returns its result. */
export function runAll<T>(g: Generator<unknown, T>): T {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}

const CHUNK = 200_000;

/** The counting of tokens start … end − 1 into `data`; the generator calls it per chunk. */
function countRange(
  tokens: ArrayLike<number>,
  data: Float32Array,
  o: { rows: number; cols: number; window: number; first: number },
  start: number,
  end: number,
): void {
  const { rows, cols, window, first } = o;
  const last = tokens.length - 1;
  for (let t = start; t < end; t++) {
    const w = tokens[t]! - first;
    if (w < 0 || w >= rows) continue;
    const base = w * cols;
    const lo = Math.max(0, t - window);
    const hi = Math.min(last, t + window);
    for (let u = lo; u <= hi; u++) {
      const c = tokens[u]! - first;
      if (u !== t && c >= 0 && c < cols) data[base + c]!++;
    }
  }
}

/**
 * c[w, c] = how often context word c sits within `window` tokens (either side) of word w.
 * Yields the share of tokens done.
 */
export function* cooccurrence(
  tokens: ArrayLike<number>,
  o: { rows: number; cols: number; window: number; first: number },
): Generator<number, Dense> {
  const { rows, cols } = o;
  const data = new Float32Array(rows * cols);
  const n = tokens.length;
  for (let start = 0; start < n; start += CHUNK) {
    const end = Math.min(n, start + CHUNK);
    countRange(tokens, data, o, start, end);
    yield end / n;
  }
  return { rows, cols, data };
}

function sums(m: Dense, rowSum: Float64Array, colSum: Float64Array): number {
  const { rows, cols, data } = m;
  let total = 0;
  for (let i = 0; i < rows; i++) {
    let r = 0;
    for (let j = 0; j < cols; j++) {
      const x = data[i * cols + j]!;
      r += x;
      colSum[j]! += x;
    }
    rowSum[i] = r;
    total += r;
  }
  return total;
}

function ppmiRows(m: Dense, logRowN: Float64Array, logCol: Float64Array, i0: number, i1: number): void {
  const { cols, data } = m;
  for (let i = i0; i < i1; i++) {
    const lr = logRowN[i]!;
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const x = data[base + j]!;
      if (x === 0) continue;
      const v = Math.log(x) + lr - logCol[j]!;
      data[base + j] = v > 0 ? v : 0;
    }
  }
}

/**
 * Positive pointwise mutual information, in place:
 *   PPMI(w, c) = max(0, ln( #(w,c) · N / (#(w) · #(c)) )),
 * with #(w), #(c) the row and column sums and N the total. Zero counts stay 0.
 */
export function* ppmiInPlace(m: Dense): Generator<number, Dense> {
  const { rows, cols } = m;
  const rowSum = new Float64Array(rows);
  const colSum = new Float64Array(cols);
  const total = sums(m, rowSum, colSum);
  yield 0.3;
  const logN = Math.log(total);
  const logCol = Float64Array.from(colSum, (x) => Math.log(x));
  // ln N − ln #(w), once per row.
  const logRowN = Float64Array.from(rowSum, (x) => logN - Math.log(x));
  const step = Math.max(1, Math.floor(rows / 8));
  for (let i0 = 0; i0 < rows; i0 += step) {
    const i1 = Math.min(rows, i0 + step);
    ppmiRows(m, logRowN, logCol, i0, i1);
    yield 0.3 + (0.7 * i1) / rows;
  }
  return m;
}

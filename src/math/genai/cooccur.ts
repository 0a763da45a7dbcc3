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
export function runAll<T>(g: Generator<number, T>): T {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}

const CHUNK = 200_000;

/**
 * c[w, c] = how often context word c sits within `window` tokens (either side) of word w.
 * Yields the share of tokens done.
 */
export function* cooccurrence(
  tokens: ArrayLike<number>,
  o: { rows: number; cols: number; window: number; first: number },
): Generator<number, Dense> {
  const { rows, cols, window, first } = o;
  const data = new Float32Array(rows * cols);
  const n = tokens.length;
  for (let start = 0; start < n; start += CHUNK) {
    const end = Math.min(n, start + CHUNK);
    for (let t = start; t < end; t++) {
      const w = tokens[t]! - first;
      if (w < 0 || w >= rows) continue;
      const base = w * cols;
      const lo = Math.max(0, t - window);
      const hi = Math.min(n - 1, t + window);
      for (let u = lo; u <= hi; u++) {
        const c = tokens[u]! - first;
        if (u !== t && c >= 0 && c < cols) data[base + c]!++;
      }
    }
    yield end / n;
  }
  return { rows, cols, data };
}

/**
 * Positive pointwise mutual information, in place:
 *   PPMI(w, c) = max(0, ln( #(w,c) · N / (#(w) · #(c)) )),
 * with #(w), #(c) the row and column sums and N the total. Zero counts stay 0.
 */
export function* ppmiInPlace(m: Dense): Generator<number, Dense> {
  const { rows, cols, data } = m;
  const rowSum = new Float64Array(rows);
  const colSum = new Float64Array(cols);
  let total = 0;
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const x = data[i * cols + j]!;
      rowSum[i]! += x;
      colSum[j]! += x;
      total += x;
    }
  yield 0.3;
  const logN = Math.log(total);
  const logCol = Float64Array.from(colSum, (x) => Math.log(x));
  const step = Math.max(1, Math.floor(rows / 8));
  for (let i = 0; i < rows; i++) {
    const lr = Math.log(rowSum[i]!);
    for (let j = 0; j < cols; j++) {
      const x = data[i * cols + j]!;
      data[i * cols + j] = x > 0 ? Math.max(0, Math.log(x) + logN - lr - logCol[j]!) : 0;
    }
    if (i % step === step - 1) yield 0.3 + (0.7 * (i + 1)) / rows;
  }
  return m;
}

/**
 * Least squares for a tall matrix by Householder QR: minimises ‖A·c − y‖² without forming AᵀA
 * (which squares the condition number; a degree-9 polynomial needs the accuracy). Pure.
 *
 * A column that adds nothing new (its part orthogonal to the earlier columns is below a relative
 * tolerance) makes the problem rank deficient; the solver reports which column instead of
 * dividing by a tiny number.
 *
 * @example
 * solveLeastSquares([[1, 0], [1, 1], [1, 2]], [1, 3, 5]); // { ok: true, coef: [1, 2], … }
 */

export type LstsqResult =
  { readonly ok: true; readonly coef: number[] } | { readonly ok: false; readonly column: number };

const RANK_TOL = 1e-10;

/** `rows`: m rows of k numbers (m ≥ k); `y`: m numbers. */
export function solveLeastSquares(rows: readonly (readonly number[])[], y: readonly number[]): LstsqResult {
  const m = rows.length;
  const k = rows[0]?.length ?? 0;
  if (m < k || k === 0) return { ok: false, column: Math.min(m, k) };
  // Column-major copy, so each Householder reflection walks contiguous memory.
  const a: Float64Array[] = [];
  for (let j = 0; j < k; j++) a.push(Float64Array.from(rows, (r) => r[j] as number));
  const b = Float64Array.from(y);
  const norms = a.map((col) => Math.hypot(...col));
  for (let j = 0; j < k; j++) {
    const col = a[j] as Float64Array;
    let norm = 0;
    for (let i = j; i < m; i++) norm += (col[i] as number) ** 2;
    norm = Math.sqrt(norm);
    if (!(norm > RANK_TOL * ((norms[j] as number) || 1)) || (norms[j] as number) === 0)
      return { ok: false, column: j };
    const alpha = (col[j] as number) > 0 ? -norm : norm;
    // v = x − alpha·e1, stored in place below the diagonal.
    const v = new Float64Array(m - j);
    for (let i = j; i < m; i++) v[i - j] = col[i] as number;
    v[0] = (v[0] as number) - alpha;
    let vv = 0;
    for (const t of v) vv += t * t;
    const reflect = (c: Float64Array): void => {
      let dot = 0;
      for (let i = j; i < m; i++) dot += (v[i - j] as number) * (c[i] as number);
      const f = (2 * dot) / vv;
      for (let i = j; i < m; i++) c[i] = (c[i] as number) - f * (v[i - j] as number);
    };
    for (let c = j; c < k; c++) reflect(a[c] as Float64Array);
    reflect(b);
  }
  const coef = new Array<number>(k).fill(0);
  for (let j = k - 1; j >= 0; j--) {
    let s = b[j] as number;
    for (let c = j + 1; c < k; c++) s -= ((a[c] as Float64Array)[j] as number) * (coef[c] as number);
    coef[j] = s / ((a[j] as Float64Array)[j] as number);
  }
  return { ok: true, coef };
}

/**
 * Word vectors stored as one Float32Array, row i = word i (n rows of k numbers): cosine
 * similarity, top-k by cosine, and analogies by vector arithmetic (lesson 26).
 */

export interface Vectors {
  readonly n: number;
  readonly k: number;
  readonly data: Float32Array;
}

export interface Scored {
  readonly index: number;
  readonly score: number;
}

export function row(v: Vectors, i: number): Float32Array {
  return v.data.subarray(i * v.k, (i + 1) * v.k);
}

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

/** A copy with every row scaled to length 1 (zero rows stay zero), so a dot product is a cosine. */
export function normalizeRows(v: Vectors): Vectors {
  const data = new Float32Array(v.data.length);
  for (let i = 0; i < v.n; i++) {
    let s = 0;
    for (let j = 0; j < v.k; j++) s += v.data[i * v.k + j]! ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let j = 0; j < v.k; j++) data[i * v.k + j] = v.data[i * v.k + j]! * inv;
  }
  return { n: v.n, k: v.k, data };
}

/**
 * The `count` rows with the largest cosine to `query`, best first, skipping `exclude`. `unit`
 * must have unit rows (normalizeRows); ties go to the smaller index.
 */
export function topK(
  unit: Vectors,
  query: ArrayLike<number>,
  count: number,
  exclude: ReadonlySet<number> = new Set(),
): Scored[] {
  let qn = 0;
  for (let j = 0; j < unit.k; j++) qn += query[j]! ** 2;
  if (!(qn > 0)) return [];
  const inv = 1 / Math.sqrt(qn);
  const best: Scored[] = [];
  for (let i = 0; i < unit.n; i++) {
    if (exclude.has(i)) continue;
    let s = 0;
    const o = i * unit.k;
    for (let j = 0; j < unit.k; j++) s += unit.data[o + j]! * query[j]!;
    s *= inv;
    if (best.length < count || s > best[best.length - 1]!.score) {
      let at = best.length;
      while (at > 0 && best[at - 1]!.score < s) at--;
      best.splice(at, 0, { index: i, score: s });
      if (best.length > count) best.pop();
    }
  }
  return best;
}

/**
 * a − b + c (“king − man + woman”): the rows nearest that point by cosine, with a, b and c
 * themselves left out (otherwise the answer is nearly always c). Nothing guarantees the answer is
 * sensible: the caller shows whatever comes out.
 */
export function analogy(unit: Vectors, a: number, b: number, c: number, count: number): Scored[] {
  const t = new Float64Array(unit.k);
  for (let j = 0; j < unit.k; j++)
    t[j] = unit.data[a * unit.k + j]! - unit.data[b * unit.k + j]! + unit.data[c * unit.k + j]!;
  return topK(unit, t, count, new Set([a, b, c]));
}

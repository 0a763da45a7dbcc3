/**
 * Impurity of a set of class labels, from its class counts: Gini (the chance two labels drawn
 * with replacement differ) or entropy in bits. Both are 0 for a pure set and largest when the
 * classes are equally common.
 */
export type Criterion = 'gini' | 'entropy';

export function gini(counts: ArrayLike<number>): number {
  let n = 0;
  let sq = 0;
  for (let i = 0; i < counts.length; i++) {
    n += counts[i]!;
    sq += counts[i]! * counts[i]!;
  }
  return n > 0 ? 1 - sq / (n * n) : 0;
}

export function entropy(counts: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < counts.length; i++) n += counts[i]!;
  if (!(n > 0)) return 0;
  let h = 0;
  for (let i = 0; i < counts.length; i++) {
    const p = counts[i]! / n;
    if (p > 0) h -= p * Math.log2(p);
  }
  return h;
}

export function impurity(counts: ArrayLike<number>, criterion: Criterion): number {
  return criterion === 'gini' ? gini(counts) : entropy(counts);
}

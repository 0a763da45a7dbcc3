/** The sentences of `<lumen-kmeans>`'s MNIST mode: status, each centroid's caption, the step readout. */
import type { DigitsStep } from './digits-protocol';
import { inertiaText } from './words';

/** The true digit most of cluster j's images show, and its share. */
export function majority(counts: Int32Array, j: number): { digit: number; share: number } | undefined {
  let best = -1;
  let bestN = 0;
  let total = 0;
  for (let c = 0; c < 10; c++) {
    const v = counts[j * 10 + c]!;
    total += v;
    if (v > bestN) {
      bestN = v;
      best = c;
    }
  }
  return total > 0 ? { digit: best, share: bestN / total } : undefined;
}

export function digitCaption(s: DigitsStep, j: number): string {
  const size = s.sizes[j]!;
  const m = majority(s.counts, j);
  const head = `Centroid ${j + 1}`;
  if (s.phase === 'init') return `${head}: a digit picked by k-means++`;
  const n = `${size.toLocaleString('en-US')} digit${size === 1 ? '' : 's'}`;
  return m ? `${head}: ${n}, mostly ${m.digit}s (${Math.round(m.share * 100)}\u00a0%)` : `${head}: no digits`;
}

export function digitsPhase(s: DigitsStep, n: number, computing: boolean): string {
  const it = Math.ceil(s.step / 2);
  const head =
    s.phase === 'init'
      ? `Start: ${s.sizes.length} centroids, each one of the ${n.toLocaleString('en-US')} digits (k-means++).`
      : s.phase === 'assign'
        ? `Iteration ${it}, assign: every digit joined its nearest centroid (${s.changed.toLocaleString('en-US')} changed cluster). Inertia ${inertiaText(s.inertia)}.`
        : `Iteration ${it}, update: every centroid is now the mean image of its digits. Inertia ${inertiaText(s.inertia)}.`;
  if (s.last)
    return s.changed === 0 && s.phase === 'assign'
      ? `${head} Converged: the last assign step changed nothing.`
      : `${head} Stopped at the iteration limit.`;
  return computing ? `${head} Computing the next half-step…` : head;
}

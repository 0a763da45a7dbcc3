/**
 * The sentences of `<lumen-kmeans>`: the step readout, the screen-reader description and the
 * chart captions. Numbers are rounded the same way everywhere (inertia to 4 significant digits,
 * coordinates to 2 decimals), so the page, the formula and the NumPy panel agree.
 */
import { formatNumber } from '../../math/number-text';
import type { Run, RunState } from '../../math/ml/kmeans';
import type { SeedResult } from '../../math/ml/kmeans';

/** x·10^digits rounded half to even, then divided back: NumPy's `round`, so the page reads like the NumPy panel (−1.125 → −1.12). */
export function roundLikeNumpy(x: number, digits = 2): number {
  const k = 10 ** digits;
  const y = x * k;
  const f = Math.floor(y);
  const d = y - f;
  const r = d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
  return r / k || 0;
}

export function num(x: number, digits = 2): string {
  const r = roundLikeNumpy(x, digits);
  return formatNumber(r === 0 ? 0 : r);
}

/** Inertia to 4 significant digits (as NumPy's print with `round(J, 4)` would show small values). */
export function inertiaText(j: number | undefined): string {
  if (j === undefined || !Number.isFinite(j)) return '—';
  return j >= 1000 ? Math.round(j).toLocaleString('en-US') : formatNumber(Number(j.toPrecision(4)));
}

export function phaseSentence(run: Run, st: RunState, next: 'assign' | 'update' | 'done'): string {
  const it = Math.ceil(st.step / 2);
  const done = next === 'done';
  const head =
    st.phase === 'init'
      ? 'Start: the centroids are placed; no point is assigned yet.'
      : st.phase === 'assign'
        ? `Iteration ${it}, assign: every point joined its nearest centroid (${st.changed} changed cluster). Inertia ${inertiaText(st.inertia)}.`
        : `Iteration ${it}, update: every centroid moved to the mean of its points${st.relocated.length ? ` (empty cluster ${st.relocated.map((j) => j + 1).join(', ')} restarted at the worst-served point)` : ''}. Inertia ${inertiaText(st.inertia)}.`;
  if (done)
    return run.convergedAt !== undefined
      ? `${head} Converged: the last assign step changed nothing, so no centroid can move again.`
      : `${head} Stopped after ${Math.ceil(st.step / 2)} iterations without converging.`;
  return `${head} Next: ${next === 'assign' ? 'assign each point to its nearest centroid' : 'move each centroid to the mean of its points'}.`;
}

export function spreadSentence(results: readonly SeedResult[]): string {
  if (!results.length) return '';
  const v = results.map((r) => r.inertia);
  const best = Math.min(...v);
  const worse = v.filter((x) => x > best * 1.01).length;
  return `${results.length} seeds: final inertia from ${inertiaText(best)} to ${inertiaText(Math.max(...v))}; ${worse} of ${results.length} ended in a worse minimum than the best.`;
}

export function elbowSentence(curve: readonly number[]): string {
  return `Best inertia for k = 1 … ${curve.length}: ${curve.map(inertiaText).join(', ')}.`;
}

export function describe(n: number, k: number, st: RunState | undefined, sizes: readonly number[]): string {
  const base = `${n} point${n === 1 ? '' : 's'}, ${k} centroid${k === 1 ? '' : 's'}.`;
  if (!st || !st.labels) return `${base} No point assigned yet.`;
  return `${base} Cluster sizes ${sizes.join(', ')}; inertia ${inertiaText(st.inertia)}.`;
}

/** "Inertia per half-step: A1 … · U1 … · …" for the half-steps after the start. */
export function inertiaList(
  states: readonly { step: number; phase: string; inertia: number | undefined }[],
): string {
  const list = states
    .slice(1)
    .map((x) => `${x.phase === 'assign' ? 'A' : 'U'}${Math.ceil(x.step / 2)} ${inertiaText(x.inertia)}`);
  return list.length ? `Inertia per half-step: ${list.join(' · ')}` : 'Inertia per half-step: none yet.';
}

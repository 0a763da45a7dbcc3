/** Words of `<lumen-clt>`: menu entries, the question, the live region, the status line. */
import { round, type Measured, type Source, type Theory } from './model';
import type { CltState, SourceName } from './props';

export const SOURCE_NAMES: Record<SourceName, string> = {
  uniform: 'Uniform [0, 1]',
  exponential: 'Exponential',
  beta: 'Beta',
  binomial: 'Binomial (coin)',
  die: 'Weighted die',
  drawn: 'Draw your own',
};

export const PATH_NAMES: Record<CltState['path'], string> = {
  auto: 'auto (by the hardware)',
  typed: 'typed arrays',
  wasm: 'tfjs wasm',
  cpu: 'tfjs cpu',
  webgl: 'tfjs webgl + Philox',
};

export const BARS_ALL_ZERO =
  'At least one bar must stay above zero: a distribution needs somewhere to put its probability.';

export function questionText(n: number, sigma: number): string {
  return `Predict first: each mean averages n = ${n} draws from a source with sd σ = ${sigma.toPrecision(3)}. What is the standard deviation of the sample means?`;
}

/** The source plot's text alternative. */
export function sourceLabel(src: Source, t: Theory): string {
  return `Source distribution: ${src.label}; mean ${t.mu.toPrecision(3)}, sd ${t.sigma.toPrecision(3)}.`;
}

export function describeClt(
  src: Source,
  t: Theory,
  m: Measured | undefined,
  total: number,
  path: string,
  hidden: boolean,
): string {
  const parts = [
    `Source: ${src.label}, mean ${round(t.mu)}, sd ${round(t.sigma)}.`,
    `Each sample mean averages n = ${t.n} draws.`,
  ];
  if (hidden) parts.push('Guess the sd of the sample means before the histogram is shown.');
  else if (m)
    parts.push(
      `${m.done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} sample means drawn: their mean is ${round(m.mean)} and their sd ${round(m.sd)}; the normal curve has sd σ/√n = ${round(t.sdOfMeans)}.`,
    );
  if (path) parts.push(`Computed with ${path}.`);
  return parts.join(' ');
}

export function progressText(
  done: number,
  total: number,
  path: string,
  drawsPerSec: number | undefined,
  state: 'running' | 'done' | 'cancelled' | 'idle',
): string {
  const fmt = (x: number): string => x.toLocaleString('en-US');
  const rate = drawsPerSec && Number.isFinite(drawsPerSec) ? ` · ${formatRate(drawsPerSec)} draws/s` : '';
  const where = path ? ` · ${path}` : '';
  if (state === 'cancelled') return `Stopped at ${fmt(done)} of ${fmt(total)} means${where}`;
  if (state === 'done') return `${fmt(done)} means${where}${rate}`;
  if (state === 'running') return `${fmt(done)} of ${fmt(total)} means${where}${rate}`;
  return '';
}

export function formatRate(x: number): string {
  if (x >= 1e9) return `${(x / 1e9).toFixed(2)} G`;
  if (x >= 1e6) return `${(x / 1e6).toFixed(1)} M`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(0)} k`;
  return x.toFixed(0);
}

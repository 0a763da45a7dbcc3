/** Sentences for the status line, the chart captions and the screen-reader description. */
import type { SamplerState } from './props';
import { SOURCE_NAMES } from './controls';
import {
  exactAt,
  outcomeName,
  sampleStats,
  trueMoments,
  type Bins,
  type Picture,
  type SourceInfo,
} from './model';

/**
 * One formatter for every number read out: `toLocaleString` with options builds a new
 * Intl.NumberFormat per call, which the status line paid a dozen times per frame.
 */
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 8 });

/** A number for reading: up to 4 significant digits, thousands separated. */
export function readNum(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return GROUPED.format(x);
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-4 || a >= 1e9)) return x.toExponential(digits - 1);
  return GROUPED.format(Number(x.toPrecision(digits)));
}

function params(s: Readonly<SamplerState>, src: SourceInfo): string {
  const spec = src.spec;
  switch (spec.kind) {
    case 'categorical':
      if (s.dist === 'coin') return `p = ${readNum(spec.weights[1]!)}`;
      if (s.dist === 'weighted') return `weights ${spec.weights.map((w) => readNum(w)).join(', ')}`;
      return '';
    case 'uniform':
      return `a = ${readNum(spec.a)}, b = ${readNum(spec.b)}`;
    case 'normal':
      return `μ = ${readNum(spec.mean)}, σ = ${readNum(spec.sd)}`;
    case 'binomial':
      return `n = ${spec.n}, p = ${readNum(spec.p)}`;
    case 'poisson':
      return `λ = ${readNum(spec.lambda)}`;
    case 'exponential':
      return `rate λ = ${readNum(spec.rate)}`;
    case 'beta':
      return `α = ${readNum(spec.alpha)}, β = ${readNum(spec.beta)}`;
    case 'drawn':
      return '';
  }
}

export function statusLine(
  picture: Picture,
  src: SourceInfo,
  running: { done: number; total: number } | null,
  truth = true,
): string {
  const { mean, sd } = sampleStats(picture);
  const moments = trueMoments(src);
  const parts = [`${readNum(picture.count)} draw${picture.count === 1 ? '' : 's'}`];
  const t = (x: number, digits: number): string => (truth ? ` (true ${readNum(x, digits)})` : '');
  if (mean !== undefined) parts.push(`sample mean ${readNum(mean, 5)}${t(moments.mean, 5)}`);
  if (sd !== undefined) parts.push(`sample sd ${readNum(sd)}${t(Math.sqrt(moments.variance), 4)}`);
  if (picture.draws && picture.draws.length > 0) {
    const x = picture.draws[picture.draws.length - 1]!;
    parts.push(`last draw ${src.dist.discrete ? outcomeName(src.source, x) : readNum(x)}`);
  }
  if (picture.outside > 0) parts.push(`${readNum(picture.outside)} beyond the chart`);
  if (running) parts.push(`drawing ${readNum(running.done)} of ${readNum(running.total)}…`);
  else if (picture.count > 0) parts.push(picture.path);
  return parts.join(' · ');
}

/** The largest bars, as shares, next to their exact probabilities (discrete sources). */
function discreteShares(picture: Picture, src: SourceInfo, bins: Bins): string {
  const rows: string[] = [];
  for (let i = 0; i < bins.n && rows.length < 12; i++) {
    const x = bins.lo + i + 0.5;
    const exact = exactAt(src, x);
    if (exact < 0.005 && picture.histogram[i]! === 0) continue;
    const share = picture.count ? picture.histogram[i]! / picture.count : 0;
    rows.push(
      `${outcomeName(src.source, x)}: ${(share * 100).toFixed(1)}% (exact ${(exact * 100).toFixed(1)}%)`,
    );
  }
  return rows.join(', ');
}

export function describeSampler(
  s: Readonly<SamplerState>,
  src: SourceInfo,
  bins: Bins,
  picture: Picture,
): string {
  if (!s.truth) return describeHidden(s, src, picture);
  const p = params(s, src);
  const head = `${SOURCE_NAMES[s.dist]}${p ? ` with ${p}` : ''}, seed ${s.seed}.`;
  const truth = trueMoments(src);
  if (picture.count === 0) return `${head} No draws yet. The true mean is ${readNum(truth.mean, 5)}.`;
  const { mean } = sampleStats(picture);
  const gap = mean === undefined ? 0 : Math.abs(mean - truth.mean);
  const body = `${readNum(picture.count)} draws: the running mean is ${readNum(mean ?? NaN, 5)}, ${readNum(gap, 3)} from the true mean ${readNum(truth.mean, 5)}.`;
  const shape = src.dist.discrete && bins.n <= 12 ? ` Shares: ${discreteShares(picture, src, bins)}.` : '';
  return `${head} ${body}${shape}`;
}

/** Predict first: the draws only, not the exact distribution or its mean. */
function describeHidden(s: Readonly<SamplerState>, src: SourceInfo, picture: Picture): string {
  const p = params(s, src);
  const head = `${SOURCE_NAMES[s.dist]}${p ? ` with ${p}` : ''}, seed ${s.seed}.`;
  const { mean } = sampleStats(picture);
  if (mean === undefined) return `${head} No draws yet.`;
  return `${head} ${readNum(picture.count)} draws: the running mean is ${readNum(mean, 5)}. The exact distribution is hidden until you answer.`;
}

export function histCaption(src: SourceInfo, truth = true): string {
  if (!truth)
    return 'Bars: the share of your draws at each value. The exact distribution is hidden until you answer.';
  return src.dist.discrete
    ? 'Bars: the share of your draws at each value. Dots: the exact probabilities P(X = k).'
    : 'Bars: your draws as a density (share per unit). Curve: the exact density f(x).';
}

export function traceCaption(truth = true): string {
  const dashed = truth ? ' Dashed: the true mean E[X].' : '';
  return `Solid line: the running mean after n draws (log scale of n).${dashed} Dots: the single draws, which never settle.`;
}

/**
 * The pure side of `<lumen-clt>`: which distribution a state names, its μ and σ, the histogram
 * bins for the sample means, the normal curve of sd σ/√n, how close a guess is, and the keys of
 * the editable bars.
 */
import { distribution, type DistSpec, type Distribution } from '../../math/distributions';
import { normalPdf } from '../../math/special';
import type { Bins } from '../../math/sim/job';
import { MAX_HEIGHT, type CltState } from './props';
import { isShortcut, type KeyInput } from '../../ui/keys';
import { plain } from '../../math/number-text';

export interface Source {
  readonly spec: DistSpec;
  readonly dist: Distribution;
  /** Added to every draw for display (a die's faces are 1 … k; the categorical's are 0 … k − 1). */
  readonly offset: number;
  /** Where the source lives, for the plot: [lo, hi] after the offset. */
  readonly range: readonly [number, number];
  readonly discrete: boolean;
  /** In words, e.g. "exponential with rate 1". */
  readonly label: string;
  readonly mu: number;
  readonly sigma: number;
}

export function sourceOf(s: Readonly<CltState>): Source {
  let spec: DistSpec;
  let offset = 0;
  let label: string;
  switch (s.source) {
    case 'uniform':
      spec = { kind: 'uniform', a: 0, b: 1 };
      label = 'uniform on [0, 1]';
      break;
    case 'exponential':
      spec = { kind: 'exponential', rate: s.rate };
      label = `exponential with rate ${round(s.rate)}`;
      break;
    case 'beta':
      spec = { kind: 'beta', alpha: s.alpha, beta: s.beta };
      label = `beta(${round(s.alpha)}, ${round(s.beta)})`;
      break;
    case 'binomial':
      spec = { kind: 'binomial', n: s.trials, p: s.p };
      label =
        s.trials === 1
          ? `a coin that lands 1 with probability ${round(s.p)}`
          : `binomial(${s.trials}, ${round(s.p)})`;
      break;
    case 'die':
      spec = { kind: 'categorical', weights: s.die };
      offset = 1;
      label = `a ${s.die.length}-sided die with weights ${s.die.map(round).join(', ')}`;
      break;
    case 'drawn':
      spec = { kind: 'drawn', lo: 0, hi: 1, density: s.density };
      label = 'your hand-drawn density on [0, 1]';
      break;
  }
  const dist = distribution(spec);
  const [lo, hi] = dist.support;
  return {
    spec,
    dist,
    offset,
    range: [lo + offset, hi + offset],
    discrete: dist.discrete,
    label,
    mu: dist.mean + offset,
    sigma: Math.sqrt(dist.variance),
  };
}

/**
 * Bins for the means (in the simulation's units, before the offset): μ ± 4.5 σ/√n, inside the
 * source's range. For a discrete source the means live on a lattice of step 1/n: each bin holds
 * the same whole number of lattice points (at most 90 bins), so the histogram does not alias.
 */
export function meanBins(src: Source, n: number): Bins {
  const base = src.dist.mean;
  const sd = src.sigma / Math.sqrt(n);
  const [lo0, hi0] = [src.range[0] - src.offset, src.range[1] - src.offset];
  if (!(sd > 0)) return { lo: base - 0.5, hi: base + 0.5, n: 1 };
  let lo = Math.max(lo0, base - 4.5 * sd);
  let hi = Math.min(hi0, base + 4.5 * sd);
  if (src.discrete) {
    const step = 1 / n;
    const k0 = Math.floor(lo / step);
    const k1 = Math.ceil(hi / step);
    // m lattice points per bin, so that every bin holds the same number of them (no aliasing).
    const points = k1 - k0 + 1;
    const m = Math.ceil(points / 90);
    const bins = Math.ceil(points / m);
    return { lo: (k0 - 0.5) * step, hi: (k0 - 0.5 + bins * m) * step, n: bins };
  }
  if (!(hi > lo)) [lo, hi] = [base - 0.5, base + 0.5];
  return { lo, hi, n: 60 };
}

export interface Theory {
  readonly mu: number;
  readonly sigma: number;
  readonly n: number;
  /** σ/√n: the sd of the sample means. */
  readonly sdOfMeans: number;
}

export function theoryOf(src: Source, n: number): Theory {
  return { mu: src.mu, sigma: src.sigma, n, sdOfMeans: src.sigma / Math.sqrt(n) };
}

/** Heights of the normal N(μ, (σ/√n)²) over the bins, as a density: for the overlay. */
export function normalOverlay(t: Theory, lo: number, hi: number, points = 160): { x: number; y: number }[] {
  if (!(t.sdOfMeans > 0)) return [];
  return Array.from({ length: points + 1 }, (_, i) => {
    const x = lo + ((hi - lo) * i) / points;
    return { x, y: normalPdf(x, t.mu, t.sdOfMeans) };
  });
}

export interface Measured {
  readonly done: number;
  readonly mean: number;
  readonly sd: number;
}

export function measuredOf(done: number, sum: number, sumSq: number, offset: number): Measured | undefined {
  if (done < 1) return undefined;
  const m = sum / done;
  // Population sd of the means drawn; for two or more the n − 1 correction is invisible at this size.
  const v = Math.max(0, sumSq / done - m * m) * (done > 1 ? done / (done - 1) : 1);
  return { done, mean: m + offset, sd: Math.sqrt(v) };
}

export interface GuessScore {
  readonly guess: number;
  readonly actual: number;
  /** |guess − actual| / actual. */
  readonly relError: number;
  readonly sentence: string;
}

export function scoreGuess(guess: number, actual: number, n: number, sigma: number): GuessScore {
  const rel = Math.abs(guess - actual) / actual;
  const pct = Math.round(rel * 100);
  const head = `Your guess ${round(guess)} vs σ/√n = ${round(sigma)}/√${n} = ${round(actual)}`;
  let tail: string;
  if (rel <= 0.05) tail = 'spot on.';
  else if (rel <= 0.2) tail = `close: off by ${pct}%.`;
  else if (Math.abs(guess - sigma) / sigma <= 0.2)
    tail = `off by ${pct}%: that is about σ itself. Averaging n draws shrinks the spread by √n, not by n and not at all.`;
  else if (Math.abs(guess - sigma / n) / (sigma / n) <= 0.2)
    tail = `off by ${pct}%: that is σ/n. The spread shrinks by √n: variances add, so the sd of a sum grows like √n.`;
  else tail = `off by ${pct}%. Watch the histogram narrow as n grows.`;
  return { guess, actual, relError: rel, sentence: `${head}: ${tail}` };
}

/** 3 significant digits, no trailing zeros, a true minus sign. */
export function round(x: number): string {
  return plain(x, 3);
}

/** A bar's height clamped to 0 … MAX_HEIGHT, in tenths (what painting and the keys resolve to). */
export function barHeight(h: number): number {
  return Math.max(0, Math.min(MAX_HEIGHT, Math.round(h * 10) / 10));
}

/**
 * The editable bars' keys: ←/→ pick a bar, Home/End the ends, ↑/↓ raise or lower the picked one by
 * 0.5 (Shift 2, Alt 0.1). Undefined for any other key (and shortcuts), so the page keeps it.
 */
export function barKey(
  bars: readonly number[],
  selected: number,
  e: KeyInput,
): { selected: number; bars: number[] } | undefined {
  if (isShortcut(e)) return undefined;
  const step = e.shiftKey ? 2 : e.altKey ? 0.1 : 0.5;
  const next = [...bars];
  const h = bars[selected] ?? 0;
  const pick: Record<string, number> = {
    ArrowLeft: Math.max(0, selected - 1),
    ArrowRight: Math.min(bars.length - 1, selected + 1),
    Home: 0,
    End: bars.length - 1,
  };
  if (e.key === 'ArrowUp') next[selected] = barHeight(h + step);
  else if (e.key === 'ArrowDown') next[selected] = barHeight(h - step);
  else if (e.key in pick) return { selected: pick[e.key] as number, bars: next };
  else return undefined;
  return { selected, bars: next };
}

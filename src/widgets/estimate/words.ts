/**
 * The sentences of `<lumen-estimate>`: readouts, the screen-reader description and the
 * predict-first feedback. Numbers are rounded by `decimalsFor`, so a readout and the formula
 * beside it show the same digits.
 */
import type { Method } from './props';
import type { MissPrediction, Tally } from './model';
import { fixed, percent as asPercent } from '../../math/number-text';

/** Decimals that show a value to about 1% of `scale` (a standard error, say): 0 … 6. */
export function decimalsFor(scale: number): number {
  if (!(scale > 0) || !Number.isFinite(scale)) return 2;
  return Math.min(6, Math.max(0, 1 - Math.floor(Math.log10(scale))));
}

/** A number for reading: fixed decimals, a true minus sign, no "-0". */
export function num(x: number, decimals: number): string {
  return fixed(x, decimals);
}

/** A fraction as a percentage, at most one decimal: 95%, 94.6%. */
export function percent(x: number): string {
  return asPercent(x, 1);
}

export function methodName(method: Method): string {
  switch (method) {
    case 't':
      return 't intervals (x̄ ± t·s/√n)';
    case 'z':
      return 'z intervals (x̄ ± z·σ/√n, σ known)';
    case 'wald':
      return 'Wald intervals (p̂ ± z·√(p̂(1 − p̂)/n))';
    case 'wilson':
      return 'Wilson intervals';
  }
}

export function paramName(coin: boolean): string {
  return coin ? 'p' : 'μ';
}

/**
 * "6 of 100 intervals miss the true mean 10." plus, after "Draw 100 more", the running tally of
 * every batch (or how far counting it has got).
 */
export function missSentence(
  misses: number,
  truthText: string,
  coin: boolean,
  total: Tally,
  rounds = 1,
): string {
  const what = coin ? 'the true p' : 'the true mean';
  const first = `${misses} of 100 intervals miss ${what} ${truthText}.`;
  if (rounds <= 1) return first;
  if (total.intervals < rounds * 100)
    return `${first} Counting the misses of all ${rounds * 100}: ${total.intervals} counted.`;
  return `${first} All ${total.intervals} so far: ${total.misses} misses (${percent(total.misses / total.intervals)}).`;
}

export function expectedSentence(level: number): string {
  const miss = Number((100 - level).toFixed(3));
  return `A ${level}% interval misses ${miss} times in 100 in the long run.`;
}

export function predictSentence(p: MissPrediction): string {
  const offActual = Math.abs(p.guess - p.actual);
  const offExpected = Math.abs(p.guess - p.expected);
  const verdict =
    offExpected <= 2
      ? 'Spot on: that is what the level promises.'
      : offExpected <= 5
        ? 'Close.'
        : 'Far off: the level tells you the rate.';
  return (
    `You guessed ${p.guess}. This batch: ${p.actual} missed (${offActual} from your guess). ` +
    `In the long run ${p.expected} of 100 miss, ${offExpected} from your guess. ${verdict}`
  );
}

export function likelihoodSentence(o: {
  coin: boolean;
  theta: string;
  logL: string;
  mle: string;
  maxLogL: string;
  ratio: number;
}): string {
  const name = paramName(o.coin);
  const ratio = o.ratio >= 0.995 ? 'the peak' : `${percent(o.ratio)} of the peak`;
  return `At ${name} = ${o.theta}: log L = ${o.logL}, the likelihood ${ratio}. The maximum is at ${name}̂ = ${o.mle} (log L = ${o.maxLogL}).`;
}

export function bootstrapSentence(o: {
  statistic: 'mean' | 'median';
  estimate: string;
  level: number;
  lo: string;
  hi: string;
  done: number;
  total: number;
}): string {
  const run =
    o.done < o.total
      ? ` (${o.done.toLocaleString('en-US')} of ${o.total.toLocaleString('en-US')} resamples so far)`
      : '';
  return `Sample ${o.statistic} ${o.estimate}; the ${o.level}% bootstrap percentile interval is ${o.lo} to ${o.hi}${run}.`;
}

/**
 * The sentences of `<lumen-estimate>`: readouts, the screen-reader description and the
 * predict-first feedback. Numbers are rounded by `decimalsFor`, so a readout and the formula
 * beside it show the same digits.
 */
import type { Method } from './props';
import type { IntervalRow, LikelihoodModel, MissPrediction, Tally } from './model';
import type { EstimateState } from './props';
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

/** The names of the typed source fields, as the formulas write them. */
export const FIELD_LABELS = { mean: 'μ', sd: 'σ', p: 'p', n: 'n' } as const;

/** Why a typed source value was refused: the two common mistakes in words, else the table's words. */
export function fieldProblem(
  key: keyof typeof FIELD_LABELS,
  typed: number | undefined,
  error: string,
): string {
  if (key === 'sd' && typed !== undefined && typed <= 0)
    return 'σ must be positive: a spread of zero or less is no distribution';
  if (key === 'p' && typed !== undefined && (typed < 0 || typed > 1))
    return 'p is a probability, so it must be between 0 and 1';
  return `${FIELD_LABELS[key]} ${error}`;
}

/** What the readouts need of the element's derived numbers (numbers.ts). */
export interface ReadoutNumbers {
  model(): Pick<LikelihoodModel, 'logL' | 'mle' | 'maxLogL'>;
  theta(): number;
  decimals(): number;
}

export function sourceWords(s: Pick<EstimateState, 'source' | 'n' | 'p' | 'mean' | 'sd' | 'seed'>): string {
  return s.source === 'coin'
    ? `Samples of ${s.n} flips of a coin with p = ${s.p}, seed ${s.seed}.`
    : `Samples of ${s.n} from a normal with μ = ${s.mean} and σ = ${s.sd}, seed ${s.seed}.`;
}

/** The likelihood readout: θ tried, its log-likelihood, the maximum and the ratio. */
export function likelihoodWords(coin: boolean, n: ReadoutNumbers): string {
  const m = n.model();
  const theta = n.theta();
  const d = n.decimals();
  const logL = m.logL(theta);
  return likelihoodSentence({
    coin,
    theta: num(theta, d),
    logL: num(logL, 2),
    mle: num(m.mle, d),
    maxLogL: num(m.maxLogL, 2),
    ratio: Math.exp(logL - m.maxLogL),
  });
}

/** The θ handle's value text. */
export function thetaText(coin: boolean, n: ReadoutNumbers): string {
  const theta = n.theta();
  return `${paramName(coin)} = ${num(theta, n.decimals())}, log-likelihood ${num(n.model().logL(theta), 2)}`;
}

/** The row handle's value text: interval `k` (0-based) and whether it misses. */
export function intervalText(row: IntervalRow, k: number, decimals: number): string {
  return `Interval ${k + 1}: ${num(row.lo, decimals)} to ${num(row.hi, decimals)}, ${row.miss ? 'misses' : 'contains'} the true value`;
}

/** The bootstrap readout: progress until the interval can be read, then the interval. */
export function bootWords(
  s: Pick<EstimateState, 'statistic' | 'resamples' | 'level'>,
  o: { estimate: number; interval: readonly [number, number] | undefined; done: number; decimals: number },
): string {
  const iv = o.interval;
  if (!iv)
    return `Resampling the ${s.statistic} of the sample: ${o.done.toLocaleString('en-US')} of ${s.resamples.toLocaleString('en-US')} resamples.`;
  return bootstrapSentence({
    statistic: s.statistic,
    estimate: num(o.estimate, o.decimals),
    level: s.level,
    lo: num(iv[0], o.decimals),
    hi: num(iv[1], o.decimals),
    done: o.done,
    total: s.resamples,
  });
}

/** The predict-first question. */
export function questionText(level: number, coin: boolean): string {
  return `Predict first: 100 samples, one ${level}% confidence interval from each. How many of the 100 intervals will miss the true ${coin ? 'p' : 'mean'}?`;
}

/** The description while the learner guesses (the intervals are not drawn yet). */
export function guessingWords(level: number, coin: boolean): string {
  return `Predict first: how many of 100 ${level}% intervals will miss the true ${coin ? 'p' : 'mean'}?`;
}

/** A coin's θ set outside 0 … 1 (by an attribute or a script): what is shown instead. */
export function thetaOutside(theta: number): string {
  return `theta=${theta} is outside 0 … 1, and a coin’s p is a probability; showing p = ${theta < 0 ? 0 : 1}.`;
}

/** "Draw 100 more"'s tooltip once the batches run out. */
export function moreLimit(rounds: number, batch: number): string {
  return `At most ${rounds} batches (${rounds * batch} intervals)`;
}

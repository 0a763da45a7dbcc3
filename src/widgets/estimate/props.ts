/**
 * The property table of `<lumen-estimate>`: one widget, three pictures of estimation.
 * - mode "likelihood": a sample, and the (log-)likelihood of the parameter with the MLE marked;
 *   the learner drags the parameter (`theta`);
 * - mode "intervals": 100 confidence intervals from 100 seeded samples, the misses in red;
 * - mode "bootstrap": one sample, the histogram of its resampled mean or median, the percentile
 *   interval.
 * Attributes, lesson directives, the page URL and `setState` all land here.
 */
import {
  booleanProp,
  customProp,
  enumProp,
  numberProp,
  viewSwitches,
  type ParseResult,
  type StateOf,
} from '../../ui/props';
import { formatNumber, parseNumber } from '../../math/number-text';

export const MODES = ['likelihood', 'intervals', 'bootstrap'] as const;
export type Mode = (typeof MODES)[number];
export const SOURCES = ['normal', 'coin'] as const;
export type SourceKind = (typeof SOURCES)[number];
export const METHODS = ['t', 'z', 'wald', 'wilson'] as const;
export type Method = (typeof METHODS)[number];
/** The confidence levels offered, in percent. */
export const LEVELS = [80, 90, 95, 99] as const;
export type Level = (typeof LEVELS)[number];

export const SEED_MAX = 999999;
/** Batches of 100 intervals: "draw 100 more" adds one; the tally covers them all. */
export const MAX_ROUNDS = 100;
export const MAX_RESAMPLES = 1_000_000;

function checkLevel(v: unknown): ParseResult<Level> {
  return typeof v === 'number' && (LEVELS as readonly number[]).includes(v)
    ? { ok: true, value: v as Level }
    : { ok: false, error: `must be one of ${LEVELS.join(', ')} (percent)` };
}

function parseLevel(text: string): ParseResult<Level> {
  const t = text.trim().replace(/%$/, '');
  const n = parseNumber(t);
  // 0.95 means 95%: authors write both.
  const percent = n !== undefined && n > 0 && n < 1 ? Math.round(n * 100) : n;
  return percent === undefined
    ? { ok: false, error: 'expected a confidence level such as 95 or 95%' }
    : checkLevel(percent);
}

export const THETA_LIMIT = 1000;

function checkTheta(v: unknown): ParseResult<number | null> {
  if (v === null) return { ok: true, value: null };
  if (typeof v !== 'number' || !Number.isFinite(v))
    return { ok: false, error: 'expected a number such as 9.5, or auto' };
  if (Math.abs(v) > THETA_LIMIT)
    return { ok: false, error: `must be between -${THETA_LIMIT} and ${THETA_LIMIT}, or auto` };
  return { ok: true, value: v };
}

export const ESTIMATE_PROPS = {
  mode: enumProp({
    default: 'intervals',
    values: MODES,
    doc: 'likelihood: the likelihood of the parameter, with the maximum marked; intervals: 100 confidence intervals and their misses; bootstrap: the resampled statistic and its percentile interval.',
  }),
  source: enumProp({
    default: 'normal',
    values: SOURCES,
    doc: 'Where the sample comes from: a normal distribution (mean, sd) or a coin (p).',
  }),
  mean: numberProp({ default: 10, min: -1000, max: 1000, doc: 'The true mean μ of the normal source.' }),
  sd: numberProp({
    default: 2,
    min: 0.01,
    max: 1000,
    doc: 'The true standard deviation σ of the normal source (must be positive).',
  }),
  p: numberProp({ default: 0.5, min: 0, max: 1, doc: 'The coin’s true probability of heads.' }),
  n: numberProp({
    default: 10,
    min: 2,
    max: 1000,
    integer: true,
    doc: 'The sample size (values, or coin flips) of every sample.',
  }),
  seed: numberProp({
    default: 1,
    min: 0,
    max: SEED_MAX,
    integer: true,
    doc: 'The seed of the random samples: the same seed draws the same samples.',
  }),
  theta: customProp<number | null>({
    type: 'number or auto',
    default: null,
    doc: 'likelihood: the parameter being tried (μ for the normal, p for the coin); auto starts a little off the maximum. Drag it or use the arrow keys.',
    range: `-${THETA_LIMIT} … ${THETA_LIMIT} (a coin: 0 … 1), or auto`,
    parse: (text) =>
      text.trim().toLowerCase() === 'auto'
        ? { ok: true, value: null }
        : checkTheta(parseNumber(text) ?? text),
    format: (v) => (v === null ? 'auto' : formatNumber(v)),
    check: checkTheta,
    equals: (a, b) => a === b,
  }),
  profile: booleanProp({
    default: false,
    doc: 'likelihood, normal: profile out σ (its best value for each μ) instead of holding it at the true sd.',
  }),
  log: booleanProp({
    default: true,
    doc: 'likelihood: plot the log-likelihood (true) or the likelihood scaled to a peak of 1 (false).',
  }),
  level: customProp<Level>({
    type: 'level',
    default: 95,
    doc: 'The confidence level of the intervals, in percent.',
    range: LEVELS.join(' | ') + ' (percent)',
    parse: parseLevel,
    format: String,
    check: checkLevel,
    equals: (a, b) => a === b,
  }),
  method: enumProp({
    default: 't',
    values: METHODS,
    doc: 'intervals: t (x̄ ± t·s/√n) or z (x̄ ± z·σ/√n, σ known) for the normal; wald or wilson for the coin.',
  }),
  rounds: numberProp({
    default: 1,
    min: 1,
    max: MAX_ROUNDS,
    integer: true,
    doc: 'intervals: how many batches of 100 have been drawn; the picture shows the last batch, the tally all of them.',
  }),
  statistic: enumProp({
    default: 'mean',
    values: ['mean', 'median'] as const,
    doc: 'bootstrap: the statistic recomputed on every resample.',
  }),
  resamples: numberProp({
    default: 10000,
    min: 100,
    max: MAX_RESAMPLES,
    integer: true,
    doc: 'bootstrap: how many resamples (drawn with replacement from the sample) to run.',
  }),
  ...viewSwitches({
    predict:
      'intervals: predict-first: the learner types how many of the 100 intervals will miss before they are drawn.',
    controls: 'Show the inputs and buttons of the mode.',
    formula: 'Show the live formula with the current numbers, coloured like the picture.',
  }),
};

export type EstimateState = StateOf<typeof ESTIMATE_PROPS>;

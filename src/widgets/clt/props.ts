/**
 * The property table of `<lumen-clt>`: the source distribution and its parameters, the sample
 * size n, how many sample means to draw, the seed, and which path makes the numbers.
 */
import {
  customProp,
  enumProp,
  fail,
  formatNumber,
  numberProp,
  ok,
  parseNumberList,
  viewSwitches,
  type ParseResult,
  type StateOf,
} from '../../ui/props';

export const SOURCES = ['uniform', 'exponential', 'beta', 'binomial', 'die', 'drawn'] as const;
export type SourceName = (typeof SOURCES)[number];

/** Heights of the hand-drawn density and weights of the die: 0 … MAX_HEIGHT each. */
export const MAX_HEIGHT = 10;
export const MAX_BARS = 40;
export const MAX_FACES = 12;
/** The most sample means one run draws (times n at most 4·10^9 random numbers). */
export const MAX_MEANS = 10_000_000;

function heightsProp(o: { default: number[]; min: number; max: number; what: string; doc: string }) {
  const check = (v: unknown): ParseResult<number[]> => {
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'number' || !Number.isFinite(x)))
      return fail(`must be a list of ${o.min} to ${o.max} numbers`);
    const list = v as number[];
    if (list.length < o.min || list.length > o.max)
      return fail(`needs ${o.min} to ${o.max} ${o.what}s (got ${list.length})`);
    if (list.some((x) => x < 0 || x > MAX_HEIGHT))
      return fail(`each ${o.what} must be between 0 and ${MAX_HEIGHT}`);
    if (list.every((x) => x === 0)) return fail(`the ${o.what}s are all zero: nothing could ever be drawn`);
    return ok(list.map((x) => Math.round(x * 1000) / 1000));
  };
  return customProp<number[]>({
    type: 'numbers',
    default: o.default,
    doc: o.doc,
    range: `${o.min} to ${o.max} numbers from 0 to ${MAX_HEIGHT}, separated by spaces, not all 0`,
    parse(text) {
      const nums = parseNumberList(text);
      return nums ? check(nums) : fail('expected numbers separated by spaces, such as "1 2 3"');
    },
    format: (v) => v.map(formatNumber).join(' '),
    check,
    equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
  });
}

export const CLT_PROPS = {
  source: enumProp({
    default: 'exponential',
    values: SOURCES,
    doc: 'The distribution the draws come from: uniform on [0, 1], exponential, beta, binomial, a weighted die (faces 1 … k) or a hand-drawn density on [0, 1].',
  }),
  n: numberProp({
    default: 5,
    min: 1,
    max: 400,
    integer: true,
    doc: 'The sample size: each sample mean averages n draws.',
  }),
  means: numberProp({
    default: 100_000,
    min: 1,
    max: MAX_MEANS,
    integer: true,
    doc: 'How many sample means to draw (each one costs n random numbers).',
  }),
  seed: numberProp({
    default: 1,
    min: 0,
    max: 4294967295,
    integer: true,
    doc: 'The seed: the same seed draws the same means on every device.',
  }),
  rate: numberProp({
    default: 1,
    min: 0.01,
    max: 100,
    step: 0.1,
    doc: 'Exponential source: the rate λ (mean 1/λ).',
  }),
  alpha: numberProp({ default: 0.5, min: 0.05, max: 50, step: 0.1, doc: 'Beta source: the shape α.' }),
  beta: numberProp({ default: 0.5, min: 0.05, max: 50, step: 0.1, doc: 'Beta source: the shape β.' }),
  trials: numberProp({
    default: 1,
    min: 1,
    max: 100,
    integer: true,
    doc: 'Binomial source: the number of trials (1 is a single coin flip).',
  }),
  p: numberProp({
    default: 0.2,
    min: 0,
    max: 1,
    step: 0.05,
    doc: 'Binomial source: the probability of success of each trial.',
  }),
  die: heightsProp({
    default: [1, 1, 1, 1, 1, 3],
    min: 2,
    max: MAX_FACES,
    what: 'weight',
    doc: 'Die source: the weight of each face 1, 2, 3, …; drag the bars or type them.',
  }),
  density: heightsProp({
    default: [1, 4, 6, 3, 1, 0, 0, 0, 2, 5, 2, 0],
    min: 2,
    max: MAX_BARS,
    what: 'height',
    doc: 'Drawn source: the heights of the density on equal bins of [0, 1]; paint them with the pointer or the arrow keys.',
  }),
  path: enumProp({
    default: 'auto',
    values: ['auto', 'typed', 'wasm', 'cpu', 'webgl'] as const,
    doc: 'Where the numbers are made: auto picks by the hardware (the GPU only when WebGL is not software) and a measurement; or typed arrays, tfjs wasm, tfjs cpu, tfjs webgl with the Philox kernel.',
  }),
  ...viewSwitches({
    predict:
      'Predict-first: the learner guesses the standard deviation of the sample means before the answer is shown.',
    controls: 'Show the source, n and count controls.',
    formula: 'Show the live formula σ/√n with the current numbers.',
  }),
};

export type CltState = StateOf<typeof CLT_PROPS>;

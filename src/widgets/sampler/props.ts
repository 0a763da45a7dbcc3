/**
 * The property table of `<lumen-sampler>`. Every parameter is checked against its mathematical
 * domain with the words of `distributionProblem` (p = 1.5 → "a probability must be between 0 and
 * 1"), then against the range the widget's controls offer. `draws` and `seed` make the picture
 * reproducible: the same settings in a link show the same histogram.
 */
import {
  booleanProp,
  customProp,
  enumProp,
  fail,
  formatNumber,
  ok,
  parseNumber,
  parseNumberList,
  type ParseResult,
  type StateOf,
} from '../../ui/props';
import { distributionProblem, type DistSpec } from '../../math/distributions';

export const SOURCES = [
  'coin',
  'die',
  'weighted',
  'uniform',
  'normal',
  'binomial',
  'poisson',
  'exponential',
  'beta',
] as const;
export type Source = (typeof SOURCES)[number];

/** The most draws one picture may hold (the bulk simulation's limit). */
export const MAX_DRAWS = 1e8;
export const MAX_SEED = 2 ** 32 - 1;

/**
 * A number parameter: the domain message comes from `distributionProblem` on a spec that varies
 * only this parameter (so the words match the math module's), then the slider's range applies.
 */
function paramProp(o: {
  default: number;
  min: number;
  max: number;
  doc: string;
  integer?: boolean;
  domain: (v: number) => DistSpec;
}) {
  const check = (v: unknown): ParseResult<number> => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail('must be a finite number');
    const problem = distributionProblem(o.domain(v));
    if (problem) return fail(problem);
    if (o.integer && !Number.isInteger(v)) return fail('must be a whole number');
    if (v < o.min || v > o.max) return fail(`must be between ${o.min} and ${o.max} in this widget`);
    return ok(v);
  };
  return customProp<number>({
    type: o.integer ? 'integer' : 'number',
    default: o.default,
    doc: o.doc,
    range: `${o.min} … ${o.max}`,
    parse(text) {
      const n = parseNumber(text);
      return n === undefined ? fail('expected a number such as 1.5') : check(n);
    },
    format: formatNumber,
    check,
    equals: (a, b) => a === b,
  });
}

function wholeProp(o: { default: number; max: number; doc: string; range: string; what: string }) {
  const check = (v: unknown): ParseResult<number> => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail('must be a finite number');
    if (!Number.isInteger(v) || v < 0) return fail(`${o.what} must be a whole number ≥ 0`);
    if (v > o.max) return fail(`${o.what} can be at most ${formatNumber(o.max)} (${o.range})`);
    return ok(v);
  };
  return customProp<number>({
    type: 'integer',
    default: o.default,
    doc: o.doc,
    range: o.range,
    parse(text) {
      const n = parseNumber(text.replace(/[_,](?=\d{3})/g, ''));
      return n === undefined ? fail('expected a whole number such as 1000') : check(n);
    },
    format: formatNumber,
    check,
    equals: (a, b) => a === b,
  });
}

/** The faces of the weighted die: 2 to 12 weights ≥ 0, not all zero. */
export const MAX_FACES = 12;
function checkWeights(v: unknown): ParseResult<readonly number[]> {
  if (!Array.isArray(v) || !v.every((w) => typeof w === 'number'))
    return fail('must be a list of numbers such as "1 1 1 1 1 3"');
  if (v.length < 2 || v.length > MAX_FACES)
    return fail(`needs 2 to ${MAX_FACES} weights, one per face (got ${v.length})`);
  const problem = distributionProblem({ kind: 'categorical', weights: v as number[] });
  return problem ? fail(problem) : ok(Object.freeze([...(v as number[])]));
}

export const SAMPLER_PROPS = {
  dist: enumProp({
    default: 'coin',
    values: SOURCES,
    doc: 'What is drawn: a coin (1 = heads), a fair die, a weighted die, or a uniform, normal, binomial, Poisson, exponential or beta distribution.',
  }),
  p: paramProp({
    default: 0.5,
    min: 0,
    max: 1,
    doc: 'The chance of heads (coin) or of a success in each trial (binomial).',
    domain: (p) => ({ kind: 'binomial', n: 1, p }),
  }),
  weights: customProp<readonly number[]>({
    type: 'weights',
    default: Object.freeze([1, 1, 1, 1, 1, 3]),
    doc: 'The weighted die: one weight per face, in proportion to its chance.',
    range: `2 to ${MAX_FACES} numbers ≥ 0, not all zero, such as "1 1 1 1 1 3"`,
    parse(text) {
      const nums = parseNumberList(text);
      return nums ? checkWeights(nums) : fail('expected numbers separated by spaces, such as "1 1 1 1 1 3"');
    },
    format: (v) => v.map(formatNumber).join(' '),
    check: checkWeights,
    equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
  }),
  a: paramProp({
    default: 0,
    min: -100,
    max: 100,
    doc: 'The uniform’s lower end.',
    domain: (a) => ({ kind: 'uniform', a, b: a + 1 }),
  }),
  b: paramProp({
    default: 1,
    min: -100,
    max: 100,
    doc: 'The uniform’s upper end (more than a).',
    domain: (b) => ({ kind: 'uniform', a: b - 1, b }),
  }),
  mean: paramProp({
    default: 0,
    min: -100,
    max: 100,
    doc: 'The normal’s mean μ.',
    domain: (mean) => ({ kind: 'normal', mean, sd: 1 }),
  }),
  sd: paramProp({
    default: 1,
    min: 0.01,
    max: 100,
    doc: 'The normal’s standard deviation σ (more than 0).',
    domain: (sd) => ({ kind: 'normal', mean: 0, sd }),
  }),
  n: paramProp({
    default: 10,
    min: 1,
    max: 1000,
    integer: true,
    doc: 'The binomial’s number of trials.',
    domain: (n) => ({ kind: 'binomial', n, p: 0.5 }),
  }),
  lambda: paramProp({
    default: 3,
    min: 0.01,
    max: 1000,
    doc: 'The Poisson mean λ (more than 0).',
    domain: (lambda) => ({ kind: 'poisson', lambda }),
  }),
  rate: paramProp({
    default: 1,
    min: 0.01,
    max: 100,
    doc: 'The exponential rate λ (more than 0); its mean is 1/λ.',
    domain: (rate) => ({ kind: 'exponential', rate }),
  }),
  alpha: paramProp({
    default: 2,
    min: 0.1,
    max: 100,
    doc: 'The beta’s first shape α (more than 0).',
    domain: (alpha) => ({ kind: 'beta', alpha, beta: 1 }),
  }),
  beta: paramProp({
    default: 5,
    min: 0.1,
    max: 100,
    doc: 'The beta’s second shape β (more than 0).',
    domain: (beta) => ({ kind: 'beta', alpha: 1, beta }),
  }),
  draws: wholeProp({
    default: 0,
    max: MAX_DRAWS,
    what: 'draws',
    range: '0 … 100000000 (10^8)',
    doc: 'How many draws the picture holds; with the seed it fixes every draw, so a link replays the same histogram.',
  }),
  truth: booleanProp({
    default: true,
    doc: 'Show the exact pmf/pdf, the true mean and their formula; false hides them (predict first) until a reveal sets it.',
  }),
  seed: wholeProp({
    default: 1,
    max: MAX_SEED,
    what: 'the seed',
    range: `0 … ${MAX_SEED}`,
    doc: 'The random seed: the same seed gives the same draws.',
  }),
};

export type SamplerState = StateOf<typeof SAMPLER_PROPS>;

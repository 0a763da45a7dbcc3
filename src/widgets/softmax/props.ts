/**
 * The property table of `<lumen-softmax>`: logits turned into probabilities at a temperature,
 * samples drawn from them and the cross-entropy against a target (mode `logits`), or a bigram
 * language model counted from the corpus, generating text at that temperature (mode `bigram`).
 */
import {
  booleanProp,
  customProp,
  enumProp,
  numberProp,
  textProp,
  fail,
  type ParseResult,
  type StateOf,
} from '../../ui/props';
import { formatNumber, parseNumber } from '../../math/number-text';

export const MAX_CLASSES = 10;
export const LOGIT_LIMIT = 1000;
export const T_MIN = 0.05;
export const T_MAX = 5;
export const SEED_MAX = 999999;

function checkLogits(v: unknown): ParseResult<number[]> {
  if (!Array.isArray(v)) return fail(`must be 2 to ${MAX_CLASSES} numbers`);
  if (v.length < 2 || v.length > MAX_CLASSES)
    return fail(`must be 2 to ${MAX_CLASSES} numbers, got ${v.length}`);
  for (const x of v)
    if (typeof x !== 'number' || !Number.isFinite(x) || Math.abs(x) > LOGIT_LIMIT)
      return fail(`every logit must be a number within ±${LOGIT_LIMIT}`);
  return { ok: true, value: [...(v as number[])] };
}

export function parseLogits(text: string): ParseResult<number[]> {
  const cells = text
    .trim()
    .split(/[\s,]+/)
    .filter((c) => c.length > 0);
  const nums = cells.map((c) => parseNumber(c));
  const bad = cells.findIndex((_, i) => nums[i] === undefined);
  if (bad >= 0) return fail(`“${cells[bad]}” is not a number; expected numbers like "2 1 0.1"`);
  return checkLogits(nums);
}

export const SOFTMAX_PROPS = {
  mode: enumProp({
    default: 'logits',
    values: ['logits', 'bigram'] as const,
    doc: 'logits: your numbers through softmax, sampled and scored; bigram: a next-word model counted from the corpus, writing text at the temperature.',
  }),
  logits: customProp<number[]>({
    type: 'numbers',
    default: [2, 1, 0.1],
    doc: 'Mode logits: the scores ℓ, one per class, turned into probabilities by softmax.',
    range: `2 to ${MAX_CLASSES} numbers within ±${LOGIT_LIMIT}, such as "2 1 0.1"`,
    parse: parseLogits,
    format: (v) => v.map(formatNumber).join(' '),
    check: checkLogits,
    equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
  }),
  labels: textProp({
    default: '',
    maxLength: 200,
    doc: 'Mode logits: names of the classes, separated by spaces (empty: 1, 2, 3, …).',
  }),
  temperature: numberProp({
    default: 1,
    min: T_MIN,
    max: T_MAX,
    doc: 'T: the logits are divided by T before softmax; below 1 sharpens the odds, above 1 flattens them.',
  }),
  target: numberProp({
    default: 1,
    min: 1,
    max: MAX_CLASSES,
    integer: true,
    doc: 'Mode logits: the right class (1-based) for the cross-entropy −ln p_target and its gradient p − y.',
  }),
  samples: numberProp({
    default: 1000,
    min: 0,
    max: 1_000_000,
    integer: true,
    doc: 'Mode logits: how many seeded draws from the probabilities are counted.',
  }),
  seed: numberProp({
    default: 1,
    min: 0,
    max: SEED_MAX,
    integer: true,
    doc: 'The seed of the draws and of the generated text (the same seed, the same result).',
  }),
  start: textProp({
    default: 'the',
    maxLength: 40,
    doc: 'Mode bigram: the word the generated text starts after (a word of the vocabulary).',
  }),
  length: numberProp({
    default: 30,
    min: 5,
    max: 80,
    integer: true,
    doc: 'Mode bigram: how many words to generate.',
  }),
  alpha: numberProp({
    default: 0.01,
    min: 0.001,
    max: 1,
    doc: 'Mode bigram: add-α smoothing, the count given to every pair never seen.',
  }),
  predict: booleanProp({
    default: false,
    doc: 'Predict-first: the learner guesses the probability of the first class before the bars are shown.',
  }),
  controls: booleanProp({ default: true, doc: 'Show the sliders and fields.' }),
  formula: booleanProp({
    default: true,
    doc: 'Show the live formula (softmax with its numbers, the loss and its gradient).',
  }),
};

export type SoftmaxState = StateOf<typeof SOFTMAX_PROPS>;

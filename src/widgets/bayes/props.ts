/**
 * The property table of `<lumen-bayes>`: one widget, two pictures of Bayes' theorem.
 * - mode "test": a population of dots split by condition and test result (prevalence,
 *   sensitivity, false-positive rate); the posterior is the share of the positive dots;
 * - mode "coin": a coin whose Beta(α, β) prior becomes the posterior flip by flip (seeded flips
 *   of a coin with heads probability `true-p`).
 * Attributes, lesson directives, the page URL and `setState` all land here.
 */
import { booleanProp, enumProp, numberProp, type StateOf } from '../../ui/props';

export const MODES = ['test', 'coin'] as const;
export type BayesMode = (typeof MODES)[number];

/** Most flips a link may ask for: every flip is replayed from the seed on load. */
export const MAX_FLIPS = 10000;
export const MIN_POPULATION = 100;
export const MAX_POPULATION = 10000;
export const SEED_MAX = 999999;

export const BAYES_PROPS = {
  mode: enumProp({
    default: 'test',
    values: MODES,
    doc: 'test: a population of dots split by condition and test result; coin: a beta prior that updates flip by flip.',
  }),
  prevalence: numberProp({
    default: 0.01,
    min: 0,
    max: 1,
    step: 0.001,
    doc: 'test: P(D), the share of the population with the condition (0.01 = 1%).',
  }),
  sensitivity: numberProp({
    default: 0.9,
    min: 0,
    max: 1,
    step: 0.001,
    doc: 'test: P(+ | D), the share of people with the condition that the test flags.',
  }),
  falsePositive: numberProp({
    default: 0.09,
    min: 0,
    max: 1,
    step: 0.001,
    doc: 'test: P(+ | not D), the false-positive rate: the share of people without the condition that the test flags anyway.',
  }),
  population: numberProp({
    default: 1000,
    min: MIN_POPULATION,
    max: MAX_POPULATION,
    integer: true,
    doc: 'test: how many people (dots) the picture shows; the counts are the natural frequencies.',
  }),
  highlight: booleanProp({
    default: true,
    doc: 'test: shade the dots that test positive (the ones the posterior is a share of).',
  }),
  alpha: numberProp({
    default: 1,
    min: 0.1,
    max: 100,
    step: 0.5,
    doc: 'coin: α of the Beta(α, β) prior (prior heads + 1 when whole).',
  }),
  beta: numberProp({
    default: 1,
    min: 0.1,
    max: 100,
    step: 0.5,
    doc: 'coin: β of the Beta(α, β) prior (prior tails + 1 when whole).',
  }),
  flips: numberProp({
    default: 0,
    min: 0,
    max: MAX_FLIPS,
    integer: true,
    doc: 'coin: how many flips have been made so far.',
  }),
  trueP: numberProp({
    default: 0.7,
    min: 0,
    max: 1,
    step: 0.01,
    doc: 'coin: the coin’s real heads probability, which the flips are drawn with.',
  }),
  seed: numberProp({
    default: 1,
    min: 0,
    max: SEED_MAX,
    integer: true,
    doc: 'coin: the seed of the flips (the same seed flips the same sequence).',
  }),
  predict: booleanProp({
    default: false,
    doc: 'Predict-first (test): the learner types a guess for P(D | +) before the test results and the answer are shown.',
  }),
  controls: booleanProp({ default: true, doc: 'Show the sliders and buttons.' }),
  formula: booleanProp({
    default: true,
    doc: 'Show the live formula (Bayes’ rule with the current numbers).',
  }),
};

export type BayesState = StateOf<typeof BAYES_PROPS>;

/**
 * The property table of `<lumen-covariance>`: a 2D Gaussian cloud, N(0, Σ), shaped by the
 * standard deviations of x and y and their correlation; `n` seeded points drawn from it.
 * Attributes, lesson directives, the page URL and `setState` all land here.
 */
import { booleanProp, numberProp, type StateOf } from '../../ui/props';

export const SD_MIN = 0.1;
export const SD_MAX = 5;
export const MAX_POINTS = 5000;
export const SEED_MAX = 999999;

export const COVARIANCE_PROPS = {
  sdX: numberProp({
    default: 1.5,
    min: SD_MIN,
    max: SD_MAX,
    doc: 'σx: the standard deviation of x (the cloud’s spread along the x-axis).',
  }),
  sdY: numberProp({ default: 1, min: SD_MIN, max: SD_MAX, doc: 'σy: the standard deviation of y.' }),
  rho: numberProp({
    default: 0.6,
    min: -1,
    max: 1,
    doc: 'ρ: the correlation of x and y (the tilt: −1 a falling line, 0 no tilt, 1 a rising line).',
  }),
  n: numberProp({
    default: 400,
    min: 2,
    max: MAX_POINTS,
    integer: true,
    doc: 'How many points are drawn from the Gaussian.',
  }),
  seed: numberProp({
    default: 3,
    min: 0,
    max: SEED_MAX,
    integer: true,
    doc: 'The seed of the points (the same seed draws the same cloud).',
  }),
  sigmas: numberProp({
    default: 3,
    min: 0,
    max: 3,
    integer: true,
    doc: 'How many sigma ellipses to draw: 1σ, 2σ, 3σ (0: none).',
  }),
  sample: booleanProp({
    default: true,
    doc: 'Show the sample covariance and correlation of the points beside the true ones.',
  }),
  predict: booleanProp({
    default: false,
    doc: 'Predict-first: the learner guesses the correlation of the cloud before the matrix, the ellipses and the numbers are shown.',
  }),
  controls: booleanProp({ default: true, doc: 'Show the sliders and buttons.' }),
  formula: booleanProp({
    default: true,
    doc: 'Show the live formula (the covariance matrix, its eigenvalues, the sample covariance).',
  }),
};

export type CovarianceState = StateOf<typeof COVARIANCE_PROPS>;

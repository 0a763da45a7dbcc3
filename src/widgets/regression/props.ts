/** The property table of `<lumen-regression>`: one table for attributes, lessons, the URL and setState. */
import { booleanProp, enumProp, numberProp, type StateOf } from '../../ui/props';
import { pointsProp } from '../../ui/data-editor/points-prop';
import { runProps } from '../../ui/run-controller';
import { parsePoints } from '../../math/ml/points-text';
import { MAX_DEGREE } from '../../math/ml/poly';
import type { Point } from '../../math/ml/points';

/** Gradient descent stops here: enough to converge at any stable rate the slider offers. */
export const MAX_ITERATION = 2000;

export const DEFAULT_POINTS: readonly Point[] = (
  parsePoints('0 1; 1 1.8; 2 3.5; 3 3.1; 4 5.2; 5 5.4; 6 7.3') as { points: Point[] }
).points;

export const REGRESSION_PROPS = {
  points: pointsProp({
    default: DEFAULT_POINTS,
    doc: 'The data: click or tap to add a point, drag to move it, Delete to remove it, or paste CSV.',
  }),
  degree: numberProp({
    default: 1,
    min: 1,
    max: MAX_DEGREE,
    integer: true,
    doc: 'Degree of the fitted polynomial: 1 is a line; higher degrees bend to the training points (and overfit).',
  }),
  holdout: numberProp({
    default: 0,
    min: 0,
    max: 0.5,
    doc: 'Share of the points held out of the fit (drawn hollow) to measure the test error.',
  }),
  seed: numberProp({
    default: 1,
    min: 0,
    max: 999999,
    integer: true,
    doc: 'Seed of the shuffle that picks the held-out points.',
  }),
  rate: numberProp({
    default: 0.05,
    min: 0.0001,
    max: 1,
    doc: 'Step size of gradient descent on the loss surface over (w, b).',
  }),
  w0: numberProp({ default: 0, min: -100, max: 100, doc: 'Where gradient descent starts: the slope w.' }),
  b0: numberProp({ default: 0, min: -100, max: 100, doc: 'Where gradient descent starts: the intercept b.' }),
  ...runProps({ limit: MAX_ITERATION, speed: 15 }),
  squares: enumProp({
    default: 'exact',
    values: ['exact', 'descent', 'none'] as const,
    doc: 'Whose residuals are drawn as squares (their total area is n × MSE): the least-squares fit, the gradient-descent line, or none.',
  }),
  contour: booleanProp({
    default: true,
    doc: 'Show the loss as contours over (w, b) with the descent path.',
  }),
  projection: booleanProp({
    default: false,
    doc: 'Show the data as vectors of 3D space (exactly three points): y, its projection ŷ onto the plane of the columns 1 and x, and the residual perpendicular to it.',
  }),
  controls: booleanProp({ default: true, doc: 'Show the data editor, the player and the settings.' }),
  formula: booleanProp({ default: true, doc: 'Show the live formula with the current numbers.' }),
};

export type RegressionState = StateOf<typeof REGRESSION_PROPS>;

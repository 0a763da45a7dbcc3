/** The property table of `<lumen-logistic>`: one table for attributes, lessons, the URL and setState. */
import { booleanProp, enumProp, numberProp, type StateOf } from '../../ui/props';
import { pointsProp } from '../../ui/data-editor/points-prop';
import { runProps } from '../../ui/run-controller';
import { parsePoints } from '../../math/ml/points-text';
import type { Point } from '../../math/ml/points';

export const MAX_ITERATION = 2000;

export const DEFAULT_POINTS: readonly Point[] = (
  parsePoints(
    '-2 -1 0; -1.5 0.5 0; -1 -2 0; -0.5 1 0; 0 -0.5 0; 1 -1.5 0; 0.5 0.5 1; -0.5 -1 1; 1 1 1; 1.5 -0.5 1; 2 1.5 1; 0 2 1',
  ) as { points: Point[] }
).points;

export const LOGISTIC_PROPS = {
  mode: enumProp({
    default: '2d',
    values: ['2d', '1d'] as const,
    doc: '2d: two features (x, y) and a class 0 or 1 per point, with probability shading; 1d: one feature x, each point written "x class" with class 0 or 1, under the sigmoid.',
  }),
  points: pointsProp({
    default: DEFAULT_POINTS,
    doc: 'The data: 2d "x y class"; 1d "x class". Click or tap to add a point (Shift: the other class), drag, Delete, or paste CSV.',
  }),
  rate: numberProp({
    default: 0.5,
    min: 0.001,
    max: 10,
    doc: 'Step size of gradient descent on the log-loss.',
  }),
  l2: numberProp({
    default: 0,
    min: 0,
    max: 10,
    doc: 'L2 strength λ: adds (λ/2)‖w‖² to the loss, which keeps the weights finite even when a line separates the classes.',
  }),
  ...runProps({ limit: MAX_ITERATION, speed: 15 }),
  converged: booleanProp({
    default: false,
    doc: 'Show the fit to convergence (Newton’s method) beside the descent: its coefficients and its 0.5 boundary, dashed.',
  }),
  controls: booleanProp({ default: true, doc: 'Show the data editor, the player and the settings.' }),
  formula: booleanProp({ default: true, doc: 'Show the live formula with the current numbers.' }),
};

export type LogisticState = StateOf<typeof LOGISTIC_PROPS>;

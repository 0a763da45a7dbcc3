/**
 * The property table of `<lumen-derivative>`. A function is compiled wherever it comes from
 * (attribute, lesson directive, URL, setState), so a lesson with a mistyped function fails the
 * build with the column of the mistake, and a bad URL shows a message and the default.
 */
import {
  booleanProp,
  customProp,
  enumProp,
  fail,
  numberProp,
  ok,
  type ParseResult,
  type StateOf,
} from '../../ui/props';
import { MAX_FUNCTION_LENGTH, compileFunction, type Variable } from '../../math/calculus';

export const MODES = ['tangent', 'chain'] as const;
export type DerivativeMode = (typeof MODES)[number];

/** The largest zoom: a window a million times narrower than the start is still far from float noise. */
export const MAX_ZOOM = 1e6;

function functionProp(o: { default: string; allowed: readonly Variable[]; doc: string }) {
  const check = (v: unknown): ParseResult<string> => {
    if (typeof v !== 'string') return fail(`must be the text of a function, such as "${o.default}"`);
    const r = compileFunction(v, o.allowed);
    return r.ok ? ok(r.fn.text) : fail(r.message);
  };
  return customProp<string>({
    type: 'function',
    default: o.default,
    doc: o.doc,
    range: `an expression in ${o.allowed.join(' or ')} with + - * / ^ (by a constant), exp, log, tanh, relu, sigmoid, sin, cos, abs; up to ${MAX_FUNCTION_LENGTH} characters`,
    parse: check,
    format: (v) => v,
    check,
    equals: (a, b) => a === b,
  });
}

export const DERIVATIVE_PROPS = {
  mode: enumProp({
    default: 'tangent',
    values: MODES,
    doc: 'tangent: a secant shrinks into the tangent of f at x0 (lesson 17); chain: a nudge dx ripples through g and f on three number lines (lesson 18).',
  }),
  f: functionProp({
    default: 'x^3 - 2*x',
    allowed: ['x', 'u'],
    doc: 'The function f: in tangent mode the curve, in chain mode the outer function f(u).',
  }),
  g: functionProp({ default: 'x^2', allowed: ['x'], doc: 'Chain mode: the inner function u = g(x).' }),
  x0: numberProp({
    default: 1,
    min: -100,
    max: 100,
    doc: 'The point x0 where the slope is taken (chain mode: the input x).',
  }),
  h: numberProp({ default: 1, min: 1e-6, max: 10, doc: 'Tangent mode: the secant runs from x0 to x0 + h.' }),
  zoom: numberProp({
    default: 1,
    min: 1,
    max: MAX_ZOOM,
    doc: 'Tangent mode: magnification about the point (x0, f(x0)).',
  }),
  center: numberProp({
    default: 0,
    min: -100,
    max: 100,
    doc: 'Tangent mode: the middle of the x range before zooming.',
  }),
  range: numberProp({
    default: 3,
    min: 0.5,
    max: 100,
    doc: 'Tangent mode: half the width of the x range before zooming; x0 stays inside it.',
  }),
  dx: numberProp({ default: 0.1, min: 0.001, max: 2, doc: 'Chain mode: the size of the nudge dx at x.' }),
  predict: booleanProp({
    default: false,
    doc: 'Predict-first: the learner types a guess for the slope (tangent) or dy/dx (chain) before it is shown.',
  }),
  derivative: booleanProp({
    default: true,
    doc: 'Tangent mode: draw the derivative curve f′(x) below, traced as x0 moves.',
  }),
  controls: booleanProp({ default: true, doc: 'Show the function inputs and presets.' }),
  formula: booleanProp({ default: true, doc: 'Show the live formula.' }),
};

export type DerivativeState = StateOf<typeof DERIVATIVE_PROPS>;

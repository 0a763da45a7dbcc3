/**
 * The property table of `<lumen-descent>`: the single list of its settings. Attributes
 * (`rates="0.02, 0.1, 0.25"`), lesson directives (`::descent{surface=valley steps=40}`), the page
 * URL (`?<id>.momentum=0.9`) and `el.setState({ rates: [0.05] })` all land here.
 */
import {
  booleanProp,
  customProp,
  enumProp,
  numberProp,
  fail,
  ok,
  type ParseResult,
  type StateOf,
} from '../../ui/props';
import { formatNumber, parseNumber } from '../../math/number-text';
import { SURFACE_NAMES, type Point } from '../../math/descent';

/** How many steps a run may take: enough for the valley's slowest sensible rate to arrive. */
export const MAX_STEPS = 500;
/** Side by side, each run in its own colour: more than four lines on one picture stop being readable. */
export const MAX_RUNS = 4;
export const RATE_MIN = 0.0001;
export const RATE_MAX = 5;
/** Starts are accepted a little outside every surface's picture (the pictures span ±2, Rosenbrock y up to 3). */
export const START_LIMIT = 3;

function checkRates(v: unknown): ParseResult<readonly number[]> {
  if (!Array.isArray(v) || v.length < 1 || v.length > MAX_RUNS)
    return fail(`must be a list of 1 to ${MAX_RUNS} learning rates`);
  for (const r of v as unknown[])
    if (typeof r !== 'number' || !Number.isFinite(r) || r < RATE_MIN || r > RATE_MAX)
      return fail(`each learning rate must be a number from ${RATE_MIN} to ${RATE_MAX}`);
  return ok([...(v as number[])]);
}

export function parseRates(text: string): ParseResult<readonly number[]> {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
  const nums = parts.map(parseNumber);
  if (parts.length === 0 || nums.some((n) => n === undefined))
    return fail(`expected 1 to ${MAX_RUNS} numbers separated by commas, such as "0.02, 0.1, 0.25"`);
  return checkRates(nums);
}

/** A start point, or null: "auto", the surface's own start. */
export type Start = Point | null;

function checkStart(v: unknown): ParseResult<Start> {
  if (v === null) return ok(null);
  if (!Array.isArray(v) || v.length !== 2 || !v.every((x) => typeof x === 'number' && Number.isFinite(x)))
    return fail('must be two finite numbers [x, y], or null for the surface’s own start');
  const [x, y] = v as [number, number];
  if (Math.abs(x) > START_LIMIT || Math.abs(y) > START_LIMIT)
    return fail(`each coordinate must be between -${START_LIMIT} and ${START_LIMIT}`);
  return ok([x, y]);
}

export function parseStart(text: string): ParseResult<Start> {
  const t = text.trim().toLowerCase();
  if (t === '' || t === 'auto') return ok(null);
  const parts = t
    .replace(/^\(|\)$/g, '')
    .split(/[\s,;]+/)
    .filter((p) => p !== '');
  const nums = parts.map(parseNumber);
  if (nums.length !== 2 || nums.some((n) => n === undefined))
    return fail('expected two numbers "x, y", such as "-1.5, 1", or auto');
  return checkStart(nums);
}

export const DESCENT_PROPS = {
  surface: enumProp({
    default: 'valley',
    values: SURFACE_NAMES,
    doc: 'The loss surface: a round bowl, an elongated valley (zig-zag), two minima, or Rosenbrock’s banana.',
  }),
  start: customProp<Start>({
    type: 'point',
    default: null,
    doc: 'Where every run starts; clicking the contour map sets it. auto: the surface’s own start.',
    range: `"x, y" with each coordinate within ±${START_LIMIT}, or auto`,
    parse: parseStart,
    format: (v) => (v ? `${formatNumber(v[0])}, ${formatNumber(v[1])}` : 'auto'),
    check: checkStart,
    equals: (a, b) => a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1]),
  }),
  rates: customProp<readonly number[]>({
    type: 'list of numbers',
    default: [0.02, 0.1, 0.25],
    doc: 'The learning rate η of each run, side by side (one colour each).',
    range: `1 to ${MAX_RUNS} numbers from ${RATE_MIN} to ${RATE_MAX}, separated by commas`,
    parse: parseRates,
    format: (v) => v.map(formatNumber).join(', '),
    check: checkRates,
    equals: (a, b) => a.length === b.length && a.every((x, k) => x === b[k]),
  }),
  momentum: numberProp({
    default: 0,
    min: 0,
    max: 0.99,
    doc: 'Momentum β for every run: v ← βv + ∇L, θ ← θ − ηv (0 is plain gradient descent).',
  }),
  steps: numberProp({
    default: 0,
    min: 0,
    max: MAX_STEPS,
    integer: true,
    doc: 'How many steps the runs have taken; Play and Step advance it.',
  }),
  selected: numberProp({
    default: 1,
    min: 1,
    max: MAX_RUNS,
    integer: true,
    doc: 'The run (1 = first rate) whose numbers the live formula shows.',
  }),
  speed: numberProp({ default: 8, min: 1, max: 60, doc: 'Steps per second while playing.' }),
  controls: booleanProp({
    default: true,
    doc: 'Show the surface menu, the rate and momentum inputs and the play buttons.',
  }),
  formula: booleanProp({ default: true, doc: 'Show the live update formula of the selected run.' }),
  azimuth: numberProp({
    default: -60,
    min: -180,
    max: 180,
    doc: 'Direction the 3D view looks from, in degrees around the vertical axis; dragging the view turns it.',
  }),
  elevation: numberProp({
    default: 35,
    min: 5,
    max: 85,
    doc: 'Height of the 3D viewpoint in degrees above the floor.',
  }),
};

export type DescentState = StateOf<typeof DESCENT_PROPS>;

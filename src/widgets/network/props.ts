/**
 * The property table of `<lumen-network>`: the dataset, the network's shape, the training
 * settings and what is on screen. Everything a shared link needs to show the same run is here:
 * the seed fixes the points, the split, the initial weights and the batch order.
 */
import {
  booleanProp,
  customProp,
  enumProp,
  fail,
  formatNumber,
  numberProp,
  ok,
  type ParseResult,
  type StateOf,
} from '../../ui/props';
import { FEATURES, XY, featuresProblem, type Feature } from '../../math/nn/features';

export const DATASETS = ['circle', 'xor', 'gauss', 'spiral'] as const;
export const ACTIVATIONS = ['tanh', 'relu', 'sigmoid', 'linear'] as const;

export const MAX_LAYERS = 4;
export const MAX_NEURONS = 8;
/** Points the learner may add by clicking (a URL must stay short enough to share). */
export const MAX_ADDED = 60;
/** The plane shown and sampled: [-EXTENT, EXTENT]² (the datasets live in [-6, 6]²). */
export const EXTENT = 6;

// ---- hidden layers ----------------------------------------------------------------------------

const HIDDEN_RANGE = `up to ${MAX_LAYERS} layer widths of 1 … ${MAX_NEURONS} neurons, such as "4,2", or none (the inputs feed the output)`;

export function checkHidden(v: unknown): ParseResult<readonly number[]> {
  if (!Array.isArray(v)) return fail(`must be a list of ${HIDDEN_RANGE}`);
  if (v.length > MAX_LAYERS) return fail(`must have 0 to ${MAX_LAYERS} hidden layers`);
  for (const n of v as unknown[])
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_NEURONS)
      return fail(`every layer needs a whole number of 1 … ${MAX_NEURONS} neurons`);
  return ok(Object.freeze([...(v as number[])]));
}

export function parseHidden(text: string): ParseResult<readonly number[]> {
  if (text.trim().toLowerCase() === 'none') return ok(Object.freeze([]));
  const parts = text
    .trim()
    .split(/[\s,;]+/)
    .filter((p) => p !== '');
  if (parts.length === 0) return fail(`expected ${HIDDEN_RANGE}`);
  if (!parts.every((p) => /^\d+$/.test(p))) return fail(`expected ${HIDDEN_RANGE}`);
  return checkHidden(parts.map(Number));
}

const sameList = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

// ---- input features ------------------------------------------------------------------------------

const FEATURES_RANGE = `1 to ${FEATURES.length} of ${FEATURES.join(', ')} separated by spaces, such as "x y xy"`;

export function checkFeatures(v: unknown): ParseResult<readonly Feature[]> {
  if (!Array.isArray(v)) return fail(`must be a list of ${FEATURES_RANGE}`);
  const problem = featuresProblem(v as unknown[]);
  if (problem) return fail(problem);
  // Kept in the table's order, so "y x" and "x y" are one network and the diagram reads the same.
  return ok(Object.freeze(FEATURES.filter((f) => (v as unknown[]).includes(f))));
}

export function parseFeatures(text: string): ParseResult<readonly Feature[]> {
  const parts = text
    .trim()
    .toLowerCase()
    .split(/[\s,+]+/)
    .filter((p) => p !== '');
  return checkFeatures(parts);
}

// ---- points added by the learner ----------------------------------------------------------------

export interface AddedPoint {
  readonly x: number;
  readonly y: number;
  readonly label: 1 | -1;
}

const ADDED_RANGE = `up to ${MAX_ADDED} points "x y +" or "x y -" separated by ";", with x and y in −${EXTENT} … ${EXTENT}`;

export function checkAdded(v: unknown): ParseResult<readonly AddedPoint[]> {
  if (!Array.isArray(v)) return fail(`must be a list of { x, y, label } points`);
  if (v.length > MAX_ADDED) return fail(`must hold at most ${MAX_ADDED} points`);
  const out: AddedPoint[] = [];
  for (const p of v as unknown[]) {
    const q = p as Partial<AddedPoint> | null;
    if (typeof q !== 'object' || q === null) return fail('every point must be { x, y, label }');
    const { x, y, label } = q;
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
      return fail('every point needs finite x and y');
    if (Math.abs(x) > EXTENT || Math.abs(y) > EXTENT)
      return fail(`x and y must lie in −${EXTENT} … ${EXTENT}`);
    if (label !== 1 && label !== -1) return fail('label must be 1 or -1');
    out.push(Object.freeze({ x: round2(x), y: round2(y), label }));
  }
  return ok(Object.freeze(out));
}

/** Two decimals: finer than a pixel of the plot, and short in a URL. */
function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

export function parseAdded(text: string): ParseResult<readonly AddedPoint[]> {
  const t = text.trim();
  if (t === '' || t === 'none') return ok(Object.freeze([]));
  const items = t
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const points: AddedPoint[] = [];
  for (const item of items) {
    const m = /^(-?\d+(?:\.\d+)?)[\s,]+(-?\d+(?:\.\d+)?)[\s,]+([+-])$/.exec(item);
    if (!m) return fail(`expected ${ADDED_RANGE}`);
    points.push({ x: Number(m[1]), y: Number(m[2]), label: m[3] === '+' ? 1 : -1 });
  }
  return checkAdded(points);
}

export function formatAdded(v: readonly AddedPoint[]): string {
  return v.length === 0
    ? 'none'
    : v.map((p) => `${formatNumber(p.x)} ${formatNumber(p.y)} ${p.label > 0 ? '+' : '-'}`).join('; ');
}

// ---- the selected weight ---------------------------------------------------------------------------

/** A weight: layer l (1 = input → first hidden layer), the neuron it feeds (to) and the one it comes from (from), all 1-based. */
export interface EdgeRef {
  readonly layer: number;
  readonly to: number;
  readonly from: number;
}

const EDGE_RANGE =
  'auto, or layer.to.from counted from 1, such as "1.2.1" (layer 1 joins the inputs to the first hidden layer)';

export function checkEdge(v: unknown): ParseResult<EdgeRef | null> {
  if (v === null) return ok(null);
  const e = v as Partial<EdgeRef>;
  if (typeof v !== 'object') return fail(`must be null (auto) or { layer, to, from }`);
  const whole = (n: unknown, max: number): boolean =>
    typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= max;
  if (!whole(e.layer, MAX_LAYERS + 1) || !whole(e.to, MAX_NEURONS) || !whole(e.from, MAX_NEURONS))
    return fail(`expected ${EDGE_RANGE}`);
  return ok(Object.freeze({ layer: e.layer as number, to: e.to as number, from: e.from as number }));
}

function parseEdge(text: string): ParseResult<EdgeRef | null> {
  const t = text.trim().toLowerCase();
  if (t === '' || t === 'auto') return ok(null);
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(t);
  if (!m) return fail(`expected ${EDGE_RANGE}`);
  return checkEdge({ layer: Number(m[1]), to: Number(m[2]), from: Number(m[3]) });
}

export function formatEdge(e: EdgeRef | null): string {
  return e ? `${e.layer}.${e.to}.${e.from}` : 'auto';
}

// ---- the table -------------------------------------------------------------------------------------

export const NETWORK_PROPS = {
  dataset: enumProp({
    default: 'circle',
    values: DATASETS,
    doc: 'The points to separate: a disc inside a ring, the four quadrants (xor), two gaussian blobs, or two interleaved spirals.',
  }),
  points: numberProp({
    default: 300,
    min: 20,
    max: 1000,
    integer: true,
    doc: 'How many points the dataset has (train and test together).',
  }),
  noise: numberProp({
    default: 0.1,
    min: 0,
    max: 0.5,
    doc: 'How much the points scatter (0 = clean shapes).',
  }),
  test: numberProp({
    default: 0.5,
    min: 0.1,
    max: 0.9,
    doc: 'The share of the points held out as the test set (drawn hollow, never trained on).',
  }),
  // Not "hidden": that is the HTML attribute that hides any element.
  layers: customProp<readonly number[]>({
    type: 'layers',
    default: Object.freeze([4, 2]),
    doc: 'The hidden layers, one width per layer, or none: the network is its input features → these layers → 1 tanh output.',
    range: HIDDEN_RANGE,
    parse: parseHidden,
    format: (v) => (v.length === 0 ? 'none' : v.join(',')),
    check: checkHidden,
    equals: sameList,
  }),
  features: customProp<readonly Feature[]>({
    type: 'features',
    default: XY,
    doc: 'The inputs of the first layer, TensorFlow Playground’s features: x, y, x2 (x²), y2 (y²), xy, sinx, siny.',
    range: FEATURES_RANGE,
    parse: parseFeatures,
    format: (v) => v.join(' '),
    check: checkFeatures,
    equals: sameList,
  }),
  activation: enumProp({
    default: 'tanh',
    values: ACTIVATIONS,
    doc: 'The activation of every hidden neuron.',
  }),
  rate: numberProp({
    default: 0.03,
    min: 0.00001,
    max: 10,
    doc: 'The learning rate η: each step moves every weight by −η times its gradient.',
  }),
  batch: numberProp({
    default: 10,
    min: 1,
    max: 100,
    integer: true,
    doc: 'Training points per step (one batch); an epoch is one pass over the training set.',
  }),
  l2: numberProp({
    default: 0,
    min: 0,
    max: 1,
    doc: 'L2 regularisation λ: every step also pulls each weight towards 0 by η·λ·w.',
  }),
  seed: numberProp({
    default: 1,
    min: 0,
    max: 999999,
    integer: true,
    doc: 'The seed of the points, the split, the initial weights and the batch order: the same seed replays the same run.',
  }),
  added: customProp<readonly AddedPoint[]>({
    type: 'points',
    default: Object.freeze([]),
    doc: 'Points added by clicking the plot (they join the training set).',
    range: ADDED_RANGE,
    parse: parseAdded,
    format: formatAdded,
    check: checkAdded,
    equals: (a, b) =>
      a.length === b.length &&
      a.every((p, i) => p.x === b[i]?.x && p.y === b[i]?.y && p.label === b[i]?.label),
  }),
  speed: enumProp({
    default: 'watch',
    values: ['watch', 'max'] as const,
    doc: 'watch: one epoch per frame, slow enough to see the boundary move (as in TensorFlow Playground); max: as many batches as the machine can train.',
  }),
  play: booleanProp({
    default: false,
    doc: 'Training runs (on load too, unless the reader prefers reduced motion).',
  }),
  edge: customProp<EdgeRef | null>({
    type: 'weight',
    default: null,
    doc: 'The selected weight, whose gradient and last step the formula writes out; auto is the first weight into the output.',
    range: EDGE_RANGE,
    parse: parseEdge,
    format: formatEdge,
    check: checkEdge,
    equals: (a, b) => formatEdge(a) === formatEdge(b),
  }),
  controls: booleanProp({ default: true, doc: 'Show the dataset and network settings.' }),
  formula: booleanProp({
    default: true,
    doc: 'Show the live gradient and update formula of the selected weight.',
  }),
};

export type NetworkSettings = StateOf<typeof NETWORK_PROPS>;

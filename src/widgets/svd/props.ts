/**
 * The property table of `<lumen-svd>`: one widget, two pictures of the same idea.
 * - mode "svd": a 2x2 matrix turns the unit circle into an ellipse, one factor of A = U Σ Vᵀ at a
 *   time (t = 0 … 3);
 * - mode "pca": a point cloud (seeded, or placed by hand) with its principal axes.
 * Attributes, lesson directives, the page URL and `setState` all land here.
 */
import {
  booleanProp,
  customProp,
  enumProp,
  numberProp,
  type ParseResult,
  type StateOf,
} from '../../ui/props';
import { formatMatrix2, MATRIX_LIMIT, parseMatrix2 } from '../../math/matrix-text';
import { formatNumber, parseNumber } from '../../math/number-text';
import { approxEqual, type Mat2, type Vec2 } from '../../math/mat2';

/** Most points a cloud may have (seeded or by hand): every one is drawn and hit-tested. */
export const MAX_POINTS = 500;
/** Coordinates of hand-placed points stay within ±this, like matrix entries. */
export const POINT_LIMIT = MATRIX_LIMIT;

function checkMatrix(v: unknown): ParseResult<Mat2> {
  if (!Array.isArray(v) || v.length !== 4 || !v.every((x) => typeof x === 'number' && Number.isFinite(x)))
    return { ok: false, error: 'must be an array of 4 finite numbers [a, b, c, d] (rows a b; c d)' };
  if (v.some((x: number) => Math.abs(x) > MATRIX_LIMIT))
    return { ok: false, error: `entries must be between -${MATRIX_LIMIT} and ${MATRIX_LIMIT}` };
  return { ok: true, value: [v[0], v[1], v[2], v[3]] as Mat2 };
}

const POINTS_EXPECTED = 'expected points as "x y; x y; …", like "1 2; 3 4.5"';

/** "x y; x y; …" (spaces or a comma between x and y); "none" (or nothing) is no points. */
export function parsePoints(text: string): ParseResult<readonly Vec2[]> {
  const t = text.trim();
  if (t === '' || t.toLowerCase() === 'none') return { ok: true, value: [] };
  const rows = t.split(';');
  if (rows.length > MAX_POINTS) return { ok: false, error: `at most ${MAX_POINTS} points` };
  const out: Vec2[] = [];
  for (const row of rows) {
    const cells = row.trim().split(/\s*,\s*|\s+/);
    if (cells.length !== 2) return { ok: false, error: POINTS_EXPECTED };
    const x = parseNumber(cells[0] as string);
    const y = parseNumber(cells[1] as string);
    if (x === undefined || y === undefined) return { ok: false, error: POINTS_EXPECTED };
    if (Math.abs(x) > POINT_LIMIT || Math.abs(y) > POINT_LIMIT)
      return { ok: false, error: `coordinates must be between -${POINT_LIMIT} and ${POINT_LIMIT}` };
    out.push([x, y]);
  }
  return { ok: true, value: out };
}

export function formatPoints(points: readonly Vec2[]): string {
  if (!points.length) return 'none';
  return points.map((p) => `${formatNumber(p[0])} ${formatNumber(p[1])}`).join('; ');
}

export function checkPoints(v: unknown): ParseResult<readonly Vec2[]> {
  if (!Array.isArray(v)) return { ok: false, error: 'must be an array of [x, y] pairs' };
  if (v.length > MAX_POINTS) return { ok: false, error: `at most ${MAX_POINTS} points` };
  const out: Vec2[] = [];
  for (const p of v) {
    if (!Array.isArray(p) || p.length !== 2 || !p.every((x) => typeof x === 'number' && Number.isFinite(x)))
      return { ok: false, error: 'must be an array of [x, y] pairs of finite numbers' };
    if (Math.abs(p[0]) > POINT_LIMIT || Math.abs(p[1]) > POINT_LIMIT)
      return { ok: false, error: `coordinates must be between -${POINT_LIMIT} and ${POINT_LIMIT}` };
    out.push([p[0], p[1]]);
  }
  return { ok: true, value: out };
}

function samePoints(a: readonly Vec2[], b: readonly Vec2[]): boolean {
  return a.length === b.length && a.every((p, k) => p[0] === b[k]?.[0] && p[1] === b[k]?.[1]);
}

export const MODES = ['svd', 'pca'] as const;
export type Mode = (typeof MODES)[number];
export const CLOUDS = ['seeded', 'hand'] as const;
export type CloudSource = (typeof CLOUDS)[number];

export const SVD_PROPS = {
  mode: enumProp({
    default: 'svd',
    values: MODES,
    doc: 'svd: a matrix turns the unit circle into an ellipse, one factor at a time; pca: a point cloud and its principal axes.',
  }),
  matrix: customProp<Mat2>({
    type: '2x2 matrix',
    default: [1, 1, 0, 1],
    doc: 'The matrix A = U Σ Vᵀ whose factors the svd mode animates.',
    range: `"a b; c d" or "[[a,b],[c,d]]", entries within ±${MATRIX_LIMIT}`,
    parse: parseMatrix2,
    format: formatMatrix2,
    check: checkMatrix,
    equals: (a, b) => approxEqual(a, b, 0),
  }),
  t: numberProp({
    default: 3,
    min: 0,
    max: 3,
    doc: 'Progress through the factors: 0 the unit circle, 1 after Vᵀ (rotate), 2 after Σ (stretch), 3 after U (rotate): A.',
  }),
  cloud: enumProp({
    default: 'seeded',
    values: CLOUDS,
    doc: 'pca: a seeded random cloud (seed, n, spread1, spread2, angle) or the hand-placed points.',
  }),
  points: customProp<readonly Vec2[]>({
    type: 'points',
    default: [],
    doc: 'pca: the hand-placed points (used when cloud is hand); clicking, dragging and the keyboard edit them.',
    range: `"x y; x y; …" or "none", up to ${MAX_POINTS} points within ±${POINT_LIMIT}`,
    parse: parsePoints,
    format: formatPoints,
    check: checkPoints,
    equals: samePoints,
  }),
  seed: numberProp({
    default: 7,
    min: 0,
    max: 999999,
    integer: true,
    doc: 'pca: the seed of the random cloud (the same seed draws the same cloud).',
  }),
  n: numberProp({
    default: 40,
    min: 2,
    max: MAX_POINTS,
    integer: true,
    doc: 'pca: how many points the random cloud has.',
  }),
  spread1: numberProp({
    default: 2,
    min: 0,
    max: 10,
    doc: 'pca: standard deviation of the random cloud along its long direction.',
  }),
  spread2: numberProp({
    default: 0.6,
    min: 0,
    max: 10,
    doc: 'pca: standard deviation of the random cloud across it.',
  }),
  angle: numberProp({
    default: 30,
    min: -180,
    max: 180,
    doc: 'pca: direction of the random cloud’s long side, in degrees from the x-axis.',
  }),
  projection: booleanProp({ default: false, doc: 'pca: drop every point onto the first principal axis.' }),
  predict: booleanProp({
    default: false,
    doc: 'Predict-first: turn a dial to where you think the longest stretch points (the ellipse’s long axis, or the first principal axis), then reveal.',
  }),
  controls: booleanProp({ default: true, doc: 'Show the inputs, buttons and the time slider.' }),
  formula: booleanProp({
    default: true,
    doc: 'Show the live formula (A = U Σ Vᵀ, or the covariance matrix and its variances).',
  }),
};

export type SvdState = StateOf<typeof SVD_PROPS>;

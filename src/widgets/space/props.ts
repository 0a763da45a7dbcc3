/**
 * The property table of `<lumen-space>`: the single list of its settings. Attributes
 * (`matrix="2 0 0; 0 3 0; 0 0 4"`), lesson directives (`::space{matrix="…" cross=ij}`), the page
 * URL (`?<id>.matrix=2+0+0;0+3+0;0+0+4`) and `el.setState({ matrix: [2,0,0, 0,3,0, 0,0,4] })`
 * all land here.
 */
import { booleanProp, customProp, numberProp, type ParseResult, type StateOf } from '../../ui/props';
import { MATRIX_LIMIT } from '../../math/matrix-text';
import type { Mat3 } from '../../math/mat3';
import { formatMatrix3, parseMatrix3 } from '../../math/matrix-text';

function checkMatrix(v: unknown): ParseResult<Mat3> {
  if (!Array.isArray(v) || v.length !== 9 || !v.every((x) => typeof x === 'number' && Number.isFinite(x)))
    return { ok: false, error: 'must be an array of 9 finite numbers, row by row (a b c; d e f; g h i)' };
  if (v.some((x: number) => Math.abs(x) > MATRIX_LIMIT))
    return { ok: false, error: `entries must be between -${MATRIX_LIMIT} and ${MATRIX_LIMIT}` };
  return { ok: true, value: [...v] as unknown as Mat3 };
}

/** Which two transformed basis vectors the cross-product arrow multiplies, or none. */
export const CROSS_PAIRS = ['none', 'ij', 'jk', 'ki'] as const;
export type CrossPair = (typeof CROSS_PAIRS)[number];

function checkCross(v: unknown): ParseResult<CrossPair> {
  return typeof v === 'string' && (CROSS_PAIRS as readonly string[]).includes(v)
    ? { ok: true, value: v as CrossPair }
    : { ok: false, error: `must be one of ${CROSS_PAIRS.join(', ')}` };
}

export const SPACE_PROPS = {
  matrix: customProp<Mat3>({
    type: '3x3 matrix',
    default: [1, 1, 0, 0, 1, 0, 0, 0, 1],
    doc: 'The transformation: its columns are where î, ĵ and k̂ land.',
    range: `"a b c; d e f; g h i" or "[[a,b,c],[d,e,f],[g,h,i]]", entries within ±${MATRIX_LIMIT}`,
    parse: parseMatrix3,
    format: formatMatrix3,
    check: checkMatrix,
    equals: (a, b) => a.length === b.length && a.every((x, k) => x === b[k]),
  }),
  t: numberProp({
    default: 1,
    min: 0,
    max: 1,
    doc: 'How far the picture has moved from the identity (0) to the matrix (1); Play animates it.',
  }),
  determinant: booleanProp({
    default: true,
    doc: 'Show the unit cube becoming a parallelepiped, with its signed volume, the determinant.',
  }),
  cross: customProp<CrossPair>({
    type: 'one of',
    default: 'none',
    doc: 'Show the cross product of two transformed basis vectors (ij: î × ĵ), its length the area they span.',
    range: 'none | ij | jk | ki (a bare attribute means ij)',
    // A bare `cross` attribute or directive means the classic î × ĵ.
    parse: (text) => {
      const t = text.trim().toLowerCase();
      if (t === '' || t === 'true') return { ok: true, value: 'ij' };
      if (t === 'false') return { ok: true, value: 'none' };
      return checkCross(t);
    },
    format: (v) => v,
    check: checkCross,
    equals: (a, b) => a === b,
  }),
  predict: booleanProp({
    default: false,
    doc: 'Predict-first: the learner types the determinant they expect (the signed volume) before the cube is transformed.',
  }),
  controls: booleanProp({
    default: true,
    doc: 'Show the matrix input, presets, Play and the view controls.',
  }),
  formula: booleanProp({ default: true, doc: 'Show the live formula (matrix, determinant, cross product).' }),
  zoom: numberProp({
    default: 1,
    min: 0.25,
    max: 8,
    doc: 'Magnification: at 1 the whole picture fits (the cube before and after, the tips, the cross product); 2 is twice as close.',
  }),
  azimuth: numberProp({
    default: 30,
    min: -180,
    max: 180,
    doc: 'Viewing direction around the vertical z-axis, in degrees from the x-axis; dragging the view turns it.',
  }),
  elevation: numberProp({
    default: 20,
    min: -85,
    max: 85,
    doc: 'Viewing height in degrees above the xy-plane (negative: from below).',
  }),
};

export type SpaceState = StateOf<typeof SPACE_PROPS>;

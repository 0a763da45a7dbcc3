/**
 * The property table of `<lumen-plane>`: the single list of its settings. Attributes
 * (`matrix="1 1; 0 1"`), lesson directives (`::plane{matrix="1 1; 0 1"}`), the page URL
 * (`?<id>.matrix=1+1;0+1`) and `el.setState({ matrix: [1, 1, 0, 1] })` all land here.
 */
import { booleanProp, customProp, enumProp, numberProp, type StateOf } from '../../ui/props';
import { formatMatrix2, MATRIX_LIMIT, parseMatrix2 } from '../../math/matrix-text';
import { approxEqual, type Mat2, type Vec2 } from '../../math/mat2';
import { checkVec2, formatVec2, parseVec2, VECTOR_LIMIT } from './vector-text';

function checkMatrix(v: unknown) {
  if (!Array.isArray(v) || v.length !== 4 || !v.every((x) => typeof x === 'number' && Number.isFinite(x)))
    return { ok: false as const, error: 'must be an array of 4 finite numbers [a, b, c, d] (rows a b; c d)' };
  if (v.some((x: number) => Math.abs(x) > MATRIX_LIMIT))
    return { ok: false as const, error: `entries must be between -${MATRIX_LIMIT} and ${MATRIX_LIMIT}` };
  return { ok: true as const, value: [v[0], v[1], v[2], v[3]] as Mat2 };
}

function matrixProp(o: { default: Mat2; doc: string }) {
  return customProp<Mat2>({
    type: '2x2 matrix',
    default: o.default,
    doc: o.doc,
    range: `"a b; c d" or "[[a,b],[c,d]]", entries within ±${MATRIX_LIMIT}`,
    parse: parseMatrix2,
    format: formatMatrix2,
    check: checkMatrix,
    equals: (a, b) => approxEqual(a, b, 0),
  });
}

function vectorProp(o: { default: Vec2; doc: string }) {
  return customProp<Vec2>({
    type: '2D vector',
    default: o.default,
    doc: o.doc,
    range: `"x y" or "(x, y)", entries within ±${VECTOR_LIMIT}`,
    parse: (text) => parseVec2(text),
    format: formatVec2,
    check: (v) => checkVec2(v),
    equals: (a, b) => a[0] === b[0] && a[1] === b[1],
  });
}

/** The probe's x, or false for none; a bare attribute (empty text) turns it on at (1, 0), on î. */
function probeProp() {
  return customProp<Vec2 | false>({
    type: '2D vector or false',
    default: false,
    doc:
      'Mode transform: a draggable vector x and its image Ax, drawn live with the numbers in the formula; ' +
      'says when Ax lines up with x (an eigenvector). false: none.',
    range: `"x y" or "(x, y)", entries within ±${VECTOR_LIMIT}; "false" for none; a bare attribute starts at (1, 0)`,
    parse: (text) => {
      const t = text.trim();
      if (t === 'false') return { ok: true, value: false };
      if (t === '' || t === 'true') return { ok: true, value: [1, 0] };
      return parseVec2(t);
    },
    format: (v) => (v === false ? 'false' : formatVec2(v)),
    check: (v) => (v === false ? { ok: true, value: false } : checkVec2(v)),
    equals: (a, b) => (a === false || b === false ? a === b : a[0] === b[0] && a[1] === b[1]),
  });
}

/** What the plane shows; each mode is one file in modes/ and reads the props named in its doc. */
export const MODES = ['transform', 'span', 'composition', 'inverse', 'dot', 'basis', 'eigen'] as const;
export type ModeName = (typeof MODES)[number];

/** The range of the span weights a and b (their sliders use it too). */
export const WEIGHT_LIMIT = 5;

export const PICTURES = ['none', 'house', 'face', 'cloud'] as const;
export type PictureName = (typeof PICTURES)[number];

export const LAYOUTS = ['overlay', 'split'] as const;

export const PLANE_PROPS = {
  mode: enumProp({
    default: 'transform',
    values: MODES,
    doc:
      'What the plane shows: a transformation; the span of v and w; A then B beside B then A; ' +
      'A and its inverse; the dot product of u and v; v in the basis b1, b2; the eigenvectors of A.',
  }),
  matrix: matrixProp({
    default: [1, 1, 0, 1],
    doc: 'The transformation A: its columns are where î and ĵ land (modes transform, composition, inverse, eigen).',
  }),
  second: matrixProp({
    default: [0, -1, 1, 0],
    doc: 'Mode composition: the matrix B; one plot shows A then B (the product BA), the other B then A (AB).',
  }),
  t: numberProp({
    default: 1,
    min: 0,
    max: 1,
    doc:
      'How far Play has run: from the identity (0) to the matrix (1). Composition: A on the first half, then B; ' +
      'inverse: A on the first half, A⁻¹ back on the second; span: a·v, then b·w added.',
  }),
  picture: enumProp({
    default: 'house',
    values: PICTURES,
    doc: 'A picture that moves with the plane (modes transform, composition, inverse); "cloud" is 10,000 seeded points.',
  }),
  eigen: booleanProp({
    default: false,
    doc: 'Mode transform: highlight the real eigenvector lines with their eigenvalues.',
  }),
  determinant: booleanProp({
    default: true,
    doc: 'Modes transform and inverse: shade the unit square and show its signed area, the determinant.',
  }),
  predict: booleanProp({
    default: false,
    doc:
      'Predict-first: the learner drags a guess before the answer is shown (where î lands; span: a·v + b·w; ' +
      'composition: î after A then B; inverse: what lands on î; dot: the shadow; basis: v; eigen: a kept direction).',
  }),
  controls: booleanProp({
    default: true,
    doc: 'Show the inputs of the mode (matrices, presets, weights) and the Play control.',
  }),
  formula: booleanProp({
    default: true,
    doc: 'Show the live formula with the current numbers, coloured like the picture.',
  }),
  zoom: numberProp({
    default: 4,
    min: 1,
    max: 50,
    doc: 'Half the width of the visible plane, in grid units.',
  }),
  spaces: booleanProp({
    default: false,
    doc: 'Mode transform: draw the column space (where everything lands) and the null space (what lands on 0) of A.',
  }),
  probe: probeProp(),
  layout: enumProp({
    default: 'overlay',
    values: LAYOUTS,
    doc:
      'Mode transform: "overlay" moves the plane in one plot; "split" shows the input plane (the grid and x ' +
      'before A) on the left and the output plane (after A, and Ax) on the right, at the same scale; stacked on a phone.',
  }),
  box: booleanProp({
    default: false,
    doc:
      'Mode transform: the box picture of det = ad − bc: the parallelogram of the columns inside the ' +
      '(a+b)×(c+d) box, with the triangles and rectangles that are subtracted (drawn when every entry is ≥ 0).',
  }),
  v: vectorProp({ default: [1, 2], doc: 'Modes span, dot and basis: the vector v (a draggable arrow).' }),
  w: vectorProp({ default: [2, 1], doc: 'Mode span: the vector w, mixed with v.' }),
  a: numberProp({
    default: 1,
    min: -WEIGHT_LIMIT,
    max: WEIGHT_LIMIT,
    doc: 'Mode span: the weight of v in a·v + b·w.',
  }),
  b: numberProp({
    default: 1,
    min: -WEIGHT_LIMIT,
    max: WEIGHT_LIMIT,
    doc: 'Mode span: the weight of w in a·v + b·w.',
  }),
  u: vectorProp({ default: [3, 1], doc: 'Mode dot: the vector u that v casts its shadow on.' }),
  b1: vectorProp({ default: [2, 1], doc: 'Mode basis: the first vector of the other basis.' }),
  b2: vectorProp({ default: [-1, 1], doc: 'Mode basis: the second vector of the other basis.' }),
};

export type PlaneState = StateOf<typeof PLANE_PROPS>;

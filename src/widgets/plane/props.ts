/**
 * The property table of `<lumen-plane>`: the single list of its settings. Attributes
 * (`matrix="1 1; 0 1"`), lesson directives (`::plane{matrix="1 1; 0 1"}`), the page URL
 * (`?<id>.matrix=1+1;0+1`) and `el.setState({ matrix: [1, 1, 0, 1] })` all land here.
 */
import { booleanProp, customProp, enumProp, numberProp, type StateOf } from '../../ui/props';
import { formatMatrix2, MATRIX_LIMIT, parseMatrix2 } from '../../math/matrix-text';
import { approxEqual, type Mat2 } from '../../math/mat2';

function checkMatrix(v: unknown) {
  if (!Array.isArray(v) || v.length !== 4 || !v.every((x) => typeof x === 'number' && Number.isFinite(x)))
    return { ok: false as const, error: 'must be an array of 4 finite numbers [a, b, c, d] (rows a b; c d)' };
  if (v.some((x: number) => Math.abs(x) > MATRIX_LIMIT))
    return { ok: false as const, error: `entries must be between -${MATRIX_LIMIT} and ${MATRIX_LIMIT}` };
  return { ok: true as const, value: [v[0], v[1], v[2], v[3]] as Mat2 };
}

export const PICTURES = ['none', 'house', 'face', 'cloud'] as const;
export type PictureName = (typeof PICTURES)[number];

export const PLANE_PROPS = {
  matrix: customProp<Mat2>({
    type: '2x2 matrix',
    default: [1, 1, 0, 1],
    doc: 'The transformation: its columns are where î and ĵ land.',
    range: `"a b; c d" or "[[a,b],[c,d]]", entries within ±${MATRIX_LIMIT}`,
    parse: parseMatrix2,
    format: formatMatrix2,
    check: checkMatrix,
    equals: (a, b) => approxEqual(a, b, 0),
  }),
  t: numberProp({
    default: 1,
    min: 0,
    max: 1,
    doc: 'How far the picture has moved from the identity (0) to the matrix (1); Play animates it.',
  }),
  picture: enumProp({
    default: 'house',
    values: PICTURES,
    doc: 'A picture drawn on the plane that moves with it; "cloud" is 10,000 seeded points.',
  }),
  eigen: booleanProp({ default: false, doc: 'Highlight the real eigenvector lines with their eigenvalues.' }),
  determinant: booleanProp({ default: true, doc: 'Shade the unit square and show its signed area, the determinant.' }),
  predict: booleanProp({
    default: false,
    doc: 'Predict-first: the learner drags where they think î lands before the transform is revealed.',
  }),
  controls: booleanProp({ default: true, doc: 'Show the matrix input, presets and the Play control.' }),
  formula: booleanProp({ default: true, doc: 'Show the live formula (matrix, determinant, eigenvalues).' }),
  zoom: numberProp({ default: 4, min: 1, max: 50, doc: 'Half the width of the visible plane, in grid units.' }),
};

export type PlaneState = StateOf<typeof PLANE_PROPS>;

/**
 * Practice for linear algebra lessons 1-5: vectors and span, matrix times vector, composition,
 * the determinant, inverse and rank. Numbers are small whole numbers, and every matrix that must
 * be invertible has determinant ±1, so inverses and solutions stay whole.
 */
import type { Random } from '../../math/random';
import {
  int,
  matTex,
  matText,
  n,
  nonzero,
  p,
  pick,
  signed,
  vecTex,
  vecText,
  type PracticeItem,
  type PracticeSet,
} from './item';

export type M = [number, number, number, number];
type V = [number, number];

const mul = (a: M, b: M): M => [
  a[0] * b[0] + a[1] * b[2],
  a[0] * b[1] + a[1] * b[3],
  a[2] * b[0] + a[3] * b[2],
  a[2] * b[1] + a[3] * b[3],
];
const apply = (a: M, v: V): V => [a[0] * v[0] + a[1] * v[1], a[2] * v[0] + a[3] * v[1]];
const det = (a: M): number => a[0] * a[3] - a[1] * a[2];
const same = (a: readonly number[], b: readonly number[]): boolean => a.every((x, i) => x === b[i]);

/** Small whole entries in −r … r. */
function matrix(rng: Random, r = 3): M {
  return [int(rng, -r, r), int(rng, -r, r), int(rng, -r, r), int(rng, -r, r)];
}

function vector(rng: Random, r = 3): V {
  return [int(rng, -r, r), int(rng, -r, r)];
}

/** A vector other than (0, 0). */
function nonzeroVector(rng: Random, r = 3): V {
  for (;;) {
    const v = vector(rng, r);
    if (v[0] !== 0 || v[1] !== 0) return v;
  }
}

/** A matrix with determinant ±1 and no zero row, as a product of two shears (and maybe a flip). */
export function unimodular(rng: Random): M {
  for (;;) {
    const s = nonzero(rng, -2, 2);
    const t = int(rng, -2, 2);
    const flip = pick(rng, [1, -1]);
    const m = mul([1, s, 0, 1], [1, 0, t, 1]);
    const out: M = [m[0], m[1], m[2] * flip, m[3] * flip];
    if (!same(out, [1, 0, 0, 1]) && out.some((x, i) => x !== 0 && (i === 1 || i === 2))) return out;
  }
}

/** A matrix whose product with others is not symmetric by accident: AB ≠ BA. */
function nonCommuting(rng: Random): [M, M] {
  for (;;) {
    const a = matrix(rng, 2);
    const b = matrix(rng, 2);
    if (!same(mul(a, b), mul(b, a)) && det(a) !== 0 && det(b) !== 0) return [a, b];
  }
}

const vecSum: (rng: Random) => PracticeItem = (rng) => {
  const a = nonzero(rng, -3, 3);
  const b = nonzero(rng, -3, 3);
  const u = nonzeroVector(rng);
  const v = nonzeroVector(rng);
  const w: V = [a * u[0] + b * v[0], a * u[1] + b * v[1]];
  return {
    kind: 'combination',
    prompt: `With u = ${vecText(u)} and v = ${vecText(v)}, compute the combination:`,
    tex: `${n(a)}\\,u ${signed(b)}\\,v`,
    text: `With u = ${vecText(u)} and v = ${vecText(v)}, compute ${n(a)}u + ${p(b)}v.`,
    answerKind: 'vector',
    answer: w,
    tolerance: 0,
    slips: [
      { at: [a * u[0] - b * v[0], a * u[1] - b * v[1]], says: 'The sign of the second term went astray.' },
    ],
    steps: [
      `${n(a)}${vecTex(u)} ${signed(b)}${vecTex(v)} = ${vecTex([a * u[0], a * u[1]])} + ${vecTex([b * v[0], b * v[1]])}`,
      `= ${vecTex(w)}`,
    ],
    given: { a, b, u, v },
  };
};

const coordinates: (rng: Random) => PracticeItem = (rng) => {
  // Basis vectors with determinant ±1, so every whole w has whole coordinates.
  const m = unimodular(rng);
  const b1: V = [m[0], m[2]];
  const b2: V = [m[1], m[3]];
  const c: V = [nonzero(rng, -3, 3), nonzero(rng, -3, 3)];
  const w = apply(m, c);
  return {
    kind: 'coordinates',
    prompt: `Find the numbers (a, b) with a·b₁ + b·b₂ = w, for b₁ = ${vecText(b1)}, b₂ = ${vecText(b2)}, w = ${vecText(w)}:`,
    tex: `a${vecTex(b1)} + b${vecTex(b2)} = ${vecTex(w)}`,
    text: `Find (a, b) with a·${vecText(b1)} + b·${vecText(b2)} = ${vecText(w)}.`,
    answerKind: 'vector',
    answer: c,
    tolerance: 0,
    slips: [{ at: [c[1], c[0]], says: 'Those are the two numbers swapped: a goes with b₁, b with b₂.' }],
    steps: [
      `${n(b1[0])}a ${signed(b2[0])}b = ${n(w[0])}, \\quad ${n(b1[1])}a ${signed(b2[1])}b = ${n(w[1])}`,
      `a = ${n(c[0])}, \\quad b = ${n(c[1])}`,
      `\\text{check: } ${n(c[0])}${vecTex(b1)} ${signed(c[1])}${vecTex(b2)} = ${vecTex(w)}`,
    ],
    given: { b1, b2, w },
  };
};

const spanDimension: (rng: Random) => PracticeItem = (rng) => {
  const u = nonzeroVector(rng);
  const dependent = rng.int(2) === 0;
  const k = nonzero(rng, -3, 3);
  let v: V = [k * u[0], k * u[1]];
  if (!dependent) for (v = nonzeroVector(rng); u[0] * v[1] - u[1] * v[0] === 0;) v = nonzeroVector(rng);
  const d = u[0] * v[1] - u[1] * v[0];
  return {
    kind: 'span-dimension',
    prompt: `The span of u = ${vecText(u)} and v = ${vecText(v)} is a line or the whole plane. Its dimension (1 or 2)?`,
    tex: `\\operatorname{span}\\left\\{${vecTex(u)}, ${vecTex(v)}\\right\\}`,
    text: `Dimension of the span of ${vecText(u)} and ${vecText(v)}?`,
    answerKind: 'number',
    answer: [d === 0 ? 1 : 2],
    tolerance: 0,
    slips: [],
    steps:
      d === 0
        ? [`v = ${n(k)}\\,u`, `\\text{one direction: a line, dimension } 1`]
        : [
            `${n(u[0])}\\cdot${p(v[1])} - ${p(u[1])}\\cdot${p(v[0])} = ${n(d)} \\neq 0`,
            `\\text{not parallel: the whole plane, dimension } 2`,
          ],
    given: { u, v },
  };
};

const matrixTimesVector: (rng: Random) => PracticeItem = (rng) => {
  let a = matrix(rng);
  while (a[1] === a[2]) a = matrix(rng);
  const v = nonzeroVector(rng);
  const w = apply(a, v);
  const t: M = [a[0], a[2], a[1], a[3]];
  return {
    kind: 'matrix-times-vector',
    prompt: 'Where does the matrix send the vector?',
    tex: `${matTex(a)}${vecTex(v)}`,
    text: `Compute ${matText(a)} times ${vecText(v)}.`,
    answerKind: 'vector',
    answer: w,
    tolerance: 0,
    slips: [{ at: apply(t, v), says: 'You read the rows as the columns: each entry is a row of A times v.' }],
    steps: [`${n(v[0])}${vecTex([a[0], a[2]])} ${signed(v[1])}${vecTex([a[1], a[3]])}`, `= ${vecTex(w)}`],
    given: { a, v },
  };
};

const matrixFromColumns: (rng: Random) => PracticeItem = (rng) => {
  let a = matrix(rng);
  while (a[1] === a[2]) a = matrix(rng);
  const e1: V = [a[0], a[2]];
  const e2: V = [a[1], a[3]];
  return {
    kind: 'matrix-from-columns',
    prompt: `A sends (1, 0) to ${vecText(e1)} and (0, 1) to ${vecText(e2)}. Write A (rows separated by ";").`,
    tex: `A${vecTex([1, 0])} = ${vecTex(e1)}, \\quad A${vecTex([0, 1])} = ${vecTex(e2)}`,
    text: `A sends (1, 0) to ${vecText(e1)} and (0, 1) to ${vecText(e2)}; write A.`,
    answerKind: 'matrix',
    answer: a,
    tolerance: 0,
    slips: [{ at: [a[0], a[2], a[1], a[3]], says: 'The images are the columns of A, not its rows.' }],
    steps: [`A = \\begin{pmatrix} A e_1 & A e_2 \\end{pmatrix} = ${matTex(a)}`],
    given: { e1, e2 },
  };
};

const linearity: (rng: Random) => PracticeItem = (rng) => {
  const pu = nonzeroVector(rng);
  const pv = nonzeroVector(rng);
  const a = nonzero(rng, -3, 3);
  const b = nonzero(rng, -3, 3);
  const w: V = [a * pu[0] + b * pv[0], a * pu[1] + b * pv[1]];
  return {
    kind: 'linearity',
    prompt: `A linear map sends u to ${vecText(pu)} and v to ${vecText(pv)}. Where does it send this vector?`,
    tex: `${n(a)}\\,u ${signed(b)}\\,v`,
    text: `Au = ${vecText(pu)}, Av = ${vecText(pv)}; find A(${n(a)}u + ${p(b)}v).`,
    answerKind: 'vector',
    answer: w,
    tolerance: 0,
    slips: [],
    steps: [
      `A(${n(a)}u ${signed(b)}v) = ${n(a)}\\,Au ${signed(b)}\\,Av`,
      `= ${n(a)}${vecTex(pu)} ${signed(b)}${vecTex(pv)} = ${vecTex(w)}`,
    ],
    given: { pu, pv, a, b },
  };
};

const product: (rng: Random) => PracticeItem = (rng) => {
  const [a, b] = nonCommuting(rng);
  const ab = mul(a, b);
  return {
    kind: 'product',
    prompt: 'Multiply the two matrices (rows separated by ";"):',
    tex: `AB = ${matTex(a)}${matTex(b)}`,
    text: `Compute AB with A = ${matText(a)} and B = ${matText(b)}.`,
    answerKind: 'matrix',
    answer: ab,
    tolerance: 0,
    slips: [
      {
        at: mul(b, a),
        says: 'That is BA: in AB, B acts first, so each column of AB is A times a column of B.',
      },
    ],
    steps: [
      `\\text{column 1: } A${vecTex([b[0], b[2]])} = ${vecTex([ab[0], ab[2]])}, \\quad \\text{column 2: } A${vecTex([b[1], b[3]])} = ${vecTex([ab[1], ab[3]])}`,
      `AB = ${matTex(ab)}`,
    ],
    given: { a, b },
  };
};

const thenApply: (rng: Random) => PracticeItem = (rng) => {
  const [a, b] = nonCommuting(rng);
  const ba = mul(b, a);
  return {
    kind: 'first-a-then-b',
    prompt: 'First apply A, then B. Which single matrix does both (rows separated by ";")?',
    tex: `A = ${matTex(a)}, \\quad B = ${matTex(b)}`,
    text: `First A = ${matText(a)}, then B = ${matText(b)}: the matrix of both?`,
    answerKind: 'matrix',
    answer: ba,
    tolerance: 0,
    slips: [
      {
        at: mul(a, b),
        says: 'That is AB, which applies B first. First A, then B is BA: read right to left.',
      },
    ],
    steps: [`x \\mapsto B(Ax) = (BA)x`, `BA = ${matTex(b)}${matTex(a)} = ${matTex(ba)}`],
    given: { a, b },
  };
};

const composedVector: (rng: Random) => PracticeItem = (rng) => {
  const [a, b] = nonCommuting(rng);
  const v = nonzeroVector(rng, 2);
  const bv = apply(b, v);
  const w = apply(a, bv);
  const wrong = apply(b, apply(a, v));
  return {
    kind: 'composed-vector',
    prompt: 'Compute ABv, one matrix at a time:',
    tex: `A = ${matTex(a)}, \\quad B = ${matTex(b)}, \\quad v = ${vecTex(v)}`,
    text: `A = ${matText(a)}, B = ${matText(b)}, v = ${vecText(v)}: compute ABv.`,
    answerKind: 'vector',
    answer: w,
    tolerance: 0,
    slips: same(w, wrong) ? [] : [{ at: wrong, says: 'That is BAv: in ABv, B meets v first.' }],
    steps: [`Bv = ${vecTex(bv)}`, `A(Bv) = ${vecTex(w)}`],
    given: { a, b, v },
  };
};

const determinant: (rng: Random) => PracticeItem = (rng) => {
  let a = matrix(rng, 4);
  // No zero product: with ad = 0, ad + bc and bc − ad would be the same slip.
  while (a[0] * a[3] === 0 || a[1] * a[2] === 0 || det(a) === 0) a = matrix(rng, 4);
  const d = det(a);
  return {
    kind: 'determinant',
    prompt: 'The determinant of this matrix:',
    tex: `\\det ${matTex(a)}`,
    text: `det ${matText(a)}?`,
    answerKind: 'number',
    answer: [d],
    tolerance: 0,
    slips: [
      {
        at: [a[0] * a[3] + a[1] * a[2]],
        says: 'That is ad + bc; the determinant subtracts the second product: ad − bc.',
      },
      { at: [a[1] * a[2] - a[0] * a[3]], says: 'That is bc − ad, the sign turned round: it is ad − bc.' },
    ],
    steps: [
      `ad - bc = ${p(a[0])}\\cdot${p(a[3])} - ${p(a[1])}\\cdot${p(a[2])}`,
      `= ${n(a[0] * a[3])} - ${p(a[1] * a[2])} = ${n(d)}`,
    ],
    given: { a },
  };
};

const area: (rng: Random) => PracticeItem = (rng) => {
  let a = matrix(rng, 3);
  while (det(a) >= 0) a = matrix(rng, 3);
  const d = det(a);
  const s = nonzero(rng, 1, 3);
  return {
    kind: 'area',
    prompt: `A shape of area ${s} goes through this matrix. What is the area of its image?`,
    tex: matTex(a),
    text: `A shape of area ${s} through ${matText(a)}: the area of the image?`,
    answerKind: 'number',
    answer: [Math.abs(d) * s],
    tolerance: 0,
    slips: [
      {
        at: [d * s],
        says: 'An area is never negative: the minus sign of the determinant says the plane is flipped; the area scales by |det|.',
      },
    ],
    steps: [`\\det = ${n(d)}`, `\\text{area} = |{${n(d)}}| \\cdot ${s} = ${n(Math.abs(d) * s)}`],
    given: { a, s },
  };
};

const productDet: (rng: Random) => PracticeItem = (rng) => {
  const da = nonzero(rng, -5, 5);
  const db = nonzero(rng, -5, 5);
  return {
    kind: 'det-of-product',
    prompt: `det A = ${n(da)} and det B = ${n(db)}. What is det(AB)?`,
    tex: `\\det A = ${n(da)}, \\quad \\det B = ${n(db)}, \\quad \\det(AB) = \\,?`,
    text: `det A = ${n(da)}, det B = ${n(db)}: det(AB)?`,
    answerKind: 'number',
    answer: [da * db],
    tolerance: 0,
    slips: [{ at: [da + db], says: 'Determinants multiply: areas scale by one factor, then by the other.' }],
    steps: [`\\det(AB) = \\det A \\cdot \\det B = ${n(da)}\\cdot${p(db)} = ${n(da * db)}`],
    given: { da, db },
  };
};

const scaledDet: (rng: Random) => PracticeItem = (rng) => {
  const d = nonzero(rng, -4, 4);
  const k = pick(rng, [-3, -2, 2, 3]);
  return {
    kind: 'det-of-multiple',
    prompt: `A is a 2×2 matrix with det A = ${n(d)}. What is det(${n(k)}A)?`,
    tex: `\\det(${n(k)}A)`,
    text: `det A = ${n(d)} for a 2×2 A: det(${n(k)}A)?`,
    answerKind: 'number',
    answer: [k * k * d],
    tolerance: 0,
    slips: [
      {
        at: [k * d],
        says: `Both columns are multiplied by ${n(k)}, so the area scales by ${n(k)} twice: k² det A.`,
      },
    ],
    steps: [`\\det(kA) = k^2 \\det A \\text{ in 2D}`, `= ${p(k)}^2 \\cdot ${p(d)} = ${n(k * k * d)}`],
    given: { d, k },
  };
};

const inverse: (rng: Random) => PracticeItem = (rng) => {
  const a = unimodular(rng);
  const d = det(a);
  const inv: M = [a[3] * d, -a[1] * d, -a[2] * d, a[0] * d];
  return {
    kind: 'inverse',
    prompt: `Its determinant is ${n(d)}. Write its inverse (rows separated by ";"):`,
    tex: `${matTex(a)}^{-1}`,
    text: `Inverse of ${matText(a)} (det ${n(d)})?`,
    answerKind: 'matrix',
    answer: inv,
    tolerance: 0,
    slips: [
      {
        at: [a[3] * d, a[1] * d, a[2] * d, a[0] * d],
        says: 'Swap the diagonal, and also change the sign of the other two entries.',
      },
      ...(d === -1
        ? [
            {
              at: [a[3], -a[1], -a[2], a[0]],
              says: 'Divide by the determinant, −1 here: every sign turns round.',
            },
          ]
        : []),
    ],
    steps: [
      `\\frac{1}{ad - bc}\\begin{pmatrix} d & -b \\\\ -c & a \\end{pmatrix} = \\frac{1}{${n(d)}}${matTex([a[3], -a[1], -a[2], a[0]])}`,
      `= ${matTex(inv)}`,
    ],
    given: { a },
  };
};

const solve: (rng: Random) => PracticeItem = (rng) => {
  const a = unimodular(rng);
  const x: V = [nonzero(rng, -3, 3), nonzero(rng, -3, 3)];
  const b = apply(a, x);
  const wrong = apply(a, b);
  return {
    kind: 'solve',
    prompt: `Solve Ax = b for x, with b = ${vecText(b)}:`,
    tex: `${matTex(a)}x = ${vecTex(b)}`,
    text: `Solve ${matText(a)} x = ${vecText(b)}.`,
    answerKind: 'vector',
    answer: x,
    tolerance: 0,
    slips: same(wrong, x) ? [] : [{ at: wrong, says: 'That is Ab: to undo A, multiply by A⁻¹, not by A.' }],
    steps: [
      `x = A^{-1}b = ${matTex([a[3] * det(a), -a[1] * det(a), -a[2] * det(a), a[0] * det(a)])}${vecTex(b)}`,
      `= ${vecTex(x)}`,
    ],
    given: { a, b },
  };
};

const rank: (rng: Random) => PracticeItem = (rng) => {
  const u = nonzeroVector(rng);
  const singular = rng.int(2) === 0;
  let a: M;
  if (singular) {
    const k = nonzero(rng, -2, 2);
    a = [u[0], k * u[0], u[1], k * u[1]];
  } else {
    a = matrix(rng);
    while (det(a) === 0) a = matrix(rng);
  }
  const r = det(a) === 0 ? 1 : 2;
  return {
    kind: 'rank',
    prompt: 'The rank of this matrix (the dimension of its column space)?',
    tex: `\\operatorname{rank} ${matTex(a)}`,
    text: `Rank of ${matText(a)}?`,
    answerKind: 'number',
    answer: [r],
    tolerance: 0,
    slips: [],
    steps:
      r === 1
        ? [
            `\\det = ${n(a[0])}\\cdot${p(a[3])} - ${p(a[1])}\\cdot${p(a[2])} = 0`,
            `\\text{the columns are parallel: rank } 1`,
          ]
        : [`\\det = ${n(det(a))} \\neq 0`, `\\text{the columns span the plane: rank } 2`],
    given: { a },
  };
};

const makeSingular: (rng: Random) => PracticeItem = (rng) => {
  const a = nonzero(rng, -3, 3);
  const m = nonzero(rng, -3, 3);
  const c = nonzero(rng, -3, 3);
  const b = a * m;
  const k = (b * c) / a;
  return {
    kind: 'make-singular',
    prompt: 'Which value of k makes this matrix singular (not invertible)?',
    tex: `\\begin{pmatrix} ${n(a)} & ${n(b)} \\\\ ${n(c)} & k \\end{pmatrix}`,
    text: `k such that [${n(a)} ${n(b)}; ${n(c)} k] is singular?`,
    answerKind: 'number',
    answer: [k],
    tolerance: 0,
    slips: [{ at: [-k], says: 'Set ad − bc = 0: the sign of k follows bc/a.' }],
    steps: [`${n(a)}k - ${p(b)}\\cdot${p(c)} = 0`, `k = ${n(b * c)} / ${p(a)} = ${n(k)}`],
    given: { a, b, c },
  };
};

export const LA_FIRST: Readonly<Record<string, PracticeSet>> = {
  'la-01': { title: 'Vectors, span and basis', generators: [vecSum, coordinates, spanDimension] },
  'la-02': {
    title: 'Matrices are transformations',
    generators: [matrixTimesVector, matrixFromColumns, linearity],
  },
  'la-03': { title: 'Composition is multiplication', generators: [product, thenApply, composedVector] },
  'la-04': { title: 'The determinant', generators: [determinant, area, productDet, scaledDet] },
  'la-05': { title: 'Inverse and rank', generators: [inverse, solve, rank, makeSingular] },
};

/**
 * Practice for linear algebra lessons 6-10: dot product and projection, change of basis,
 * eigenvalues, 3D, and the singular values of nearly diagonal matrices. Whole numbers, with
 * lengths taken from Pythagorean triples so that cosines and lengths come out exact.
 */
import type { Random } from '../../math/random';
import { unimodular } from './la-first';
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

type V = [number, number];

/** Vectors with whole lengths: (3, 4) has length 5. */
const PYTHAGOREAN: readonly V[] = [
  [3, 4],
  [4, 3],
  [-3, 4],
  [4, -3],
  [5, 12],
  [12, 5],
  [-5, 12],
  [6, 8],
  [8, -6],
  [1, 0],
  [0, 2],
  [-2, 0],
  [0, -3],
];

const dot = (u: readonly number[], v: readonly number[]): number => u.reduce((s, x, i) => s + x * v[i]!, 0);

function vector(rng: Random, r = 4): V {
  for (;;) {
    const v: V = [int(rng, -r, r), int(rng, -r, r)];
    if (v[0] !== 0 || v[1] !== 0) return v;
  }
}

const dotProduct: (rng: Random) => PracticeItem = (rng) => {
  const u = vector(rng);
  const v = vector(rng);
  const d = dot(u, v);
  return {
    kind: 'dot-product',
    prompt: 'The dot product:',
    tex: `${vecTex(u)} \\cdot ${vecTex(v)}`,
    text: `${vecText(u)} · ${vecText(v)}?`,
    answerKind: 'number',
    answer: [d],
    tolerance: 0,
    slips: [],
    steps: [
      `${p(u[0])}\\cdot${p(v[0])} + ${p(u[1])}\\cdot${p(v[1])}`,
      `= ${n(u[0] * v[0])} ${signed(u[1] * v[1])} = ${n(d)}`,
    ],
    given: { u, v },
  };
};

const projection: (rng: Random) => PracticeItem = (rng) => {
  // v = t·u + s·u⊥, so the projection onto u is exactly t·u.
  let u = vector(rng, 2);
  while (u[0] * u[1] === 0 && Math.abs(u[0] + u[1]) === 1) u = vector(rng, 2);
  const t = nonzero(rng, -2, 2);
  const s = nonzero(rng, -2, 2);
  const v: V = [t * u[0] - s * u[1], t * u[1] + s * u[0]];
  const uu = dot(u, u);
  const uv = dot(u, v);
  const proj: V = [t * u[0], t * u[1]];
  return {
    kind: 'projection',
    prompt: `Project v = ${vecText(v)} onto u = ${vecText(u)}:`,
    tex: `\\operatorname{proj}_u v = \\frac{u \\cdot v}{u \\cdot u}\\,u`,
    text: `Projection of ${vecText(v)} onto ${vecText(u)}?`,
    answerKind: 'vector',
    answer: proj,
    tolerance: 0,
    slips:
      uu === 1
        ? []
        : [{ at: [uv * u[0], uv * u[1]], says: `Divide by u · u = ${uu}: u is not a unit vector.` }],
    steps: [
      `u \\cdot v = ${n(uv)}, \\quad u \\cdot u = ${n(uu)}`,
      `\\frac{${n(uv)}}{${n(uu)}}${vecTex(u)} = ${vecTex(proj)}`,
    ],
    given: { u, v },
  };
};

const cosine: (rng: Random) => PracticeItem = (rng) => {
  const u = pick(rng, PYTHAGOREAN);
  let v = pick(rng, PYTHAGOREAN);
  while (Math.abs(dot(u, v)) === Math.hypot(...u) * Math.hypot(...v)) v = pick(rng, PYTHAGOREAN);
  const lu = Math.hypot(...u);
  const lv = Math.hypot(...v);
  const c = dot(u, v) / (lu * lv);
  return {
    kind: 'cosine',
    prompt: 'The cosine of the angle between the two vectors (to 2 decimals):',
    tex: `u = ${vecTex(u)}, \\quad v = ${vecTex(v)}, \\quad \\cos\\theta = \\frac{u \\cdot v}{|u|\\,|v|}`,
    text: `cos of the angle between ${vecText(u)} and ${vecText(v)}?`,
    answerKind: 'number',
    answer: [c],
    tolerance: 0.01,
    slips: [
      { at: [dot(u, v)], says: `That is u · v before dividing by the lengths, ${n(lu)} and ${n(lv)}.` },
    ],
    steps: [
      `u \\cdot v = ${n(dot(u, v))}, \\quad |u| = ${n(lu)}, \\quad |v| = ${n(lv)}`,
      `\\cos\\theta = \\frac{${n(dot(u, v))}}{${n(lu * lv)}} \\approx ${n(Number(c.toFixed(4)))}`,
    ],
    given: { u, v },
  };
};

const length: (rng: Random) => PracticeItem = (rng) => {
  const k = pick(rng, [1, 2, 3]);
  const base = pick(
    rng,
    PYTHAGOREAN.filter((v) => v[0] !== 0 && v[1] !== 0),
  );
  const v: V = [k * base[0], k * base[1]];
  const l = Math.hypot(...v);
  return {
    kind: 'length',
    prompt: 'The length of the vector:',
    tex: `\\left|${vecTex(v)}\\right|`,
    text: `Length of ${vecText(v)}?`,
    answerKind: 'number',
    answer: [l],
    tolerance: 0,
    slips: [
      {
        at: [Math.abs(v[0]) + Math.abs(v[1])],
        says: 'That adds the entries; the length is the square root of the sum of their squares.',
      },
    ],
    steps: [`\\sqrt{${p(v[0])}^2 + ${p(v[1])}^2} = \\sqrt{${n(dot(v, v))}} = ${n(l)}`],
    given: { v },
  };
};

const toStandard: (rng: Random) => PracticeItem = (rng) => {
  const m = unimodular(rng);
  const b1: V = [m[0], m[2]];
  const b2: V = [m[1], m[3]];
  const c: V = [nonzero(rng, -3, 3), nonzero(rng, -3, 3)];
  const x: V = [c[0] * b1[0] + c[1] * b2[0], c[0] * b1[1] + c[1] * b2[1]];
  const d = m[0] * m[3] - m[1] * m[2];
  const inv = [m[3] * d, -m[1] * d, -m[2] * d, m[0] * d];
  const wrong: V = [inv[0]! * c[0] + inv[1]! * c[1], inv[2]! * c[0] + inv[3]! * c[1]];
  return {
    kind: 'to-standard',
    prompt: `A point has coordinates ${vecText(c)} in the basis b₁ = ${vecText(b1)}, b₂ = ${vecText(b2)}. Its usual coordinates?`,
    tex: `P = \\begin{pmatrix} b_1 & b_2 \\end{pmatrix} = ${matTex(m)}, \\quad [x]_B = ${vecTex(c)}`,
    text: `Coordinates ${vecText(c)} in the basis ${vecText(b1)}, ${vecText(b2)}: usual coordinates?`,
    answerKind: 'vector',
    answer: x,
    tolerance: 0,
    slips: wrong.every((w, i) => w === x[i])
      ? []
      : [{ at: wrong, says: 'That is P⁻¹ applied: from basis coordinates to the usual ones is P itself.' }],
    steps: [`x = P[x]_B = ${n(c[0])}${vecTex(b1)} ${signed(c[1])}${vecTex(b2)}`, `= ${vecTex(x)}`],
    given: { b1, b2, c },
  };
};

const toBasis: (rng: Random) => PracticeItem = (rng) => {
  const m = unimodular(rng);
  const b1: V = [m[0], m[2]];
  const b2: V = [m[1], m[3]];
  const c: V = [nonzero(rng, -3, 3), nonzero(rng, -3, 3)];
  const x: V = [c[0] * b1[0] + c[1] * b2[0], c[0] * b1[1] + c[1] * b2[1]];
  const wrong: V = [m[0] * x[0] + m[1] * x[1], m[2] * x[0] + m[3] * x[1]];
  const d = m[0] * m[3] - m[1] * m[2];
  return {
    kind: 'to-basis',
    prompt: `The point x = ${vecText(x)}: its coordinates in the basis b₁ = ${vecText(b1)}, b₂ = ${vecText(b2)}?`,
    tex: `P = ${matTex(m)}, \\quad [x]_B = P^{-1}${vecTex(x)}`,
    text: `Coordinates of ${vecText(x)} in the basis ${vecText(b1)}, ${vecText(b2)}?`,
    answerKind: 'vector',
    answer: c,
    tolerance: 0,
    slips: wrong.every((w, i) => w === c[i])
      ? []
      : [{ at: wrong, says: 'That is Px; into the basis goes P⁻¹, not P.' }],
    steps: [
      `P^{-1} = ${matTex([m[3] * d, -m[1] * d, -m[2] * d, m[0] * d])}`,
      `P^{-1}${vecTex(x)} = ${vecTex(c)}`,
    ],
    given: { b1, b2, x },
  };
};

const basisMatrix: (rng: Random) => PracticeItem = (rng) => {
  let m = unimodular(rng);
  while (m[1] === m[2]) m = unimodular(rng);
  const b1: V = [m[0], m[2]];
  const b2: V = [m[1], m[3]];
  return {
    kind: 'basis-matrix',
    prompt: `Write P, the matrix that turns coordinates in the basis b₁ = ${vecText(b1)}, b₂ = ${vecText(b2)} into usual ones (rows separated by ";"):`,
    tex: `P${vecTex([1, 0])} = b_1, \\quad P${vecTex([0, 1])} = b_2`,
    text: `P for the basis ${vecText(b1)}, ${vecText(b2)}?`,
    answerKind: 'matrix',
    answer: m,
    tolerance: 0,
    slips: [{ at: [m[0], m[2], m[1], m[3]], says: 'The basis vectors are the columns of P, not its rows.' }],
    steps: [`P = \\begin{pmatrix} b_1 & b_2 \\end{pmatrix} = ${matTex(m)}`],
    given: { b1, b2 },
  };
};

/** A = P·diag(l1, l2)·P⁻¹ with whole P (det ±1): whole entries, eigenvalues l1 > l2. */
function withEigenvalues(rng: Random): {
  a: number[];
  l1: number;
  l2: number;
  p: readonly [number, number, number, number];
} {
  const l1 = int(rng, -1, 4);
  const l2 = l1 - int(rng, 1, 4);
  const m = unimodular(rng);
  const d = m[0] * m[3] - m[1] * m[2];
  const inv = [m[3] * d, -m[1] * d, -m[2] * d, m[0] * d];
  const pd = [m[0] * l1, m[1] * l2, m[2] * l1, m[3] * l2];
  const a = [
    pd[0]! * inv[0]! + pd[1]! * inv[2]!,
    pd[0]! * inv[1]! + pd[1]! * inv[3]!,
    pd[2]! * inv[0]! + pd[3]! * inv[2]!,
    pd[2]! * inv[1]! + pd[3]! * inv[3]!,
  ];
  return { a, l1, l2, p: m };
}

const largestEigenvalue: (rng: Random) => PracticeItem = (rng) => {
  const { a, l1, l2 } = withEigenvalues(rng);
  const tr = a[0]! + a[3]!;
  const det = a[0]! * a[3]! - a[1]! * a[2]!;
  return {
    kind: 'largest-eigenvalue',
    prompt: 'The larger eigenvalue of this matrix (hint: trace and determinant):',
    tex: `A = ${matTex(a)}`,
    text: `Larger eigenvalue of ${matText(a)}?`,
    answerKind: 'number',
    answer: [l1],
    tolerance: 0,
    slips:
      tr === l1 || tr === l2 ? [] : [{ at: [tr], says: 'That is the trace, the sum of both eigenvalues.' }],
    steps: [
      `\\operatorname{tr} A = ${n(tr)}, \\quad \\det A = ${n(det)}`,
      `\\lambda^2 - ${p(tr)}\\lambda ${signed(det)} = (\\lambda ${signed(-l1)})(\\lambda ${signed(-l2)}) = 0`,
      `\\lambda = ${n(l1)} \\text{ or } ${n(l2)}: \\text{ the larger is } ${n(l1)}`,
    ],
    given: { a },
  };
};

const eigenvalueOfVector: (rng: Random) => PracticeItem = (rng) => {
  const { a, l1, l2, p: m } = withEigenvalues(rng);
  const first = rng.int(2) === 0;
  const v: number[] = first ? [m[0], m[2]] : [m[1], m[3]];
  const l = first ? l1 : l2;
  const av = [a[0]! * v[0]! + a[1]! * v[1]!, a[2]! * v[0]! + a[3]! * v[1]!];
  return {
    kind: 'eigenvalue-of-vector',
    prompt: `v = ${vecText(v)} is an eigenvector of A. Its eigenvalue?`,
    tex: `A = ${matTex(a)}, \\quad Av = \\lambda v`,
    text: `A = ${matText(a)}, v = ${vecText(v)}: the eigenvalue of v?`,
    answerKind: 'number',
    answer: [l],
    tolerance: 0,
    slips: [],
    steps: [
      `Av = ${matTex(a)}${vecTex(v)} = ${vecTex(av)}`,
      `= ${n(l)}${vecTex(v)}, \\text{ so } \\lambda = ${n(l)}`,
    ],
    given: { a, v },
  };
};

const triangularEigen: (rng: Random) => PracticeItem = (rng) => {
  const d1 = int(rng, -4, 4);
  let d2 = int(rng, -4, 4);
  while (d2 === d1) d2 = int(rng, -4, 4);
  const b = nonzero(rng, -5, 5);
  const a = [d1, b, 0, d2];
  return {
    kind: 'triangular-eigenvalues',
    prompt: 'The product of the two eigenvalues of this matrix:',
    tex: `A = ${matTex(a)}, \\quad \\lambda_1 \\lambda_2 = \\,?`,
    text: `Product of the eigenvalues of ${matText(a)}?`,
    answerKind: 'number',
    answer: [d1 * d2],
    tolerance: 0,
    slips:
      d1 + d2 === d1 * d2
        ? []
        : [{ at: [d1 + d2], says: 'That is their sum, the trace; the product is the determinant.' }],
    steps: [
      `\\text{triangular: the eigenvalues are the diagonal, } ${n(d1)} \\text{ and } ${n(d2)}`,
      `\\lambda_1\\lambda_2 = \\det A = ${n(d1 * d2)}`,
    ],
    given: { a },
  };
};

const times3: (rng: Random) => PracticeItem = (rng) => {
  const a: number[] = Array.from({ length: 9 }, () => int(rng, -2, 2));
  if (!a.some((x) => x !== 0)) a[int(rng, 0, 8)] = 1;
  const v = [int(rng, -2, 2), int(rng, -2, 2), nonzero(rng, -2, 2)];
  const w = [0, 1, 2].map((r) => a[3 * r]! * v[0]! + a[3 * r + 1]! * v[1]! + a[3 * r + 2]! * v[2]!);
  return {
    kind: 'matrix-times-vector-3d',
    prompt: 'Where does the 3×3 matrix send the vector? (three numbers, e.g. 1, 0, 2)',
    tex: `${matTex(a)}${vecTex(v)}`,
    text: `${matText(a)} times ${vecText(v)}?`,
    answerKind: 'vector',
    answer: w,
    tolerance: 0,
    slips: [],
    steps: [
      `${n(v[0]!)}\\,c_1 ${signed(v[1]!)}\\,c_2 ${signed(v[2]!)}\\,c_3 \\text{ (the columns of the matrix)}`,
      `= ${vecTex(w)}`,
    ],
    given: { a, v },
  };
};

const det3: (rng: Random) => PracticeItem = (rng) => {
  const d = [nonzero(rng, -3, 3), nonzero(rng, -3, 3), nonzero(rng, -3, 3)];
  const a = [d[0]!, int(rng, -4, 4), int(rng, -4, 4), 0, d[1]!, int(rng, -4, 4), 0, 0, d[2]!];
  const vol = d[0]! * d[1]! * d[2]!;
  return {
    kind: 'volume-3d',
    prompt: 'By what factor does this matrix scale volumes (its determinant, with sign)?',
    tex: `\\det ${matTex(a)}`,
    text: `det ${matText(a)}?`,
    answerKind: 'number',
    answer: [vol],
    tolerance: 0,
    slips: [
      {
        at: [d[0]! + d[1]! + d[2]!],
        says: 'That adds the diagonal; a triangular determinant multiplies it.',
      },
    ],
    steps: [
      `\\text{upper triangular: the product of the diagonal}`,
      `${p(d[0]!)}\\cdot${p(d[1]!)}\\cdot${p(d[2]!)} = ${n(vol)}`,
    ],
    given: { a },
  };
};

const cross: (rng: Random) => PracticeItem = (rng) => {
  for (;;) {
    const u = [int(rng, -2, 2), int(rng, -2, 2), int(rng, -2, 2)];
    const v = [int(rng, -2, 2), int(rng, -2, 2), int(rng, -2, 2)];
    const w = [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!];
    if (w.every((x) => x === 0)) continue;
    return {
      kind: 'cross-product',
      prompt: 'The cross product u × v (three numbers):',
      tex: `${vecTex(u)} \\times ${vecTex(v)}`,
      text: `${vecText(u)} × ${vecText(v)}?`,
      answerKind: 'vector',
      answer: w,
      tolerance: 0,
      slips: [
        { at: w.map((x) => -x), says: 'That is v × u: the cross product turns round when the order does.' },
      ],
      steps: [
        `\\begin{pmatrix} ${p(u[1]!)}\\cdot${p(v[2]!)} - ${p(u[2]!)}\\cdot${p(v[1]!)} \\\\ ${p(u[2]!)}\\cdot${p(v[0]!)} - ${p(u[0]!)}\\cdot${p(v[2]!)} \\\\ ${p(u[0]!)}\\cdot${p(v[1]!)} - ${p(u[1]!)}\\cdot${p(v[0]!)} \\end{pmatrix} = ${vecTex(w)}`,
      ],
      given: { u, v },
    };
  }
};

/** diag(a, b), maybe with its columns swapped: singular values |a| and |b| either way. */
function nearlyDiagonal(rng: Random): { m: number[]; a: number; b: number } {
  const a = nonzero(rng, -5, 5);
  let b = nonzero(rng, -5, 5);
  while (Math.abs(b) === Math.abs(a)) b = nonzero(rng, -5, 5);
  const m = rng.int(2) === 0 ? [a, 0, 0, b] : [0, a, b, 0];
  return { m, a, b };
}

const largestSingular: (rng: Random) => PracticeItem = (rng) => {
  const { m, a, b } = nearlyDiagonal(rng);
  const s = Math.max(Math.abs(a), Math.abs(b));
  const signedMax = Math.max(a, b);
  return {
    kind: 'largest-singular-value',
    prompt: 'The largest singular value σ₁ (the longest stretch):',
    tex: `A = ${matTex(m)}`,
    text: `Largest singular value of ${matText(m)}?`,
    answerKind: 'number',
    answer: [s],
    tolerance: 0,
    slips:
      signedMax === s
        ? []
        : [
            {
              at: [signedMax],
              says: 'Singular values are lengths, never negative: compare sizes, not signs.',
            },
          ],
    steps: [
      `A^{\\mathsf T}A = ${matTex(m[1] === 0 ? [a * a, 0, 0, b * b] : [b * b, 0, 0, a * a])}`,
      `\\sigma = \\sqrt{${n(a * a)}}, \\sqrt{${n(b * b)}} = ${n(Math.abs(a))}, ${n(Math.abs(b))}`,
      `\\sigma_1 = ${n(s)}`,
    ],
    given: { m },
  };
};

const smallestSingular: (rng: Random) => PracticeItem = (rng) => {
  const { m, a, b } = nearlyDiagonal(rng);
  const s = Math.min(Math.abs(a), Math.abs(b));
  return {
    kind: 'smallest-singular-value',
    prompt: 'The smallest singular value σ₂ (the shortest stretch):',
    tex: `A = ${matTex(m)}`,
    text: `Smallest singular value of ${matText(m)}?`,
    answerKind: 'number',
    answer: [s],
    tolerance: 0,
    slips:
      Math.min(a, b) === s
        ? []
        : [
            {
              at: [Math.min(a, b)],
              says: 'Singular values are lengths, never negative: compare sizes, not signs.',
            },
          ],
    steps: [
      `\\text{A sends the axes to the axes, stretched by } ${n(Math.abs(a))} \\text{ and } ${n(Math.abs(b))}`,
      `\\sigma_2 = ${n(s)}`,
    ],
    given: { m },
  };
};

const singularProduct: (rng: Random) => PracticeItem = (rng) => {
  let m = [int(rng, -3, 3), int(rng, -3, 3), int(rng, -3, 3), int(rng, -3, 3)];
  while (m[0]! * m[3]! - m[1]! * m[2]! >= 0)
    m = [int(rng, -3, 3), int(rng, -3, 3), int(rng, -3, 3), int(rng, -3, 3)];
  const d = m[0]! * m[3]! - m[1]! * m[2]!;
  return {
    kind: 'singular-product',
    prompt: 'The product σ₁σ₂ of the two singular values (how areas scale):',
    tex: `A = ${matTex(m)}`,
    text: `σ₁σ₂ for ${matText(m)}?`,
    answerKind: 'number',
    answer: [Math.abs(d)],
    tolerance: 0,
    slips: [{ at: [d], says: 'σ₁σ₂ is an area factor, never negative: it is |det A|.' }],
    steps: [
      `\\sigma_1\\sigma_2 = |\\det A| = |${n(m[0]! * m[3]!)} - ${p(m[1]! * m[2]!)}| = ${n(Math.abs(d))}`,
    ],
    given: { m },
  };
};

export const LA_SECOND: Readonly<Record<string, PracticeSet>> = {
  'la-06': { title: 'Dot product and projection', generators: [dotProduct, projection, cosine, length] },
  'la-07': { title: 'Change of basis', generators: [toStandard, toBasis, basisMatrix] },
  'la-08': {
    title: 'Eigenvectors and eigenvalues',
    generators: [largestEigenvalue, eigenvalueOfVector, triangularEigen],
  },
  'la-09': { title: 'Transformations in 3D', generators: [times3, det3, cross] },
  'la-10': { title: 'SVD', generators: [largestSingular, smallestSingular, singularProduct] },
};

/**
 * The x → Ax probe and the determinant's box picture: pure numbers and sentences, no DOM.
 *
 * Probe: the learner drags any vector x and watches its image Ax. When Ax lies on x's own line the
 * probe has found an eigenvector, and says so with the eigenvalue (lesson 8's hunt).
 *
 * Box: 3b1b's picture of det = ad − bc. The columns (a, c) and (b, d) span a parallelogram inside
 * the (a+b)×(c+d) box; the box minus two a·c/2 triangles, two b·d/2 triangles and two b×c
 * rectangles leaves exactly ad − bc.
 */
import { apply, det, type Mat2, type Vec2 } from '../../math/mat2';
import { shortNumber } from '../../math/number-text';
import { clean } from '../../math/number-clean';
import { point } from './words';

const fmt = shortNumber;

/** Ax lines up with x when the angle between them is below this (radians, about 1.1°). */
export const ALIGN_TOL = 0.02;

export type Alignment =
  /** x = 0: no direction to keep. */
  | { readonly kind: 'zero' }
  /** Ax = λx, to within ALIGN_TOL (λ = 0 when Ax is 0: x is in the null space). */
  | { readonly kind: 'eigen'; readonly lambda: number }
  /** Ax points off x's line by `degrees` (0..90, the angle between the lines). */
  | { readonly kind: 'off'; readonly degrees: number };

export function probeImage(m: Mat2, x: Vec2): Vec2 {
  return apply(m, x);
}

/**
 * Whether Ax lies on the line of x. The test is relative (sine of the angle between the lines), so
 * it means the same at every size; a snapped drag reaches exact eigenvectors of whole-number
 * matrices, and the tolerance forgives what a hand cannot hit exactly (e.g. (1, 0.6) for a
 * direction of slope 0.618).
 */
export function alignment(x: Vec2, ax: Vec2, tol = ALIGN_TOL): Alignment {
  const nx = Math.hypot(x[0], x[1]);
  if (!(nx > 1e-12)) return { kind: 'zero' };
  const nax = Math.hypot(ax[0], ax[1]);
  const lambda = clean((x[0] * ax[0] + x[1] * ax[1]) / (x[0] * x[0] + x[1] * x[1]));
  if (nax <= tol * nx) return { kind: 'eigen', lambda: 0 };
  const sine = Math.abs(x[0] * ax[1] - x[1] * ax[0]) / (nx * nax);
  if (sine <= tol) return { kind: 'eigen', lambda };
  return { kind: 'off', degrees: (Math.asin(Math.min(1, sine)) * 180) / Math.PI };
}

/** λ as the probe says it: one decimal at least, so "2.0·x" reads as a factor, not a label. */
export function lambdaText(lambda: number): string {
  const s = fmt(lambda);
  return /^-?\d+$/.test(s) ? `${s}.0` : s;
}

/** The probe's sentence: where x lands, and whether that is an eigenvector. */
export function probeSentence(m: Mat2, x: Vec2): string {
  const ax = probeImage(m, x);
  const a = alignment(x, ax);
  const head = `x = ${point(x)} lands at Ax = ${point(ax)}`;
  switch (a.kind) {
    case 'zero':
      return `${head}: the zero vector goes to zero and has no direction to keep.`;
    case 'eigen':
      return a.lambda === 0
        ? `${head} = 0·x: an eigenvector with eigenvalue 0 (A squashes this direction to nothing).`
        : `${head} = ${lambdaText(a.lambda)}·x: an eigenvector (eigenvalue ${fmt(a.lambda)}).`;
    case 'off':
      return `${head}, turned ${Math.round(a.degrees)}° off the line of x: not an eigenvector.`;
  }
}

// ---- the box picture of det = ad − bc -------------------------------------------------------------

export interface BoxPiece {
  /** What the piece is, for the legend and tests: "a·c/2" etc. */
  readonly name: 'ac/2' | 'bd/2' | 'bc';
  /** Its polygon, plane coordinates. */
  readonly poly: readonly Vec2[];
  /** Its signed area (the formula's term, so the pieces add up for every sign). */
  readonly area: number;
}

export interface Box {
  /** The matrix the picture is drawn for: A, or A with its columns swapped when det A < 0. */
  readonly drawn: Mat2;
  /** The columns came in clockwise order (det < 0) and were swapped to draw the picture. */
  readonly swapped: boolean;
  /** (a+b)(c+d) of `drawn`. */
  readonly rect: number;
  /** The six pieces cut away: rect − Σ areas = det(drawn) = |det A|. */
  readonly pieces: readonly BoxPiece[];
  /** The parallelogram: 0, first column, their sum, second column. */
  readonly parallelogram: readonly Vec2[];
}

/** The six pieces of 3b1b's picture for the columns (a, c) and (b, d) of `m`, with signed areas. */
export function boxPieces(m: Mat2): BoxPiece[] {
  const [a, b, c, d] = m;
  const w = a + b;
  const h = c + d;
  return [
    {
      name: 'ac/2',
      poly: [
        [0, 0],
        [a, 0],
        [a, c],
      ],
      area: (a * c) / 2,
    },
    {
      name: 'bc',
      poly: [
        [a, 0],
        [w, 0],
        [w, c],
        [a, c],
      ],
      area: b * c,
    },
    {
      name: 'bd/2',
      poly: [
        [a, c],
        [w, c],
        [w, h],
      ],
      area: (b * d) / 2,
    },
    {
      name: 'ac/2',
      poly: [
        [w, h],
        [b, h],
        [b, d],
      ],
      area: (a * c) / 2,
    },
    {
      name: 'bc',
      poly: [
        [0, d],
        [b, d],
        [b, h],
        [0, h],
      ],
      area: b * c,
    },
    {
      name: 'bd/2',
      poly: [
        [0, 0],
        [b, d],
        [0, d],
      ],
      area: (b * d) / 2,
    },
  ];
}

/**
 * The box picture for A, or why there is none. The dissection is a true one (the pieces tile the
 * box around the parallelogram) when every entry is ≥ 0 and the columns turn counter-clockwise. A
 * negative determinant with entries ≥ 0 swaps the columns: the picture then shows the area
 * bc − ad = |det A|, and the sign is the flip. With a negative entry the pieces would overlap or
 * leave the box, so no picture is drawn: the formula still holds.
 */
export function boxOf(m: Mat2): { ok: true; box: Box } | { ok: false; reason: string } {
  if (!m.every((x) => Number.isFinite(x))) return { ok: false, reason: 'The matrix is not finite.' };
  if (m.some((x) => x < 0))
    return {
      ok: false,
      reason:
        'The box picture needs every entry ≥ 0 (otherwise its pieces overlap); ad − bc is the signed area all the same.',
    };
  if (det(m) === 0)
    return { ok: false, reason: 'ad − bc = 0: the columns lie on one line and the parallelogram is flat.' };
  const swapped = det(m) < 0;
  const drawn: Mat2 = swapped ? [m[1], m[0], m[3], m[2]] : m;
  const [a, b, c, d] = drawn;
  return {
    ok: true,
    box: {
      drawn,
      swapped,
      rect: (a + b) * (c + d),
      pieces: boxPieces(drawn),
      parallelogram: [
        [0, 0],
        [a, c],
        [a + b, c + d],
        [b, d],
      ],
    },
  };
}

/** "Box 4 × 3 = 12, minus the corners 3 + 2 + 2 = 7, leaves ad − bc = 5." */
export function boxSentence(m: Mat2): string {
  const r = boxOf(m);
  if (!r.ok) return r.reason;
  const { drawn, rect, swapped } = r.box;
  const [a, b, c, d] = drawn;
  const cut = a * c + b * d + 2 * b * c;
  const base =
    `Box ${fmt(a + b)} × ${fmt(c + d)} = ${fmt(rect)}, minus two a·c/2 triangles, two b·d/2 triangles ` +
    `and two b×c rectangles (${fmt(a * c)} + ${fmt(b * d)} + ${fmt(2 * b * c)} = ${fmt(cut)}), leaves ${fmt(rect - cut)}`;
  return swapped
    ? `${base} = bc − ad: the columns turn clockwise, so det A = ad − bc = ${fmt(det(m))}, the same area with a minus sign for the flip.`
    : `${base} = ad − bc = det A.`;
}

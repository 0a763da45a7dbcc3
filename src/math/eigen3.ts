/**
 * Eigenvalues and eigenvectors of 3x3 matrices.
 *
 * General matrices: the characteristic cubic of the matrix scaled by a power of two and shifted
 * by trace/3 (so the λ² term vanishes), solved in trigonometric form when all three roots are
 * real and by Cardano otherwise, each real root then polished by Newton steps. Eigenvectors come
 * from the null space of A − λI, taken as the right singular vector of its smallest singular
 * value (one-sided Jacobi), which is robust even when λ carries rounding error.
 * Symmetric matrices go to cyclic Jacobi rotations: accurate values and orthonormal vectors even
 * for repeated eigenvalues.
 */
import { cross3, normalize3, canonicalSign3, type Mat3, type Vec3 } from './mat3';
import { orthogonalizeColumns3, powerOfTwoScale } from './jacobi';

export interface Complex {
  re: number;
  im: number;
}

export interface Eigen3 {
  /** Three values: the real ones first, descending; then a complex pair, +im before −im. */
  values: Complex[];
  /**
   * A unit vector for each real value, undefined for complex ones. A repeated value gets as many
   * independent directions as its eigenspace has; when it has fewer (a defective matrix such as a
   * shear) the one direction is repeated.
   */
  vectors: (Vec3 | undefined)[];
}

export interface SymmetricEigen3 {
  values: [number, number, number];
  vectors: [Vec3, Vec3, Vec3];
}

/**
 * Values closer than CLUSTER (relative to the largest entry) count as one repeated value, the
 * 3x3 counterpart of eigen2's 2e-6: rounding leaves a double root of the cubic about √ε ≈ 1e-8
 * apart, and the threshold must stay below gaps a learner can type. The same bound decides
 * whether a singular value of A − λI is "zero" (the direction belongs to the eigenspace).
 */
const CLUSTER = 2e-6;
/** (Im λ)² below this (relative to the squared scale) is a real double root, as in eigen2. */
const DISC_EPS = 1e-12;

/** Eigen-decomposition of any real 3x3; a matrix with a non-finite entry gives NaN values. */
export function eigen3(m: Mat3): Eigen3 {
  if (!m.every(Number.isFinite)) {
    return {
      values: [0, 1, 2].map(() => ({ re: Number.NaN, im: 0 })),
      vectors: [undefined, undefined, undefined],
    };
  }
  const k = powerOfTwoScale(m);
  const a = m.map((x) => x / k) as unknown as Mat3;
  if (isSymmetric(a)) {
    const s = symmetricEigen3(a);
    // The right-handed frame of symmetricEigen3 may point v3 against the sign convention.
    return {
      values: s.values.map((re) => ({ re: re * k + 0, im: 0 })),
      vectors: s.vectors.map(canonicalSign3),
    };
  }
  const { reals, pair } = cubicRoots(a);
  reals.sort((x, y) => y - x);
  const values: Complex[] = [];
  const vectors: (Vec3 | undefined)[] = [];
  for (let start = 0; start < reals.length;) {
    let end = start + 1;
    while (end < reals.length && reals[end - 1]! - reals[end]! <= CLUSTER) end++;
    const group = reals.slice(start, end);
    // The mean of a cluster is far more accurate than its members: the split of a multiple root
    // is rounding noise, their sum is not.
    const lambda = group.reduce((x, y) => x + y, 0) / group.length;
    for (const v of eigenvectors(a, lambda, group.length)) {
      values.push({ re: lambda * k + 0, im: 0 });
      vectors.push(v);
    }
    start = end;
  }
  if (pair) {
    values.push({ re: pair.re * k, im: pair.im * k }, { re: pair.re * k, im: -pair.im * k });
    vectors.push(undefined, undefined);
  }
  return { values, vectors };
}

function isSymmetric(a: Mat3): boolean {
  const tol = 4 * Number.EPSILON;
  return Math.abs(a[1] - a[3]) <= tol && Math.abs(a[2] - a[6]) <= tol && Math.abs(a[5] - a[7]) <= tol;
}

/**
 * Roots of det(λI − A) for A with entries of order 1: real roots, and the complex pair if any.
 */
function cubicRoots(a: Mat3): { reals: number[]; pair?: Complex } {
  const shift = (a[0] + a[4] + a[8]) / 3;
  const b = [a[0] - shift, a[1], a[2], a[3], a[4] - shift, a[5], a[6], a[7], a[8] - shift] as const;
  // det(μI − B) = μ³ + pμ + q, with p the sum of B's principal 2x2 minors and q = −det B
  // (B = A − shift·I has trace 0, so there is no μ² term).
  const p = b[0] * b[4] - b[1] * b[3] + (b[0] * b[8] - b[2] * b[6]) + (b[4] * b[8] - b[5] * b[7]);
  const q = -(
    b[0] * (b[4] * b[8] - b[5] * b[7]) -
    b[1] * (b[3] * b[8] - b[5] * b[6]) +
    b[2] * (b[3] * b[7] - b[4] * b[6])
  );
  const f = (x: number): number => (x * x + p) * x + q;
  const polish = (x: number): number => {
    let best = x;
    for (let i = 0; i < 3; i++) {
      const d = 3 * best * best + p;
      if (d === 0) break;
      const next = best - f(best) / d;
      if (!(Math.abs(f(next)) < Math.abs(f(best)))) break;
      best = next;
    }
    return best;
  };
  // With entries of order 1, roots of μ³ + pμ + q this close to 0 (below 1e-66) are far inside
  // the ε-level uncertainty of any eigenvalue, and p, q would underflow in the formulas below.
  if (Math.abs(p) < 1e-200 && Math.abs(q) < 1e-200) return { reals: [shift, shift, shift] };
  const disc = (q / 2) ** 2 + (p / 3) ** 3;
  if (disc <= 0 && p < 0) {
    // Three real roots: μ = 2t·cos(φ/3 − 2πj/3) with t = √(−p/3) and cos φ = −q / (2t³), the
    // stable trigonometric form (t³ divided out one factor at a time, so it cannot underflow).
    const t = Math.sqrt(-p / 3);
    const c = Math.min(1, Math.max(-1, -q / t / t / t / 2));
    const phi = Math.acos(c);
    const roots = [0, 1, 2].map((j) => polish(2 * t * Math.cos(phi / 3 - (2 * Math.PI * j) / 3)));
    return { reals: roots.map((x) => x + shift) };
  }
  // One real root by Cardano, taking the cube root without cancellation (the term of larger
  // magnitude) and the other one from u·v = −p/3.
  const sq = Math.sqrt(disc);
  const u = Math.cbrt(-q / 2 - (q >= 0 ? sq : -sq));
  const v = u === 0 ? 0 : -p / (3 * u);
  const root = polish(u + v);
  // Deflate: μ³ + pμ + q = (μ − root)(μ² + root·μ + p + root²); the quadratic's roots are
  // −root/2 ± √d with d = −p − ¾root².
  const d = -p - 0.75 * root * root;
  const re = -root / 2;
  if (d < -DISC_EPS) return { reals: [root + shift], pair: { re: re + shift, im: Math.sqrt(-d) } };
  const s = Math.sqrt(Math.max(0, d));
  return { reals: [root + shift, re + s + shift, re - s + shift] };
}

/**
 * `count` unit vectors for the eigenvalue λ of multiplicity `count`: the right singular vectors
 * of A − λI whose singular values are (relatively) zero, at least one of them, repeated when the
 * eigenspace is smaller than the multiplicity.
 */
function eigenvectors(a: Mat3, lambda: number, count: number): Vec3[] {
  const shifted = [
    a[0] - lambda,
    a[1],
    a[2],
    a[3],
    a[4] - lambda,
    a[5],
    a[6],
    a[7],
    a[8] - lambda,
  ] as unknown as Mat3;
  const { w, v, scale } = orthogonalizeColumns3(shifted);
  const order = [0, 1, 2].sort((x, y) => Math.hypot(...w[x]!) - Math.hypot(...w[y]!));
  const zero = order.filter((i) => Math.hypot(...w[i]!) * scale <= CLUSTER).length;
  const dims = Math.min(count, Math.max(1, zero));
  const basis = order.slice(0, dims).map((i) => v[i]!);
  if (dims === 1) basis[0] = canonicalSign3(normalize3(basis[0]!));
  else if (dims === 2) {
    basis[0] = canonicalSign3(normalize3(basis[0]!));
    basis[1] = canonicalSign3(normalize3(basis[1]!));
  }
  return Array.from({ length: count }, (_, i) => basis[Math.min(i, dims - 1)]!);
}

/**
 * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations. Values descending;
 * vectors orthonormal and right-handed (v3 = v1 × v2), v1 and v2 with their first clearly
 * non-zero component positive. A non-symmetric input is replaced by its symmetric part (A + Aᵀ)/2.
 */
export function symmetricEigen3(m: Mat3): SymmetricEigen3 {
  if (!m.every(Number.isFinite))
    return {
      values: [Number.NaN, Number.NaN, Number.NaN],
      vectors: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
    };
  const k = powerOfTwoScale(m);
  const a = [
    [m[0] / k, (m[1] + m[3]) / 2 / k, (m[2] + m[6]) / 2 / k],
    [0, m[4] / k, (m[5] + m[7]) / 2 / k],
    [0, 0, m[8] / k],
  ];
  a[1]![0] = a[0]![1]!;
  a[2]![0] = a[0]![2]!;
  a[2]![1] = a[1]![2]!;
  const v = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ];
  const pairs = [
    [0, 1],
    [0, 2],
    [1, 2],
  ] as const;
  for (let sweep = 0; sweep < 50; sweep++) {
    const off = Math.hypot(a[0]![1]!, a[0]![2]!, a[1]![2]!);
    const diag = Math.hypot(a[0]![0]!, a[1]![1]!, a[2]![2]!);
    if (off <= 1e-18 * (diag + off) || off === 0) break;
    for (const [p, q] of pairs) {
      const apq = a[p]![q]!;
      if (apq === 0) continue;
      const tau = (a[q]![q]! - a[p]![p]!) / (2 * apq);
      const t = (tau >= 0 ? 1 : -1) / (Math.abs(tau) + Math.hypot(1, tau));
      const c = 1 / Math.hypot(1, t);
      const s = t * c;
      // A ← JᵀAJ with J the rotation in the (p, q) plane; V ← VJ.
      for (let r = 0; r < 3; r++) {
        const x = a[r]![p]!;
        const y = a[r]![q]!;
        a[r]![p] = c * x - s * y;
        a[r]![q] = s * x + c * y;
      }
      for (let r = 0; r < 3; r++) {
        const x = a[p]![r]!;
        const y = a[q]![r]!;
        a[p]![r] = c * x - s * y;
        a[q]![r] = s * x + c * y;
      }
      a[p]![q] = 0;
      a[q]![p] = 0;
      for (let r = 0; r < 3; r++) {
        const x = v[r]![p]!;
        const y = v[r]![q]!;
        v[r]![p] = c * x - s * y;
        v[r]![q] = s * x + c * y;
      }
    }
  }
  const order = [0, 1, 2].sort((x, y) => a[y]![y]! - a[x]![x]!);
  const col = (i: number): Vec3 => [v[0]![i]!, v[1]![i]!, v[2]![i]!];
  const v1 = canonicalSign3(normalize3(col(order[0]!)));
  const v2 = canonicalSign3(normalize3(col(order[1]!)));
  const v3 = normalize3(cross3(v1, v2));
  return {
    values: order.map((i) => a[i]![i]! * k) as [number, number, number],
    vectors: [v1, v2, v3],
  };
}

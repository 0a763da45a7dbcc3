/**
 * Logistic regression from scratch: p = σ(w·x + b), the mean log-loss with an optional L2
 * penalty (λ/2)‖w‖² (the bias is not penalised), its gradient, gradient-descent steps, and a
 * Newton (IRLS) fit to convergence that notices when the two classes are separable, where the
 * loss has no minimum and the weights grow without bound. Pure; no DOM.
 *
 * @example
 * const data = logisticData1d([{ x: -1, y: 0, label: 0 }, { x: 1, y: 1, label: 0 }, { x: 0.5, y: 0, label: 0 }]);
 * logLoss(data, { w: [0], b: 0 }, 0); // log 2 ≈ 0.693: a coin flip for every point
 */
import type { Point } from './points';

export interface LogisticData {
  /** Number of features per point (1 or 2). */
  readonly d: number;
  readonly n: number;
  /** n·d features, row by row. */
  readonly xs: Float64Array;
  /** n targets, 0 or 1. */
  readonly ts: Float64Array;
}

export interface LogisticParams {
  readonly w: readonly number[];
  readonly b: number;
}

/** Two features (x, y); class 1 is the positive class, every other class counts as 0. */
export function logisticData2d(points: readonly Point[]): LogisticData {
  const n = points.length;
  const xs = new Float64Array(2 * n);
  const ts = new Float64Array(n);
  points.forEach((p, i) => {
    xs[2 * i] = p.x;
    xs[2 * i + 1] = p.y;
    ts[i] = p.label === 1 ? 1 : 0;
  });
  return { d: 2, n, xs, ts };
}

/** One feature x; the class is y (0 or 1: the rails of the sigmoid picture). */
export function logisticData1d(points: readonly Point[]): LogisticData {
  const n = points.length;
  return {
    d: 1,
    n,
    xs: Float64Array.from(points, (p) => p.x),
    ts: Float64Array.from(points, (p) => (p.y >= 0.5 ? 1 : 0)),
  };
}

/** The logistic function, without ever taking exp of a large positive number. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** log(1 + eᶻ), exact for large |z| too. */
export function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

function score(data: LogisticData, p: LogisticParams, i: number): number {
  let z = p.b;
  for (let j = 0; j < data.d; j++) z += (p.w[j] as number) * (data.xs[i * data.d + j] as number);
  return z;
}

/** The probability of class 1 at a feature vector. */
export function probability(p: LogisticParams, x: readonly number[]): number {
  let z = p.b;
  x.forEach((v, j) => (z += (p.w[j] ?? 0) * v));
  return sigmoid(z);
}

/**
 * Mean log-loss −(1/n) Σ [t log p + (1 − t) log(1 − p)] plus (λ/2)‖w‖². Written as
 * softplus(z) − t·z, which is the same number without log(0) for confident points.
 */
export function logLoss(data: LogisticData, p: LogisticParams, l2: number): number {
  let s = 0;
  for (let i = 0; i < data.n; i++) {
    const z = score(data, p, i);
    s += softplus(z) - (data.ts[i] as number) * z;
  }
  let penalty = 0;
  for (const w of p.w) penalty += w * w;
  return (data.n ? s / data.n : 0) + (l2 / 2) * penalty;
}

/** ∂loss/∂w_j = (1/n) Σ (p − t) x_j + λ w_j and ∂loss/∂b = (1/n) Σ (p − t). */
export function logLossGradient(data: LogisticData, p: LogisticParams, l2: number): LogisticParams {
  const gw = new Array<number>(data.d).fill(0);
  let gb = 0;
  for (let i = 0; i < data.n; i++) {
    const e = sigmoid(score(data, p, i)) - (data.ts[i] as number);
    gb += e;
    for (let j = 0; j < data.d; j++) gw[j] = (gw[j] as number) + e * (data.xs[i * data.d + j] as number);
  }
  const n = data.n || 1;
  return { w: gw.map((g, j) => g / n + l2 * (p.w[j] as number)), b: gb / n };
}

export function descentStep(data: LogisticData, p: LogisticParams, rate: number, l2: number): LogisticParams {
  const g = logLossGradient(data, p, l2);
  return { w: p.w.map((w, j) => w - rate * (g.w[j] as number)), b: p.b - rate * g.b };
}

/** True when the line (plane) w·x + b = 0 puts every point strictly on its own class's side. */
export function separates(data: LogisticData, p: LogisticParams): boolean {
  if (data.n === 0) return false;
  for (let i = 0; i < data.n; i++) {
    const z = score(data, p, i);
    if ((data.ts[i] as number) === 1 ? !(z > 0) : !(z < 0)) return false;
  }
  return true;
}

/** Share of points on the right side of the 0.5 boundary. */
export function accuracy(data: LogisticData, p: LogisticParams): number {
  if (!data.n) return 0;
  let right = 0;
  for (let i = 0; i < data.n; i++) if (score(data, p, i) >= 0 === ((data.ts[i] as number) === 1)) right++;
  return right / data.n;
}

export type ConvergedFit =
  | {
      readonly kind: 'converged';
      readonly params: LogisticParams;
      readonly iterations: number;
      readonly loss: number;
    }
  /** λ = 0 and a line separates the classes: the loss keeps falling as the weights grow. */
  | {
      readonly kind: 'separable';
      readonly params: LogisticParams;
      readonly iterations: number;
      readonly loss: number;
    }
  | { readonly kind: 'failed'; readonly reason: string };

const MAX_NEWTON = 100;

/**
 * Newton's method (iteratively reweighted least squares): each step solves H·Δ = g with the
 * Hessian H = (1/n) Σ p(1 − p) x̃ x̃ᵀ + λ (on w only), halving the step until the loss falls.
 * Stops when the step is below 1e-10 of the weights' size. Without L2, as soon as an iterate
 * separates the classes the fit stops and says so: from there scaling (w, b) up always lowers
 * the loss, so no finite minimum exists.
 */
export function fitToConvergence(data: LogisticData, l2: number): ConvergedFit {
  if (data.n === 0) return { kind: 'failed', reason: 'there are no points to fit' };
  let ones = 0;
  for (const t of data.ts) ones += t;
  if (l2 === 0 && (ones === 0 || ones === data.n))
    return {
      kind: 'failed',
      reason:
        'every point is in one class: the loss falls forever as the boundary moves away; add a point of the other class or some L2',
    };
  const k = data.d + 1;
  let p: LogisticParams = { w: new Array<number>(data.d).fill(0), b: 0 };
  let loss = logLoss(data, p, l2);
  for (let it = 1; it <= MAX_NEWTON; it++) {
    const g = logLossGradient(data, p, l2);
    const h = hessian(data, p, l2);
    const grad = [...g.w, g.b];
    const delta = solveSmall(h, grad, k);
    if (!delta)
      return {
        kind: 'failed',
        reason:
          'the features are collinear (every point on one line), so the weights are not pinned down; move a point off the line',
      };
    let t = 1;
    let next: LogisticParams = p;
    let nextLoss = loss;
    for (let halvings = 0; halvings < 40; halvings++) {
      next = { w: p.w.map((w, j) => w - t * (delta[j] as number)), b: p.b - t * (delta[k - 1] as number) };
      nextLoss = logLoss(data, next, l2);
      if (nextLoss <= loss) break;
      t /= 2;
    }
    const size = Math.hypot(...delta) * t;
    p = next;
    loss = nextLoss;
    if (l2 === 0 && separates(data, p)) return { kind: 'separable', params: p, iterations: it, loss };
    if (size <= 1e-10 * (1 + Math.hypot(...p.w, p.b)))
      return { kind: 'converged', params: p, iterations: it, loss };
  }
  return { kind: 'converged', params: p, iterations: MAX_NEWTON, loss };
}

function hessian(data: LogisticData, p: LogisticParams, l2: number): number[] {
  const k = data.d + 1;
  const h = new Array<number>(k * k).fill(0);
  const row = new Array<number>(k).fill(1);
  for (let i = 0; i < data.n; i++) {
    const q = sigmoid(score(data, p, i));
    const s = q * (1 - q);
    for (let j = 0; j < data.d; j++) row[j] = data.xs[i * data.d + j] as number;
    row[k - 1] = 1;
    for (let a = 0; a < k; a++)
      for (let c = 0; c < k; c++)
        h[a * k + c] = (h[a * k + c] as number) + (s * (row[a] as number) * (row[c] as number)) / data.n;
  }
  for (let j = 0; j < data.d; j++) h[j * k + j] = (h[j * k + j] as number) + l2;
  return h;
}

/** Gaussian elimination with partial pivoting for a k×k system; undefined when singular. */
export function solveSmall(m: readonly number[], rhs: readonly number[], k: number): number[] | undefined {
  const a = [...m];
  const b = [...rhs];
  let scale = 0;
  for (const v of a) scale = Math.max(scale, Math.abs(v));
  if (!(scale > 0)) return undefined;
  for (let c = 0; c < k; c++) {
    let best = c;
    for (let r = c + 1; r < k; r++)
      if (Math.abs(a[r * k + c] as number) > Math.abs(a[best * k + c] as number)) best = r;
    if (!(Math.abs(a[best * k + c] as number) > 1e-12 * scale)) return undefined;
    if (best !== c) {
      for (let j = 0; j < k; j++)
        [a[c * k + j], a[best * k + j]] = [a[best * k + j] as number, a[c * k + j] as number];
      [b[c], b[best]] = [b[best] as number, b[c] as number];
    }
    for (let r = c + 1; r < k; r++) {
      const f = (a[r * k + c] as number) / (a[c * k + c] as number);
      for (let j = c; j < k; j++) a[r * k + j] = (a[r * k + j] as number) - f * (a[c * k + j] as number);
      b[r] = (b[r] as number) - f * (b[c] as number);
    }
  }
  const x = new Array<number>(k).fill(0);
  for (let r = k - 1; r >= 0; r--) {
    let s = b[r] as number;
    for (let j = r + 1; j < k; j++) s -= (a[r * k + j] as number) * (x[j] as number);
    x[r] = s / (a[r * k + r] as number);
  }
  return x;
}

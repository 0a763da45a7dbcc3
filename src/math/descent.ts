/**
 * Gradient descent on small 2D loss surfaces, as pure math: the surfaces with their exact
 * gradients, one step of gradient descent with momentum as a pure function, whole runs with
 * divergence detection, and the number of steps a run needs to come close.
 *
 * Momentum follows PyTorch's SGD: v_{t+1} = β v_t + ∇L(θ_t), θ_{t+1} = θ_t − η v_{t+1}.
 * With β = 0 that is plain gradient descent, θ_{t+1} = θ_t − η ∇L(θ_t).
 *
 * @example
 * const run = descend(SURFACES.valley, [-1.8, 0.9], { rate: 0.1, momentum: 0 }, 100);
 * run.status;            // 'converged' | 'running' | 'diverged'
 * run.losses[run.steps]; // the last loss
 */

export type Point = readonly [number, number];

export const SURFACE_NAMES = ['bowl', 'valley', 'twomin', 'rosenbrock'] as const;
export type SurfaceName = (typeof SURFACE_NAMES)[number];

export interface Domain {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

export interface Surface {
  readonly name: SurfaceName;
  /** Words for menus and sentences. */
  readonly label: string;
  /** The loss and its exact gradient. */
  loss(x: number, y: number): number;
  gradient(x: number, y: number): Point;
  /** The exact second derivatives [∂²L/∂x², ∂²L/∂x∂y, ∂²L/∂y²]. */
  hessian(x: number, y: number): readonly [number, number, number];
  /** The square of the plane that the pictures show. */
  readonly domain: Domain;
  /** Every local minimum, the global one first, with its loss. */
  readonly minima: readonly { readonly at: Point; readonly loss: number }[];
  /**
   * Heights and contour levels follow the loss linearly, or its logarithm where the loss spans
   * many orders of magnitude (Rosenbrock: 0 in the valley, 2500 on the rim).
   */
  readonly scale: 'linear' | 'log';
  /** A start the lesson opens with. */
  readonly start: Point;
}

const SQUARE: Domain = { xMin: -2, xMax: 2, yMin: -2, yMax: 2 };

/** L = x² + y²: curvature 2 everywhere, so every rate below 1 arrives and every rate above 1 diverges. */
const bowl: Surface = {
  name: 'bowl',
  label: 'bowl',
  loss: (x, y) => x * x + y * y,
  gradient: (x, y) => [2 * x, 2 * y],
  hessian: () => [2, 0, 2],
  domain: SQUARE,
  minima: [{ at: [0, 0], loss: 0 }],
  scale: 'linear',
  start: [-1.6, 1.2],
};

/**
 * L = (x² + 10 y²) / 2: curvature 1 along x and 10 along y (condition number 10). A rate that
 * suits the flat direction overshoots the steep one: the run zig-zags across the valley, and
 * above 2/10 = 0.2 it diverges across it.
 */
const valley: Surface = {
  name: 'valley',
  label: 'elongated valley',
  loss: (x, y) => (x * x + 10 * y * y) / 2,
  gradient: (x, y) => [x, 10 * y],
  hessian: () => [1, 0, 10],
  domain: SQUARE,
  minima: [{ at: [0, 0], loss: 0 }],
  scale: 'linear',
  start: [-1.8, 0.9],
};

/**
 * L = (x² − 1)² + 0.3 x + y²: a double well tilted so the left minimum is deeper. Which one a
 * run ends in depends on where it starts (and on how far it jumps).
 */
const TILT = 0.3;
function twoMinRoots(): Point {
  // Stationary points along x: 4x³ − 4x + 0.3 = 0; Newton from each side of the hump.
  const newton = (x0: number): number => {
    let x = x0;
    for (let k = 0; k < 50; k++) x -= (4 * x * x * x - 4 * x + TILT) / (12 * x * x - 4);
    return x;
  };
  return [newton(-1), newton(1)];
}
const [LEFT, RIGHT] = twoMinRoots();
const twoMinLoss = (x: number, y: number): number => (x * x - 1) ** 2 + TILT * x + y * y;
const twomin: Surface = {
  name: 'twomin',
  label: 'two minima',
  loss: twoMinLoss,
  gradient: (x, y) => [4 * x * (x * x - 1) + TILT, 2 * y],
  hessian: (x) => [12 * x * x - 4, 0, 2],
  domain: SQUARE,
  minima: [
    { at: [LEFT, 0], loss: twoMinLoss(LEFT, 0) },
    { at: [RIGHT, 0], loss: twoMinLoss(RIGHT, 0) },
  ],
  scale: 'linear',
  start: [0.3, 1.5],
};

/** Rosenbrock's banana: L = (1 − x)² + 100 (y − x²)², a curved flat valley with steep walls. */
const rosenbrock: Surface = {
  name: 'rosenbrock',
  label: 'Rosenbrock banana',
  loss: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  gradient: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
  hessian: (x, y) => [2 - 400 * (y - x * x) + 800 * x * x, -400 * x, 200],
  domain: { xMin: -2, xMax: 2, yMin: -1, yMax: 3 },
  minima: [{ at: [1, 1], loss: 0 }],
  scale: 'log',
  start: [-1.2, 1],
};

export const SURFACES: Readonly<Record<SurfaceName, Surface>> = { bowl, valley, twomin, rosenbrock };

export interface Settings {
  /** The learning rate η (> 0). */
  readonly rate: number;
  /** The momentum β (0 ≤ β < 1). */
  readonly momentum: number;
}

export interface StepState {
  readonly theta: Point;
  /** The velocity (running sum of gradients); zero at the start. */
  readonly velocity: Point;
}

/**
 * One step of gradient descent with momentum: pure, the only place where the update rule lives.
 * Returns the gradient it used too, so a formula can show the numbers of this very step.
 */
export function descentStep(
  surface: Surface,
  s: StepState,
  o: Settings,
): StepState & { readonly gradient: Point } {
  const g = surface.gradient(s.theta[0], s.theta[1]);
  const velocity: Point = [o.momentum * s.velocity[0] + g[0], o.momentum * s.velocity[1] + g[1]];
  const theta: Point = [s.theta[0] - o.rate * velocity[0], s.theta[1] - o.rate * velocity[1]];
  return { theta, velocity, gradient: g };
}

/**
 * A run counts as diverged once it is this many domain widths from the middle of the picture,
 * or its loss stops being a finite number: past that, no step brings it back in the lesson's
 * surfaces, and the numbers soon overflow to Infinity or NaN (which are never drawn).
 */
export const DIVERGE_WIDTHS = 25;
/** Converged: the step moved less than this and the gradient is this small (in the surface's units). */
export const CONVERGED_STEP = 1e-7;
export const CONVERGED_GRADIENT = 1e-6;

export type RunStatus = 'running' | 'converged' | 'diverged';

export interface Run {
  readonly settings: Settings;
  /** θ_0 … θ_steps: only finite points, inside the divergence limit. */
  readonly points: readonly Point[];
  /** L(θ_t) for each point. */
  readonly losses: readonly number[];
  /** Gradient at each point. */
  readonly gradients: readonly Point[];
  /** Velocity after arriving at each point (v_0 = 0). */
  readonly velocities: readonly Point[];
  /** Steps taken (points.length − 1). */
  readonly steps: number;
  readonly status: RunStatus;
  /** The step that would have left the limit (steps + 1), when diverged. */
  readonly divergedAt: number | undefined;
}

export function isOutside(surface: Surface, p: Point): boolean {
  const d = surface.domain;
  const cx = (d.xMin + d.xMax) / 2;
  const cy = (d.yMin + d.yMax) / 2;
  const w = Math.max(d.xMax - d.xMin, d.yMax - d.yMin);
  return !(Math.abs(p[0] - cx) <= DIVERGE_WIDTHS * w && Math.abs(p[1] - cy) <= DIVERGE_WIDTHS * w);
}

/**
 * Runs up to `maxSteps` steps from `start`. Stops early when the run converges (it would not
 * move visibly again) or diverges (the next point is out of bounds or not finite); a diverged
 * run keeps only its finite points, so nothing downstream ever meets NaN or Infinity.
 */
export function descend(surface: Surface, start: Point, settings: Settings, maxSteps: number): Run {
  const points: Point[] = [start];
  const losses: number[] = [surface.loss(start[0], start[1])];
  const velocities: Point[] = [[0, 0]];
  const gradients: Point[] = [];
  let state: StepState = { theta: start, velocity: [0, 0] };
  let status: RunStatus = 'running';
  let divergedAt: number | undefined;
  for (let t = 0; t < maxSteps; t++) {
    const next = descentStep(surface, state, settings);
    gradients.push(next.gradient);
    const loss = surface.loss(next.theta[0], next.theta[1]);
    if (!Number.isFinite(loss) || !next.theta.every(Number.isFinite) || isOutside(surface, next.theta)) {
      status = 'diverged';
      divergedAt = t + 1;
      break;
    }
    const moved = Math.hypot(next.theta[0] - state.theta[0], next.theta[1] - state.theta[1]);
    points.push(next.theta);
    losses.push(loss);
    velocities.push(next.velocity);
    state = next;
    const g = surface.gradient(next.theta[0], next.theta[1]);
    if (moved < CONVERGED_STEP && Math.hypot(g[0], g[1]) < CONVERGED_GRADIENT) {
      status = 'converged';
      break;
    }
  }
  const last = points[points.length - 1] as Point;
  // The gradient at the last point, so each point has one (the formula of the next step needs it).
  if (gradients.length < points.length) gradients.push(surface.gradient(last[0], last[1]));
  return { settings, points, losses, gradients, velocities, steps: points.length - 1, status, divergedAt };
}

/** The minimum nearest to `p` (where a run ended up). */
export function nearestMinimum(surface: Surface, p: Point): { at: Point; loss: number; index: number } {
  let best = 0;
  let bestD = Infinity;
  surface.minima.forEach((m, k) => {
    const d = Math.hypot(m.at[0] - p[0], m.at[1] - p[1]);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  });
  const m = surface.minima[best]!;
  return { at: m.at, loss: m.loss, index: best };
}

/** The lowest loss anywhere: curves plot L − L* so that every curve ends at 0 (−∞ on a log axis). */
export function globalMinimumLoss(surface: Surface): number {
  return Math.min(...surface.minima.map((m) => m.loss));
}

/**
 * The first step at which the loss is within `tolerance` of the global minimum's and stays
 * there for the rest of the run; undefined if it never does (or diverges).
 */
export function stepsToWithin(surface: Surface, run: Run, tolerance: number): number | undefined {
  if (run.status === 'diverged') return undefined;
  const floor = globalMinimumLoss(surface);
  let first: number | undefined;
  run.losses.forEach((l, t) => {
    if (l - floor <= tolerance) first ??= t;
    else first = undefined;
  });
  return first;
}

/**
 * The largest learning rate at which plain gradient descent still settles into the global
 * minimum once it is close: 2 / λ_max of the Hessian there. Near a minimum every surface looks
 * like a quadratic, and on a quadratic a step multiplies the distance along each curvature
 * direction λ by (1 − ηλ), which shrinks only while η < 2/λ. Bowl: 2/2 = 1; valley: 2/10 = 0.2.
 */
export function stableRateLimit(surface: Surface): number {
  const [a, b, c] = surface.hessian(...surface.minima[0]!.at);
  const lambdaMax = (a + c) / 2 + Math.hypot((a - c) / 2, b);
  return 2 / lambdaMax;
}

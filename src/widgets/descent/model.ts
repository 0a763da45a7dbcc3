/**
 * The state of `<lumen-descent>` turned into numbers, purely: the runs (computed once per
 * surface, start, rates and momentum, then shown up to the current step), what each run looks
 * like at a step, the play clock (time passed in), the keyboard cursor on the contour map, and
 * the mappings from losses to heights and to the loss chart's log axis.
 */
import {
  SURFACES,
  descend,
  descentStep,
  globalMinimumLoss,
  type Point,
  type Run,
  type RunStatus,
  type Surface,
  type SurfaceName,
} from '../../math/descent';
import { contourLevels, contourSegments, sampleGrid, type Grid } from '../../math/contour';
import { MAX_STEPS, START_LIMIT, type DescentState } from './props';

export type Seconds = number;

/** The inputs that decide the runs; everything else (step, view, selection) only changes what is shown. */
export interface RunInputs {
  readonly surface: DescentState['surface'];
  readonly start: DescentState['start'];
  readonly rates: readonly number[];
  readonly momentum: number;
}

export function startOf(s: Pick<RunInputs, 'surface' | 'start'>): Point {
  return s.start ?? SURFACES[s.surface].start;
}

export function runsKey(s: RunInputs): string {
  return `${s.surface}|${startOf(s).join(',')}|${s.rates.join(',')}|${s.momentum}`;
}

/** Every run to its end (MAX_STEPS, convergence or divergence). Cheap: at most 4 × 500 steps. */
export function computeRuns(s: RunInputs): Run[] {
  const surface = SURFACES[s.surface];
  const start = startOf(s);
  return s.rates.map((rate) => descend(surface, start, { rate, momentum: s.momentum }, MAX_STEPS));
}

/** One run as it stands after `steps` steps. */
export interface RunView {
  readonly index: number;
  readonly rate: number;
  readonly momentum: number;
  /** Steps actually taken so far (a finished run stops counting). */
  readonly t: number;
  readonly theta: Point;
  readonly loss: number;
  readonly gradient: Point;
  /** Velocity before the next step (v_t). */
  readonly velocity: Point;
  readonly status: RunStatus;
  readonly divergedAt: number | undefined;
}

export function viewAt(run: Run, index: number, steps: number): RunView {
  const t = Math.max(0, Math.min(steps, run.steps));
  const status: RunStatus =
    run.status === 'diverged' && steps >= (run.divergedAt ?? Infinity)
      ? 'diverged'
      : run.status === 'converged' && steps >= run.steps
        ? 'converged'
        : 'running';
  return {
    index,
    rate: run.settings.rate,
    momentum: run.settings.momentum,
    t,
    theta: run.points[t]!,
    loss: run.losses[t]!,
    gradient: run.gradients[t]!,
    velocity: run.velocities[t]!,
    status,
    divergedAt: status === 'diverged' ? run.divergedAt : undefined,
  };
}

/** What `el.state.runs` holds for each run: the numbers at the current step. */
export interface RunReport {
  readonly rate: number;
  readonly momentum: number;
  readonly step: number;
  readonly theta: Point;
  readonly loss: number;
  readonly status: RunStatus;
  readonly divergedAt: number | undefined;
}

export function reportOf(v: RunView): RunReport {
  const { rate, momentum, t: step, theta, loss, status, divergedAt } = v;
  return { rate, momentum, step, theta, loss, status, divergedAt };
}

/** The run's next step from where it stands (the live formula writes it out). */
export function nextStepOf(surface: Surface, v: RunView): ReturnType<typeof descentStep> {
  return descentStep(
    surface,
    { theta: v.theta, velocity: v.velocity },
    { rate: v.rate, momentum: v.momentum },
  );
}

/** True when stepping further changes nothing: every run has converged or diverged, or the step limit is reached. */
export function finished(runs: readonly Run[], steps: number): boolean {
  return steps >= MAX_STEPS || runs.every((r, k) => viewAt(r, k, steps).status !== 'running');
}

/** The first step at which nothing moves any more (what "Run to the end" jumps to). */
export function endStep(runs: readonly Run[]): number {
  return Math.min(
    MAX_STEPS,
    Math.max(0, ...runs.map((r) => (r.status === 'diverged' ? (r.divergedAt ?? r.steps) : r.steps))),
  );
}

/**
 * The play clock: `speed` steps per second, whatever the frame rate. `carry` is the fraction of a
 * step left over from earlier frames, so 24 and 60 fps reach the same step at the same time.
 */
export function advancePlay(
  steps: number,
  carry: number,
  dt: Seconds,
  speed: number,
): { steps: number; carry: number } {
  const total = carry + Math.max(0, dt) * speed;
  const whole = Math.floor(total + 1e-9);
  return { steps: Math.min(MAX_STEPS, steps + whole), carry: Math.max(0, total - whole) };
}

/** The selected run's index into `rates` (a selection past the last run shows the last). */
export function selectedIndex(selected: number, count: number): number {
  return Math.max(0, Math.min(count, selected) - 1);
}

// ---- the contour map's cursor -------------------------------------------------------------------

export interface CursorKey {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** Arrow keys move the cursor by a twentieth of the picture (Shift: a fifth; Alt: a hundredth); undefined for other keys. */
export function moveCursor(p: Point, e: CursorKey, surface: Surface): Point | undefined {
  const d = surface.domain;
  const unit = (d.xMax - d.xMin) / (e.altKey ? 100 : e.shiftKey ? 5 : 20);
  let [x, y] = p;
  if (e.key === 'ArrowLeft') x -= unit;
  else if (e.key === 'ArrowRight') x += unit;
  else if (e.key === 'ArrowUp') y += unit;
  else if (e.key === 'ArrowDown') y -= unit;
  else return undefined;
  return snapPoint([clamp(x, d.xMin, d.xMax), clamp(y, d.yMin, d.yMax)]);
}

/** Rounds to 0.01 (short links, readable formula) and keeps it inside the accepted start range. */
export function snapPoint(p: Point): Point {
  const r = (v: number): number => {
    const q = Math.round(clamp(v, -START_LIMIT, START_LIMIT) * 100) / 100;
    return q === 0 ? 0 : q;
  };
  return [r(p[0]), r(p[1])];
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

// ---- heights and the loss axis ------------------------------------------------------------------

export interface SurfaceField {
  readonly surface: Surface;
  readonly grid: Grid;
  /** The lowest and highest loss over the picture. */
  readonly lo: number;
  readonly hi: number;
}

/** Samples a surface over its picture once (for the mesh, the contour lines and the height scale). */
export function fieldOf(surface: Surface, n = 61): SurfaceField {
  const grid = sampleGrid(surface.loss, surface.domain, n, n);
  let hi = -Infinity;
  for (const v of grid.values) if (v > hi) hi = v;
  return { surface, grid, lo: globalMinimumLoss(surface), hi };
}

/** How many level lines the contour map and the 3D surface show. */
export const CONTOUR_COUNT = 14;

/** A surface's field with its level lines: computed once per surface. */
export interface SurfaceContours {
  readonly field: SurfaceField;
  readonly levels: number[];
  /** Contour segments per level, in domain coordinates. */
  readonly contours: number[][];
}

export function contoursOf(name: SurfaceName): SurfaceContours {
  const field = fieldOf(SURFACES[name]);
  const scale = field.surface.scale === 'log' ? 'log' : 'square';
  const levels = contourLevels(field.lo, field.hi, CONTOUR_COUNT, scale);
  return { field, levels, contours: levels.map((l) => contourSegments(field.grid, l)) };
}

/** How high the 3D picture's surface is over the floor, in units of half its width. */
export const HEIGHT = 1.1;
/** Points above the picture's highest loss (a diverging run) are drawn at most this high. */
export const HEIGHT_CLIP = 1.35;

/** A loss as a height in [0, HEIGHT_CLIP]: linear, or logarithmic for a log-scaled surface. */
export function heightOf(f: SurfaceField, loss: number): number {
  const gap = Math.max(0, loss - f.lo);
  const span = f.hi - f.lo;
  const u = f.surface.scale === 'log' ? Math.log1p(gap) / Math.log1p(span) : gap / span;
  return Number.isFinite(u) ? Math.min(HEIGHT_CLIP, u * HEIGHT) : HEIGHT_CLIP;
}

/** The loss chart's axis: log10 of L − L*, from 1e-6 up to just above the highest loss a run shows. */
export const CURVE_FLOOR = 1e-6;

export function curveTop(f: SurfaceField, starts: readonly number[]): number {
  const top = Math.max(f.hi - f.lo, ...starts.map((l) => l - f.lo));
  return 10 ** Math.ceil(Math.log10(Math.max(top, 1e-3)));
}

/**
 * Where a loss sits on the chart, 0 (bottom, L − L* ≤ 1e-6) to 1 (top), and whether it was
 * clipped at the top: a diverging run's climb is shown as a line leaving the chart, never as
 * Infinity or NaN.
 */
export function curveLevel(gap: number, top: number): { v: number; clipped: boolean } {
  if (!(gap > CURVE_FLOOR)) return { v: 0, clipped: false };
  if (!(gap < top)) return { v: 1, clipped: true };
  const lo = Math.log10(CURVE_FLOOR);
  return { v: (Math.log10(gap) - lo) / (Math.log10(top) - lo), clipped: false };
}

/**
 * The part of a path inside the picture's square: the points up to the first one outside, then
 * the point where the path crosses the edge (with its own loss), so a diverging run's 3D path
 * ends at the rim instead of hovering over nothing.
 */
export function clipToDomain(
  surface: Surface,
  points: readonly Point[],
): { points: Point[]; losses: number[]; clipped: boolean } {
  const d = surface.domain;
  const inside = (p: Point): boolean => p[0] >= d.xMin && p[0] <= d.xMax && p[1] >= d.yMin && p[1] <= d.yMax;
  const out: Point[] = [];
  for (let k = 0; k < points.length; k++) {
    const p = points[k]!;
    if (inside(p)) {
      out.push(p);
      continue;
    }
    const prev = points[k - 1];
    if (prev && inside(prev)) {
      // The largest s in [0, 1] with prev + s (p − prev) still inside: the edge crossing.
      let s = 1;
      const dx = p[0] - prev[0];
      const dy = p[1] - prev[1];
      if (p[0] > d.xMax) s = Math.min(s, (d.xMax - prev[0]) / dx);
      if (p[0] < d.xMin) s = Math.min(s, (d.xMin - prev[0]) / dx);
      if (p[1] > d.yMax) s = Math.min(s, (d.yMax - prev[1]) / dy);
      if (p[1] < d.yMin) s = Math.min(s, (d.yMin - prev[1]) / dy);
      out.push([prev[0] + s * dx, prev[1] + s * dy]);
    }
    return { points: out, losses: out.map((q) => surface.loss(q[0], q[1])), clipped: true };
  }
  return { points: out, losses: out.map((q) => surface.loss(q[0], q[1])), clipped: false };
}

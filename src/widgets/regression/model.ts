/**
 * What `<lumen-regression>` shows, computed from its state (pure): the least-squares line with
 * MSE and R², gradient descent on (w, b) at the current iteration (from a cached history, so
 * stepping back is exact), the polynomial fit with its held-out share, and the loss surface box.
 */
import { RunHistory } from '../../math/run-history';
import {
  descentStep,
  leastSquares,
  mse,
  rSquared,
  stableRate,
  type DescentState,
  type LineFit,
} from '../../math/ml/linear';
import { fitWithHoldout, type SplitFit } from '../../math/ml/poly';
import { formatPoints } from '../../math/ml/points-text';
import type { Point } from '../../math/ml/points';
import { sampleGrid, type Grid } from '../../math/contour';
import { MAX_ITERATION, type RegressionState } from './props';

/** A loss this large means the steps are flying apart: the run stops and says so. */
const DIVERGED = 1e12;

export interface Analysis {
  readonly points: readonly Point[];
  readonly fit: LineFit;
  readonly mse: number | undefined;
  readonly r2: number | undefined;
  /** Gradient descent after `iteration` steps, and every state on the way. */
  readonly descent: DescentState;
  readonly path: readonly DescentState[];
  readonly diverged: boolean;
  /** The largest rate that still converges (2 / the Hessian's top eigenvalue). */
  readonly stable: number;
  readonly split: SplitFit | undefined;
}

export class RegressionModel {
  private history: { key: string; h: RunHistory<DescentState> } | undefined;
  private fitCache: { key: string; fit: LineFit; stable: number } | undefined;
  private surfaceCache: { key: string; grid: Grid } | undefined;

  analyse(s: RegressionState): Analysis {
    const pts = s.points;
    const pkey = formatPoints(pts);
    if (this.fitCache?.key !== pkey)
      this.fitCache = { key: pkey, fit: leastSquares(pts), stable: stableRate(pts) };
    const { fit, stable } = this.fitCache;
    const h = this.historyFor(s, pkey);
    const k = Math.min(s.iteration, MAX_ITERATION);
    const path: DescentState[] = [];
    for (let i = 0; i <= k; i++) path.push(h.at(i));
    const descent = path[path.length - 1] as DescentState;
    const split =
      s.degree > 1 || s.holdout > 0 ? fitWithHoldout(pts, s.degree, s.holdout, s.seed) : undefined;
    return {
      points: pts,
      fit,
      mse: fit.ok ? mse(pts, fit.w, fit.b) : undefined,
      r2: fit.ok ? rSquared(pts, fit.w, fit.b) : undefined,
      descent,
      path,
      // Above the stable rate the steps grow; say so once the loss is worse than where it started.
      diverged:
        !(descent.loss < DIVERGED) || (s.rate > stable && descent.loss > (path[0] as DescentState).loss),
      stable,
      split,
    };
  }

  /** True when step k changes nothing any more (converged to 12 digits) or the run diverged. */
  done(s: RegressionState, k: number): boolean {
    const h = this.historyFor(s, formatPoints(s.points));
    const a = h.at(k);
    if (!(a.loss < DIVERGED)) return true;
    const b = h.at(k + 1);
    return (
      Math.abs(b.loss - a.loss) <= 1e-12 * Math.max(1, a.loss) &&
      Math.abs(b.w - a.w) + Math.abs(b.b - a.b) < 1e-9
    );
  }

  /** The loss sampled over the (w, b) box, for contours. */
  surface(s: RegressionState, box: { xMin: number; xMax: number; yMin: number; yMax: number }, n = 61): Grid {
    const key = `${formatPoints(s.points)}|${box.xMin},${box.xMax},${box.yMin},${box.yMax},${n}`;
    if (this.surfaceCache?.key !== key)
      this.surfaceCache = { key, grid: sampleGrid((w, b) => mse(s.points, w, b), box, n, n) };
    return this.surfaceCache.grid;
  }

  private historyFor(s: RegressionState, pkey: string): RunHistory<DescentState> {
    const key = `${pkey}|${s.rate}|${s.w0}|${s.b0}`;
    if (this.history?.key !== key) {
      const pts = s.points;
      const start: DescentState = { w: s.w0, b: s.b0, loss: mse(pts, s.w0, s.b0) };
      this.history = {
        key,
        h: new RunHistory(
          start,
          (st) => (st.loss < DIVERGED ? descentStep(pts, st, s.rate) : st),
          MAX_ITERATION,
        ),
      };
    }
    return this.history.h;
  }
}

/**
 * The (w, b) box of the contour map: the exact fit and the start, with room around. The path is
 * left out on purpose: the map must stay still while the descent steps across it.
 */
export function lossBox(
  a: Analysis,
  start: { w: number; b: number },
): { xMin: number; xMax: number; yMin: number; yMax: number } {
  const ws = [start.w];
  const bs = [start.b];
  if (a.fit.ok) {
    ws.push(a.fit.w);
    bs.push(a.fit.b);
  }
  const lo = (v: number[]): number => Math.min(...v);
  const hi = (v: number[]): number => Math.max(...v);
  const pad = (a0: number, a1: number): [number, number] => {
    const span = Math.max(a1 - a0, 0.5);
    return [a0 - 0.25 * span, a1 + 0.25 * span];
  };
  const [xMin, xMax] = pad(lo(ws), hi(ws));
  const [yMin, yMax] = pad(lo(bs), hi(bs));
  return { xMin, xMax, yMin, yMax };
}

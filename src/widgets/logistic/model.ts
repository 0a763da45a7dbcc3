/**
 * What `<lumen-logistic>` shows, computed from its state (pure): gradient descent on the log-loss
 * at the current iteration (from a cached history, so stepping back is exact), the loss at every
 * step so far, accuracy, and the fit to convergence (Newton) with the separable case.
 */
import { RunHistory } from '../../math/run-history';
import {
  accuracy,
  descentStep,
  fitToConvergence,
  logLoss,
  logisticData1d,
  logisticData2d,
  separates,
  type ConvergedFit,
  type LogisticData,
  type LogisticParams,
} from '../../math/ml/logistic';
import { formatPoints } from '../../math/ml/points-text';
import { MAX_ITERATION, type LogisticState } from './props';

export interface Step {
  readonly params: LogisticParams;
  readonly loss: number;
}

export interface Analysis {
  readonly data: LogisticData;
  readonly step: Step;
  /** The loss after 0 … iteration steps. */
  readonly losses: readonly number[];
  readonly accuracy: number;
  /** The current line separates every point (the loss can still fall by scaling it up). */
  readonly separating: boolean;
  readonly fit: ConvergedFit;
}

export class LogisticModel {
  private history: { key: string; data: LogisticData; h: RunHistory<Step> } | undefined;
  private fitCache: { key: string; fit: ConvergedFit } | undefined;

  analyse(s: LogisticState): Analysis {
    const { data, h } = this.historyFor(s);
    const k = Math.min(s.iteration, MAX_ITERATION);
    const losses: number[] = [];
    for (let i = 0; i <= k; i++) losses.push(h.at(i).loss);
    const step = h.at(k);
    const fkey = `${s.mode}|${formatPoints(s.points)}|${s.l2}`;
    if (this.fitCache?.key !== fkey) this.fitCache = { key: fkey, fit: fitToConvergence(data, s.l2) };
    return {
      data,
      step,
      losses,
      accuracy: accuracy(data, step.params),
      separating: separates(data, step.params),
      fit: this.fitCache.fit,
    };
  }

  /** True when a step changes the loss by less than 1e-12 (relative): Play stops there. */
  done(s: LogisticState, k: number): boolean {
    const { h } = this.historyFor(s);
    const a = h.at(k).loss;
    const b = h.at(k + 1).loss;
    return !Number.isFinite(b) || Math.abs(a - b) <= 1e-12 * Math.max(1e-12, a);
  }

  private historyFor(s: LogisticState): { data: LogisticData; h: RunHistory<Step> } {
    const key = `${s.mode}|${formatPoints(s.points)}|${s.rate}|${s.l2}`;
    if (this.history?.key !== key) {
      const data = s.mode === '1d' ? logisticData1d(s.points) : logisticData2d(s.points);
      const zero: LogisticParams = { w: new Array<number>(data.d).fill(0), b: 0 };
      const start: Step = { params: zero, loss: logLoss(data, zero, s.l2) };
      const h = new RunHistory<Step>(
        start,
        (st) => {
          const params = descentStep(data, st.params, s.rate, s.l2);
          const loss = logLoss(data, params, s.l2);
          // A step that makes nothing finite keeps the last finite state: no NaN on screen.
          return [...params.w, params.b, loss].every(Number.isFinite) ? { params, loss } : st;
        },
        MAX_ITERATION,
      );
      this.history = { key, data, h };
    }
    return this.history;
  }
}

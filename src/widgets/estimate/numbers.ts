/**
 * The numbers `<lumen-estimate>` derives from its state, each computed once per change of what it
 * depends on (src/ui/memo.ts): the sample, the batch of intervals on screen, the miss counter, the
 * likelihood and the bootstrap job. The element and its tests read them from here.
 */
import { memo } from '../../ui/memo';
import type { EstimateState, Level, Method } from './props';
import {
  MissCounter,
  autoTheta,
  bootBins,
  clampTheta,
  effectiveMethod,
  firstSample,
  intervalBatch,
  likelihoodModel,
  type IntervalRow,
  type LikelihoodModel,
  type Tally,
} from './model';
import { decimalsFor } from './words';

/** The intervals on screen, for scripts and tests. */
export interface IntervalsInfo {
  readonly method: Method;
  readonly level: Level;
  readonly truth: number;
  readonly rows: readonly IntervalRow[];
  readonly misses: number;
  readonly selected: number;
  readonly tally: Tally;
}

export interface LikelihoodInfo {
  readonly theta: number;
  readonly logL: number;
  readonly mle: number;
  readonly maxLogL: number;
  readonly range: readonly [number, number];
}

export interface BootstrapInfo {
  readonly estimate: number;
  readonly done: number;
  readonly total: number;
  readonly interval: readonly [number, number] | undefined;
  readonly path: string;
  readonly finished: boolean;
}

export class EstimateNumbers {
  constructor(private readonly state: () => Readonly<EstimateState>) {}

  private get s(): Readonly<EstimateState> {
    return this.state();
  }

  /** The sample of the likelihood and bootstrap modes (the first of the intervals' samples). */
  readonly sample = memo(
    (source, mean, sd, p, n, seed) => firstSample({ source, mean, sd, p, n, seed }),
    () => [this.s.source, this.s.mean, this.s.sd, this.s.p, this.s.n, this.s.seed] as const,
  );

  private readonly intervalState = memo(
    (source, mean, sd, p, n, seed, level, method) => ({ source, mean, sd, p, n, seed, level, method }),
    () => {
      const s = this.s;
      return [s.source, s.mean, s.sd, s.p, s.n, s.seed, s.level, this.method()] as const;
    },
  );

  /** The batch on screen: the last one drawn. */
  readonly rows = memo(
    (is, rounds) => intervalBatch(is, rounds - 1),
    () => [this.intervalState(), this.s.rounds] as const,
  );

  /** Counts the misses of every batch drawn (a new one when the intervals change). */
  readonly counter = memo(
    (is) => new MissCounter(is),
    () => [this.intervalState()] as const,
  );

  /** What the bootstrap resamples: a new job object exactly when the run must start again. */
  readonly bootJob = memo(
    (xs, statistic, resamples, source, seed) => ({
      xs,
      statistic,
      resamples,
      seed,
      bins: bootBins(xs, statistic, source),
    }),
    () => [this.sample(), this.s.statistic, this.s.resamples, this.s.source, this.s.seed] as const,
  );

  readonly model: () => LikelihoodModel = memo(
    (xs, source, mean, sd, p, n, profile, theta) =>
      likelihoodModel({ source, mean, sd, p, n, profile }, xs, theta ?? Number.NaN),
    () => {
      const s = this.s;
      return [this.sample(), s.source, s.mean, s.sd, s.p, s.n, s.profile, s.theta] as const;
    },
  );

  /** The interval method in use (a coin cannot use t or z: its own default instead). */
  method(): Method {
    return effectiveMethod(this.s.source, this.s.method).method;
  }

  /** The likelihood at the tried parameter and at its maximum. */
  likelihood(): LikelihoodInfo {
    const m = this.model();
    const theta = this.theta();
    return { theta, logL: m.logL(theta), mle: m.mle, maxLogL: m.maxLogL, range: [m.range[0], m.range[1]] };
  }

  misses(): number {
    return this.rows().filter((r) => r.miss).length;
  }

  /** The tried parameter: the state's (a coin's kept inside 0 … 1), or the auto start. */
  theta(): number {
    const s = this.s;
    const m = this.model();
    if (s.theta === null) return autoTheta(m, s.source === 'coin');
    return s.source === 'coin' ? clampTheta(m, s.theta) : s.theta;
  }

  /** Decimals for this source's numbers: about 1% of a standard error (a coin: 2 or 3). */
  decimals(): number {
    const s = this.s;
    return s.source === 'coin' ? (s.n > 200 ? 3 : 2) : decimalsFor(s.sd / Math.sqrt(s.n));
  }
}

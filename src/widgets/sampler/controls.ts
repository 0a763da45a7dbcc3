/**
 * Which parameters each source has, and the range of their sliders (narrower than what the
 * number boxes and attributes accept, so a slider has a useful resolution).
 */
import type { Source } from './props';

export type ParamKey = 'p' | 'a' | 'b' | 'mean' | 'sd' | 'n' | 'lambda' | 'rate' | 'alpha' | 'beta';

export interface ParamControl {
  readonly key: ParamKey;
  /** Shown label, e.g. "p (heads)". */
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

const P_HEADS: ParamControl = { key: 'p', label: 'p (chance of heads)', min: 0, max: 1, step: 0.01 };
const P_SUCCESS: ParamControl = { key: 'p', label: 'p (chance of success)', min: 0, max: 1, step: 0.01 };

export const PARAMS: Readonly<Record<Source, readonly ParamControl[]>> = {
  coin: [P_HEADS],
  die: [],
  weighted: [],
  uniform: [
    { key: 'a', label: 'a (lower end)', min: -10, max: 10, step: 0.1 },
    { key: 'b', label: 'b (upper end)', min: -10, max: 10, step: 0.1 },
  ],
  normal: [
    { key: 'mean', label: 'μ (mean)', min: -10, max: 10, step: 0.1 },
    { key: 'sd', label: 'σ (standard deviation)', min: 0.1, max: 10, step: 0.1 },
  ],
  binomial: [{ key: 'n', label: 'n (trials)', min: 1, max: 200, step: 1 }, P_SUCCESS],
  poisson: [{ key: 'lambda', label: 'λ (mean count)', min: 0.1, max: 100, step: 0.1 }],
  exponential: [{ key: 'rate', label: 'λ (rate)', min: 0.1, max: 10, step: 0.1 }],
  beta: [
    { key: 'alpha', label: 'α', min: 0.1, max: 20, step: 0.1 },
    { key: 'beta', label: 'β', min: 0.1, max: 20, step: 0.1 },
  ],
};

export const SOURCE_NAMES: Readonly<Record<Source, string>> = {
  coin: 'Coin (1 = heads)',
  die: 'Fair die',
  weighted: 'Weighted die',
  uniform: 'Uniform',
  normal: 'Normal',
  binomial: 'Binomial',
  poisson: 'Poisson',
  exponential: 'Exponential',
  beta: 'Beta',
};

/**
 * Each mode's picture from the state and its derived numbers: the scene `view.ts` draws, and the
 * geometry the element's handle needs afterwards (its projection; in intervals mode, which row a
 * press is on).
 */
import type { Projection } from '../../ui/handles';
import type { SimProgress } from '../../sim/client';
import type { EstimateState } from './props';
import {
  bootDomain,
  intervalDomain,
  likelihoodCurve,
  likelihoodDomain,
  statisticOf,
  truth,
  type BootBins,
} from './model';
import {
  drawBootstrap,
  drawIntervals,
  drawLikelihood,
  fromPx,
  intervalGeometry,
  toPx,
  type Frame,
} from './view';
import { num, paramName } from './words';
import type { EstimateNumbers } from './numbers';

type Ctx = CanvasRenderingContext2D;

/** The sample, the likelihood curve and θ; θ's handle sits on the curve and moves along x. */
export function likelihoodScene(
  ctx: Ctx,
  frame: Frame,
  s: Readonly<EstimateState>,
  n: EstimateNumbers,
): Projection {
  const coin = s.source === 'coin';
  const xs = n.sample();
  const m = n.model();
  const theta = n.theta();
  const d = n.decimals();
  const drawn = drawLikelihood(ctx, {
    ...frame,
    coin,
    sample: xs,
    domain: likelihoodDomain(m, xs, coin),
    curve: likelihoodCurve(m, s.log),
    log: s.log,
    theta,
    thetaY: s.log ? m.logL(theta) : Math.exp(m.logL(theta) - m.maxLogL),
    mle: m.mle,
    sigma: m.sigma,
    thetaText: `${paramName(coin)} = ${num(theta, d)}`,
    mleText: `${paramName(coin)}̂ = ${num(m.mle, d)}`,
  });
  const scale = drawn.scale;
  const y = drawn.handle[1];
  return { toPixel: ([t]) => [toPx(scale, t), y], fromPixel: (x) => [fromPx(scale, x), 0] };
}

/**
 * The 100 intervals and the truth. The handle is a row selector at the left edge: its "plot"
 * coordinate is the row number; `rowAt` says which row a press at pixel y is on (-1: none).
 */
export function intervalScene(
  ctx: Ctx,
  frame: Frame,
  s: Readonly<EstimateState>,
  n: EstimateNumbers,
  o: { selected: number; hidden: boolean },
): { projection: Projection; rowAt: (y: number) => number } {
  const rows = n.rows();
  const t = truth(s);
  const domain = intervalDomain(rows, t, s.source);
  drawIntervals(ctx, {
    ...frame,
    rows,
    domain,
    truth: t,
    truthText: `${s.source === 'coin' ? 'p' : 'μ'} = ${num(t, n.decimals())}`,
    selected: o.selected,
    hidden: o.hidden,
    prompt: 'Your guess first: how many will miss?',
  });
  const { top, rowH } = intervalGeometry(frame, domain, rows.length);
  return {
    projection: {
      toPixel: ([, k]) => [2, top + rowH * (k + 0.5)],
      fromPixel: (_x, y) => [0, (y - top) / rowH - 0.5],
    },
    rowAt: (y) => {
      const k = Math.floor((y - top) / rowH);
      return k >= 0 && k < rows.length ? k : -1;
    },
  };
}

/** The sample and the bootstrap histogram so far, with its percentile interval once readable. */
export function bootstrapScene(
  ctx: Ctx,
  frame: Frame,
  s: Readonly<EstimateState>,
  n: EstimateNumbers,
  run: {
    bins: BootBins;
    progress: SimProgress | undefined;
    interval: [number, number] | undefined;
    path: string;
  },
): void {
  const xs = n.sample();
  const d = n.decimals();
  const iv = run.interval;
  const est = statisticOf(xs, s.statistic);
  const done = run.progress?.done ?? 0;
  drawBootstrap(ctx, {
    ...frame,
    sample: xs,
    domain: bootDomain(run.bins, xs),
    bins: run.bins,
    histogram: run.progress?.histogram,
    estimate: est,
    interval: iv,
    estimateText: `${s.statistic} ${num(est, d)}`,
    intervalText: iv ? `${s.level}%: ${num(iv[0], d)} to ${num(iv[1], d)}` : '',
    status: `${done.toLocaleString('en-US')} / ${s.resamples.toLocaleString('en-US')} resamples${run.path ? ` · ${run.path}` : ''}`,
  });
}

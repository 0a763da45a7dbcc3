/**
 * Every sentence `<lumen-svd>` says, in one place: the screen-reader description, the stage
 * captions, the readouts, the notes drawn on the plot and the predict-first feedback. Plain text,
 * never HTML.
 */
import { det, type Mat2, type Vec2 } from '../../math/mat2';
import {
  collapse,
  columnOf,
  directionBand,
  rightVector,
  stageOf,
  stageProgress,
  type CloudAnalysis,
  type DirectionPrediction,
  type Factors,
  type Stage,
} from './model';
import type { Mode } from './props';
import { BAND_WORDS } from '../../ui/verdict';
import { percent as asPercent, short } from '../../math/number-text';

/** A number in sentences and on the plot: at most two decimals, a true minus sign. */
export const fmt = short;

export function point(v: Vec2): string {
  return `(${fmt(v[0])}, ${fmt(v[1])})`;
}

export function percent(x: number): string {
  return asPercent(x, 2);
}

/** "1 2; 3 4", entries rounded to 4 decimals: what the matrix input shows. */
export function matrixText(m: Mat2): string {
  const f = (x: number): string => {
    const r = Math.round(x * 1e4) / 1e4;
    return String(r === 0 ? 0 : r);
  };
  return `${f(m[0])} ${f(m[1])}; ${f(m[2])} ${f(m[3])}`;
}

// ---- svd ----------------------------------------------------------------------------------------

function degrees(rad: number): number {
  return (rad * 180) / Math.PI;
}

/** "turns 31.7° clockwise", or "does not turn" for a turn too small to show. */
export function turnWords(rad: number): string {
  const d = degrees(rad);
  if (fmt(Math.abs(d)) === '0') return 'does not turn';
  return `turns ${fmt(Math.abs(d))}° ${d > 0 ? 'counter-clockwise' : 'clockwise'}`;
}

/** The short label of each factor, for the stage list. */
export function stageLabels(f: Factors | undefined): [string, string, string] {
  if (!f) return ['Vᵀ: rotate', 'Σ: stretch', 'U: rotate'];
  const u = f.flip ? `U: flip, then ${turnWords(f.uAngle)}` : `U: ${turnWords(f.uAngle)}`;
  return [
    `Vᵀ: ${turnWords(f.vAngle)}`,
    `Σ: stretch ×${fmt(f.sigma[0])} along x, ×${fmt(f.sigma[1])} along y`,
    u,
  ];
}

/** The caption over the stage list: where the animation is. */
export function stageCaption(t: number): string {
  const stage = stageOf(t);
  if (stage === 0) return 'The unit circle, before A. Press Next to apply Vᵀ.';
  const done = stageProgress(t, stage) >= 1;
  const names: Record<Exclude<Stage, 0>, string> = { 1: 'Vᵀ (rotate)', 2: 'Σ (stretch)', 3: 'U (rotate)' };
  if (stage === 3 && done) return 'Step 3 of 3 done: U Σ Vᵀ = A.';
  return `Step ${stage} of 3: ${names[stage]}${done ? ' done' : ''}.`;
}

/** What the singular values say about the picture, including the collapsed cases. */
export function sigmaSentence(f: Factors): string {
  const [s1, s2] = f.sigma;
  switch (collapse(f)) {
    case 'point':
      return 'A is the zero matrix: σ₁ = σ₂ = 0, and the whole circle collapses onto one point.';
    case 'segment':
      return (
        `σ₁ = ${fmt(s1)} and σ₂ = 0: det A = 0, so A squashes the direction v₂ = ${point(rightVector(f, 1))} to nothing ` +
        `and the circle collapses onto a segment of length 2σ₁ = ${fmt(2 * s1)} along u₁ = ${point(columnOf(f.u, 0))}.`
      );
    case 'none':
      if (fmt(s1) === fmt(s2))
        return `σ₁ = σ₂ = ${fmt(s1)}: every direction stretches alike, so the circle stays a circle of radius ${fmt(s1)}.`;
      return `σ₁ = ${fmt(s1)} and σ₂ = ${fmt(s2)}: the circle becomes an ellipse with semi-axes ${fmt(s1)} along u₁ = ${point(columnOf(f.u, 0))} and ${fmt(s2)} along u₂ = ${point(columnOf(f.u, 1))}.`;
  }
}

/** |det A| = σ₁σ₂, and where the sign went. */
export function areaSentence(m: Mat2, f: Factors): string {
  const d = det(m);
  const area = `|det A| = σ₁σ₂ = ${fmt(f.sigma[0] * f.sigma[1])}: areas scale by the product of the two stretches`;
  if (collapse(f) !== 'none') return `${area}, here to nothing.`;
  return d < 0 ? `${area}; det A < 0, so U also flips the plane over.` : `${area}.`;
}

export interface SvdDescribeInput {
  readonly matrix: Mat2;
  readonly factors: Factors | undefined;
  readonly t: number;
}

export function describeSvd(s: SvdDescribeInput): string {
  const [a, b, c, d] = s.matrix.map(fmt);
  const head = `A with rows ${a} ${b} and ${c} ${d}`;
  const f = s.factors;
  if (!f) return `${head}: its singular value decomposition could not be computed.`;
  const [l1, l2, l3] = stageLabels(f);
  return [`${head} = U Σ Vᵀ. ${l1}; ${l2}; ${l3}.`, sigmaSentence(f), stageCaption(s.t)].join(' ');
}

// ---- pca ----------------------------------------------------------------------------------------

export function fewPointsMessage(n: number): string {
  return n === 0
    ? 'PCA needs at least 2 points: click or tap the plot to add some (or focus the cross and press Enter).'
    : 'PCA needs at least 2 points: add one more.';
}

export const SAME_POINTS_MESSAGE =
  'All the points are at the same place: no direction has any spread, so there are no principal axes. Move one.';

export function cloudProblem(a: CloudAnalysis): string | undefined {
  if (a.ok) return undefined;
  return a.reason === 'few' ? fewPointsMessage(a.n) : SAME_POINTS_MESSAGE;
}

export function explainedSentence(a: CloudAnalysis): string {
  if (!a.ok) return cloudProblem(a) as string;
  const { pca } = a;
  return (
    `Axis 1 along ${point(pca.axes[0])} has variance ${fmt(pca.variances[0])} (${percent(pca.explained[0])} of the total); ` +
    `axis 2 along ${point(pca.axes[1])} has ${fmt(pca.variances[1])} (${percent(pca.explained[1])}).`
  );
}

/** The bridge to the svd mode: the same axes from the SVD of the centred data. */
export function linkSentence(a: CloudAnalysis): string {
  if (!a.ok) return '';
  return (
    `These axes are the right singular vectors of the centred ${a.n} × 2 data matrix: its singular values ` +
    `σ₁ = ${fmt(a.sigmas[0])} and σ₂ = ${fmt(a.sigmas[1])} give the variances as σ²/n.`
  );
}

export function describePca(a: CloudAnalysis, projection: boolean): string {
  if (!a.ok) return `${a.n} ${a.n === 1 ? 'point' : 'points'}. ${cloudProblem(a)}`;
  const parts = [`${a.n} points with mean ${point(a.pca.mean)}.`, explainedSentence(a)];
  if (projection)
    parts.push(
      `Each point is dropped onto axis 1, which keeps ${percent(a.pca.explained[0])} of the variance.`,
    );
  return parts.join(' ');
}

// ---- predict-first ------------------------------------------------------------------------------

export function predictIntro(mode: Mode): string {
  return mode === 'svd'
    ? 'Predict first: the arrows show where A sends î and ĵ. Turn the dashed line to where you think the circle gets stretched the most (the long axis of the ellipse), then press Reveal.'
    : 'Predict first: turn the dashed line to the direction in which the cloud spreads the most, then press Reveal.';
}

/** The shared closing words, with a hint where the guess was far off. */
const verdict = (b: keyof typeof BAND_WORDS): string =>
  b === 'far' ? 'Quite far: look for the direction in which the shape is longest.' : BAND_WORDS[b];

export function predictSentence(p: DirectionPrediction, mode: Mode): string {
  const what = mode === 'svd' ? 'the long axis' : 'the first principal axis';
  if (p.answer === undefined)
    return `Every direction stretches equally here, so any line is ${what}. Your ${fmt(p.guess)}° is right.`;
  const b = directionBand(p.error);
  if (b === 'exact') return `Your line at ${fmt(p.guess)}° is exactly ${what}. Spot on!`;
  return `Your line at ${fmt(p.guess)}° is ${fmt(p.error)}° from ${what} at ${fmt(p.answer)}°. ${verdict(b)}`;
}

export function guessDescription(mode: Mode, guess: number): string {
  return `${predictIntro(mode)} Your line is at ${fmt(guess)}° from the x-axis; the arrow keys turn it.`;
}

/**
 * Small pieces every mode uses: TeX builders from numbers only (never from page text, so the
 * formula is always valid KaTeX), direction words, and the predict-first feedback sentence.
 */
import type { Mat2, Vec2 } from '../../../math/mat2';
import { band, snapPoint, type Prediction } from '../model';
import { point } from '../words';
import { shortNumber } from '../../../math/number-text';
import { clean } from '../../../math/number-clean';
import { BAND_WORDS } from '../../../ui/verdict';
import { pointSlip, type Slip } from '../../../ui/slips';

export const fmt = shortNumber;

/** Where the predict-first ring starts when the question is a point: off the origin's clutter of tails. */
export const PREDICT_START: Vec2 = [-2, -2];
export { point };

export const coloured = (color: string, body: string): string => `\\textcolor{${color}}{${body}}`;

/** A column vector with its entries in one colour. */
export function vecTex(v: Vec2, color?: string): string {
  const body = `\\begin{bmatrix} ${fmt(v[0])} \\\\ ${fmt(v[1])} \\end{bmatrix}`;
  return color ? coloured(color, body) : body;
}

/** A 2x2 matrix whose first column is in `c1` and second in `c2` (the colours of the arrows). */
export function matTex(m: Mat2, c1?: string, c2?: string): string {
  const [a, b, c, d] = m.map(fmt) as [string, string, string, string];
  const f = (color: string | undefined, x: string): string => (color ? coloured(color, x) : x);
  return `\\begin{bmatrix} ${f(c1, a)} & ${f(c2, b)} \\\\ ${f(c1, c)} & ${f(c2, d)} \\end{bmatrix}`;
}

/** A number as a factor in a product: negative ones in parentheses. */
export function factor(x: number): string {
  const s = fmt(x);
  return x < 0 && s !== '0' ? `(${s})` : s;
}

/** Rows aligned at their first "&=" (each row must contain one "&="). */
export function alignedRows(rows: readonly string[]): string {
  return `\\begin{aligned} ${rows.join(' \\\\[0.45em] ')} \\end{aligned}`;
}

/** A direction scaled so its largest entry is ±1 and the first clear entry positive: "along (1, 0.5)". */
export function niceDirection(v: Vec2): Vec2 {
  const big = Math.max(Math.abs(v[0]), Math.abs(v[1]));
  if (!(big > 0) || !Number.isFinite(big)) return [0, 0];
  let x = v[0] / big;
  let y = v[1] / big;
  if (x < -1e-9 || (Math.abs(x) <= 1e-9 && y < 0)) {
    x = -x;
    y = -y;
  }
  return [clean(x), clean(y)];
}

export function rows(m: Mat2): string {
  const [a, b, c, d] = m.map(fmt);
  return `rows ${a} ${b} and ${c} ${d}`;
}

/**
 * "Your guess (1.9, 1.1) was 0.14 units from a·v + b·w, (2, 1). Spot on! <hint>" — the hint is
 * only given when the guess was not close, where it helps; a guess on one of `slips` gets the slip
 * named instead of a band. `exact` replaces "is exactly <what>"
 * where that reads oddly ("lies exactly on an eigenvector line").
 */
export function feedback(
  p: Prediction,
  what: string,
  hint: string,
  exact?: string,
  slips: readonly Slip<Vec2>[] = [],
): string {
  const b = band(p.distance);
  if (b === 'exact') return `Your guess ${point(p.guess)} ${exact ?? `is exactly ${what}`}. Spot on!`;
  const units = fmt(p.distance) === '1' ? 'unit' : 'units';
  // A guess on a known slip is told which slip it is: that says more than how far off it was.
  const slip = pointSlip(p.guess, p.target, slips);
  if (slip)
    return `Your guess ${point(p.guess)} was ${fmt(p.distance)} ${units} from ${what}, ${point(p.target)}. ${slip}`;
  const tail = b === 'near' || b === 'far' ? ` ${hint}` : '';
  return `Your guess ${point(p.guess)} was ${fmt(p.distance)} ${units} from ${what}, ${point(p.target)}. ${BAND_WORDS[b]}${tail}`;
}

export function scoreAgainst(guess: Vec2, target: Vec2): Prediction {
  return {
    guess: [guess[0], guess[1]],
    target: [target[0], target[1]],
    distance: Math.hypot(guess[0] - target[0], guess[1] - target[1]),
  };
}

/** Two-stage animation: the first half of t runs stage 1, the second half stage 2 (each eased 0..1). */
export function stages(t: number, ease: (x: number) => number): [number, number] {
  const x = Math.min(1, Math.max(0, t));
  return [ease(Math.min(1, 2 * x)), ease(Math.max(0, 2 * x - 1))];
}

/** "1.5·v − 0.5·w": a weighted sum with the signs where a reader expects them. */
export function signedSum(terms: readonly (readonly [number, string])[], times = '·'): string {
  return terms
    .map(([x, name], n) => {
      const mag = fmt(Math.abs(x));
      if (n === 0) return `${fmt(x)}${times}${name}`;
      return `${x < 0 && mag !== '0' ? '−' : '+'} ${mag}${times}${name}`;
    })
    .join(' ');
}

/**
 * Where a handle lands: a pointer drag snaps (to 0.1, and to whole numbers nearby); a key press
 * was already stepped. Both are kept within the props' ±100 and cleaned of float noise.
 */
export function place(p: Vec2, dragged: boolean): Vec2 {
  return dragged ? snapPoint(p) : [clean(p[0]), clean(p[1])];
}

/** The settings of a mode with nothing to play: no time, no controls, one plot, no det readout. */
export const STILL = {
  play: 'none',
  timeLabel: 'Time',
  playSeconds: 0,
  controls: [],
  plots: 1,
  detReadout: false,
} as const;

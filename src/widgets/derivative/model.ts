/**
 * The numbers `<lumen-derivative>` shows, from its state alone (pure, no DOM): the view windows of
 * tangent mode (zoomed about the point), the secant and exact slopes, the chain-rule numbers and
 * the shared scale of the three number lines, keyboard steps, and how close a guess was.
 */
import {
  MIN_H,
  chainAt,
  compileFunction,
  secantSlope,
  type ChainNumbers,
  type Fn1,
} from '../../math/calculus';
import { fitRange, sampleCurve, zoomAbout, type Interval, type Window } from '../../math/calculus-plot';
import { DERIVATIVE_PROPS, MAX_ZOOM, type DerivativeState } from './props';
import { judgeNumber, type Verdict } from '../../ui/verdict';
import type { Slip } from '../../ui/slips';
import { parseNumber, plain } from '../../math/number-text';

const short = (x: number): string => plain(x, 3);

/** Compiles a function the state holds (always valid there); the default stands in otherwise. */
export function functionOf(text: string, which: 'f' | 'g'): Fn1 {
  const allowed = which === 'f' ? (['x', 'u'] as const) : (['x'] as const);
  const r = compileFunction(text, allowed);
  if (r.ok) return r.fn;
  const d = compileFunction(DERIVATIVE_PROPS[which].default, allowed);
  if (!d.ok) throw new Error(`the default ${which} does not compile`);
  return d.fn;
}

// ---- tangent mode ---------------------------------------------------------------------------------

/** Samples across the unzoomed window used to fit the y ranges. */
const FIT_SAMPLES = 400;

export interface TangentNumbers {
  readonly x0: number;
  /** f(x0), NaN where f is undefined there. */
  readonly fx0: number;
  readonly h: number;
  /** f(x0 + h). */
  readonly fx1: number;
  /** (f(x0 + h) − f(x0)) / h. */
  readonly secant: number;
  /** f'(x0) from the backward pass; NaN at a corner, where the derivative does not exist. */
  readonly slope: number;
  /** At a corner (relu at 0, |x| at 0): the slopes from the left and from the right. */
  readonly sides?: readonly [left: number, right: number] | undefined;
}

export function tangentNumbers(f: Fn1, x0: number, h: number): TangentNumbers {
  const sides = corner(f.value, x0);
  return {
    x0,
    fx0: f.value(x0),
    h,
    fx1: f.value(x0 + h),
    secant: secantSlope(f.value, x0, h),
    // The backward pass picks one side's slope at a corner (relu′(0) = 0); the limit has none.
    slope: sides ? NaN : f.slope(x0),
    sides,
  };
}

/**
 * The one-sided slopes at x0 when they disagree (a corner), else undefined. A smooth curve's two
 * sides differ by about f″·e, far below the tolerance; a corner's differ by a jump in slope.
 */
export function corner(value: (x: number) => number, x0: number): readonly [number, number] | undefined {
  const e = 1e-7 * Math.max(1, Math.abs(x0));
  const y = value(x0);
  const left = (y - value(x0 - e)) / e;
  const right = (value(x0 + e) - y) / e;
  if (![y, left, right].every(Number.isFinite)) return undefined;
  if (Math.abs(left - right) <= 1e-3 * Math.max(1, Math.abs(left), Math.abs(right))) return undefined;
  const round = (m: number): number => Math.round(m * 1e4) / 1e4 || 0;
  return [round(left), round(right)];
}

/** The x range before zooming. */
export function baseXRange(s: Pick<DerivativeState, 'center' | 'range'>): Interval {
  return [s.center - s.range, s.center + s.range];
}

/** x0 held inside the unzoomed window, so that the point is on screen at every zoom. */
export function clampX0(s: Pick<DerivativeState, 'center' | 'range'>, x0: number): number {
  const [lo, hi] = baseXRange(s);
  return Math.min(hi, Math.max(lo, Math.min(100, Math.max(-100, x0))));
}

export interface BaseWindows {
  /** f's window before zooming. */
  readonly curve: Window;
  /** f′'s y range (always unzoomed: at high zoom f′ is flat across the window, which is the point). */
  readonly slopeY: Interval;
}

/** The unzoomed windows of the curve and its derivative: y fitted to the body of each curve. */
export function baseWindows(f: Fn1, s: Pick<DerivativeState, 'center' | 'range'>): BaseWindows {
  const x = baseXRange(s);
  const ys = sampleCurve(f.value, x[0], x[1], FIT_SAMPLES).map((p) => p.y);
  const ds = sampleCurve(f.slope, x[0], x[1], FIT_SAMPLES).map((p) => p.y);
  const [lo, hi] = fitRange([...ds, 0], 1);
  return { curve: { x, y: fitRange(ys, 1) }, slopeY: [lo, hi] };
}

/**
 * The window shown: the base window magnified `zoom` times about (x0, f(x0)) (about x0 and the
 * middle of the y range where f(x0) is undefined).
 */
export function tangentWindow(base: Window, f: Fn1, x0: number, zoom: number): Window {
  const y0 = f.value(x0);
  const fy = Number.isFinite(y0) ? y0 : (base.y[0] + base.y[1]) / 2;
  return zoomAbout(base, [x0, fy], zoom);
}

/**
 * `w` with its axes to scale in a panel `width` × `height` px where the curve's fitted y range
 * allows it: a flat curve (the sigmoid over ±3 fits y to about 0-1) would otherwise be stretched
 * until a slope of 0.25 looks like 45° (review Part 2, D13), so its y range grows about its middle
 * until one unit is as long on both axes. A steep curve (x² over ±3) keeps its fitted y range: at
 * one scale it would not fit, and its x range is the one the lesson asked for.
 */
export function toScale(w: Window, width: number, height: number): Window {
  const xSpan = w.x[1] - w.x[0];
  const ySpan = w.y[1] - w.y[0];
  if (!(width > 0 && height > 0 && xSpan > 0 && ySpan > 0)) return w;
  const equal = (xSpan * height) / width;
  if (!Number.isFinite(equal) || equal <= ySpan) return w;
  const mid = (w.y[0] + w.y[1]) / 2;
  return { x: w.x, y: [mid - equal / 2, mid + equal / 2] };
}

/** The secant step the shrink animation stops at: far below a pixel at the current zoom. */
export function shrinkTarget(s: Pick<DerivativeState, 'range' | 'zoom'>): number {
  return Math.max(MIN_H, (s.range / s.zoom) * 1e-3);
}

/** Zoom after one press of + or − (×2), or one wheel notch (×1.25), kept in range. */
export function zoomBy(zoom: number, factor: number): number {
  const z = zoom * factor;
  return Math.min(MAX_ZOOM, Math.max(1, Math.abs(z - 1) < 1e-9 ? 1 : z));
}

// ---- keyboard --------------------------------------------------------------------------------------

export interface Modifiers {
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** Shift is coarse (×10), Alt fine (÷10). */
export function keyScale(m: Modifiers): number {
  return m.shiftKey ? 10 : m.altKey ? 0.1 : 1;
}

/** −1, +1 or 0 for the arrow keys (left/down shrink, right/up grow). */
export function arrowDirection(key: string): -1 | 0 | 1 {
  if (key === 'ArrowRight' || key === 'ArrowUp') return 1;
  if (key === 'ArrowLeft' || key === 'ArrowDown') return -1;
  return 0;
}

/** h after an arrow key: ×1.25 per press (Shift ×2, Alt ×1.05), within the prop's range. */
export function stepH(h: number, direction: -1 | 1, m: Modifiers): number {
  const factor = m.shiftKey ? 2 : m.altKey ? 1.05 : 1.25;
  const next = direction > 0 ? h * factor : h / factor;
  return Math.min(10, Math.max(1e-6, next));
}

/** dx after an arrow key: ×1.25 per press (Shift ×2, Alt ×1.05), within 0.001 … 2. */
export function stepDx(dx: number, direction: -1 | 1, m: Modifiers): number {
  const factor = m.shiftKey ? 2 : m.altKey ? 1.05 : 1.25;
  const next = direction > 0 ? dx * factor : dx / factor;
  return Math.min(2, Math.max(0.001, next));
}

/** A value rounded to a few digits beyond `step`, so keyboard moves land on readable numbers. */
export function snap(value: number, step: number): number {
  const digits = Math.max(0, Math.min(12, 2 - Math.floor(Math.log10(step))));
  const r = Number(value.toFixed(digits));
  return r === 0 ? 0 : r;
}

// ---- chain mode -----------------------------------------------------------------------------------

export function chainNumbers(s: Pick<DerivativeState, 'f' | 'g' | 'x0' | 'dx'>): ChainNumbers | undefined {
  return chainAt(functionOf(s.g, 'g'), functionOf(s.f, 'f'), s.x0, s.dx);
}

/**
 * Why there are no chain numbers at x (a sentence without its full stop): a value too large for a
 * double is not "not defined", it overflowed, and the learner should hear which.
 */
export function chainProblem(s: Pick<DerivativeState, 'f' | 'g' | 'x0'>): string {
  const g = functionOf(s.g, 'g');
  const f = functionOf(s.f, 'f');
  const x = s.x0;
  const at = `at x = ${num(x)}`;
  const huge = (v: number): boolean => v === Infinity || v === -Infinity;
  const u = g.value(x);
  if (g.overflows(x)) return `g(x) is too large to compute ${at} (beyond about 1.8 × 10³⁰⁸): move x`;
  if (!Number.isFinite(u)) return `g(x) is not defined ${at}: move x`;
  const y = f.value(u);
  if (f.overflows(u))
    return `f(g(x)) = f(${num(u)}) is too large to compute ${at} (beyond about 1.8 × 10³⁰⁸): move x`;
  if (!Number.isFinite(y)) return `f(g(x)) is not defined ${at}: move x`;
  const slopes = [g.slope(x), f.slope(u)];
  if (slopes.some(huge)) return `a slope is too large to compute ${at} (beyond about 1.8 × 10³⁰⁸): move x`;
  return `f(g(x)) has no slope ${at}: move x`;
}

/**
 * Half the width of each number line, in units. All three share one scale, so a nudge that grows
 * on its way down looks bigger: the picture is honest about the factors. The largest of dx, du,
 * dy takes at most 40% of a line (its arrow starts at the middle).
 */
export function lineHalfSpan(c: Pick<ChainNumbers, 'dx' | 'du' | 'dy'>): number {
  const biggest = Math.max(Math.abs(c.dx), Math.abs(c.du), Math.abs(c.dy));
  return Number.isFinite(biggest) && biggest > 0 ? biggest / 0.4 : 1;
}

/** How much of each stage of the ripple shows at time p (0 … 3): dx, then du, then dy. */
export function rippleStages(p: number): readonly [number, number, number] {
  const stage = (k: number): number => Math.min(1, Math.max(0, p - k));
  return [stage(0), stage(1), stage(2)];
}

/** The ripple runs at this many stages per second. */
export const RIPPLE_SPEED = 1.5;

// ---- predict-first ------------------------------------------------------------------------------

/** A guess within 5% of the answer (within 0.005 of an answer near 0) counts as right. */
export function scoreGuess(guess: number, answer: number, slips: readonly Slip<number>[] = []): Verdict {
  return judgeNumber(guess, Number(answer.toPrecision(6)), 0.05 * Math.max(0.1, Math.abs(answer)), '', slips);
}

/**
 * The classic slips of this widget's questions. A slope: the height f(x0) given for it. The chain
 * rule: one stage's factor only, or f′ taken at x instead of at u = g(x).
 */
export function derivativeSlips(
  mode: 'tangent' | 'chain',
  t: Pick<TangentNumbers, 'x0' | 'fx0'>,
  c: Pick<ChainNumbers, 'x' | 'u' | 'gSlope' | 'fSlope'> | undefined,
  fSlopeAtX?: number,
): Slip<number>[] {
  if (mode === 'tangent')
    return Number.isFinite(t.fx0)
      ? [
          {
            at: t.fx0,
            says: `That is f(${short(t.x0)}) = ${short(t.fx0)}, the height of the curve there; the question asks for its slope, how fast the height changes.`,
          },
        ]
      : [];
  if (!c) return [];
  const out: Slip<number>[] = [
    {
      at: c.fSlope,
      says: `That is f′(u) alone: the outer stage's factor. The inner stage scales the nudge too, by g′(x) = ${short(c.gSlope)}; multiply the two.`,
    },
    {
      at: c.gSlope,
      says: `That is g′(x) alone: the inner stage's factor. The outer stage scales the nudge again, by f′(u) = ${short(c.fSlope)}; multiply the two.`,
    },
  ];
  if (fSlopeAtX !== undefined && Number.isFinite(fSlopeAtX) && c.u !== c.x)
    out.push({
      at: fSlopeAtX * c.gSlope,
      says: `That is f′ taken at x = ${short(c.x)}; the outer function sees u = g(x) = ${short(c.u)}, so take f′ there.`,
    });
  return out;
}

/** A revealed guess: the guess, the answer, how far apart and the verdict. */
export interface Prediction {
  readonly guess: number;
  readonly answer: number;
  readonly error: number;
  readonly correct: boolean;
  readonly sentence: string;
}

/** Reads and judges a typed guess of `answer` (the slope, or dy/dx): the result, or why not. */
export function judgeGuess(
  text: string,
  answer: number,
  slips: readonly Slip<number>[] = [],
): Prediction | string {
  const guess = parseNumber(text);
  if (guess === undefined) return 'Type a number, such as -2 or 0.5, then press Reveal.';
  if (!Number.isFinite(answer)) return 'The slope is not defined here; move the point first.';
  const v = scoreGuess(guess, answer, slips);
  return {
    guess,
    answer,
    error: v.error ?? Math.abs(guess - answer),
    correct: v.correct,
    sentence: v.sentence,
  };
}

// ---- numbers for people -------------------------------------------------------------------------

/**
 * `digits` significant digits, a real minus sign, 1.23e−4 when tiny. A value that is not finite (f
 * overflowed, or is undefined there) reads "not defined", which fits every sentence it ends
 * ("… = not defined", "the exact slope is not defined"); "undefined" would read as a bug.
 */
export function num(x: number, digits = 4): string {
  return Number.isFinite(x) ? plain(x, digits) : 'not defined';
}

// ---- handles, keys and buttons ------------------------------------------------------------------

/** The draggable points: tangent mode's point and secant end, chain mode's x and nudge tip. */
export const HANDLE_NAMES = ['point', 'secant', 'x', 'nudge'] as const;
export type HandleName = (typeof HANDLE_NAMES)[number];

/** A value held inside its key's range in the property table. */
export function clampTo(key: 'h' | 'x0' | 'dx', v: number): number {
  const p = DERIVATIVE_PROPS[key];
  return Math.min(p.max ?? Infinity, Math.max(p.min ?? -Infinity, v));
}

/** Where a handle sits along x: x0, x0 + h, x, or the nudge's tip as far as the ripple (`stage`) shows it. */
export function handleAt(
  name: HandleName,
  s: Pick<DerivativeState, 'x0' | 'h' | 'dx'>,
  stage: number,
): number {
  if (name === 'secant') return s.x0 + s.h;
  return name === 'nudge' ? s.x0 + s.dx * stage : s.x0;
}

/** Which handles are on: the point (tangent) and x (chain); the secant end and the nudge once the answer shows. */
export function handleOn(
  name: HandleName,
  mode: DerivativeState['mode'],
  guessing: boolean,
  defined: boolean,
): boolean {
  if (name === 'point') return mode === 'tangent';
  if (name === 'secant') return mode === 'tangent' && !guessing;
  return mode === 'chain' && (name === 'x' || (defined && !guessing));
}

/** The state a drag of a handle to `x` asks for: resolved to a pixel (`unitsPerPx`), within range. */
export function dragTo(
  name: HandleName,
  s: DerivativeState,
  x: number,
  unitsPerPx: number,
): Partial<DerivativeState> {
  const v = snap(name === 'secant' || name === 'nudge' ? x - s.x0 : x, unitsPerPx);
  if (name === 'point') return { x0: clampX0(s, v) };
  return name === 'secant'
    ? { h: clampTo('h', v) }
    : name === 'x'
      ? { x0: clampTo('x0', v) }
      : { dx: clampTo('dx', v) };
}

/**
 * The state an arrow key on a handle asks for: the point moves 1% of the window (`windowWidth`),
 * x by 0.05, h and dx grow or shrink 1.25× (Shift coarse, Alt fine).
 */
export function keyTo(
  name: HandleName,
  s: DerivativeState,
  dir: -1 | 1,
  m: Modifiers,
  windowWidth: number,
): Partial<DerivativeState> {
  if (name === 'secant' || name === 'nudge') {
    const v = name === 'secant' ? stepH(s.h, dir, m) : stepDx(s.dx, dir, m);
    return name === 'secant' ? { h: snap(v, v / 100) } : { dx: snap(v, v / 100) };
  }
  const step = (name === 'point' ? windowWidth / 100 : 0.05) * keyScale(m);
  const x0 = snap(s.x0 + dir * step, step);
  return { x0: name === 'point' ? clampX0(s, x0) : clampTo('x0', x0) };
}

export type Action = 'zoomIn' | 'zoomOut' | 'zoomReset' | 'shrink' | 'ripple';

/** The letter keys inside the widget: + − 0 zoom and s shrinks h (tangent); n nudges (chain). */
export function letterAction(mode: DerivativeState['mode'], key: string): Action | undefined {
  const k = key.toLowerCase();
  if (mode === 'chain') return k === 'n' ? 'ripple' : undefined;
  const actions: Record<string, Action> = {
    '+': 'zoomIn',
    '=': 'zoomIn',
    '-': 'zoomOut',
    _: 'zoomOut',
    '0': 'zoomReset',
    s: 'shrink',
  };
  return actions[k];
}

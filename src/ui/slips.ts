/**
 * The classic slips of a predict-first guess: a wrong answer that is wrong in a known way (AB
 * instead of BA, the row read as the column, 0.09 typed where 9 % was meant, the height of a curve
 * given for its slope). Each widget, or each `<lumen-predict>` through its `slips` attribute,
 * declares the slips of its own question; these pure functions only say whether a guess is one,
 * so the verdict can name the slip instead of only measuring a distance.
 *
 * @example
 * pointSlip([-1, -1], [1, -1], [{ at: [-1, -1], says: 'That is AB: B first.' }]); // 'That is AB: B first.'
 */
import type { Vec2 } from '../math/types';

/** A known wrong answer and the sentence that names it. */
export interface Slip<T> {
  readonly at: T;
  readonly says: string;
}

/** How near a point guess must be to a slip (or to the answer) to count as it, in plot units. */
export const POINT_NEAR = 0.3;

/**
 * The sentence of the slip a point guess is on, or undefined: when the guess is near the answer,
 * or on no slip, or the slip coincides with the answer here (then it is no slip at all).
 */
export function pointSlip(
  guess: Vec2,
  answer: Vec2,
  slips: readonly Slip<Vec2>[],
  near = POINT_NEAR,
): string | undefined {
  const d = (a: Vec2, b: Vec2): number => Math.hypot(a[0] - b[0], a[1] - b[1]);
  if (!(d(guess, answer) > near)) return undefined;
  return slips.find((s) => d(s.at, answer) > near && d(guess, s.at) <= near)?.says;
}

/**
 * Whether `guess` counts as the number `at`: within `tolerance`, or within 2 % of its size (a
 * guess typed with fewer decimals than the slip has).
 */
function sameNumber(guess: number, at: number, tolerance: number): boolean {
  return Math.abs(guess - at) <= Math.max(tolerance, 0.02 * Math.abs(at), 1e-9);
}

/** The sentence of the slip a number guess is on; never when the guess counts as the answer. */
export function numberSlip(
  guess: number,
  answer: number,
  slips: readonly Slip<number>[],
  tolerance: number,
): string | undefined {
  if (!Number.isFinite(guess) || sameNumber(guess, answer, tolerance)) return undefined;
  return slips.find((s) => !sameNumber(s.at, answer, tolerance) && sameNumber(guess, s.at, tolerance))?.says;
}

/**
 * A percentage typed as a probability: the answer is in percent (9.2 %) and the guess is that
 * number over 100 (0.09). Only for answers of at least 1 %, where the two cannot be confused.
 */
export function typedAsProbability(guess: number, answerPercent: number, tolerancePercent: number): boolean {
  if (!(Math.abs(answerPercent) >= 1) || !(Math.abs(guess) < 1)) return false;
  return Math.abs(guess * 100 - answerPercent) <= Math.max(tolerancePercent, 0.1 * Math.abs(answerPercent));
}

/** "too high" or "too low": which side of the answer a wrong guess fell on. */
export function side(guess: number, answer: number): 'too high' | 'too low' {
  return guess > answer ? 'too high' : 'too low';
}

export type SlipList = { ok: true; list: Slip<number>[] } | { ok: false; error: string };

/**
 * The `slips` attribute of `<lumen-predict>`: "8: You added bc; the determinant subtracts it. |
 * 2: …", each a number, a colon and the sentence, separated by "|". Empty text is no slips.
 */
export function parseSlips(text: string): SlipList {
  if (text.trim() === '') return { ok: true, list: [] };
  const list: Slip<number>[] = [];
  for (const part of text.split('|')) {
    const m = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*:\s*(\S.*?)\s*$/i.exec(part);
    if (!m) return { ok: false, error: `"${part.trim().slice(0, 30)}" is not "number: sentence"` };
    list.push({ at: Number(m[1]), says: m[2]! });
  }
  return { ok: true, list };
}

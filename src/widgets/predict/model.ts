/**
 * Scoring a prediction, in words a learner can take: how far off, and whether that counts as
 * right. Pure, so the bands are unit-tested.
 */
import { formatNumber, parseNumber } from '../../math/number-text';

export const MAX_CHOICES = 6;

export type Choices = { ok: true; list: string[] } | { ok: false; error: string };

/** "a | b | c" → ["a", "b", "c"]; empty text means "no choices" (a number question). */
export function parseChoices(text: string): Choices {
  if (text.trim() === '') return { ok: true, list: [] };
  const list = text.split('|').map((c) => c.trim());
  if (list.some((c) => c === '')) return { ok: false, error: 'a choice between two "|" is empty' };
  if (list.length < 2 || list.length > MAX_CHOICES)
    return { ok: false, error: `expected 2 to ${MAX_CHOICES} choices separated by "|"` };
  return { ok: true, list };
}

export interface Verdict {
  readonly correct: boolean;
  /** |guess − answer|, for number questions. */
  readonly error?: number;
  readonly sentence: string;
}

/** How close a number guess is; the bands are relative to the size of the answer. */
export function judgeNumber(guess: number, answer: number, tolerance: number, unit = ''): Verdict {
  const error = Math.abs(guess - answer);
  const scale = Math.max(Math.abs(answer), 1);
  const u = unit ? ` ${unit}` : '';
  const off = `Your guess ${formatNumber(guess)}${u} is ${formatNumber(Number(error.toPrecision(3)))} away from ${formatNumber(answer)}${u}.`;
  // A hair of slack: 3 − 2.9 is 0.10000000000000009 in floating point, and 2.9 is within 0.1.
  if (error <= tolerance + 1e-9 * scale) return { correct: true, error, sentence: error === 0 ? `Exactly right: ${formatNumber(answer)}${u}.` : `${off} Spot on.` };
  if (error <= 0.1 * scale) return { correct: false, error, sentence: `${off} Very close.` };
  if (error <= 0.5 * scale) return { correct: false, error, sentence: `${off} In the right direction; look again at the picture.` };
  return { correct: false, error, sentence: `${off} Quite far: watch the picture and see why.` };
}

export function judgeChoice(picked: number, answer: number, choices: readonly string[]): Verdict {
  const right = choices[answer - 1] ?? '';
  return picked === answer
    ? { correct: true, sentence: `Right: ${right}.` }
    : { correct: false, sentence: `Not quite: the answer is ${right}.` };
}

/** Reads the learner's typed number (strict: no "Infinity", no hex). */
export function readGuess(text: string): number | undefined {
  return parseNumber(text);
}

/** "t=1&formula=true" → { t: "1", formula: "true" }; undefined when it is not that shape. */
export function parseReveal(text: string): Record<string, string> | undefined {
  if (text.trim() === '') return {};
  const out: Record<string, string> = {};
  for (const part of text.split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return undefined;
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

/**
 * Scoring a prediction, in words a learner can take: how far off, and whether that counts as
 * right. Pure, so the bands are unit-tested.
 */
import { parseNumber } from '../../math/number-text';
import type { Verdict } from '../../ui/verdict';

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

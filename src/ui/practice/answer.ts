/**
 * Reading and judging what a learner typed for a practice item: pure functions, so the page and
 * the tests share them. A wrong answer is told what kind of wrong (a named slip, too high or too
 * low, how many entries are right), never the answer itself: that waits for "Show answer".
 */
import { parseMatrix2 } from '../../math/matrix-text';
import { formatNumber, parseNumber } from '../../math/number-text';
import type { AnswerKind, PracticeItem } from '../../lesson/practice/item';
import { side } from '../slips';

export type AnswerParse = { ok: true; value: number[] } | { ok: false; error: string };

/** Largest size of a typed entry: beyond it, a number is a typing slip, not an answer. */
const LIMIT = 1e6;

/** What the field asks for, as its hint and in its error messages. */
export function answerHint(kind: AnswerKind, size: number): string {
  if (kind === 'number') return 'a number, like 4 or -1.5';
  if (kind === 'vector') return `${size} numbers, like ${size === 3 ? '1, 0, -2' : '3, -1'}`;
  return 'a matrix row by row, like 1 2; 3 4';
}

export function parseAnswer(kind: AnswerKind, size: number, text: string): AnswerParse {
  const t = text.trim();
  const expected = `expected ${answerHint(kind, size)}`;
  if (t === '') return { ok: false, error: `Type an answer first: ${expected}.` };
  const shown = `“${t.length > 30 ? t.slice(0, 30) + '…' : t}”`;
  let value: number[];
  if (kind === 'matrix') {
    const m = parseMatrix2(t, LIMIT);
    if (!m.ok) return { ok: false, error: `Could not read ${shown}: ${m.error}.` };
    value = [...m.value];
  } else {
    // "(3, -1)", "3, -1", "3 -1" and "[3, -1]" all read as the vector (3, −1).
    const cells = t.replace(/^[([]\s*|\s*[)\]]$/g, '').split(/\s*[,;]\s*|\s+/);
    const nums = cells.map(parseNumber);
    if (cells.length !== size || nums.some((x) => x === undefined)) {
      const bad = cells.find((c, i) => c !== '' && nums[i] === undefined);
      const why =
        bad !== undefined ? `“${bad.slice(0, 20)}” is not a number` : `that is ${cells.length} numbers`;
      return { ok: false, error: `Could not read ${shown}: ${why}; ${expected}.` };
    }
    value = nums as number[];
  }
  if (value.some((x) => Math.abs(x) > LIMIT))
    return {
      ok: false,
      error: `Could not read ${shown}: numbers beyond ±${formatNumber(LIMIT)} are no answer here.`,
    };
  return { ok: true, value };
}

export interface PracticeVerdict {
  readonly correct: boolean;
  readonly sentence: string;
}

const near = (a: readonly number[], b: readonly number[], tol: number): boolean =>
  a.length === b.length &&
  a.every((x, i) => Math.abs(x - b[i]!) <= tol + 1e-9 * Math.max(1, Math.abs(b[i]!)));

export function judgeAnswer(item: PracticeItem, value: readonly number[]): PracticeVerdict {
  if (near(value, item.answer, item.tolerance)) return { correct: true, sentence: 'Right.' };
  const slip = item.slips.find((s) => near(value, s.at, item.tolerance));
  if (slip) return { correct: false, sentence: `Not yet. ${slip.says}` };
  if (item.answerKind === 'number')
    return {
      correct: false,
      sentence: `Not yet: ${side(value[0]!, item.answer[0]!)}. Try again, or show the answer.`,
    };
  const right = value.filter((x, i) => near([x], [item.answer[i]!], item.tolerance)).length;
  const what = item.answerKind === 'matrix' ? 'entries' : 'numbers';
  return {
    correct: false,
    sentence: `Not yet: ${right} of ${item.answer.length} ${what} ${right === 1 ? 'is' : 'are'} right. Try again, or show the answer.`,
  };
}

/** Decimals that a tolerant answer is asked to (tolerance 0.005 or 0.01: 2); undefined for exact ones. */
export function answerDecimals(item: PracticeItem): number | undefined {
  return item.tolerance > 0 ? Math.max(0, Math.ceil(-Math.log10(2 * item.tolerance))) : undefined;
}

/** The answer as it would be typed: "4", "3, -1", "1 2; 3 4"; a tolerant one rounded ("0.85"). */
export function answerText(item: PracticeItem): string {
  const places = answerDecimals(item);
  const f = item.answer.map((x) => formatNumber(places === undefined ? x : Number(x.toFixed(places))));
  if (item.answerKind === 'matrix') return `${f[0]} ${f[1]}; ${f[2]} ${f[3]}`;
  return f.join(', ');
}

/** A seed from a link, or why it cannot be one (the link is then told so and a fresh one drawn). */
export function parseSeed(text: string): { ok: true; seed: number } | { ok: false; error: string } {
  const t = text.trim();
  if (/^\d{1,10}$/.test(t) && Number(t) <= 2 ** 32 - 1) return { ok: true, seed: Number(t) };
  return {
    ok: false,
    error: `This link's question number “${t.slice(0, 20)}” is not a whole number from 0 to 4294967295, so here is a fresh question.`,
  };
}

/**
 * One practice item: a question drawn from a seed, its answer, how close counts as right, the
 * classic slips it invites, and the worked answer. Pure data, made by the generators of a set
 * (./sets.ts) in Node and in the page alike, so a seed shared in a link gives the same item.
 */
import { createRandom, type Random } from '../../math/random';

/** What the learner types: one number, a vector (2 or 3 entries) or a 2×2 matrix (row by row). */
export type AnswerKind = 'number' | 'vector' | 'matrix';

/** A known wrong answer and the sentence that names it (entries as the answer's). */
export interface ItemSlip {
  readonly at: readonly number[];
  readonly says: string;
}

export interface PracticeItem {
  /** The generator's name, e.g. "matrix-times-vector". */
  readonly kind: string;
  /** The question in words, before its formula (plain text). */
  readonly prompt: string;
  /** The formula of the question (TeX, typeset with trust off). */
  readonly tex: string;
  /** The whole question as plain text (for a reader without math, and for tests). */
  readonly text: string;
  readonly answerKind: AnswerKind;
  /** The answer's entries: one for a number, 2 or 3 for a vector, 4 (row by row) for a matrix. */
  readonly answer: readonly number[];
  /** Largest distance per entry that still counts as right. */
  readonly tolerance: number;
  readonly slips: readonly ItemSlip[];
  /** The worked answer, one TeX line per step. */
  readonly steps: readonly string[];
  /** The numbers the question was built from, so a test can recompute the answer on its own. */
  readonly given: Readonly<Record<string, number | readonly number[]>>;
}

export type Generator = (rng: Random) => PracticeItem;

/** A set: the generators of one lesson, 3-5 kinds of question. */
export interface PracticeSet {
  readonly title: string;
  readonly generators: readonly Generator[];
}

/** Largest seed: seeds are whole numbers 0 … 2³² − 1 (createRandom's distinct seeds). */
export const MAX_SEED = 2 ** 32 - 1;

/** The item of `set` for `seed`: the seed picks the kind of question, then its numbers. */
export function drawItem(set: PracticeSet, seed: number): PracticeItem {
  const rng = createRandom(seed);
  const gen = set.generators[rng.int(set.generators.length)]!;
  const item = gen(rng);
  // A slip that lands on the answer for these numbers (2 + 2 = 2 · 2) is no slip here: it would
  // call a right answer wrong.
  const slips = item.slips.filter((s) => s.at.some((x, i) => Math.abs(x - item.answer[i]!) > item.tolerance));
  return slips.length === item.slips.length ? item : { ...item, slips };
}

/** A whole number in lo … hi (both included). */
export function int(rng: Random, lo: number, hi: number): number {
  return lo + rng.int(hi - lo + 1);
}

/** A whole number in lo … hi other than 0. */
export function nonzero(rng: Random, lo: number, hi: number): number {
  for (;;) {
    const x = int(rng, lo, hi);
    if (x !== 0) return x;
  }
}

/** One of `list`. */
export function pick<T>(rng: Random, list: readonly T[]): T {
  return list[rng.int(list.length)]!;
}

/** A whole number as TeX (a true minus, no "-0"). */
export function n(x: number): string {
  const v = Object.is(x, -0) ? 0 : x;
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
}

/** A whole number in a sum: "+ 3" or "− 3", to follow another term. */
export function signed(x: number): string {
  return x < 0 ? `- ${n(-x)}` : `+ ${n(x)}`;
}

/** A number in a product: parenthesised when negative. */
export function p(x: number): string {
  return x < 0 ? `(${n(x)})` : n(x);
}

/** A column vector as TeX. */
export function vecTex(v: readonly number[]): string {
  return `\\begin{pmatrix} ${v.map(n).join(' \\\\ ')} \\end{pmatrix}`;
}

/** A square matrix's rows (given row by row), each entry written as `n` writes it. */
function rowsOf(m: readonly number[]): string[][] {
  const size = Math.round(Math.sqrt(m.length));
  return Array.from({ length: size }, (_, r) => m.slice(r * size, r * size + size).map(n));
}

/** A square matrix (row by row) as TeX. */
export function matTex(m: readonly number[]): string {
  return `\\begin{pmatrix} ${rowsOf(m)
    .map((row) => row.join(' & '))
    .join(' \\\\ ')} \\end{pmatrix}`;
}

/** A vector as plain text: (1, −2). */
export function vecText(v: readonly number[]): string {
  return `(${v.map(n).join(', ')})`;
}

/** A square matrix as plain text, row by row: [1 2; 3 4]. */
export function matText(m: readonly number[]): string {
  return `[${rowsOf(m)
    .map((row) => row.join(' '))
    .join('; ')}]`;
}

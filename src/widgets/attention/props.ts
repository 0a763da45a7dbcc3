/**
 * The property table of `<lumen-attention>`: a short sentence whose word vectors (learned in the
 * page, lesson 26) become Q, K and V through small seeded matrices, or Q, K, V typed directly;
 * the causal mask, one or two heads, the query row in focus and the predict-first question.
 */
import {
  booleanProp,
  customProp,
  numberProp,
  textProp,
  fail,
  type ParseResult,
  type PropRule,
  type StateOf,
} from '../../ui/props';
import { formatNumber } from '../../math/number-text';
import { parseRows } from '../../math/genai/matrix';
import { shapeProblem } from '../../math/genai/attention';

/** At most this many words (rows of Q, K, V): a heat map of 8 × 8 numbers still reads at phone width. */
export const MAX_TOKENS = 8;
/** At most this many columns in a typed or edited matrix. */
export const MAX_COLS = 6;
/** Entries of typed matrices stay within ±LIMIT (scores of 100 × 100 × 6 are still finite and exact). */
export const LIMIT = 100;
export const SEED_MAX = 999999;

type Rows = number[][];

function checkRows(v: unknown): ParseResult<Rows> {
  if (!Array.isArray(v)) return fail('must be rows of numbers');
  if (v.length === 0) return { ok: true, value: [] };
  if (v.length > MAX_TOKENS) return fail(`must have at most ${MAX_TOKENS} rows, got ${v.length}`);
  const width = Array.isArray(v[0]) ? (v[0] as unknown[]).length : -1;
  if (width < 1 || width > MAX_COLS) return fail(`rows must have 1 to ${MAX_COLS} numbers`);
  for (const [i, row] of v.entries()) {
    if (!Array.isArray(row) || row.length !== width)
      return fail(`row ${i + 1} must have ${width} numbers, like row 1`);
    for (const x of row)
      if (typeof x !== 'number' || !Number.isFinite(x) || Math.abs(x) > LIMIT)
        return fail(`row ${i + 1}: every entry must be a number within ±${LIMIT}`);
  }
  return { ok: true, value: (v as Rows).map((r) => [...r]) };
}

/** "1 0; 0 1" → rows; an empty text is an empty matrix (the sentence decides instead). */
export function parseMatrix(text: string): ParseResult<Rows> {
  if (text.trim() === '') return { ok: true, value: [] };
  const r = parseRows(text, LIMIT);
  return r.ok ? checkRows(r.value) : r;
}

export function matrixText(m: Rows): string {
  return m.map((r) => r.map(formatNumber).join(' ')).join('; ');
}

const matrixProp = (doc: string, empty: string): ReturnType<typeof customProp<Rows>> =>
  customProp<Rows>({
    type: 'matrix',
    default: [],
    doc,
    range: `rows separated by ";", numbers by spaces or commas, within ±${LIMIT}, at most ${MAX_TOKENS} rows of ${MAX_COLS}; empty: ${empty}`,
    parse: parseMatrix,
    format: matrixText,
    check: checkRows,
    equals: (a, b) =>
      a.length === b.length &&
      a.every((r, i) => r.length === b[i]!.length && r.every((x, j) => x === b[i]![j])),
  });

export const ATTENTION_PROPS = {
  sentence: textProp({
    default: 'congress passed the bill',
    maxLength: 80,
    doc: `2 to ${MAX_TOKENS} words of the lesson-26 vocabulary; their learned vectors are the rows of X (unused when q, k and v are typed).`,
  }),
  tokens: textProp({
    default: '',
    maxLength: 120,
    doc: 'With typed q, k, v: the names of the rows, separated by spaces (empty: t1, t2, …).',
  }),
  q: matrixProp(
    'Queries typed directly, one row per word (with k and v; empty: Q = X W_Q from the sentence).',
    'from the sentence',
  ),
  k: matrixProp('Keys typed directly: as many columns as q.', 'from the sentence'),
  v: matrixProp('Values typed directly: as many rows as k.', 'from the sentence'),
  wq: matrixProp('Head 1’s W_Q: 4 rows (one per number of X), 1 to 6 columns.', 'seeded from `seed`'),
  wk: matrixProp('Head 1’s W_K: 4 rows, as many columns as W_Q.', 'seeded from `seed`'),
  wv: matrixProp('Head 1’s W_V: 4 rows, 1 to 6 columns.', 'seeded from `seed`'),
  causal: booleanProp({
    default: false,
    doc: 'Causal mask: each word attends only to itself and the words before it (the scores above the diagonal become −∞).',
  }),
  heads: numberProp({
    default: 1,
    min: 1,
    max: 2,
    integer: true,
    doc: 'One head, or two side by side (the second with its own seeded matrices; sentence only).',
  }),
  row: numberProp({
    default: 1,
    min: 1,
    max: MAX_TOKENS,
    integer: true,
    doc: 'The query row in focus (1-based): its output is drawn as the weighted mix of the value rows.',
  }),
  seed: numberProp({
    default: 1,
    min: 0,
    max: SEED_MAX,
    integer: true,
    doc: 'The seed of the projection to 4 numbers per word and of the W matrices.',
  }),
  predict: booleanProp({
    default: false,
    doc: 'Predict-first: the learner picks the word the focused row attends to most before the weights are shown.',
  }),
  controls: booleanProp({ default: true, doc: 'Show the fields and settings.' }),
  formula: booleanProp({
    default: true,
    doc: 'Show the live formula (the focused row’s weights, its value rows and its output).',
  }),
};

export type AttentionState = StateOf<typeof ATTENTION_PROPS>;
export type { Rows };

/**
 * Typed Q, K and V must fit together: a change that breaks this, from an attribute, the URL,
 * setState or a field, is refused and the last good matrices stay in the state. Untyped (empty)
 * ones are not compared, so they can be typed one at a time. (The causal mask's need for as many
 * queries as keys stays a message over the last good picture: it is a checkbox, not bad input.)
 */
export const ATTENTION_RULES: readonly PropRule<AttentionState>[] = [
  {
    name: 'shapes',
    keys: ['q', 'k', 'v'],
    check: (s) => shapeProblem(s.q, s.k, s.v),
  },
];

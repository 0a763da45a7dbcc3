/** The sentences of `<lumen-attention>`: readouts, the ARIA descriptions, the predict verdict. */
import { fixed } from '../../math/number-text';
import type { Analysis, Prediction } from './model';

/** Two decimals: what the heat map's cells show. */
export const cell = (x: number): string => fixed(x, 2);
/** Three decimals, zeros dropped: readouts and the formula (the lesson's NumPy prints .round(3)). */
export const num = (x: number): string => fixed(x, 3, true);
export const rowText = (r: readonly number[]): string => `(${r.map(num).join(', ')})`;

export function question(word: string): string {
  return `Predict first: which word does “${word}” attend to most? Compare its query with every key, then pick a word (or click its column in the heat map) and press Reveal.`;
}

export function predictSentence(p: Prediction): string {
  const share = `${fixed(p.weight * 100, 1, true)}% of its attention`;
  if (p.tied)
    return p.correct
      ? `Right: “${p.guessWord}” ties for the largest weight (${share}).`
      : `Not quite: “${p.answerWord}” and others tie for the largest weight (${share}); “${p.guessWord}” gets less.`;
  return p.correct
    ? `Right: “${p.answerWord}” gets ${share}, the largest score q·k after scaling.`
    : `Not quite: “${p.answerWord}” gets ${share}; “${p.guessWord}” gets less. The largest dot product of the query with a key wins.`;
}

/** One head's focused row in words. */
export function rowSentence(a: Analysis, head: number, row: number, output: readonly number[]): string {
  const h = a.heads[head]!;
  const parts = a.tokens.map((t, j) => `${t} ${fixed(h.weights[row]![j]! * 100, 1, true)}%`);
  return `${a.heads.length > 1 ? `Head ${head + 1}: ` : ''}“${a.tokens[row]}” attends to ${parts.join(', ')}; its output is ${rowText(output)}.`;
}

export function describeAttention(
  a: Analysis,
  row: number,
  outputs: readonly (readonly number[])[],
  o: { causal: boolean; guessing: boolean },
): string {
  const src =
    a.source === 'typed'
      ? `Typed Q, K, V for ${a.tokens.join(' ')}`
      : `Attention over “${a.tokens.join(' ')}” with ${a.heads.length} head${a.heads.length > 1 ? 's' : ''}`;
  const mask = o.causal ? ', causal mask on' : '';
  if (o.guessing)
    return `${src}${mask}. The weights are hidden until you pick the word “${a.tokens[row]}” attends to most.`;
  return `${src}${mask}. ${a.heads.map((_, h) => rowSentence(a, h, row, outputs[h]!)).join(' ')}`;
}

export const STAGE_WORDS = {
  count: 'Counting co-occurrences',
  weight: 'Weighting by PPMI',
  svd: 'Randomized SVD',
} as const;

export function learnedSentence(rows: number, k: number, seconds: number, label: string): string {
  return `Word vectors learned in the page: ${rows.toLocaleString('en-US')} words × ${k} numbers, in ${fixed(seconds, 1)} s (${label}); each word’s vector is projected to 4 numbers by a seeded matrix.`;
}

/** The sentences of `<lumen-embed>`. */
import { formatNumber } from '../../math/number-text';
import type { Evaluation, Neighbour } from './model';

export function num(x: number, digits = 2): string {
  const r = Number(x.toFixed(digits));
  return formatNumber(r === 0 ? 0 : r).replace('-', '−');
}

export function neighboursSentence(word: string, list: readonly Neighbour[]): string {
  return `Nearest to “${word}”: ${list.map((n) => `${n.word} (${num(n.cosine)})`).join(', ')}.`;
}

export function analogySentence(terms: readonly string[], list: readonly Neighbour[]): string {
  const [a, b, c] = terms;
  const best = list[0];
  return best
    ? `${a} − ${b} + ${c} is nearest to “${best.word}” (cosine ${num(best.cosine)}); then ${list
        .slice(1)
        .map((n) => n.word)
        .join(', ')}.`
    : 'No word left to answer with.';
}

export function evaluationSentence(e: Evaluation): string {
  return `On the ${e.perQuery.length} shipped queries: recall@${e.k} = ${num(e.recall)}, MRR = ${num(e.mrr)}.`;
}

export const STAGE_WORDS = {
  count: 'Counting co-occurrences',
  weight: 'Weighting by PPMI',
  svd: 'Randomized SVD',
} as const;

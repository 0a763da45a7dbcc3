/** The sentences of `<lumen-softmax>`: readouts, the ARIA description, the predict verdict. */
import { formatNumber } from '../../math/number-text';
import type { BigramAnalysis, LogitsAnalysis } from './model';

export function num(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  const r = Number(x.toFixed(digits));
  return formatNumber(r === 0 ? 0 : r).replace('-', '−');
}

export function pct(p: number): string {
  if (p > 0 && p < 0.0005) return '< 0.1%';
  if (p < 1 && p > 0.9995) return '> 99.9%';
  return `${num(p * 100, 1)}%`;
}

export function probabilitiesSentence(a: LogitsAnalysis, t: number): string {
  const parts = a.labels.map((l, i) => `${l} ${pct(a.p[i]!)}`);
  return `At temperature ${num(t)}, softmax gives ${parts.join(', ')}.`;
}

export function lossSentence(a: LogitsAnalysis): string {
  const l = a.labels[a.target]!;
  return `Cross-entropy against “${l}”: −ln p = ${num(a.loss, 3)}; its gradient p − y is (${[...a.gradient].map((g) => num(g, 3)).join(', ')}).`;
}

export function samplesSentence(a: LogitsAnalysis, n: number): string {
  if (n === 0) return 'No draws.';
  const parts = a.labels.map((l, i) => `${l} ${a.counts[i]!.toLocaleString('en-US')}`);
  return `${n.toLocaleString('en-US')} seeded draws: ${parts.join(', ')}.`;
}

export function describeLogits(a: LogitsAnalysis, t: number, guessing: boolean): string {
  const logits = `Logits ${a.logits.map((x) => num(x)).join(', ')}`;
  if (guessing) return `${logits} at temperature ${num(t)}; the probabilities are hidden until you guess.`;
  return `${logits}. ${probabilitiesSentence(a, t)} ${lossSentence(a)}`;
}

export function heldOutSentence(b: BigramAnalysis, t: number): string {
  return `On held-out speeches the model at T = ${num(t)} needs ${num(b.held.bits)} bits per word (perplexity ${num(b.held.perplexity, 0)}); at T = 1 it needs ${num(b.heldAtOne.bits)} (perplexity ${num(b.heldAtOne.perplexity, 0)}); a uniform guess over all ${b.vocabulary.toLocaleString('en-US')} words needs ${num(b.uniform.bits)} (perplexity ${b.vocabulary.toLocaleString('en-US')}).`;
}

export function nextSentence(b: BigramAnalysis, start: string): string {
  return `After “${start}” the most likely next words are ${b.next
    .slice(0, 5)
    .map((n) => `${n.word} ${pct(n.p)}`)
    .join(', ')}.`;
}

export function describeBigram(b: BigramAnalysis, start: string, t: number): string {
  return `${nextSentence(b, start)} Generated: ${b.text} ${heldOutSentence(b, t)}`;
}

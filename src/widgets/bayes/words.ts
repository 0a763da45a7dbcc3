/**
 * The sentences of `<lumen-bayes>`: readouts, the screen-reader description and the verdict on a
 * guess. Numbers are rounded the same way everywhere, so what is read aloud matches what is shown.
 */
import { fixed, percent, plain } from '../../math/number-text';
import type { CoinAnalysis, Prediction, TestAnalysis } from './model';

/** A probability as a percentage with at most two decimals: 9.17%, 1%, 90%. */
export function pct(x: number): string {
  return percent(x, 2);
}

/** A number with at most `digits` decimals: 0.667, 8, 0.39. */
export function num(x: number, digits = 3): string {
  return fixed(x, digits, true);
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/**
 * An interval end: like `num`, except that an end strictly inside (0, 1) that would round to 0
 * or 1 keeps its size ("4.5·10⁻¹³", "1 − 2·10⁻⁹"), so a true p of 0 that lies outside the
 * interval is never printed as if it were the interval's end (review D16).
 */
export function bound(x: number, tex = false): string {
  const shown = num(x);
  if (!(x > 0 && x < 1) || (shown !== '0' && shown !== '1')) return shown;
  const tiny = (v: number): string => {
    const [m, e] = v.toExponential(1).replace('.0e', 'e').split('e') as [string, string];
    const exp = String(Number(e));
    return tex ? `${m} \\cdot 10^{${exp}}` : `${m}·10${[...exp].map((d) => SUPERSCRIPT[d]).join('')}`;
  };
  return shown === '0' ? tiny(x) : `1 ${tex ? '-' : '−'} ${tiny(1 - x)}`;
}

/** Whole numbers with thousands separators: 10,000. */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function peopleWord(n: number): string {
  return n === 1 ? 'person' : 'people';
}

/** "Of the 98 people who test positive, 9 have the condition: 9.18% (exactly 9.17%)." */
export function posteriorSentence(a: TestAnalysis): string {
  const { counts, positives, exact } = a;
  if (exact.diseaseGivenPositive === undefined)
    return 'Nobody tests positive (no one has the condition, and there are no false positives), so P(D | +) is undefined.';
  const shown =
    positives > 0
      ? `Of the ${count(positives)} ${peopleWord(positives)} who test positive, ${count(counts.truePositive)} ${counts.truePositive === 1 ? 'has' : 'have'} the condition: ${pct(a.counted ?? 0)}.`
      : `Among ${count(a.population)} people nobody tests positive here, but in a larger population some would.`;
  return `${shown} Exactly, P(D | +) = ${pct(exact.diseaseGivenPositive)}.`;
}

export function negativeSentence(a: TestAnalysis): string {
  const p = a.exact.diseaseGivenNegative;
  return p === undefined
    ? 'Nobody tests negative, so P(D | −) is undefined.'
    : `A negative result leaves P(D | −) = ${pct(p)}: ${count(a.counts.falseNegative)} of the ${count(a.counts.falseNegative + a.counts.trueNegative)} negatives ${a.counts.falseNegative === 1 ? 'has' : 'have'} the condition.`;
}

export function describeTest(a: TestAnalysis, guessing: boolean): string {
  const { counts, spec } = a;
  const head = `${count(a.population)} people; prevalence ${pct(spec.prevalence)}, sensitivity ${pct(spec.sensitivity)}, false-positive rate ${pct(spec.falsePositiveRate)}.`;
  const sick = counts.truePositive + counts.falseNegative;
  if (guessing)
    return `${head} ${count(sick)} have the condition (squares), ${count(a.population - sick)} do not (circles). Predict P(D | +) before the test results are shown.`;
  return `${head} True positives ${count(counts.truePositive)}, false positives ${count(counts.falsePositive)}, false negatives ${count(counts.falseNegative)}, true negatives ${count(counts.trueNegative)}. ${posteriorSentence(a)}`;
}

/** "1 head", "2 heads", "1 tail". */
export function flipsWords(heads: number, tails: number): string {
  return `${count(heads)} ${heads === 1 ? 'head' : 'heads'} and ${count(tails)} ${tails === 1 ? 'tail' : 'tails'}`;
}

export function coinSentence(c: CoinAnalysis): string {
  const p = c.posterior;
  const mode = p.mode === undefined ? '' : `, mode ${num(p.mode)}`;
  return `Prior Beta(${num(c.prior.alpha, 2)}, ${num(c.prior.beta, 2)}); after ${flipsWords(c.heads, c.tails)} the posterior is Beta(${num(p.alpha, 2)}, ${num(p.beta, 2)}): mean ${num(p.mean)}${mode}, 95% credible interval ${bound(p.interval[0])} to ${bound(p.interval[1])}.`;
}

export function describeCoin(c: CoinAnalysis, trueP: number): string {
  const [lo, hi] = c.posterior.interval;
  const where =
    trueP < lo
      ? `outside the interval, below ${bound(lo)}`
      : trueP > hi
        ? `outside the interval, above ${bound(hi)}`
        : 'inside the interval';
  return `${coinSentence(c)} The true heads probability ${num(trueP)} is ${where}.`;
}

/** The verdict on a guess for P(D | +). */
export function predictSentence(p: Prediction): string {
  const points = Math.round(p.error * 1000) / 10;
  const where = p.guess > p.answer ? 'above' : 'below';
  const verdict =
    points <= 3
      ? 'Spot on!'
      : points <= 10
        ? 'Close.'
        : points <= 30
          ? 'Quite far off.'
          : 'Far off: this is the surprise of the lesson.';
  const body =
    points === 0
      ? `Your guess ${pct(p.guess)} is exactly P(D | +) = ${pct(p.answer)}.`
      : `Your guess ${pct(p.guess)} was ${plain(points, 12)} percentage points ${where} P(D | +) = ${pct(p.answer)}.`;
  return `${body} ${verdict}`;
}

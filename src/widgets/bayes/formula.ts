/**
 * The live formula's TeX, built from numbers only (never from text a page supplied), so it is
 * always valid KaTeX input. Colours follow the picture: everything about the people with the
 * condition (the squares, the true positives) in the î colour, the people without it (the
 * circles, the false positives) in the ĵ colour; on the coin, the data (heads, tails) in the data
 * colour and the posterior in the model colour.
 */
import type { CoinAnalysis, TestAnalysis } from './model';
import { bound, num, pct } from './words';

export interface TexColors {
  readonly sick: string;
  readonly healthy: string;
  readonly data: string;
  readonly model: string;
}

const col = (color: string, body: string): string => `\\textcolor{${color}}{${body}}`;
const aligned = (rows: readonly string[]): string =>
  `\\begin{aligned} ${rows.map((r) => (r.startsWith('= ') ? `&${r}` : r.replace(' = ', ' &= '))).join(' \\\\[0.6em] ')} \\end{aligned}`;
const percentTex = (x: number): string => pct(x).replace('%', '\\%');
const commas = (n: number): string => Math.round(n).toLocaleString('en-US').replace(/,/g, '{,}');

/**
 * Bayes' rule, then the same with the numbers, then with the counts of the dots. While the learner
 * predicts (`hidden`), the result is a question mark.
 */
export function testTex(a: TestAnalysis, c: TexColors, hidden: boolean, narrow = false): string {
  const { spec, exact, counts } = a;
  const tp = `${col(c.sick, `${num(spec.sensitivity)} \\cdot ${num(spec.prevalence, 4)}`)}`;
  const fp = `${col(c.healthy, `${num(spec.falsePositiveRate)} \\cdot ${num(1 - spec.prevalence, 4)}`)}`;
  // A slim column (a phone) names the two terms instead of writing P(+ | D) P(D) out twice.
  const rule = narrow
    ? `P(D \\mid +) = \\frac{${col(c.sick, '\\text{true pos.}')}}{${col(c.sick, '\\text{true pos.}')} + ${col(c.healthy, '\\text{false pos.}')}}`
    : `P(D \\mid +) = \\frac{${col(c.sick, 'P(+ \\mid D)\\,P(D)')}}{${col(c.sick, 'P(+ \\mid D)\\,P(D)')} + ${col(c.healthy, 'P(+ \\mid \\neg D)\\,P(\\neg D)')}}`;
  const result = hidden
    ? '\\,?'
    : exact.diseaseGivenPositive === undefined
      ? '\\text{undefined (no positives)}'
      : percentTex(exact.diseaseGivenPositive);
  const numbers = `= \\frac{${tp}}{${tp} + ${fp}} = ${result}`;
  const rows = [rule, numbers];
  if (!hidden && a.positives > 0) {
    const people = narrow ? '' : ` \\text{ of ${commas(a.population)} people}`;
    rows.push(
      `= \\frac{${col(c.sick, commas(counts.truePositive))}}{${col(c.sick, commas(counts.truePositive))} + ${col(c.healthy, commas(counts.falsePositive))}}${people} = ${percentTex(a.counted ?? 0)}`,
    );
  }
  return aligned(rows);
}

/** The conjugate update with the counts, and the posterior's mean and credible interval. */
export function coinTex(a: CoinAnalysis, c: TexColors): string {
  const p = a.posterior;
  const al = num(a.prior.alpha, 2);
  const be = num(a.prior.beta, 2);
  const update = `\\text{Beta}(\\alpha, \\beta) \\to \\text{Beta}(\\alpha + ${col(c.data, 'h')},\\ \\beta + ${col(c.data, 't')})`;
  const numbers = `= \\text{Beta}(${al} + ${col(c.data, String(a.heads))},\\ ${be} + ${col(c.data, String(a.tails))}) = ${col(c.model, `\\text{Beta}(${num(p.alpha, 2)},\\ ${num(p.beta, 2)})`)}`;
  const mean = `\\text{mean} = \\frac{\\alpha + ${col(c.data, 'h')}}{\\alpha + \\beta + ${col(c.data, 'n')}} = ${col(c.model, num(p.mean))}`;
  const interval = `95\\%\\ \\text{interval} = ${col(c.model, `[${bound(p.interval[0], true)},\\ ${bound(p.interval[1], true)}]`)}`;
  return aligned([update.replace(' \\to ', ' &\\to '), numbers, mean, interval]);
}

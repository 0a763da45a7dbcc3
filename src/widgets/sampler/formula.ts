/**
 * The live formula's TeX, built from numbers only (never from page text), so KaTeX always gets
 * valid input: the sample mean so far (data colour) beside the true mean (model colour), and the
 * pmf or pdf with the current parameters written in.
 */
import type { SamplerState } from './props';
import type { SourceInfo } from './model';
import { tex } from '../../math/number-text';

export interface FormulaColors {
  readonly data: string;
  readonly model: string;
}

/** A number in at most `digits` significant digits, without trailing zeros, as TeX. */
export function num(x: number, digits = 4): string {
  return tex(x, digits);
}

/** A draw count with thin-space-free thousands commas: 1{,}000{,}000. */
export function countTex(n: number): string {
  return Math.round(n).toLocaleString('en-US').replace(/,/g, '{,}');
}

/** A number as a factor or base: negative ones in parentheses. */
function par(x: number): string {
  return x < 0 ? `(${num(x)})` : num(x);
}

const col = (c: string, body: string): string => `\\textcolor{${c}}{${body}}`;

/** The pmf or pdf, with the parameters written in. */
export function densityTex(s: Readonly<SamplerState>, src: SourceInfo): string {
  const spec = src.spec;
  switch (s.dist) {
    case 'coin': {
      const p = spec.kind === 'categorical' ? spec.weights[1]! : s.p;
      return `P(X = 1) = p = ${num(p)},\\quad P(X = 0) = 1 - p = ${num(1 - p)}`;
    }
    case 'die':
      return 'P(X = k) = \\tfrac{1}{6},\\quad k = 1, \\dots, 6';
    case 'weighted': {
      const ws = spec.kind === 'categorical' ? spec.weights : [];
      const total = ws.reduce((a, b) => a + b, 0);
      return `P(X = k) = \\frac{w_k}{\\sum_j w_j} = \\frac{w_k}{${num(total)}},\\quad w = (${ws.map((w) => num(w)).join(', ')})`;
    }
    case 'uniform': {
      if (spec.kind !== 'uniform') return '';
      return `f(x) = \\frac{1}{b - a} = \\frac{1}{${num(spec.b)} - ${par(spec.a)}} = ${num(1 / (spec.b - spec.a))}\\ \\text{on}\\ [${num(spec.a)}, ${num(spec.b)}]`;
    }
    case 'normal': {
      if (spec.kind !== 'normal') return '';
      const shift =
        spec.mean === 0 ? 'x' : spec.mean > 0 ? `x - ${num(spec.mean)}` : `x + ${num(-spec.mean)}`;
      return `f(x) = \\frac{1}{${num(spec.sd)}\\sqrt{2\\pi}}\\, e^{-\\frac{(${shift})^2}{2 \\cdot ${par(spec.sd)}^2}}`;
    }
    case 'binomial': {
      if (spec.kind !== 'binomial') return '';
      return `P(X = k) = \\binom{${spec.n}}{k}\\, ${num(spec.p)}^{k}\\, ${num(1 - spec.p)}^{${spec.n} - k}`;
    }
    case 'poisson': {
      if (spec.kind !== 'poisson') return '';
      return `P(X = k) = \\frac{e^{-${num(spec.lambda)}}\\, ${num(spec.lambda)}^{k}}{k!}`;
    }
    case 'exponential': {
      if (spec.kind !== 'exponential') return '';
      return `f(x) = ${num(spec.rate)}\\, e^{-${num(spec.rate)} x},\\quad x \\ge 0`;
    }
    case 'beta': {
      if (spec.kind !== 'beta') return '';
      return `f(x) = \\frac{x^{${num(spec.alpha - 1)}} (1 - x)^{${num(spec.beta - 1)}}}{B(${num(spec.alpha)}, ${num(spec.beta)})}`;
    }
  }
}

/** E[X] in symbols and in numbers. */
export function meanTex(s: Readonly<SamplerState>, src: SourceInfo): string {
  const m = num(src.dist.mean + src.offset);
  const spec = src.spec;
  switch (s.dist) {
    case 'coin':
      return `p = ${m}`;
    case 'die':
      return `\\tfrac{1 + 2 + \\dots + 6}{6} = ${m}`;
    case 'weighted':
      return `\\textstyle\\sum_k k\\, P(X = k) = ${m}`;
    case 'uniform':
      return `\\tfrac{a + b}{2} = ${m}`;
    case 'normal':
      return `\\mu = ${m}`;
    case 'binomial':
      return spec.kind === 'binomial' ? `np = ${spec.n} \\cdot ${num(spec.p)} = ${m}` : m;
    case 'poisson':
      return `\\lambda = ${m}`;
    case 'exponential':
      return `\\tfrac{1}{\\lambda} = ${m}`;
    case 'beta':
      return `\\tfrac{\\alpha}{\\alpha + \\beta} = ${m}`;
  }
}

/**
 * The whole live formula: x̄ₙ (data colour) next to E[X] (model colour), then the pmf/pdf;
 * `narrow` stacks all three. With `truth` off only x̄ₙ is written, and E[X] is a question mark.
 */
export function samplerTex(
  s: Readonly<SamplerState>,
  src: SourceInfo,
  count: number,
  sampleMean: number | undefined,
  c: FormulaColors,
  narrow = false,
): string {
  const xbar =
    count === 0 || sampleMean === undefined
      ? col(c.data, '\\bar{x}_{0}\\ \\text{(no draws yet)}')
      : col(
          c.data,
          `\\bar{x}_{n} = \\frac{1}{n} \\sum_{i=1}^{n} x_i = ${num(sampleMean, 5)}\\ \\ (n = ${countTex(count)})`,
        );
  // Predict first: the answer stays hidden.
  if (!s.truth) return `${xbar} \\qquad ${col(c.model, 'E[X] = \\ ?')}`;
  const ex = col(c.model, `E[X] = ${meanTex(s, src)}`);
  // On a phone the three parts go on three lines instead of two.
  const gap = narrow ? ' \\\\ ' : ' \\qquad ';
  return `\\begin{gathered} ${xbar}${gap}${ex} \\\\ ${col(c.model, densityTex(s, src))} \\end{gathered}`;
}

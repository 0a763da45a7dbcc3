/**
 * The live formula of the selected weight, as TeX from numbers only (always valid TeX):
 *
 *   ∂L̄/∂w = (1/B) Σ_b δ_j · a_i = g          (the batch's mean of δ times activation)
 *   w ← w − η (∂L̄/∂w + λ w): the last step, from the weight before it to the weight now
 *
 * The weight takes the colour of its edge (the sign pair of the diagram) and the gradient the
 * theme's gradient colour, as on the edge label.
 */
import type { Feature } from '../../math/nn/features';
import type { EdgeRef } from './props';
import { num } from './words';
import { tex } from '../../math/number-text';

export interface WeightFacts {
  readonly edge: EdgeRef;
  /** Neurons per layer, [inputs, …hidden, 1]. */
  readonly sizes: readonly number[];
  /** The input features; absent or x, y: the inputs are written x₁, x₂. */
  readonly inputs?: readonly Feature[];
  /** The weight now (after the last step). */
  readonly w: number;
  /** The gradient the last step used, ∂L̄/∂w + λw (the engine's `grads`); undefined before the first step. */
  readonly g: number | undefined;
  readonly rate: number;
  readonly l2: number;
}

export interface FormulaColors {
  /** The colour of the weight's edge (it depends on the sign). */
  readonly weight: string;
  readonly gradient: string;
}

/** A number as TeX: 3 significant digits, 1.2\times10^{-5} for the exponent form. */
export function texNum(x: number): string {
  return Number.isFinite(x) ? tex(x, 4) : '\\text{—}';
}

function factor(x: number): string {
  const s = texNum(x);
  return s.startsWith('-') || s.includes('\\times') ? `(${s})` : s;
}

/**
 * The last step of one weight, from the engine's numbers: `total` is the gradient the step used,
 * ∂L̄/∂w + λw (at the weight before the step), and the step was w_after = w_before − η·total.
 * Solved back: the weight before, and the data part ∂L̄/∂w = total − λ·w_before.
 */
export function lastStep(
  after: number,
  total: number,
  rate: number,
  l2: number,
): { before: number; data: number } {
  const before = after + rate * total;
  return { before, data: total - l2 * before };
}

// The braces keep a coloured negative number a number: KaTeX would space its minus as a binary operator.
const col = (c: string, body: string): string => `\\textcolor{${c}}{{${body}}}`;

const FEATURE_TEX: Readonly<Record<Feature, string>> = {
  x: 'x',
  y: 'y',
  x2: 'x^2',
  y2: 'y^2',
  xy: 'xy',
  sinx: '\\sin x',
  siny: '\\sin y',
};

/**
 * Where the weight's source activation comes from: x₁, x₂ for the plain inputs, the feature (such
 * as x²) for any other list, a^{(l−1)} after the first layer.
 */
function sourceTex(e: EdgeRef, inputs: readonly Feature[] | undefined): string {
  if (e.layer > 1) return `a^{(${e.layer - 1})}_{${e.from}}`;
  const f = inputs?.[e.from - 1];
  return inputs && inputs.join(' ') !== 'x y' && f ? `(${FEATURE_TEX[f]})` : `x_{${e.from}}`;
}

export function weightTex(e: EdgeRef): string {
  return `w^{(${e.layer})}_{${e.to}${e.from}}`;
}

export function weightFormulaTex(f: WeightFacts, c: FormulaColors): string {
  const w = col(c.weight, weightTex(f.edge));
  const dL = `\\frac{\\partial \\bar L}{\\partial ${w}}`;
  // B, not the batch setting: the last batch of an epoch may be smaller.
  const mean = `\\frac{1}{B}\\sum_{b=1}^{B} ${col(c.gradient, `\\delta^{(${f.edge.layer})}_{${f.edge.to}}`)}\\, ${sourceTex(f.edge, f.inputs)}`;
  if (f.g === undefined) {
    return `\\begin{aligned} ${dL} &= ${mean} \\quad\\text{(after the first step)} \\\\ ${w} &= ${col(c.weight, texNum(f.w))} \\end{aligned}`;
  }
  const { before, data } = lastStep(f.w, f.g, f.rate, f.l2);
  const g = col(c.gradient, texNum(data));
  const update =
    `${w} &\\leftarrow ${w} - \\eta\\Big(${dL} + \\lambda ${w}\\Big) \\\\ ` +
    `&= ${texNum(before)} - ${texNum(f.rate)}\\,\\big(${g} + ${texNum(f.l2)}\\cdot ${factor(before)}\\big) = ${col(c.weight, texNum(f.w))}`;
  return `\\begin{aligned} ${dL} &= ${mean} = ${g} \\\\ ${update} \\end{aligned}`;
}

/** The same formula in words, for screen readers (the KaTeX is hidden from them). */
export function weightFormulaWords(f: WeightFacts): string {
  const name = `w${f.edge.layer}, ${f.edge.to}${f.edge.from}`;
  if (f.g === undefined)
    return `Weight ${name} = ${num(f.w, 4)}; its gradient appears after the first training step.`;
  const { before, data } = lastStep(f.w, f.g, f.rate, f.l2);
  return (
    `The gradient of the batch's mean loss with respect to weight ${name} is the mean over the points of the batch of ` +
    `delta of the neuron it feeds times the activation it carries: ${num(data, 4)}. ` +
    `The last step: ${num(before, 4)} minus ${num(f.rate, 4)} times (${num(data, 4)} plus ${num(f.l2, 4)} times ${num(before, 4)}) gives ${num(f.w, 4)}.`
  );
}

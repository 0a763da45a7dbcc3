/**
 * The live formula of `<lumen-clt>`: σ/√n with the current numbers, coloured like the picture
 * (the source in the data colour, the normal curve's sd in the model colour), and the sd the
 * simulation measured. While a guess is pending the answer is a question mark.
 */
import { tex } from '../../math/number-text';
import { round, type Measured, type Theory } from './model';

const tex3 = (x: number): string => tex(x, 3);

export interface FormulaColors {
  readonly data: string;
  readonly model: string;
}

export function cltTex(t: Theory, m: Measured | undefined, hidden: boolean, c: FormulaColors): string {
  const sigma = `\\textcolor{${c.data}}{\\sigma = ${tex3(t.sigma)}}`;
  const mu = `\\textcolor{${c.data}}{\\mu = ${tex3(t.mu)}}`;
  const answer = hidden ? '\\,?' : `\\textcolor{${c.model}}{${tex3(t.sdOfMeans)}}`;
  const main = `\\sigma_{\\bar X} = \\frac{\\sigma}{\\sqrt{n}} = \\frac{${tex3(t.sigma)}}{\\sqrt{${t.n}}} = ${answer}`;
  const measured =
    !hidden && m
      ? `\\qquad \\text{measured: } s_{\\bar X} = ${tex3(m.sd)},\\ \\bar{\\bar X} = ${tex3(m.mean)}`
      : '';
  return `${mu},\\ ${sigma} \\qquad ${main}${measured}`;
}

/** The same in words, for screen readers and as the fallback when KaTeX cannot load. */
export function cltWords(t: Theory, m: Measured | undefined, hidden: boolean): string {
  const head = `Source mean μ = ${round(t.mu)}, sd σ = ${round(t.sigma)}. The sd of the means is σ/√n = ${round(t.sigma)}/√${t.n}`;
  if (hidden) return `${head} = ? (make your guess first).`;
  const meas = m ? `; measured over ${m.done.toLocaleString('en-US')} means: ${round(m.sd)}` : '';
  return `${head} = ${round(t.sdOfMeans)}${meas}.`;
}

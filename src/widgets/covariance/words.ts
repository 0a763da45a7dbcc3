/**
 * The sentences of `<lumen-covariance>`: readouts, the screen-reader description and the verdict
 * on a guess. Numbers are rounded the same way everywhere.
 */
import { fixed } from '../../math/number-text';
import type { Analysis, Prediction } from './model';

/** At most `digits` decimals, zeros dropped, a true minus sign: −0.43, 1.2. */
export function num(x: number, digits = 2): string {
  return fixed(x, digits, true);
}

export function strength(r: number): string {
  const a = Math.abs(r);
  if (a < 0.1) return 'no linear tilt';
  const size = a < 0.3 ? 'a weak' : a < 0.7 ? 'a moderate' : a < 0.95 ? 'a strong' : 'an almost perfect';
  return `${size} ${r > 0 ? 'rising' : 'falling'} tilt`;
}

export function shapeSentence(a: Analysis, rho: number): string {
  const [sxx, sxy, , syy] = a.covariance;
  return `Σ = [${num(sxx)}, ${num(sxy)}; ${num(sxy)}, ${num(syy)}]: var(x) ${num(sxx)}, var(y) ${num(syy)}, cov(x, y) ${num(sxy)}, correlation ρ = ${num(rho)} (${strength(rho)}).`;
}

export function axesSentence(a: Analysis): string {
  const e = a.ellipse;
  return `Principal axes (eigenvectors of Σ): the long one at ${num(e.angle, 1)}° with variance λ₁ = ${num(e.variances[0])} (sd ${num(e.radii[0])}), the short one across it with λ₂ = ${num(e.variances[1])} (sd ${num(e.radii[1])}).`;
}

export function sampleSentence(a: Analysis): string {
  const s = a.sample;
  if (!s) return 'Too few points for a sample covariance.';
  const [sxx, sxy, , syy] = s.covariance;
  return `The ${s.n} points: sample covariance S = [${num(sxx)}, ${num(sxy)}; ${num(sxy)}, ${num(syy)}], sample correlation r = ${num(s.correlation)}.`;
}

export function describe(a: Analysis, rho: number, guessing: boolean): string {
  if (guessing)
    return `A cloud of ${a.sample?.n ?? 0} points. Predict its correlation, from −1 to 1, before the numbers are shown.`;
  return `${shapeSentence(a, rho)} ${axesSentence(a)} ${sampleSentence(a)}`;
}

export function predictSentence(p: Prediction): string {
  const verdict =
    p.error <= 0.05
      ? 'Spot on!'
      : p.error <= 0.15
        ? 'Close.'
        : p.error <= 0.35
          ? 'Somewhat off.'
          : 'Far off.';
  return `Your guess ${num(p.guess)} was ${num(p.error)} from the cloud’s correlation r = ${num(p.answer)}. ${verdict}`;
}

/**
 * Every sentence `<lumen-plane>` says, in one place: the screen-reader description, the
 * determinant and eigenvector readouts, and the predict-first feedback. Plain text, never HTML.
 */
import { pointSlip, type Slip } from '../../ui/slips';
import { det, isSingular, maxAbs, type Mat2, type Vec2 } from '../../math/mat2';
import type { Eigen2 } from '../../math/eigen2';
import { band, type Prediction } from './model';
import { shortNumber } from '../../math/number-text';

export const fmt = shortNumber;

export function point(v: Vec2): string {
  return `(${fmt(v[0])}, ${fmt(v[1])})`;
}

/** "squashed onto a line" / "onto a point", or undefined when the matrix keeps some area. */
export function squashWords(m: Mat2): string | undefined {
  if (!isSingular(m)) return undefined;
  return maxAbs(m) === 0 ? 'squashed onto a point' : 'squashed onto a line';
}

/** "Determinant 2: areas grow 2 times and orientation is kept." */
export function detSentence(m: Mat2): string {
  const squash = squashWords(m);
  if (squash) return `Determinant 0: the plane is ${squash}.`;
  const d = det(m);
  const size = Math.abs(d);
  const shown = fmt(size);
  const area =
    shown === '1'
      ? 'areas are kept'
      : size > 1
        ? `areas grow ${shown} times`
        : `areas shrink to ${shown} of their size`;
  const orientation = d > 0 ? 'orientation is kept' : 'orientation is flipped';
  return `Determinant ${fmt(d)}: ${area} and ${orientation}.`;
}

/** "Two eigenvector directions, eigenvalues 3 and 1." and the other three cases. */
export function eigenSentence(e: Eigen2): string {
  switch (e.kind) {
    case 'distinct':
      return `Two eigenvector directions, eigenvalues ${fmt(e.values[0])} and ${fmt(e.values[1])}.`;
    case 'defective':
      return `One eigenvector direction, eigenvalue ${fmt(e.value)}.`;
    case 'scalar':
      return `Every vector is an eigenvector, eigenvalue ${fmt(e.value)}.`;
    case 'complex':
      return `No real eigenvectors: λ = ${fmt(e.re)} ± ${fmt(e.im)}i.`;
  }
}

/** Short notes drawn on the plot when eigenvectors are shown but no line can show them. */
export function eigenNote(e: Eigen2): string | undefined {
  if (e.kind === 'complex') return `no real eigenvectors: λ = ${fmt(e.re)} ± ${fmt(e.im)}i`;
  if (e.kind === 'scalar') return `every vector is an eigenvector (λ = ${fmt(e.value)})`;
  return undefined;
}

export function landingSentence(m: Mat2): string {
  return `î lands at ${point([m[0], m[2]])} and ĵ at ${point([m[1], m[3]])}.`;
}

export type PredictPhase = 'off' | 'guess' | 'revealed';

export interface DescribeInput {
  readonly matrix: Mat2;
  readonly t: number;
  readonly eigen: Eigen2;
  readonly phase: PredictPhase;
  readonly guess: Vec2;
  readonly prediction: Prediction | undefined;
}

/** The live-region sentence: what a sighted learner takes in from the picture. */
export function describePlane(s: DescribeInput): string {
  if (s.phase === 'guess') {
    const [a, b, c, d] = s.matrix.map(fmt);
    return (
      `Predict where î lands under the matrix with rows ${a} ${b} and ${c} ${d}. ` +
      `Your guess is at ${point(s.guess)}; move it with the arrow keys, then press Reveal.`
    );
  }
  const parts = [landingSentence(s.matrix), detSentence(s.matrix), eigenSentence(s.eigen)];
  if (s.t < 1) parts.push(`The picture is shown ${Math.round(s.t * 100)}% of the way from the identity.`);
  if (s.phase === 'revealed' && s.prediction) parts.unshift(predictSentence(s.prediction));
  return parts.join(' ');
}

const VERDICT = {
  'spot-on': 'Spot on!',
  close: 'Close!',
  near: 'Not far. The first column of the matrix is where î lands.',
  far: 'Quite far. The first column of the matrix is where î lands: read it as (x, y).',
} as const;

/** "Your guess (1.9, 1.1) was 0.14 units from where î lands, (2, 1). Spot on!" */
export function predictSentence(p: Prediction, slips: readonly Slip<Vec2>[] = []): string {
  const b = band(p.distance);
  if (b === 'exact') return `Your guess ${point(p.guess)} is exactly where î lands. Spot on!`;
  const units = fmt(p.distance) === '1' ? 'unit' : 'units';
  const slip = pointSlip(p.guess, p.target, slips);
  if (slip)
    return `Your guess ${point(p.guess)} was ${fmt(p.distance)} ${units} from where î lands, ${point(p.target)}. ${slip}`;
  return `Your guess ${point(p.guess)} was ${fmt(p.distance)} ${units} from where î lands, ${point(p.target)}. ${VERDICT[b]}`;
}

/**
 * What the matrix input shows: "1 2; 3 4", entries rounded to 4 decimals so a rotation by 30°
 * reads 0.866 rather than 0.866025403784.
 */
export function matrixText(m: Mat2): string {
  const f = (x: number): string => {
    const r = Math.round(x * 1e4) / 1e4;
    return String(r === 0 ? 0 : r);
  };
  return `${f(m[0])} ${f(m[1])}; ${f(m[2])} ${f(m[3])}`;
}

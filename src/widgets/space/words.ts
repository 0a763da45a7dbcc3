/**
 * Every sentence `<lumen-space>` says, in one place: the screen-reader description and the
 * volume and cross-product readouts. Plain text, never HTML.
 */
import type { Mat3, Vec3 } from '../../math/mat3';
import {
  columnOf3,
  volumeBand,
  type Basis,
  type CrossProduct,
  type Volume,
  type VolumePrediction,
} from './model';
import { shortNumber } from '../../math/number-text';
import type { CrossPair } from './props';
import { BAND_WORDS } from '../../ui/verdict';

export const fmt = shortNumber;

/** The cross-product menu's names of the pairs. */
export const CROSS_LABELS: Readonly<Record<CrossPair, string>> = {
  none: 'Off',
  ij: 'î × ĵ',
  jk: 'ĵ × k̂',
  ki: 'k̂ × î',
};

export const BASIS_NAMES: Readonly<Record<Basis, string>> = { i: 'î', j: 'ĵ', k: 'k̂' };

export function point3(v: Vec3): string {
  return `(${fmt(v[0])}, ${fmt(v[1])}, ${fmt(v[2])})`;
}

const FLAT: Readonly<Record<'plane' | 'line' | 'point', string>> = {
  plane: 'flattened onto a plane',
  line: 'flattened onto a line',
  point: 'crushed to a single point',
};

/** "Determinant 24: the unit cube becomes a box of volume 24, orientation kept." and the flat and flipped cases. */
export function volumeSentence(v: Volume): string {
  if (v.kind === 'plane' || v.kind === 'line' || v.kind === 'point')
    return `Determinant 0: space is ${FLAT[v.kind]}, so the unit cube has volume 0.`;
  const size = Math.abs(v.det);
  const shown = fmt(size);
  const volume =
    shown === '1'
      ? 'the unit cube becomes a box of volume 1 (volume kept)'
      : `the unit cube becomes a box of volume ${shown}`;
  const orientation =
    v.kind === 'flipped'
      ? 'orientation flipped: the right-handed î, ĵ, k̂ became left-handed'
      : 'orientation kept';
  return `Determinant ${fmt(v.det)}: ${volume}, ${orientation}.`;
}

/** "î × ĵ = (0, 0, 1): length 1, the area of the parallelogram spanned by î and ĵ." */
export function crossSentence(c: CrossProduct): string {
  const a = BASIS_NAMES[c.first];
  const b = BASIS_NAMES[c.second];
  if (c.area === 0) return `${a} × ${b} = 0: ${a} and ${b} lie on one line and span no area.`;
  return `${a} × ${b} = ${point3(c.vector)}: length ${fmt(c.area)}, the area of the parallelogram spanned by ${a} and ${b}.`;
}

export function landingSentence3(m: Mat3): string {
  const at = (b: Basis): string => point3(columnOf3(m, b));
  return `î lands at ${at('i')}, ĵ at ${at('j')} and k̂ at ${at('k')}.`;
}

export function rowsText(m: Mat3): string {
  const n = m.map(fmt);
  return `${n.slice(0, 3).join(' ')}; ${n.slice(3, 6).join(' ')}; ${n.slice(6).join(' ')}`;
}

/** The formula's words (for screen readers, and in its place when KaTeX cannot load). */
export function formulaWords(m: Mat3, volume: Volume | undefined, cross: CrossProduct | undefined): string {
  const after = volume
    ? volumeSentence(volume) + (cross ? ' ' + crossSentence(cross) : '')
    : 'Its determinant is yours to predict.';
  return `Matrix A with rows ${rowsText(m)}. ${after}`;
}

/** "Your guess 20 was 4 from det A = 24. Close!", with a word on the sign when it was wrong. */
export function predictSentence3(p: VolumePrediction): string {
  const band = volumeBand(p);
  const target = fmt(p.target);
  if (band === 'exact') return `Your guess ${fmt(p.guess)} is exactly det A. Spot on!`;
  let sign = '';
  if (p.target === 0 && p.guess !== 0) sign = ' A squashes space flat, so no volume is left: det A is 0.';
  else if (p.target < 0 && p.guess > 0)
    sign = ' Mind the sign: A turns space inside out, so det A is negative.';
  else if (p.target > 0 && p.guess < 0)
    sign = ' Mind the sign: A keeps the orientation, so det A is positive.';
  return `Your guess ${fmt(p.guess)} was ${fmt(p.distance)} from det A = ${target}. ${BAND_WORDS[band]}${sign}`;
}

export type PredictPhase = 'off' | 'guess' | 'revealed';

export interface DescribeInput {
  readonly matrix: Mat3;
  readonly t: number;
  readonly volume: Volume;
  readonly cross: CrossProduct | undefined;
  readonly azimuth: number;
  readonly elevation: number;
  readonly phase: PredictPhase;
  readonly prediction: VolumePrediction | undefined;
}

/** The live-region sentence: what a sighted learner takes in from the picture. */
export function describeSpace(s: DescribeInput): string {
  const height = s.elevation >= 0 ? `${fmt(s.elevation)}° above` : `${fmt(-s.elevation)}° below`;
  const view = `Seen from ${height} the floor, turned ${fmt(s.azimuth)}° from the x-axis.`;
  if (s.phase === 'guess')
    return (
      `Predict the volume: the unit cube is shown before the matrix with rows ${rowsText(s.matrix)} acts. ` +
      `Type your guess for det A, then press Reveal. ${view}`
    );
  const parts = [landingSentence3(s.matrix), volumeSentence(s.volume)];
  if (s.phase === 'revealed' && s.prediction) parts.unshift(predictSentence3(s.prediction));
  if (s.cross) parts.push(crossSentence(s.cross));
  if (s.t < 1) parts.push(`The picture is shown ${Math.round(s.t * 100)}% of the way from the identity.`);
  parts.push(view);
  return parts.join(' ');
}

/** What the message line says when the 3D picture is lost or cannot start (GlStage). */
export const GL_WORDS = {
  lost:
    'The 3D picture lost its WebGL context (too many 3D views open at once, or the graphics driver ' +
    'restarted). It comes back when the browser gives the context back; everything else still works.',
  unavailable:
    'This browser could not start WebGL, so the 3D picture cannot be drawn here. ' +
    'The matrix, its determinant, the formula and the controls still work.',
} as const;

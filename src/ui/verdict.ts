/**
 * How close a learner's number guess is, in words they can take: how far off, and whether that
 * counts as right. Used by `<lumen-predict>` and by widgets with a predict-first step of their own.
 */
import { formatNumber } from '../math/number-text';
import { numberSlip, side, typedAsProbability, type Slip } from './slips';

export interface Verdict {
  readonly correct: boolean;
  /** |guess − answer|, for number questions. */
  readonly error?: number;
  readonly sentence: string;
}

/**
 * How close a number guess is; the bands are relative to the size of the answer. A guess on one of
 * the question's `slips` gets that slip named; with unit "%", a probability typed for a percentage
 * (0.09 for 9 %) is read as meant and said so. A wrong guess is told its side: too high or too low.
 */
export function judgeNumber(
  guess: number,
  answer: number,
  tolerance: number,
  unit = '',
  slips: readonly Slip<number>[] = [],
): Verdict {
  if (unit === '%' && typedAsProbability(guess, answer, tolerance)) {
    const meant = judgeNumber(Number((guess * 100).toPrecision(12)), answer, tolerance, unit, slips);
    return {
      ...meant,
      sentence: `You typed ${formatNumber(guess)}, a probability; the question asks in percent, so it is read as ${formatNumber(Number((guess * 100).toPrecision(12)))} %. ${meant.sentence}`,
    };
  }
  const error = Math.abs(guess - answer);
  const scale = Math.max(Math.abs(answer), 1);
  const u = unit ? ` ${unit}` : '';
  const off = `Your guess ${formatNumber(guess)}${u} is ${formatNumber(Number(error.toPrecision(3)))} away from ${formatNumber(answer)}${u}.`;
  // A hair of slack: 3 − 2.9 is 0.10000000000000009 in floating point, and 2.9 is within 0.1.
  if (error <= tolerance + 1e-9 * scale)
    return {
      correct: true,
      error,
      sentence: error === 0 ? `Exactly right: ${formatNumber(answer)}${u}.` : `${off} Spot on.`,
    };
  const slip = numberSlip(guess, answer, slips, tolerance);
  if (slip) return { correct: false, error, sentence: `${off} ${slip}` };
  const way = side(guess, answer);
  if (error <= 0.1 * scale)
    return { correct: false, error, sentence: `${off} Very close, a little ${way.slice(4)}.` };
  if (error <= 0.5 * scale)
    return { correct: false, error, sentence: `${off} Not far, but ${way}: look again at the picture.` };
  return { correct: false, error, sentence: `${off} Quite far, ${way}: watch the picture and see why.` };
}

/** The closing words of a predict-first verdict by band, the same in every widget that grades by band. */
export const BAND_WORDS = {
  'spot-on': 'Spot on!',
  close: 'Close!',
  near: 'Not far.',
  far: 'Quite far.',
} as const;

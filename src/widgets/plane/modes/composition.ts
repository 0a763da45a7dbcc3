/**
 * Mode "composition" (lesson 3): A then B beside B then A. Each plot plays in two stages: its
 * first matrix on the first half of t, its second on the second half, so it ends at the product
 * (BA on the left, AB on the right). The formula shows both products and whether they agree.
 */
import { IDENTITY, approxEqual, lerp, maxAbs, multiply, type Mat2 } from '../../../math/mat2';
import { columnOf, GUESS_START } from '../model';
import type { PlaneState } from '../props';
import { drawPlane } from '../view';
import { haloText, FONT } from '../draw-kit';
import { alignedRows, coloured, feedback, matTex, point, rows, scoreAgainst, stages } from './common';
import type { Mode, ModeInput } from './types';
import { PLAY_SECONDS, ease } from '../../../render/motion';

/** The matrix drawn at time t when `first` is applied, then `second`. */
export function stagedMatrix(first: Mat2, second: Mat2, t: number): Mat2 {
  const [g1, g2] = stages(t, ease);
  if (g2 <= 0) return lerp(IDENTITY, first, g1);
  return lerp(first, multiply(second, first), g2);
}

/** BA and AB, and whether they are the same matrix (to rounding, relative to their size). */
export function products(s: PlaneState): { ba: Mat2; ab: Mat2; commute: boolean } {
  const ba = multiply(s.second, s.matrix);
  const ab = multiply(s.matrix, s.second);
  const scale = Math.max(maxAbs(ba), maxAbs(ab), 1);
  return { ba, ab, commute: approxEqual(ba, ab, 1e-9 * scale) };
}

function shownOn(m: ModeInput, plot: 0 | 1): Mat2 {
  const s = m.s;
  return plot === 0 ? stagedMatrix(s.matrix, s.second, m.t) : stagedMatrix(s.second, s.matrix, m.t);
}

function stageNote(t: number, plot: 0 | 1): string {
  const [first, second] = plot === 0 ? ['A', 'B'] : ['B', 'A'];
  if (t <= 0) return 'before anything';
  if (t < 0.5) return `applying ${first}…`;
  if (t === 0.5) return `after ${first}`;
  if (t < 1) return `after ${first}, applying ${second}…`;
  return `result: ${plot === 0 ? 'BA' : 'AB'}`;
}

export function orderSentence(s: PlaneState): string {
  return products(s).commute
    ? 'Both orders give the same matrix: these two commute (BA = AB).'
    : 'The two orders give different results: order matters (BA ≠ AB).';
}

export const compositionMode: Mode = {
  name: 'composition',
  play: 'toggle',
  timeLabel: 'Time: the first matrix on the first half, the second on the second half',
  playSeconds: 2 * PLAY_SECONDS,
  controls: ['matrix', 'preset', 'second', 'play'],
  plots: 2,
  detReadout: false,
  editT: 1,
  captions: () => ['A, then B (that is BA)', 'B, then A (that is AB)'],
  handles: () => [],
  move: () => undefined,
  keep(m) {
    const out = [];
    for (const plot of [0, 1] as const) {
      const now = shownOn(m, plot);
      out.push(columnOf(now, 'i'), columnOf(now, 'j'));
    }
    return out;
  },

  draw(ctx, f, m, plot) {
    drawPlane(ctx, { ...f, shown: shownOn(m, plot), eigen: undefined, determinant: false });
    // The stage, bottom-left, so it never sits on the squash note at the top.
    ctx.font = `600 ${Math.round(f.fontPx * 0.8)}px ${FONT}`;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'bottom';
    haloText(ctx, f, stageNote(m.hidden ? 0 : m.t, plot), 8, f.view.height - 8, f.colors.fg);
  },

  describe(m) {
    const s = m.s;
    const { ba, ab } = products(s);
    const stage = m.t < 1 ? ` The animation is ${Math.round(m.t * 100)}% through.` : '';
    return (
      `A has ${rows(s.matrix)}; B has ${rows(s.second)}. ` +
      `A then B is BA, with ${rows(ba)}: î lands at ${point(columnOf(ba, 'i'))}. ` +
      `B then A is AB, with ${rows(ab)}: î lands at ${point(columnOf(ab, 'i'))}. ${orderSentence(s)}${stage}`
    );
  },

  tex(m, c) {
    const s = m.s;
    const { ba, ab, commute } = products(s);
    const hide = (x: Mat2): string => (m.hidden ? '\\,?\\,' : matTex(x, c.i, c.j));
    const rel = m.hidden ? '' : commute ? '\\quad BA = AB' : `\\quad ${coloured(c.error, 'BA \\ne AB')}`;
    return alignedRows([
      `A &= ${matTex(s.matrix, c.i, c.j)}, \\quad B = ${matTex(s.second, c.i, c.j)}`,
      `BA &= ${hide(ba)} \\ \\text{(A first)}`,
      `AB &= ${hide(ab)} \\ \\text{(B first)}${rel}`,
    ]);
  },

  texWords(m) {
    const s = m.s;
    if (m.hidden) return `A has ${rows(s.matrix)}; B has ${rows(s.second)}.`;
    const { ba, ab } = products(s);
    return `A has ${rows(s.matrix)}; B has ${rows(s.second)}. BA has ${rows(ba)}; AB has ${rows(ab)}.`;
  },

  readouts: (m) => (m.hidden ? [] : [{ text: orderSentence(m.s) }]),

  predict: {
    start: () => GUESS_START,
    guessT: 0,
    revealT: 1,
    question: () => ({
      ok: true,
      text: 'Predict first: where does î land after A, then B? Drag the dashed ring on the left plot, then press Reveal.',
    }),
    score(s, guess) {
      const prediction = scoreAgainst(guess, columnOf(products(s).ba, 'i'));
      return {
        prediction,
        sentence: feedback(
          prediction,
          'where î lands after A then B',
          'Find where A sends î first, then where B sends that arrow.',
          undefined,
          [
            {
              at: columnOf(products(s).ab, 'i'),
              says: 'That is the first column of AB: B applied first, then A. Here A acts first, so follow î through A, then B: BA.',
            },
          ],
        ),
      };
    },
  },
};

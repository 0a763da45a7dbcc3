/**
 * Mode "inverse" (lesson 5): Play applies A on the first half of t and A⁻¹ on the second, which
 * brings every point home (A⁻¹A = I). When det A = 0 there is nothing to play back: the widget
 * says why, and draws the column space (where the plane went) and the null space (the vectors
 * that landed on 0, which no inverse could tell apart), with the rank.
 *
 * The handles sit on A's columns whatever the time, and a dashed ghost of them stays on screen
 * while the plot shows something else.
 */
import { IDENTITY, apply, det, inverse, isSingular, lerp, type Mat2 } from '../../../math/mat2';
import { columnOf } from '../model';
import type { PlaneState } from '../props';
import { drawPlane } from '../view';
import { vectorArrow, type DrawContext, type Frame } from '../draw-kit';
import { alignedRows, coloured, feedback, fmt, matTex, PREDICT_START, rows, scoreAgainst } from './common';
import { drawSpaces, spacesOf, spacesSentence } from './spaces-layer';
import { basisHandles, moveColumn } from './transform';
import type { Mode, ModeInput, Readout } from './types';
import { PLAY_SECONDS, ease } from '../../../render/motion';

/** The matrix drawn at time t: I → A on the first half, then A → I (that is A⁻¹ after A) on the second. */
export function roundTrip(a: Mat2, t: number): Mat2 {
  const x = Math.min(1, Math.max(0, t));
  if (x <= 0.5) return lerp(IDENTITY, a, ease(2 * x));
  // lerp(A, I, s) = ((1 − s)I + sA⁻¹)·A: the inverse played after A. A squash stays squashed.
  return isSingular(a) ? a : lerp(a, IDENTITY, ease(2 * x - 1));
}

export function inverseEnd(a: Mat2): number {
  return isSingular(a) ? 0.5 : 1;
}

export function refusal(a: Mat2): string {
  const sp = spacesOf(a);
  const onto = sp.rank === 0 ? 'onto a single point' : 'onto a line';
  return (
    `No inverse: det A = 0. A squashes the whole plane ${onto} (rank ${sp.rank}), and every vector of the ` +
    'null space lands on 0, so no matrix can tell them apart again: a squash cannot be undone.'
  );
}

function stageNote(a: Mat2, t: number): string {
  if (t <= 0) return 'press Play: A, then A⁻¹';
  if (t < 0.5) return 'applying A…';
  if (t === 0.5 || isSingular(a)) return isSingular(a) ? 'after A: no A⁻¹ to undo it' : 'after A';
  if (t < 1) return 'undoing with A⁻¹…';
  return 'back home: A⁻¹A = I';
}

function ghosts(ctx: DrawContext, f: Frame, a: Mat2, shown: Mat2): void {
  if (a.every((x, k) => Math.abs(x - (shown[k] as number)) < 1e-9)) return;
  vectorArrow(ctx, f, [0, 0], columnOf(a, 'i'), f.colors.i, {
    width: 2,
    dashed: true,
    label: 'Aî',
    labelSize: 0.75,
  });
  vectorArrow(ctx, f, [0, 0], columnOf(a, 'j'), f.colors.j, {
    width: 2,
    dashed: true,
    label: 'Aĵ',
    labelSize: 0.75,
  });
}

function shown(m: ModeInput): Mat2 {
  return roundTrip(m.s.matrix, m.t);
}

export const inverseMode: Mode = {
  name: 'inverse',
  play: 'restart',
  timeLabel: 'Time: A on the first half, then A⁻¹ back on the second half',
  playSeconds: 2 * PLAY_SECONDS,
  playEnd: (s: PlaneState) => inverseEnd(s.matrix),
  controls: ['matrix', 'preset', 'play'],
  plots: 1,
  detReadout: true,
  editT: 0.5,
  handles: (m) => basisHandles(m.s.matrix),
  move: (s, name, p, dragged) => moveColumn(s.matrix, name, p, dragged),
  keep: (m) => [...basisHandles(m.s.matrix), ...basisHandles(shown(m))].map((h) => h.at),

  draw(ctx, f, m) {
    const a = m.s.matrix;
    const now = shown(m);
    drawPlane(ctx, {
      ...f,
      shown: now,
      eigen: undefined,
      determinant: m.s.determinant,
      ownsSquash: true,
      overlay: (c) => {
        const notes = m.hidden ? [] : drawSpaces(c, f, a, now, Math.min(1, 2 * m.t));
        ghosts(c, f, a, now);
        return [stageNote(a, m.t), ...notes];
      },
    });
  },

  describe(m) {
    const a = m.s.matrix;
    const inv = inverse(a);
    const stage = `Now: ${stageNote(a, m.t)}.`;
    const body = inv.ok
      ? `A has ${rows(a)} and det A = ${fmt(det(a))}, so A can be undone: A⁻¹ has ${rows(inv.inverse)}. Play applies A, then A⁻¹ brings every point back.`
      : `A has ${rows(a)}. ${refusal(a)}`;
    return `${body} ${spacesSentence(spacesOf(a))} ${stage}`;
  },

  tex(m, c) {
    const a = m.s.matrix;
    const inv = inverse(a);
    const first = `A &= ${matTex(a, c.i, c.j)}, \\quad \\det A = ${fmt(det(a))}`;
    if (!inv.ok)
      return alignedRows([
        first,
        `A^{-1} &: ${coloured(c.error, '\\text{does not exist } (\\det A = 0)')}`,
        `\\operatorname{rank} A &= ${spacesOf(a).rank}`,
      ]);
    const [p, q, r, s] = a;
    const adj = matTex([s, -q, -r, p]);
    const shownInv = m.hidden ? '\\,?\\,' : `\\frac{1}{${fmt(det(a))}}${adj} = ${matTex(inv.inverse)}`;
    return alignedRows([first, `A^{-1} &= ${shownInv}`, `A^{-1}A &= I, \\quad \\operatorname{rank} A = 2`]);
  },

  texWords(m) {
    const a = m.s.matrix;
    const inv = inverse(a);
    if (!inv.ok) return `A has ${rows(a)}; det A = 0, so A has no inverse.`;
    return m.hidden
      ? `A has ${rows(a)}; det A = ${fmt(det(a))}.`
      : `A has ${rows(a)}; its inverse has ${rows(inv.inverse)}.`;
  },

  readouts(m): Readout[] {
    const a = m.s.matrix;
    const sp = spacesSentence(spacesOf(a));
    if (isSingular(a)) return [{ text: refusal(a), tone: 'refusal' }, { text: sp }];
    return [{ text: `det A = ${fmt(det(a))} ≠ 0, so A can be undone.` }, { text: sp }];
  },

  predict: {
    start: () => PREDICT_START,
    guessT: 0.5,
    revealT: 1,
    question(s) {
      if (isSingular(s.matrix))
        return {
          ok: false,
          text: `Nothing to predict here: ${refusal(s.matrix)} Change the matrix to one with det ≠ 0.`,
        };
      return {
        ok: true,
        text: 'Predict first: the plot shows A. Which arrow does A send to î = (1, 0)? Drag the dashed ring to it, then press Reveal to play A⁻¹.',
      };
    },
    score(s, guess) {
      const inv = inverse(s.matrix);
      const target = inv.ok ? apply(inv.inverse, [1, 0]) : ([0, 0] as const);
      const prediction = scoreAgainst(guess, target);
      return {
        prediction,
        sentence: feedback(
          prediction,
          `the arrow that A sends to î, A⁻¹î`,
          'It is the first column of A⁻¹: count it in A’s grid.',
          undefined,
          [
            {
              at: apply(s.matrix, [1, 0]),
              says: 'That is Aî, where A sends î. The question runs the other way: which arrow does A send to î?',
            },
          ],
        ),
      };
    },
  },
};

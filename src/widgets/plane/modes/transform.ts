/**
 * Mode "transform" (lesson 2, the default): the plane moves from the identity to A; drag where î
 * and ĵ land. With `spaces`, the column space and null space of A are drawn too (lesson 5).
 */
import { eigen2 } from '../../../math/eigen2';
import type { Mat2 } from '../../../math/mat2';
import { columnOf, scorePrediction, shownMatrix, withColumn, GUESS_START } from '../model';
import { drawPlane } from '../view';
import { planeTex } from '../formula';
import { describePlane, detSentence, eigenSentence, predictSentence } from '../words';
import { place, point, rows } from './common';
import { drawSpaces, spacesOf, spacesSentence } from './spaces-layer';
import type { HandleSpec, Mode, ModeInput, Readout } from './types';
import { PLAY_SECONDS } from '../../../render/motion';

/** The handles on the tips of î and ĵ of the matrix `m` as drawn. */
export function basisHandles(m: Mat2): HandleSpec[] {
  const i = columnOf(m, 'i');
  const j = columnOf(m, 'j');
  return [
    { name: 'i', at: i, label: `î tip at ${point(i)}`, color: 'i' },
    { name: 'j', at: j, label: `ĵ tip at ${point(j)}`, color: 'j' },
  ];
}

/** Dragging î or ĵ rewrites that column of A. */
export function moveColumn(
  m: Mat2,
  name: string,
  p: readonly [number, number],
  dragged: boolean,
): { matrix: Mat2 } | undefined {
  if (name !== 'i' && name !== 'j') return undefined;
  return { matrix: withColumn(m, name, place(p, dragged)) };
}

function shown(m: ModeInput): Mat2 {
  return shownMatrix(m.s.matrix, m.t);
}

/**
 * The matrix the words speak of. Without the formula, the page may be hiding the matrix on
 * purpose (a predict question about it), so the words say only what the picture shows.
 */
export function spokenMatrix(m: ModeInput): Mat2 {
  return m.s.formula ? m.s.matrix : shown(m);
}

export const transformMode: Mode = {
  name: 'transform',
  play: 'toggle',
  timeLabel: 'Time from the identity (0) to the matrix (1)',
  playSeconds: PLAY_SECONDS,
  controls: ['matrix', 'preset', 'play', 'eigen', 'spaces'],
  plots: 1,
  detReadout: true,
  editT: 1,
  detMatrix: spokenMatrix,
  handles: (m) => basisHandles(shown(m)),
  move: (s, name, p, dragged) => moveColumn(s.matrix, name, p, dragged),
  // With the determinant shown, the far corner of the parallelogram (î + ĵ) stays in view too.
  keep: (m) => {
    const tips = basisHandles(shown(m)).map((h) => h.at);
    const [i, j] = tips;
    return m.s.determinant && !m.hidden && i && j ? [...tips, [i[0] + j[0], i[1] + j[1]]] : tips;
  },

  draw(ctx, f, m) {
    const s = m.s;
    const now = shown(m);
    drawPlane(ctx, {
      ...f,
      shown: now,
      eigen: s.eigen && !m.hidden ? eigen2(s.matrix) : undefined,
      determinant: s.determinant,
      overlay: s.spaces && !m.hidden ? () => drawSpaces(ctx, f, s.matrix, now, m.t) : undefined,
      ownsSquash: s.spaces && !m.hidden,
    });
  },

  describe(m) {
    const s = m.s;
    const spoken = spokenMatrix(m);
    const base = describePlane({
      matrix: spoken,
      t: m.t,
      eigen: eigen2(spoken),
      phase: 'off',
      guess: GUESS_START,
      prediction: undefined,
    });
    return s.spaces ? `${base} ${spacesSentence(spacesOf(s.matrix))}` : base;
  },

  tex(m, c) {
    const s = m.s;
    const eigen = s.eigen && !m.hidden ? eigen2(s.matrix) : undefined;
    const extra = s.spaces && !m.hidden ? [`\\operatorname{rank} A = ${spacesOf(s.matrix).rank}`] : [];
    return planeTex(s.matrix, c, eigen, extra);
  },

  texWords(m) {
    const s = m.s;
    return `Matrix A with ${rows(s.matrix)}. ${detSentence(s.matrix)}`;
  },

  readouts(m): Readout[] {
    const s = m.s;
    const out: Readout[] = [];
    if (s.eigen && !m.hidden) out.push({ text: eigenSentence(eigen2(s.matrix)) });
    if (s.spaces && !m.hidden) out.push({ text: spacesSentence(spacesOf(s.matrix)) });
    return out;
  },

  predict: {
    start: () => GUESS_START,
    guessT: 0,
    revealT: 1,
    question: (s) => ({
      ok: true,
      text: `Predict first: the matrix has ${rows(s.matrix)}. Drag the dashed ring to where you think î lands, then press Reveal.`,
    }),
    score(s, guess) {
      const prediction = scorePrediction(guess, s.matrix);
      const [a, b] = s.matrix;
      // The classic misreading: the first row taken for the first column.
      const row = {
        at: [a, b] as const,
        says: 'That is the first row of the matrix. î lands on the first column: read down, not across.',
      };
      return { prediction, sentence: predictSentence(prediction, [row]) };
    },
  },
};

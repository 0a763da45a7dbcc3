/**
 * Mode "transform" (lesson 2, the default): the plane moves from the identity to A; drag where î
 * and ĵ land. With `spaces`, the column space and null space of A are drawn too (lesson 5); with
 * `probe`, a vector x to drag and its image Ax (lessons 2 and 8); with `box`, the determinant's box
 * picture (lesson 4). `layout="split"` draws the input plane and the output plane side by side.
 */
import { eigen2 } from '../../../math/eigen2';
import { IDENTITY, apply, type Mat2, type Vec2 } from '../../../math/mat2';
import { columnOf, scorePrediction, shownMatrix, withColumn, GUESS_START } from '../model';
import { drawPlane } from '../view';
import { planeTex } from '../formula';
import { describePlane, detSentence, eigenSentence, predictSentence } from '../words';
import { place, point, rows } from './common';
import { drawSpaces, spacesOf, spacesSentence } from './spaces-layer';
import { boxTex, drawBox, drawProbe, probeTex } from './probe-layer';
import { boxSentence, probeSentence } from '../probe';
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

/** The probe's x when it is on and may be shown (never while a prediction is open: Ax would tell). */
function probeOf(m: ModeInput): Vec2 | undefined {
  return m.s.probe === false || m.hidden ? undefined : m.s.probe;
}

const split = (m: ModeInput): boolean => m.s.layout === 'split';

/** The handles: î and ĵ where they land (not in split, whose left plot is before A), and x. */
function handlesOf(m: ModeInput): HandleSpec[] {
  const x = probeOf(m);
  const out = split(m) ? [] : basisHandles(shown(m));
  if (x) out.push({ name: 'x', at: x, label: `x tip at ${point(x)}`, color: 'data' });
  return out;
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
  plotsFor: (s) => (s.layout === 'split' ? 2 : 1),
  captions: () => ['Input: before A', 'Output: after A'],
  detReadout: true,
  editT: 1,
  detMatrix: spokenMatrix,
  handles: handlesOf,
  move: (s, name, p, dragged) =>
    name === 'x' ? { probe: place(p, dragged) } : moveColumn(s.matrix, name, p, dragged),
  // With the determinant (or the box) shown, the far corner of the parallelogram (î + ĵ) stays in
  // view too; with the probe, x and Ax.
  keep: (m) => {
    const tips = basisHandles(shown(m)).map((h) => h.at);
    const [i, j] = tips;
    const out =
      (m.s.determinant || m.s.box) && !m.hidden && i && j ? [...tips, [i[0] + j[0], i[1] + j[1]]] : tips;
    const x = probeOf(m);
    if (x) out.push(x, apply(m.s.matrix, x));
    return out as Vec2[];
  },

  draw(ctx, f, m, plot) {
    const s = m.s;
    const x = probeOf(m);
    // Split: the left plot is the input plane (before A), the right one the output (after A).
    if (split(m) && plot === 0) {
      drawPlane(ctx, { ...f, shown: IDENTITY, eigen: undefined, determinant: s.determinant });
      if (x) drawProbe(ctx, f, IDENTITY, x, 'x');
      return;
    }
    const now = shown(m);
    const extras = !m.hidden;
    drawPlane(ctx, {
      ...f,
      shown: now,
      eigen: s.eigen && extras ? eigen2(s.matrix) : undefined,
      determinant: s.determinant,
      overlay:
        (s.spaces || s.box) && extras
          ? () => {
              if (s.box) drawBox(ctx, f, now);
              return s.spaces ? drawSpaces(ctx, f, s.matrix, now, m.t) : [];
            }
          : undefined,
      ownsSquash: s.spaces && extras,
    });
    if (x) drawProbe(ctx, f, now, x, split(m) ? 'ax' : 'both');
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
    const x = probeOf(m);
    const parts = [base];
    if (s.spaces) parts.push(spacesSentence(spacesOf(s.matrix)));
    if (x) parts.push(probeSentence(spoken, x));
    if (split(m)) parts.push('The input plane is on the left, the output plane on the right.');
    return parts.join(' ');
  },

  tex(m, c) {
    const s = m.s;
    const eigen = s.eigen && !m.hidden ? eigen2(s.matrix) : undefined;
    const extra = s.spaces && !m.hidden ? [`\\operatorname{rank} A = ${spacesOf(s.matrix).rank}`] : [];
    if (s.box && !m.hidden) extra.push(...boxTex(s.matrix));
    const x = probeOf(m);
    if (x) extra.push(probeTex(s.matrix, x, c));
    return planeTex(s.matrix, c, eigen, extra);
  },

  texWords(m) {
    const s = m.s;
    const x = probeOf(m);
    const probe = x ? ` ${probeSentence(s.matrix, x)}` : '';
    return `Matrix A with ${rows(s.matrix)}. ${detSentence(s.matrix)}${probe}`;
  },

  readouts(m): Readout[] {
    const s = m.s;
    const out: Readout[] = [];
    if (s.eigen && !m.hidden) out.push({ text: eigenSentence(eigen2(s.matrix)) });
    if (s.spaces && !m.hidden) out.push({ text: spacesSentence(spacesOf(s.matrix)) });
    if (s.box && !m.hidden) out.push({ text: boxSentence(s.matrix) });
    const x = probeOf(m);
    if (x) out.push({ text: probeSentence(s.matrix, x) });
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

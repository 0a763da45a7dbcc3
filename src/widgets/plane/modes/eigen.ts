/**
 * Mode "eigen" (lesson 8): a fan of unit arrows rides the transformation from the identity to A.
 * Most of them turn; the ones on an eigenvector line stay on their own span and light up, with
 * their eigenvalue as the stretch factor. (Every in-between matrix (1 − s)I + sA has the same
 * eigenvectors as A, so the same arrows stay lit for the whole motion.) A rotation has none (its
 * eigenvalues are a complex pair); a shear has one direction; a multiple of I keeps them all.
 */
import { eigen2, type Eigen2 } from '../../../math/eigen2';
import { apply, type Mat2, type Vec2 } from '../../../math/mat2';
import { band, shownMatrix, type Prediction } from '../model';
import { drawPlane } from '../view';
import { dot, labelAt, originLine, px, vectorArrow, type DrawContext, type Frame } from '../draw-kit';
import { eigenSentence } from '../words';
import { eigenTex } from '../formula';
import {
  alignedRows,
  coloured,
  feedback,
  fmt,
  matTex,
  niceDirection,
  point,
  rows,
  scoreAgainst,
  vecTex,
} from './common';
import { basisHandles, moveColumn } from './transform';
import type { Mode, ModeInput } from './types';
import { PLAY_SECONDS } from '../../../render/motion';

/** How many evenly spaced arrows the fan has (every 15°). */
export const FAN_SIZE = 24;
/**
 * The fan arrow drawn in colour, with a dot where it started (30°): a turn by a multiple of 15°
 * (a quarter turn) maps the grey fan onto itself, so without one arrow to follow the end of the
 * motion would look like the identity.
 */
export const TRACKED = 2;
/** Length of the fan's arrows before the transformation: long enough to see on a phone. */
export const FAN_RADIUS = 1.5;
/** A fan arrow this close (radians) to an eigenvector line counts as on it. */
const ON_LINE = 1e-6;
/** A guess nearer the origin than this is the zero vector: it has no direction to keep. */
const ZERO_GUESS = 0.05;

export interface FanArrow {
  /** The arrow before the transformation (length FAN_RADIUS). */
  readonly dir: Vec2;
  /** The stretch factor when it stays on its own span, else undefined. */
  readonly lambda: number | undefined;
}

/** The real eigenvector lines of A with their eigenvalues. */
export function eigenLines(e: Eigen2): [Vec2, number][] {
  if (e.kind === 'distinct')
    return [
      [e.vectors[0], e.values[0]],
      [e.vectors[1], e.values[1]],
    ];
  if (e.kind === 'defective') return [[e.vector, e.value]];
  return [];
}

/** The fan: 24 arrows every 15°, plus both ends of each eigenvector line that the 24 miss. */
export function fan(e: Eigen2): FanArrow[] {
  const lines = eigenLines(e);
  const lambdaOf = (d: Vec2): number | undefined => {
    if (e.kind === 'scalar') return e.value;
    for (const [v, l] of lines) if (Math.abs(v[0] * d[1] - v[1] * d[0]) <= ON_LINE * FAN_RADIUS) return l;
    return undefined;
  };
  const out: FanArrow[] = [];
  for (let k = 0; k < FAN_SIZE; k++) {
    const a = (2 * Math.PI * k) / FAN_SIZE;
    const dir: Vec2 = [FAN_RADIUS * Math.cos(a), FAN_RADIUS * Math.sin(a)];
    out.push({ dir, lambda: lambdaOf(dir) });
  }
  for (const [v, l] of lines)
    for (const sign of [1, -1]) {
      const dir: Vec2 = [sign * FAN_RADIUS * v[0], sign * FAN_RADIUS * v[1]];
      if (!out.some((f) => Math.abs(f.dir[0] - dir[0]) + Math.abs(f.dir[1] - dir[1]) < 1e-9))
        out.push({ dir, lambda: l });
    }
  return out;
}

function shown(m: ModeInput): Mat2 {
  return shownMatrix(m.s.matrix, m.t);
}

/** The image of the fan's circle: where every fan tip lies. */
function ellipse(ctx: DrawContext, f: Frame, now: Mat2): void {
  ctx.strokeStyle = f.colors.muted;
  ctx.lineWidth = 1.2 * f.lineScale;
  ctx.globalAlpha = 0.6;
  ctx.beginPath();
  for (let k = 0; k <= 72; k++) {
    const a = (2 * Math.PI * k) / 72;
    const [x, y] = px(f.view, apply(now, [FAN_RADIUS * Math.cos(a), FAN_RADIUS * Math.sin(a)]));
    if (k === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.stroke();
  ctx.globalAlpha = 1;
}

function drawFan(ctx: DrawContext, f: Frame, m: ModeInput, now: Mat2, e: Eigen2): string[] {
  const arrows = fan(e);
  ellipse(ctx, f, now);
  const lit = m.hidden ? [] : arrows.filter((a) => a.lambda !== undefined);
  // Where each tip started, and the straight path it took: (1 − s)·x + s·Ax is a line in s. A tip
  // that left along its own arrow stayed on its span; every other path cuts across.
  ctx.strokeStyle = f.colors.muted;
  ctx.lineWidth = f.lineScale;
  ctx.globalAlpha = 0.5;
  ctx.setLineDash([2 * f.lineScale, 3 * f.lineScale]);
  ctx.beginPath();
  for (const a of arrows) {
    const [x0, y0] = px(f.view, a.dir);
    const [x1, y1] = px(f.view, apply(now, a.dir));
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
  }
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  for (const a of arrows) if (m.hidden || a.lambda === undefined) dot(ctx, f, a.dir, 1.8, f.colors.muted);
  for (const a of arrows)
    if (m.hidden || a.lambda === undefined) {
      ctx.globalAlpha = 0.75;
      vectorArrow(ctx, f, [0, 0], apply(now, a.dir), f.colors.muted, { width: 1.4 });
      ctx.globalAlpha = 1;
    }
  if (e.kind !== 'scalar')
    for (const [v] of m.hidden ? [] : eigenLines(e)) originLine(ctx, f, v, f.colors.k, 2, 0.8, [10, 7]);
  for (const a of lit) {
    const tip = apply(now, a.dir);
    vectorArrow(ctx, f, [0, 0], tip, f.colors.k, { width: 3.5 });
  }
  const tracked = arrows[TRACKED];
  if (tracked && (m.hidden || tracked.lambda === undefined)) {
    ctx.strokeStyle = f.colors.data;
    ctx.lineWidth = 1.5 * f.lineScale;
    ctx.setLineDash([3 * f.lineScale, 3 * f.lineScale]);
    ctx.beginPath();
    ctx.moveTo(...px(f.view, tracked.dir));
    ctx.lineTo(...px(f.view, apply(now, tracked.dir)));
    ctx.stroke();
    ctx.setLineDash([]);
    dot(ctx, f, tracked.dir, 3.5, f.colors.data);
    vectorArrow(ctx, f, [0, 0], apply(now, tracked.dir), f.colors.data, { width: 2.5 });
  }
  // One "×λ" per line, at the tip of its positive end, when the fan is not all lit.
  if (e.kind !== 'scalar' && !m.hidden)
    for (const [v, l] of eigenLines(e)) {
      const tip = apply(now, [FAN_RADIUS * v[0], FAN_RADIUS * v[1]]);
      labelAt(ctx, f, tip, `×${fmt(l)}`, f.colors.k, 18, -16, 0.8);
    }
  if (m.hidden) return [];
  if (e.kind === 'complex') return ['no arrow stays on its span: no real eigenvectors'];
  if (e.kind === 'scalar') return [`every arrow stays on its span (×${fmt(e.value)})`];
  return [
    eigenLines(e).length === 1 ? 'one direction stays on its span' : 'two directions stay on their span',
  ];
}

/** λ² − tr·λ + det with zero terms left out and signs folded: "λ² + 1", "λ² − 4λ + 3". */
export function charPoly(tr: number, d: number): string {
  let out = '\\lambda^2';
  const term = (x: number, body: string): void => {
    const mag = fmt(Math.abs(x));
    if (mag === '0') return;
    out += ` ${x < 0 ? '-' : '+'} ${body === '' ? mag : mag === '1' ? body : `${mag}${body}`}`;
  };
  term(-tr, '\\lambda');
  term(d, '');
  return out;
}

export function keptSentence(e: Eigen2): string {
  if (e.kind === 'complex')
    return (
      'No arrow stays on its own span: every arrow turns. There are no real eigenvectors; ' +
      `the eigenvalues are the complex pair ${fmt(e.re)} ± ${fmt(e.im)}i.`
    );
  if (e.kind === 'scalar')
    return `Every arrow stays on its own span and is stretched by ${fmt(e.value)}: A is ${fmt(e.value)} times the identity.`;
  const parts = eigenLines(e).map(
    ([v, l]) => `arrows along ${point(niceDirection(v))} are stretched by ${fmt(l)}`,
  );
  const lead =
    e.kind === 'defective'
      ? 'Only one direction stays on its own span (a repeated eigenvalue): '
      : 'Two directions stay on their own span: ';
  return `${lead}${parts.join('; ')}. Every other arrow turns.`;
}

export const eigenMode: Mode = {
  name: 'eigen',
  play: 'toggle',
  timeLabel: 'Time from the identity (0) to the matrix (1)',
  playSeconds: PLAY_SECONDS,
  controls: ['matrix', 'preset', 'play'],
  plots: 1,
  detReadout: false,
  editT: 1,
  handles: (m) => basisHandles(shown(m)),
  move: (s, name, p, dragged) => moveColumn(s.matrix, name, p, dragged),
  keep(m) {
    const now = shown(m);
    const e = eigen2(m.s.matrix);
    return [...basisHandles(now).map((h) => h.at), ...fan(e).map((a) => apply(now, a.dir))];
  },

  draw(ctx, f, m) {
    const e = eigen2(m.s.matrix);
    const now = shown(m);
    drawPlane(ctx, {
      ...f,
      picture: undefined,
      shown: now,
      eigen: undefined,
      determinant: false,
      overlay: (c) => drawFan(c, f, m, now, e),
    });
  },

  describe(m) {
    const e = eigen2(m.s.matrix);
    const stage =
      m.t < 1 ? ` The transformation is shown ${Math.round(m.t * 100)}% of the way from the identity.` : '';
    return `A has ${rows(m.s.matrix)}. ${keptSentence(e)}${stage}`;
  },

  tex(m, c) {
    const a = m.s.matrix;
    const e = eigen2(a);
    const tr = a[0] + a[3];
    const d = a[0] * a[3] - a[1] * a[2];
    const poly = `\\det(A - \\lambda I) &= ${charPoly(tr, d)} = 0`;
    const first = `A &= ${matTex(a, c.i, c.j)}`;
    if (m.hidden) return alignedRows([first, poly]);
    const values = `${eigenTex(e).replace(' = ', ' &= ')}`;
    const vectors = eigenLines(e).map(
      ([v, l], n) =>
        `${coloured(c.k, `\\mathbf{x}_{${n + 1}}`)} &= ${vecTex(niceDirection(v), c.k)}, \\quad A${coloured(c.k, `\\mathbf{x}_{${n + 1}}`)} = ${fmt(l)}\\,${coloured(c.k, `\\mathbf{x}_{${n + 1}}`)}`,
    );
    return alignedRows([first, poly, values, ...vectors]);
  },

  texWords(m) {
    const e = eigen2(m.s.matrix);
    return m.hidden ? `A has ${rows(m.s.matrix)}.` : `A has ${rows(m.s.matrix)}. ${eigenSentence(e)}`;
  },

  readouts: (m) =>
    m.hidden ? [] : [{ text: eigenSentence(eigen2(m.s.matrix)) }, { text: keptSentence(eigen2(m.s.matrix)) }],

  predict: {
    start: () => [-0.5, 1.5],
    guessT: 0,
    revealT: 1,
    question: () => ({
      ok: true,
      text: 'Predict first: put the dashed ring on an arrow that A will only stretch, never turn (it stays on its own line). Then press Reveal.',
    }),
    score(s, guess) {
      const e = eigen2(s.matrix);
      if (e.kind === 'scalar') {
        const prediction = scoreAgainst(guess, guess);
        return {
          prediction,
          sentence: `Every arrow stays on its span here (A = ${fmt(e.value)}·I), so your guess ${point(guess)} is right. Spot on!`,
        };
      }
      if (e.kind === 'complex') {
        const prediction = scoreAgainst(guess, [0, 0]);
        return {
          prediction,
          sentence: `Trick question: A turns every arrow, so no direction stays on its span (only the zero vector does). Its eigenvalues are the complex pair ${fmt(e.re)} ± ${fmt(e.im)}i.`,
        };
      }
      // The zero vector stays put under every matrix but has no direction: not an eigenvector.
      if (Math.hypot(guess[0], guess[1]) < ZERO_GUESS) {
        const prediction = scoreAgainst(guess, guess);
        return {
          prediction,
          sentence: `Your guess ${point(guess)} is the zero vector, which has no direction, so it is not an eigenvector: drag the ring away from the origin.`,
        };
      }
      // The nearest point on the nearest eigenvector line.
      let best: Prediction | undefined;
      for (const [v] of eigenLines(e)) {
        const k = guess[0] * v[0] + guess[1] * v[1];
        const c = scoreAgainst(guess, [k * v[0], k * v[1]]);
        if (!best || c.distance < best.distance) best = c;
      }
      best ??= scoreAgainst(guess, [0, 0]);
      const turn = angleToLines(guess, eigenLines(e));
      if (turn !== undefined && band(best.distance) !== 'exact')
        return { prediction: best, sentence: directionSentence(guess, turn) };
      return {
        prediction: best,
        sentence: feedback(
          best,
          'the nearest eigenvector line',
          'The lit arrows are the ones that stay on their line.',
          'lies exactly on an eigenvector line',
        ),
      };
    },
  },
};

/** The smallest angle, in degrees, between the guess's direction and an eigenvector line. */
export function angleToLines(
  guess: Vec2,
  lines: readonly (readonly [Vec2, number])[],
): { degrees: number; line: Vec2 } | undefined {
  const g = Math.hypot(guess[0], guess[1]);
  let best: { degrees: number; line: Vec2 } | undefined;
  for (const [v] of lines) {
    const n = Math.hypot(v[0], v[1]);
    if (!(g > 0) || !(n > 0)) continue;
    const c = Math.min(1, Math.abs(guess[0] * v[0] + guess[1] * v[1]) / (g * n));
    const degrees = (Math.acos(c) * 180) / Math.PI;
    if (!best || degrees < best.degrees) best = { degrees, line: v };
  }
  return best;
}

/**
 * The verdict on a direction: how many degrees off the nearest eigenvector line, since for a
 * direction the angle is what counts (a guess far out along the line is right; one near the
 * origin but 45° off is not), in bands of 3°, 10° and 25°.
 */
export function directionSentence(guess: Vec2, turn: { degrees: number; line: Vec2 }): string {
  const d = turn.degrees;
  const words =
    d <= 3
      ? 'Spot on!'
      : d <= 10
        ? 'Close!'
        : d <= 25
          ? 'Not far. The lit arrows are the ones that stay on their line.'
          : 'Quite far: a direction counts by its angle, not by its distance. The lit arrows are the ones that stay on their line.';
  return `Your guess ${point(guess)} points ${fmt(Number(d.toFixed(1)))}° away from the nearest eigenvector line, along ${point(niceDirection(turn.line))}. ${words}`;
}

/**
 * Mode "span" (lesson 1): two arrows v and w and two weights a and b. The arrow a·v + b·w is built
 * tip-to-tail; the span of v and w (every such mix) is shaded: the whole plane, a line when v and
 * w line up, or just the origin when both are 0. Drag v, w, or the mix itself (which solves for
 * the weights).
 *
 * Colours: v like î and w like ĵ (they play the part of a basis), the mix and the span in "data".
 */
import { fromColumns, type Vec2 } from '../../../math/mat2';
import { columnSpace2, rank2 } from '../../../math/spaces';
import { coordsInBasis2 } from '../../../math/vec2';
import { WEIGHT_LIMIT, type PlaneState } from '../props';
import {
  dot,
  drawBase,
  drawNotes,
  gridFamilies,
  guessMarker,
  labelAt,
  originLine,
  PRIORITY,
  vectorArrow,
  type DrawContext,
  type Frame,
} from '../draw-kit';
import {
  alignedRows,
  coloured,
  feedback,
  fmt,
  niceDirection,
  place,
  point,
  PREDICT_START,
  scoreAgainst,
  signedSum,
  stages,
  vecTex,
} from './common';
import type { HandleSpec, Mode, ModeInput } from './types';
import { PLAY_SECONDS, ease } from '../../../render/motion';
import { clean, snap } from '../../../math/number-clean';

export type SpanKind = 'plane' | 'line' | 'point';

export function spanKind(v: Vec2, w: Vec2): SpanKind {
  return (['point', 'line', 'plane'] as const)[rank2(fromColumns(v, w))];
}

/** a·v + b·w */
export function combine(v: Vec2, w: Vec2, a: number, b: number): Vec2 {
  return [a * v[0] + b * w[0], a * v[1] + b * w[1]];
}

/** The two legs as drawn at animation time t: a·v grows first, then b·w is added at its tip. */
export function legs(s: PlaneState, t: number): { first: Vec2; tip: Vec2 } {
  const [g1, g2] = stages(t, ease);
  const first: Vec2 = [g1 * s.a * s.v[0], g1 * s.a * s.v[1]];
  return { first, tip: [first[0] + g2 * s.b * s.w[0], first[1] + g2 * s.b * s.w[1]] };
}

function clampWeight(x: number): number {
  return Math.min(WEIGHT_LIMIT, Math.max(-WEIGHT_LIMIT, x));
}

/**
 * The weights that put the mix at `p`, or undefined when v and w do not span the plane (then the
 * mix cannot be dragged anywhere off their line). A drag snaps the weights (to 0.1, and to whole
 * numbers nearby); a key press keeps them to 2 decimals.
 */
export function weightsFor(s: PlaneState, p: Vec2, dragged: boolean): { a: number; b: number } | undefined {
  const r = coordsInBasis2(s.v, s.w, p);
  if (!r.ok) return undefined;
  const round = dragged ? snap : (x: number) => clean(Math.round(x * 100) / 100);
  return { a: clampWeight(round(r.coords[0])), b: clampWeight(round(r.coords[1])) };
}

/** The direction of the span when it is a line. */
function spanLine(s: PlaneState): Vec2 | undefined {
  return spanKind(s.v, s.w) === 'line' ? columnSpace2(fromColumns(s.v, s.w))[0] : undefined;
}

export function spanSentence(s: PlaneState): string {
  const kind = spanKind(s.v, s.w);
  if (kind === 'plane') return 'The span of v and w is the whole plane: every point is a mix of the two.';
  if (kind === 'point') return 'Both vectors are zero, so the span is just the origin.';
  return `v and w lie on one line, so their span is just that line, along ${point(niceDirection(spanLine(s) ?? [1, 0]))}.`;
}

function handles(m: ModeInput): HandleSpec[] {
  const s = m.s;
  const out: HandleSpec[] = [
    { name: 'v', at: s.v, label: `v tip at ${point(s.v)}`, color: 'i' },
    { name: 'w', at: s.w, label: `w tip at ${point(s.w)}`, color: 'j' },
  ];
  // The mix can be dragged only where weights exist for every point, and once it is built.
  if (spanKind(s.v, s.w) === 'plane' && m.t >= 1) {
    const p = combine(s.v, s.w, s.a, s.b);
    out.push({
      name: 'sum',
      at: p,
      label: `a·v + b·w tip at ${point(p)}; dragging it sets a and b`,
      color: 'data',
    });
  }
  return out;
}

function drawSpan(
  ctx: DrawContext,
  f: Frame & { guess?: Vec2 | undefined; answer?: Vec2 | undefined },
  m: ModeInput,
): void {
  const { s } = m;
  const { colors, view } = f;
  drawBase(ctx, f);
  const kind = spanKind(s.v, s.w);
  const notes: string[] = [];
  if (kind === 'plane') {
    // The whole plane, lightly, and the grid of whole-number mixes of v and w.
    ctx.fillStyle = colors.data;
    ctx.globalAlpha = 0.07;
    ctx.fillRect(0, 0, view.width, view.height);
    ctx.globalAlpha = 0.3;
    ctx.strokeStyle = colors.data;
    ctx.lineWidth = f.lineScale;
    gridFamilies(ctx, view, fromColumns(s.v, s.w));
    ctx.globalAlpha = 1;
    notes.push('span: the whole plane');
  } else if (kind === 'line') {
    originLine(ctx, f, spanLine(s) ?? [1, 0], colors.data, 9, 0.28);
    notes.push('span: a line (v and w line up)');
  } else {
    dot(ctx, f, [0, 0], 7, colors.data);
    notes.push('span: just the origin');
  }
  vectorArrow(ctx, f, [0, 0], s.v, colors.i, { label: 'v', rest: [1, 0.6] });
  vectorArrow(ctx, f, [0, 0], s.w, colors.j, { label: 'w', rest: [-0.6, -1] });
  if (!m.hidden) {
    const { first, tip } = legs(s, m.t);
    vectorArrow(ctx, f, [0, 0], first, colors.i, { width: 2, dashed: true });
    vectorArrow(ctx, f, first, tip, colors.j, { width: 2, dashed: true });
    labelAt(ctx, f, [first[0] / 2, first[1] / 2], `${fmt(s.a)}v`, colors.i, 0, -14);
    labelAt(ctx, f, [(first[0] + tip[0]) / 2, (first[1] + tip[1]) / 2], `${fmt(s.b)}w`, colors.j, 0, -14);
    vectorArrow(ctx, f, [0, 0], tip, colors.data, {
      width: 4.5,
      label: m.t >= 1 ? point(tip) : undefined,
      labelSize: 0.8,
      priority: PRIORITY.readout,
    });
  }
  if (f.guess) guessMarker(ctx, f, f.guess, f.answer);
  drawNotes(ctx, f, notes);
}

export const spanMode: Mode = {
  name: 'span',
  play: 'toggle',
  timeLabel: 'Time: a·v grows on the first half, then b·w is added',
  playSeconds: 2 * PLAY_SECONDS,
  controls: ['weights', 'play'],
  plots: 1,
  detReadout: false,
  editT: 1,
  handles,
  move(s, name, p, dragged) {
    if (name === 'v') return { v: place(p, dragged) };
    if (name === 'w') return { w: place(p, dragged) };
    if (name === 'sum') return weightsFor(s, p, dragged);
    return undefined;
  },
  // While the answer is hidden, widening the view toward a·v + b·w would hint where it lands.
  keep: ({ s, hidden }) =>
    hidden ? [s.v, s.w] : [s.v, s.w, combine(s.v, s.w, s.a, 0), combine(s.v, s.w, s.a, s.b)],
  draw: (ctx, f, m) => drawSpan(ctx, f, m),

  describe(m) {
    const s = m.s;
    const mix = combine(s.v, s.w, s.a, s.b);
    const where = m.t < 1 ? ` The mix is shown ${Math.round(m.t * 100)}% built.` : '';
    const sum = signedSum([
      [s.a, 'v'],
      [s.b, 'w'],
    ]);
    return `v = ${point(s.v)} and w = ${point(s.w)}. ${sum} = ${point(mix)}. ${spanSentence(s)}${where}`;
  },

  tex(m, c) {
    const s = m.s;
    const mix = m.hidden ? '\\,?\\,' : vecTex(combine(s.v, s.w, s.a, s.b), c.data);
    const sign = s.b < 0 && fmt(Math.abs(s.b)) !== '0' ? '-' : '+';
    const sum = `${coloured(c.i, fmt(s.a))}\\,${vecTex(s.v, c.i)} ${sign} ${coloured(c.j, fmt(Math.abs(s.b)))}\\,${vecTex(s.w, c.j)}`;
    const kind = spanKind(s.v, s.w);
    const span =
      kind === 'plane'
        ? '\\mathbb{R}^2 \\text{ (the whole plane)}'
        : kind === 'line'
          ? '\\text{a line}'
          : '\\{\\mathbf{0}\\}';
    return alignedRows([
      `${coloured(c.i, 'a')}\\,${coloured(c.i, '\\mathbf{v}')} + ${coloured(c.j, 'b')}\\,${coloured(c.j, '\\mathbf{w}')} &= ${sum} = ${mix}`,
      `\\operatorname{span}(${coloured(c.i, '\\mathbf{v}')}, ${coloured(c.j, '\\mathbf{w}')}) &= ${coloured(c.data, span)}`,
    ]);
  },

  texWords(m) {
    const s = m.s;
    const mix = m.hidden ? 'the mix you are predicting' : point(combine(s.v, s.w, s.a, s.b));
    return `${fmt(s.a)} times v ${point(s.v)} plus ${fmt(s.b)} times w ${point(s.w)} equals ${mix}.`;
  },

  readouts(m) {
    const s = m.s;
    const out = [{ text: spanSentence(s) }];
    const terms = signedSum([
      [s.a, point(s.v)],
      [s.b, point(s.w)],
    ]);
    if (!m.hidden) out.push({ text: `a·v + b·w = ${terms} = ${point(combine(s.v, s.w, s.a, s.b))}` });
    return out;
  },

  predict: {
    start: () => PREDICT_START,
    revealT: 1,
    guessT: 0,
    question: (s) => ({
      ok: true,
      text: `Predict first: where does ${signedSum([
        [s.a, 'v'],
        [s.b, 'w'],
      ])} land? Drag the dashed ring there, then press Reveal.`,
    }),
    score(s, guess) {
      const prediction = scoreAgainst(guess, combine(s.v, s.w, s.a, s.b));
      return {
        prediction,
        sentence: feedback(
          prediction,
          'where a·v + b·w lands',
          'Walk a times along v, then b times along w.',
        ),
      };
    },
  },
};

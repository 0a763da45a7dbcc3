/**
 * Mode "basis" (lesson 7): the same arrow v in two grids. The standard grid stays faint; the grid
 * of the other basis b₁, b₂ is drawn in colour (lines counting b₁ in î's colour, lines counting b₂
 * in ĵ's), with the coordinates of v in both and the change-of-basis matrix P = [b₁ b₂] and P⁻¹.
 * A "basis" on one line is refused, with the reason.
 */
import { fromColumns, inverse, type Mat2, type Vec2 } from '../../../math/mat2';
import { coordsInBasis2 } from '../../../math/vec2';
import type { PlaneState } from '../props';
import {
  drawBase,
  drawNotes,
  family,
  guessMarker,
  guide,
  originLine,
  vectorArrow,
  type DrawContext,
  type Frame,
} from '../draw-kit';
import {
  alignedRows,
  coloured,
  feedback,
  fmt,
  matTex,
  place,
  point,
  PREDICT_START,
  rows,
  scoreAgainst,
  signedSum,
  vecTex,
  STILL,
} from './common';
import type { Mode, ModeInput, Readout } from './types';

export type BasisCoords =
  { ok: true; coords: Vec2; p: Mat2; pInv: Mat2 } | { ok: false; reason: string; p: Mat2 };

export function basisCoords(s: PlaneState): BasisCoords {
  const p = fromColumns(s.b1, s.b2);
  const r = coordsInBasis2(s.b1, s.b2, s.v);
  const inv = inverse(p);
  if (!r.ok || !inv.ok) return { ok: false, reason: r.ok ? 'the two vectors lie on one line' : r.reason, p };
  return { ok: true, coords: r.coords, p, pInv: inv.inverse };
}

/** "2·b₁ − 1·b₂" */
function basisSum(c1: number, c2: number): string {
  return signedSum([
    [c1, 'b₁'],
    [c2, 'b₂'],
  ]);
}

export function notBasis(reason: string): string {
  return `Not a basis: ${reason}, so coordinates in them do not exist. Drag b₁ or b₂ off that line.`;
}

function coloredGrid(ctx: DrawContext, f: Frame, b1: Vec2, b2: Vec2): void {
  ctx.lineWidth = 1.3 * f.lineScale;
  ctx.globalAlpha = 0.45;
  // Lines of constant c₁ run along b₂, one b₁ apart: they count b₁.
  ctx.strokeStyle = f.colors.i;
  ctx.beginPath();
  family(ctx, f.view, b1, b2);
  ctx.stroke();
  ctx.strokeStyle = f.colors.j;
  ctx.beginPath();
  family(ctx, f.view, b2, b1);
  ctx.stroke();
  ctx.globalAlpha = 1;
  originLine(ctx, f, b1, f.colors.i, 2, 0.6);
  originLine(ctx, f, b2, f.colors.j, 2, 0.6);
}

function drawBasis(
  ctx: DrawContext,
  f: Frame & { guess?: Vec2 | undefined; answer?: Vec2 | undefined },
  m: ModeInput,
): void {
  const s = m.s;
  const { colors } = f;
  drawBase(ctx, f);
  const bc = basisCoords(s);
  const notes: string[] = [];
  if (bc.ok) coloredGrid(ctx, f, s.b1, s.b2);
  else {
    const long = Math.hypot(...s.b1) >= Math.hypot(...s.b2) ? s.b1 : s.b2;
    originLine(ctx, f, long, colors.error, 3, 0.7);
    notes.push('not a basis: b₁ and b₂ line up');
  }
  if (!m.hidden) {
    // Standard coordinates: x along the x-axis, then y up.
    guide(ctx, f, [0, 0], [s.v[0], 0], colors.muted, 0.7);
    guide(ctx, f, [s.v[0], 0], s.v, colors.muted, 0.7);
    if (bc.ok) {
      const [c1] = bc.coords;
      const leg: Vec2 = [c1 * s.b1[0], c1 * s.b1[1]];
      vectorArrow(ctx, f, [0, 0], leg, colors.i, { width: 2, dashed: true });
      vectorArrow(ctx, f, leg, s.v, colors.j, { width: 2, dashed: true });
    }
  }
  vectorArrow(ctx, f, [0, 0], s.b1, colors.i, { label: 'b₁', rest: [1, 0.6] });
  vectorArrow(ctx, f, [0, 0], s.b2, colors.j, { label: 'b₂', rest: [-0.6, -1] });
  if (!m.hidden) vectorArrow(ctx, f, [0, 0], s.v, colors.data, { width: 4.5, label: 'v' });
  if (f.guess) guessMarker(ctx, f, f.guess, f.answer);
  drawNotes(ctx, f, notes);
}

export const basisMode: Mode = {
  name: 'basis',
  ...STILL,
  handles: ({ s }) => [
    { name: 'b1', at: s.b1, label: `b₁ tip at ${point(s.b1)}`, color: 'i' },
    { name: 'b2', at: s.b2, label: `b₂ tip at ${point(s.b2)}`, color: 'j' },
    { name: 'v', at: s.v, label: `v tip at ${point(s.v)}`, color: 'data' },
  ],
  move(_s, name, p, dragged) {
    const at = place(p, dragged);
    if (name === 'b1') return { b1: at };
    if (name === 'b2') return { b2: at };
    if (name === 'v') return { v: at };
    return undefined;
  },
  // The corner c₁·b₁ of the dashed path too, so the path is never cut at the plot's edge.
  keep: ({ s, hidden }) => {
    const bc = basisCoords(s);
    if (hidden || !bc.ok) return [s.b1, s.b2, s.v];
    const c1 = bc.coords[0];
    return [s.b1, s.b2, s.v, [c1 * s.b1[0], c1 * s.b1[1]]];
  },
  draw: (ctx, f, m) => drawBasis(ctx, f, m),

  describe({ s }) {
    const bc = basisCoords(s);
    const start = `In the standard grid v = ${point(s.v)}.`;
    if (!bc.ok) return `${start} b₁ = ${point(s.b1)} and b₂ = ${point(s.b2)}. ${notBasis(bc.reason)}`;
    const [c1, c2] = bc.coords;
    return (
      `${start} In the grid of b₁ = ${point(s.b1)} and b₂ = ${point(s.b2)} it is ${point(bc.coords)}: ` +
      `v = ${basisSum(c1, c2)}. P, with columns b₁ and b₂, has ${rows(bc.p)}; ` +
      `P⁻¹ has ${rows(bc.pInv)} and turns standard coordinates into coordinates in b₁, b₂.`
    );
  },

  tex(m, c) {
    const s = m.s;
    const bc = basisCoords(s);
    const B1 = coloured(c.i, '\\mathbf{b}_1');
    const B2 = coloured(c.j, '\\mathbf{b}_2');
    const v = coloured(c.data, '\\mathbf{v}');
    const pRow = `P &= [\\,${B1}\\ ${B2}\\,] = ${matTex(bc.p, c.i, c.j)}`;
    if (!bc.ok) return alignedRows([pRow, `\\det P &= 0: \\ ${coloured(c.error, '\\text{not a basis}')}`]);
    const [c1, c2] = bc.coords;
    const standard = m.hidden ? '\\,?\\,' : vecTex(s.v, c.data);
    const coords = `\\begin{bmatrix} ${coloured(c.i, fmt(c1))} \\\\ ${coloured(c.j, fmt(c2))} \\end{bmatrix}`;
    return alignedRows([
      `${v} &= ${standard} \\ \\text{(standard grid)}`,
      `${v} &= ${coloured(c.i, fmt(c1))}\\,${B1} + ${coloured(c.j, fmt(c2))}\\,${B2} \\ \\text{(coordinates } ${coords}\\text{)}`,
      `${pRow}, \\quad P${coords} = ${v}`,
      `P^{-1} &= ${matTex(bc.pInv)}, \\quad ${coords} = P^{-1}${v}`,
    ]);
  },

  texWords(m) {
    const s = m.s;
    const bc = basisCoords(s);
    if (!bc.ok) return `b₁ ${point(s.b1)} and b₂ ${point(s.b2)} are not a basis.`;
    const standard = m.hidden ? '' : `v is ${point(s.v)} in the standard grid and `;
    return `${standard}v is ${point(bc.coords)} in the basis b₁ ${point(s.b1)}, b₂ ${point(s.b2)}.`;
  },

  readouts(m): Readout[] {
    const s = m.s;
    const bc = basisCoords(s);
    if (!bc.ok) return [{ text: notBasis(bc.reason), tone: 'refusal' }];
    const [c1, c2] = bc.coords;
    const b = { text: `In b₁, b₂: v = ${point(bc.coords)}, that is ${basisSum(c1, c2)}.` };
    return m.hidden ? [b] : [{ text: `Standard: v = ${point(s.v)}.` }, b];
  },

  predict: {
    start: () => PREDICT_START,
    question(s) {
      const bc = basisCoords(s);
      if (!bc.ok) return { ok: false, text: `Nothing to predict: ${notBasis(bc.reason)}` };
      const [c1, c2] = bc.coords;
      return {
        ok: true,
        text:
          `Predict first: v has coordinates ${point(bc.coords)} in the coloured grid ` +
          `(v = ${basisSum(c1, c2)}). Drag the dashed ring to where v is, then press Reveal.`,
      };
    },
    score(s, guess) {
      const prediction = scoreAgainst(guess, s.v);
      const bc = basisCoords(s);
      return {
        prediction,
        sentence: feedback(
          prediction,
          'where v is',
          'Walk c₁ steps along b₁, then c₂ steps along b₂, counting the coloured lines.',
          undefined,
          bc.ok
            ? [
                {
                  at: bc.coords,
                  says: 'That is the coordinate pair itself, read in the standard grid: the P / P⁻¹ slip. The coordinates count steps along b₁ and b₂; v is P times them.',
                },
              ]
            : [],
        ),
      };
    },
  },
};

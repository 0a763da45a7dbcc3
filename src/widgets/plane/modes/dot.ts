/**
 * Mode "dot" (lesson 6): two arrows u and v, the shadow of v on the line of u (the projection),
 * u·v computed two ways (entry by entry, and |u||v|cos θ), the cosine and the angle.
 *
 * Colours: u like î, v like ĵ; the shadow in "model" and the drop from v to it in "error" (the
 * same picture as least squares in lesson 22: the projection is the model, the drop the residual).
 */
import type { Vec2 } from '../../../math/mat2';
import { angle2, cosine2, dot2, projectOnto2 } from '../../../math/vec2';
import {
  drawBase,
  drawNotes,
  guessMarker,
  labelAt,
  PRIORITY,
  textLabel,
  originLine,
  px,
  vectorArrow,
  type DrawContext,
  type Frame,
} from '../draw-kit';
import {
  alignedRows,
  coloured,
  factor,
  feedback,
  fmt,
  place,
  point,
  PREDICT_START,
  scoreAgainst,
  vecTex,
  STILL,
} from './common';
import type { Mode, ModeInput } from './types';

export interface DotInfo {
  readonly dot: number;
  readonly lengthU: number;
  readonly lengthV: number;
  /** Undefined when u or v is the zero vector: no direction, no angle. */
  readonly cos: number | undefined;
  readonly degrees: number | undefined;
  /** The foot of the perpendicular from v onto the line of u; undefined when u = 0. */
  readonly shadow: Vec2 | undefined;
  /** Signed length of the shadow along u. */
  readonly along: number | undefined;
}

export function dotInfo(u: Vec2, v: Vec2): DotInfo {
  const angle = angle2(u, v);
  const p = projectOnto2(v, u);
  return {
    dot: dot2(u, v),
    lengthU: Math.hypot(u[0], u[1]),
    lengthV: Math.hypot(v[0], v[1]),
    cos: cosine2(u, v),
    degrees: angle === undefined ? undefined : (angle * 180) / Math.PI,
    shadow: p?.point,
    along: p?.scalar,
  };
}

/** What the sign of u·v says, or why there is no angle. */
export function dotSentence(u: Vec2, v: Vec2): string {
  const d = dotInfo(u, v);
  const uz = d.lengthU === 0;
  const vz = d.lengthV === 0;
  if (uz && vz)
    return 'Both vectors are zero: u·v = 0, and neither has a direction, so there is no angle and no shadow.';
  if (uz)
    return 'u is the zero vector: it has no direction, so there is no line to cast a shadow on and no angle; u·v = 0.';
  if (vz)
    return 'v is the zero vector: its shadow is just the origin and u·v = 0, but with no direction it makes no angle.';
  const deg = `θ = ${fmt(d.degrees ?? 0)}°`;
  if (Math.abs(d.dot) <= 1e-9 * d.lengthU * d.lengthV)
    return `u and v are perpendicular (${deg}): v goes nowhere along u, so u·v = 0 and the shadow is just the origin.`;
  if (d.dot > 0) return `v goes along u: u·v = ${fmt(d.dot)} > 0, cos θ = ${fmt(d.cos ?? 0)}, ${deg}.`;
  return `v points against u: u·v = ${fmt(d.dot)} < 0, cos θ = ${fmt(d.cos ?? 0)}, ${deg}; the shadow falls behind the origin.`;
}

/** The arc of the angle between u and v at the origin, with its label. */
function angleArc(ctx: DrawContext, f: Frame, u: Vec2, v: Vec2, degrees: number): void {
  const a0 = Math.atan2(u[1], u[0]);
  let delta = Math.atan2(v[1], v[0]) - a0;
  while (delta > Math.PI) delta -= 2 * Math.PI;
  while (delta < -Math.PI) delta += 2 * Math.PI;
  const r = 28 * f.lineScale;
  const [cx, cy] = px(f.view, [0, 0]);
  const n = 24;
  ctx.strokeStyle = f.colors.fg;
  ctx.lineWidth = 1.5 * f.lineScale;
  ctx.beginPath();
  for (let k = 0; k <= n; k++) {
    const a = a0 + (delta * k) / n;
    const x = cx + r * Math.cos(a);
    const y = cy - r * Math.sin(a);
    if (k === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.stroke();
  const mid = a0 + delta / 2;
  textLabel(ctx, f, `θ = ${fmt(degrees)}°`, [cx + r * Math.cos(mid), cy - r * Math.sin(mid)], f.colors.fg, {
    size: Math.round(f.fontPx * 0.72),
    dir: [Math.cos(mid), -Math.sin(mid)],
    gap: 6 * f.lineScale,
    priority: PRIORITY.part,
  });
}

/** A small square at the foot of the drop, in the corner between u's line and the drop. */
function rightAngle(ctx: DrawContext, f: Frame, foot: Vec2, u: Vec2, v: Vec2): void {
  const lu = Math.hypot(u[0], u[1]);
  const drop: Vec2 = [v[0] - foot[0], v[1] - foot[1]];
  const ld = Math.hypot(drop[0], drop[1]);
  const size = 9 * f.lineScale;
  if (!(lu > 0) || !(ld * f.view.scale > 2 * size)) return;
  const back = foot[0] * u[0] + foot[1] * u[1] >= 0 ? -1 : 1;
  const e1: Vec2 = [(back * u[0]) / lu, (back * -u[1]) / lu];
  const e2: Vec2 = [drop[0] / ld, -drop[1] / ld];
  const [x, y] = px(f.view, foot);
  ctx.strokeStyle = f.colors.error;
  ctx.lineWidth = 1.5 * f.lineScale;
  ctx.beginPath();
  ctx.moveTo(x + e1[0] * size, y + e1[1] * size);
  ctx.lineTo(x + (e1[0] + e2[0]) * size, y + (e1[1] + e2[1]) * size);
  ctx.lineTo(x + e2[0] * size, y + e2[1] * size);
  ctx.stroke();
}

function drawDot(
  ctx: DrawContext,
  f: Frame & { guess?: Vec2 | undefined; answer?: Vec2 | undefined },
  m: ModeInput,
): void {
  const { u, v } = m.s;
  const { colors } = f;
  const d = dotInfo(u, v);
  drawBase(ctx, f);
  const notes: string[] = [];
  if (d.lengthU > 0) originLine(ctx, f, u, colors.i, 1.5, 0.55, [8, 6]);
  if (d.degrees !== undefined && !m.hidden) angleArc(ctx, f, u, v, d.degrees);
  vectorArrow(ctx, f, [0, 0], u, colors.i, { label: 'u', rest: [1, 0.6] });
  // The shadow lies on u's line, so it goes over u (it is never longer than v, u may be shorter).
  if (!m.hidden && d.shadow) {
    const foot = d.shadow;
    const [fx, fy] = px(f.view, foot);
    const [vx, vy] = px(f.view, v);
    ctx.strokeStyle = colors.error;
    ctx.lineWidth = 2 * f.lineScale;
    ctx.setLineDash([5 * f.lineScale, 4 * f.lineScale]);
    ctx.beginPath();
    ctx.moveTo(vx, vy);
    ctx.lineTo(fx, fy);
    ctx.stroke();
    ctx.setLineDash([]);
    rightAngle(ctx, f, foot, u, v);
    vectorArrow(ctx, f, [0, 0], foot, colors.model, { width: 6 });
    labelAt(ctx, f, foot, 'shadow', colors.model, 0, 18, 0.72, PRIORITY.name);
  }
  vectorArrow(ctx, f, [0, 0], v, colors.j, { label: 'v', rest: [-0.6, -1] });
  if (d.lengthU === 0) notes.push('u = 0: no direction, no shadow');
  else if (d.lengthV === 0) notes.push('v = 0: no angle');
  else if (!m.hidden) notes.push(`u·v = ${fmt(d.dot)}`);
  if (f.guess) guessMarker(ctx, f, f.guess, f.answer);
  drawNotes(ctx, f, notes);
}

export const dotMode: Mode = {
  name: 'dot',
  ...STILL,
  handles: ({ s }) => [
    { name: 'u', at: s.u, label: `u tip at ${point(s.u)}`, color: 'i' },
    { name: 'v', at: s.v, label: `v tip at ${point(s.v)}`, color: 'j' },
  ],
  move(_s, name, p, dragged) {
    const at = place(p, dragged);
    if (name === 'u') return { u: at };
    if (name === 'v') return { v: at };
    return undefined;
  },
  keep: ({ s }) => [s.u, s.v],
  draw: (ctx, f, m) => drawDot(ctx, f, m),

  describe({ s }) {
    const d = dotInfo(s.u, s.v);
    const shadow = d.shadow
      ? ` The shadow of v on u ends at ${point(d.shadow)}, ${fmt(d.along ?? 0)} along u.`
      : '';
    return `u = ${point(s.u)} and v = ${point(s.v)}. ${dotSentence(s.u, s.v)}${shadow}`;
  },

  tex(m, c) {
    const { u, v } = m.s;
    const d = dotInfo(u, v);
    const U = (x: string): string => coloured(c.i, x);
    const V = (x: string): string => coloured(c.j, x);
    const uu = U('\\mathbf{u}');
    const vv = V('\\mathbf{v}');
    const given = `${U('\\mathbf{u}')} &= ${vecTex(u, c.i)}, \\quad ${V('\\mathbf{v}')} = ${vecTex(v, c.j)}`;
    if (m.hidden)
      return alignedRows([
        given,
        `\\text{shadow of } ${V('\\mathbf{v}')} \\text{ on } ${U('\\mathbf{u}')} &= \\,?`,
      ]);
    const byEntries =
      `${U('\\mathbf{u}')}\\cdot${V('\\mathbf{v}')} &= ${U(factor(u[0]))}\\cdot${V(factor(v[0]))} + ` +
      `${U(factor(u[1]))}\\cdot${V(factor(v[1]))} = ${fmt(d.dot)}`;
    const lengths = `\\lVert${U('\\mathbf{u}')}\\rVert\\,\\lVert${V('\\mathbf{v}')}\\rVert\\cos\\theta`;
    const byAngle =
      d.cos === undefined
        ? `${lengths} &: \\text{no angle: a zero vector has no direction}`
        : `${lengths} &= ${fmt(d.lengthU)}\\cdot${fmt(d.lengthV)}\\cdot${factor(d.cos)} = ${fmt(d.dot)}`;
    const cos =
      d.cos === undefined
        ? undefined
        : `\\cos\\theta &= ${fmt(d.cos)}, \\quad \\theta = ${fmt(d.degrees ?? 0)}^\\circ`;
    const shadow = d.shadow
      ? `\\text{shadow} &= \\frac{${uu}\\cdot${vv}}{${uu}\\cdot${uu}}\\,${uu} = ${vecTex(d.shadow, c.model)}`
      : `\\text{shadow} &: \\text{none } (${U('\\mathbf{u}')} = \\mathbf{0})`;
    return alignedRows([given, byEntries, byAngle, ...(cos ? [cos] : []), shadow]);
  },

  texWords(m) {
    const { u, v } = m.s;
    if (m.hidden) return `u is ${point(u)} and v is ${point(v)}.`;
    return `u dot v = ${fmt(u[0])} times ${fmt(v[0])} plus ${fmt(u[1])} times ${fmt(v[1])} = ${fmt(dot2(u, v))}.`;
  },

  readouts(m) {
    const { u, v } = m.s;
    if (m.hidden) return [];
    const d = dotInfo(u, v);
    const cos = d.cos === undefined ? 'no angle (a zero vector has no direction)' : `cos θ = ${fmt(d.cos)}`;
    const out = [{ text: `u·v = ${fmt(d.dot)}; ${cos}` }, { text: dotSentence(u, v) }];
    if (d.shadow)
      out.push({ text: `Shadow of v on u: ${point(d.shadow)}, ${fmt(d.along ?? 0)} units along u.` });
    return out;
  },

  predict: {
    start: () => PREDICT_START,
    question: (s) =>
      Math.hypot(s.u[0], s.u[1]) === 0
        ? {
            ok: false,
            text: 'Nothing to predict: u is the zero vector, so there is no line to cast a shadow on. Drag u away from the origin.',
          }
        : {
            ok: true,
            text: 'Predict first: where does the shadow of v on the line of u end? Drag the dashed ring there, then press Reveal.',
          },
    score(s, guess) {
      const prediction = scoreAgainst(guess, dotInfo(s.u, s.v).shadow ?? [0, 0]);
      return {
        prediction,
        sentence: feedback(
          prediction,
          'the end of the shadow',
          'Drop a perpendicular from the tip of v onto the line of u.',
          undefined,
          [
            {
              at: dotInfo(s.v, s.u).shadow ?? [0, 0],
              says: 'That is the shadow of u on the line of v: the other way round. Drop v onto the line of u.',
            },
          ],
        ),
      };
    },
  },
};

import { describe, expect, it } from 'vitest';
import { PALETTES } from '../../ui/tokens';
import { addSwept } from '../../math/calculus-plot';
import {
  baseWindows,
  chainNumbers,
  functionOf,
  lineHalfSpan,
  rippleStages,
  tangentNumbers,
  tangentWindow,
} from './model';
import { curveProjection, drawChain, drawTangent, lineProjection, type Ctx } from './view';
import { recordCanvas } from '../../../test/helpers/canvas';

const frame = { width: 640, height: 480, colors: PALETTES.light, lineScale: 1, fontPx: 18 };
const C = PALETTES.light;

function tangentScene(text: string, x0: number, h: number, zoom: number, hidden = false) {
  const f = functionOf(text, 'f');
  const base = baseWindows(f, { center: 0, range: 3 });
  return {
    ...frame,
    f,
    t: tangentNumbers(f, x0, h),
    window: tangentWindow(base.curve, f, x0, zoom),
    slopeY: hidden ? undefined : base.slopeY,
    swept: addSwept([], -1, x0),
    hidden,
    zoom,
  };
}

describe('tangent view', () => {
  it('draws the curve, secant, tangent, point and traced slope in their colours', () => {
    const r = recordCanvas();
    drawTangent(r.ctx as Ctx, tangentScene('x^3 - 2*x', 1, 0.5, 1));
    expect(r.bad).toEqual([]);
    for (const c of [C.model, C.i, C.gradient]) expect(r.strokes).toContain(c);
    expect(r.fills).toContain(C.data);
    expect(r.strings).toContain('f′(x): the slope at each x');
  });

  it('while the learner predicts: no secant, no tangent, no slope panel', () => {
    const r = recordCanvas();
    drawTangent(r.ctx as Ctx, tangentScene('sigmoid(x)', 0, 1, 1, true));
    expect(r.strokes).not.toContain(C.i);
    expect(r.strokes).not.toContain(C.gradient);
    expect(r.strokes).toContain(C.model);
  });

  it('never hands the canvas a NaN: poles, undefined points, extreme zoom', () => {
    for (const [text, x0, h, zoom] of [
      ['log(x)', -1, 0.5, 1],
      ['1 / x', 0, 1, 1],
      ['1 / x', 0.01, 2, 1e6],
      ['exp(x)', 3, 10, 1],
      ['x^0.5', 0, 1e-6, 1e6],
      ['relu(x)', 0, 0.001, 1000],
      ['3', 1, 1, 1],
    ] as const) {
      const r = recordCanvas();
      drawTangent(r.ctx as Ctx, tangentScene(text, x0, h, zoom));
      expect(r.bad, `${text} at ${x0}`).toEqual([]);
    }
  });
});

function chainScene(g: string, f: string, hidden: boolean) {
  const n = chainNumbers({ g, f, x0: 1, dx: 0.05 })!;
  return { ...frame, n, halfSpan: lineHalfSpan(n), stages: rippleStages(3), hidden };
}

describe('chain view', () => {
  it('draws three lines with their nudges and the two factors', () => {
    const r = recordCanvas();
    drawChain(r.ctx as Ctx, chainScene('x^2', 'u^3', false));
    expect(r.bad).toEqual([]);
    for (const c of [C.i, C.j, C.k]) expect(r.strokes).toContain(c);
    expect(r.strings).toEqual(
      expect.arrayContaining([
        'x = 1',
        'u = g(x) = 1',
        'y = f(u) = 1',
        'dx = 0.05',
        'du ≈ 0.1',
        'dy ≈ 0.3',
        '× 2  (g′(x))',
        '× 3  (f′(u))',
      ]),
    );
  });

  it('hides the nudges while the learner predicts, and draws nothing false when undefined', () => {
    const r = recordCanvas();
    drawChain(r.ctx as Ctx, chainScene('2*x + 1', 'u^2', true));
    expect(r.strings.some((t) => t.startsWith('×') || t.startsWith('dy'))).toBe(false);
    const empty = recordCanvas();
    drawChain(empty.ctx as Ctx, {
      ...frame,
      n: undefined,
      halfSpan: 1,
      stages: rippleStages(3),
      hidden: false,
    });
    expect(empty.strings).toEqual([]);
    expect(empty.bad).toEqual([]);
  });
});

describe('handle projections', () => {
  it('puts tangent handles on the curve, hides them where f is undefined or off the panel, and maps back', () => {
    const r = { left: 0, top: 0, width: 600, height: 300 };
    const p = curveProjection(r, { x: [-3, 3], y: [-1, 1] }, (x) => (x > 2 ? NaN : x / 2));
    expect(p.toPixel([1, 0])).toEqual([400, 75]);
    expect(p.toPixel([2.5, 0]).every(Number.isNaN)).toBe(true);
    expect(p.toPixel([-1.8, 0]).every(Number.isFinite)).toBe(true);
    expect(p.fromPixel(400, 9)).toEqual([1, 0]);
    expect(p.unitsPerPx).toBeCloseTo(0.01, 15);
  });

  it('puts chain handles on the x line around its centre, with one scale for both ways', () => {
    const p = lineProjection(436, 500, 1, 2);
    const [x, y] = p.toPixel([2, 0]);
    expect(x).toBe(318);
    expect(y).toBe(100);
    expect(p.fromPixel(x, 0)[0]).toBeCloseTo(2, 12);
    expect(p.toPixel([100, 0]).every(Number.isNaN)).toBe(true);
  });
});

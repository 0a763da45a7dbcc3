import { describe, expect, it } from 'vitest';
import { fitExtent, fromPixel, makeView, toPixel, viewIsDrawable, EDGE_MARGIN } from './view2d';

describe('view', () => {
  it('maps plane points to pixels and back, y up', () => {
    const v = makeView(400, 400, 4);
    expect(v.scale).toBe(50);
    expect(toPixel(v, [0, 0])).toEqual([200, 200]);
    expect(toPixel(v, [1, 1])).toEqual([250, 150]);
    const [x, y] = fromPixel(v, ...toPixel(v, [-2.5, 3.25]));
    expect(x).toBeCloseTo(-2.5, 12);
    expect(y).toBeCloseTo(3.25, 12);
  });

  it('uses the shorter side for the zoom', () => {
    expect(makeView(800, 400, 4).scale).toBe(50);
  });

  it('keeps zoom when everything fits and widens to keep far tips grabbable', () => {
    expect(
      fitExtent(
        4,
        [
          [1, 0],
          [1, 1],
        ],
        640,
      ),
    ).toBe(4);
    const e = fitExtent(
      4,
      [
        [9, 0],
        [0, 1],
      ],
      640,
    );
    expect(e).toBeGreaterThan(9);
    const v = makeView(640, 640, e);
    const [px] = toPixel(v, [9, 0]);
    expect(640 - px).toBeCloseTo(EDGE_MARGIN, 6);
  });

  it('never produces a degenerate view', () => {
    const v = makeView(0, -5, Number.NaN);
    expect(Number.isFinite(v.scale) && v.scale > 0).toBe(true);
  });

  it('tells a drawable view from a broken one', () => {
    expect(viewIsDrawable(makeView(400, 300, 4))).toBe(true);
    expect(viewIsDrawable({ ...makeView(400, 300, 4), scale: Number.NaN })).toBe(false);
    expect(viewIsDrawable({ ...makeView(400, 300, 4), cx: Number.POSITIVE_INFINITY })).toBe(false);
  });
});

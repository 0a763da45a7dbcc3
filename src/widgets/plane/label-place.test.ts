import { describe, expect, it } from 'vitest';
import { boxHitsRing, clearOffset, placeBox, ringRadius } from './label-place';

describe('label placement', () => {
  it('knows when a box meets a ring', () => {
    expect(boxHitsRing({ x: 0, y: 0, hw: 10, hh: 5 }, { x: 20, y: 0, r: 12 })).toBe(true);
    expect(boxHitsRing({ x: 0, y: 0, hw: 10, hh: 5 }, { x: 30, y: 0, r: 12 })).toBe(false);
    expect(ringRadius(2)).toBeGreaterThan(ringRadius(1));
  });

  it('moves a box off rings and curve points, inside the bounds, and keeps it when it is free', () => {
    const box = { x: 50, y: 50, hw: 10, hh: 5 };
    expect(placeBox(box, [[0, 20]], [], [], [100, 100])).toEqual(box);
    const moved = placeBox(
      box,
      [
        [0, 20],
        [0, -20],
      ],
      [{ x: 50, y: 70, r: 8 }],
      [[50, 50]],
      [100, 100],
    );
    expect(moved).toEqual({ ...box, y: 30 });
    // Nowhere to go: the box stays put rather than vanish.
    expect(placeBox(box, [[0, 80]], [{ x: 50, y: 50, r: 5 }], [], [100, 100])).toEqual(box);
  });

  it('a label beyond a ring clears it, whichever way the arrow points', () => {
    for (const a of [0, 0.4, 1.2, 2, 3, 4.5]) {
      const ux = Math.cos(a);
      const uy = Math.sin(a);
      const d = clearOffset(ux, uy, 35, 9, 15);
      expect(boxHitsRing({ x: ux * d, y: uy * d, hw: 35, hh: 9 }, { x: 0, y: 0, r: 15 }, 0)).toBe(false);
    }
  });
});

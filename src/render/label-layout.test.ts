import { describe, expect, it } from 'vitest';
import {
  candidates,
  circleBox,
  inside,
  LabelBoard,
  overlap,
  placeLabels,
  type Box,
  type LabelSpec,
} from './label-layout';

/** A small seeded generator, so that the property runs are the same every time. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PLOT: Box = { x: 0, y: 0, w: 400, h: 300 };

describe('label layout', () => {
  it('puts a lone label on its preferred side, clear of the anchor by the gap', () => {
    const [b] = placeLabels([{ w: 40, h: 12, anchor: [200, 150], dir: [1, 0], gap: 10 }], [], PLOT);
    expect(b!.x).toBeCloseTo(210);
    expect(b!.y + b!.h / 2).toBeCloseTo(150);
  });

  it('tries the preferred direction first and the nearest ring first', () => {
    const c = candidates({ w: 20, h: 10, anchor: [0, 0], dir: [0, -1], gap: 5 });
    expect(c[0]!.y + c[0]!.h).toBeCloseTo(-5);
    const dist = (b: Box): number => Math.hypot(b.x + b.w / 2, b.y + b.h / 2);
    expect(dist(c[c.length - 1]!)).toBeGreaterThan(dist(c[0]!));
  });

  it('keeps a label by an anchor at the edge inside the plot', () => {
    const [b] = placeLabels([{ w: 60, h: 14, anchor: [398, 2], dir: [1, -1] }], [], PLOT);
    expect(inside(b!, PLOT)).toBe(true);
  });

  it('moves the less important label, not the more important one', () => {
    const specs: LabelSpec[] = [
      { w: 50, h: 14, anchor: [100, 100], dir: [1, 0], priority: 0 },
      { w: 50, h: 14, anchor: [100, 100], dir: [1, 0], priority: 5 },
    ];
    const [low, high] = placeLabels(specs, [], PLOT);
    expect(high!.x).toBeCloseTo(104);
    expect(overlap(low!, high!)).toBe(0);
  });

  it('property: labels with room never overlap each other or obstacles, and always stay inside', () => {
    const next = rng(7);
    for (let run = 0; run < 200; run++) {
      const obstacles: Box[] = [];
      const nObs = Math.floor(next() * 6);
      for (let k = 0; k < nObs; k++) obstacles.push(circleBox(next() * 400, next() * 300, 6 + next() * 10));
      const specs: LabelSpec[] = [];
      const n = 1 + Math.floor(next() * 7);
      for (let k = 0; k < n; k++)
        specs.push({
          w: 20 + next() * 60,
          h: 12 + next() * 6,
          anchor: [next() * 400, next() * 300],
          dir: [next() - 0.5, next() - 0.5],
          gap: next() * 12,
          priority: Math.floor(next() * 3),
        });
      const boxes = placeLabels(specs, obstacles, PLOT);
      for (const b of boxes) expect(inside(b, PLOT)).toBe(true);
      // A handful of small labels and rings on a 400 × 300 plot always leave room.
      for (let i = 0; i < boxes.length; i++) {
        for (const o of obstacles) expect(overlap(boxes[i]!, o)).toBe(0);
        for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(0);
      }
    }
  });

  it('property: even a crowd that cannot fit stays inside the plot', () => {
    const next = rng(11);
    const small: Box = { x: 0, y: 0, w: 120, h: 60 };
    const specs: LabelSpec[] = Array.from({ length: 30 }, () => ({
      w: 30 + next() * 60,
      h: 14,
      anchor: [next() * 120, next() * 60] as const,
    }));
    for (const b of placeLabels(specs, [], small)) expect(inside(b, small)).toBe(true);
  });

  it('the board paints each label once at its placed centre, and skips non-finite ones', () => {
    const board = new LabelBoard(PLOT, 0);
    const painted: [number, number][] = [];
    board.block(circleBox(220, 150, 10));
    board.add({ w: 40, h: 12, anchor: [200, 150], dir: [1, 0], gap: 2 }, (x, y) => painted.push([x, y]));
    board.add({ w: 40, h: 12, anchor: [NaN, 1] }, () => painted.push([0, 0]));
    const boxes = board.flush();
    expect(painted).toHaveLength(1);
    expect(boxes).toHaveLength(1);
    expect(overlap(boxes[0]!, circleBox(220, 150, 10))).toBe(0);
    expect(board.flush()).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { SURFACES } from '../../math/descent';
import {
  advancePlay,
  clipToDomain,
  computeRuns,
  curveLevel,
  endStep,
  fieldOf,
  finished,
  heightOf,
  HEIGHT,
  HEIGHT_CLIP,
  moveCursor,
  selectedIndex,
  snapPoint,
  viewAt,
} from './model';
import { MAX_STEPS } from './props';

const VALLEY = { surface: 'valley' as const, start: null, rates: [0.02, 0.1, 0.19, 0.25], momentum: 0 };

describe('runs at a step', () => {
  it('each run shows its point at the step; the diverged one says so only once it has left', () => {
    const runs = computeRuns(VALLEY);
    expect(runs).toHaveLength(4);
    const early = runs.map((r, k) => viewAt(r, k, 5));
    expect(early.map((v) => v.status)).toEqual(['running', 'running', 'running', 'running']);
    expect(early[1]!.theta[1]).toBe(0); // η = 0.1 wipes out y in one step: 1 − 10·0.1 = 0
    const late = runs.map((r, k) => viewAt(r, k, 30));
    expect(late[3]!.status).toBe('diverged');
    expect(late[3]!.divergedAt).toBe(12);
    expect(late[3]!.t).toBe(11);
    for (const v of late) expect(Number.isFinite(v.loss)).toBe(true);
    expect(finished(runs, 30)).toBe(false);
    expect(finished(runs, endStep(runs))).toBe(true);
  });

  it('the play clock reaches the same step at 24 and 60 frames per second', () => {
    const play = (fps: number, seconds: number): number => {
      let s = { steps: 0, carry: 0 };
      for (let f = 0; f < Math.round(fps * seconds); f++) s = advancePlay(s.steps, s.carry, 1 / fps, 8);
      return s.steps;
    };
    expect(play(24, 2.5)).toBe(20);
    expect(play(60, 2.5)).toBe(20);
    expect(advancePlay(MAX_STEPS - 1, 0, 10, 8).steps).toBe(MAX_STEPS);
  });

  it('a selection past the last run shows the last', () => {
    expect(selectedIndex(4, 2)).toBe(1);
    expect(selectedIndex(1, 3)).toBe(0);
  });
});

describe('cursor and start', () => {
  it('arrow keys move by a twentieth of the map (Shift a fifth, Alt a hundredth), kept on the map', () => {
    const s = SURFACES.bowl;
    expect(moveCursor([0, 0], { key: 'ArrowRight', shiftKey: false, altKey: false }, s)).toEqual([0.2, 0]);
    expect(moveCursor([0, 0], { key: 'ArrowUp', shiftKey: true, altKey: false }, s)).toEqual([0, 0.8]);
    expect(moveCursor([0, 0], { key: 'ArrowDown', shiftKey: false, altKey: true }, s)).toEqual([0, -0.04]);
    expect(moveCursor([1.9, 0], { key: 'ArrowRight', shiftKey: true, altKey: false }, s)).toEqual([2, 0]);
    expect(moveCursor([0, 0], { key: 'x', shiftKey: false, altKey: false }, s)).toBeUndefined();
    expect(snapPoint([0.123456, -9])).toEqual([0.12, -3]);
  });
});

describe('heights and the loss axis', () => {
  it('heights run from 0 at the minimum to HEIGHT at the highest loss, clipped above', () => {
    const f = fieldOf(SURFACES.bowl);
    expect(heightOf(f, 0)).toBe(0);
    expect(heightOf(f, f.hi)).toBeCloseTo(HEIGHT, 12);
    expect(heightOf(f, 1e300)).toBe(HEIGHT_CLIP);
    expect(heightOf(f, Infinity)).toBe(HEIGHT_CLIP);
    const r = fieldOf(SURFACES.rosenbrock);
    // Log scale: the valley floor gets most of the height range, not a sliver.
    expect(heightOf(r, 10)).toBeGreaterThan(0.3);
  });

  it('the chart maps L − L* to a log axis and clips above the top, never NaN', () => {
    expect(curveLevel(0, 100)).toEqual({ v: 0, clipped: false });
    expect(curveLevel(1e-6 * 100, 100).v).toBeCloseTo(0.25, 12);
    expect(curveLevel(1e9, 100)).toEqual({ v: 1, clipped: true });
    expect(curveLevel(Infinity, 100)).toEqual({ v: 1, clipped: true });
    expect(curveLevel(NaN, 100)).toEqual({ v: 0, clipped: false });
  });

  it('a path that leaves the picture ends at the edge, with the loss there', () => {
    const s = SURFACES.bowl;
    const c = clipToDomain(s, [
      [0, 0],
      [1, 1],
      [3, 1],
    ]);
    expect(c.clipped).toBe(true);
    expect(c.points).toEqual([
      [0, 0],
      [1, 1],
      [2, 1],
    ]);
    expect(c.losses).toEqual([0, 2, 5]);
    expect(
      clipToDomain(s, [
        [0, 0],
        [1, 1],
      ]).clipped,
    ).toBe(false);
  });
});

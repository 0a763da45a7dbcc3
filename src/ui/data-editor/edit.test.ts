import { describe, expect, it } from 'vitest';
import { addPoint, afterDelete, deletePoint, hitTest, movePoint, relabel, tidy } from './edit';
import { pointsProp } from './points-prop';
import { parseProps } from '../props';
import { MAX_POINTS, type Point } from '../../math/ml/points';

const pts: Point[] = [
  { x: 0, y: 0, label: 0 },
  { x: 1, y: 1, label: 1 },
  { x: 1.02, y: 1, label: 0 },
];
const px = (p: Point): { x: number; y: number } => ({ x: p.x * 100, y: -p.y * 100 });

describe('data editor rules', () => {
  it('hit-tests the nearest point within the radius', () => {
    expect(hitTest(pts, px, { x: 101.5, y: -100 }, 10)).toBe(2);
    expect(hitTest(pts, px, { x: 99, y: -100 }, 10)).toBe(1);
    expect(hitTest(pts, px, { x: 50, y: -50 }, 10)).toBeUndefined();
  });

  it('adds, moves, relabels and deletes without touching the other points', () => {
    const added = addPoint(pts, { x: 5, y: 5, label: 2 });
    expect(added).toHaveLength(4);
    expect(movePoint(pts, 1, { x: 3, y: 4 })[1]).toEqual({ x: 3, y: 4, label: 1 });
    expect(relabel(pts, 0, 2)[0]).toEqual({ x: 0, y: 0, label: 2 });
    expect(deletePoint(pts, 1)).toEqual([pts[0], pts[2]]);
    expect(afterDelete(2, 2)).toBe(1);
    expect(afterDelete(0, 0)).toBeUndefined();
    expect(addPoint(Array(MAX_POINTS).fill(pts[0]), pts[0] as Point)).toBeUndefined();
  });

  it('tidies coordinates to the step and clamps them', () => {
    expect(tidy(1.23456, 0.01)).toBe(1.23);
    expect(tidy(-0.001, 0.01)).toBe(0);
    expect(tidy(1e9, 1)).toBe(1e6);
  });

  it('the points setting parses, formats and reports like any other', () => {
    const table = { points: pointsProp({ default: [], doc: 'data' }) };
    expect(parseProps(table, { points: '1 2 1; 3 4 0' }, 'lesson').state.points).toEqual([
      { x: 1, y: 2, label: 1 },
      { x: 3, y: 4, label: 0 },
    ]);
    const bad = parseProps(table, { points: '1 2; x' }, 'URL');
    expect(bad.problems[0]?.message).toMatch(
      /^points="1 2; x" \(URL\): point 2 "x": 1 value where 2 or 3 belong/,
    );
    expect(table.points.format(pts)).toBe('0 0 0; 1 1 1; 1.02 1 0');
  });
});

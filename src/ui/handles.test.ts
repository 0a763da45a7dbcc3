import { describe, expect, it } from 'vitest';
import { GRAB_RADIUS, dragTarget, keyTarget, nearest, pickupOffset } from './handles';
import type { Vec2 } from '../math/mat2';

const key = (
  k: string,
  mods: { shiftKey?: boolean; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean } = {},
) => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('handles: pickup offset', () => {
  it('keeps the tip where it was at the press, then follows the pointer by the same amount', () => {
    const offset = pickupOffset([1.2, 0.9], [1, 1]);
    expect(dragTarget([1.2, 0.9], offset)).toEqual([1, 1]);
    const to = dragTarget([2.2, -0.1], offset) as Vec2;
    expect(to[0]).toBeCloseTo(2, 12);
    expect(to[1]).toBeCloseTo(0, 12);
  });

  it('refuses a non-finite target instead of moving the tip to NaN', () => {
    expect(dragTarget([Number.NaN, 0], [0, 0])).toBeUndefined();
    expect(dragTarget([1, 1], [0, 0], () => [Infinity, 0])).toBeUndefined();
  });
});

describe('handles: key steps', () => {
  it('steps 0.1, Shift 1, Alt 0.01, scaled by the handle step, without float noise', () => {
    expect(keyTarget([0.2, 0], key('ArrowRight'))).toEqual([0.3, 0]);
    expect(keyTarget([0, 0], key('ArrowUp', { shiftKey: true }))).toEqual([0, 1]);
    expect(keyTarget([0, 0], key('ArrowDown', { altKey: true }))).toEqual([0, -0.01]);
    expect(keyTarget([0, 0], key('ArrowLeft'), 5)).toEqual([-0.5, 0]);
  });

  it('leaves Ctrl and Meta combinations and other keys alone', () => {
    expect(keyTarget([0, 0], key('ArrowRight', { ctrlKey: true }))).toBeUndefined();
    expect(keyTarget([0, 0], key('ArrowRight', { metaKey: true }))).toBeUndefined();
    expect(keyTarget([0, 0], key('Enter'))).toBeUndefined();
  });
});

describe('handles: constrain', () => {
  const integers = (p: Vec2): Vec2 => [Math.round(p[0]), Math.round(p[1])];
  it('applies to drags and to keys alike (snap to integers is one option)', () => {
    expect(dragTarget([1.4, 2.6], [0, 0], integers)).toEqual([1, 3]);
    expect(keyTarget([1, 1], key('ArrowRight', { shiftKey: true }), 1, integers)).toEqual([2, 1]);
    expect(keyTarget([1, 1], key('ArrowRight'), 1, integers)).toEqual([1, 1]);
  });
});

describe('handles: grab radius', () => {
  it('picks the nearest tip in reach, the later one on a tie, none out of reach', () => {
    const tips: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 0],
    ];
    expect(nearest(tips, 8, 0)).toBe(2);
    expect(nearest(tips, 1, 0)).toBe(0);
    expect(nearest(tips, 0, GRAB_RADIUS + 1)).toBe(-1);
    expect(nearest([], 0, 0)).toBe(-1);
  });
});

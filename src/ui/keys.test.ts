import { describe, expect, it } from 'vitest';
import { keyDelta, sliderKey } from './keys';

const key = (k: string, mods: { shiftKey?: boolean; altKey?: boolean } = {}) => ({
  key: k,
  shiftKey: mods.shiftKey ?? false,
  altKey: mods.altKey ?? false,
});

describe('keyboard steps', () => {
  it('moves a point by 0.1, Shift by 1, Alt by 0.01, y up', () => {
    expect(keyDelta(key('ArrowRight'))).toEqual([0.1, 0]);
    expect(keyDelta(key('ArrowLeft', { shiftKey: true }))).toEqual([-1, 0]);
    expect(keyDelta(key('ArrowUp', { altKey: true }))).toEqual([0, 0.01]);
    expect(keyDelta(key('ArrowDown'))).toEqual([0, -0.1]);
    expect(keyDelta(key('Enter'))).toBeUndefined();
  });

  it('moves sliders by step, ten steps with Shift and a tenth with Alt, within the range', () => {
    const o = { step: 0.1, min: 0, max: 1 };
    expect(sliderKey(0.5, { key: 'ArrowRight', shiftKey: false, altKey: false }, o)).toBe(0.6);
    expect(sliderKey(0.5, { key: 'ArrowDown', shiftKey: true, altKey: false }, o)).toBe(0);
    expect(sliderKey(0.5, { key: 'ArrowUp', shiftKey: false, altKey: true }, o)).toBe(0.51);
    expect(sliderKey(0.95, { key: 'ArrowUp', shiftKey: true, altKey: false }, o)).toBe(1);
    expect(sliderKey(0.5, { key: 'Enter', shiftKey: false, altKey: false }, o)).toBeUndefined();
  });
});

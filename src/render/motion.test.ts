import { describe, expect, it } from 'vitest';
import { advance, ease } from './motion';

describe('animation', () => {
  it('eases from 0 to 1, symmetric, and clamps outside [0, 1]', () => {
    expect(ease(0)).toBe(0);
    expect(ease(1)).toBe(1);
    expect(ease(0.5)).toBeCloseTo(0.5, 12);
    expect(ease(0.25) + ease(0.75)).toBeCloseTo(1, 12);
    expect(ease(-3)).toBe(0);
    expect(ease(7)).toBe(1);
    for (let t = 0; t < 1; t += 0.05) expect(ease(t + 0.05)).toBeGreaterThanOrEqual(ease(t));
  });

  it('reaches the end in 1.2 s whatever the frame rate, without overshooting', () => {
    for (const fps of [24, 60]) {
      let t = 0;
      let frames = 0;
      while (t < 1) {
        t = advance(t, 1, 1 / fps);
        frames++;
      }
      expect(t).toBe(1);
      expect(frames / fps).toBeCloseTo(1.2, 1);
    }
    expect(advance(0.05, 0, 1)).toBe(0);
    expect(advance(0.5, 1, -1)).toBe(0.5);
  });
});

import { describe, expect, test } from 'vitest';
import { interpolator, planMove } from '../../src/ui/shell/step-tween';

describe('step tween', () => {
  test('a matrix glides entry by entry and ends on the exact text', () => {
    const f = interpolator('1 1; 0 1', '0 -1; 1 0')!;
    expect(f(0)).toBe('1 1; 0 1');
    expect(f(0.5)).toBe('0.5 0; 0.5 0.5');
    expect(f(1)).toBe('0 -1; 1 0');
  });

  test('numbers of another shape, or words, do not glide', () => {
    expect(interpolator('1 0; 0 1', '1 0 0; 0 1 0; 0 0 1')).toBeUndefined();
    expect(interpolator('1 2', '1; 2')).toBeUndefined();
    expect(interpolator('auto', '3')).toBeUndefined();
    expect(interpolator('x^2', 'x^3')).toBeUndefined();
    expect(interpolator('1e400', '1')).toBeUndefined();
    expect(interpolator('0', '3')!(1 / 3)).toBe('1');
  });

  test('only the geometric settings of the geometric widgets glide', () => {
    const m = planMove(
      'lumen-plane',
      { matrix: '1 0; 0 1', t: '1', eigen: 'false' },
      {
        matrix: '2 0; 0 2',
        t: '1',
        eigen: 'true',
      },
    );
    expect([...m.glide.keys()]).toEqual(['matrix']);
    expect(m.jump).toEqual({ t: '1', eigen: 'true' });
    expect(m.end).toEqual({ matrix: '2 0; 0 2' });
    const draws = planMove('lumen-sampler', { draws: '10' }, { draws: '1000' });
    expect(draws.glide.size).toBe(0);
    expect(draws.jump).toEqual({ draws: '1000' });
    expect(planMove('lumen-svd', { t: '0' }, { t: '1' }).glide.has('t')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { checkPartial, parseProps, type Prop } from '../../ui/props';
import { SAMPLER_PROPS } from './props';

describe('<lumen-sampler> settings', () => {
  it('bad parameters get the math module’s words and fall back to the default', () => {
    const r = parseProps(
      SAMPLER_PROPS,
      { p: '1.5', sd: '0', n: '0', lambda: 'NaN', mean: '1e300' },
      'lesson',
    );
    const byProp = Object.fromEntries(r.problems.map((p) => [p.prop, p.message]));
    expect(byProp['p']).toBe(
      'p="1.5" (lesson): p is 1.5: a probability must be between 0 and 1. Using "0.5".',
    );
    expect(byProp['sd']).toMatch(/sd is 0: a standard deviation must be positive/);
    expect(byProp['n']).toMatch(/at least 1 trial/);
    expect(byProp['lambda']).toMatch(/expected a number/);
    expect(byProp['mean']).toMatch(/mean must be between/);
    expect(r.state).toMatchObject({ p: 0.5, sd: 1, n: 10, mean: 0 });
  });

  it('a parameter valid in math but beyond the slider range says so', () => {
    expect(checkPartial(SAMPLER_PROPS, { n: 5000 }).problems[0]?.message).toBe(
      'n (setState): must be between 1 and 1000 in this widget. Value kept.',
    );
    expect(checkPartial(SAMPLER_PROPS, { n: 2.5 }).problems[0]?.message).toMatch(/whole number/);
  });

  it('weights: 2 to 12 numbers ≥ 0, not all zero', () => {
    expect(parseProps(SAMPLER_PROPS, { weights: '1, 2 3' }, 'URL').state.weights).toEqual([1, 2, 3]);
    expect(parseProps(SAMPLER_PROPS, { weights: '0 0 0' }, 'URL').problems[0]?.message).toMatch(/all zero/);
    expect(parseProps(SAMPLER_PROPS, { weights: '1 -1' }, 'URL').problems[0]?.message).toMatch(
      /cannot be negative/,
    );
    expect(parseProps(SAMPLER_PROPS, { weights: '1' }, 'URL').problems[0]?.message).toMatch(
      /2 to 12 weights/,
    );
    expect(parseProps(SAMPLER_PROPS, { weights: '1 x' }, 'URL').problems).toHaveLength(1);
    expect(checkPartial(SAMPLER_PROPS, { weights: [1, NaN] }).problems).toHaveLength(1);
  });

  it('draws: a 10^9 request is refused with the limit; thousands separators are read', () => {
    expect(parseProps(SAMPLER_PROPS, { draws: '1000000000' }, 'URL').problems[0]?.message).toMatch(
      /draws can be at most 100000000/,
    );
    expect(parseProps(SAMPLER_PROPS, { draws: '1,000,000' }, 'URL').state.draws).toBe(1_000_000);
    expect(checkPartial(SAMPLER_PROPS, { draws: -1 }).problems).toHaveLength(1);
    expect(checkPartial(SAMPLER_PROPS, { seed: 2 ** 32 }).problems).toHaveLength(1);
  });

  it('an unknown distribution is named', () => {
    expect(parseProps(SAMPLER_PROPS, { dist: 'cauchy' }, 'attribute').problems[0]?.message).toMatch(
      /must be one of coin, die, weighted/,
    );
  });

  it('every default formats and parses back to itself', () => {
    for (const [key, prop] of Object.entries(SAMPLER_PROPS) as [string, Prop<unknown>][]) {
      const r = prop.parse(prop.format(prop.default));
      expect(r.ok && prop.equals(r.value, prop.default), key).toBe(true);
    }
  });
});

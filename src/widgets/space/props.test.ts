import { describe, expect, it } from 'vitest';
import { checkPartial, defaults, parseProps } from '../../ui/props';
import { SPACE_PROPS } from './props';

describe('SPACE_PROPS', () => {
  it('reads a lesson directive’s settings', () => {
    const { state, problems } = parseProps(
      SPACE_PROPS,
      { matrix: '[[2,0,0],[0,3,0],[0,0,4]]', cross: '', predict: '', azimuth: '-45', zoom: '1.5' },
      'lesson',
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      matrix: [2, 0, 0, 0, 3, 0, 0, 0, 4],
      cross: 'ij',
      predict: true,
      azimuth: -45,
      zoom: 1.5,
    });
  });

  it('reports bad values and falls back to the default', () => {
    const { state, problems } = parseProps(
      SPACE_PROPS,
      { matrix: '1 2 3; 4 5 6', cross: 'ik', elevation: '90' },
      'attribute',
    );
    expect(state.matrix).toEqual(defaults(SPACE_PROPS).matrix);
    expect(state.cross).toBe('none');
    expect(problems.map((p) => p.message)).toEqual([
      'matrix="1 2 3; 4 5 6" (attribute): expected 3 rows of 3 numbers, like "1 0 0; 0 1 0; 0 0 1" or "[[1,0,0],[0,1,0],[0,0,1]]". Using "1 1 0; 0 1 0; 0 0 1".',
      'cross="ik" (attribute): must be one of none, ij, jk, ki. Using "none".',
      'elevation="90" (attribute): must be between -85 and 85. Using "20".',
    ]);
  });

  it('checks values from setState', () => {
    expect(checkPartial(SPACE_PROPS, { matrix: [1, 0, 0, 0, 1, 0, 0, 0, 1] }).problems).toEqual([]);
    expect(checkPartial(SPACE_PROPS, { matrix: [1, 0, 0, 0] }).problems[0]?.message).toContain(
      '9 finite numbers',
    );
    expect(checkPartial(SPACE_PROPS, { matrix: [1, 0, 0, 0, 1, 0, 0, 0, NaN] }).problems).toHaveLength(1);
    expect(
      checkPartial(SPACE_PROPS, { matrix: [1, 0, 0, 0, 1, 0, 0, 0, 101] }).problems[0]?.message,
    ).toContain('between -100 and 100');
    expect(checkPartial(SPACE_PROPS, { cross: 'jk' }).state).toEqual({ cross: 'jk' });
  });

  it('writes every default so that it reads back', () => {
    for (const [key, prop] of Object.entries(SPACE_PROPS)) {
      const r = prop.parse(prop.format(prop.default as never));
      expect(r.ok, key).toBe(true);
      if (r.ok) expect(prop.equals(r.value as never, prop.default as never), key).toBe(true);
    }
  });
});

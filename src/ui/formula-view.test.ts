import { describe, expect, it } from 'vitest';
import { pickTex, texPalette } from './formula-view';
import { PALETTES } from './tokens';

describe('pickTex', () => {
  const both = { wide: 'W', narrow: 'N' };
  it('picks the narrow variant only in a laid-out box narrower than the limit', () => {
    expect(pickTex(both, 300, 540)).toBe('N');
    expect(pickTex(both, 540, 540)).toBe('W');
    expect(pickTex(both, 0, 540)).toBe('W');
    expect(pickTex('T', 10, 540)).toBe('T');
  });
});

describe('texPalette', () => {
  it('passes theme colours through (rgb() as hex) and replaces what KaTeX would refuse', () => {
    const p = texPalette({ ...PALETTES.dark, data: 'rgb(1, 2, 3)', model: 'var(--x)' });
    expect(p.i).toBe(PALETTES.dark.i);
    expect(p.data).toBe('#010203');
    expect(p.model).toBe(PALETTES.light.model);
  });
});

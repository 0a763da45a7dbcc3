import { describe, expect, it } from 'vitest';
import { texColor } from './tex-format';

describe('TeX colours', () => {
  it('only passes colours KaTeX understands', () => {
    expect(texColor('#ff9c57', '#000')).toBe('#ff9c57');
    expect(texColor(' #abc ', '#000')).toBe('#abc');
    expect(texColor('rebeccapurple', '#000')).toBe('rebeccapurple');
    expect(texColor('rgb(1, 2, 3)', '#000')).toBe('#000');
    expect(texColor('}\\href{x}{', '#000')).toBe('#000');
    expect(texColor('var(--x)', '#123456')).toBe('#123456');
  });
});

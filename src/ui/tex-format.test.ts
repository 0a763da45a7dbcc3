import { describe, expect, it } from 'vitest';
import { texColor } from './tex-format';

describe('TeX colours', () => {
  it('passes colours as #rrggbb, which KaTeX understands, and nothing else', () => {
    expect(texColor('#FF9C57', '#000')).toBe('#ff9c57');
    expect(texColor(' #abc ', '#000')).toBe('#aabbcc');
    expect(texColor('rgb(1, 2, 3)', '#000')).toBe('#010203');
    expect(texColor('}\\href{x}{', '#000')).toBe('#000');
    expect(texColor('var(--x)', '#123456')).toBe('#123456');
  });
});

import { describe, expect, it } from 'vitest';
import { colorHex, colorRgb, resolveColor } from './color';

// Node has no canvas: these are the hex and comma-rgb() readings. The browser path (oklch(),
// names, color-mix()) is exercised by the widgets' theme tests in Chromium.
describe('colour resolver without a browser', () => {
  it('reads hex and rgb() into bytes and #rrggbb', () => {
    expect(resolveColor('#0060a8')).toEqual({ rgb: [0, 96, 168], hex: '#0060a8' });
    expect(resolveColor(' #FFF ')).toEqual({ rgb: [255, 255, 255], hex: '#ffffff' });
    expect(resolveColor('rgb(1, 2, 3)')?.hex).toBe('#010203');
    expect(resolveColor('rgba(255, 0, 16, 0.5)')?.rgb).toEqual([255, 0, 16]);
  });

  it('refuses what is not a colour, and falls back', () => {
    for (const bad of ['', 'var(--x)', '}\\href{x}{', 'rgb(300, 0, 0)', '#12345'])
      expect(resolveColor(bad)).toBeUndefined();
    expect(colorHex('var(--x)', '#123456')).toBe('#123456');
    expect(colorRgb('nonsense', [1, 2, 3])).toEqual([1, 2, 3]);
  });
});

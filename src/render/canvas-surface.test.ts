import { describe, expect, it } from 'vitest';
import { FULLSCREEN_BACKING_SIDE, MAX_BACKING_SIDE, MAX_DPR, backingSize } from './canvas-surface';
import { MAX_FONT_PX, PALETTES, paletteNumbers } from '../ui/tokens';

describe('backingSize', () => {
  it('follows the screen up to the density cap', () => {
    expect(backingSize(300, 200, 1)).toEqual({ w: 300, h: 200, dpr: 1 });
    expect(backingSize(300, 200, 1.5)).toEqual({ w: 450, h: 300, dpr: 1.5 });
    expect(backingSize(300, 200, 3)).toEqual({ w: 300 * MAX_DPR, h: 200 * MAX_DPR, dpr: MAX_DPR });
  });

  it('keeps the longest side within the side cap', () => {
    const b = backingSize(1600, 400, 2);
    expect(b.w).toBe(MAX_BACKING_SIDE);
    expect(b.h).toBe(500);
    expect(b.dpr).toBeCloseTo(1.25);
  });

  it('gives a fullscreen widget on a 4K screen a 4K backing store', () => {
    // A 3840 × 2160 projector at density 1: capped to 2000 in the page, full size in fullscreen.
    expect(backingSize(3840, 2000, 1).w).toBe(MAX_BACKING_SIDE);
    expect(backingSize(3840, 2000, 1, FULLSCREEN_BACKING_SIDE)).toEqual({ w: 3840, h: 2000, dpr: 1 });
    // A 4K laptop screen at density 2 (1920 CSS pixels wide) too.
    expect(backingSize(1920, 1000, 2, FULLSCREEN_BACKING_SIDE)).toEqual({ w: 3840, h: 2000, dpr: 2 });
    expect(FULLSCREEN_BACKING_SIDE).toBeGreaterThanOrEqual(3840);
  });

  it('draws a zoomed canvas (a widget scaled up to fill the screen) with as many more pixels', () => {
    // Zoom 3 on a density-1 screen: 3 device pixels per CSS pixel, past the density cap of 2.
    expect(backingSize(600, 400, 1, FULLSCREEN_BACKING_SIDE, 3)).toEqual({ w: 1800, h: 1200, dpr: 3 });
    expect(backingSize(600, 400, 2, FULLSCREEN_BACKING_SIDE, 3).w).toBe(3600);
    expect(backingSize(600, 400, 2, FULLSCREEN_BACKING_SIDE, 5).w).toBe(FULLSCREEN_BACKING_SIDE);
    expect(backingSize(600, 400, 1, MAX_BACKING_SIDE, Number.NaN).w).toBe(600);
  });

  it('treats a missing or broken ratio as 1 and never returns an empty store', () => {
    expect(backingSize(100, 50, Number.NaN)).toEqual({ w: 100, h: 50, dpr: 1 });
    expect(backingSize(100, 50, 0).dpr).toBe(1);
    expect(backingSize(0.2, 0.2, 1)).toEqual({ w: 1, h: 1, dpr: 1 });
  });
});

describe('paletteNumbers', () => {
  it('parses the theme numbers', () => {
    expect(paletteNumbers(PALETTES.light)).toEqual({ lineScale: 1, fontPx: 18 });
    expect(paletteNumbers(PALETTES.projector)).toEqual({ lineScale: 2, fontPx: 26 });
  });

  it('caps the font and falls back on nonsense a page may set', () => {
    expect(paletteNumbers({ lineScale: '3', fontSize: '90px' }).fontPx).toBe(MAX_FONT_PX);
    expect(paletteNumbers({ lineScale: 'thick', fontSize: '0px' })).toEqual({ lineScale: 1, fontPx: 18 });
    expect(paletteNumbers({ lineScale: '-2', fontSize: '' })).toEqual({ lineScale: 1, fontPx: 18 });
  });
});

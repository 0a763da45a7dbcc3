import { describe, expect, it } from 'vitest';
import {
  PALETTES,
  THEMES,
  cssVarName,
  hostThemeCss,
  innerVarName,
  paletteDeclarations,
  type Palette,
} from '../../src/ui/tokens';

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h as string, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio, 1 … 21. */
function contrast(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const TEXT_KEYS = ['fg', 'muted', 'i', 'j', 'k', 'data', 'model', 'gradient', 'error', 'accent'] as const;
const COLOUR_KEYS = Object.keys(PALETTES.light).filter(
  (k) => k !== 'lineScale' && k !== 'fontSize',
) as (keyof Palette)[];

describe('the contrast formula itself', () => {
  it('gives the known extremes and a known pair', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrast('#777777', '#777777')).toBe(1);
    // #767676 on white is the classic "just passes AA" grey: 4.54.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});

describe.each(THEMES)('theme %s', (theme) => {
  const p = PALETTES[theme];

  it('defines every key, with #rrggbb colours', () => {
    expect(Object.keys(p).sort()).toEqual(Object.keys(PALETTES.light).sort());
    for (const k of COLOUR_KEYS) expect(p[k], k).toMatch(/^#[0-9a-f]{6}$/i);
    expect(Number(p.lineScale)).toBeGreaterThan(0);
    expect(p.fontSize).toMatch(/^\d+px$/);
  });

  it.each(TEXT_KEYS)('%s reads as text (≥ 4.5:1) on bg and on surface', (key) => {
    expect(contrast(p[key], p.bg), `${key} on bg`).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p[key], p.surface), `${key} on surface`).toBeGreaterThanOrEqual(4.5);
  });

  it('onAccent reads on accent (≥ 4.5:1), focus ring shows on bg (≥ 3:1)', () => {
    expect(contrast(p.onAccent, p.accent)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.focus, p.bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.focus, p.surface)).toBeGreaterThanOrEqual(3);
  });

  it('keeps the basis vectors apart from each other', () => {
    const basis = new Set([p.i, p.j, p.k, p.data, p.model, p.gradient, p.error]);
    expect(basis.size).toBe(7);
  });
});

describe('projector theme', () => {
  it('doubles lines and uses big text', () => {
    expect(Number(PALETTES.projector.lineScale)).toBeGreaterThanOrEqual(2);
    expect(parseFloat(PALETTES.projector.fontSize)).toBeGreaterThanOrEqual(24);
  });
});

describe('CSS generation', () => {
  it('names page and widget variables in kebab-case', () => {
    expect(cssVarName('onAccent')).toBe('--lumen-on-accent');
    expect(innerVarName('lineScale')).toBe('--w-line-scale');
    expect(paletteDeclarations(PALETTES.light)).toContain('--lumen-font-size:18px;');
  });

  it('hostThemeCss follows the page variables without referring to itself', () => {
    const css = hostThemeCss();
    for (const k of Object.keys(PALETTES.light) as (keyof Palette)[]) {
      const inner = innerVarName(k);
      expect(css).not.toContain(`${inner}:var(${inner}`);
      expect(css).toContain(`${inner}:var(${cssVarName(k)}, ${PALETTES.light[k]});`);
    }
    // No custom property may refer to any --w-* name: a cycle makes every colour invalid.
    expect(css).not.toMatch(/var\(--w-/);
  });

  it('hostThemeCss has an explicit block per theme and follows the OS for theme=auto', () => {
    const css = hostThemeCss();
    for (const t of THEMES) expect(css).toContain(`:host([theme=${t}]){`);
    expect(css).toContain(':host([theme=dark]){');
    expect(css).toContain(`${innerVarName('bg')}:${PALETTES.dark.bg};`);
    const auto = /@media \(prefers-color-scheme: dark\)\{:host\(\[theme=auto\]\)\{([^}]*)\}\}/.exec(css);
    expect(auto?.[1]).toContain(`--w-bg:${PALETTES.dark.bg};`);
    expect(auto?.[1]).toContain(`--w-i:${PALETTES.dark.i};`);
  });
});

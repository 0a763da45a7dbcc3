/**
 * The site-wide palette, one object per theme. Everything that has a colour takes it from here:
 * the page (as `--lumen-*` custom properties on :root), the widgets (the same properties, read
 * through their Shadow DOM), and the contrast test that checks WCAG AA for every theme.
 *
 * Meaning of the fixed colours (CURRICULUM.md): i, j, k are the first, second and third basis
 * vectors; data, model, gradient and error keep their meaning in every lesson. The hues follow
 * Okabe & Ito's colour-blind-safe set (vermillion, blue, bluish green, reddish purple), darkened
 * or lightened per theme until they pass 4.5:1 against the theme's background as text.
 */

export const THEMES = ['light', 'dark', 'projector'] as const;
export type ThemeName = (typeof THEMES)[number];

export interface Palette {
  bg: string;
  surface: string;
  fg: string;
  /** Secondary text; still AA. */
  muted: string;
  border: string;
  accent: string;
  /** Text on an accent-filled button. */
  onAccent: string;
  grid: string;
  axis: string;
  i: string;
  j: string;
  k: string;
  data: string;
  model: string;
  gradient: string;
  error: string;
  focus: string;
  /** Multiplies every stroke width: the projector doubles lines. */
  lineScale: string;
  /** Body text size. */
  fontSize: string;
}

export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    bg: '#ffffff',
    surface: '#f3f4f7',
    fg: '#1b1d22',
    muted: '#4f5666',
    border: '#7b8494',
    accent: '#1f5fbf',
    onAccent: '#ffffff',
    grid: '#d5dae2',
    axis: '#4f5666',
    i: '#b84a00',
    j: '#0060a8',
    k: '#007a55',
    data: '#6b3fa0',
    model: '#00736a',
    gradient: '#a8005f',
    error: '#c0121f',
    focus: '#1f5fbf',
    lineScale: '1',
    fontSize: '18px',
  },
  dark: {
    bg: '#14161b',
    surface: '#1f232b',
    fg: '#eceff4',
    muted: '#b8c0cc',
    border: '#8891a0',
    accent: '#7ab8ff',
    onAccent: '#0b1220',
    grid: '#333a47',
    axis: '#aab2c0',
    i: '#ff9c57',
    j: '#63b9ff',
    k: '#4fd3a2',
    data: '#c7a8ff',
    model: '#45d6c4',
    gradient: '#ff7cc2',
    error: '#ff7070',
    focus: '#7ab8ff',
    lineScale: '1',
    fontSize: '18px',
  },
  projector: {
    bg: '#ffffff',
    surface: '#ffffff',
    fg: '#000000',
    muted: '#000000',
    border: '#000000',
    accent: '#0033aa',
    onAccent: '#ffffff',
    grid: '#8c8c8c',
    axis: '#000000',
    i: '#a33a00',
    j: '#0046a0',
    k: '#00643f',
    data: '#5a1f9a',
    model: '#005c55',
    gradient: '#92004f',
    error: '#b00010',
    focus: '#0033aa',
    lineScale: '2',
    fontSize: '26px',
  },
};

export function cssVarName(key: keyof Palette): string {
  return '--lumen-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

export function paletteDeclarations(p: Palette): string {
  return (Object.keys(p) as (keyof Palette)[]).map((k) => `${cssVarName(k)}:${p[k]};`).join('');
}

/** The widget-internal name of a token: `--w-i` for `--lumen-i`. */
export function innerVarName(key: keyof Palette): string {
  return cssVarName(key).replace('--lumen-', '--w-');
}

function innerDeclarations(p: Palette): string {
  return (Object.keys(p) as (keyof Palette)[]).map((k) => `${innerVarName(k)}:${p[k]};`).join('');
}

/**
 * CSS for a widget's shadow root. Widgets use `--w-*` names inside. In a Lumen page those follow
 * the `--lumen-*` properties inherited from :root; in somebody else's page none are set, so the
 * light values are the fallback (a blog may set `--lumen-*` itself to match its colours), and a
 * `theme` attribute (light | dark | projector | auto) picks a palette explicitly.
 */
export function hostThemeCss(): string {
  const light = PALETTES.light;
  const follow = (Object.keys(light) as (keyof Palette)[])
    .map((k) => `${innerVarName(k)}:var(${cssVarName(k)}, ${light[k]});`)
    .join('');
  return [
    `:host{${follow}}`,
    ...THEMES.map((t) => `:host([theme=${t}]){${innerDeclarations(PALETTES[t])}}`),
    `@media (prefers-color-scheme: dark){:host([theme=auto]){${innerDeclarations(PALETTES.dark)}}}`,
  ].join('\n');
}

/** Reads the live palette off a widget host (after the cascade), for canvas drawing. */
export function readPalette(host: Element): Palette {
  const cs = getComputedStyle(host);
  const out = {} as Record<keyof Palette, string>;
  for (const k of Object.keys(PALETTES.light) as (keyof Palette)[]) {
    out[k] = cs.getPropertyValue(innerVarName(k)).trim() || PALETTES.light[k];
  }
  return out;
}

/** The largest label font a canvas uses, in CSS pixels (the projector's 28 px body fits). */
export const MAX_FONT_PX = 40;

/** The palette's numbers, parsed once: what every canvas needs besides colours. */
export interface PaletteNumbers {
  /** Multiplies every stroke width (1; the projector 2). */
  readonly lineScale: number;
  /** The body text size in CSS pixels, at most MAX_FONT_PX. */
  readonly fontPx: number;
}

/**
 * `lineScale` and `fontSize` as numbers. A page may set the custom properties to anything, so a
 * missing, zero or non-numeric value falls back to the light theme's.
 */
export function paletteNumbers(p: Pick<Palette, 'lineScale' | 'fontSize'>): PaletteNumbers {
  const num = (text: string, fallback: string): number => {
    const x = Number.parseFloat(text);
    return Number.isFinite(x) && x > 0 ? x : Number.parseFloat(fallback);
  };
  return {
    lineScale: num(p.lineScale, PALETTES.light.lineScale),
    fontPx: Math.min(MAX_FONT_PX, num(p.fontSize, PALETTES.light.fontSize)),
  };
}

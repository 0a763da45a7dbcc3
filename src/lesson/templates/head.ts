/**
 * The `<head>` every Lumen page shares, in the order that avoids a flash of the wrong theme:
 * the palettes as CSS custom properties, then the theme boot script (sets `<html data-theme>`
 * before the first paint), then stylesheets, then the page's module script.
 */
import { PALETTES, paletteDeclarations, THEMES } from '../../ui/tokens';
import { escapeHtml, inlineScriptText } from '../escape';

export interface HeadOptions {
  readonly title: string;
  readonly description: string;
  /** Inline script run before the stylesheets; omitted on pages that set their theme otherwise. */
  readonly bootScript?: string;
  /** Stylesheet URLs, relative to the page. */
  readonly styles: readonly string[];
  /** Module script URLs, relative to the page. */
  readonly scripts: readonly string[];
  /** Modules the page will import later (its widgets), fetched in parallel with the page script. */
  readonly preloads?: readonly string[];
  /** Extra CSS appended to the palette block (constants of this repository only). */
  readonly extraCss?: string;
  /**
   * The relative path to the site root ('' or '../../') on pages of the site itself, which link
   * the favicon, the app icons and the web manifest (public/); omitted on embed.html, which sits in
   * other people's pages and asks for no icon at all.
   */
  readonly siteRoot?: string;
}

/** `:root[data-theme=light]{--lumen-bg:…}` and the same for dark and projector. */
export function paletteCss(): string {
  return THEMES.map(
    (t) =>
      `:root[data-theme=${t}]{${paletteDeclarations(PALETTES[t])}color-scheme:${t === 'dark' ? 'dark' : 'light'};}`,
  ).join('\n');
}

/** The site's icons and web manifest (files of public/), relative to a page `root` away. */
export function iconLinks(root: string): string[] {
  return [
    `<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">`,
    `<link rel="apple-touch-icon" href="${root}icons/icon-192.png">`,
    `<link rel="manifest" href="${root}manifest.webmanifest">`,
  ];
}

/**
 * What index.html's `<!-- lumen:head -->` stands for, and the middle of every generated head:
 * icons, the palettes, then the theme boot script (before any stylesheet).
 */
export function headParts(o: Pick<HeadOptions, 'bootScript' | 'extraCss' | 'siteRoot'>): string[] {
  return [
    // Without a site root, an empty icon: browsers otherwise request /favicon.ico of the host.
    ...(o.siteRoot === undefined ? ['<link rel="icon" href="data:,">'] : iconLinks(o.siteRoot)),
    `<style>\n${paletteCss()}${o.extraCss ? '\n' + o.extraCss : ''}\n</style>`,
    ...(o.bootScript ? [`<script>${inlineScriptText(o.bootScript)}</script>`] : []),
  ];
}

export function pageHead(o: HeadOptions): string {
  const lines = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(o.title)}</title>`,
    `<meta name="description" content="${escapeHtml(o.description)}">`,
    ...headParts(o),
    ...o.styles.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`),
    ...o.scripts.map((src) => `<script type="module" src="${escapeHtml(src)}"></script>`),
    ...(o.preloads ?? []).map((href) => `<link rel="modulepreload" href="${escapeHtml(href)}">`),
  ];
  return `<head>\n${lines.join('\n')}\n</head>`;
}

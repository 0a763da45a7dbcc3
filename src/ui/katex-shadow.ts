/**
 * KaTeX inside a widget's Shadow DOM, on any page (ours or a blog's on another origin and path).
 *
 * Two problems, two halves:
 * - Layout: KaTeX's CSS must be inside the shadow root (page CSS does not cross it). The widget
 *   adds `KATEX_SHADOW_CSS` (katex.min.css without its @font-face rules) to its own style.
 * - Fonts: Chromium ignores @font-face rules inside shadow roots, so `ensureKatexFonts()` declares
 *   them once for the whole document, through the CSS Font Loading API (`document.fonts.add`),
 *   not an inline <style>: a host page whose CSP says `style-src 'self'` blocks inline styles
 *   but allows this (it needs only `font-src` for the files). Their URLs come from Vite (`?url`
 *   assets), which writes them relative to this module with `base: './'`: they resolve against
 *   wherever the script was loaded from, not against the page.
 *
 * Only woff2 is shipped: every browser that runs custom elements and ES modules reads it.
 *
 * @example
 * class MyWidget extends LumenElement<…> {
 *   constructor() { super(TABLE, MY_CSS + KATEX_SHADOW_CSS); }
 *   build() { ensureKatexFonts(document); … }
 *   render() { renderTex(this.formulaEl, '\\det A = 1', { displayMode: true }); }
 * }
 */
// ?raw, not ?inline: the text as shipped, so Vite does not copy every .woff/.ttf it references.
import katexCss from 'katex/dist/katex.min.css?raw';

import { unfocusableIfHidden } from './scroll-focus';

const FONT_URLS = import.meta.glob('/node_modules/katex/dist/fonts/*.woff2', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

/** KaTeX's CSS without its @font-face rules (which a shadow root would ignore anyway). */
export function stripFontFaces(css: string): string {
  return css.replace(FONT_FACE, '');
}

/** KaTeX's layout CSS for a shadow root: everything but the font files. */
export const KATEX_SHADOW_CSS: string = stripFontFaces(katexCss);

/** font file name (e.g. KaTeX_Main-Regular.woff2) → URL of the built asset. */
function fontUrlsByName(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, url] of Object.entries(FONT_URLS)) out.set(path.slice(path.lastIndexOf('/') + 1), url);
  return out;
}

/** One of KaTeX's faces, as the arguments of `new FontFace(family, source, descriptors)`. */
export interface FaceSpec {
  readonly family: string;
  readonly source: string;
  readonly descriptors: { readonly style: string; readonly weight: string };
}

/**
 * KaTeX's own @font-face rules, read into face specs with `src` pointing at the built woff2
 * assets. Rules whose file is missing from the build are left out rather than pointed at a URL
 * that would 404.
 */
export function katexFontFaces(css = katexCss, urls = fontUrlsByName()): FaceSpec[] {
  const faces: FaceSpec[] = [];
  for (const rule of css.match(FONT_FACE) ?? []) {
    const file = /url\(["']?(?:\.\/)?fonts\/([\w-]+\.woff2)["']?\)/.exec(rule)?.[1];
    const url = file && urls.get(file);
    const family = /font-family\s*:\s*([^;}]+)/
      .exec(rule)?.[1]
      ?.trim()
      .replace(/^["']|["']$/g, '');
    if (!url || !family) continue;
    faces.push({
      family,
      source: `url(${JSON.stringify(url)}) format("woff2")`,
      descriptors: {
        style: /font-style\s*:\s*([^;}]+)/.exec(rule)?.[1]?.trim() ?? 'normal',
        weight: /font-weight\s*:\s*([^;}]+)/.exec(rule)?.[1]?.trim() ?? '400',
      },
    });
  }
  return faces;
}

/**
 * Marks a document whose KaTeX faces are declared. `Symbol.for`, not a module variable: two
 * copies of embed.js (two module graphs) share it, so the second one adds nothing.
 */
const DECLARED = Symbol.for('lumen.katex-fonts');

/**
 * Declares KaTeX's fonts for the document once; safe to call from every widget. The faces load
 * lazily, when a formula first uses them, as @font-face rules would.
 */
export function ensureKatexFonts(doc: Document = document): void {
  const marked = doc as Document & { [DECLARED]?: true };
  if (marked[DECLARED] || typeof FontFace !== 'function' || !doc.fonts) return;
  marked[DECLARED] = true;
  for (const f of katexFontFaces()) doc.fonts.add(new FontFace(f.family, f.source, f.descriptors));
}

/**
 * Renders TeX into `el` (HTML output only; the caller provides a text alternative). KaTeX is
 * loaded on first use, in its own chunk, so a widget becomes interactive before the formula
 * library has even been parsed. When several formulas are asked for while it loads, only the
 * newest is drawn. Errors are shown in place, in KaTeX's error colour, instead of throwing: a
 * formula must never break a widget.
 */
export async function renderTex(
  el: HTMLElement,
  tex: string,
  options: { displayMode?: boolean } = {},
): Promise<void> {
  el.dataset.tex = tex;
  const { default: katex } = await import('katex');
  if (el.dataset.tex !== tex) return;
  katex.render(tex, el, {
    displayMode: options.displayMode ?? false,
    throwOnError: false,
    trust: false,
    output: 'html',
  });
  // Formulas are drawn aria-hidden (their words are beside them): never an empty Tab stop.
  unfocusableIfHidden(el);
}

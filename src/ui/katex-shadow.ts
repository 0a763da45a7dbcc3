/**
 * KaTeX inside a widget's Shadow DOM, on any page (ours or a blog's on another origin and path).
 *
 * Two problems, two halves:
 * - Layout: KaTeX's CSS must be inside the shadow root (page CSS does not cross it). The widget
 *   adds `KATEX_SHADOW_CSS` (katex.min.css without its @font-face rules) to its own style.
 * - Fonts: Chromium ignores @font-face rules inside shadow roots, so `ensureKatexFonts()` puts
 *   them once into the document's <head>. Their URLs come from Vite (`?url` assets), which writes
 *   them relative to this module (`new URL('…woff2', import.meta.url)`) with `base: './'`: they
 *   resolve against wherever the script was loaded from, not against the page.
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

/** Id of the <style> that holds the document-level @font-face rules (one per page). */
export const KATEX_FONTS_STYLE_ID = 'lumen-katex-fonts';

/** font file name (e.g. KaTeX_Main-Regular.woff2) → URL of the built asset. */
function fontUrlsByName(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, url] of Object.entries(FONT_URLS)) out.set(path.slice(path.lastIndexOf('/') + 1), url);
  return out;
}

/**
 * KaTeX's own @font-face rules with `src` pointing at the built woff2 assets. Rules whose file is
 * missing from the build are left out rather than pointed at a URL that would 404.
 */
export function katexFontFaceCss(css = katexCss, urls = fontUrlsByName()): string {
  const rules: string[] = [];
  for (const rule of css.match(FONT_FACE) ?? []) {
    const file = /url\(["']?(?:\.\/)?fonts\/([\w-]+\.woff2)["']?\)/.exec(rule)?.[1];
    const url = file && urls.get(file);
    if (!url) continue;
    rules.push(rule.replace(/src\s*:[^;}]*/, `src:url(${JSON.stringify(url)}) format("woff2")`));
  }
  return rules.join('\n');
}

/** Adds KaTeX's @font-face rules to the document once; safe to call from every widget. */
export function ensureKatexFonts(doc: Document = document): void {
  if (doc.getElementById(KATEX_FONTS_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = KATEX_FONTS_STYLE_ID;
  style.textContent = katexFontFaceCss();
  (doc.head ?? doc.documentElement).append(style);
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
}

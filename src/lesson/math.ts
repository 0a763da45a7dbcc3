/**
 * KaTeX for lessons, at build time. Secure and strict: `trust: false` (no \href, \url,
 * \includegraphics, \html*), `strict: 'error'` (LaTeX-incompatible input is an error, not a
 * console warning), `throwOnError: true`; every failure becomes a build error at the formula.
 *
 * Colour macros: `\ci{…}` colours its argument like the first basis vector, and so on for the
 * other palette colours. KaTeX only knows literal colours, so each macro renders with a sentinel
 * colour that no lesson would choose, and the output is rewritten to `var(--lumen-…)`: the math
 * then follows the page theme (light, dark, projector) like the widgets do.
 */
import katex from 'katex';
import type { Palette } from '../ui/tokens';
import { cssVarName } from '../ui/tokens';

/** Macro name → palette key. The names are what lesson authors type. */
export const COLOUR_MACROS: Readonly<Record<string, keyof Palette>> = {
  ci: 'i',
  cj: 'j',
  ck: 'k',
  cdata: 'data',
  cmodel: 'model',
  cgrad: 'gradient',
  cerr: 'error',
};

/** `0000f1`, `0000f2`, …: one distinct sentinel per macro, in the order above. */
const SENTINELS: ReadonlyArray<readonly [hex: string, key: keyof Palette]> = Object.values(COLOUR_MACROS).map(
  (key, n) => [`0000f${n + 1}`, key] as const,
);

/**
 * KaTeX renders commands refused by `trust: false` as text in `errorColor` instead of throwing;
 * this sentinel error colour lets us find them and fail the build.
 */
const ERROR_SENTINEL = '#0e0e0e';

function macros(): Record<string, string> {
  // `#` starts a parameter inside a macro body, so the sentinels are written without it (KaTeX
  // accepts six hex digits bare). \textcolor colours its argument only, unlike the \color switch.
  const out: Record<string, string> = {};
  Object.keys(COLOUR_MACROS).forEach((name, n) => {
    out['\\' + name] = `\\textcolor{${SENTINELS[n]![0]}}{#1}`;
  });
  return out;
}

export type MathResult =
  { ok: true; html: string } | { ok: false; message: string; offset: number | undefined };

/**
 * Display math is typeset as inline math in display style: it looks the same, but KaTeX lets
 * inline math break after its top-level relations and operators, so a long formula wraps on a
 * phone or in the projector's large type instead of scrolling sideways. The caller centres it.
 */
const DISPLAY_STYLE = '\\displaystyle ';
const TEX_ANNOTATION = '<annotation encoding="application/x-tex">';

export function renderMath(tex: string, display: boolean): MathResult {
  const r = typeset(display ? DISPLAY_STYLE + tex : tex);
  // The TeX kept for copying and screen readers is the author's, without the added style.
  if (r.ok && display)
    return { ok: true, html: r.html.replace(TEX_ANNOTATION + DISPLAY_STYLE, TEX_ANNOTATION) };
  if (r.ok || !display || r.offset === undefined) return r;
  return { ...r, offset: Math.max(0, r.offset - DISPLAY_STYLE.length) };
}

function typeset(tex: string): MathResult {
  let html: string;
  try {
    html = katex.renderToString(tex, {
      displayMode: false,
      throwOnError: true,
      trust: false,
      strict: 'error',
      errorColor: ERROR_SENTINEL,
      // KaTeX mutates the macros object to store \gdef definitions: a fresh one per formula
      // keeps formulas independent.
      macros: macros(),
      output: 'htmlAndMathml',
    });
  } catch (err) {
    if (err instanceof katex.ParseError) {
      const raw = (err as { rawMessage?: string }).rawMessage ?? err.message;
      return { ok: false, message: raw, offset: (err as { position?: number }).position };
    }
    throw err;
  }
  if (html.includes(ERROR_SENTINEL))
    return {
      ok: false,
      message:
        'uses a command that lessons may not use (\\href, \\url, \\includegraphics and the \\html… commands are refused)',
      offset: undefined,
    };
  return { ok: true, html: rewriteColours(html) };
}

/**
 * Sentinel colours → theme variables. KaTeX writes colours as `color:#0000f1` in style
 * attributes of the HTML and as `mathcolor="#0000f1"` in the MathML; the MathML is hidden from
 * sight (it is there for screen readers), so its colour attribute is dropped.
 */
export function rewriteColours(html: string): string {
  let out = html;
  for (const [hex, key] of SENTINELS) {
    out = out
      .replace(new RegExp(`color:\\s*#${hex}\\b`, 'gi'), `color:var(${cssVarName(key)})`)
      .replace(new RegExp(`\\s*mathcolor="#${hex}"`, 'gi'), '');
  }
  return out;
}

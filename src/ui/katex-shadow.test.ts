import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { katexFontFaceCss, stripFontFaces } from './katex-shadow';

// Vitest stubs CSS imports (even ?raw) to '', so the shipped file is read here directly; the
// built bundle is checked in the browser tests.
const require = createRequire(import.meta.url);
const katexCss = readFileSync(require.resolve('katex/dist/katex.min.css'), 'utf8');

describe('KaTeX in Shadow DOM', () => {
  it('keeps the layout CSS but no @font-face for the shadow root', () => {
    const css = stripFontFaces(katexCss);
    expect(katexCss).toContain('@font-face');
    expect(css).not.toContain('@font-face');
    expect(css).toContain('.katex .mfrac');
    expect(css).toContain('font-family:KaTeX_Main');
  });

  it('points every font face at the built woff2 files', () => {
    const css = katexFontFaceCss(katexCss);
    const rules = css.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(rules.length).toBe(20);
    for (const r of rules) {
      expect(r).toMatch(/src:url\("[^"]+\.woff2[^"]*"\) format\("woff2"\)/);
      expect(r).not.toContain('.ttf');
      expect(r).not.toContain('url(fonts/');
    }
    expect(css).toContain('font-family:KaTeX_Main;font-style:normal;font-weight:400');
  });

  it('leaves out a face whose file the build lacks, rather than point at a 404', () => {
    const css =
      '@font-face{font-family:A;src:url(fonts/A.woff2) format("woff2"),url(fonts/A.ttf)}' +
      '@font-face{font-family:B;src:url(fonts/B.woff2) format("woff2")}';
    const out = katexFontFaceCss(css, new Map([['A.woff2', './assets/A-123.woff2']]));
    expect(out).toBe('@font-face{font-family:A;src:url("./assets/A-123.woff2") format("woff2")}');
  });
});

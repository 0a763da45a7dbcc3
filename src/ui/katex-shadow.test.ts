import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { katexFontFaces, stripFontFaces } from './katex-shadow';

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
    const faces = katexFontFaces(katexCss);
    expect(faces.length).toBe(20);
    for (const f of faces) {
      expect(f.source).toMatch(/^url\("[^"]+\.woff2[^"]*"\) format\("woff2"\)$/);
      expect(f.family).toMatch(/^KaTeX_\w+$/);
    }
    expect(faces).toContainEqual(
      expect.objectContaining({ family: 'KaTeX_Main', descriptors: { style: 'normal', weight: '400' } }),
    );
    expect(faces).toContainEqual(
      expect.objectContaining({ family: 'KaTeX_Main', descriptors: { style: 'italic', weight: '700' } }),
    );
  });

  it('leaves out a face whose file the build lacks, rather than point at a 404', () => {
    const css =
      '@font-face{font-family:A;src:url(fonts/A.woff2) format("woff2"),url(fonts/A.ttf)}' +
      '@font-face{font-family:B;src:url(fonts/B.woff2) format("woff2")}';
    expect(katexFontFaces(css, new Map([['A.woff2', './assets/A-123.woff2']]))).toEqual([
      {
        family: 'A',
        source: 'url("./assets/A-123.woff2") format("woff2")',
        descriptors: { style: 'normal', weight: '400' },
      },
    ]);
  });
});

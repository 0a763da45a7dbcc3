/**
 * The pages the build writes: home, lesson (the markup contract the shell and the browser tests
 * rely on), embed; reading time; and how the Vite plugin finds the built scripts and CSS.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { LESSONS, TRACKS } from '../../src/lesson/curriculum';
import { countWordsIn, readingMinutes } from '../../src/lesson/reading-time';
import { buildPages, compileLessons, writtenLessons, type LessonSource } from '../../src/lesson/site-pages';
import type { SiteAssets } from '../../src/lesson/templates/assets';
import { fillHome } from '../../src/lesson/templates/home-page';
import { entryFiles } from '../../src/lesson/vite-plugin';

const ASSETS: SiteAssets = {
  siteScript: 'assets/site-abc.js',
  siteStyles: ['assets/site-abc.css'],
  frameScript: 'assets/frame-def.js',
  frameStyles: [],
};
const BOOT = 'document.documentElement.dataset.theme="light"';
const L2 = 'lessons/linear-algebra/02-matrices-are-transformations.md';
const REAL: LessonSource = { file: L2, text: readFileSync(L2, 'utf8') };

/** A minimal valid lesson of the curriculum. */
function stub(number: number, title = `Lesson ${number}`): LessonSource {
  const e = LESSONS.find((l) => l.number === number)!;
  return {
    file: `lessons/${e.track}/${String(number).padStart(2, '0')}-${e.slug}.md`,
    text: `---\ntitle: ${JSON.stringify(title)}\ntrack: ${e.track}\norder: ${number}\nsummary: S${number}.\naha: A${number}.\n---\n\n${'word '.repeat(1000)}\n`,
  };
}

function page(pages: ReturnType<typeof buildPages>, name: string): string {
  const p = pages.find((x) => x.fileName === name);
  if (!p) throw new Error(`no page ${name}; have ${pages.map((x) => x.fileName).join(', ')}`);
  return p.source;
}

describe('curriculum', () => {
  test('5 tracks and 28 lessons numbered 1 … 28 in track order', () => {
    expect(TRACKS.map((t) => t.slug)).toEqual([
      'linear-algebra',
      'probability',
      'calculus',
      'classic-ml',
      'generative-ai',
    ]);
    expect(LESSONS.map((l) => l.number)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(LESSONS.map((l) => TRACKS.findIndex((t) => t.slug === l.track))).toEqual(
      [...LESSONS.map((l) => TRACKS.findIndex((t) => t.slug === l.track))].sort((a, b) => a - b),
    );
    expect(new Set(LESSONS.map((l) => l.slug)).size).toBe(28);
  });
});

describe('reading time', () => {
  test('words / 200 per minute, rounded, at least one minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(299)).toBe(1);
    expect(readingMinutes(300)).toBe(2);
    expect(readingMinutes(1000)).toBe(5);
    expect(countWordsIn('  A 2×2 matrix — moves (every) point. ')).toBe(6);
  });
});

describe('home page', () => {
  // The top-level index.html as vite hands it over (its script and CSS links are vite's job).
  const template = readFileSync('index.html', 'utf8');
  const home = fillHome(template, writtenLessons(compileLessons([REAL, stub(17)])), BOOT);
  const items = [...home.matchAll(/<ol class="track-lessons"[^>]*>([\s\S]*?)<\/ol>/g)].flatMap((m) =>
    [...m[1]!.matchAll(/<li[^>]*>[\s\S]*?<\/li>/g)].map((x) => x[0]),
  );

  test('lists all 28 lessons in curriculum order, in five track sections', () => {
    expect(home).toContain('<body class="page-home">');
    expect(home.match(/<section class="track" /g)).toHaveLength(5);
    expect(items).toHaveLength(28);
    const titles = items.map((li) =>
      li
        .replace(/<p[\s\S]*<\/p>/, '')
        .replace(/<[^>]+>/g, '')
        .replace(/ coming$/, '')
        .replace(/&#39;/g, "'"),
    );
    expect(titles).toEqual(
      LESSONS.map((l) =>
        l.number === 17 ? 'Lesson 17' : l.number === 2 ? 'Matrices are transformations' : l.title,
      ),
    );
  });

  test('only written lessons are links; the others say "coming"', () => {
    const links = items.filter((li) => li.includes('<a '));
    expect(links).toHaveLength(2);
    expect(links[0]).toContain('href="lessons/linear-algebra/02-matrices-are-transformations.html"');
    expect(links[1]).toContain('href="lessons/calculus/17-the-derivative.html"');
    expect(
      items.filter((li) => li.startsWith('<li class="coming">') && li.endsWith(' <span>coming</span></li>')),
    ).toHaveLength(26);
  });

  test('every marked place is filled: icons, palettes and boot script in the head, header, footer', () => {
    expect(home).not.toContain('<!-- lumen:');
    const head = home.slice(0, home.indexOf('</head>'));
    expect(head).toContain('<link rel="icon" href="favicon.svg" type="image/svg+xml">');
    expect(head).toContain('<link rel="manifest" href="manifest.webmanifest">');
    expect(head).toMatch(/:root\[data-theme=dark\]\{--lumen-bg:#[0-9a-f]{6};/);
    expect(head.indexOf(`<script>${BOOT}</script>`)).toBeGreaterThan(head.indexOf('<style>'));
    expect(head).toContain('<script type="module" src="/src/site.ts"></script>');
    expect(home).toContain('<body class="page-home">\n<a class="skip-link" href="#content">');
    expect(home).toMatch(/<\/main>\n<footer class="site-footer">[\s\S]*<\/footer>\n<\/body>/);
  });

  test('a template without a marked place is an error, and "$" in lesson text stays as written', () => {
    expect(() => fillHome(template.replace(/<!-- lumen:tracks[^>]*-->/, ''), new Map(), BOOT)).toThrow(
      'index.html has no <!-- lumen:tracks --> to fill',
    );
    const dollars = fillHome(template, writtenLessons(compileLessons([stub(17, "$' and $& cost $1")])), BOOT);
    expect(dollars).toContain('$&#39; and $&amp; cost $1');
  });
});

describe('lesson page', () => {
  const pages = buildPages([stub(1), REAL, stub(4), stub(10), stub(17)], ASSETS, BOOT);
  const html = page(pages, 'lessons/linear-algebra/02-matrices-are-transformations.html');

  test('one page per lesson at lessons/<track>/<nn>-<slug>.html, plus embed and presenter', () => {
    expect(pages.map((p) => p.fileName).sort()).toEqual([
      'embed.html',
      'lessons/calculus/17-the-derivative.html',
      'lessons/linear-algebra/01-vectors-span-and-basis.html',
      'lessons/linear-algebra/02-matrices-are-transformations.html',
      'lessons/linear-algebra/04-the-determinant.html',
      'lessons/linear-algebra/10-svd-and-pca.html',
      'presenter.html',
    ]);
  });

  test('head: viewport, description, palettes, theme boot, then CSS, then the site module', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    expect(html.startsWith('<!doctype html>\n<html lang="en" data-theme="light">')).toBe(true);
    expect(head).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(head).toMatch(/<meta name="description" content="[^"]*columns[^"]*">/);
    for (const t of ['light', 'dark', 'projector'])
      expect(head).toMatch(new RegExp(`:root\\[data-theme=${t}\\]\\{--lumen-bg:#[0-9a-f]{6};`));
    expect(head).toContain('<link rel="manifest" href="../../manifest.webmanifest">');
    const order = [
      '<link rel="icon" href="../../favicon.svg" type="image/svg+xml">',
      '<style>',
      `<script>${BOOT}</script>`,
      '<link rel="stylesheet" href="../../assets/site-abc.css">',
      '<script type="module" src="../../assets/site-abc.js"></script>',
    ];
    const at = order.map((s) => head.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test('body markup of the contract', () => {
    expect(html).toContain(
      '<body class="page-lesson">\n<a class="skip-link" href="#content">Skip to content</a>',
    );
    expect(html).toContain('<a class="brand" href="../../index.html">Lumen</a>');
    expect(html).toContain('<button type="button" id="theme-toggle">Theme: Light</button>');
    expect(html).toContain('<button type="button" id="present-toggle" aria-pressed="false">Present</button>');
    expect(html).toContain('<button type="button" id="fullscreen-toggle">Fullscreen</button>');
    expect(html).toContain(
      '<nav class="toc foldable" aria-label="Linear algebra lessons"><button type="button" class="toc-toggle" aria-expanded="false" aria-controls="toc-list">Linear algebra lessons</button><ol id="toc-list" start="1">',
    );
    expect(html).toContain(
      '<li><a href="02-matrices-are-transformations.html" aria-current="page">Matrices are transformations</a></li>',
    );
    expect(html).toContain('<li><a href="01-vectors-span-and-basis.html">Lesson 1</a></li>');
    expect(html).toContain('<li class="coming">Composition is multiplication <span>coming</span></li>');
    expect(html.match(/aria-current="page"/g)).toHaveLength(1);
    expect(html).toContain('<main id="content" class="lesson" tabindex="-1">');
    expect(html).toMatch(
      /<header class="lesson-header"><p class="lesson-track">.*Linear algebra.*<\/p><h1>Matrices are transformations<\/h1>\n<p class="lesson-summary">[^<]+<\/p><p class="lesson-meta">\d+ min read<\/p><\/header>/,
    );
    expect(html).toContain(
      '<aside class="aha"><strong>The aha:</strong> A matrix is just where the basis vectors land.</aside>',
    );
    expect(html).toContain('<article class="lesson-body">\n<p>In machine learning');
    expect(html).toMatch(/<footer class="site-footer">[\s\S]*<\/footer>\n<\/body>\n<\/html>\n$/);
  });

  test('previous and next: neighbouring written lessons, across tracks', () => {
    expect(html).toContain('<a rel="prev" href="01-vectors-span-and-basis.html">');
    expect(html).toContain('<a rel="next" href="04-the-determinant.html">');
    const ten = page(pages, 'lessons/linear-algebra/10-svd-and-pca.html');
    expect(ten).toContain('<a rel="next" href="../calculus/17-the-derivative.html">');
    const first = page(pages, 'lessons/linear-algebra/01-vectors-span-and-basis.html');
    expect(first).not.toContain('rel="prev"');
    expect(page(pages, 'lessons/calculus/17-the-derivative.html')).not.toContain('rel="next"');
  });

  test('reading time from the prose: 1000 words → 5 min', () => {
    expect(page(pages, 'lessons/linear-algebra/04-the-determinant.html')).toContain(
      '<p class="lesson-meta">5 min read</p>',
    );
  });

  test('front matter text is escaped everywhere it appears', () => {
    const evil = stub(4, '"><script>alert(1)</script>');
    const out = buildPages([REAL, evil], ASSETS, BOOT);
    for (const p of out) expect(p.source.match(/<script/g)?.length ?? 0).toBeLessThanOrEqual(2);
    expect(page(out, 'lessons/linear-algebra/04-the-determinant.html')).toContain(
      '<h1>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>',
    );
  });
});

describe('embed page', () => {
  test('loads only the frame script, no site script, no theme boot, body margin 0', () => {
    const html = page(
      buildPages([REAL], { ...ASSETS, frameStyles: ['assets/frame-x.css'] }, BOOT),
      'embed.html',
    );
    expect(html).toContain('<script type="module" src="assets/frame-def.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="assets/frame-x.css">');
    expect(html).not.toContain('site-abc');
    expect(html).not.toContain(BOOT);
    expect(html).toContain('html,body{margin:0}');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(
      /<body><main>\n<h1 class="frame-title">Lumen widget<\/h1>\n<p class="frame-fallback">This interactive Lumen widget could not start\./,
    );
    expect(html).toContain('allow-scripts allow-same-origin');
  });
});

describe('vite plugin: entry chunks and their CSS', () => {
  test('finds an entry by name and the CSS of it and of its static imports', () => {
    const chunk = (fileName: string, name: string, isEntry: boolean, imports: string[], css: string[]) => ({
      type: 'chunk',
      fileName,
      name,
      isEntry,
      imports,
      viteMetadata: { importedCss: new Set(css) },
    });
    const bundle = {
      'assets/site-1.js': chunk(
        'assets/site-1.js',
        'site',
        true,
        ['assets/shared-3.js'],
        ['assets/site-1.css'],
      ),
      'assets/shared-3.js': chunk(
        'assets/shared-3.js',
        'shared',
        false,
        ['assets/site-1.js'],
        ['assets/shared-3.css'],
      ),
      'assets/lazy-4.js': chunk('assets/lazy-4.js', 'lazy', false, [], ['assets/lazy-4.css']),
      'assets/frame-2.js': chunk('assets/frame-2.js', 'frame', true, [], []),
      'assets/site-1.css': { type: 'asset' },
    };
    expect(entryFiles(bundle, 'site')).toEqual({
      script: 'assets/site-1.js',
      styles: ['assets/shared-3.css', 'assets/site-1.css'],
    });
    expect(entryFiles(bundle, 'frame')).toEqual({ script: 'assets/frame-2.js', styles: [] });
    expect(entryFiles(bundle, 'missing')).toBeUndefined();
  });
});

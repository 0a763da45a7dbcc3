/**
 * Lessons outside the curriculum (`lumen build <folder>`): front matter, discovery on disk,
 * order and groups, page paths and links, and the pages built in memory.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compileOwnLesson } from '../../src/lesson/lesson';
import { findOwnLessonFiles, readOwnLessonSources } from '../../src/lesson/own/own-files';
import { ownPagePath, pageHref } from '../../src/lesson/own/links';
import { buildOwnPages, compileOwnSite, type OwnLessonSource } from '../../src/lesson/own/own-site';
import { formatProblem, LessonBuildError } from '../../src/lesson/problems';
import type { SiteAssets } from '../../src/lesson/templates/assets';

const ASSETS: SiteAssets = {
  siteScript: 'assets/site-abc.js',
  siteStyles: ['assets/site-abc.css'],
  frameScript: 'assets/frame-def.js',
  frameStyles: [],
  widgetScripts: { plane: ['assets/element-p.js'] },
};

function lesson(path: string, front: string, body = 'Some words.\n'): OwnLessonSource {
  return { file: `mine/${path}`, path, text: `---\n${front}\n---\n\n${body}` };
}
const FRONT = (title: string, extra = ''): string =>
  `title: ${title}\nsummary: S of ${title}.\naha: A of ${title}.${extra ? '\n' + extra : ''}`;

function problems(src: OwnLessonSource): string[] {
  return compileOwnLesson(src.file, src.text).problems.map(formatProblem);
}

describe('own front matter', () => {
  test('title, summary, aha suffice; no curriculum, any file name', () => {
    const r = compileOwnLesson('notes/Week 1.md', `---\n${FRONT('Week one')}\n---\n\n$x^2$\n`);
    expect(r.problems).toEqual([]);
    expect(r.lesson?.meta).toEqual({
      title: 'Week one',
      summary: 'S of Week one.',
      aha: 'A of Week one.',
      track: undefined,
      order: undefined,
    });
    expect(r.lesson?.html).toContain('class="katex"');
  });

  test('missing, unknown and badly typed fields name the file and line', () => {
    expect(problems(lesson('a.md', 'title: T\nsumary: typo\norder: soon\ntrack: [1, 2]'))).toEqual([
      'mine/a.md:1: front matter is missing "summary"; expected summary: what the lesson is about, one line',
      'mine/a.md:1: front matter is missing "aha"; expected aha: the one picture the learner should leave with, one line',
      'mine/a.md:3: unknown front matter field "sumary"; expected only title, summary, aha, track, order',
      'mine/a.md:4: order "soon" is not a number; expected order: a number that places the lesson in the site, e.g. 1, 2, 2.5 (optional)',
      'mine/a.md:5: front matter field "track" must be one line of text; expected track: the group the home page lists the lesson under, one line (optional)',
    ]);
    expect(problems({ file: 'b.md', path: 'b.md', text: 'no front matter\n' })).toEqual([
      'b.md:1: missing front matter; expected the file to start with a "---" line, then title, summary, aha, track, order, then "---"',
    ]);
  });

  test('the body is checked by the same engine (directives, math)', () => {
    expect(problems(lesson('c.md', FRONT('C'), 'Text.\n\n::plane{matrix="1 2"}\n\n$\\oops$\n'))).toEqual([
      'mine/c.md:9: ::plane: matrix="1 2" (lesson): expected 2 rows of 2 numbers, like "1 2; 3 4" or "[[1,2],[3,4]]"',
      expect.stringMatching(/^mine\/c\.md:11: KaTeX: Undefined control sequence: \\oops/),
    ]);
  });
});

describe('own site: order, groups, pages', () => {
  const sources = [
    lesson('lesson-10.md', FRONT('Ten')),
    lesson('lesson-2.md', FRONT('Two')),
    lesson('vectors/span.md', FRONT('Span', 'track: Vectors\norder: 2')),
    lesson('vectors/basis.md', FRONT('Basis', 'track: Vectors\norder: 2')),
    lesson('intro.md', FRONT('Intro', 'order: 1')),
  ];

  test('ordered by order, then file name (numbers read as numbers); grouped by track; numbered on', () => {
    const site = compileOwnSite('My class', sources);
    expect(
      site.groups.map((g) => [g.title, g.id, g.lessons.map((l) => [l.number, l.lesson.meta.title, l.page])]),
    ).toEqual([
      [
        'Lessons',
        'track-lessons',
        [
          [1, 'Intro', 'lessons/intro.html'],
          [2, 'Two', 'lessons/lesson-2.html'],
          [3, 'Ten', 'lessons/lesson-10.html'],
        ],
      ],
      [
        'Vectors',
        'track-vectors',
        [
          [4, 'Basis', 'lessons/vectors/basis.html'],
          [5, 'Span', 'lessons/vectors/span.html'],
        ],
      ],
    ]);
  });

  test('every problem of every lesson in one error', () => {
    const broken = [...sources, lesson('x.md', 'title: X'), lesson('y.md', FRONT('Y'), '::nope{}\n')];
    expect(() => compileOwnSite('t', broken)).toThrow(LessonBuildError);
    try {
      compileOwnSite('t', broken);
    } catch (e) {
      expect((e as LessonBuildError).problems.map((p) => `${p.file}:${p.line}`)).toEqual([
        'mine/x.md:1',
        'mine/x.md:1',
        'mine/y.md:7',
      ]);
    }
  });

  test('page paths stay under lessons/; links are relative and percent-encoded', () => {
    expect(ownPagePath('index.md')).toBe('lessons/index.html');
    expect(pageHref('lessons/a/b.html', 'lessons/c d#1.html')).toBe('../c%20d%231.html');
    expect(pageHref('index.html', 'lessons/a/b.html')).toBe('lessons/a/b.html');
  });

  test('pages: home lists every group and lesson; a lesson page has its toc, pager and widget preload', () => {
    const pages = buildOwnPages(
      'Ms <Rivera>',
      [
        ...sources,
        lesson(
          'vectors/shear.md',
          FRONT('Shear', 'track: Vectors\norder: 3'),
          '::plane{#m matrix="1 1; 0 1"}\n',
        ),
      ],
      ASSETS,
    );
    expect(pages.map((p) => p.fileName)).toEqual([
      'index.html',
      'lessons/intro.html',
      'lessons/lesson-2.html',
      'lessons/lesson-10.html',
      'lessons/vectors/basis.html',
      'lessons/vectors/span.html',
      'lessons/vectors/shear.html',
      'embed.html',
      'presenter.html',
    ]);
    const home = pages[0]!.source;
    expect(home).toContain('<h1>Ms &lt;Rivera&gt;</h1>');
    expect(home).toContain(
      '<a href="lessons/vectors/basis.html">Basis</a><p class="lesson-aha">A of Basis.</p>',
    );
    expect(home).toContain('<ol class="track-lessons" start="4">');
    const shear = pages.find((p) => p.fileName === 'lessons/vectors/shear.html')!.source;
    expect(shear).toContain('<title>Shear · Ms &lt;Rivera&gt;</title>');
    expect(shear).toContain('<script type="module" src="../../assets/site-abc.js"></script>');
    expect(shear).toContain('<link rel="modulepreload" href="../../assets/element-p.js">');
    expect(shear).toContain('<a href="../../index.html#track-vectors">Vectors</a> · Lesson 6');
    expect(shear).toContain('<a href="shear.html" aria-current="page">Shear</a>');
    expect(shear).toContain('<a rel="prev" href="span.html">');
    expect(shear).toContain('<lumen-plane id="m" matrix="1 1; 0 1">');
    // Not Lumen's site: neither Lumen's icons nor its web manifest, on any page.
    for (const p of pages) {
      expect(p.source, p.fileName).not.toContain('manifest');
      expect(p.source, p.fileName).not.toContain('favicon.svg');
    }
    expect(home).toContain('<link rel="icon" href="data:,">');
    const intro = pages.find((p) => p.fileName === 'lessons/intro.html')!.source;
    expect(intro).toContain('<a rel="next" href="lesson-2.html">');
    expect(intro).not.toContain('rel="prev"');
    expect(intro).toContain('<nav class="toc foldable" aria-label="Lessons">');
    expect(shear).toContain('<nav class="toc foldable" aria-label="Vectors lessons">');
  });
});

describe('own lessons on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lumen-own-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('every .md below the folder, except node_modules, dot-folders and the output folder', () => {
    for (const d of ['a/b', 'node_modules/x', '.git', 'site']) mkdirSync(join(dir, d), { recursive: true });
    for (const f of [
      'one.md',
      'a/two.md',
      'a/b/three.MD',
      'a/notes.txt',
      'node_modules/x/readme.md',
      '.git/x.md',
      'site/old.md',
    ])
      writeFileSync(join(dir, f), '---\n---\n');
    expect(findOwnLessonFiles(dir, [join(dir, 'site')])).toEqual(['a/b/three.MD', 'a/two.md', 'one.md']);
    const sources = readOwnLessonSources(join(dir, 'a'), dir);
    expect(sources.map((s) => [s.file, s.path])).toEqual([
      ['a/b/three.MD', 'b/three.MD'],
      ['a/two.md', 'two.md'],
    ]);
    expect(readOwnLessonSources(dir, '/elsewhere')[0]!.file).toBe(join(dir, 'a/b/three.MD'));
  });
});

/**
 * A lesson page (dist/lessons/<track>/<nn>-<slug>.html), in the markup the shell and the
 * browser tests rely on (see the brief's "Lesson page markup" contract).
 *
 * Previous / next: the neighbouring *written* lessons in curriculum order, across tracks, so a
 * learner can read every written lesson with "next" alone while most lessons are still coming.
 */
import { lessonBaseName, lessonsOfTrack, trackBySlug, type CurriculumLesson } from '../curriculum';
import { escapeHtml } from '../escape';
import type { Lesson, LessonBody } from '../lesson';
import type { SiteAssets } from './assets';
import { siteFooter, siteHeader } from './chrome';
import { pageHead } from './head';

const ROOT = '../../';

/** Link from one lesson page to another (`../<track>/<nn>-<slug>.html`, or same folder). */
function lessonHref(from: CurriculumLesson, to: CurriculumLesson): string {
  const file = `${lessonBaseName(to)}.html`;
  return from.track === to.track ? file : `../${to.track}/${file}`;
}

/** One line of a table of contents: a written lesson (with its link) or one still coming. */
export interface TocItem {
  readonly title: string;
  /** Undefined: a lesson still coming (no page yet). */
  readonly href?: string;
  readonly current?: boolean;
}

export interface PagerLink {
  readonly title: string;
  readonly href: string;
}

/** What a lesson page shows around the lesson body; curriculum and own sites fill it in. */
export interface LessonPageView {
  /** Relative path from the page to the site root ('../../'). */
  readonly root: string;
  readonly pageTitle: string;
  readonly trackTitle: string;
  /** Name of the table of contents (default: "<track title> lessons"). */
  readonly tocLabel?: string;
  /** Link to the track's section of the home page, relative to the root. */
  readonly trackHref: string;
  readonly number: number;
  readonly tocStart: number;
  readonly toc: readonly TocItem[];
  readonly prev?: PagerLink | undefined;
  readonly next?: PagerLink | undefined;
  /** Brand and footer text of the site chrome (see chrome.ts); Lumen's own by default. */
  readonly brand?: string;
  readonly footerLead?: string;
}

function toc(v: LessonPageView): string {
  const items = v.toc.map((e) => {
    if (e.href === undefined) return `<li class="coming">${escapeHtml(e.title)} <span>coming</span></li>`;
    const current = e.current ? ' aria-current="page"' : '';
    return `<li><a href="${escapeHtml(e.href)}"${current}>${escapeHtml(e.title)}</a></li>`;
  });
  // Folded on phones from the first paint (src/ui/shell/toc.ts wires the button): folding it
  // after load moved the whole lesson up (a layout shift of 0.26 on every lesson at 390 px).
  const label = escapeHtml(v.tocLabel ?? `${v.trackTitle} lessons`);
  return `<nav class="toc foldable" aria-label="${label}"><button type="button" class="toc-toggle" aria-expanded="false" aria-controls="toc-list">${label}</button><ol id="toc-list" start="${v.tocStart}">
${items.join('\n')}
</ol></nav>`;
}

function pager(v: LessonPageView): string {
  const link = (l: PagerLink, rel: 'prev' | 'next'): string =>
    `<a rel="${rel}" href="${escapeHtml(l.href)}"><span class="pager-label">${rel === 'prev' ? 'Previous' : 'Next'}</span> ${escapeHtml(l.title)}</a>`;
  return `<nav class="pager" aria-label="Previous and next lesson">
${v.prev ? link(v.prev, 'prev') : ''}
<a class="pager-home" href="${v.root}index.html">All lessons</a>
${v.next ? link(v.next, 'next') : ''}
</nav>`;
}

/** The page of one lesson, in the markup contract the shell and the browser tests rely on. */
export function lessonPageHtml(
  lesson: LessonBody & { readonly meta: { readonly title: string; summary: string; aha: string } },
  v: LessonPageView,
  assets: SiteAssets,
  bootScript: string,
): string {
  const m = lesson.meta;
  const root = v.root;
  const styles = assets.siteStyles.map((s) => root + s);
  return `<!doctype html>
<html lang="en" data-theme="light">
${pageHead({
  title: v.pageTitle,
  description: `${m.summary} ${m.aha}`,
  bootScript,
  styles,
  scripts: [root + assets.siteScript],
  preloads: [...new Set(lesson.widgets.map((w) => w.name))].flatMap((name) =>
    (assets.widgetScripts?.[name] ?? []).map((f) => root + f),
  ),
})}
<body class="page-lesson">
${siteHeader(root, v.brand)}
<div class="layout">
${toc(v)}
<main id="content" class="lesson" tabindex="-1">
<header class="lesson-header"><p class="lesson-track"><a href="${escapeHtml(root + v.trackHref)}">${escapeHtml(v.trackTitle)}</a> · Lesson ${v.number}</p><h1>${escapeHtml(m.title)}</h1>
<p class="lesson-summary">${escapeHtml(m.summary)}</p><p class="lesson-meta">${lesson.minutes} min read</p></header>
<aside class="aha"><strong>The aha:</strong> ${escapeHtml(m.aha)}</aside>
<article class="lesson-body">
${lesson.html}</article>
${pager(v)}
</main></div>
${siteFooter(v.footerLead)}
</body>
</html>
`;
}

export function lessonPage(
  lesson: Lesson,
  written: ReadonlyMap<number, Lesson>,
  assets: SiteAssets,
  bootScript: string,
): string {
  const track = trackBySlug(lesson.entry.track);
  const entries = lessonsOfTrack(track.slug);
  const order = [...written.values()].sort((a, b) => a.entry.number - b.entry.number);
  const at = order.findIndex((l) => l.entry.number === lesson.entry.number);
  const near = (l: Lesson | undefined): PagerLink | undefined =>
    l && { title: l.meta.title, href: lessonHref(lesson.entry, l.entry) };
  return lessonPageHtml(
    lesson,
    {
      root: ROOT,
      pageTitle: `${lesson.meta.title} · Lumen`,
      trackTitle: track.title,
      trackHref: `index.html#${track.slug}`,
      number: lesson.entry.number,
      tocStart: entries[0]?.number ?? 1,
      toc: entries.map((e) => {
        const w = written.get(e.number);
        if (!w) return { title: e.title };
        return {
          title: w.meta.title,
          href: lessonHref(lesson.entry, e),
          current: e.number === lesson.entry.number,
        };
      }),
      prev: at > 0 ? near(order[at - 1]) : undefined,
      next: at >= 0 ? near(order[at + 1]) : undefined,
    },
    assets,
    bootScript,
  );
}

/**
 * A lesson page (dist/lessons/<track>/<nn>-<slug>.html), in the markup the shell and the
 * browser tests rely on (see the brief's "Lesson page markup" contract).
 *
 * Previous / next: the neighbouring *written* lessons in curriculum order, across tracks, so a
 * learner can read every written lesson with "next" alone while most lessons are still coming.
 */
import { lessonBaseName, lessonsOfTrack, trackBySlug, type CurriculumLesson } from '../curriculum';
import { escapeHtml } from '../escape';
import type { Lesson } from '../lesson';
import type { SiteAssets } from './assets';
import { siteFooter, siteHeader } from './chrome';
import { pageHead } from './head';

const ROOT = '../../';

/** Link from one lesson page to another (`../<track>/<nn>-<slug>.html`, or same folder). */
function lessonHref(from: CurriculumLesson, to: CurriculumLesson): string {
  const file = `${lessonBaseName(to)}.html`;
  return from.track === to.track ? file : `../${to.track}/${file}`;
}

function toc(lesson: Lesson, written: ReadonlyMap<number, Lesson>): string {
  const track = trackBySlug(lesson.entry.track);
  const entries = lessonsOfTrack(track.slug);
  const items = entries.map((e) => {
    const w = written.get(e.number);
    if (!w) return `<li class="coming">${escapeHtml(e.title)} <span>coming</span></li>`;
    const current = e.number === lesson.entry.number ? ' aria-current="page"' : '';
    return `<li><a href="${escapeHtml(lessonHref(lesson.entry, e))}"${current}>${escapeHtml(w.meta.title)}</a></li>`;
  });
  // Folded on phones from the first paint (src/ui/shell/toc.ts wires the button): folding it
  // after load moved the whole lesson up (a layout shift of 0.26 on every lesson at 390 px).
  const label = `${escapeHtml(track.title)} lessons`;
  return `<nav class="toc foldable" aria-label="${label}"><button type="button" class="toc-toggle" aria-expanded="false" aria-controls="toc-list">${label}</button><ol id="toc-list" start="${entries[0]?.number ?? 1}">
${items.join('\n')}
</ol></nav>`;
}

function pager(lesson: Lesson, written: ReadonlyMap<number, Lesson>): string {
  const order = [...written.values()].sort((a, b) => a.entry.number - b.entry.number);
  const at = order.findIndex((l) => l.entry.number === lesson.entry.number);
  const prev = at > 0 ? order[at - 1] : undefined;
  const next = at >= 0 ? order[at + 1] : undefined;
  const link = (l: Lesson, rel: 'prev' | 'next'): string =>
    `<a rel="${rel}" href="${escapeHtml(lessonHref(lesson.entry, l.entry))}"><span class="pager-label">${rel === 'prev' ? 'Previous' : 'Next'}</span> ${escapeHtml(l.meta.title)}</a>`;
  return `<nav class="pager" aria-label="Previous and next lesson">
${prev ? link(prev, 'prev') : ''}
<a class="pager-home" href="${ROOT}index.html">All lessons</a>
${next ? link(next, 'next') : ''}
</nav>`;
}

export function lessonPage(
  lesson: Lesson,
  written: ReadonlyMap<number, Lesson>,
  assets: SiteAssets,
  bootScript: string,
): string {
  const track = trackBySlug(lesson.entry.track);
  const m = lesson.meta;
  const styles = assets.siteStyles.map((s) => ROOT + s);
  return `<!doctype html>
<html lang="en" data-theme="light">
${pageHead({
  title: `${m.title} · Lumen`,
  description: `${m.summary} ${m.aha}`,
  bootScript,
  siteRoot: ROOT,
  styles,
  scripts: [ROOT + assets.siteScript],
  preloads: [...new Set(lesson.widgets.map((w) => w.name))].flatMap((name) =>
    (assets.widgetScripts?.[name] ?? []).map((f) => ROOT + f),
  ),
})}
<body class="page-lesson">
${siteHeader(ROOT)}
<div class="layout">
${toc(lesson, written)}
<main id="content" class="lesson" tabindex="-1">
<header class="lesson-header"><p class="lesson-track"><a href="${ROOT}index.html#${track.slug}">${escapeHtml(track.title)}</a> · Lesson ${lesson.entry.number}</p><h1>${escapeHtml(m.title)}</h1>
<p class="lesson-summary">${escapeHtml(m.summary)}</p><p class="lesson-meta">${lesson.minutes} min read</p></header>
<aside class="aha"><strong>The aha:</strong> ${escapeHtml(m.aha)}</aside>
<article class="lesson-body">
${lesson.html}</article>
${pager(lesson, written)}
</main></div>
${siteFooter()}
</body>
</html>
`;
}

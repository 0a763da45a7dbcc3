/**
 * The home page (dist/index.html): what Lumen is, then the five tracks with every lesson of the
 * curriculum in order; written lessons are links, the others say "coming" and link nowhere.
 */
import { lessonPagePath, lessonsOfTrack, TRACKS } from '../curriculum';
import { escapeHtml } from '../escape';
import type { Lesson } from '../lesson';
import type { SiteAssets } from './assets';
import { siteFooter, siteHeader } from './chrome';
import { pageHead } from './head';

export const PRODUCT_LINE = 'The math under machine learning, as pictures you can grab.';
const DESCRIPTION =
  'Lumen: interactive lessons on linear algebra, probability, calculus, classic machine learning and the math of generative AI, with live widgets you can drag, type into and embed.';

function trackSection(slug: (typeof TRACKS)[number], written: ReadonlyMap<number, Lesson>): string {
  const entries = lessonsOfTrack(slug.slug);
  const items = entries.map((e) => {
    const w = written.get(e.number);
    if (!w) return `<li class="coming">${escapeHtml(e.title)} <span>coming</span></li>`;
    return `<li><a href="${escapeHtml(lessonPagePath(e))}">${escapeHtml(w.meta.title)}</a><p class="lesson-aha">${escapeHtml(w.meta.aha)}</p></li>`;
  });
  const count = entries.filter((e) => written.has(e.number)).length;
  return `<section class="track" id="${slug.slug}" aria-labelledby="track-${slug.slug}">
<h2 id="track-${slug.slug}">${escapeHtml(slug.title)}</h2>
<p class="track-blurb">${escapeHtml(slug.blurb)} <span class="track-count">${count} of ${entries.length} lessons written</span></p>
<ol class="track-lessons" start="${entries[0]?.number ?? 1}">
${items.join('\n')}
</ol>
</section>`;
}

export function homePage(
  written: ReadonlyMap<number, Lesson>,
  assets: SiteAssets,
  bootScript: string,
): string {
  return `<!doctype html>
<html lang="en" data-theme="light">
${pageHead({
  title: 'Lumen: math intuition for machine learning',
  description: DESCRIPTION,
  bootScript,
  styles: assets.siteStyles,
  scripts: [assets.siteScript],
})}
<body class="page-home">
${siteHeader('')}
<main id="content" class="home" tabindex="-1">
<section class="hero">
<h1>Lumen</h1>
<p class="hero-line">${escapeHtml(PRODUCT_LINE)}</p>
<p class="hero-text">Twenty-eight short lessons for people moving into machine learning: each one is a single picture that moves under your hands. Drag it, predict what happens, then read the same idea as ten lines of NumPy.</p>
</section>
${TRACKS.map((t) => trackSection(t, written)).join('\n')}
</main>
${siteFooter()}
</body>
</html>
`;
}

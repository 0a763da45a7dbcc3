/**
 * The home page of a site of own lessons: the site's title, then each group (`track`) with its
 * lessons in order, each a link with its aha, in the classes of Lumen's own home page (so the
 * site CSS and the shell treat it alike).
 */
import { escapeHtml } from '../escape';
import type { SiteAssets } from '../templates/assets';
import { siteFooter, siteHeader } from '../templates/chrome';
import { pageHead } from '../templates/head';
import { pageHref } from './links';
import type { LessonGroup, OwnSite } from './own-site';

export const OWN_FOOTER_LEAD = 'Made with Lumen: math as pictures you can move. Open source (MIT).';

function groupSection(g: LessonGroup): string {
  const items = g.lessons.map(
    (p) =>
      `<li><a href="${escapeHtml(pageHref('index.html', p.page))}">${escapeHtml(p.lesson.meta.title)}</a><p class="lesson-aha">${escapeHtml(p.lesson.meta.aha)}</p></li>`,
  );
  const n = g.lessons.length;
  return `<section class="track" id="${escapeHtml(g.id)}" aria-labelledby="${escapeHtml(g.id)}-title">
<h2 id="${escapeHtml(g.id)}-title">${escapeHtml(g.title)}</h2>
<p class="track-blurb"><span class="track-count">${n} lesson${n === 1 ? '' : 's'}</span></p>
<ol class="track-lessons" start="${g.lessons[0]?.number ?? 1}">
${items.join('\n')}
</ol>
</section>`;
}

export function ownHomePage(site: OwnSite, assets: SiteAssets, bootScript: string): string {
  const count = site.groups.reduce((n, g) => n + g.lessons.length, 0);
  return `<!doctype html>
<html lang="en" data-theme="light">
${pageHead({
  title: site.title,
  description: `${site.title}: ${count} interactive lesson${count === 1 ? '' : 's'} made with Lumen.`,
  bootScript,
  styles: assets.siteStyles,
  scripts: [assets.siteScript],
})}
<body class="page-home">
${siteHeader('', site.title)}
<main id="content" class="home" tabindex="-1">
<section class="hero">
<h1>${escapeHtml(site.title)}</h1>
</section>
${site.groups.map(groupSection).join('\n')}
</main>
${siteFooter(OWN_FOOTER_LEAD)}
</body>
</html>
`;
}

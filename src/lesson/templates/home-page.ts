/**
 * The home page: its source is the top-level `index.html` (vite's entry, which also brings the
 * site script and CSS); this fills the marked places in it with what comes from the lessons and
 * the shared templates: `<!-- lumen:head … -->` (icons, palettes, theme boot), `<!-- lumen:header
 * … -->`, `<!-- lumen:tracks … -->` (the five tracks with every lesson of the curriculum in order;
 * written lessons are links, the others say "coming") and `<!-- lumen:footer … -->`.
 */
import { lessonPagePath, lessonsOfTrack, TRACKS } from '../curriculum';
import { escapeHtml } from '../escape';
import type { Lesson } from '../lesson';
import { siteFooter, siteHeader } from './chrome';
import { headParts } from './head';

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

/** A marked place: the comment `<!-- lumen:<name> -->`, with or without a note after the name. */
function place(name: string): RegExp {
  return new RegExp(`<!-- lumen:${name}(?: [^>]*)? -->`);
}

/** index.html with its marked places filled; a place missing from the template is an error. */
export function fillHome(template: string, written: ReadonlyMap<number, Lesson>, bootScript: string): string {
  const parts: Record<string, string> = {
    head: headParts({ bootScript, siteRoot: '' }).join('\n'),
    header: siteHeader(''),
    tracks: TRACKS.map((t) => trackSection(t, written)).join('\n'),
    footer: siteFooter(),
  };
  let html = template;
  for (const [name, text] of Object.entries(parts)) {
    if (!place(name).test(html)) throw new Error(`index.html has no <!-- lumen:${name} --> to fill`);
    // A function, so that "$" in the text is never read as a replacement pattern.
    html = html.replace(place(name), () => text);
  }
  return html;
}

/**
 * dist/presenter.html, the presenter window: a teacher opens it from a lesson in presenter mode
 * (W, or the bar's "Speaker view"), on the laptop while the lesson is projected. It loads the
 * site script, which sees `page-presenter` on the body and builds the view
 * (src/ui/shell/presenter-window.ts); the lesson it follows comes from `?lesson=`, and the two
 * windows keep in step over a BroadcastChannel. No inline script beyond the theme boot every
 * site page has. The static text is what shows if the script never runs.
 */
import type { SiteAssets } from './assets';
import { pageHead } from './head';

export const PRESENTER_PAGE = 'presenter.html';

export function presenterPage(assets: SiteAssets, bootScript: string): string {
  return `<!doctype html>
<html lang="en" data-theme="light">
${pageHead({
  title: 'Lumen presenter view',
  description:
    "The teacher's view of a Lumen lesson in presenter mode: the step, its notes, the next step and a timer.",
  bootScript,
  styles: assets.siteStyles,
  scripts: [assets.siteScript],
})}
<body class="page-presenter">
<main class="presenter-view" id="main">
<h1 class="pv-lesson">Presenter view</h1>
<p class="pv-message" role="status">This window follows a Lumen lesson in presenter mode. Open it from the lesson: press S, then W (or the bar's “Speaker view” button).</p>
</main>
</body>
</html>
`;
}

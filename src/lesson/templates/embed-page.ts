/**
 * dist/embed.html, the page blogs put in an iframe: one widget, no site chrome. It loads only
 * the `frame` entry, which reads `?widget=…&theme=…` and sets the theme itself (so, unlike the
 * site pages, no theme boot script: an embed must not change the theme remembered by the site).
 *
 * The static body is what a reader sees if that script never runs: a `<main>` landmark, a
 * heading (visually hidden; the frame script names the widget in it) and a sentence for the host
 * page's author. The commonest cause is `<iframe sandbox="allow-scripts">` without
 * `allow-same-origin`: the frame's origin is then opaque and its module scripts fail CORS. The
 * sentence appears only after 2 s, so a normal start never flashes it.
 */
import type { SiteAssets } from './assets';
import { pageHead } from './head';

/** Shown when the widget's script could not start (constants only; no page data goes in). */
export const FALLBACK =
  'This interactive Lumen widget could not start. If you embedded it: an iframe with a sandbox ' +
  'attribute needs sandbox="allow-scripts allow-same-origin", and a Lumen host on another ' +
  'origin must send Access-Control-Allow-Origin for its files (see "Embedding a widget" in ' +
  "Lumen's README).";

const FRAME_STATIC_CSS =
  '.frame-title{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}' +
  '.frame-fallback{margin:1em;animation:lumen-late 0s 2s both}@keyframes lumen-late{from{visibility:hidden}}';

export function embedPage(assets: SiteAssets): string {
  return `<!doctype html>
<html lang="en" data-theme="light">
${pageHead({
  title: 'Lumen widget',
  description: 'One interactive Lumen widget, for embedding in an iframe.',
  styles: assets.frameStyles,
  scripts: [assets.frameScript],
  extraCss: `html,body{margin:0}${FRAME_STATIC_CSS}`,
})}
<body><main>
<h1 class="frame-title">Lumen widget</h1>
<p class="frame-fallback">${FALLBACK}</p>
</main></body>
</html>
`;
}

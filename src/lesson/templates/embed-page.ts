/**
 * dist/embed.html, the page blogs put in an iframe: one widget, no site chrome. It loads only
 * the `frame` entry, which reads `?widget=…&theme=…` and sets the theme itself (so, unlike the
 * site pages, no theme boot script: an embed must not change the theme remembered by the site).
 */
import type { SiteAssets } from './assets';
import { pageHead } from './head';

export function embedPage(assets: SiteAssets): string {
  return `<!doctype html>
<html lang="en" data-theme="light">
${pageHead({
  title: 'Lumen widget',
  description: 'One interactive Lumen widget, for embedding in an iframe.',
  styles: assets.frameStyles,
  scripts: [assets.frameScript],
  extraCss: 'html,body{margin:0}',
})}
<body></body>
</html>
`;
}

/**
 * The service worker of this repository's site (`dist/sw.js`, vite-plugin-pwa with Workbox's
 * generateSW): offline use and installing. Passed to `lumenConfig()` by vite.config.ts only:
 * vite-plugin-pwa is a dev dependency, and a site of own lessons (the CLI) ships no worker.
 */
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export function lumenServiceWorker(): PluginOption {
  return VitePWA({
    // src/site.ts registers the worker itself (from the site's pages only, never from
    // embed.js); the web manifest and the icons are files of public/.
    injectRegister: false,
    manifest: false,
    // A new build's worker installs beside the old one and waits until every open Lumen page
    // is closed: an open page keeps the chunks of its own build (its lazy widgets included)
    // until then. 'autoUpdate' would take over at once and delete the old build's files from
    // the cache under a page that may still import them (or reload it under the reader).
    registerType: 'prompt',
    workbox: {
      // Every page, chunk, KaTeX font (woff2: what browsers that run service workers pick),
      // tfjs's wasm, the data files (the corpus is 5.7 MB, the MNIST digits 2 MB), the icons.
      globPatterns: ['**/*.{html,js,css,woff2,wasm,bin,svg,png,webmanifest}'],
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // No single-page fallback: every page is a file of its own, and ?theme=, ?step= and
      // widget settings in an address must not stop a cached page from matching.
      navigateFallback: null,
      ignoreURLParametersMatching: [/./],
      // The first visit's page is served by the worker from the moment it is ready (there is
      // no older worker to wait for then; updates still wait, above).
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // The worker's own source map is of no use to a reader and costs the build seconds.
      sourcemap: false,
    },
  });
}

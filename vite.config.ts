import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { lumenPages } from './src/lesson/vite-plugin';
import { lumenDatasets } from './src/datasets/vite-plugin';
import { lumenCorpus } from './src/corpus/vite-plugin';

/**
 * One build, three entry points:
 * - `site`: index.html, the home page, whose script (src/site.ts) is the shell of every page
 *   (theme, presenter mode) plus lazy widgets;
 * - `embed`: `dist/embed.js`, a stable name for blogs' script tags;
 * - `frame`: the script of `dist/embed.html`, the iframe page for hosts that forbid scripts.
 * The lesson pages and embed.html are written by `lumenPages()` from `lessons/**.md` (which also
 * fills index.html's lesson list); the text corpus of
 * lessons 26-28 (`dist/data/sotu-corpus.bin`) by `lumenCorpus()`.
 * `base: './'` keeps every URL relative, so `dist/` works from any sub-path of a static host.
 */
export default defineConfig({
  base: './',
  publicDir: 'public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
    // Fonts stay files, never data: URLs (Vite inlines assets under 4 kB, e.g. KaTeX_Size3), so a
    // host's CSP needs only font-src 'self' for them (the README's policy).
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
    rollupOptions: {
      input: {
        site: 'index.html',
        embed: 'src/embed.ts',
        frame: 'src/frame.ts',
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'embed' ? 'embed.js' : 'assets/[name]-[hash].js'),
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  // Module workers (the simulators', the network trainer's) are split into chunks like the page.
  worker: { format: 'es' },
  // Pages are files (no single-page fallback): an unknown address is a 404, as on a static host.
  appType: 'mpa',
  // Not 5173: the built site served there (npm start) leaves its service worker on that origin,
  // which would answer the dev server's pages from its cache.
  server: { host: '127.0.0.1', port: 5174, strictPort: true },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
  plugins: [
    // LUMEN_LESSONS_ROOT: a folder with a lessons/ of its own (the dev server's test uses a copy).
    lumenPages({ lessonsRoot: process.env.LUMEN_LESSONS_ROOT }),
    lumenDatasets(),
    lumenCorpus(),
    VitePWA({
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
    }),
  ],
});

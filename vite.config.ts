import { defineConfig } from 'vite';
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
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
  plugins: [
    // LUMEN_LESSONS_ROOT: a folder with a lessons/ of its own (the dev server's test uses a copy).
    lumenPages({ lessonsRoot: process.env.LUMEN_LESSONS_ROOT }),
    lumenDatasets(),
    lumenCorpus(),
  ],
});

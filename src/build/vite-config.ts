/**
 * The one Vite configuration of a Lumen site, shared by `vite.config.ts` (this repository's site
 * from lessons/) and the CLI (`lumen build <folder>`, a site of a teacher's own lessons), so both
 * build the same widgets, chunks, fonts and embed.js.
 *
 * One build, three entry points:
 * - `site`: the shell of every page (theme, presenter mode) plus lazy widgets; for this
 *   repository's site the entry is the top-level index.html (the home page, whose script is
 *   src/site.ts), for a site of own lessons src/site.ts itself (its home page lists its own
 *   lessons and is written by `lumenPages()` like its other pages);
 * - `embed`: `embed.js`, a stable name for blogs' script tags;
 * - `frame`: the script of `embed.html`, the iframe page for hosts that forbid scripts.
 * The lesson pages and embed.html are written by `lumenPages()` (which also fills index.html); the text corpus of lessons 26-28
 * (`data/sotu-corpus.bin`) by `lumenCorpus()`, the data sets by `lumenDatasets()`.
 * `base: './'` keeps every URL relative, so the output works from any sub-path of a static host.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PluginOption, UserConfig } from 'vite';
import { lumenCorpus } from '../corpus/vite-plugin';
import { lumenDatasets } from '../datasets/vite-plugin';
import { lumenPages, type OwnLessonsOptions } from '../lesson/vite-plugin';

/** The folder with src/ and public/: this repository, or node_modules/lumen when installed. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

export interface LumenConfigOptions {
  /** Output folder (default `dist` under the package root). */
  readonly outDir?: string;
  /** Build a site of own lessons instead of the curriculum in lessons/. */
  readonly own?: OwnLessonsOptions;
  /**
   * The folder holding the curriculum's `lessons/` (default: the package root); unused with `own`.
   * The dev server's browser test points it at a throwaway copy.
   */
  readonly lessonsRoot?: string | undefined;
  /**
   * The plugin that writes `sw.js` at the root of the output (vite.config.ts passes
   * src/build/service-worker.ts's; vite-plugin-pwa is a dev dependency, so the CLI has none).
   * The site script registers a worker only when this is given.
   */
  readonly serviceWorker?: PluginOption;
  /** Appended to Lumen's plugins. */
  readonly plugins?: readonly PluginOption[];
}

export function lumenConfig(options: LumenConfigOptions = {}): UserConfig {
  const root = PACKAGE_ROOT;
  const own = options.own;
  return {
    root,
    base: './',
    // public/ is Lumen's own favicon, icons and web manifest: a site of own lessons is not Lumen,
    // so it ships none of them (its pages ask for no icon; see head.ts).
    publicDir: own ? false : 'public',
    define: {
      // Read by src/site.ts: register sw.js only where the build writes one.
      'import.meta.env.LUMEN_SERVICE_WORKER': JSON.stringify(options.serviceWorker !== undefined),
    },
    build: {
      outDir: options.outDir ?? 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      modulePreload: { polyfill: false },
      // Fonts stay files, never data: URLs (Vite inlines assets under 4 kB, e.g. KaTeX_Size3), so a
      // host's CSP needs only font-src 'self' for them (the README's policy).
      assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
      rollupOptions: {
        input: {
          site: join(root, own ? 'src/site.ts' : 'index.html'),
          embed: join(root, 'src/embed.ts'),
          frame: join(root, 'src/frame.ts'),
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
      lumenPages(own ? { own } : { lessonsRoot: options.lessonsRoot }),
      lumenDatasets(),
      lumenCorpus(),
      ...(options.serviceWorker === undefined ? [] : [options.serviceWorker]),
      ...(options.plugins ?? []),
    ],
  };
}

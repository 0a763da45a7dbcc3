/**
 * The one Vite configuration of a Lumen site, shared by `vite.config.ts` (this repository's site
 * from lessons/) and the CLI (`lumen build <folder>`, a site of a teacher's own lessons), so both
 * build the same widgets, chunks, fonts and embed.js.
 *
 * One build, three entry points:
 * - `site`: the shell of every lesson page (theme, presenter mode) plus lazy widgets;
 * - `embed`: `embed.js`, a stable name for blogs' script tags;
 * - `frame`: the script of `embed.html`, the iframe page for hosts that forbid scripts.
 * The HTML pages themselves are written by `lumenPages()`; the text corpus of lessons 26-28
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
  /** Appended to Lumen's plugins (e.g. a service worker generator). */
  readonly plugins?: readonly PluginOption[];
}

export function lumenConfig(options: LumenConfigOptions = {}): UserConfig {
  const root = PACKAGE_ROOT;
  return {
    root,
    base: './',
    publicDir: 'public',
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
          site: join(root, 'src/site.ts'),
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
    preview: { host: '127.0.0.1', port: 5173, strictPort: true },
    plugins: [
      lumenPages(options.own ? { own: options.own } : {}),
      lumenDatasets(),
      lumenCorpus(),
      ...(options.plugins ?? []),
    ],
  };
}

/**
 * `lumenPages()`: writes the HTML pages of the site in the build's `generateBundle` step, when
 * the hashed names of the `site` and `frame` scripts and their CSS are known. The pages come
 * from `lessons/**.md` through the plain modules of src/lesson (no Vite there, so they are unit
 * tested directly). A broken lesson fails `vite build` with `lessons/…/x.md:12: …`.
 * With `own`, the pages come from a folder of lessons outside the curriculum instead
 * (`lumen build <folder>`, src/cli).
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { findLessonFiles, LESSONS_DIR, readLessonSources } from './lesson-files';
import { LessonBuildError } from './problems';
import { findOwnLessonFiles, readOwnLessonSources } from './own/own-files';
import { buildOwnPages } from './own/own-site';
import { buildPages } from './site-pages';
import type { SiteAssets } from './templates/assets';

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  name: string;
  isEntry: boolean;
  facadeModuleId?: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** An entry chunk's file and the CSS of it and of everything it imports statically. */
export function entryFiles(
  bundle: Record<string, { type: string }>,
  name: string,
): { script: string; styles: string[] } | undefined {
  const chunks = Object.values(bundle).filter((c): c is ChunkLike => c.type === 'chunk');
  const entry = chunks.find((c) => c.isEntry && c.name === name);
  if (!entry) return undefined;
  const styles = new Set<string>();
  const seen = new Set<string>();
  const visit = (c: ChunkLike): void => {
    if (seen.has(c.fileName)) return;
    seen.add(c.fileName);
    for (const imp of c.imports) {
      const dep = bundle[imp];
      if (dep && dep.type === 'chunk') visit(dep as ChunkLike);
    }
    for (const css of c.viteMetadata?.importedCss ?? []) styles.add(css);
  };
  visit(entry);
  return { script: entry.fileName, styles: [...styles] };
}

/** Static imports of a chunk, itself included, depth first. */
function closure(bundle: Record<string, { type: string }>, start: ChunkLike): string[] {
  const seen = new Set<string>();
  const visit = (c: ChunkLike): void => {
    if (seen.has(c.fileName)) return;
    seen.add(c.fileName);
    for (const imp of c.imports) {
      const dep = bundle[imp];
      if (dep && dep.type === 'chunk') visit(dep as ChunkLike);
    }
  };
  visit(start);
  return [...seen];
}

const WIDGET_ELEMENT = /\/src\/widgets\/([a-z0-9-]+)\/element\.ts$/;

/**
 * For each widget folder, the chunks its element needs beyond what the `site` entry already
 * loads: what a lesson page placing that widget should preload.
 */
export function widgetFiles(
  bundle: Record<string, { type: string }>,
  siteScript: string,
): Record<string, string[]> {
  const chunks = Object.values(bundle).filter((c): c is ChunkLike => c.type === 'chunk');
  const site = chunks.find((c) => c.fileName === siteScript);
  const already = new Set(site ? closure(bundle, site) : []);
  const out: Record<string, string[]> = {};
  for (const c of chunks) {
    const m = WIDGET_ELEMENT.exec((c.facadeModuleId ?? '').replace(/\\/g, '/'));
    if (m) out[m[1] as string] = closure(bundle, c).filter((f) => !already.has(f));
  }
  return out;
}

/** A site of own lessons: where they are, the site's title, what to skip, and what paths are relative to. */
export interface OwnLessonsOptions {
  readonly dir: string;
  readonly title: string;
  /** Build errors name files relative to this folder (where the command was run). */
  readonly cwd: string;
  /** Folders inside `dir` that hold no lessons (the output folder). */
  readonly skip?: readonly string[];
}

export function lumenPages(options: { own?: OwnLessonsOptions } = {}): Plugin {
  let root = process.cwd();
  const own = options.own;
  const files = (): string[] =>
    own ? findOwnLessonFiles(own.dir, own.skip).map((path) => join(own.dir, path)) : findLessonFiles(root);
  return {
    name: 'lumen-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      this.addWatchFile(own ? own.dir : join(root, LESSONS_DIR));
      for (const f of files()) this.addWatchFile(f);
    },
    generateBundle(_options, bundle) {
      const site = entryFiles(bundle, 'site');
      const frame = entryFiles(bundle, 'frame');
      if (!site || !frame)
        this.error('lumen-pages: the build needs the entries "site" and "frame" (see vite.config.ts)');
      const assets: SiteAssets = {
        siteScript: site.script,
        siteStyles: site.styles,
        frameScript: frame.script,
        frameStyles: frame.styles,
        widgetScripts: widgetFiles(bundle, site.script),
      };
      let pages;
      try {
        pages = own
          ? buildOwnPages(own.title, readOwnLessonSources(own.dir, own.cwd, own.skip), assets)
          : buildPages(readLessonSources(root), assets);
      } catch (err) {
        if (err instanceof LessonBuildError) this.error(err.message);
        throw err;
      }
      for (const p of pages) this.emitFile({ type: 'asset', fileName: p.fileName, source: p.source });
    },
  };
}

/**
 * `lumenPages()`: writes the HTML pages of the site in the build's `generateBundle` step, when
 * the hashed names of the `site` and `frame` scripts and their CSS are known. The pages come
 * from `lessons/**.md` through the plain modules of src/lesson (no Vite there, so they are unit
 * tested directly). A broken lesson fails `vite build` with `lessons/…/x.md:12: …`.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { findLessonFiles, LESSONS_DIR, readLessonSources } from './lesson-files';
import { LessonBuildError } from './problems';
import { buildPages } from './site-pages';
import type { SiteAssets } from './templates/assets';

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  name: string;
  isEntry: boolean;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** An entry chunk's file and the CSS of it and of everything it imports statically. */
export function entryFiles(bundle: Record<string, { type: string }>, name: string): { script: string; styles: string[] } | undefined {
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

export function lumenPages(): Plugin {
  let root = process.cwd();
  return {
    name: 'lumen-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      this.addWatchFile(join(root, LESSONS_DIR));
      for (const f of findLessonFiles(root)) this.addWatchFile(f);
    },
    generateBundle(_options, bundle) {
      const site = entryFiles(bundle, 'site');
      const frame = entryFiles(bundle, 'frame');
      if (!site || !frame) this.error('lumen-pages: the build needs the entries "site" and "frame" (see vite.config.ts)');
      const assets: SiteAssets = {
        siteScript: site.script,
        siteStyles: site.styles,
        frameScript: frame.script,
        frameStyles: frame.styles,
      };
      let pages;
      try {
        pages = buildPages(readLessonSources(root), assets);
      } catch (err) {
        if (err instanceof LessonBuildError) this.error(err.message);
        throw err;
      }
      for (const p of pages) this.emitFile({ type: 'asset', fileName: p.fileName, source: p.source });
    },
  };
}

/**
 * `lumenPages()`: the pages of the site from `lessons/**.md`, through the plain modules of
 * src/lesson (no Vite there, so they are unit tested directly).
 *
 * - `vite build`: the lessons are compiled once at the start (a broken lesson fails the build
 *   at once with `lessons/…/x.md:12: …`); the top-level index.html (vite's entry, which brings the
 *   site script and CSS) gets its marked places filled; the lesson pages and embed.html are
 *   written in `generateBundle`, when the hashed names of the `site` and `frame` scripts are known.
 * - `vite` (the dev server): the same pages, made on each request from the lessons as they are on
 *   disk, pointing at the source modules; a change to a lesson reloads the open pages, and a
 *   broken lesson shows its `file:line` problems in vite's error overlay instead of the page.
 *
 * With `own`, the pages come from a folder of lessons outside the curriculum instead
 * (`lumen build <folder>`, src/cli; build only): there is no index.html entry then, so the site's
 * own home page (its lessons, not the curriculum) is written in `generateBundle` with the others.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { THEME_BOOT_SCRIPT } from '../ui/shell/theme-boot';
import type { Lesson } from './lesson';
import { findLessonFiles, LESSONS_DIR, readLessonSources } from './lesson-files';
import { LessonBuildError } from './problems';
import { findOwnLessonFiles, readOwnLessonSources } from './own/own-files';
import { compileOwnSite, ownSitePages, type OwnSite } from './own/own-site';
import { compileLessons, sitePages, writtenLessons } from './site-pages';
import type { SiteAssets } from './templates/assets';
import { embedPage } from './templates/embed-page';
import { fillHome } from './templates/home-page';

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

export interface LumenPagesOptions {
  /** Build a site of own lessons instead of the curriculum (`lessonsRoot` is unused then). */
  readonly own?: OwnLessonsOptions | undefined;
  /**
   * The folder that holds `lessons/` (default: vite's root). The dev server's test points it at a
   * throwaway copy, so that it can break a lesson without touching the real ones.
   */
  readonly lessonsRoot?: string | undefined;
}

/** In the dev server, pages load the source modules; vite serves the CSS through them. */
const DEV_ASSETS: SiteAssets = {
  siteScript: 'src/site.ts',
  siteStyles: [],
  frameScript: 'src/frame.ts',
  frameStyles: [],
};

/**
 * Compiles the lessons on disk, reusing the last result while no file changed (compiling every
 * lesson takes seconds; the dev server asks once per page).
 */
function lessonCompiler(): (root: string) => readonly Lesson[] {
  let key: string | undefined;
  let result: { lessons: readonly Lesson[] } | { error: unknown } = { lessons: [] };
  return (root) => {
    const sources = readLessonSources(root);
    const k = JSON.stringify(sources);
    if (k !== key) {
      key = k;
      try {
        result = { lessons: compileLessons(sources) };
      } catch (error) {
        result = { error };
      }
    }
    if ('error' in result) throw result.error;
    return result.lessons;
  };
}

/** A lesson build error as vite's overlay shows it: the `file:line` lines, no Node stack. */
function overlayError(err: unknown): unknown {
  if (!(err instanceof LessonBuildError)) return err;
  const e = new Error(err.message);
  e.stack = err.message;
  return Object.assign(e, { plugin: 'lumen-pages' });
}

function serveLessonPages(
  server: ViteDevServer,
  lessonsRoot: string,
  compile: (root: string) => readonly Lesson[],
) {
  return (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void): void => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return next();
    }
    if (path !== '/embed.html' && !(path.startsWith(`/${LESSONS_DIR}/`) && path.endsWith('.html')))
      return next();
    let source: string | undefined;
    try {
      // embed.html needs no lesson, so a broken lesson does not take it down.
      source =
        path === '/embed.html'
          ? embedPage(DEV_ASSETS)
          : sitePages(compile(lessonsRoot), DEV_ASSETS).find((p) => `/${p.fileName}` === path)?.source;
    } catch (err) {
      return next(overlayError(err));
    }
    if (source === undefined) return next();
    server
      .transformIndexHtml(req.url ?? path, source)
      .then((html) => {
        res.statusCode = 200;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(html);
      })
      .catch(next);
  };
}

export function lumenPages(options: LumenPagesOptions = {}): Plugin {
  let root = process.cwd();
  let lessonsRoot = root;
  let command: 'build' | 'serve' = 'build';
  let built: readonly Lesson[] = [];
  let ownSite: OwnSite | undefined;
  const own = options.own;
  const compile = lessonCompiler();
  return {
    name: 'lumen-pages',
    configResolved(config) {
      root = config.root;
      lessonsRoot = resolve(root, options.lessonsRoot ?? '.');
      command = config.command;
    },
    buildStart() {
      if (command !== 'build') return;
      try {
        if (own) {
          this.addWatchFile(own.dir);
          for (const f of findOwnLessonFiles(own.dir, own.skip)) this.addWatchFile(join(own.dir, f));
          ownSite = compileOwnSite(own.title, readOwnLessonSources(own.dir, own.cwd, own.skip));
          return;
        }
        this.addWatchFile(join(lessonsRoot, LESSONS_DIR));
        for (const f of findLessonFiles(lessonsRoot)) this.addWatchFile(f);
        built = compile(lessonsRoot);
      } catch (err) {
        if (err instanceof LessonBuildError) this.error(err.message);
        throw err;
      }
    },
    transformIndexHtml: {
      // After vite's own work on index.html (script and CSS links), so that the palette <style>
      // and the boot <script> go in as they are.
      order: 'post',
      handler(html, ctx) {
        // An own site has no index.html entry: its home page is written in generateBundle.
        if (own || ctx.path !== '/index.html') return html;
        let lessons = built;
        if (command === 'serve')
          try {
            lessons = compile(lessonsRoot);
          } catch (err) {
            throw overlayError(err);
          }
        return fillHome(html, writtenLessons(lessons), THEME_BOOT_SCRIPT);
      },
    },
    configureServer(server) {
      if (own) return;
      const dir = join(lessonsRoot, LESSONS_DIR);
      server.watcher.add(dir);
      const reload = (file: string): void => {
        if (file.startsWith(dir) && file.endsWith('.md')) server.ws.send({ type: 'full-reload', path: '*' });
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
      server.middlewares.use(serveLessonPages(server, lessonsRoot, compile));
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
      // The curriculum's index.html is vite's entry (filled above); an own site's is written here.
      const pages = ownSite ? ownSitePages(ownSite, assets) : sitePages(built, assets);
      for (const p of pages) this.emitFile({ type: 'asset', fileName: p.fileName, source: p.source });
    },
  };
}

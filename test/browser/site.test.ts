/**
 * The built site as a whole: the home page lists the curriculum, links only what is written,
 * and every page opens with a clean console in every theme, on a laptop and on a phone, with
 * nothing scrolling sideways, formulas included. With LUMEN_SCREENS=1 it also writes a full-page
 * PNG of each into test-results/screens/ for a human to look at (off by default: 174 full-page
 * captures cost minutes of CI on 2 cores).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectClean, ROOT, screenshot, settle } from './harness';
import { plain, THEME_NAMES, TRACKS } from './site-map';
import { useSite } from '../helpers/site';
import { showTheme } from './widget-page';
import { sidewaysScroll } from './overflow-probe';

// The build the server below serves (serveDist honours LUMEN_DIST the same way).
const DIST = resolve(ROOT, process.env.LUMEN_DIST || 'dist');
if (!existsSync(join(DIST, 'lessons')))
  throw new Error(`${DIST}/lessons/ is missing: run \`vite build\` before the browser tests`);

/** URL paths of every built lesson page, e.g. /lessons/linear-algebra/02-….html */
const lessonPaths = readdirSync(join(DIST, 'lessons'), { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && e.name.endsWith('.html'))
  .map((e) => '/' + relative(DIST, join(e.parentPath, e.name)).split('\\').join('/'))
  .sort();

const site = useSite();

describe('home page', () => {
  it('lists the five tracks and all 28 lessons, and links exactly the written ones', async () => {
    const page = await site.open('/index.html');
    await settle(page);
    expectClean(page);
    expect(await page.locator('body').getAttribute('class')).toContain('page-home');
    const text = plain(await page.locator('body').innerText());
    for (const track of TRACKS)
      expect(text.toLowerCase(), `track ${track.title}`).toContain(track.title.toLowerCase());

    // For each curriculum title: the innermost list item that names it, and the link in it.
    const titles = TRACKS.flatMap((t) => t.lessons);
    expect(titles).toHaveLength(28);
    const items = await page.evaluate((wanted) => {
      const norm = (s: string) =>
        s
          .replace(/[\u2018\u2019]/g, "'")
          .replace(/\s+/g, ' ')
          .trim();
      const lis = [...document.querySelectorAll('li')];
      return wanted.map((title) => {
        const li = lis
          .filter((l) => norm(l.textContent ?? '').includes(title))
          .sort((a, b) => (a.textContent ?? '').length - (b.textContent ?? '').length)[0];
        const a = li?.querySelector('a[href]') as HTMLAnchorElement | null | undefined;
        return { title, found: !!li, href: a ? a.href : null };
      });
    }, titles);
    for (const item of items) expect(item.found, `home lists "${item.title}"`).toBe(true);

    const linked = items.filter((i) => i.href !== null);
    const linkedPaths = linked.map((i) => new URL(i.href!).pathname).sort();
    expect(linkedPaths, 'the written lessons, each linked once').toEqual(lessonPaths);
    for (const { href, title } of linked) {
      const res = await page.request.get(href!);
      expect(res.status(), `link for "${title}"`).toBe(200);
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await res.text())?.[1] ?? '';
      const h1Text = h1
        .replace(/<[^>]+>/g, '')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      expect(plain(h1Text), `page behind the link for "${title}"`).toBe(title);
    }
    await page.close();
  });

  it(
    'every link on every page leads somewhere: other pages exist, #anchors exist',
    { timeout: 300_000 },
    async () => {
      const checked = new Map<string, number>();
      for (const path of ['/index.html', ...lessonPaths]) {
        // The links are in the built HTML: without scripts the page is only its markup, and
        // loads in a fraction of the time (the pages' scripts run in every other test here).
        const page = await site.open(path, { waitUntil: 'load', javaScriptEnabled: false });
        const links = await page.$$eval('a[href]', (as) =>
          as.map((a) => {
            const url = new URL((a as HTMLAnchorElement).href);
            const samePage = url.origin + url.pathname === location.origin + location.pathname;
            return {
              href: url.href,
              origin: url.origin,
              hash: url.hash,
              samePage,
              anchorFound: !!url.hash && !!document.getElementById(decodeURIComponent(url.hash.slice(1))),
            };
          }),
        );
        for (const link of links) {
          if (link.origin !== new URL(site.server.url()).origin) continue;
          if (link.samePage && link.hash) expect(link.anchorFound, `${path}: anchor ${link.hash}`).toBe(true);
          const target = link.href.replace(/#.*$/, '');
          if (!checked.has(target)) checked.set(target, (await page.request.get(target)).status());
          expect(checked.get(target), `${path}: link to ${link.href}`).toBe(200);
        }
        // Chromium refuses the scripts' preloads of a page without scripts (as "csp"): expected.
        const problems = page.problems().filter((p) => !/^request failed: .*\.js \(csp\)$/.test(p));
        expect(problems, `problems on ${path}`).toEqual([]);
        await page.close();
      }
      expect(checked.size, 'pages reached by links').toBeGreaterThanOrEqual(1 + lessonPaths.length);
    },
  );

  it('has at least lesson 2 written', () => {
    expect(lessonPaths).toContain('/lessons/linear-algebra/02-matrices-are-transformations.html');
  });
});

const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
const PHONE = 390;

/**
 * Sums the layout shifts without recent input, from the first paint on (buffered): review D29,
 * where the lesson list folded after load and moved every lesson up (CLS 0.26 at 390 px).
 */
function observeShifts(): void {
  const w = window as unknown as { lumenShifts: { value: number; what: string }[] };
  w.lumenShifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as {
      value: number;
      hadRecentInput: boolean;
      sources: { node?: Node }[];
    }[])
      if (!e.hadRecentInput)
        w.lumenShifts.push({
          value: e.value,
          what: e.sources
            .map((s) => (s.node as Element | undefined)?.className || s.node?.nodeName)
            .join(', '),
        });
  }).observe({ type: 'layout-shift', buffered: true });
}
/**
 * The themes whose layout differs: dark is light's layout in other colours (its contrast is
 * axe's, its pixels the theme test's), so it is checked here only when screens are wanted.
 */
const LAYOUT_THEMES = process.env.LUMEN_SCREENS ? THEME_NAMES : (['light', 'projector'] as const);

const CASES = ['/index.html', ...lessonPaths].flatMap((path) => SIZES.map((size) => ({ path, ...size })));

describe('every page, both layouts (light and projector), laptop and phone', () => {
  // One load per page and size; the themes switch in place, as a reader's `t` key does. On the
  // phone the load is also measured for layout shift (≤ 0.05), before any theme switch.
  it.each(CASES)(
    '$path at $width px opens cleanly, without layout shift, and fits the screen in each layout',
    async ({ path, width, height }) => {
      const page = await site.open(`${path}?theme=${THEME_NAMES[0]}`, {
        width,
        height,
        waitUntil: 'load',
        initScript: width === PHONE ? observeShifts : undefined,
      });
      await settle(page);
      if (width === PHONE) {
        await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
        const shifts = await page.evaluate(
          () => (window as unknown as { lumenShifts: { value: number; what: string }[] }).lumenShifts,
        );
        const cls = shifts.reduce((sum, s) => sum + s.value, 0);
        expect(
          cls,
          `layout shift on load: ${shifts.map((s) => `${s.value.toFixed(3)} ${s.what}`).join('; ')}`,
        ).toBeLessThanOrEqual(0.05);
      }
      const name =
        path === '/index.html'
          ? 'home'
          : path
              .replace(/^\/lessons\//, '')
              .replace(/\.html$/, '')
              .replace(/\//g, '_');
      for (const theme of LAYOUT_THEMES) {
        await showTheme(page, theme);
        const overflow = await page.evaluate(() => ({
          scroll: document.scrollingElement?.scrollWidth ?? 0,
          inner: innerWidth,
        }));
        expect(
          overflow.scroll,
          `${theme}: document width (a horizontal scrollbar otherwise)`,
        ).toBeLessThanOrEqual(overflow.inner);
        // No formula scrolls sideways either: long ones break or take their narrow form (a
        // widget's formula settles once KaTeX's fonts have arrived, hence the wait).
        await expect
          .poll(async () => await page.evaluate(sidewaysScroll), {
            message: `${theme}: formulas wider than their box`,
          })
          .toEqual([]);
        await screenshot(page, `${name}-${theme}-${width}`);
      }
      expectClean(page);
      await page.close();
    },
  );
});

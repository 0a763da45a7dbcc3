/**
 * No layout shift on load (review D29): every page of the built site at phone width, cumulative
 * layout shift ≤ 0.05 from navigation until the widgets have drawn. The lesson list used to fold
 * after load and move every lesson up by its height (0.26 on every lesson at 390 px).
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, settle } from './harness';
import { useSite } from './widget-page';

const DIST = resolve(ROOT, process.env.LUMEN_DIST || 'dist');
const PAGES = [
  '/index.html',
  ...readdirSync(join(DIST, 'lessons'), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => '/' + relative(DIST, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort(),
];

/** Sums the layout shifts without recent input, from the first paint on (buffered). */
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

const site = useSite();

describe('layout shift on load', () => {
  it(`is at most 0.05 on every page (${PAGES.length}) at 390 px`, { timeout: 600_000 }, async () => {
    const shifted: string[] = [];
    for (const path of PAGES) {
      const page = await site.open(path, { width: 390, initScript: observeShifts, waitUntil: 'load' });
      await settle(page);
      await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
      const shifts = await page.evaluate(
        () => (window as unknown as { lumenShifts: { value: number; what: string }[] }).lumenShifts,
      );
      const cls = shifts.reduce((sum, s) => sum + s.value, 0);
      if (cls > 0.05)
        shifted.push(
          `${path}: ${cls.toFixed(3)} (${shifts.map((s) => `${s.value.toFixed(3)} ${s.what}`).join('; ')})`,
        );
      await page.close();
    }
    expect(shifted).toEqual([]);
  });
});

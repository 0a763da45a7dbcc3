/**
 * Churn: a host that inserts a widget, lets it start its work and removes it again (React
 * StrictMode's double mount, Turbo page swaps, CMS previews) must leave no worker behind, however
 * early the removal comes: in the same task, within a frame (the start-up race of
 * ../shared/RELIABILITY.md F1), or mid-run. Workers are counted from outside, through the
 * DevTools protocol (Playwright's page.workers()). Also no WebGL context may be lost or refused
 * on the way (Chromium warns "Too many active WebGL contexts" when contexts are not released).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean } from './harness';
import { useSite } from './widget-page';

const site = useSite({
  '/churn.html': {
    body: `<!doctype html><meta charset="utf-8"><title>Churn</title><link rel="icon" href="data:,">
<script type="module" src="/embed.js"></script><main id="host" style="width: 800px"></main>`,
  },
});

/** Each widget with settings that start work as soon as it is on the page. */
const STARTERS: Record<string, string> = {
  'lumen-sampler': 'draws="1000000"',
  'lumen-clt': 'means="1000000"',
  'lumen-estimate': 'mode="bootstrap" resamples="100000"',
  'lumen-network': 'play',
  // The digits are clustered in a worker, the vectors learned in one.
  'lumen-kmeans': 'mode="mnist"',
  'lumen-embed': '',
};

/**
 * Before the control's widget is removed: the embed widget's corpus is a page-wide download
 * (decoded in a worker of its own that ends when the corpus is in); once it is in, every later
 * embed widget starts its learning worker at once, which is what the churn is about.
 */
const SETTLED: Record<string, (el: Element) => boolean> = {
  'lumen-embed': (el) =>
    !/Loading the corpus/.test(el.shadowRoot?.querySelector('.status')?.textContent ?? ''),
};

/** Adds the widget, waits `delay` (-1: not at all, 0: one frame, else ms), removes it; `times` times. */
function churn(page: Page, tag: string, times: number, delays: number[]): Promise<void> {
  return page.evaluate(
    async ([tag, attrs, times, delays]) => {
      const host = document.getElementById('host')!;
      for (let i = 0; i < times; i++) {
        host.innerHTML = `<${tag} ${attrs}></${tag}>`;
        const delay = delays[i % delays.length]!;
        if (delay === 0) await new Promise((r) => requestAnimationFrame(r));
        else if (delay > 0) await new Promise((r) => setTimeout(r, delay));
        host.replaceChildren();
      }
    },
    [tag, STARTERS[tag]!, times, delays] as const,
  );
}

/** Workers alive once every terminated one has been reported gone (or after `timeout`). */
async function workersLeft(page: Page, timeout = 5_000): Promise<number> {
  const end = Date.now() + timeout;
  while (page.workers().length > 0 && Date.now() < end) await page.waitForTimeout(100);
  return page.workers().length;
}

describe('add, start, remove: no worker outlives its widget', () => {
  for (const tag of Object.keys(STARTERS)) {
    it(`${tag}: 50 removals (same task, one frame, mid-run) leave 0 workers`, async () => {
      const page = await site.open('/churn.html');
      // Control: a widget left on the page does hold a worker, so counting 0 below means something.
      await churn(page, tag, 1, [-1]);
      await page.evaluate(
        (html) => (document.getElementById('host')!.innerHTML = html),
        `<${tag} ${STARTERS[tag]}></${tag}>`,
      );
      await expect.poll(() => page.workers().length, { timeout: 15_000 }).toBeGreaterThan(0);
      const settled = SETTLED[tag];
      if (settled)
        await page.waitForFunction(`(${settled.toString()})(document.querySelector('${tag}'))`, null, {
          timeout: 30_000,
        });
      await page.evaluate(() => document.getElementById('host')!.replaceChildren());

      await churn(page, tag, 50, [-1, 0, 0, 150]);
      expect(await workersLeft(page)).toBe(0);
      expectClean(page);
      await page.close();
    });
  }
});

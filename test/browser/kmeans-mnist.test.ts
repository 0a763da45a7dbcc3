/**
 * `<lumen-kmeans>`'s MNIST mode on a bare page (the lesson's other widgets would only slow it
 * down): picking "10,000 MNIST digits"
 * downloads the digits (progress bar) and runs k-means in a worker; a few steps forward give 10
 * centroids of 784 pixels drawn as images, inertia never rising, the worker's tensor count flat;
 * Back returns the exact previous half-step; a new seed restarts the run; going back to the plane
 * cancels it; the console stays clean.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, screenshot } from './harness';
import { readState, useSite, whenReady } from './widget-page';

const PAGE = '/kmeans.html';

interface Digits {
  step: number;
  lastStep: number | undefined;
  phase: string;
  k: number;
  n: number;
  centroids: number[][];
  sizes: number[];
  inertias: (number | null)[];
  tensors: (number | null)[];
  backend: string;
}

const site = useSite({
  [PAGE]: {
    body: `<!doctype html><meta charset="utf-8"><title>k-means</title><link rel="icon" href="data:,">
<script type="module" src="/embed.js"></script><main style="width: 900px"><lumen-kmeans id="main"></lumen-kmeans></main>`,
  },
});

function digits(page: Page): Promise<Digits | undefined> {
  return page.$eval('#main', (el) => {
    const d = (el as HTMLElement & { digits: unknown }).digits;
    return d === undefined ? undefined : (JSON.parse(JSON.stringify(d)) as Digits);
  });
}

/** How many different colours centroid j's 28 × 28 canvas holds (a blank tile has one). */
function tileColours(page: Page, j: number): Promise<number> {
  return page.$eval(
    '#main',
    (el, k) => {
      const cv = el.shadowRoot!.querySelectorAll<HTMLCanvasElement>('.digit canvas')[k]!;
      const data = cv.getContext('2d')!.getImageData(0, 0, cv.width, cv.height).data;
      const seen = new Set<number>();
      for (let t = 0; t < data.length; t += 4)
        seen.add((data[t]! << 16) | (data[t + 1]! << 8) | data[t + 2]!);
      return seen.size;
    },
    j,
  );
}

describe('k-means on the MNIST digits', () => {
  it('downloads the digits, steps k-means in a worker, draws the centroids and leaks no tensors', async () => {
    const page = await site.open(PAGE, { reducedMotion: 'reduce' });
    await whenReady(page, '#main', 'canvas');
    const main = page.locator('#main');
    await main.locator('select[name="mode"]').selectOption('mnist');
    expect((await readState(page, '#main')).mode).toBe('mnist');
    // The download runs with a progress bar; then the start (step 0) arrives from the worker.
    await expect.poll(() => digits(page), { timeout: 30_000 }).toBeDefined();
    let d = (await digits(page))!;
    expect([d.step, d.k, d.n, d.phase]).toEqual([0, 10, 10000, 'init']);
    expect(await main.locator('.digits progress').isHidden()).toBe(true);

    for (let s = 1; s <= 4; s++) {
      await main.locator('button[name="forward"]').click();
      await expect.poll(async () => (await digits(page))!.step, { timeout: 30_000 }).toBe(s);
    }
    d = (await digits(page))!;
    expect(d.phase).toBe('update');
    expect(d.centroids).toHaveLength(10);
    for (const c of d.centroids) {
      expect(c).toHaveLength(784);
      expect(c.every((v) => v >= 0 && v <= 1)).toBe(true);
    }
    expect(d.sizes.reduce((a, b) => a + b, 0)).toBe(10000);
    const inertias = d.inertias.slice(1) as number[];
    expect(inertias).toHaveLength(4);
    for (let i = 1; i < inertias.length; i++) expect(inertias[i]!).toBeLessThanOrEqual(inertias[i - 1]!);
    // tfjs in the worker (this machine: wasm): the tensor count is the same after every half-step.
    expect(d.backend).toMatch(/in a worker/);
    if (/tfjs/.test(d.backend)) {
      expect(d.tensors.every((t) => t !== null && t === d.tensors[0])).toBe(true);
    }
    for (let j = 0; j < 10; j++) expect(await tileColours(page, j)).toBeGreaterThan(20);
    expect(await main.locator('.digit figcaption').first().innerText()).toMatch(
      /Centroid 1: [\d,]+ digits, mostly \ds/,
    );
    expect(await main.locator('.inertia-list').innerText()).toMatch(/A1 [\d,]+ · U1 [\d,]+ · A2 [\d,]+ · U2/);

    // Back: exactly the previous half-step.
    await main.locator('button[name="back"]').click();
    const back = (await digits(page))!;
    expect([back.step, back.phase, back.inertias[3]]).toEqual([3, 'assign', inertias[2]]);
    await screenshot(page, 'kmeans-mnist-light-1280');

    // A new seed restarts the run from its own k-means++ start; the tensor count stays flat.
    await page.$eval('#main', (el) =>
      (el as HTMLElement & { setState(p: object): void }).setState({ seed: 7, iteration: 2 }),
    );
    await expect.poll(async () => (await digits(page))?.step, { timeout: 30_000 }).toBe(2);
    const again = (await digits(page))!;
    expect(again.inertias[1]).not.toBe(d.inertias[1]);
    if (/tfjs/.test(again.backend)) expect(again.tensors[2]).toBe(d.tensors[0]);

    // Back to the plane: the run is cancelled and the plot returns.
    await main.locator('select[name="mode"]').selectOption('plane');
    expect(await digits(page)).toBeUndefined();
    expect(await main.locator('.digits').isHidden()).toBe(true);
    expect(await main.locator('.plot canvas').isVisible()).toBe(true);
    expectClean(page);
    await page.close();
    // Starting tfjs's wasm in the worker takes seconds on a loaded 2-core machine (about 15 s in all when idle).
  }, 120_000);
});

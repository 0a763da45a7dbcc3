/**
 * Lesson 24 (k-means, `<lumen-kmeans>`) as a reader meets it: the page opens with a clean console;
 * the twelve points step through assign and update forward and back with the inertias the prose
 * and the NumPy panel print; a click places a centroid, Shift-click adds a point, a centroid is
 * dragged and keyed and deleted; the predict-first checkpoint reveals step 3; bad settings show a
 * message and keep the last good state; presenter mode applies the steps; the 20-seed spread and
 * the elbow are drawn; the page stays clean in the dark and projector themes and at phone width.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, screenshot, settle, type LumenPage } from './harness';
import { readState, useSite, whenReady } from './widget-page';
import { dragMouse, frames, type Point } from './plane-driver';

const LESSON = '/lessons/classic-ml/24-k-means.html';

interface KmeansView extends HTMLElement {
  readonly state: Record<string, unknown>;
  setState(partial: Record<string, unknown>): void;
  readonly messages: string[];
  readonly numbers: {
    step: number;
    lastStep: number;
    phase: string;
    next: string;
    k: number;
    centroids: [number, number][];
    labels: number[] | undefined;
    inertia: number | undefined;
    inertias: (number | null)[];
    converged: boolean;
    spread: { inertia: number }[] | undefined;
    elbow: number[] | undefined;
  };
  plotToClient(p: readonly [number, number]): Point;
}

const site = useSite();

function open(path: string, o: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<LumenPage> {
  return site.open(path, { reducedMotion: 'reduce', ...o });
}

function numbers(page: Page, sel: string): Promise<KmeansView['numbers']> {
  return page.$eval(
    sel,
    (el) => JSON.parse(JSON.stringify((el as KmeansView).numbers)) as KmeansView['numbers'],
  );
}

const round4 = (x: number | null | undefined): number | undefined =>
  x == null ? undefined : Number(x.toPrecision(4));

async function stepMarked(page: Page): Promise<number[]> {
  return page.$$eval('.step[aria-current="step"]', (els) =>
    els.map((el) => Number(el.getAttribute('data-step'))),
  );
}

function inkedPixels(page: Page, sel: string, canvas: string): Promise<number> {
  return page.$eval(
    sel,
    (el, c) => {
      const cv = el.shadowRoot!.querySelector(c) as HTMLCanvasElement;
      const data = cv.getContext('2d')!.getImageData(0, 0, cv.width, cv.height).data;
      let n = 0;
      for (let k = 0; k < data.length; k += 4)
        if (data[k] !== data[0] || data[k + 1] !== data[1] || data[k + 2] !== data[2]) n++;
      return n;
    },
    canvas,
  );
}

describe('lesson 24: k-means', () => {
  it('steps assign and update forward and back with the NumPy numbers, places and moves centroids, and presents its steps', async () => {
    const page = await open(LESSON);
    await settle(page);
    expect(await page.locator('h1').innerText()).toBe('k-means');
    expectClean(page);
    await whenReady(page, '#main', 'canvas');

    // The start: no labels yet; the button says what comes next.
    let n = await numbers(page, '#main');
    expect(n.step).toBe(0);
    expect(n.labels).toBeUndefined();
    expect(await page.locator('#main button[name="forward"]').innerText()).toBe('Assign +1');

    // Forward through the whole run: the inertias the NumPy panel prints.
    for (let k = 0; k < 6; k++) await page.locator('#main button[name="forward"]').click({ force: k === 5 });
    n = await numbers(page, '#main');
    expect(n.step).toBe(5);
    expect(n.converged).toBe(true);
    expect(n.inertias.slice(1).map(round4)).toEqual([46.62, 15.82, 6.417, 3.92, 3.92]);
    expect(n.centroids.map((c) => c.map((v) => Number(v.toFixed(3))))).toEqual([
      [-1.975, -1.225],
      [0.2, 2.325],
      [2.25, -1.125],
    ]);
    // Rounded as NumPy rounds (half to even), the formula shows the panel's numbers.
    expect(await page.locator('#main button[name="forward"]').isDisabled()).toBe(true);
    expect(await page.locator('#main .phase').innerText()).toMatch(/Converged/);
    expect(await page.locator('#main .formula').innerText()).toMatch(/3\.92/);

    // Back one half-step: exactly the previous state (the update of iteration 2).
    await page.locator('#main button[name="back"]').click();
    n = await numbers(page, '#main');
    expect([n.step, n.phase, round4(n.inertia)]).toEqual([4, 'update', 3.92]);
    await page.locator('#main button[name="back"]').click();
    n = await numbers(page, '#main');
    expect([n.step, n.phase, round4(n.inertia)]).toEqual([3, 'assign', 6.417]);
    expect(n.labels).toEqual([0, 0, 0, 0, 2, 2, 2, 2, 1, 1, 1, 1]);
    await page.locator('#main button[name="rewind"]').click();
    expect((await readState(page, '#main')).iteration).toBe(0);
    expect(await inkedPixels(page, '#main', 'canvas')).toBeGreaterThan(5000);

    // Clear the centroids and click three places: three placed centroids, the run starts over.
    await page.locator('#main button[name="clear-centroids"]').click();
    expect((await readState(page, '#main')).centroids).toEqual([]);
    // The buttons below the plot were clicked last: bring the whole plot back into view first.
    await page.$eval('#main', (el) =>
      el.shadowRoot!.querySelector('canvas')!.scrollIntoView({ block: 'center' }),
    );
    for (const p of [
      [-2, -1],
      [2, -1],
      [0, 2],
    ] as const) {
      const at = await page.$eval('#main', (el, q) => (el as KmeansView).plotToClient(q), p);
      await page.mouse.click(at.x, at.y);
    }
    let s = await readState(page, '#main');
    expect((s.centroids as number[][]).map((c) => c.map(Math.round))).toEqual([
      [-2, -1],
      [2, -1],
      [0, 2],
    ]);
    await page.locator('#main button[name="end"]').click();
    n = await numbers(page, '#main');
    expect(round4(n.inertia)).toBe(3.92);

    // Drag centroid 3 to (3, 3); the run goes back to its start.
    const h = (await page.locator('#main [data-centroid="3"]').boundingBox())!;
    const to = await page.$eval('#main', (el) => (el as KmeansView).plotToClient([3, 3]));
    await dragMouse(page, { x: h.x + h.width / 2, y: h.y + h.height / 2 }, to);
    s = await readState(page, '#main');
    expect(s.iteration).toBe(0);
    const c3 = (s.centroids as number[][])[2]!;
    expect(c3[0]).toBeCloseTo(3, 0);
    expect(c3[1]).toBeCloseTo(3, 0);

    // Keys: ← moves it by 0.1, Shift+↓ by 1, Delete removes it.
    await page.locator('#main [data-centroid="3"]').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowDown');
    s = await readState(page, '#main');
    expect((s.centroids as number[][])[2]![0]).toBeCloseTo(c3[0]! - 0.1, 9);
    expect((s.centroids as number[][])[2]![1]).toBeCloseTo(c3[1]! - 1, 9);
    await page.keyboard.press('Delete');
    expect(((await readState(page, '#main')).centroids as unknown[]).length).toBe(2);

    // With "Click places: points" the shared data editor adds a point: 13 points now.
    await page.locator('#main select[name="click"]').selectOption('points');
    const at = await page.$eval('#main', (el) => (el as KmeansView).plotToClient([0, -2.5]));
    await page.mouse.click(at.x, at.y);
    s = await readState(page, '#main');
    expect((s.points as unknown[]).length).toBe(13);
    expect((s.centroids as unknown[]).length).toBe(2);
    await page.locator('#main select[name="click"]').selectOption('centroids');

    // Bad settings: refused with a message, the last good state kept.
    const before = await readState(page, '#main');
    await page.$eval('#main', (el) => {
      const w = el as KmeansView;
      w.setState({ centroids: [[1, 2], [3]] });
      w.setState({ iteration: NaN });
      w.setState({ points: [{ x: 1e300, y: 0, label: 0 }] });
    });
    await frames(page, 2);
    const messages = (await page.$eval('#main', (el) => (el as KmeansView).messages)).join('\n');
    expect(messages).toMatch(/centroids.*point 2 must be 2 finite numbers/);
    expect(messages).toMatch(/iteration.*must be a finite number/);
    expect(messages).toMatch(/points.*1e\+?300|points.*±1e6|points.*coordinate/i);
    const after = await readState(page, '#main');
    expect(after.centroids).toEqual(before.centroids);
    expect(after.points).toEqual(before.points);
    expect(await page.locator('#main .phase').innerText()).not.toMatch(/NaN/);

    // Presenter mode (on the lesson's twelve points again): step 2 is the first assign, step 5 the bad start stuck at 35.27.
    await page.$eval('#main', (el) => {
      const w = el as KmeansView;
      w.setState({ points: (w.state.points as unknown[]).slice(0, 12) });
    });
    await page.locator('main#content').focus();
    await page.keyboard.press('s');
    await expect.poll(() => stepMarked(page)).toEqual([1]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await readState(page, '#main')).iteration).toBe(1);
    n = await numbers(page, '#main');
    expect(round4(n.inertia)).toBe(46.62);
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepMarked(page)).toEqual([5]);
    await expect.poll(async () => round4((await numbers(page, '#main')).inertia)).toBe(35.27);
    expect((await numbers(page, '#main')).converged).toBe(true);
    await page.keyboard.press('Escape');
    expectClean(page);
    await page.close();
  });

  it('reveals the predicted step, runs 20 seeds and the elbow, and stays clean in every theme and on a phone', async () => {
    const page = await open(LESSON);
    await settle(page);
    // Predict first: the answer is 1 point; reveal moves #main to step 3.
    await page.locator('lumen-predict input[name="guess"]').fill('1');
    await page.locator('lumen-predict button[name="lock"]').click();
    await expect.poll(async () => (await readState(page, '#main')).iteration).toBe(3);
    expect((await numbers(page, '#main')).labels).toEqual([0, 0, 0, 0, 2, 2, 2, 2, 1, 1, 1, 1]);

    await whenReady(page, '#seeds', '.chart canvas');
    const n = await numbers(page, '#seeds');
    expect(n.spread).toHaveLength(20);
    const best = Math.min(...n.spread!.map((r) => r.inertia));
    expect(n.spread!.some((r) => r.inertia > best * 1.01)).toBe(true);
    expect(n.elbow).toHaveLength(10);
    for (let k = 1; k < 10; k++) expect(n.elbow![k]!).toBeLessThanOrEqual(n.elbow![k - 1]!);
    expect(await page.locator('#seeds .chart-text').first().innerText()).toMatch(
      /20 seeds: final inertia from/,
    );
    expect(await inkedPixels(page, '#seeds', '.chart canvas')).toBeGreaterThan(300);
    // Play (the shared run controller) runs on to convergence and stops there by itself.
    await page.locator('#seeds button[name="play"]').click();
    expect(await page.locator('#seeds button[name="play"]').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await numbers(page, '#seeds')).converged, { timeout: 20_000 }).toBe(true);
    await expect
      .poll(() => page.locator('#seeds button[name="play"]').getAttribute('aria-pressed'))
      .toBe('false');
    await screenshot(page, 'lesson-24-light');
    expectClean(page);
    await page.close();
  });

  for (const width of [1280, 390])
    it(`stays clean and drawn in the dark and projector themes at ${width} px`, async () => {
      await looks(width);
    });
});

async function looks(width: number): Promise<void> {
  for (const theme of width < 500
    ? (['light', 'dark', 'projector'] as const)
    : (['dark', 'projector'] as const)) {
    const p = await site.open(`${LESSON}?theme=${theme}`, { width, reducedMotion: 'reduce' });
    await settle(p);
    await whenReady(p, '#main', 'canvas');
    await p.$eval('#main', (el) => (el as KmeansView).setState({ iteration: 2 }));
    await frames(p, 2);
    expect(await inkedPixels(p, '#main', 'canvas')).toBeGreaterThan(3000);
    const overflow = await p.$eval('#main', (el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(p, `lesson-24-${theme}-${width}`);
    expectClean(p);
    await p.close();
  }
}

/**
 * Lesson 23 (logistic regression, `<lumen-logistic>`) as a reader meets it: a clean console, the
 * numbers of the prose and the NumPy panel, gradient steps forward and back to the exact earlier
 * state, points added (Shift-click: the other class), dragged and deleted, CSV with a bad line,
 * the 1D view, the separable case explained and cured by L2, the predict-first checkpoint, a
 * shared link that replays the run, and screenshots in three themes at two widths.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, screenshot, screenshotElement, settle, type LumenPage } from './harness';
import { readState, showTheme, THEMES, useSite, whenReady } from './widget-page';
import { frames } from './plane-driver';

const LESSON = '/lessons/classic-ml/23-logistic-regression.html';

interface Numbers {
  w: number[];
  b: number;
  loss: number;
  accuracy: number;
  separating: boolean;
  fit: { kind: string; w?: number[]; b?: number; loss?: number };
}
interface LogisticView extends HTMLElement {
  readonly state: Record<string, unknown> & { points: { x: number; y: number; label: number }[] };
  setState(partial: Record<string, unknown>): void;
  readonly messages: string[];
  readonly numbers: Numbers;
  shareUrl(): string;
  dataToClient(p: { x: number; y: number }): { x: number; y: number };
}

const site = useSite();

function numbers(page: Page, sel: string): Promise<Numbers> {
  return page.$eval(sel, (el) => JSON.parse(JSON.stringify((el as LogisticView).numbers)) as Numbers);
}
function setState(page: Page, sel: string, partial: Record<string, unknown>): Promise<void> {
  return page.$eval(sel, (el, p) => (el as LogisticView).setState(p), partial);
}
function client(page: Page, sel: string, p: { x: number; y: number }): Promise<{ x: number; y: number }> {
  return page.$eval(sel, (el, q) => (el as LogisticView).dataToClient(q), p);
}

describe('lesson 23: logistic regression', () => {
  it('steps, fits, edits, pastes, separates and shares', { timeout: 180_000 }, async () => {
    const page: LumenPage = await site.open(LESSON, { reducedMotion: 'reduce' });
    await settle(page);
    expect(await page.locator('h1').innerText()).toBe('Logistic regression');
    await whenReady(page, '#main');

    // Step 0: every p̂ is 0.5, the loss log 2.
    let n = await numbers(page, '#main');
    expect(n.loss).toBeCloseTo(Math.log(2), 12);
    // 100 steps (setState like a presenter step), the NumPy panel's numbers.
    await setState(page, '#main', { iteration: 100, converged: true });
    await frames(page, 2);
    expect(await page.locator('#main .read-descent').innerText()).toBe(
      'Gradient descent, step 100: w = (1.561, 0.9486), b = -0.1419, ‖w‖ = 1.826, log-loss = 0.3934, accuracy 83 %',
    );
    expect(await page.locator('#main .read-fit').innerText()).toMatch(
      /^Fit to convergence \(Newton, \d+ steps\): w = \(1\.578, 0\.9555\), b = -0\.1482, log-loss = 0\.3933$/,
    );
    const panel = (await page.locator('details.in-code').textContent()) ?? '';
    expect(panel).toContain('# 1.561 0.9486 -0.1419 0.3934');
    expect(panel).toContain('# 1.578 0.9555 -0.1482 0.3933');

    // Back one step and forward again: exactly the same numbers.
    const at100 = await numbers(page, '#main');
    await page.locator('#main button[name="back"]').click();
    expect((await readState(page, '#main')).iteration).toBe(99);
    await page.locator('#main button[name="forward"]').click();
    expect(await numbers(page, '#main')).toEqual(at100);

    // The shared link replays the run.
    const url = await page.$eval('#main', (el) => (el as LogisticView).shareUrl());
    const again = await site.open(url.replace(/^https?:\/\/[^/]+/, ''), { reducedMotion: 'reduce' });
    await settle(again);
    await whenReady(again, '#main');
    expect(await numbers(again, '#main')).toEqual(at100);
    expectClean(again);
    await again.close();

    // Click adds class 0, Shift-click class 1; a new run starts at step 0.
    const a = await client(page, '#main', { x: -2, y: 2 });
    await page.mouse.click(a.x, a.y);
    const b = await client(page, '#main', { x: 2, y: -2 });
    await page.keyboard.down('Shift');
    await page.mouse.click(b.x, b.y);
    await page.keyboard.up('Shift');
    let s = await readState<LogisticView['state']>(page, '#main');
    expect(s.points).toHaveLength(14);
    expect(s.points.slice(12).map((p) => p.label)).toEqual([0, 1]);
    expect(s.iteration).toBe(0);
    // Delete the selected (last) point by key.
    await page.keyboard.press('Delete');
    s = await readState(page, '#main');
    expect(s.points).toHaveLength(13);

    // CSV with a bad line keeps the data and names the line.
    await page.locator('#main details.csv summary').click();
    await page.locator('#main textarea[name="csv"]').fill('x,y,class\n1,2,0\n3,4,7\n5,6,1');
    await page.locator('#main button[name="csv-apply"]').click();
    const m = (await page.$eval('#main', (el) => (el as LogisticView).messages)).join('\n');
    expect(m).toContain('line 3: the class "7" is not 0 … 2');
    expect((await readState<LogisticView['state']>(page, '#main')).points).toHaveLength(13);

    // The separable 1D case: no fit exists, the weights keep growing; L2 brings back a fit.
    await whenReady(page, '#apart');
    await setState(page, '#apart', { iteration: 400, converged: true });
    n = await numbers(page, '#apart');
    expect(n.fit.kind).toBe('separable');
    expect(n.separating).toBe(true);
    await setState(page, '#apart', { iteration: 800 });
    expect(Math.abs((await numbers(page, '#apart')).w[0]!)).toBeGreaterThan(Math.abs(n.w[0]!));
    expect(await page.locator('#apart .read-fit').innerText()).toMatch(/none exists.*grow without bound/);
    expect(await page.locator('#apart .read-separable').innerText()).toMatch(/‖w‖ larger, without end/);
    await page.locator('#apart select[name="l2"]').selectOption('0.01');
    n = await numbers(page, '#apart');
    expect(n.fit.kind).toBe('converged');
    expect(await page.locator('#apart .layout').innerText()).not.toMatch(/NaN|Infinity/);

    // 1D: drag a point from rail 0 to rail 1.
    await whenReady(page, '#one');
    const before = (await readState<LogisticView['state']>(page, '#one')).points;
    const from = await client(page, '#one', before[0]!);
    const to = await client(page, '#one', { x: before[0]!.x, y: 1 });
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    expect((await readState<LogisticView['state']>(page, '#one')).points[0]!.y).toBe(1);

    // Bad input from script: a message, the state kept.
    await setState(page, '#one', { points: 'nonsense', rate: -1 });
    const bad = (await page.$eval('#one', (el) => (el as LogisticView).messages)).join('\n');
    expect(bad).toMatch(/points \(setState\): point 1 "nonsense": 1 value where 2 or 3 belong/);
    expect(bad).toMatch(/rate \(setState\): must be between/);

    // Predict first: the right choice reveals the separable run.
    await page.locator('#apart-q').scrollIntoViewIfNeeded();
    await page.locator('#apart-q input[name="choice"][value="2"]').check();
    await page.locator('#apart-q button[name="lock"]').click();
    await expect.poll(async () => (await readState(page, '#apart')).iteration).toBe(400);

    expectClean(page);
    await page.close();
  });

  it('looks right in every theme at 1280 and 390 px', { timeout: 240_000 }, async () => {
    for (const width of [1280, 390]) {
      const page = await site.open(`${LESSON}?theme=light`, { width, reducedMotion: 'reduce' });
      await settle(page);
      await whenReady(page, '#main');
      await setState(page, '#main', { iteration: 30, converged: true });
      for (const theme of THEMES) {
        await showTheme(page, theme);
        await screenshot(page, `lesson-23-${theme}-${width}`);
        await screenshotElement(page, '#main', `lesson-23-main-${theme}-${width}`);
        await screenshotElement(page, '#one', `lesson-23-one-${theme}-${width}`);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        ).toBeLessThanOrEqual(0);
      }
      expectClean(page);
      await page.close();
    }
  });
});

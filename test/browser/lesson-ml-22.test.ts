/**
 * Lesson 22 (linear regression, `<lumen-regression>`) as a reader meets it: a clean console, the
 * numbers the prose and the NumPy panel quote, points added, dragged (mouse and keyboard) and
 * deleted, CSV pasted with a bad line (every problem named, the data kept), gradient descent
 * stepped forward and back to the exact earlier state, a shared link that replays the run, a
 * data set loaded from its build-time chunk, the predict-first checkpoint, presenter steps, and
 * screenshots in three themes at two widths.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, screenshot, screenshotElement, settle, type LumenPage } from './harness';
import { readState, showTheme, THEMES, useSite, whenReady } from './widget-page';
import { frames } from './plane-driver';

const LESSON = '/lessons/classic-ml/22-linear-regression.html';

interface RegressionView extends HTMLElement {
  readonly state: Record<string, unknown> & { points: { x: number; y: number; label: number }[] };
  setState(partial: Record<string, unknown>): void;
  readonly messages: string[];
  readonly description: string;
  readonly numbers: {
    w?: number;
    b?: number;
    mse?: number;
    r2?: number;
    descent: { w: number; b: number; loss: number };
    trainMse?: number;
    testMse?: number;
  };
  shareUrl(): string;
  loadPreset(id: string): Promise<void>;
  dataToClient(p: { x: number; y: number }): { x: number; y: number };
  readonly projection:
    | { ok: true; yhat: number[]; r: number[]; view: { yaw: number; pitch: number } }
    | { ok: false; reason: string; view: { yaw: number; pitch: number } };
}

const site = useSite();

function numbers(page: Page, sel: string): Promise<RegressionView['numbers']> {
  return page.$eval(
    sel,
    (el) => JSON.parse(JSON.stringify((el as RegressionView).numbers)) as RegressionView['numbers'],
  );
}
function projection(page: Page, sel: string): Promise<RegressionView['projection']> {
  return page.$eval(
    sel,
    (el) => JSON.parse(JSON.stringify((el as RegressionView).projection)) as RegressionView['projection'],
  );
}
/** The 3D view's pixels, to see that a turn redraws it. */
function spacePixels(page: Page, sel: string): Promise<string> {
  return page.$eval(sel, (el) =>
    el.shadowRoot!.querySelector<HTMLCanvasElement>('.space-view canvas')!.toDataURL(),
  );
}
function messages(page: Page, sel: string): Promise<string[]> {
  return page.$eval(sel, (el) => (el as RegressionView).messages);
}
function client(page: Page, sel: string, p: { x: number; y: number }): Promise<{ x: number; y: number }> {
  return page.$eval(sel, (el, q) => (el as RegressionView).dataToClient(q), p);
}
async function paste(page: Page, sel: string, text: string): Promise<void> {
  await page.$eval(
    sel,
    (el, t) => {
      const plot = el.shadowRoot!.querySelector('.plot') as HTMLElement;
      const data = new DataTransfer();
      data.setData('text/plain', t);
      plot.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    text,
  );
  await frames(page, 2);
}

describe('lesson 22: linear regression', () => {
  it('fits, steps, edits, pastes, shares and presents', { timeout: 180_000 }, async () => {
    const page: LumenPage = await site.open(LESSON, { reducedMotion: 'reduce' });
    await settle(page);
    expect(await page.locator('h1').innerText()).toBe('Linear regression');
    await whenReady(page, '#main');

    // The numbers of the prose and the NumPy panel, at the lesson's initial state.
    let n = await numbers(page, '#main');
    expect(n.w).toBeCloseTo(0.992857, 5);
    expect(n.b).toBeCloseTo(0.921429, 5);
    expect(await page.locator('#main .read-exact').innerText()).toBe(
      'Least squares: w = 0.9929, b = 0.9214, MSE = 0.2169, R² = 0.9479',
    );
    const panel = (await page.locator('details.in-code').textContent()) ?? '';
    expect(panel).toContain('# 0.9929 0.9214 True');
    expect(panel).toContain('# 0.2169 0.9479');
    expect(panel).toContain('# 1.028 0.7734 0.2237');

    // Step +1 fifty times with the keyboard-free buttons, then back one, then forward again.
    const forward = page.locator('#main button[name="forward"]');
    for (let k = 0; k < 50; k++) await forward.click();
    expect((await readState(page, '#main')).iteration).toBe(50);
    expect(await page.locator('#main .read-descent').innerText()).toBe(
      'Gradient descent, step 50: w = 1.028, b = 0.7734, MSE = 0.2237',
    );
    const at50 = (await numbers(page, '#main')).descent;
    await page.locator('#main button[name="back"]').click();
    const at49 = (await numbers(page, '#main')).descent;
    expect(at49.loss).toBeGreaterThan(at50.loss);
    await forward.click();
    expect((await numbers(page, '#main')).descent).toEqual(at50);

    // A shared link replays the same run: same points, same step, same numbers.
    const url = await page.$eval('#main', (el) => (el as RegressionView).shareUrl());
    expect(url).toContain('main.iteration=50');
    const again = await site.open(url.replace(/^https?:\/\/[^/]+/, ''), { reducedMotion: 'reduce' });
    await settle(again);
    await whenReady(again, '#main');
    expect((await numbers(again, '#main')).descent).toEqual(at50);
    expectClean(again);
    await again.close();

    // Rewind, then add a point by clicking empty plot: a new run starts at step 0.
    await page.locator('#main button[name="rewind"]').click();
    expect((await readState(page, '#main')).iteration).toBe(0);
    const empty = await client(page, '#main', { x: 5, y: 1 });
    await page.mouse.click(empty.x, empty.y);
    await frames(page, 2);
    let s = await readState<RegressionView['state']>(page, '#main');
    expect(s.points).toHaveLength(8);
    expect(s.points[7]!.x).toBeCloseTo(5, 0);
    expect(s.points[7]!.y).toBeCloseTo(1, 0);
    // Drag it up to y = 6 with the mouse.
    const from = await client(page, '#main', s.points[7]!);
    const to = await client(page, '#main', { x: 5, y: 6 });
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 3 });
    await page.mouse.move(to.x, to.y, { steps: 3 });
    await page.mouse.up();
    s = await readState(page, '#main');
    expect(s.points[7]!.y).toBeCloseTo(6, 0);
    // Keyboard: the dragged point is selected; Shift+↓ moves it down by the coarse step, Delete removes it.
    const yBefore = s.points[7]!.y;
    await page.keyboard.press('Shift+ArrowDown');
    s = await readState(page, '#main');
    expect(s.points[7]!.y).toBeLessThan(yBefore);
    await page.keyboard.press('Delete');
    s = await readState(page, '#main');
    expect(s.points).toHaveLength(7);
    // Enter adds a point at the keyboard cross.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    expect((await readState<RegressionView['state']>(page, '#main')).points).toHaveLength(8);

    // Paste CSV with a bad line: every problem named, the data kept.
    const kept = (await readState<RegressionView['state']>(page, '#main')).points;
    await paste(page, '#main', 'x,y\n1,2\n2,oops\n3,4,5\n4,5');
    const m = (await messages(page, '#main')).join('\n');
    expect(m).toContain('CSV from pasted not used (the data is unchanged): 2 problems.');
    expect(m).toContain('line 3: y "oops" is not a number in "2,oops"; expected "x,y" or "x,y,class"');
    expect(m).toContain('line 4: the class "5" is not 0 … 2');
    expect((await readState<RegressionView['state']>(page, '#main')).points).toEqual(kept);
    expect(await page.locator('#main .messages').isVisible()).toBe(true);
    // A good paste replaces the data and clears the messages.
    await paste(page, '#main', '1,2\n2,2.5\n3,4\n4,4.5');
    expect(await messages(page, '#main')).toEqual([]);
    n = await numbers(page, '#main');
    expect(n.w).toBeCloseTo(0.9, 12);
    expect(n.b).toBeCloseTo(1, 12);
    // Every x equal: the widget explains instead of dividing by zero.
    await paste(page, '#main', '2,1\n2,3\n2,4');
    expect(await page.locator('#main .read-exact').innerText()).toMatch(/No single best line: every x is 2/);
    expect(await page.locator('#main .layout').innerText()).not.toMatch(/NaN|Infinity/);

    // Bad settings keep the last good state and say why.
    await page.$eval('#main', (el) => (el as RegressionView).setState({ points: [[1, NaN]], degree: 12 }));
    const bad = (await messages(page, '#main')).join('\n');
    expect(bad).toMatch(/points \(setState\): point 1: a coordinate is not a finite number\. Value kept\./);
    expect(bad).toMatch(/degree \(setState\): must be between 1 and 9/);

    // A real data set from its build-time chunk: Anscombe I has the famous line y = 3 + 0.5x.
    await page.locator('#main select[name="presets"]').selectOption('anscombe-1');
    await expect
      .poll(async () => (await readState<RegressionView['state']>(page, '#main')).points.length)
      .toBe(11);
    n = await numbers(page, '#main');
    expect(n.w).toBeCloseTo(0.5001, 4);
    expect(n.b).toBeCloseTo(3.0001, 4);
    expect(n.r2).toBeCloseTo(0.6665, 4);

    // The overfitting widget: training error falls with the degree, the test error rises at 9.
    await whenReady(page, '#bend');
    const d2 = await numbers(page, '#bend');
    await page.$eval('#bend', (el) => (el as RegressionView).setState({ degree: 9 }));
    const d9 = await numbers(page, '#bend');
    expect(d9.trainMse!).toBeLessThan(d2.trainMse!);
    expect(d9.testMse!).toBeGreaterThan(d2.testMse!);

    // Predict first: the lever question, answered right, moves the main widget.
    await page.locator('#lever').scrollIntoViewIfNeeded();
    await page.locator('#lever input[name="choice"][value="2"]').check();
    await page.locator('#lever button[name="lock"]').click();
    await expect
      .poll(async () => (await readState<RegressionView['state']>(page, '#main')).points.length)
      .toBe(7);
    n = await numbers(page, '#main');
    expect(n.w! - 0.992857).toBeCloseTo(9 / 28, 6);

    // Three points: y is one arrow of 3D space and its shadow on the plane of 1 and x is ŷ.
    await page.locator('#three').scrollIntoViewIfNeeded();
    await whenReady(page, '#three');
    let pr = await projection(page, '#three');
    if (!pr.ok) throw new Error(pr.reason);
    [1.5, 2, 2.5].forEach((v, i) => expect(pr.ok && pr.yhat[i]).toBeCloseTo(v, 12));
    [-0.5, 1, -0.5].forEach((v, i) => expect(pr.ok && pr.r[i]).toBeCloseTo(v, 12));
    const caption = page.locator('#three .space-plot .caption');
    expect(await caption.innerText()).toBe(
      "y = (1, 3, 2) projects to ŷ = (1.5, 2, 2.5), the line's predictions. The residual r = (-0.5, 1, -0.5) is perpendicular to the plane: r · 1 = 0, r · x = 0.",
    );
    expect(panel).toContain('# [1.5 2.  2.5] [-0.5  1.  -0.5] True');
    // Turned by the arrow keys (Home resets) and by a sideways drag, and redrawn each time.
    const view = page.locator('#three .space-view');
    const before = await spacePixels(page, '#three');
    await view.focus();
    await page.keyboard.press('ArrowRight');
    expect((await projection(page, '#three')).view.yaw - pr.view.yaw).toBeCloseTo(Math.PI / 24, 9);
    await expect.poll(() => spacePixels(page, '#three')).not.toBe(before);
    await page.keyboard.press('Home');
    expect((await projection(page, '#three')).view).toEqual(pr.view);
    const box = (await view.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    expect((await projection(page, '#three')).view.yaw).toBeCloseTo(pr.view.yaw + 0.6, 6);
    // New data moves y and ŷ; the residual stays perpendicular.
    await page.$eval('#three', (el) => (el as RegressionView).setState({ points: '0 1; 1 4; 2 2' }));
    pr = await projection(page, '#three');
    if (!pr.ok) throw new Error(pr.reason);
    [11 / 6, 7 / 3, 17 / 6].forEach((v, i) => expect(pr.ok && pr.yhat[i]).toBeCloseTo(v, 12));
    // The caption follows at the next drawn frame.
    await expect.poll(() => caption.innerText()).toMatch(/^y = \(1, 4, 2\).*r · 1 = 0, r · x = 0\.$/);
    // Four points, or every x equal: no picture, and the caption says why.
    await page.$eval('#three', (el) => (el as RegressionView).setState({ points: '0 1; 1 4; 2 2; 3 3' }));
    await expect
      .poll(() => caption.innerText())
      .toBe('No picture in 3D: the picture in 3D needs exactly three points (one axis each); there are 4.');
    await expect.poll(() => view.isVisible()).toBe(false);
    await page.$eval('#three', (el) => (el as RegressionView).setState({ points: '2 1; 2 4; 2 2' }));
    await expect.poll(() => caption.innerText()).toMatch(/x is a multiple of 1: the two columns span a line/);

    expectClean(page);
    await page.close();
  });

  it('looks right in every theme at 1280 and 390 px', { timeout: 240_000 }, async () => {
    for (const width of [1280, 390]) {
      const page = await site.open(`${LESSON}?theme=light`, { width, reducedMotion: 'reduce' });
      await settle(page);
      await whenReady(page, '#main');
      await page.$eval('#main', (el) => (el as RegressionView).setState({ iteration: 20 }));
      for (const theme of THEMES) {
        await showTheme(page, theme);
        await screenshot(page, `lesson-22-${theme}-${width}`);
        await screenshotElement(page, '#main', `lesson-22-main-${theme}-${width}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      }
      expectClean(page);
      await page.close();
    }
  });
});

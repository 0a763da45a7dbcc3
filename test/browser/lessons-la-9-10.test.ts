/**
 * Lessons 9 (Transformations in 3D, `<lumen-space>`) and 10 (SVD and PCA, `<lumen-svd>`) as a
 * reader meets them: each page opens with a clean console, its widgets answer a key press, a typed
 * matrix or a mouse drag (state and ARIA description follow), the predict-first checkpoint tells
 * the guess how close it was and reveals, and presenter mode applies the steps. The numbers the
 * prose quotes are checked against what the widgets say.
 *
 * Reduced motion is asked for, so Reveal, Next and a typed matrix land at once (no timing waits).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, settle, type LumenPage } from './harness';
import { dragMouse, expectMatrix, frames, type Point } from './plane-driver';
import { useSite } from '../helpers/site';

const LESSON9 = '/lessons/linear-algebra/09-transformations-in-3d.html';
const LESSON10 = '/lessons/linear-algebra/10-svd-and-pca.html';

/** What a test may touch on `<lumen-space>` and `<lumen-svd>` (their documented API). */
interface WidgetView extends HTMLElement {
  readonly state: Record<string, unknown>;
  readonly description: string;
  readonly prediction: Record<string, number> | undefined;
}
interface SvdView extends WidgetView {
  readonly cloudPoints: [number, number][];
  readonly decomposition:
    { mode: string; variances?: [number, number]; sigma?: [number, number] } | undefined;
  plotToClient(p: readonly [number, number]): Point;
}

const site = useSite();

function open(path: string): Promise<LumenPage> {
  return site.open(path, { reducedMotion: 'reduce' });
}

function state(page: Page, sel: string): Promise<Record<string, unknown>> {
  return page.$eval(
    sel,
    (el) => JSON.parse(JSON.stringify((el as WidgetView).state)) as Record<string, unknown>,
  );
}

function description(page: Page, sel: string): Promise<string> {
  return page.$eval(sel, (el) => (el as WidgetView).description);
}

function prediction(page: Page, sel: string): Promise<Record<string, number> | undefined> {
  return page.$eval(sel, (el) => (el as WidgetView).prediction);
}

/** Waits until the widget has built its shadow DOM (`part` is one of its elements). */
async function ready(page: Page, sel: string, part: string): Promise<void> {
  await page.waitForFunction(
    ([s, p]) => !!document.querySelector(s!)?.shadowRoot?.querySelector(p!),
    [sel, part],
  );
  await page.locator(sel).scrollIntoViewIfNeeded();
  await frames(page, 2);
}

/** Focus back on the page (outside every widget), where the shell listens for its keys. */
async function focusPage(page: Page): Promise<void> {
  await page.locator('main#content').focus();
}

async function stepMarked(page: Page): Promise<number[]> {
  return page.$$eval('.step[aria-current="step"]', (els) =>
    els.map((el) => Number(el.getAttribute('data-step'))),
  );
}

describe('lesson 9: Transformations in 3D', () => {
  it('opens clean, answers keys and a typed matrix, checks a predicted volume, and presents its steps', async () => {
    const page = await open(LESSON9);
    await settle(page);
    expect(await page.locator('h1').innerText()).toBe('Transformations in 3D');
    expectClean(page);

    // The main widget starts at the scale of the prose: volume 2 × 1.5 × 0.5 = 1.5.
    await ready(page, '#main', '[data-handle="k"]');
    expectMatrix((await state(page, '#main')).matrix as number[], [2, 0, 0, 0, 1.5, 0, 0, 0, 0.5], 0);
    expect(await description(page, '#main')).toContain('Determinant 1.5:');

    // Two presses of Page Up lift the tip of k̂ by 0.1 each: volume 2 × 1.5 × 0.7 = 2.1.
    await page.locator('#main [data-handle="k"]').focus();
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await frames(page, 2);
    expectMatrix((await state(page, '#main')).matrix as number[], [2, 0, 0, 0, 1.5, 0, 0, 0, 0.7], 1e-12);
    const lifted = await description(page, '#main');
    expect(lifted).toContain('k̂ at (0, 0, 0.7)');
    expect(lifted).toContain('Determinant 2.1:');

    // A typed matrix whose rows are dependent squashes space onto a plane.
    const input = page.locator('#main input[name="matrix"]');
    await input.fill('1 2 3; 4 5 6; 7 8 9');
    await input.press('Enter');
    await frames(page, 2);
    expectMatrix((await state(page, '#main')).matrix as number[], [1, 2, 3, 4, 5, 6, 7, 8, 9], 0);
    expect(await description(page, '#main')).toContain('Determinant 0: space is flattened onto a plane');
    expect(await page.locator('#main .readout-det').innerText()).toContain('Determinant 0');

    // Predict first: the cube waits at the identity with the answer hidden.
    await ready(page, '#guess', 'input[name="guess"]');
    expect((await state(page, '#guess')).t).toBe(0);
    expect(await description(page, '#guess')).toMatch(/^Predict the volume/);
    expect(await prediction(page, '#guess')).toBeUndefined();
    await page.locator('#guess input[name="guess"]').fill('-5');
    await page.locator('#guess button[name="reveal"]').click();
    await frames(page, 2);
    expect(await prediction(page, '#guess')).toEqual({ guess: -5, target: -6, distance: 1 });
    expect(await page.locator('#guess .predict-result').innerText()).toBe(
      'Your guess -5 was 1 from det A = -6. Close!',
    );
    expect((await state(page, '#guess')).t).toBe(1);
    // The prose's answer: volume 6, flipped.
    expect(await page.locator('#guess .readout-det').innerText()).toMatch(
      /^Determinant -6: .*volume 6, orientation flipped/,
    );

    // Presenter mode: `s` opens step 1 (the identity), → goes to step 2 (the scale), End to the cross product.
    await focusPage(page);
    await page.keyboard.press('s');
    await expect.poll(() => stepMarked(page)).toEqual([1]);
    await expect.poll(async () => (await state(page, '#main')).matrix).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepMarked(page)).toEqual([2]);
    await expect
      .poll(async () => (await state(page, '#main')).matrix)
      .toEqual([2, 0, 0, 0, 1.5, 0, 0, 0, 0.5]);
    await page.keyboard.press('End');
    await expect.poll(() => stepMarked(page)).toEqual([6]);
    await expect.poll(async () => (await state(page, '#main')).cross).toBe('ij');
    expect(await description(page, '#main')).toContain('î × ĵ = (0, 0, 3): length 3');
    await page.keyboard.press('Escape');

    expectClean(page);
    await page.close();
  });
});

describe('lesson 10: SVD and PCA', () => {
  it('opens clean, steps and types the SVD, drags a cloud point, checks a predicted axis, and presents its steps', async () => {
    const page = await open(LESSON10);
    await settle(page);
    expect(await page.locator('h1').innerText()).toBe('SVD and PCA');
    expectClean(page);

    // The numbers of the prose are the widget's: 45° clockwise, ×6.71 and ×2.24, 71.57° back.
    await ready(page, '#svd', 'button[name="next"]');
    const start = await description(page, '#svd');
    for (const quoted of [
      'turns 45° clockwise',
      '×6.71 along x, ×2.24 along y',
      'turns 71.57° counter-clockwise',
      'u₁ = (0.32, 0.95)',
    ])
      expect(start).toContain(quoted);
    expect((await state(page, '#svd')).t).toBe(0);

    // Next applies one factor: Vᵀ.
    await page.locator('#svd button[name="next"]').click();
    await frames(page, 2);
    expect((await state(page, '#svd')).t).toBe(1);
    expect(await description(page, '#svd')).toContain('Step 1 of 3: Vᵀ (rotate) done.');

    // A typed diagonal matrix: no turning, stretches 2 and 1, played to the end.
    const input = page.locator('#svd input[name="matrix"]');
    await input.fill('2 0; 0 1');
    await input.press('Enter');
    await frames(page, 2);
    const typed = await state(page, '#svd');
    expectMatrix(typed.matrix as number[], [2, 0, 0, 1], 0);
    expect(typed.t).toBe(3);
    expect(await description(page, '#svd')).toContain('σ₁ = 2 and σ₂ = 1');

    // The cloud: the prose quotes 93.44% along (0.87, 0.49).
    await ready(page, '#cloud', '[data-handle="cursor"]');
    const before = await description(page, '#cloud');
    expect(before).toContain('Axis 1 along (0.87, 0.49) has variance 3.25 (93.44% of the total)');
    // Drag the point farthest from the others (so nothing else is grabbed) to (3, -3).
    const points = await page.$eval('#cloud', (el) => (el as SvdView).cloudPoints);
    const loneliness = points.map((p) =>
      Math.min(...points.filter((q) => q !== p).map((q) => Math.hypot(p[0] - q[0], p[1] - q[1]))),
    );
    const k = loneliness.indexOf(Math.max(...loneliness));
    const from = await page.$eval('#cloud', (el, p) => (el as SvdView).plotToClient(p), points[k]!);
    const to = await page.$eval('#cloud', (el) => (el as SvdView).plotToClient([3, -3]));
    await dragMouse(page, from, to);
    const dragged = await state(page, '#cloud');
    expect(dragged.cloud).toBe('hand');
    const moved = (dragged.points as [number, number][])[k]!;
    expectMatrix(moved, [3, -3], 1e-9);
    expect((dragged.points as unknown[]).length).toBe(points.length);
    const after = await description(page, '#cloud');
    expect(after).toMatch(/^40 points with mean/);
    expect(after).not.toBe(before);

    // Predict first: six presses turn the dial to 30°; the shear's long axis is at 31.72°.
    await ready(page, '#guess', '[data-handle="guess"]');
    expect(await description(page, '#guess')).toMatch(/^Predict first/);
    await page.locator('#guess [data-handle="guess"]').focus();
    for (let n = 0; n < 6; n++) await page.keyboard.press('ArrowRight');
    await page.locator('#guess button[name="reveal"]').click();
    await frames(page, 2);
    const p = await prediction(page, '#guess');
    expect(p?.guess).toBe(30);
    expect(p?.answer).toBeCloseTo(31.717, 2);
    expect(p?.error).toBeCloseTo(1.717, 2);
    expect(await page.locator('#guess .predict-result').innerText()).toBe(
      'Your line at 30° is 1.72° from the long axis at 31.72°. Spot on!',
    );
    expect((await state(page, '#guess')).t).toBe(3);
    expect(await page.locator('#guess .readout-sigma').innerText()).toContain('σ₁ = 1.62 and σ₂ = 0.62');

    // Presenter mode: step 1 is the circle, step 2 after Vᵀ; the last step loads the code's four points.
    await focusPage(page);
    await page.keyboard.press('s');
    await expect.poll(() => stepMarked(page)).toEqual([1]);
    await expect.poll(async () => (await state(page, '#svd')).matrix).toEqual([3, 0, 4, 5]);
    expect((await state(page, '#svd')).t).toBe(0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepMarked(page)).toEqual([2]);
    await expect.poll(async () => (await state(page, '#svd')).t).toBe(1);
    await page.keyboard.press('End');
    await expect.poll(() => stepMarked(page)).toEqual([7]);
    await expect.poll(async () => ((await state(page, '#cloud')).points as unknown[]).length).toBe(4);
    // What the "In code" panel prints: variances 5.828 and 0.172.
    const d = await page.$eval('#cloud', (el) => (el as SvdView).decomposition);
    expect(d?.variances?.[0]).toBeCloseTo(3 + Math.SQRT2 * 2, 9);
    expect(d?.variances?.[1]).toBeCloseTo(3 - Math.SQRT2 * 2, 9);
    await page.keyboard.press('Escape');

    expectClean(page);
    await page.close();
  });
});

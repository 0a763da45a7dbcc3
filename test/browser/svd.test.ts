/**
 * `<lumen-svd>` under a person's hands, on a plain page that only loads embed.js
 * (test/fixtures/svd/index.html, served next to the built site): a typed matrix and its singular
 * values, stepping and scrubbing through the three factors, a singular matrix, bad input, a point
 * cloud built by clicks and by the keyboard, dragging and deleting points, predict-first, and
 * screenshots in the three themes and at phone width.
 *
 * The built site is dist/ (set LUMEN_SVD_DIST to test another build folder while developing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectClean,
  launchChromium,
  openPage,
  screenshotElement,
  serveDist,
  settle,
  type LaunchedChromium,
  type LumenPage,
  type StaticServer,
} from './harness';
import { dragMouse, frames, setInputValue, type Point } from './plane-driver';
import type { SvdState } from '../../src/widgets/svd/props';

type Decomposition =
  | { mode: 'svd'; u: number[]; sigma: [number, number]; vt: number[] }
  | {
      mode: 'pca';
      n: number;
      mean: [number, number];
      variances: [number, number];
      explained: [number, number];
      sigmas: [number, number];
    }
  | undefined;

/** What a test may touch on the element (the shape `page.evaluate` callbacks see). */
interface SvdView extends HTMLElement {
  readonly state: SvdState;
  setState(partial: Record<string, unknown>): void;
  readonly decomposition: Decomposition;
  readonly cloudPoints: [number, number][];
  readonly prediction: { guess: number; answer: number | undefined; error: number } | undefined;
  readonly description: string;
  readonly messages: string[];
  plotToClient(p: readonly [number, number]): Point;
}

const PAGE = '/svd-fixture/index.html';
let server: StaticServer;
let chromium: LaunchedChromium;

beforeAll(async () => {
  server = await serveDist(process.env.LUMEN_SVD_DIST ?? 'dist', { '/svd-fixture/': 'test/fixtures/svd/' });
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function ready(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(async (sel) => {
    await customElements.whenDefined('lumen-svd');
    const el = document.querySelector(sel) as SvdView | null;
    return !!el?.shadowRoot?.querySelector('canvas') && typeof el.plotToClient === 'function';
  }, selector);
  await page.locator(selector).scrollIntoViewIfNeeded();
  await frames(page, 2);
}

const state = (page: Page, sel: string): Promise<SvdState> =>
  page.$eval(sel, (el) => JSON.parse(JSON.stringify((el as SvdView).state)) as SvdState);
const decomposition = (page: Page, sel: string): Promise<Decomposition> =>
  page.$eval(sel, (el) => JSON.parse(JSON.stringify((el as SvdView).decomposition ?? null)) ?? undefined);
const messages = (page: Page, sel: string): Promise<string[]> =>
  page.$eval(sel, (el) => (el as SvdView).messages);
const description = (page: Page, sel: string): Promise<string> =>
  page.$eval(sel, (el) => (el as SvdView).description);
const text = (page: Page, sel: string): Promise<string> => page.locator(sel).innerText();
async function setState(page: Page, sel: string, partial: Record<string, unknown>): Promise<void> {
  await page.$eval(sel, (el, p) => (el as SvdView).setState(p), partial);
  await frames(page, 2);
}
const at = (page: Page, sel: string, p: readonly [number, number]): Promise<Point> =>
  page.$eval(sel, (el, q) => (el as SvdView).plotToClient(q), p);

describe('<lumen-svd> on a plain page', () => {
  let page: LumenPage;

  beforeAll(async () => {
    page = await openPage(chromium.browser, server.url(PAGE));
    await settle(page);
    await ready(page, '#s');
  });
  afterAll(async () => {
    expectClean(page);
    await page.close();
  });

  it('finds σ₁ = 3√5 and σ₂ = √5 for [[3, 0], [4, 5]] and shows them in words and in the formula', async () => {
    expect((await state(page, '#s')).matrix).toEqual([3, 0, 4, 5]);
    const d = await decomposition(page, '#s');
    if (d?.mode !== 'svd') throw new Error('expected an SVD');
    expect(d.sigma[0]).toBeCloseTo(3 * Math.sqrt(5), 10);
    expect(d.sigma[1]).toBeCloseTo(Math.sqrt(5), 10);
    expect(await text(page, '#s .readout-sigma')).toMatch(
      /^σ₁ = 6\.71 and σ₂ = 2\.24: the circle becomes an ellipse/,
    );
    expect(await text(page, '#s .readout-area')).toContain('|det A| = σ₁σ₂ = 15');
    await page.waitForFunction(
      () => !!document.querySelector('#s')?.shadowRoot?.querySelector('.formula .katex'),
    );
    expect(await description(page, '#s')).toContain('σ₁ = 6.71 and σ₂ = 2.24');
  });

  it('applies a typed matrix with Enter, and refuses a malformed one with a message', async () => {
    const input = page.locator('#s input[name="matrix"]');
    await input.fill('2 0; 0 0.5');
    await input.press('Enter');
    await page.waitForFunction(() => (document.querySelector('#s') as SvdView).state.t === 3);
    expect((await state(page, '#s')).matrix).toEqual([2, 0, 0, 0.5]);
    const d = await decomposition(page, '#s');
    expect(d?.mode === 'svd' && d.sigma).toEqual([2, 0.5]);

    await input.fill('1 2; 3 x');
    await input.press('Enter');
    await frames(page, 2);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await text(page, '#s .input-error')).toContain('"x" is not a number');
    expect((await state(page, '#s')).matrix).toEqual([2, 0, 0, 0.5]);
    await input.press('Escape');
    expect(await input.getAttribute('aria-invalid')).toBeNull();
  });

  it('steps through Vᵀ, Σ and U with Next and Back, marking the current stage', async () => {
    await page.locator('#s input[name="matrix"]').blur();
    await setState(page, '#s', { matrix: [3, 0, 4, 5], t: 0 });
    const current = () =>
      page.$eval(
        '#s',
        (el) =>
          el.shadowRoot!.querySelector('.stages [aria-current="step"]')?.getAttribute('data-stage') ?? null,
      );
    expect(await current()).toBeNull();
    expect(await text(page, '#s .stage-caption')).toContain('The unit circle, before A');
    for (const stop of [1, 2, 3]) {
      await page.locator('#s button[name="next"]').click();
      await page.waitForFunction((t) => (document.querySelector('#s') as SvdView).state.t === t, stop, {
        timeout: 5000,
      });
      await frames(page, 2);
      expect(await current()).toBe(String(stop));
    }
    expect(await page.locator('#s button[name="next"]').isDisabled()).toBe(true);
    expect(await text(page, '#s .stage-caption')).toBe('Step 3 of 3 done: U Σ Vᵀ = A.');
    await page.locator('#s button[name="previous"]').click();
    await page.waitForFunction(() => (document.querySelector('#s') as SvdView).state.t === 2, undefined, {
      timeout: 5000,
    });
  });

  it('scrubs the time slider into the middle of a stage', async () => {
    await setInputValue(page, '#s input[name="t"]', '1.5');
    expect((await state(page, '#s')).t).toBe(1.5);
    expect(await text(page, '#s .stage-caption')).toBe('Step 2 of 3: Σ (stretch).');
    expect(await description(page, '#s')).toContain('Step 2 of 3: Σ (stretch).');
  });

  it('plays all three factors to the end, and starts again from the circle', async () => {
    await setState(page, '#s', { t: 3 });
    const samples = await page.$eval(
      '#s',
      (el) =>
        new Promise<number[]>((done) => {
          const v = el as SvdView;
          const seen: number[] = [];
          (v.shadowRoot!.querySelector('button[name="play"]') as HTMLButtonElement).click();
          const start = performance.now();
          const tick = (): void => {
            seen.push(v.state.t);
            if ((v.state.t === 3 && seen.length > 2) || performance.now() - start > 8000) done(seen);
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
    );
    expect(samples[0]).toBeLessThan(0.2);
    expect(samples.at(-1)).toBe(3);
    expect(samples.some((t) => t > 1 && t < 2)).toBe(true);
    for (let k = 1; k < samples.length; k++) expect(samples[k]!).toBeGreaterThanOrEqual(samples[k - 1]!);
  });

  it('collapses the ellipse onto a segment when det A = 0, and says so', async () => {
    await setState(page, '#s', { matrix: [1, 2, 0.5, 1], t: 3 });
    const d = await decomposition(page, '#s');
    expect(d?.mode === 'svd' && d.sigma[1]).toBe(0);
    expect(d?.mode === 'svd' && d.sigma[0]).toBeCloseTo(2.5, 12);
    expect(await text(page, '#s .readout-sigma')).toContain(
      'the circle collapses onto a segment of length 2σ₁ = 5',
    );
    expect(await description(page, '#s')).toContain('σ₂ = 0');
  });

  it('keeps its state and shows a message for NaN from setState', async () => {
    await setState(page, '#s', { matrix: [Number.NaN, 0, 0, 1] });
    expect((await state(page, '#s')).matrix).toEqual([1, 2, 0.5, 1]);
    expect((await messages(page, '#s')).join(' ')).toContain(
      'matrix (setState): must be an array of 4 finite numbers',
    );
    await setState(page, '#s', { matrix: [3, 0, 4, 5] });
    expect(await messages(page, '#s')).toEqual([]);
  });

  it('builds a cloud by clicks: three points on a line explain 100% of the variance', async () => {
    await ready(page, '#p');
    await page.locator('#p button[name="clear"]').click();
    await frames(page, 2);
    expect((await state(page, '#p')).cloud).toBe('hand');
    expect(await decomposition(page, '#p')).toBeUndefined();
    expect((await messages(page, '#p')).join(' ')).toContain('PCA needs at least 2 points');
    for (const p of [
      [1, 1],
      [2, 2],
      [-1, -1],
    ] as const) {
      const c = await at(page, '#p', p);
      await page.mouse.click(c.x, c.y);
      await frames(page, 2);
    }
    expect((await state(page, '#p')).points).toEqual([
      [1, 1],
      [2, 2],
      [-1, -1],
    ]);
    const d = await decomposition(page, '#p');
    if (d?.mode !== 'pca') throw new Error('expected a PCA');
    expect(d.explained[0]).toBeCloseTo(1, 12);
    expect(await messages(page, '#p')).toEqual([]);
    expect(await text(page, '#p .bar[data-axis="1"] .bar-value')).toBe('100%');
    expect(await description(page, '#p')).toMatch(
      /^3 points with mean \(0\.67, 0\.67\)\. Axis 1 along \(0\.71, 0\.71\) .*\(100% of the total\)/,
    );
  });

  it('adds points with the keyboard cross and removes the focused point with Delete', async () => {
    const cursor = page.locator('#p [data-handle="cursor"]');
    await cursor.focus();
    for (let k = 0; k < 3; k++) await page.keyboard.press('Shift+ArrowRight');
    for (let k = 0; k < 3; k++) await page.keyboard.press('Shift+ArrowUp');
    await page.keyboard.press('Enter');
    await frames(page, 2);
    expect((await state(page, '#p')).points.at(-1)).toEqual([3, 3]);
    let d = await decomposition(page, '#p');
    expect(d?.mode === 'pca' && d.explained[0]).toBeCloseTo(1, 12);

    // Off the line: the second axis gets some of the variance.
    for (let k = 0; k < 3; k++) await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await frames(page, 2);
    expect((await state(page, '#p')).points.at(-1)).toEqual([2.9, 0]);
    d = await decomposition(page, '#p');
    expect(d?.mode === 'pca' && d.explained[0]).toBeLessThan(0.95);

    const point = page.locator('#p [data-handle="point"]');
    expect(await point.getAttribute('aria-label')).toBe('Point 5 of 5 at (2.9, 0)');
    await point.focus();
    await page.keyboard.press('Delete');
    await frames(page, 2);
    expect((await state(page, '#p')).points).toHaveLength(4);
    d = await decomposition(page, '#p');
    expect(d?.mode === 'pca' && d.explained[0]).toBeCloseTo(1, 12);
    // Page Down picks the next point; the arrows move it.
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowUp');
    await frames(page, 2);
    expect((await state(page, '#p')).points[0]).toEqual([1, 1.1]);
  });

  it('drags a point with the mouse and toggles the projection', async () => {
    await dragMouse(page, await at(page, '#p', [2, 2]), await at(page, '#p', [3, 0.5]));
    expect((await state(page, '#p')).points[1]).toEqual([3, 0.5]);
    const projection = page.locator('#p input[name="projection"]');
    expect(await projection.isChecked()).toBe(true);
    await projection.uncheck();
    expect((await state(page, '#p')).projection).toBe(false);
  });

  it('draws a new seeded cloud of n points, the same for the same seed', async () => {
    await setState(page, '#p', { cloud: 'seeded', seed: 5, n: 80 });
    const first = await page.$eval('#p', (el) => (el as SvdView).cloudPoints);
    expect(first).toHaveLength(80);
    await page.locator('#p button[name="new-cloud"]').click();
    await frames(page, 2);
    expect((await state(page, '#p')).seed).toBe(6);
    await setState(page, '#p', { seed: 5 });
    expect(await page.$eval('#p', (el) => (el as SvdView).cloudPoints)).toEqual(first);
    await setState(page, '#p', { n: 100000 });
    expect((await messages(page, '#p')).join(' ')).toContain('n (setState): must be between 2 and 500');
  });

  it('predict-first: turn the dial to the first axis, reveal, and get the gap in degrees', async () => {
    await ready(page, '#g');
    expect(await decomposition(page, '#g')).toBeDefined();
    expect(await page.locator('#g .bars').isHidden()).toBe(true);
    await page.locator('#g [data-handle="guess"]').focus();
    for (let k = 0; k < 10; k++) await page.keyboard.press('ArrowLeft');
    await page.locator('#g button[name="reveal"]').click();
    await frames(page, 2);
    const p = await page.$eval('#g', (el) => (el as SvdView).prediction);
    expect(p?.guess).toBe(-50);
    expect(p?.error).toBeLessThan(10);
    expect(await text(page, '#g .predict-result')).toMatch(
      /^Your line at −50° is [\d.]+° from the first principal axis at −[\d.]+°\./,
    );
    expect(await page.locator('#g .bars').isVisible()).toBe(true);
    // Only "Try again" is left to press, and it has the focus.
    expect(await page.locator('#g button[name="reveal"]').isHidden()).toBe(true);
    expect(await page.$eval('#g', (el) => el.shadowRoot?.activeElement?.getAttribute('name'))).toBe('again');
    await page.keyboard.press('Enter');
    await frames(page, 2);
    expect(await page.locator('#g button[name="reveal"]').isVisible()).toBe(true);
    expect(await page.locator('#g button[name="again"]').isHidden()).toBe(true);
  });
});

describe('<lumen-svd> with reduced motion, removed mid-animation, and bad attributes', () => {
  it('jumps instead of animating with reduced motion, and reports bad attributes', async () => {
    const page = await openPage(chromium.browser, server.url(PAGE), { reducedMotion: 'reduce' });
    await settle(page);
    await ready(page, '#s');
    await setState(page, '#s', { t: 0 });
    await page.locator('#s button[name="play"]').click();
    await frames(page, 1);
    expect((await state(page, '#s')).t).toBe(3);
    await page.evaluate(() => {
      const el = document.querySelector('#p') as SvdView;
      el.setAttribute('n', '1');
      el.setAttribute('matrix', '1 2; 3');
    });
    await frames(page, 2);
    expect((await messages(page, '#p')).join('\n')).toMatch(
      /n="1" \(attribute\): must be between 2 and 500\. Using "40"\./,
    );
    expect((await messages(page, '#p')).join('\n')).toContain(
      'matrix="1 2; 3" (attribute): expected 2 rows of 2 numbers',
    );
    expectClean(page);
    await page.close();
  });

  it('leaves no errors when removed while it plays', async () => {
    const page = await openPage(chromium.browser, server.url(PAGE));
    await settle(page);
    await ready(page, '#s');
    await setState(page, '#s', { t: 0 });
    await page.locator('#s button[name="play"]').click();
    await frames(page, 3);
    await page.evaluate(() => document.querySelector('#s')!.remove());
    await frames(page, 10);
    expectClean(page);
    await page.close();
  });
});

describe('<lumen-svd> looks right', () => {
  for (const theme of ['light', 'dark', 'projector'] as const) {
    it(`in the ${theme} theme, wide and at 360 px`, async () => {
      const page = await openPage(chromium.browser, server.url(PAGE), { width: 1280, height: 900 });
      await settle(page);
      await page.evaluate((t) => {
        for (const el of document.querySelectorAll('lumen-svd')) el.setAttribute('theme', t);
      }, theme);
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        for (const sel of ['#s', '#p']) {
          await ready(page, sel);
          await page.waitForFunction(
            (s) => !!document.querySelector(s)?.shadowRoot?.querySelector('.formula .katex'),
            sel,
          );
          // Nothing sticks out sideways at phone width: the formula stacks inside.
          const overflow = await page.$eval(sel, (el) => el.scrollWidth - el.clientWidth);
          expect(overflow, `${sel} overflows at ${width}px`).toBeLessThanOrEqual(0);
          const png = await screenshotElement(page, sel, `svd-${sel.slice(1)}-${theme}-${width}`);
          expect(png.length).toBeGreaterThan(5000);
        }
      }
      expectClean(page);
      await page.close();
    });
  }
});

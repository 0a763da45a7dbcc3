/**
 * A finger on a phone (review D26): a vertical swipe on a widget scrolls the page unless it starts
 * on a handle; the 3D views turn with a drag that starts sideways or with two fingers, never by
 * taking the page's scroll. Fingers go through Chromium's real touch pipeline (CDP touch events in
 * a touch-enabled mobile context at 390 × 844), so `touch-action` decides as on a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { expectClean, type LumenPage } from './harness';
import { dragTouch, frames, handleCentre, ready, type Point } from './plane-driver';
import { LESSON2 } from './site-map';
import { readState, useSite } from './widget-page';

const LESSON9 = '/lessons/linear-algebra/09-transformations-in-3d.html';
const LESSON20 = '/lessons/calculus/20-gradient-descent.html';
const PHONE = { width: 390, height: 844, hasTouch: true, isMobile: true } as const;

const site = useSite();

/** Two fingers moving together, each along its own path of the same length. */
async function twoFingers(page: Page, a: Point[], b: Point[]): Promise<void> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const at = (k: number) =>
    [a[k]!, b[k]!].map((p, id) => ({ x: p.x, y: p.y, id, radiusX: 2, radiusY: 2, force: 1 }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let k = 1; k < a.length; k++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(k) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  await frames(page, 2);
}

function line(from: Point, to: Point, steps = 8): Point[] {
  return Array.from({ length: steps + 1 }, (_, k) => ({
    x: from.x + ((to.x - from.x) * k) / steps,
    y: from.y + ((to.y - from.y) * k) / steps,
  }));
}

const pageY = (page: Page): Promise<number> => page.evaluate(() => window.scrollY);

/**
 * Puts the widget's top near the top of the viewport (room to scroll both ways around it). A
 * swipe's fling goes on after the finger lifts and would carry the page on past this scroll
 * (the widget then slid under the header, and the next press missed it), so it waits first.
 */
async function bringUp(page: Page, selector: string): Promise<void> {
  await stillY(page);
  await page.locator(selector).evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    scrollBy(0, -40);
  });
  await frames(page, 2);
}

/** The box of a part of a widget's shadow DOM, in viewport pixels. */
async function partBox(page: Page, selector: string, part: string) {
  const box = await page.locator(`${selector} ${part}`).first().boundingBox();
  if (!box) throw new Error(`${selector} ${part} is not rendered`);
  return box;
}

/** Waits until a 3D widget draws with WebGL (it starts drawing once on screen). */
async function glReady(page: Page, selector: string): Promise<void> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (s) => (document.querySelector(s) as unknown as { webgl?: boolean }).webgl,
    selector,
  );
  await frames(page, 2);
}

/** A vertical swipe up from `from` (the finger moves up, the page scrolls down). */
async function swipeUp(page: Page, from: Point, by = 200): Promise<void> {
  await dragTouch(page, from, { x: from.x, y: from.y - by });
}

/**
 * The page's scroll position once it holds still for ten frames: a swipe's fling keeps the page
 * moving for a while after the finger lifts, which a following check must not count as its own.
 */
function stillY(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        let last = window.scrollY;
        let same = 0;
        const tick = (): void => {
          same = window.scrollY === last ? same + 1 : 0;
          last = window.scrollY;
          if (same >= 10) done(last);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Waits until the page has scrolled away from `before` (a swipe's scroll lands within frames). */
async function scrolledFrom(page: Page, before: number): Promise<number> {
  await page.waitForFunction((y) => window.scrollY !== y, before, { timeout: 3000 });
  return pageY(page);
}

describe('a 2D plot on a phone (lesson 2)', () => {
  let page: LumenPage;
  beforeAll(async () => {
    page = await site.open(LESSON2, PHONE);
    await ready(page, '#main');
  });
  afterAll(async () => {
    expectClean(page);
    await page.close();
  });

  it('scrolls the page under a swipe on the empty plot', async () => {
    await bringUp(page, '#main');
    const box = await partBox(page, '#main', '.plot');
    const before = await stillY(page);
    const matrix = (await readState(page, '#main')).matrix;
    await swipeUp(page, { x: box.x + box.width * 0.1, y: box.y + box.height * 0.85 });
    expect(await scrolledFrom(page, before)).toBeGreaterThan(before + 50);
    expect((await readState(page, '#main')).matrix).toEqual(matrix);
  });

  it('moves a handle and not the page when the swipe starts on the handle', async () => {
    await bringUp(page, '#main');
    const before = await stillY(page);
    const j = await handleCentre(page, '#main', 'j');
    const matrix = (await readState<{ matrix: number[] }>(page, '#main')).matrix;
    await swipeUp(page, j, 60);
    const after = (await readState<{ matrix: number[] }>(page, '#main')).matrix;
    // The finger went up: ĵ's tip went up (its y, the matrix's entry d, grew).
    expect(after[3]!).toBeGreaterThan(matrix[3]! + 0.3);
    expect(await pageY(page)).toBe(before);
  });
});

describe('the 3D view on a phone (lesson 9)', () => {
  let page: LumenPage;
  const SEL = '#main';
  beforeAll(async () => {
    page = await site.open(LESSON9, PHONE);
    await glReady(page, SEL);
  });
  afterAll(async () => {
    expectClean(page);
    await page.close();
  });

  /** A spot on the view away from every tip (bottom left, as the pointer tests use). */
  async function empty(): Promise<Point> {
    const box = await partBox(page, SEL, '.plot');
    return { x: box.x + box.width * 0.15, y: box.y + box.height * 0.85 };
  }

  it('scrolls the page under a vertical swipe and keeps the view', async () => {
    await bringUp(page, SEL);
    const view = await readState<{ azimuth: number; elevation: number }>(page, SEL);
    const before = await stillY(page);
    await swipeUp(page, await empty());
    expect(await scrolledFrom(page, before)).toBeGreaterThan(before + 50);
    const now = await readState<{ azimuth: number; elevation: number }>(page, SEL);
    expect([now.azimuth, now.elevation]).toEqual([view.azimuth, view.elevation]);
  });

  it('turns under a sideways drag, without scrolling', async () => {
    await bringUp(page, SEL);
    const view = await readState<{ azimuth: number }>(page, SEL);
    const before = await stillY(page);
    const from = await empty();
    await dragTouch(page, from, { x: from.x + 100, y: from.y });
    // 0.4° per pixel, measured from the press.
    expect((await readState<{ azimuth: number }>(page, SEL)).azimuth).toBeCloseTo(view.azimuth - 40, 6);
    expect(await pageY(page)).toBe(before);
  });

  it('tilts under two fingers moving down together, without scrolling', async () => {
    await bringUp(page, SEL);
    const view = await readState<{ elevation: number; zoom: number }>(page, SEL);
    const before = await stillY(page);
    const box = await partBox(page, SEL, '.plot');
    const y = box.y + box.height * 0.3;
    const [xa, xb] = [box.x + box.width * 0.2, box.x + box.width * 0.4];
    await twoFingers(
      page,
      line({ x: xa, y }, { x: xa, y: y + 50 }),
      line({ x: xb, y }, { x: xb, y: y + 50 }),
    );
    const now = await readState<{ elevation: number; zoom: number }>(page, SEL);
    expect(now.elevation).toBeCloseTo(view.elevation + 20, 6);
    expect(now.zoom).toBe(view.zoom);
    expect(await pageY(page)).toBe(before);
  });
});

describe('the loss surface on a phone (lesson 20)', () => {
  let page: LumenPage;
  const SEL = '#main';
  beforeAll(async () => {
    page = await site.open(LESSON20, PHONE);
    await glReady(page, SEL);
  });
  afterAll(async () => {
    expectClean(page);
    await page.close();
  });

  it('scrolls under a vertical swipe, turns under a sideways drag', async () => {
    await bringUp(page, SEL);
    const box = await partBox(page, SEL, '.plot');
    const from = { x: box.x + box.width * 0.5, y: box.y + box.height * 0.8 };
    const view = await readState<{ azimuth: number; elevation: number }>(page, SEL);
    const before = await stillY(page);
    await swipeUp(page, from);
    expect(await scrolledFrom(page, before)).toBeGreaterThan(before + 50);
    expect(await readState(page, SEL)).toMatchObject(view);
    await bringUp(page, SEL);
    const top = await stillY(page);
    const box2 = await partBox(page, SEL, '.plot');
    const start = { x: box2.x + box2.width * 0.3, y: box2.y + box2.height * 0.5 };
    await dragTouch(page, start, { x: start.x + 100, y: start.y });
    expect((await readState<{ azimuth: number }>(page, SEL)).azimuth).not.toBe(view.azimuth);
    expect(await pageY(page)).toBe(top);
  });
});

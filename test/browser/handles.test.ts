/**
 * `Handles` (src/ui/handles.ts) under a person's hands, on the plane: a finger picks a tip up off
 * centre without it jumping, a swipe that starts off the handles scrolls the page, and the
 * arrow keys step by 0.1, Shift 1, Alt 0.01 while Ctrl/Meta combinations are left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectClean,
  launchChromium,
  openPage,
  serveDist,
  type LaunchedChromium,
  type StaticServer,
} from './harness';
import { dragTouch, expectMatrix, frames, handleCentre, plotToClient, ready, state } from './plane-driver';

let server: StaticServer;
let chromium: LaunchedChromium;

beforeAll(async () => {
  server = await serveDist('dist', { '/hostile/': 'test/fixtures/embed/' });
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('Handles on <lumen-plane>', () => {
  it('by touch: a press off the tip keeps the tip still, then follows the finger; a swipe elsewhere scrolls', async () => {
    const page = await openPage(chromium.browser, server.url('/hostile/plain.html'), {
      width: 412,
      height: 915,
      hasTouch: true,
    });
    await ready(page, '#p');
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.append(spacer);
    });
    await page.locator('#p').scrollIntoViewIfNeeded();
    await frames(page, 2);
    const before = await page.evaluate(() => scrollY);

    // Press 12 px right of ĵ's tip (inside the grab radius) and move the finger by (-1, +1) units.
    const tip = await plotToClient(page, '#p', [1, 1]);
    const unit = (await plotToClient(page, '#p', [2, 1])).x - tip.x;
    const from = { x: tip.x + 12, y: tip.y };
    await dragTouch(page, from, { x: from.x - unit, y: from.y - unit });
    const m = (await state(page, '#p')).matrix;
    expectMatrix([m[1], m[3]], [0, 2], 0.08);
    expectMatrix([m[0], m[2]], [1, 0], 0);
    expect(await page.evaluate(() => scrollY), 'a drag on a handle does not scroll').toBe(before);

    // A vertical swipe that starts on the plot far from every tip is the page's.
    const empty = await plotToClient(page, '#p', [-2.5, -2.5]);
    await dragTouch(page, empty, { x: empty.x, y: empty.y - 200 });
    await page.waitForFunction((y) => scrollY > y, before);
    expect((await state(page, '#p')).matrix).toEqual(m);
    expectClean(page);
    await page.close();
  });

  it('by keys: 0.1, Shift 1, Alt 0.01; Ctrl and Meta combinations do nothing', async () => {
    const page = await openPage(chromium.browser, server.url('/hostile/plain.html'));
    await ready(page, '#p');
    await page.locator('#p [data-handle="i"]').focus();
    const press = async (key: string): Promise<number[]> => {
      await page.keyboard.press(key);
      await frames(page, 1);
      return [...(await state(page, '#p')).matrix];
    };
    expectMatrix(await press('ArrowRight'), [1.1, 1, 0, 1], 1e-12);
    expectMatrix(await press('Shift+ArrowUp'), [1.1, 1, 1, 1], 1e-12);
    expectMatrix(await press('Alt+ArrowDown'), [1.1, 1, 0.99, 1], 1e-12);
    expectMatrix(await press('Control+ArrowRight'), [1.1, 1, 0.99, 1], 0);
    expectMatrix(await press('Meta+ArrowDown'), [1.1, 1, 0.99, 1], 0);
    const centre = await handleCentre(page, '#p', 'i');
    const at = await plotToClient(page, '#p', [1.1, 0.99]);
    expect(Math.hypot(centre.x - at.x, centre.y - at.y), 'the handle follows its tip').toBeLessThan(1);
    expectClean(page);
    await page.close();
  });
});

/**
 * `<lumen-plane>` settings from outside: attributes (good and bad), page URL parameters for a
 * widget id, unknown page parameters, and the predict-first checkpoint of lesson 2 (`#guess`).
 */
import { describe, expect, it } from 'vitest';
import { expectClean, openPage } from './harness';
import {
  DEFAULT_MATRIX,
  dragMouse,
  expectMatrix,
  frames,
  handleCentre,
  messages,
  plotToClient,
  ready,
  state,
  type PlaneView,
} from './plane-driver';
import { LESSON2 } from './site-map';
import { useSite } from '../helpers/site';

const site = useSite({ '/hostile/': 'test/fixtures/embed/' });

describe('<lumen-plane> settings from attributes and the URL', () => {
  it('a bad attribute shows a message and falls back to the default; a good one clears it', async () => {
    const page = await site.open('/hostile/plain.html');
    await ready(page, '#p');
    await page.evaluate(() => {
      const el = document.createElement('lumen-plane');
      el.id = 'bad';
      el.setAttribute('matrix', '1 2 3');
      document.body.append(el);
    });
    await ready(page, '#bad');
    expectMatrix((await state(page, '#bad')).matrix, DEFAULT_MATRIX, 0);
    expect((await messages(page, '#bad')).join(' ')).toMatch(/matrix/);
    expect(await page.locator('#bad .messages').innerText()).toMatch(/1 2 3/);
    await page.locator('#bad').evaluate((el) => el.setAttribute('matrix', '0 1; 1 0'));
    await frames(page, 2);
    expectMatrix((await state(page, '#bad')).matrix, [0, 1, 1, 0], 0);
    expect(await messages(page, '#bad')).toEqual([]);
    expect(await page.locator('#bad .messages').isVisible()).toBe(false);
    expectClean(page);
    await page.close();
  });

  it('?main.matrix=0 1; 1 0 sets the state; an unknown ?main.bogus=1 is reported', async () => {
    const page = await openPage(
      site.chromium.browser,
      site.server.url(`${LESSON2}?main.matrix=${encodeURIComponent('0 1; 1 0')}&main.bogus=1`),
    );
    await ready(page, '#main');
    expectMatrix((await state(page, '#main')).matrix, [0, 1, 1, 0], 0);
    expect((await messages(page, '#main')).join(' ')).toMatch(/bogus/);
    expect(await page.locator('#main .messages').innerText()).toMatch(/bogus/);
    expectClean(page);
    await page.close();
  });

  it('an unknown page parameter gets a visible notice', async () => {
    const page = await openPage(
      site.chromium.browser,
      site.server.url(`${LESSON2}?zebra=%3Cb%3Estripes%3C%2Fb%3E`),
    );
    await ready(page, '#main');
    const main = await page.locator('main').innerText();
    expect(main).toMatch(/zebra/);
    expect(await page.locator('main b').count(), 'URL text never becomes markup').toBe(0);
    expectClean(page);
    await page.close();
  });
});

describe('<lumen-plane> predict-first (#guess in lesson 2)', () => {
  it('drag the guess, reveal, and be told how close it was', async () => {
    const page = await site.open(LESSON2);
    await ready(page, '#guess');
    expect((await state(page, '#guess')).predict).toBe(true);
    await page.locator('#guess').scrollIntoViewIfNeeded();
    await frames(page, 2);
    expect(await page.$eval('#guess', (el) => (el as PlaneView).prediction)).toBeUndefined();
    await dragMouse(
      page,
      await handleCentre(page, '#guess', 'guess'),
      await plotToClient(page, '#guess', [1.5, -0.5]),
    );
    await page.locator('#guess button[name="reveal"]').click();
    await frames(page, 2);
    const prediction = await page.$eval('#guess', (el) => (el as PlaneView).prediction);
    const m = (await state(page, '#guess')).matrix;
    expect(prediction).toBeDefined();
    expectMatrix(prediction!.guess, [1.5, -0.5], 0.05);
    expectMatrix(prediction!.target, [m[0], m[2]], 1e-12);
    expect(prediction!.distance).toBeCloseTo(
      Math.hypot(prediction!.guess[0] - m[0], prediction!.guess[1] - m[2]),
      9,
    );
    const result = await page.locator('#guess .predict-result').innerText();
    expect(result).toMatch(/\d/);
    await page.locator('#guess button[name="again"]').click();
    await frames(page, 2);
    expect(await page.$eval('#guess', (el) => (el as PlaneView).prediction)).toBeUndefined();
    expectClean(page);
    await page.close();
  });
});

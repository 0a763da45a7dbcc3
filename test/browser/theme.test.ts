/**
 * Themes as a person meets them: the header button, the `p` key for the projector, a theme that
 * survives a reload, `?theme=` links, the system's dark mode, and widgets that repaint with the
 * page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, settle } from './harness';
import { decodePng } from './png';
import { ready } from './plane-driver';
import { LESSON2, THEME_NAMES } from './site-map';
import { useSite } from '../helpers/site';
import { expectLooksLike, looksLike } from '../helpers/baseline';

const site = useSite();

const theme = (page: Page) => page.locator('html').getAttribute('data-theme');
const label = (page: Page) => page.locator('#theme-toggle').innerText();

/** Mean brightness (0 … 255) of an element's screenshot. */
async function brightness(page: Page, selector: string): Promise<number> {
  const { rgba } = decodePng(await page.locator(selector).screenshot({ animations: 'disabled' }));
  let sum = 0;
  for (let i = 0; i < rgba.length; i += 4) sum += (rgba[i]! + rgba[i + 1]! + rgba[i + 2]!) / 3;
  return sum / (rgba.length / 4);
}

describe('theme', () => {
  it('the header button cycles through the three themes and says which one is on', async () => {
    const page = await site.open(LESSON2);
    await settle(page);
    expect(await theme(page)).toBe('light');
    const seen: string[] = [];
    const labels: string[] = [];
    for (let k = 0; k < 3; k++) {
      await page.locator('#theme-toggle').click();
      seen.push((await theme(page)) ?? '');
      labels.push(await label(page));
    }
    expect([...seen].sort()).toEqual([...THEME_NAMES].sort());
    expect(seen[2]).toBe('light');
    seen.forEach((name, k) => expect(labels[k]!.toLowerCase(), `label while ${name}`).toContain(name));
    expect(new Set(labels).size).toBe(3);
    expectClean(page);
    await page.close();
  });

  it('`p` toggles the projector theme with large type, and a reload keeps it', async () => {
    const page = await site.open(LESSON2);
    await settle(page);
    await page.keyboard.press('p');
    expect(await theme(page)).toBe('projector');
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    await page.reload({ waitUntil: 'load' });
    await settle(page);
    expect(await theme(page)).toBe('projector');
    await page.keyboard.press('p');
    expect(await theme(page)).toBe('light');
    expectClean(page);
    await page.close();
  });

  it('ignores shortcut keys typed into a widget', async () => {
    const page = await site.open(LESSON2);
    await ready(page, '#main');
    const input = page.locator('#main input[name="matrix"]');
    await input.click();
    await input.press('End');
    await page.keyboard.type('pt');
    expect(await theme(page)).toBe('light');
    expectClean(page);
    await page.close();
  });

  it('?theme=projector wins and is remembered', async () => {
    const page = await site.open(`${LESSON2}?theme=projector`);
    await settle(page);
    expect(await theme(page)).toBe('projector');
    await page.goto(site.server.url(LESSON2), { waitUntil: 'load' });
    expect(await theme(page)).toBe('projector');
    expectClean(page);
    await page.close();
  });

  it('a system in dark mode starts dark; a light one starts light', async () => {
    for (const scheme of ['dark', 'light'] as const) {
      const page = await site.open(LESSON2, { colorScheme: scheme });
      await settle(page);
      expect(await theme(page)).toBe(scheme);
      expectClean(page);
      await page.close();
    }
  });

  it('the lesson-2 plane looks like its baseline in the light and dark themes', async () => {
    const shots: Record<string, Buffer> = {};
    for (const name of ['light', 'dark'] as const) {
      const page = await site.open(`${LESSON2}?theme=${name}`, { width: 1280, reducedMotion: 'reduce' });
      await ready(page, '#main');
      await page.locator('#main').scrollIntoViewIfNeeded();
      await settle(page);
      shots[name] = await page.locator('#main').screenshot({ animations: 'disabled' });
      await expectLooksLike(shots[name]!, `plane-lesson2-${name}`);
      expectClean(page);
      await page.close();
    }
    // Control: swapped theme colours do not pass.
    if (!process.env.UPDATE_BASELINES)
      expect(await looksLike(shots.light!, 'plane-lesson2-dark')).toBe(false);
  });

  it("the widget's palette follows the page theme", async () => {
    const page = await site.open(LESSON2);
    await ready(page, '#main');
    await page.locator('#main').scrollIntoViewIfNeeded();
    const bg = () =>
      page.$eval('#main', (el) => getComputedStyle(el).getPropertyValue('--w-bg').trim().toLowerCase());
    // The plot is a canvas: its pixels change only if the widget redraws with the new palette.
    const corner = () =>
      page.$eval('#main', (el) => {
        // Copied into a canvas of our own: reading the widget's canvas twice makes Chromium warn.
        const canvas = el.shadowRoot!.querySelector('canvas')!;
        const probe = document.createElement('canvas');
        probe.width = probe.height = 1;
        const ctx = probe.getContext('2d', { willReadFrequently: true })!;
        ctx.drawImage(canvas, 1, 1, 1, 1, 0, 0, 1, 1);
        return [...ctx.getImageData(0, 0, 1, 1).data];
      });
    expect(await bg()).toBe('#ffffff');
    expect(await corner()).toEqual([255, 255, 255, 255]);
    const light = await brightness(page, '#main');
    while ((await theme(page)) !== 'dark') await page.locator('#theme-toggle').click();
    await settle(page);
    expect(await bg()).toBe('#14161b');
    expect(await corner()).toEqual([0x14, 0x16, 0x1b, 255]);
    const dark = await brightness(page, '#main');
    expect(dark, 'the widget is drawn darker in the dark theme').toBeLessThan(light - 80);
    expectClean(page);
    await page.close();
  });
});

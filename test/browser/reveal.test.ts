/**
 * Predict first that cannot be skipped: on every lesson page with `:::reveal` text, each worked
 * answer is out of sight (and out of the accessibility tree) until its checkpoint is answered,
 * shows after Reveal, and hides again on Try again; a `<lumen-predict>` card's Try again puts its
 * target back; Reveal brings an off-screen target into view; the card's live region says the
 * answered state. One page, walked from lesson to lesson.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, ROOT, settle, type LumenPage } from './harness';
import { useSite } from '../helpers/site';

const site = useSite();
const DIST = join(ROOT, process.env.LUMEN_DIST || 'dist');

/** Every built lesson page that has revealed text, as a site path. */
function lessonsWithReveals(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html') && readFileSync(p, 'utf8').includes('class="reveal"'))
        out.push('/' + relative(DIST, p).split('\\').join('/'));
    }
  };
  walk(join(DIST, 'lessons'));
  return out.sort();
}

/** Answers the checkpoint `#id` as a learner would: a choice, a number, or the ring where it is. */
async function answer(page: Page, id: string): Promise<void> {
  const w = page.locator(`#${id}`);
  const radio = w.locator('input[type="radio"]');
  if ((await radio.count()) > 0) await radio.first().check();
  const field = w.locator('input[name="guess"]:visible');
  if ((await field.count()) > 0) await field.first().fill('1');
  await w.locator('button[name="reveal"]:visible, button[name="lock"]:visible').click();
}

async function settingsOf(page: Page, id: string): Promise<Record<string, string>> {
  return page
    .locator(`#${id}`)
    .evaluate((el) => (el as unknown as { settings(): Record<string, string> }).settings());
}

describe('revealed text', () => {
  const pages = lessonsWithReveals();

  it('is found on the lessons whose answers the review found printed under the checkpoint', () => {
    for (const n of ['02', '03', '04', '05', '06', '07', '08', '09', '10'])
      expect(pages.some((p) => p.includes(`/${n}-`))).toBe(true);
  });

  let page: LumenPage;
  beforeAll(async () => {
    page = await site.open(pages[0]!);
  });
  afterAll(async () => {
    expectClean(page);
    await page.close();
  });

  it.each(pages)('%s: hidden until Reveal, shown after it, hidden again on Try again', async (path) => {
    if (page.url() !== site.server.url(path)) await page.goto(site.server.url(path));
    await settle(page);
    const boxes = page.locator('.reveal[data-reveal-for]');
    const n = await boxes.count();
    expect(n, path).toBeGreaterThan(0);
    for (let k = 0; k < n; k++) {
      const box = boxes.nth(k);
      const id = (await box.getAttribute('data-reveal-for'))!;
      const what = `${path} :::reveal{for=${id}}`;
      // Before: the stand-in line, not the answer (display: none keeps it from screen readers).
      expect(await box.locator('.reveal-body').isHidden(), what).toBe(true);
      expect(await box.locator('.reveal-wait').isVisible(), what).toBe(true);
      const before = await settingsOf(page, id);
      const target = await page.locator(`#${id}`).getAttribute('target');
      const targetBefore = target ? await settingsOf(page, target) : undefined;

      await answer(page, id);
      await box.locator('.reveal-body').waitFor({ state: 'visible' });
      expect(await box.locator('.reveal-wait').isHidden(), what).toBe(true);

      await page.locator(`#${id} button[name="again"]`).click();
      await box.locator('.reveal-body').waitFor({ state: 'hidden' });
      expect(await box.locator('.reveal-wait').isVisible(), what).toBe(true);
      // Try again asks the same question over the same picture (a card restores its target).
      if (target) expect(await settingsOf(page, target), `${what}: its target`).toEqual(targetBefore);
      expect(await settingsOf(page, id), what).toEqual(before);
    }
  });
});

describe('<lumen-predict> in a lesson', () => {
  it('brings its target into view on Reveal, says the answer, and Try again puts the target back', async () => {
    const page = await site.open('/lessons/linear-algebra/04-the-determinant.html', {
      reducedMotion: 'reduce',
    });
    await settle(page);
    const before = await settingsOf(page, 'guess');
    // The card at the top of the window: the plane it will move sits above, out of view.
    await page.evaluate(() =>
      window.scrollBy(0, document.getElementById('area')!.getBoundingClientRect().top - 10),
    );
    const offScreen = await page.locator('#guess').evaluate((el) => el.getBoundingClientRect().bottom < 100);
    expect(offScreen).toBe(true);

    const card = page.locator('#area');
    await card.locator('input[name="guess"]').fill('6');
    await card.locator('button[name="lock"]').click();
    // Reduced motion: a jump, so the plane is in view at once, its top just under the window's.
    await page.waitForFunction(() => {
      const r = document.getElementById('guess')!.getBoundingClientRect();
      return r.top >= 0 && r.top < 40;
    });
    expect(await settingsOf(page, 'guess')).toMatchObject({ matrix: '3 1; 2 2', formula: 'true' });
    const status = card.locator('[role="status"]');
    await page.waitForFunction(
      (el) => /Your guess 6/.test(el!.textContent ?? ''),
      await status.elementHandle(),
    );
    expect(await status.textContent()).not.toMatch(/Not answered/);

    await card.locator('button[name="again"]').click();
    expect(await settingsOf(page, 'guess')).toEqual(before);
    expect(await card.locator('input[name="guess"]').isEnabled()).toBe(true);
    await page.waitForFunction(
      (el) => /Not answered yet/.test(el!.textContent ?? ''),
      await status.elementHandle(),
    );
    expectClean(page);
    await page.close();
  });
});

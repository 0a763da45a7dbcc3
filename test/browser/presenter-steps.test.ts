/**
 * Presenter steps as a learner alone and a teacher meet them, on one page of lesson 2: a step
 * marker is a link that shows its step in the widget and brings the widget into view; a step
 * glides from the previous picture to the next (and jumps under reduced motion); the bar's
 * buttons keep their place from step to step; leaving presenter mode puts back the state the
 * prose describes; W opens the presenter window, which shows the step, its notes, the next step
 * and a timer, and moves the lesson page (and follows it) over a BroadcastChannel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, screenshot, settle, watchProblems, type LumenPage } from './harness';
import { handleCentre } from './plane-driver';
import { LESSON2 } from './site-map';
import { useSite } from '../helpers/site';

const site = useSite();
let page: LumenPage;

const ROTATION = '0 -1; 1 0';

function settingsOf(): Promise<Record<string, string>> {
  return page.$eval('#main', (el) => (el as unknown as { settings(): Record<string, string> }).settings());
}

/**
 * Starts recording the widget's matrix on every frame until it reads `end` (or 15 s pass); the
 * returned function waits for the recording.
 */
async function recordMatrix(end: string): Promise<() => Promise<string[]>> {
  await page.evaluate((end) => {
    const el = document.getElementById('main') as unknown as { settings(): Record<string, string> };
    const seen: string[] = [];
    const w = window as unknown as { recording: Promise<string[]> };
    w.recording = new Promise((done) => {
      const t0 = performance.now();
      const frame = (): void => {
        const m = el.settings().matrix!;
        seen.push(m);
        if (m === end || performance.now() - t0 > 15_000) done(seen);
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  }, end);
  return () => page.evaluate(() => (window as unknown as { recording: Promise<string[]> }).recording);
}

function widgetInView(): Promise<boolean> {
  return page.$eval('#main', (el) => {
    const r = el.getBoundingClientRect();
    return r.top >= -1 && r.top < innerHeight - 200;
  });
}

describe('presenter steps', () => {
  beforeAll(async () => {
    page = await site.open(LESSON2);
    await settle(page);
  });
  afterAll(() => page.close());

  it('a marker is a link that glides its widget to the step and scrolls it into view', async () => {
    const initial = await settingsOf();
    expect(initial.matrix).toBe('1 1; 0 1');
    const marker = page.locator('#step-3 a.step-go');
    await marker.scrollIntoViewIfNeeded();
    expect(await widgetInView()).toBe(false);
    const recording = await recordMatrix(ROTATION);
    await marker.click();
    const seen = await recording();
    expect(seen.at(-1)).toBe(ROTATION);
    // At least one frame between the two pictures: it moved, it did not jump.
    expect(seen.filter((m) => m !== initial.matrix && m !== ROTATION).length).toBeGreaterThan(0);
    await expect.poll(widgetInView, { timeout: 3000 }).toBe(true);
    expect(page.url()).not.toContain('#');
  });

  it('a marker works from the keyboard; with reduced motion a step jumps', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.locator('#step-5 a.step-go').focus();
    const recording = await recordMatrix('1 2; 0.5 1');
    await page.keyboard.press('Enter');
    const seen = await recording();
    expect(seen.at(-1)).toBe('1 2; 0.5 1');
    expect(seen.filter((m) => m !== ROTATION && m !== '1 2; 0.5 1')).toEqual([]);
    expect((await settingsOf()).eigen).toBe('true');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('presenter bar buttons keep their place; Esc restores what the prose describes', async () => {
    const initial = { matrix: '1 1; 0 1', t: '1', eigen: 'false' };
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('s');
    const nextX = () =>
      page.locator('.presenter-next').evaluate((b) => Math.round(b.getBoundingClientRect().x));
    const xs: number[] = [];
    for (let n = 1; n <= 5; n++) {
      await expect.poll(() => page.locator('.presenter-status').innerText()).toContain(`Step ${n} / 5`);
      xs.push(await nextX());
      if (n < 5) await page.keyboard.press('ArrowRight');
    }
    expect(new Set(xs).size, `Next at x = ${xs.join(', ')}`).toBe(1);
    await expect.poll(async () => (await settingsOf()).matrix).toBe('1 2; 0.5 1');
    await page.keyboard.press('Escape');
    await expect
      .poll(async () => {
        const s = await settingsOf();
        return { matrix: s.matrix, t: s.t, eigen: s.eigen };
      })
      .toEqual(initial);
    expectClean(page);
  });

  it('W opens the presenter window: notes, next step, timer, and next/previous both ways', async () => {
    const markers = await page.$$eval('.step[data-step]', (els) =>
      els.map((el) => ({ title: el.getAttribute('data-title')!, notes: el.getAttribute('data-notes') })),
    );
    expect(
      markers.every((m) => !!m.notes),
      'every step of lesson 2 has notes',
    ).toBe(true);
    await page.keyboard.press('p'); // the projector theme, remembered for the second window too
    await page.keyboard.press('s');
    const current = () => page.locator('.step[aria-current="step"]').getAttribute('data-step');
    await expect.poll(current).toBe('1');
    const [popup] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('w')]);
    // The harness's watch: every console problem, except the test context's blocked service worker.
    const watched = watchProblems(popup);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).pathname).toBe('/presenter.html');
    const shows = (w: Page) => async () => ({
      title: await w.locator('.pv-title').innerText(),
      notes: await w.locator('.pv-notes').innerText(),
      next: await w.locator('.pv-next').innerText(),
    });
    const at = (n: number) => ({
      title: markers[n - 1]!.title,
      notes: markers[n - 1]!.notes,
      next: markers[n]?.title ?? 'This is the last step.',
    });
    await expect.poll(shows(popup), { timeout: 5000 }).toEqual(at(1));
    expect(await popup.locator('.pv-timer').innerText()).toMatch(/^\d+:\d\d$/);
    expect(await popup.locator('html').getAttribute('data-theme')).toBe('projector');

    // From the presenter window, the lesson page moves; from the lesson page, the window follows.
    await popup.locator('.presenter-next').click();
    await expect.poll(current).toBe('2');
    await expect.poll(shows(popup)).toEqual(at(2));
    await page.keyboard.press('ArrowRight');
    await expect.poll(shows(popup)).toEqual(at(3));
    await popup.keyboard.press('ArrowLeft');
    await expect.poll(current).toBe('2');
    await expect.poll(async () => (await settingsOf()).matrix).toBe('1 1; 0 1');
    await screenshot(popup, 'presenter-window-projector', false);
    await screenshot(page, 'presenter-main-projector', false);
    expectClean(watched, 'the presenter window');
    await popup.close();
    await page.keyboard.press('Escape');
    expectClean(page);
  });

  it('a step key turns the page after a drag on a handle, but moves a handle chosen with Tab', async () => {
    const current = () => page.locator('.step[aria-current="step"]').getAttribute('data-step');
    const matrix = async () => (await settingsOf()).matrix;
    await page.keyboard.press('s');
    await expect.poll(current).toBe('1');
    await expect.poll(matrix).toBe('1 0; 0 1');
    const j = await handleCentre(page, '#main', 'j');
    await page.mouse.click(j.x, j.y);
    expect(await page.$eval('#main', (el) => el.shadowRoot!.activeElement?.getAttribute('data-handle'))).toBe(
      'j',
    );
    await page.keyboard.press('ArrowRight');
    await expect.poll(current).toBe('2');
    await expect.poll(matrix).toBe('1 1; 0 1');
    // Tab (here Shift+Tab, to î) is the learner's choice: the arrow moves the handle, not the step.
    await page.keyboard.press('Shift+Tab');
    expect(await page.$eval('#main', (el) => el.shadowRoot!.activeElement?.getAttribute('data-handle'))).toBe(
      'i',
    );
    await page.keyboard.press('ArrowRight');
    await expect.poll(matrix).toBe('1.1 1; 0 1');
    expect(await current()).toBe('2');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    expectClean(page);
  });
});

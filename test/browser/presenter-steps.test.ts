/**
 * Presenter steps as a learner alone and a teacher meet them, on one page of lesson 2: a step
 * marker is a link that shows its step in the widget and brings the widget into view; a step
 * glides from the previous picture to the next (and jumps under reduced motion); the bar's
 * buttons keep their place from step to step; leaving presenter mode puts back the state the
 * prose describes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, settle, type LumenPage } from './harness';
import { LESSON2 } from './site-map';
import { useSite } from '../helpers/site';

const site = useSite();
let page: LumenPage;

const ROTATION = '0 -1; 1 0';

function settingsOf(): Promise<Record<string, string>> {
  return page.$eval('#main', (el) => (el as unknown as { settings(): Record<string, string> }).settings());
}

/**
 * Starts recording the widget's matrix on every frame until it reads `end` (or 4 s pass); the
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
        if (m === end || performance.now() - t0 > 4000) done(seen);
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
});

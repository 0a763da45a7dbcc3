/**
 * The share menu and the fullscreen control every widget carries (src/ui/share-menu), as a
 * learner, a blogger and a teacher use them, on one lesson page: the menu by keyboard, a copied
 * link that reproduces the picture, a copied embed that works in a blank page of another site,
 * the PNG download, the clipboard's refusal, fullscreen with a bigger canvas, `share="false"`,
 * and print. Screenshots of the open menu in the three themes at 1280 and 390 px.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { expectClean, screenshot, settle, type LumenPage } from './harness';
import { decodePng } from './png';
import { readState, useSite, whenReady } from './widget-page';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const LESSON = '/lessons/probability/14-conditional-probability-and-bayes.html';
const W = '#test';
/** A page of a blog: filled with the copied embed code during the test. */
const blank = { body: '' };
const site = useSite({ '/blog/post.html': blank });
let page: LumenPage;
/** The link copied from the menu (the lesson with the widget's state). */
let link = '';
/** The script embed code copied from the menu, and the state it was copied in. */
let snippet = '';
let state: Record<string, unknown> = {};

const tool = (name: string): string => `${W} .tools ${name}`;
const item = (label: string): string => `${W} [role=menuitem]:text-is("${label}")`;

/** The element focused inside the widget's shadow root (its text or aria-label). */
function focusedName(): Promise<string> {
  return page.$eval(W, (el) => {
    const f = el.shadowRoot!.activeElement as HTMLElement | null;
    return f ? f.getAttribute('aria-label') || f.textContent!.trim() : '';
  });
}

function clipboard(): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Opens the menu from its button with ↓ and runs the item called `label` with Enter. */
async function runItem(label: string): Promise<void> {
  await page.locator(tool('.tool-share')).focus();
  await page.keyboard.press('ArrowDown');
  await page.locator(item(label)).waitFor();
  for (let i = 0; i < 10 && (await focusedName()) !== label; i++) await page.keyboard.press('ArrowDown');
  expect(await focusedName()).toBe(label);
  await page.keyboard.press('Enter');
}

beforeAll(async () => {
  page = await site.open(LESSON, { width: 1280, height: 900 });
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  await settle(page);
  await whenReady(page, W);
});

afterAll(async () => {
  await page?.close();
});

describe('the share menu', () => {
  it('opens from its button by keyboard, moves with the arrows, and Escape gives focus back', async () => {
    const button = page.locator(tool('.tool-share'));
    expect(await button.getAttribute('aria-haspopup')).toBe('menu');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.focus();
    await page.keyboard.press('ArrowDown');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await focusedName()).toBe('Copy link');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName()).toBe('Copy link without controls');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focusedName()).toBe('Record video (up to 20 s)');
    await page.keyboard.press('Home');
    expect(await focusedName()).toBe('Copy link');
    // The open menu, its button and the fullscreen control have names axe accepts.
    await page.addScriptTag({ path: AXE });
    const findings = await page.evaluate(async (sel) => {
      const axe = (
        window as unknown as {
          axe: { run(c: Element): Promise<{ violations: { id: string; impact: string }[] }> };
        }
      ).axe;
      const r = await axe.run(document.querySelector(sel)!);
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    }, W);
    expect(findings).toEqual([]);
    // The widget's own arrow keys do not fire while the menu has them.
    const before = await readState(page, W);
    await page.keyboard.press('ArrowRight');
    expect(await readState(page, W)).toEqual(before);
    await page.keyboard.press('Escape');
    expect(await page.locator(`${W} [role=menu]`).isHidden()).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedName()).toBe('Share');
    // This widget draws no SVG: no SVG item is offered.
    await page.keyboard.press('Enter');
    expect(await page.locator(item('Download SVG')).isHidden()).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('shows the open menu in every theme, wide and on a phone', async () => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const theme of ['light', 'dark', 'projector']) {
        await page.evaluate((t) => {
          document.documentElement.setAttribute('data-theme', t);
          window.dispatchEvent(new Event('lumen-themechange'));
        }, theme);
        await page.locator(tool('.tool-share')).click();
        await page.locator(`${W} [role=menu]`).waitFor();
        await page.locator(W).scrollIntoViewIfNeeded();
        await screenshot(page, `share-menu-${theme}-${width}`, false);
        // Nothing sticks out sideways: the menu fits the phone.
        const box = (await page.locator(`${W} [role=menu]`).boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        await page.keyboard.press('Escape');
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => {
      document.documentElement.setAttribute('data-theme', 'light');
      window.dispatchEvent(new Event('lumen-themechange'));
    });
  });

  it('copies a link, a link without controls and the embed code (script and iframe)', async () => {
    await page.$eval(W, (el) =>
      (el as HTMLElement & { setState(s: object): void }).setState({ prevalence: 0.05, sensitivity: 0.8 }),
    );
    state = await readState(page, W);
    await runItem('Copy link');
    await page.locator(`${W} .tool-status:text-is("Link copied")`).waitFor();
    link = await clipboard();
    expect(new URL(link).pathname).toBe(LESSON);
    expect(new URL(link).searchParams.get('test.prevalence')).toBe('0.05');
    await runItem('Copy link without controls');
    expect(new URL(await clipboard()).searchParams.get('test.controls')).toBe('false');
    await runItem('Copy embed code (script)');
    snippet = await clipboard();
    expect(snippet).toMatch(
      /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/embed\.js"><\/script>\n<lumen-bayes /,
    );
    await runItem('Copy embed code (iframe)');
    const iframe = await clipboard();
    const src = new URL(/src="([^"]*)"/.exec(iframe)![1]!.replace(/&amp;/g, '&'));
    expect(src.pathname).toBe('/embed.html');
    expect(src.searchParams.get('widget')).toBe('bayes');
    expect(src.searchParams.get('prevalence')).toBe('0.05');
    expect(src.searchParams.get('sensitivity')).toBe('0.8');
  });

  it('shows the text in a selected field when the clipboard refuses', async () => {
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await runItem('Copy link');
    const field = page.locator(`${W} .tool-panel textarea`);
    await field.waitFor();
    expect(await field.inputValue()).toBe(
      await page.$eval(W, (el) => (el as HTMLElement & { shareUrl(): string }).shareUrl()),
    );
    expect(await focusedName()).toBe('');
    const selected = await page.$eval(W, (el) => {
      const t = el.shadowRoot!.querySelector('textarea')!;
      return el.shadowRoot!.activeElement === t && t.selectionEnd - t.selectionStart === t.value.length;
    });
    expect(selected).toBe(true);
    await page.keyboard.press('Escape');
    expect(await field.isHidden()).toBe(true);
    expect(await focusedName()).toBe('Share');
  });

  it('downloads a PNG at twice the canvas size, with the formula under it', async () => {
    const css = await page.$eval(W, (el) => {
      const rects = [...el.shadowRoot!.querySelectorAll('canvas')]
        .map((c) => c.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0);
      const width = Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left));
      const height = Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top));
      return { width, height };
    });
    const [download] = await Promise.all([page.waitForEvent('download'), runItem('Download PNG')]);
    expect(download.suggestedFilename()).toBe('lumen-bayes-test.png');
    const png = await readFile((await download.path())!);
    const image = decodePng(png);
    expect(image.width).toBe(Math.round(css.width * 2));
    // The formula's words sit in a band under the picture.
    expect(image.height).toBeGreaterThan(Math.round(css.height * 2) + 20);
  });

  it('records a WebM video of the widget until Stop, with a visible countdown', async () => {
    await runItem('Record video (up to 20 s)');
    const rec = page.locator(tool('.tool-rec'));
    // The recorder may take a while to begin (its encoder starts up); the countdown waits for it.
    await expect.poll(() => rec.textContent(), { timeout: 10_000 }).toContain('Recording: 20 s left');
    // The picture stays still while it films (a still picture makes a video too), past one
    // 1-second chunk.
    await expect.poll(() => rec.textContent(), { timeout: 5000 }).toContain('19 s left');
    // Without a video, the failure says what the widget showed instead.
    const saved = page.waitForEvent('download', { timeout: 15_000 }).catch(async () => {
      const shown = await page.$eval(W, (el) => el.shadowRoot!.querySelector('.tools')!.textContent);
      throw new Error(`no video was saved; the widget's tools read: ${shown}`);
    });
    const [download] = await Promise.all([saved, rec.locator('button:text-is("Stop")').click()]);
    expect(download.suggestedFilename()).toBe('lumen-bayes-test.webm');
    const video = await readFile((await download.path())!);
    // A WebM file opens with the EBML magic number.
    expect([...video.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    expect(video.length).toBeGreaterThan(500);
    // It plays, and its frame is the widget's picture (many colours), not a blank or black one.
    const frame = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const v = document.createElement('video');
      v.muted = true;
      v.src = URL.createObjectURL(new Blob([bytes], { type: 'video/webm' }));
      await new Promise((done, fail) => {
        v.onloadeddata = done;
        v.onerror = () => fail(new Error('the video does not play'));
      });
      // A frame is drawable once the video has decoded one at a time it was sent to.
      v.currentTime = 0.2;
      await new Promise((done) => (v.onseeked = done));
      const c = document.createElement('canvas');
      [c.width, c.height] = [v.videoWidth, v.videoHeight];
      const ctx = c.getContext('2d')!;
      ctx.drawImage(v, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < px.length; i += 4 * 7)
        colours.add((px[i]! >> 4) * 256 + (px[i + 1]! >> 4) * 16 + (px[i + 2]! >> 4));
      URL.revokeObjectURL(v.src);
      return { width: v.videoWidth, colours: colours.size };
    }, video.toString('base64'));
    expect(frame.width).toBeGreaterThan(300);
    expect(frame.colours).toBeGreaterThan(8);
    expect(await rec.isHidden()).toBe(true);
  });

  it('hides with share="false", and prints without the toolbar or a break inside a widget', async () => {
    await page.$eval(W, (el) => el.setAttribute('share', 'false'));
    expect(await page.locator(`${W} .tools`).isHidden()).toBe(true);
    await page.$eval(W, (el) => el.removeAttribute('share'));
    expect(await page.locator(`${W} .tools`).isVisible()).toBe(true);
    await page.$eval(W, (el) =>
      (el as HTMLElement & { setState(s: object): void }).setState({ controls: false }),
    );
    expect(await page.locator(`${W} .tools`).isHidden()).toBe(true);
    await page.$eval(W, (el) =>
      (el as HTMLElement & { setState(s: object): void }).setState({ controls: true }),
    );
    await page.emulateMedia({ media: 'print' });
    const printed = await page.$eval(W, (el) => ({
      tools: getComputedStyle(el.shadowRoot!.querySelector('.tools')!).display,
      inside: getComputedStyle(el).breakInside,
      canvas: getComputedStyle(el.shadowRoot!.querySelector('canvas')!).display,
    }));
    expect(printed.tools).toBe('none');
    expect(printed.inside).toBe('avoid');
    expect(printed.canvas).not.toBe('none');
    await page.emulateMedia({ media: 'screen' });
  });

  it('the copied link, opened, shows the same widget', async () => {
    await page.goto(link, { waitUntil: 'networkidle' });
    await settle(page);
    await whenReady(page, W);
    expect(await readState(page, W)).toEqual(state);
  });

  it('the copied embed code, pasted into a blank page of a blog, shows the same widget', async () => {
    blank.body = `<!doctype html><meta charset="utf-8"><title>A blog post</title><link rel="icon" href="data:,">
<h1>My post</h1>
${snippet}`;
    await page.goto(site.server.url('/blog/post.html'), { waitUntil: 'networkidle' });
    await settle(page);
    await whenReady(page, 'lumen-bayes');
    expect(await readState(page, 'lumen-bayes')).toEqual(state);
    expectClean(page);
  });
});

describe('the fullscreen control', () => {
  it('fills the screen with the widget, scaled up with a sharper canvas, and comes back', async () => {
    // A 1920 × 1080 screen at density 2 (a 4K laptop): the widget, zoomed to fill it, draws its
    // canvas with more than the page's 2000 px cap.
    const big = await site.open(LESSON, { width: 1920, height: 1080, deviceScaleFactor: 2 });
    await settle(big);
    await whenReady(big, W);
    const backing = (): Promise<number> =>
      big.$eval(W, (el) => Math.max(...[...el.shadowRoot!.querySelectorAll('canvas')].map((c) => c.width)));
    const before = await backing();
    const button = big.locator(tool('.tool-fullscreen'));
    expect(await button.getAttribute('aria-label')).toBe('Fullscreen');
    await button.click();
    await big.waitForFunction((s) => document.fullscreenElement === document.querySelector(s), W);
    expect(await button.getAttribute('aria-label')).toBe('Exit fullscreen');
    await big.waitForFunction(
      (s) =>
        Math.max(
          ...[...document.querySelector(s)!.shadowRoot!.querySelectorAll('canvas')].map((c) => c.width),
        ) > 2000,
      W,
    );
    // Scaled up to the screen: the widget's frame fills its height (or its width).
    const fill = await big.$eval(W, (el) => {
      const f = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      return Math.max(f.width / innerWidth, f.height / innerHeight);
    });
    expect(fill).toBeGreaterThan(0.95);
    await button.click();
    await big.waitForFunction(() => document.fullscreenElement === null);
    await big.waitForFunction(
      ([s, w]) =>
        Math.max(
          ...[...document.querySelector(s!)!.shadowRoot!.querySelectorAll('canvas')].map((c) => c.width),
        ) === Number(w),
      [W, String(before)],
    );
    expect(await button.getAttribute('aria-label')).toBe('Fullscreen');
    expectClean(big);
    await big.close();
  });
});

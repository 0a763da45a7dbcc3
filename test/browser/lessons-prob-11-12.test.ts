/**
 * Lessons 11 and 12 with `<lumen-sampler>`, used as a learner and a teacher would: draws by
 * buttons and keys, the running mean settling (a million draws through the bulk simulation),
 * sliders moved by arrow keys (Shift coarse, Alt fine), a weighted die edited down to all zeros
 * (refused with a message), bad settings in the URL, the predict-first checkpoints, a presenter
 * step, and clean pages in the three themes and at phone width.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, screenshot, settle } from './harness';
import { useSite } from './widget-page';

const LESSON11 = '/lessons/probability/11-chance-and-large-numbers.html';
const LESSON12 = '/lessons/probability/12-distributions.html';

interface SamplerView extends HTMLElement {
  readonly state: Record<string, unknown> & {
    dist: string;
    p: number;
    draws: number;
    seed: number;
    weights: number[];
    alpha: number;
    truth: boolean;
  };
  setState(partial: Record<string, unknown>): void;
  readonly summary: {
    count: number;
    mean: number | undefined;
    sd: number | undefined;
    trueMean: number;
    trueSd: number;
    path: string;
    running: boolean;
  };
  readonly histogram: { lo: number; hi: number; n: number; counts: number[] };
  readonly messages: string[];
  readonly description: string;
  readonly singleDraws: number[];
}

const site = useSite();

const view = <T>(page: Page, id: string, f: (el: SamplerView) => T): Promise<T> =>
  page.$eval(
    `#${id}`,
    (el, src) => (new Function('el', `return (${src})(el)`) as (e: unknown) => T)(el),
    f.toString(),
  );
const state = (page: Page, id: string) => view(page, id, (el) => el.state);
const summary = (page: Page, id: string) => view(page, id, (el) => el.summary);

/** Waits until the picture holds `count` draws and no simulation is running. */
async function drawn(page: Page, id: string, count: number): Promise<SamplerView['summary']> {
  await page.waitForFunction(
    ([sel, n]) => {
      const s = (document.querySelector(sel as string) as SamplerView | null)?.summary;
      return s !== undefined && !s.running && s.count === n;
    },
    [`#${id}`, count] as const,
    { timeout: 15_000 },
  );
  return summary(page, id);
}

/** How many different colours the chart canvas shows: a blank canvas has one. */
const canvasColours = (page: Page, id: string, which: 'histogram' | 'trace'): Promise<number> =>
  page.$eval(
    `#${id}`,
    (el, cls) => {
      const c = el.shadowRoot?.querySelector(`canvas.${cls}`) as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97)
        seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return seen.size;
    },
    which,
  );

describe('lesson 11: chance and the law of large numbers', () => {
  it('draws 1, 100 and a million; the running mean settles; p moves by keys; the weighted die refuses all zeros', async () => {
    const page = await site.open(LESSON11);
    await settle(page);
    expect((await state(page, 'main')).draws).toBe(0);

    await page.locator('#main button[name="draw1"]').click();
    expect((await summary(page, 'main')).count).toBe(1);
    // Keys inside the widget: 2 draws a hundred more.
    await page.locator('#main button[name="draw100"]').focus();
    await page.keyboard.press('2');
    expect((await state(page, 'main')).draws).toBe(101);
    expect(await view(page, 'main', (el) => el.description)).toMatch(
      /^Coin \(1 = heads\) with p = 0\.5, seed 1\. 101 draws: the running mean is [\d.]+, [\d.]+ from the true mean 0\.5\. Shares: tails: [\d.]+% \(exact 50\.0%\), heads/,
    );

    const own = await view(page, 'main', (el) => el.singleDraws);
    expect(own).toHaveLength(101);
    // A million more through the bulk simulation: the mean is within 4 standard errors (0.002) of 1/2.
    await page.keyboard.press('3');
    let s = await drawn(page, 'main', 1_000_101);
    // The learner's own 101 flips stay, and 10,000 dots are drawn (review D4).
    const after = await view(page, 'main', (el) => el.singleDraws);
    expect(after).toHaveLength(10_000);
    expect(after.slice(0, 101)).toEqual(own);
    expect(Math.abs(s.mean! - 0.5)).toBeLessThan(0.002);
    expect(s.path).toMatch(/typed arrays|tfjs/);
    expect(await canvasColours(page, 'main', 'trace')).toBeGreaterThan(3);

    // The p slider by keys: one step, ten steps with Shift, a tenth with Alt. The million is redrawn.
    await page.locator('#main input[name="p"]').focus();
    await page.keyboard.press('ArrowRight');
    expect((await state(page, 'main')).p).toBe(0.51);
    await page.keyboard.press('Shift+ArrowRight');
    expect((await state(page, 'main')).p).toBe(0.61);
    await page.keyboard.press('Alt+ArrowLeft');
    expect((await state(page, 'main')).p).toBe(0.609);
    s = await drawn(page, 'main', 1_000_101);
    expect(Math.abs(s.mean! - 0.609)).toBeLessThan(0.002);
    expect(s.trueMean).toBeCloseTo(0.609, 12);

    // Start over (r), then a weighted die: all zeros is refused and the last good weights stay.
    await page.locator('#main button[name="draw1"]').focus();
    await page.keyboard.press('r');
    expect((await state(page, 'main')).draws).toBe(0);
    await page.locator('#main select[name="dist"]').selectOption('weighted');
    expect((await state(page, 'main')).dist).toBe('weighted');
    for (let face = 1; face <= 6; face++) {
      const box = page.locator(`#main input[name="weight-${face}"]`);
      await box.fill('0');
      await box.press('Tab');
    }
    expect((await state(page, 'main')).weights).toEqual([0, 0, 0, 0, 0, 3]);
    expect((await view(page, 'main', (el) => el.messages)).join(' ')).toMatch(
      /Weights: weights are all zero: nothing can happen/,
    );
    const first = page.locator('#main input[name="weight-1"]');
    await first.fill('2');
    await first.press('Tab');
    expect((await state(page, 'main')).weights).toEqual([2, 0, 0, 0, 0, 0]);
    expect(await view(page, 'main', (el) => el.messages)).toEqual([]);
    await page.locator('#main button[name="draw100"]').click();
    s = await summary(page, 'main');
    // Only face 1 can come up.
    expect([s.count, s.mean, s.sd]).toEqual([100, 1, 0]);
    expectClean(page);
    await page.close();
  });

  it('predict first: the loaded die’s long-run average, then a presenter step', async () => {
    const page = await site.open(LESSON11);
    await settle(page);
    expect((await state(page, 'guess')).draws).toBe(20);
    // Before the guess the widget hides the answer: no exact dots, no dashed mean, no E[X].
    expect((await state(page, 'guess')).truth).toBe(false);
    expect(await page.locator('#guess .status').innerText()).not.toMatch(/true/);
    expect(await view(page, 'guess', (el) => el.description)).not.toMatch(/4\.125|true mean/);
    const guess = page.locator('#ask input[name="guess"]');
    await guess.scrollIntoViewIfNeeded();
    await guess.fill('4');
    await page.locator('#ask button[name="lock"]').click();
    expect(
      await page.locator('#ask').evaluate((el) => (el as unknown as { prediction: unknown }).prediction),
    ).toEqual({ guess: 4, answer: 4.125, correct: false, error: 0.125 });
    const s = await drawn(page, 'guess', 1_000_000);
    expect((await state(page, 'guess')).truth).toBe(true);
    expect(await page.locator('#guess .status').innerText()).toMatch(/\(true 4\.125\)/);
    expect(Math.abs(s.mean! - 4.125)).toBeLessThan(0.006);
    expect(s.trueMean).toBeCloseTo(4.125, 12);

    await page.locator('#content').focus();
    await page.keyboard.press('s');
    await expect
      .poll(() => page.locator('.step[aria-current="step"]').getAttribute('data-step'), { timeout: 3000 })
      .toBe('1');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await state(page, 'main')).draws, { timeout: 3000 }).toBe(10);
    expect((await summary(page, 'main')).count).toBe(10);
    expectClean(page);
    await page.close();
  });

  it('bad settings from the URL and from JavaScript: a message and the default, never NaN', async () => {
    const page = await site.open(`${LESSON11}?main.p=1.5&main.draws=1000000000&main.seed=-3`);
    await settle(page);
    const messages = (await view(page, 'main', (el) => el.messages)).join('\n');
    expect(messages).toMatch(
      /p="1\.5" \(URL\): p is 1\.5: a probability must be between 0 and 1\. Using "0\.5"\./,
    );
    expect(messages).toMatch(/draws="1000000000" \(URL\): draws can be at most 100000000/);
    expect(messages).toMatch(/seed="-3" \(URL\): the seed must be a whole number ≥ 0/);
    expect(
      await page
        .locator('#main')
        .evaluate((el) => el.shadowRoot!.querySelector('.messages')!.checkVisibility()),
    ).toBe(true);
    const st = await state(page, 'main');
    expect([st.p, st.draws, st.seed]).toEqual([0.5, 0, 1]);
    // Each parameter fine alone, the pair impossible: a < b is named, the default uniform is drawn.
    await view(page, 'main', (el) => el.setState({ dist: 'uniform', a: 2, b: 1, draws: 50 }));
    expect((await view(page, 'main', (el) => el.messages)).join(' ')).toMatch(
      /the uniform needs a < b \(got a = 2, b = 1\); showing the default uniform instead/,
    );
    const s = await summary(page, 'main');
    expect(s.trueMean).toBe(0.5);
    expect(Number.isFinite(s.mean)).toBe(true);
    // σ ≤ 0 typed into the box is refused next to the widget; the last good σ stays.
    await view(page, 'main', (el) => el.setState({ dist: 'normal' }));
    const sd = page.locator('#main input[name="sd-value"]');
    await sd.fill('-1');
    await sd.press('Enter');
    expect((await view(page, 'main', (el) => el.messages)).join(' ')).toMatch(
      /σ \(standard deviation\) = -1: sd is -1: a standard deviation must be positive/,
    );
    expect((await state(page, 'main')).sd).toBe(1);
    expect(await view(page, 'main', (el) => el.description)).not.toMatch(/NaN|Infinity/);
    // Removed in the middle of a long simulation: it stops quietly.
    await view(page, 'main', (el) => el.setState({ draws: 50_000_000 }));
    expect((await summary(page, 'main')).running).toBe(true);
    await page.$eval('#main', (el) => el.remove());
    await page.waitForTimeout(300);
    expectClean(page);
    await page.close();
  });
});

describe('lesson 12: distributions', () => {
  it('a million normal draws trace the density; the beta by typed shapes; predict the binomial’s mode', async () => {
    const page = await site.open(LESSON12);
    await settle(page);
    expect((await summary(page, 'main')).count).toBe(100);
    await page.locator('#main button[name="drawMillion"]').click();
    const s = await drawn(page, 'main', 1_000_100);
    expect(Math.abs(s.mean!)).toBeLessThan(0.005);
    expect(Math.abs(s.sd! - 1)).toBeLessThan(0.005);
    // The histogram's shares match the bins' exact probabilities (checked in the page's units).
    const h = await view(page, 'main', (el) => el.histogram);
    const total = h.counts.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(1_000_000);
    const mid = h.counts[h.n / 2]! / total; // the bin [0, 10/48)
    expect(Math.abs(mid - 0.0826)).toBeLessThan(0.002);

    await page.locator('#main select[name="dist"]').selectOption('beta');
    const alpha = page.locator('#main input[name="alpha-value"]');
    await alpha.fill('0.5');
    await alpha.press('Enter');
    expect((await state(page, 'main')).alpha).toBe(0.5);
    const beta = page.locator('#main input[name="beta-value"]');
    await beta.fill('0.5');
    await beta.press('Enter');
    const b = await drawn(page, 'main', 1_000_100);
    expect(b.trueMean).toBe(0.5);
    expect(Math.abs(b.mean! - 0.5)).toBeLessThan(0.002);
    expect(Math.abs(b.sd! - Math.sqrt(1 / 8))).toBeLessThan(0.002);
    expect(await canvasColours(page, 'main', 'histogram')).toBeGreaterThan(3);

    const guess = page.locator('#ask input[name="guess"]');
    await guess.scrollIntoViewIfNeeded();
    await guess.fill('6');
    await guess.press('Enter');
    expect(
      await page.locator('#ask').evaluate((el) => (el as unknown as { prediction: unknown }).prediction),
    ).toMatchObject({ guess: 6, answer: 6, correct: true });
    await drawn(page, 'guess', 1_000_000);
    const counts = (await view(page, 'guess', (el) => el.histogram)).counts;
    expect(counts.indexOf(Math.max(...counts))).toBe(6); // bins start at 0 successes
    expectClean(page);
    await page.close();
  });

  const cases = [
    { theme: 'light', width: 390, height: 800 },
    { theme: 'dark', width: 1280, height: 900 },
    { theme: 'projector', width: 1600, height: 1000 },
  ] as const;
  it.each(cases)(
    '$theme at $width px: clean, nothing wider than the page, charts drawn',
    async ({ theme, width, height }) => {
      const page = await site.open(`${LESSON12}?theme=${theme}`, { width, height });
      await settle(page);
      await view(page, 'main', (el) => el.setState({ dist: 'poisson', lambda: 4, draws: 5000 }));
      await page.locator('#main').scrollIntoViewIfNeeded();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await canvasColours(page, 'main', 'histogram')).toBeGreaterThan(3);
      expect(await canvasColours(page, 'main', 'trace')).toBeGreaterThan(3);
      await screenshot(page, `sampler-lesson12-${theme}-${width}`, false);
      expectClean(page);
      await page.close();
    },
  );
});

/**
 * Lessons 14 (Bayes, `<lumen-bayes>`) and 15 (covariance, `<lumen-covariance>`) as a reader meets
 * them: each page opens with a clean console, the predict-first checkpoint scores a typed or slid
 * guess, the sliders answer the arrow keys (Shift coarse, Alt fine), the coin flips by button and
 * by key, a handle of the cloud is dragged with the mouse and keyed, bad settings show a message
 * instead of a broken picture, presenter mode applies the steps, and the pages stay clean in the
 * dark and projector themes and at phone width. The numbers the prose quotes are checked against
 * what the widgets compute.
 *
 * Reduced motion is asked for, so "Flip 100" lands at once (no timing waits).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, screenshot, settle, type LumenPage } from './harness';
import { readState, useSite, whenReady } from './widget-page';
import { dragMouse, dragTouch, frames, type Point } from './plane-driver';

const LESSON14 = '/lessons/probability/14-conditional-probability-and-bayes.html';
const LESSON15 = '/lessons/probability/15-expectation-variance-covariance.html';

interface WidgetView extends HTMLElement {
  readonly state: Record<string, unknown>;
  setState(partial: Record<string, unknown>): void;
  readonly description: string;
  readonly messages: string[];
  readonly prediction: { guess: number; answer: number; error: number } | undefined;
  readonly numbers: Record<string, unknown>;
  plotToClient(p: readonly [number, number]): Point;
}

const site = useSite();

function open(path: string, o: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<LumenPage> {
  return site.open(path, { reducedMotion: 'reduce', ...o });
}

function numbers<T>(page: Page, sel: string): Promise<T> {
  return page.$eval(sel, (el) => JSON.parse(JSON.stringify((el as WidgetView).numbers)) as T);
}

function description(page: Page, sel: string): Promise<string> {
  return page.$eval(sel, (el) => (el as WidgetView).description);
}

async function stepMarked(page: Page): Promise<number[]> {
  return page.$$eval('.step[aria-current="step"]', (els) =>
    els.map((el) => Number(el.getAttribute('data-step'))),
  );
}

/** Counts canvas pixels that differ from the top-left pixel: a blank canvas has none. */
function inkedPixels(page: Page, sel: string, canvas: string): Promise<number> {
  return page.$eval(
    sel,
    (el, c) => {
      const cv = el.shadowRoot!.querySelector(c) as HTMLCanvasElement;
      const data = cv.getContext('2d')!.getImageData(0, 0, cv.width, cv.height).data;
      let n = 0;
      for (let k = 0; k < data.length; k += 4)
        if (data[k] !== data[0] || data[k + 1] !== data[1] || data[k + 2] !== data[2]) n++;
      return n;
    },
    canvas,
  );
}

type TestNumbers = {
  analysis: {
    counts: Record<string, number>;
    exact: { diseaseGivenPositive: number; diseaseGivenNegative: number };
    positives: number;
  };
};
type CoinNumbers = {
  analysis: {
    heads: number;
    tails: number;
    posterior: { alpha: number; beta: number; mean: number; interval: [number, number] };
  };
};
type CovNumbers = {
  covariance: number[];
  ellipse: { variances: [number, number]; radii: [number, number]; angle: number };
  sample: { covariance: number[]; correlation: number; n: number };
};

describe('lesson 14: Bayes', () => {
  it('scores a typed guess, moves the sliders by key, flips the coin, refuses bad settings and presents its steps', async () => {
    const page = await open(LESSON14);
    await settle(page);
    expect(await page.locator('h1').innerText()).toBe("Conditional probability and Bayes' theorem");
    expectClean(page);

    // Predict first: nobody is tested yet, the counts are hidden, the formula's result is a "?".
    await whenReady(page, '#guess', 'input[name="guess"]');
    expect(await description(page, '#guess')).toContain('Predict P(D | +) before the test results are shown');
    expect(await page.locator('#guess .legend .count').allInnerTexts()).toEqual(['?', '?', '?', '?']);
    expect(await page.$eval('#guess', (el) => (el as WidgetView).prediction)).toBeUndefined();
    // A typo is refused in words, then the usual "90%" guess.
    await page.locator('#guess input[name="guess"]').fill('ninety');
    await page.locator('#guess button[name="reveal"]').click();
    expect(await page.locator('#guess .guess-error').innerText()).toMatch(/Type a percentage/);
    await page.locator('#guess input[name="guess"]').fill('90');
    await page.locator('#guess input[name="guess"]').press('Enter');
    await frames(page, 2);
    const p = (await page.$eval('#guess', (el) => (el as WidgetView).prediction))!;
    expect(p.guess).toBeCloseTo(0.9, 12);
    expect(p.answer).toBeCloseTo(0.0917431, 6);
    expect(await page.locator('#guess .predict-result').innerText()).toBe(
      'Your guess 90% was 80.8 percentage points above P(D | +) = 9.17%. Far off: this is the surprise of the lesson.',
    );
    expect(await page.locator('#guess .legend .count').allInnerTexts()).toEqual(['9', '89', '1', '901']);
    expect(await inkedPixels(page, '#guess', '.dots-box canvas')).toBeGreaterThan(5000);

    // The main widget: the prose's counts and posteriors.
    await whenReady(page, '#test', 'input[name="prevalence"]');
    let t = await numbers<TestNumbers>(page, '#test');
    expect(t.analysis.counts).toEqual({
      truePositive: 9,
      falseNegative: 1,
      falsePositive: 89,
      trueNegative: 901,
    });
    expect(t.analysis.exact.diseaseGivenPositive).toBeCloseTo(0.0917, 4);
    expect(t.analysis.exact.diseaseGivenNegative).toBeCloseTo(0.0011, 4);
    expect(await page.locator('#test .readout-posterior').innerText()).toBe(
      'Of the 98 people who test positive, 9 have the condition: 9.18%. Exactly, P(D | +) = 9.17%.',
    );

    // Keys on the prevalence slider: Shift + → is +1%, Alt + ← is −0.01%.
    const prevalence = page.locator('#test input[name="prevalence"]');
    await prevalence.focus();
    await page.keyboard.press('Shift+ArrowRight');
    await frames(page, 2);
    expect((await readState(page, '#test')).prevalence).toBeCloseTo(0.02, 12);
    t = await numbers<TestNumbers>(page, '#test');
    expect(t.analysis.counts).toEqual({
      truePositive: 18,
      falseNegative: 2,
      falsePositive: 88,
      trueNegative: 892,
    });
    expect(await description(page, '#test')).toContain(
      'Of the 106 people who test positive, 18 have the condition',
    );
    await page.keyboard.press('Alt+ArrowLeft');
    expect((await readState(page, '#test')).prevalence).toBeCloseTo(0.0199, 12);
    // A mouse on the other controls: 10,000 people, shading off.
    await page.locator('#test select[name="population"]').selectOption('10000');
    await page.locator('#test input[name="highlight"]').click();
    const s = await readState(page, '#test');
    expect([s.population, s.highlight]).toEqual([10000, false]);

    // Bad settings: a message beside the widget, the previous or default value, never NaN.
    await page.$eval('#test', (el) => (el as WidgetView).setState({ prevalence: 1.5 }));
    await page.$eval('#test', (el) => el.setAttribute('sensitivity', 'NaN'));
    await frames(page, 2);
    const messages = await page.$eval('#test', (el) => (el as WidgetView).messages);
    expect(messages.join('\n')).toMatch(/prevalence \(setState\): must be between 0 and 1\. Value kept\./);
    expect(messages.join('\n')).toMatch(/sensitivity="NaN" \(attribute\): expected a number/);
    expect(await page.locator('#test .messages').isVisible()).toBe(true);
    expect((await readState(page, '#test')).sensitivity).toBe(0.9);
    expect(await page.locator('#test .layout').innerText()).not.toMatch(/NaN/);

    // The coin: Flip 10 by the mouse, f and r by keys, Flip 100 (at once with reduced motion).
    await whenReady(page, '#coin', 'button[name="flip"]');
    await page.locator('#coin button[name="flip10"]').click();
    await frames(page, 2);
    let c = await numbers<CoinNumbers>(page, '#coin');
    expect([c.analysis.heads, c.analysis.tails]).toEqual([6, 4]);
    expect(c.analysis.posterior.interval[0]).toBeCloseTo(0.316, 3);
    expect(c.analysis.posterior.interval[1]).toBeCloseTo(0.808, 3);
    expect(await description(page, '#coin')).toContain('posterior is Beta(8, 6): mean 0.571');
    await page.keyboard.press('f');
    expect((await readState(page, '#coin')).flips).toBe(11);
    await page.keyboard.press('r');
    expect((await readState(page, '#coin')).flips).toBe(0);
    await page.locator('#coin button[name="flip100"]').click();
    await frames(page, 2);
    c = await numbers<CoinNumbers>(page, '#coin');
    expect([
      c.analysis.heads,
      c.analysis.tails,
      c.analysis.posterior.alpha,
      c.analysis.posterior.beta,
    ]).toEqual([73, 27, 75, 29]);
    expect(await inkedPixels(page, '#coin', '.density-box canvas')).toBeGreaterThan(5000);
    // α by key: Shift + → on the α slider adds 5 to the prior.
    await page.locator('#coin input[name="alpha"]').focus();
    await page.keyboard.press('Shift+ArrowRight');
    expect((await readState(page, '#coin')).alpha).toBe(7);
    // Review D16: a lower end of 4.5e-13 is not printed as 0 beside "0 is outside".
    await page.$eval('#coin', (el) =>
      (el as WidgetView).setState({ alpha: 0.1, beta: 0.1, trueP: 0, flips: 5 }),
    );
    await expect
      .poll(() => description(page, '#coin'))
      .toMatch(
        /interval 4\.\d·10⁻¹³ to 0\.189\. The true heads probability 0 is outside the interval, below 4\.\d·10⁻¹³\.$/,
      );

    // Presenter mode: step 1 sets the lesson's numbers, step 2 the rarer condition.
    await page.locator('main#content').focus();
    await page.keyboard.press('s');
    await expect.poll(() => stepMarked(page)).toEqual([1]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepMarked(page)).toEqual([2]);
    await expect.poll(async () => (await readState(page, '#test')).prevalence).toBe(0.001);
    t = await numbers<TestNumbers>(page, '#test');
    expect(t.analysis.exact.diseaseGivenPositive).toBeCloseTo(0.0099, 4);
    await page.keyboard.press('End');
    await expect.poll(async () => (await readState(page, '#coin')).flips).toBe(100);
    await page.keyboard.press('Escape');
    await screenshot(page, 'lesson-14-light');
    expectClean(page);
    await page.close();
  });

  it('stays clean and drawn on a phone in the dark theme', async () => {
    const page = await open(`${LESSON14}?theme=dark`, { width: 390, colorScheme: 'dark' });
    await settle(page);
    await whenReady(page, '#test', 'canvas');
    expect(await inkedPixels(page, '#test', '.dots-box canvas')).toBeGreaterThan(3000);
    const overflow = await page.$eval('#test', (el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'lesson-14-phone-dark');
    expectClean(page);
    await page.close();
  });
});

describe('lesson 15: covariance', () => {
  it('scores a slid guess, drags and keys the axes, and presents its steps', async () => {
    const page = await open(LESSON15);
    await settle(page);
    expect(await page.locator('h1').innerText()).toBe('Expectation, variance, covariance');
    expectClean(page);

    // Predict first: the cloud alone, no handles, no numbers.
    await whenReady(page, '#guess', 'input[name="guess"]');
    expect(await page.locator('#guess [data-handle="major"]').isVisible()).toBe(false);
    expect(await page.locator('#guess .formula-wrap').isVisible()).toBe(false);
    expect(await description(page, '#guess')).toMatch(/Predict its correlation/);
    await page.locator('#guess input[name="guess"]').focus();
    for (let k = 0; k < 10; k++) await page.keyboard.press('ArrowLeft');
    await page.locator('#guess button[name="reveal"]').click();
    await frames(page, 2);
    const p = (await page.$eval('#guess', (el) => (el as WidgetView).prediction))!;
    expect(p.guess).toBeCloseTo(-0.5, 12);
    expect(p.answer).toBeCloseTo(-0.479, 3);
    expect(await page.locator('#guess .predict-result').innerText()).toBe(
      'Your guess −0.5 was 0.02 from the cloud’s correlation r = −0.48. Spot on!',
    );
    expect(await page.locator('#guess .formula-wrap').isVisible()).toBe(true);

    // The prose's numbers.
    await whenReady(page, '#cloud', '[data-handle="major"]');
    let n = await numbers<CovNumbers>(page, '#cloud');
    n.covariance.forEach((x, k) => expect(x).toBeCloseTo([2.25, 0.9, 0.9, 1][k]!, 12));
    expect(n.ellipse.variances[0]).toBeCloseTo(2.7207, 4);
    expect(n.ellipse.variances[1]).toBeCloseTo(0.5293, 4);
    expect(n.ellipse.angle).toBeCloseTo(27.61, 2);
    expect(n.sample.correlation).toBeCloseTo(0.59, 2);
    expect(n.sample.covariance.map((x) => Math.round(x * 100) / 100)).toEqual([2.41, 0.94, 0.94, 1.06]);
    expect(await inkedPixels(page, '#cloud', 'canvas')).toBeGreaterThan(5000);

    // Drag the long axis's tip straight up to (0, 3): the cloud stands upright, 1.5 sd tall.
    const box = (await page.locator('#cloud [data-handle="major"]').boundingBox())!;
    const to = await page.$eval('#cloud', (el) => (el as WidgetView).plotToClient([0, 3]));
    await dragMouse(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, to);
    n = await numbers<CovNumbers>(page, '#cloud');
    expect(Math.abs(n.ellipse.angle)).toBeGreaterThan(85);
    expect(n.ellipse.radii[0] * 2).toBeCloseTo(3, 1);
    let s = await readState(page, '#cloud');
    expect(s.sdY as number).toBeCloseTo(1.5, 1);
    expect(Math.abs(s.rho as number)).toBeLessThan(0.1);
    expect(await description(page, '#cloud')).toContain('Principal axes (eigenvectors of Σ)');

    // Keys: ↑ on the short axis's tip makes it 0.1 longer (2σ), Shift + → on ρ adds 0.5.
    const before = n.ellipse.radii[1];
    await page.locator('#cloud [data-handle="minor"]').focus();
    await page.keyboard.press('ArrowUp');
    await frames(page, 2);
    n = await numbers<CovNumbers>(page, '#cloud');
    expect(n.ellipse.radii[1] * 2).toBeCloseTo(before * 2 + 0.1, 2);
    await page.$eval('#cloud', (el) => (el as WidgetView).setState({ sdX: 1.5, sdY: 1, rho: 0 }));
    await page.locator('#cloud input[name="rho"]').focus();
    await page.keyboard.press('Shift+ArrowRight');
    s = await readState(page, '#cloud');
    expect(s.rho).toBe(0.5);

    // Bad settings: σ ≤ 0 and ρ > 1 are refused with a message.
    await page.$eval('#cloud', (el) => {
      el.setAttribute('sd-x', '0');
      el.setAttribute('rho', '1.5');
    });
    await frames(page, 2);
    const messages = await page.$eval('#cloud', (el) => (el as WidgetView).messages);
    expect(messages.join('\n')).toMatch(/sd-x="0" \(attribute\): must be between 0\.1 and 5/);
    expect(messages.join('\n')).toMatch(/rho="1\.5" \(attribute\): must be between -1 and 1/);
    s = await readState(page, '#cloud');
    expect([s.sdX, s.rho]).toEqual([1.5, 0.6]);

    // Presenter mode: step 4 tilts the cloud down, step 5 takes 50 points.
    await page.locator('main#content').focus();
    await page.keyboard.press('s');
    await expect.poll(() => stepMarked(page)).toEqual([1]);
    await expect.poll(async () => (await readState(page, '#cloud')).rho).toBe(0);
    await page.keyboard.press('End');
    await expect.poll(() => stepMarked(page)).toEqual([5]);
    await expect.poll(async () => (await readState(page, '#cloud')).n).toBe(50);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await readState(page, '#cloud')).rho).toBe(-0.9);
    await page.keyboard.press('Escape');
    await screenshot(page, 'lesson-15-light');
    expectClean(page);
    await page.close();
  });

  it('stays clean and drawn in the projector theme, also on a phone, where a finger drags the axis', async () => {
    for (const width of [1280, 390]) {
      const page = await site.open(`${LESSON15}?theme=projector`, {
        width,
        reducedMotion: 'reduce',
        hasTouch: width < 500,
      });
      await settle(page);
      await whenReady(page, '#cloud', 'canvas');
      expect(await inkedPixels(page, '#cloud', 'canvas')).toBeGreaterThan(3000);
      const overflow = await page.$eval('#cloud', (el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      if (width < 500) {
        // The widget is taller than a phone's screen: bring its plot into view first.
        await page.locator('#cloud canvas').scrollIntoViewIfNeeded();
        await frames(page, 2);
        const box = (await page.locator('#cloud [data-handle="major"]').boundingBox())!;
        const to = await page.$eval('#cloud', (el) => (el as WidgetView).plotToClient([-2, 2]));
        await dragTouch(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, to);
        // The long axis now points up-left: a falling cloud, ρ < 0.
        const n = await numbers<CovNumbers>(page, '#cloud');
        expect(n.ellipse.angle).toBeCloseTo(-45, -1);
        expect((await readState(page, '#cloud')).rho as number).toBeLessThan(-0.5);
      }
      await screenshot(page, `lesson-15-projector-${width}`);
      expectClean(page);
      await page.close();
    }
  });
});

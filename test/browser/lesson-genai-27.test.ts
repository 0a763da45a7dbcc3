/**
 * Lesson 27 (`<lumen-softmax>`) as a reader meets it: a clean console; the predict-first guess at
 * T = 5 refused when it is not a number and scored when it is; the main widget's numbers equal the
 * lesson's NumPy panel; the temperature slider by key; typed logits, good, extreme (±1000 at
 * T = 0.05) and malformed; settings out of range kept out; the bigram model loads the corpus,
 * writes seeded text, scores the held-out speeches and names an unknown start word's closest
 * neighbour; a presenter step; the three themes at desktop and phone width.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, screenshot, settle, type LumenPage } from './harness';
import { readState, showTheme, THEMES, useSite, whenReady } from './widget-page';
import { frames } from './plane-driver';

const LESSON = '/lessons/generative-ai/27-softmax-temperature-cross-entropy.html';

interface SoftmaxView extends HTMLElement {
  readonly state: Record<string, unknown>;
  setState(partial: Record<string, unknown>): void;
  readonly description: string;
  readonly messages: string[];
  readonly prediction: { guess: number; answer: number; correct: boolean } | undefined;
  readonly ready: boolean;
  readonly numbers: {
    logits: {
      p: Record<string, number>;
      loss: number;
      gradient: Record<string, number>;
      counts: Record<string, number>;
    };
    bigram?: {
      text: string;
      held: { bits: number; perplexity: number };
      heldAtOne: { bits: number };
      uniform: { bits: number };
      next: { word: string; p: number }[];
    };
    start: string;
  };
}

type Numbers = SoftmaxView['numbers'];
const site = useSite();

function open(path: string, o: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<LumenPage> {
  return site.open(path, { reducedMotion: 'reduce', ...o });
}

function numbers(page: Page, sel: string): Promise<Numbers> {
  return page.$eval(sel, (el) => JSON.parse(JSON.stringify((el as SoftmaxView).numbers)) as Numbers);
}

const values = (r: Record<string, number>): number[] => Object.keys(r).map((k) => r[k]!);

async function bigramReady(page: Page, sel: string): Promise<void> {
  await page.waitForFunction((s) => (document.querySelector(s) as SoftmaxView | null)?.ready === true, sel, {
    timeout: 30_000,
  });
  await frames(page, 2);
}

describe('lesson 27: softmax, temperature and cross-entropy', () => {
  it('scores a guess, matches the NumPy panel, takes keys and typed logits, refuses bad input, writes text', async () => {
    const page = await open(LESSON);
    await settle(page);
    expect(await page.locator('h1').innerText()).toBe('Softmax, temperature and cross-entropy');
    expectClean(page);

    // Predict first: the bars are hidden, a word is refused, 40 at T = 5 is right (p = 0.4).
    await whenReady(page, '#guess', 'input[name="guess"]');
    expect(await page.locator('#guess .bar-value').allInnerTexts()).toEqual(['?', '?', '?']);
    expect(await page.$eval('#guess', (el) => (el as SoftmaxView).description)).toContain(
      'hidden until you guess',
    );
    await page.locator('#guess input[name="guess"]').fill('lots');
    await page.locator('#guess button[name="reveal"]').click();
    expect(await page.locator('#guess .guess-error').innerText()).toMatch(/Type a percentage/);
    await page.locator('#guess input[name="guess"]').fill('40');
    await page.locator('#guess input[name="guess"]').press('Enter');
    await frames(page, 2);
    const pred = (await page.$eval('#guess', (el) => (el as SoftmaxView).prediction))!;
    expect(pred.answer).toBeCloseTo(40.0, 1);
    expect(pred.correct).toBe(true);
    expect(await page.locator('#guess .bar-value').allInnerTexts()).toEqual(['40%', '32.7%', '27.3%']);

    // The main widget at the lesson's first state: the NumPy panel's numbers.
    await whenReady(page, '#odds', 'input[name="temperature"]');
    let n = await numbers(page, '#odds');
    [0.659, 0.242, 0.099].forEach((w, i) => expect(values(n.logits.p)[i]).toBeCloseTo(w, 3));
    expect(n.logits.loss).toBeCloseTo(0.417, 3);
    [-0.341, 0.242, 0.099].forEach((w, i) => expect(values(n.logits.gradient)[i]).toBeCloseTo(w, 3));
    expect(values(n.logits.counts).reduce((s, x) => s + x, 0)).toBe(1000);
    expect(await page.locator('#odds .formula .katex').count()).toBeGreaterThan(0);

    // Keys: ← on T is −0.05, Shift+← a big step down.
    await page.locator('#odds input[name="temperature"]').focus();
    await page.keyboard.press('ArrowLeft');
    await frames(page, 2);
    expect((await readState(page, '#odds')).temperature).toBeCloseTo(0.95, 12);
    // A logit slider by key raises "war".
    await page.locator('#odds input[name="logit-2"]').focus();
    await page.keyboard.press('ArrowRight');
    expect((await readState(page, '#odds')).logits).toEqual([2, 1.1, 0.1]);

    // Typed: ±1000 at T = 0.05 stays exact (no NaN), a malformed list is refused and kept out.
    const field = page.locator('#odds input[name="logits"]');
    await field.fill('1000 -1000 999');
    await field.press('Enter');
    await page.$eval('#odds', (el) => (el as SoftmaxView).setState({ temperature: 0.05 }));
    await frames(page, 2);
    n = await numbers(page, '#odds');
    expect(values(n.logits.p)[0]).toBeCloseTo(1, 8);
    expect(values(n.logits.p)[1]).toBe(0);
    expect(n.logits.loss).toBeCloseTo(0.0, 8);
    expect(await page.locator('#odds .layout').innerText()).not.toMatch(/NaN|Infinity/);
    await field.fill('1 x 3');
    await field.press('Enter');
    expect(await page.locator('#odds #logits-error').innerText()).toMatch(
      /“x” is not a number.*Kept the last good ones/,
    );
    expect((await readState(page, '#odds')).logits).toEqual([1000, -1000, 999]);

    // Out-of-range settings: a message, the value kept; a target past the classes is named.
    await page.$eval('#odds', (el) => (el as SoftmaxView).setState({ temperature: 0, target: 5 }));
    await frames(page, 2);
    const messages = (await page.$eval('#odds', (el) => (el as SoftmaxView).messages)).join('\n');
    expect(messages).toMatch(/temperature \(setState\): must be between 0.05 and 5/);
    expect(messages).toMatch(/Target 5 is past the 3 classes/);
    expect((await readState(page, '#odds')).temperature).toBe(0.05);

    // The bigram model: loads, writes seeded text, and is graded on held-out speeches.
    await whenReady(page, '#words', 'input[name="start"]');
    await bigramReady(page, '#words');
    let b = (await numbers(page, '#words')).bigram!;
    expect(b.heldAtOne.bits).toBeCloseTo(8.44, 2);
    expect(b.held.bits).toBeCloseTo(b.heldAtOne.bits, 12);
    expect(b.uniform.bits).toBeCloseTo(13.29, 2);
    expect(b.text.split(' ').length).toBeGreaterThan(20);
    const first = b.text;
    await page.locator('#words button[name="regenerate"]').click();
    await frames(page, 2);
    b = (await numbers(page, '#words')).bigram!;
    expect(b.text).not.toBe(first);
    // Sharper text is graded worse on held-out speeches; so is flatter.
    await page.$eval('#words', (el) => (el as SoftmaxView).setState({ temperature: 0.5 }));
    const cold = (await numbers(page, '#words')).bigram!.held.bits;
    await page.$eval('#words', (el) => (el as SoftmaxView).setState({ temperature: 2 }));
    const hot = (await numbers(page, '#words')).bigram!.held.bits;
    expect(cold).toBeGreaterThan(8.44);
    expect(hot).toBeGreaterThan(8.44);
    // An unknown start word: the closest word is named and the last good one kept.
    const start = page.locator('#words input[name="start"]');
    await start.fill('congres');
    await start.press('Enter');
    await frames(page, 2);
    expect(await page.locator('#words #start-error').innerText()).toBe(
      '“congres” is not in the vocabulary; the closest is “congress”. Still starting after “the”.',
    );
    expect((await numbers(page, '#words')).start).toBe('the');
    await start.fill('our');
    await start.press('Enter');
    await frames(page, 2);
    expect((await numbers(page, '#words')).start).toBe('our');
    expect(await page.locator('#words .generated').innerText()).toMatch(/^our /);

    // Presenter mode: step 1 puts the main widget back to T = 1.
    await page.locator('main#content').focus();
    await page.keyboard.press('s');
    await expect.poll(async () => (await readState(page, '#odds')).temperature).toBe(1);
    await page.keyboard.press('Escape');

    expectClean(page);
    await screenshot(page, 'lesson-27-light');
    await page.close();
  });

  it('stays clean in the dark and projector themes, at desktop and phone width', async () => {
    for (const width of [1280, 390]) {
      const page = await open(`${LESSON}?theme=light`, { width });
      await settle(page);
      await whenReady(page, '#words', 'input[name="start"]');
      await bigramReady(page, '#words');
      for (const theme of width < 500 ? THEMES : (['dark', 'projector'] as const)) {
        await showTheme(page, theme);
        expect(await page.locator('#odds .layout').innerText()).not.toMatch(/NaN/);
        await screenshot(page, `lesson-27-${theme}-${width}`);
      }
      expectClean(page);
      await page.close();
    }
  }, 180_000);
});

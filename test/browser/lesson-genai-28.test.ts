/**
 * Lesson 28 (`<lumen-attention>`) as a reader meets it, on one page: a clean console; the
 * predict-first checkpoint (Reveal refused without a pick, a column clicked in the heat map,
 * scored); the main widget's numbers equal the lesson's NumPy panel; a row picked by click and by
 * key; the causal mask zeroing the upper triangle; typed Q, K, V, good and bad (mismatched shapes,
 * NaN, 1e300, an empty row) with the last good picture kept; the sentence's vectors learned in the
 * page with two heads, and an unknown word named with its closest neighbour; a presenter step.
 * Then the same page at phone width in the projector theme, where everything must still fit.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, screenshot, settle, type LumenPage } from './harness';
import { readState, useSite, whenReady } from './widget-page';
import { frames } from './plane-driver';
import { mapLayout } from '../../src/widgets/attention/view';
import type { AttentionNumbers } from '../../src/widgets/attention/model';

const LESSON = '/lessons/generative-ai/28-attention.html';

interface AttentionView extends HTMLElement {
  setState(partial: Record<string, unknown>): void;
  readonly messages: string[];
  readonly numbers: AttentionNumbers | undefined;
  readonly prediction: { guess: number; answer: number; correct: boolean } | undefined;
  readonly ready: boolean;
  readonly description: string;
}

const site = useSite();

function numbers(page: Page, sel: string): Promise<AttentionNumbers> {
  return page.$eval(
    sel,
    (el) => JSON.parse(JSON.stringify((el as AttentionView).numbers)) as AttentionNumbers,
  );
}

function messages(page: Page, sel: string): Promise<string> {
  return page.$eval(sel, (el) => (el as AttentionView).messages.join('\n'));
}

/** Clicks cell (row, col) of the weights grid of head 1's heat map, where the view draws it. */
async function clickCell(page: Page, sel: string, row: number, col: number): Promise<void> {
  const canvas = page.locator(`${sel} canvas.map`).first();
  const box = (await canvas.boundingBox())!;
  const font = await canvas.evaluate((c) => Number.parseFloat(getComputedStyle(c).fontSize));
  const n = (await numbers(page, sel)).tokens.length;
  const l = mapLayout(box.width, n, font);
  const g = l.grids[1];
  await canvas.click({ position: { x: g.x + (col + 0.5) * l.cell, y: g.y + (row + 0.5) * l.cell } });
}

const close = (got: readonly number[], want: readonly number[], digits = 3): void =>
  want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, digits));

async function open(path: string, o: { width?: number } = {}): Promise<LumenPage> {
  const page = await site.open(path, { reducedMotion: 'reduce', ...o });
  await settle(page);
  return page;
}

describe('lesson 28: attention', () => {
  it('predicts, matches NumPy, selects rows, masks, takes typed and bad input, learns a sentence', async () => {
    const page = await open(LESSON);
    expect(await page.locator('h1').innerText()).toBe('Attention');
    expectClean(page);

    // Predict first: which word does "bill" attend to most? Reveal needs a pick first.
    await whenReady(page, '#guess', 'canvas.map');
    expect(await page.$eval('#guess', (el) => (el as AttentionView).description)).toContain('hidden');
    await page.locator('#guess button[name="reveal"]').click();
    expect(await page.locator('#guess .guess-error').innerText()).toMatch(/Pick a word first/);
    await clickCell(page, '#guess', 3, 0);
    expect(await page.locator('#guess input[name="guess"][value="1"]').isChecked()).toBe(true);
    await page.locator('#guess button[name="reveal"]').click();
    await frames(page, 2);
    const pred = (await page.$eval('#guess', (el) => (el as AttentionView).prediction))!;
    expect(pred).toMatchObject({ guess: 1, answer: 1, correct: true });
    expect(await page.locator('#guess .predict-result').innerText()).toMatch(/congress.*55.7%/);

    // The main widget: the NumPy panel's numbers (row 4, "bill").
    await whenReady(page, '#main', 'canvas.map');
    let n = await numbers(page, '#main');
    expect(n.tokens).toEqual(['congress', 'passed', 'the', 'bill']);
    expect(n.row).toBe(3);
    close(n.heads[0]!.weights[3]!, [0.557, 0.135, 0.033, 0.275]);
    close(n.heads[0]!.mix.output, [0.832, 0.41]);
    for (const row of n.heads[0]!.weights) expect(row.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    expect(await page.locator('#main .formula .katex').count()).toBeGreaterThan(0);

    // A row by click, then by key.
    await clickCell(page, '#main', 1, 2);
    expect((await readState(page, '#main')).row).toBe(2);
    await page.locator('#main canvas.map').first().focus();
    await page.keyboard.press('ArrowDown');
    expect((await readState(page, '#main')).row).toBe(3);
    close((await numbers(page, '#main')).heads[0]!.weights[2]!, [0.25, 0.25, 0.25, 0.25]);

    // The causal mask: the upper triangle is 0, "passed" keeps congress 0.944.
    await page.locator('#main input[name="causal"]').check();
    expect((await readState(page, '#main')).causal).toBe(true);
    n = await numbers(page, '#main');
    n.heads[0]!.weights.forEach((row, i) => row.forEach((w, j) => j > i && expect(w).toBe(0)));
    close(n.heads[0]!.weights[1]!, [0.944, 0.056, 0, 0]);
    await page.locator('#main input[name="causal"]').uncheck();

    // Typed Q, K, V: a good V, then K of the wrong width (named, the last good picture kept).
    const field = (name: string) => page.locator(`#main input[name="${name}"]`);
    await field('v').fill('2 0; 0 2; 0 0; 2 2');
    await field('v').press('Enter');
    close((await numbers(page, '#main')).heads[0]!.mix.output, [1, 1]);
    await field('k').fill('1 0 0; 0 1 0; 0 0 1; 1 1 1');
    await field('k').press('Enter');
    await frames(page, 2);
    expect(await messages(page, '#main')).toMatch(/Q has 2 columns but K has 3.*Value kept/);
    n = await numbers(page, '#main');
    expect(n.heads[0]!.k[0]).toEqual([2, 0]);
    // The state keeps the last good K too (issue 12), and the field keeps the text, marked.
    const goodK = [
      [2, 0],
      [0, 2],
      [0, 0],
      [1, 1],
    ];
    expect((await readState(page, '#main')).k).toEqual(goodK);
    expect(await field('k').getAttribute('aria-invalid')).toBe('true');
    // The same through setState and through an attribute: refused, named, nothing thrown.
    await page.$eval('#main', (el) => (el as AttentionView).setState({ v: [[1, 2]] }));
    expect(await messages(page, '#main')).toMatch(/K has 4 rows but V has 1.*Value kept/);
    await page.$eval('#main', (el) => el.setAttribute('q', '1 2 3; 4 5 6; 7 8 9; 1 1 1'));
    expect(await messages(page, '#main')).toMatch(/Q has 3 columns but K has 2.*Value kept/);
    const kept = await readState<{ q: number[][]; v: number[][] }>(page, '#main');
    expect([kept.q[0], kept.v]).toEqual([
      [0, 2],
      [
        [2, 0],
        [0, 2],
        [0, 0],
        [2, 2],
      ],
    ]);
    for (const [text, why] of [
      ['1 NaN; 0 1; 0 0; 1 1', /“NaN” is not a number/],
      ['1e300 0; 0 1; 0 0; 1 1', /“1e300” is not a number within ±100/],
      ['2 0;; 0 2; 0 0', /row 2 is empty/],
    ] as const) {
      await field('k').fill(text);
      await field('k').press('Enter');
      expect(await page.locator('#main #k-error').innerText()).toMatch(why);
    }
    expect((await readState(page, '#main')).k).toEqual(goodK);
    await page.$eval('#main', (el) =>
      (el as AttentionView).setState({
        k: [
          [2, 0],
          [0, 2],
          [0, 0],
          [1, 1],
        ],
      }),
    );
    await frames(page, 2);
    expect(await messages(page, '#main')).toBe('');
    expect(await page.locator('#main .layout').innerText()).not.toMatch(/NaN|Infinity/);

    // The sentence: vectors learned in the page, two heads; an unknown word names the closest.
    await whenReady(page, '#words', 'canvas.map');
    await page.waitForFunction(() => (document.querySelector('#words') as AttentionView).ready, null, {
      timeout: 60_000,
    });
    n = await numbers(page, '#words');
    expect(n.source).toBe('sentence');
    expect(n.tokens).toEqual(['congress', 'passed', 'the', 'bill']);
    expect(n.heads).toHaveLength(2);
    expect(n.heads[0]!.weights).not.toEqual(n.heads[1]!.weights);
    expect(n.x![0]).toHaveLength(4);
    const sentence = page.locator('#words input[name="sentence"]');
    await sentence.fill('congres passed it');
    await sentence.press('Enter');
    await frames(page, 2);
    expect(await page.locator('#words #sentence-error').innerText()).toMatch(
      /“congres” is not in the 5,000 words learned; the closest is “congress”/,
    );
    expect((await numbers(page, '#words')).tokens).toEqual(['congress', 'passed', 'the', 'bill']);
    await sentence.fill('the people want peace');
    await sentence.press('Enter');
    await frames(page, 2);
    expect((await numbers(page, '#words')).tokens).toEqual(['the', 'people', 'want', 'peace']);

    // The README's setState example, as written.
    await page.$eval('#main', (el) =>
      (el as AttentionView).setState({
        q: [
          [0, 2],
          [2, 0],
          [0, 0],
          [2, 1],
        ],
        k: [
          [2, 0],
          [0, 2],
          [0, 0],
          [1, 1],
        ],
        v: [
          [1, 0],
          [0, 1],
          [0, 0],
          [1, 1],
        ],
        tokens: 'congress passed the bill',
        row: 4,
        causal: true,
      }),
    );
    close((await numbers(page, '#main')).heads[0]!.mix.output, [0.832, 0.41]);

    // Presenter mode: step 1 puts the main widget back on "bill" without the mask.
    await page.locator('main#content').focus();
    await page.keyboard.press('s');
    await expect.poll(async () => (await readState(page, '#main')).row).toBe(4);
    await page.keyboard.press('Escape');

    expectClean(page);
    await screenshot(page, 'lesson-28-light-1280');

    // A phone in the projector theme: the heat maps, mixes and formulas stay inside their widgets.
    await page.setViewportSize({ width: 390, height: 800 });
    await page.locator('main#content').focus();
    await page.keyboard.press('p');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('projector');
    await frames(page, 3);
    const overflow = await page.$$eval('lumen-attention', (els) =>
      els.map((e) => {
        const over = (sel: string): number => {
          const node = e.shadowRoot!.querySelector(sel)!;
          return node.scrollWidth - node.clientWidth;
        };
        return `${e.id}: layout ${Math.max(0, over('.layout'))}, formula ${Math.max(0, over('.formula'))}`;
      }),
    );
    expect(overflow).toEqual(['guess', 'main', 'words'].map((id) => `${id}: layout 0, formula 0`));
    expect(await page.locator('#main .layout').innerText()).not.toMatch(/NaN/);
    expectClean(page);
    await screenshot(page, 'lesson-28-projector-390');
    await page.close();
  }, 120_000);
});

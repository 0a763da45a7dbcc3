/**
 * Lesson 26 (`<lumen-embed>`) as a reader meets it: the vectors are learned in a worker with
 * progress; a number's neighbours are numbers (the lesson's NumPy panel prints the same top
 * words); the analogy France − Paris + London gives Britain; the shipped queries are scored; an
 * unknown word names the closest one and keeps the last answer; an empty query is refused in
 * words; Cancel stops a run and keeps the vectors; the predict checkpoint reveals on the widget;
 * a presenter step relearns; the three themes at desktop and phone width.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, screenshot, settle, type LumenPage } from './harness';
import { readState, useSite, whenReady } from './widget-page';
import { frames } from './plane-driver';

const LESSON = '/lessons/generative-ai/26-embeddings-and-retrieval.html';

interface EmbedView extends HTMLElement {
  readonly state: Record<string, unknown>;
  setState(partial: Record<string, unknown>): void;
  readonly messages: string[];
  readonly busy: boolean;
  cancel(): void;
  relearn(): void;
  mapToClient(word: string): { x: number; y: number } | undefined;
  readonly numbers: {
    learned?: { ms: number; label: string; rows: number; k: number };
    neighbours?: { word: string; list: { word: string; cosine: number }[] };
    analogy?: { terms: string[]; list: { word: string; cosine: number }[] };
    hits?: { passage: number; cosine: number; year: number }[];
    evaluation?: { k: number; recall: number; mrr: number; perQuery: unknown[] };
  };
}
type Numbers = EmbedView['numbers'];

const site = useSite();
const open = (path: string, o: { width?: number } = {}): Promise<LumenPage> =>
  site.open(path, { reducedMotion: 'reduce', ...o });
const numbers = (page: Page): Promise<Numbers> =>
  page.$eval('#space', (el) => JSON.parse(JSON.stringify((el as EmbedView).numbers)) as Numbers);

async function learned(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (document.querySelector('#space') as EmbedView | null)?.busy === false,
    null,
    {
      timeout: 60_000,
    },
  );
  await frames(page, 2);
}

describe('lesson 26: embeddings and retrieval', () => {
  it(
    'learns vectors, finds neighbours, analogies and passages, scores them, and refuses bad input in words',
    { timeout: 300_000 },
    async () => {
      const page = await open(LESSON);
      await settle(page);
      expect(await page.locator('h1').innerText()).toBe('Embeddings and retrieval');
      await whenReady(page, '#space', 'input[name="word"]');
      await learned(page);
      let n = await numbers(page);
      expect(n.learned!.rows).toBe(5000);
      expect(n.learned!.k).toBe(64);
      expect(n.learned!.label).toMatch(/typed arrays/);
      expect(n.neighbours!.word).toBe('war');
      expect(n.analogy!.list[0]!.word).toBe('britain');
      expect(n.evaluation!.perQuery).toHaveLength(12);
      expect(n.evaluation!.mrr).toBeGreaterThan(0.3);
      expect(n.hits!.length).toBeGreaterThan(0);
      expect(await page.locator('#space .formula .katex').count()).toBeGreaterThan(0);

      // Predict first: "five" is the right choice, and the reveal shows three's neighbours.
      await page.locator('#ask input[name="choice"]').first().check();
      await page.locator('#ask button[name="lock"]').click();
      expect(await page.locator('#ask .verdict').innerText()).toBe('Right: five.');
      await expect.poll(async () => (await readState(page, '#space')).word).toBe('three');
      n = await numbers(page);
      // Numbers' neighbours are numbers: the lesson's NumPy panel prints the same top three.
      const numberWords = [
        'two',
        'four',
        'five',
        'six',
        'seven',
        'eight',
        'nine',
        'ten',
        'twenty',
        'fifteen',
        'twelve',
        'eleven',
        'thirty',
        'several',
      ];
      expect(n.neighbours!.list.slice(0, 5).map((x) => x.word)).toContain('five');
      for (const x of n.neighbours!.list.slice(0, 5)) expect(numberWords).toContain(x.word);

      // An unknown word: the closest is named, the last neighbours stay.
      const word = page.locator('#space input[name="word"]');
      await word.fill('congres');
      await word.press('Enter');
      await frames(page, 2);
      expect(await page.locator('#space #word-error').innerText()).toBe(
        '“congres” is not in the 5,000 words learned; the closest is “congress”.',
      );
      expect((await numbers(page)).neighbours!.word).toBe('three');
      // A click on the map picks a word.
      await page.locator('#space canvas').scrollIntoViewIfNeeded();
      const at = (await page.$eval('#space', (el) => (el as EmbedView).mapToClient('war')))!;
      await page.mouse.click(at.x, at.y);
      await expect.poll(async () => (await readState(page, '#space')).word).toBe('war');

      // An empty query is refused in words; a real one ranks passages.
      const query = page.locator('#space input[name="query"]');
      await query.fill('   ');
      await query.press('Enter');
      expect(await page.locator('#space #query-error').innerText()).toMatch(/The query is empty/);
      await query.fill('soviet nuclear missiles');
      await query.press('Enter');
      await frames(page, 2);
      expect((await numbers(page)).hits![0]!.year).toBeGreaterThanOrEqual(1981);
      expect(await page.locator('#space .hits li').count()).toBe(5);
      // An analogy with a word outside the vocabulary says so.
      const an = page.locator('#space input[name="analogy"]');
      await an.fill('king man qqqqzz');
      await an.press('Enter');
      expect(await page.locator('#space #analogy-error').innerText()).toMatch(
        /“qqqqzz” is not in the 5,000 words learned/,
      );

      // Raw counts: relearned, and retrieval gets worse or no better.
      const mrr = (await numbers(page)).evaluation!.mrr;
      await page.locator('#space select[name="weighting"]').selectOption('counts');
      await page.waitForFunction(() => (document.querySelector('#space') as EmbedView).busy === true);
      await learned(page);
      expect((await readState(page, '#space')).weighting).toBe('counts');
      expect((await numbers(page)).evaluation!.mrr).toBeLessThanOrEqual(mrr);

      // Cancel mid-run keeps the last vectors.
      await page.locator('#space select[name="k"]').selectOption('8');
      await page.locator('#space button[name="cancel"]').click();
      await frames(page, 2);
      expect(await page.locator('#space .status').innerText()).toBe('Cancelled; the last vectors are kept.');
      expect((await numbers(page)).learned!.k).toBe(64);

      // Bad settings from outside: a message, the value kept.
      await page.$eval('#space', (el) => (el as EmbedView).setState({ k: 1000 }));
      expect((await page.$eval('#space', (el) => (el as EmbedView).messages)).join('\n')).toMatch(
        /k \(setState\): must be between 2 and 128/,
      );

      // Presenter step 1 relearns with PPMI and shows three.
      await page.locator('main#content').focus();
      await page.keyboard.press('s');
      await expect.poll(async () => (await readState(page, '#space')).word).toBe('three');
      await page.keyboard.press('Escape');
      await learned(page);
      expect(await page.locator('#space .layout').innerText()).not.toMatch(/NaN/);
      expectClean(page);
      await screenshot(page, 'lesson-26-light');
      await page.close();
    },
  );

  it('stays clean in the dark and projector themes, at desktop and phone width', async () => {
    for (const [theme, width] of [
      ['dark', 1280],
      ['projector', 1280],
      ['light', 390],
      ['dark', 390],
      ['projector', 390],
    ] as const) {
      const page = await open(`${LESSON}?theme=${theme}`, { width });
      await settle(page);
      await whenReady(page, '#space', 'input[name="word"]');
      await learned(page);
      expectClean(page);
      await screenshot(page, `lesson-26-${theme}-${width}`);
      await page.close();
    }
  }, 300_000);
});

/**
 * Lesson 25 (decision trees, `<lumen-tree>`) as a reader meets it: a clean console; the root's
 * candidate thresholds and best split are the NumPy panel's; +1 and −1 grow and ungrow the tree,
 * a node clicked in the diagram comes into focus; the depth setting shows overfitting on held-out
 * points; the table mode's gains are the textbook ones and an edited table regrows the tree, a
 * broken one is refused with its line; presenter steps; dark, projector and phone views.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, screenshot, settle, type LumenPage } from './harness';
import { readState, showTheme, THEMES, useSite, whenReady } from './widget-page';
import { frames } from './plane-driver';

const LESSON = '/lessons/classic-ml/25-decision-trees.html';

interface TreeNumbers {
  splits: number;
  total: number;
  nodes: number;
  leaves: number;
  focus: number;
  focusImpurity: number;
  focusSplit: { feature: number; threshold: number; gain: number } | undefined;
  candidates: { threshold: number; impurity: number }[][];
  trainAccuracy: number;
  testAccuracy: number;
}
interface TableNumbers {
  nodes: {
    depth: number;
    value?: string;
    gains: Record<string, number>;
    split?: string;
    prediction: string;
  }[];
  errors?: string[];
}

const site = useSite();

function open(path: string, o: { width?: number } = {}): Promise<LumenPage> {
  return site.open(path, { reducedMotion: 'reduce', ...o });
}

function numbers<T>(page: Page, sel: string): Promise<T> {
  return page.$eval(
    sel,
    (el) => JSON.parse(JSON.stringify((el as unknown as { numbers: unknown }).numbers)) as T,
  );
}

const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;

describe('lesson 25: decision trees', () => {
  it('matches the NumPy panel at the root, grows and ungrows, focuses nodes, and shows overfitting', async () => {
    const page = await open(LESSON);
    await settle(page);
    expect(await page.locator('h1').innerText()).toBe('Decision trees');
    expectClean(page);
    await whenReady(page, '#main', 'canvas');

    let n = await numbers<TreeNumbers>(page, '#main');
    expect(n.splits).toBe(0);
    expect(r4(n.focusImpurity)).toBe(0.4861);
    expect(n.candidates[0]!.map((c) => r4(c.impurity))).toEqual([
      0.4242, 0.35, 0.2593, 0.375, 0.2762, 0.3611, 0.419, 0.3125, 0.3704, 0.4167, 0.4545,
    ]);
    expect(n.candidates[1]!.map((c) => r4(c.impurity))).toEqual([
      0.35, 0.375, 0.3611, 0.3125, 0.3704, 0.4167,
    ]);
    expect(n.focusSplit).toMatchObject({ feature: 0, threshold: 2.25 });
    expect(await page.locator('#main .formula').innerText()).toMatch(/0\.259/);

    // +1 splits the root; the left box is pure; −1 takes it back exactly.
    await page.locator('#main button[name="forward"]').click();
    n = await numbers<TreeNumbers>(page, '#main');
    expect([n.splits, n.nodes]).toEqual([1, 3]);
    await page.locator('#main .nodes button[data-node="1"]').click();
    n = await numbers<TreeNumbers>(page, '#main');
    expect([n.focus, n.focusImpurity, n.focusSplit]).toEqual([1, 0, undefined]);
    expect((await readState(page, '#main')).node).toBe(1);
    await page.locator('#main button[name="back"]').click();
    expect((await numbers<TreeNumbers>(page, '#main')).splits).toBe(0);

    // Grow to the end: every training point right at depth 3 here.
    await page.$eval('#main', (el) =>
      (el as unknown as { setState(p: object): void }).setState({ iteration: 60, node: 0 }),
    );
    await frames(page, 2);
    n = await numbers<TreeNumbers>(page, '#main');
    expect(n.splits).toBe(n.total);
    expect(await page.locator('#main .nodes button').count()).toBe(n.nodes);

    // Overfitting on the moons: depth 10 fits the training points, and the test points less well than depth 4.
    await whenReady(page, '#moons', 'canvas');
    const at = async (depth: number): Promise<TreeNumbers> => {
      await page.locator('#moons select[name="depth"]').selectOption(String(depth));
      await frames(page, 2);
      return numbers<TreeNumbers>(page, '#moons');
    };
    const d4 = await at(4);
    const d10 = await at(10);
    expect(d10.trainAccuracy).toBe(1);
    expect(d10.trainAccuracy).toBeGreaterThan(d4.trainAccuracy);
    expect(d10.testAccuracy).toBeLessThanOrEqual(d4.testAccuracy);

    // Presenter: step 2 makes the first split, step 3 puts the right box in focus.
    await page.locator('main#content').focus();
    await page.keyboard.press('s');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await readState(page, '#main')).iteration).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await readState(page, '#main')).node).toBe(2);
    await page.keyboard.press('Escape');
    await screenshot(page, 'lesson-25-light');
    expectClean(page);
    await page.close();
  });

  it('table mode: the textbook gains, an edited table regrows, a broken one is refused', async () => {
    const page = await open(LESSON);
    await settle(page);
    await whenReady(page, '#tennis', 'textarea');
    let t = await numbers<TableNumbers>(page, '#tennis');
    const root = t.nodes[0]!;
    expect(root.split).toBe('outlook');
    expect(Math.round(root.gains.outlook! * 1000) / 1000).toBe(0.247);
    expect(Math.round(root.gains.humidity! * 1000) / 1000).toBe(0.152);
    expect(await page.locator('#tennis .gains li').first().innerText()).toMatch(
      /Gain: outlook 0\.247, humidity 0\.152/,
    );
    expect(t.nodes.map((n) => n.split ?? n.prediction)).toEqual([
      'outlook',
      'humidity',
      'no',
      'yes',
      'yes',
      'wind',
      'yes',
      'no',
    ]);

    // Edit: every overcast day becomes "no"; the tree must change.
    const text = await page.locator('#tennis textarea[name="table"]').inputValue();
    await page
      .locator('#tennis textarea[name="table"]')
      .fill(text.replace(/overcast,(\w+),(\w+),(\w+),yes/g, 'overcast,$1,$2,$3,no'));
    await page.locator('#tennis button[name="table-apply"]').click();
    t = await numbers<TableNumbers>(page, '#tennis');
    expect(t.nodes.find((n) => n.value === 'overcast')?.prediction ?? 'no').toBe('no');
    expect(((await readState(page, '#tennis')).table as string).includes('overcast,hot,high,weak,no')).toBe(
      true,
    );

    // A broken line: refused with its number, the last good table kept.
    const good = (await readState(page, '#tennis')).table;
    await page.locator('#tennis textarea[name="table"]').fill('outlook,play\nsunny\nrain,yes');
    await page.locator('#tennis button[name="table-apply"]').click();
    const messages = (
      await page.$eval('#tennis', (el) => (el as unknown as { messages: string[] }).messages)
    ).join('\n');
    expect(messages).toMatch(/line 2: 1 value\(s\); expected 2/);
    expect((await readState(page, '#tennis')).table).toBe(good);
    expectClean(page);
    await page.close();
  });

  for (const width of [1280, 390])
    it(`stays clean and drawn in the dark and projector themes at ${width} px`, async () => {
      const p = await site.open(`${LESSON}?theme=light`, { width, reducedMotion: 'reduce' });
      await settle(p);
      await whenReady(p, '#main', 'canvas');
      for (const theme of width < 500 ? THEMES : (['dark', 'projector'] as const)) {
        await showTheme(p, theme);
        const overflow = await p.$eval('#main', (el) => el.scrollWidth - el.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await screenshot(p, `lesson-25-${theme}-${width}`);
      }
      expectClean(p);
      await p.close();
    });
});

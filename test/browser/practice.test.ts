/**
 * Practice blocks (`::practice`) as a learner uses them, by keyboard only: a wrong answer and a
 * right one, bad input said in words, the worked answer only after Show answer, Another draws a
 * new question and puts its seed in the address, and a seeded link gives exactly that question.
 * The expected questions come from the generators themselves (src/lesson/practice). One page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, type LumenPage } from './harness';
import { useSite } from '../helpers/site';
import { drawItem } from '../../src/lesson/practice/item';
import { PRACTICE_SETS } from '../../src/lesson/practice/sets';
import { answerText } from '../../src/ui/practice/answer';

const site = useSite();
const LESSON4 = '/lessons/linear-algebra/04-the-determinant.html';
const LESSON3 = '/lessons/linear-algebra/03-composition-is-multiplication.html';
const BLOCK = '#practice-1';

describe('practice block', () => {
  let page: LumenPage;
  beforeAll(async () => {
    page = await site.open(`${LESSON4}?practice-1.seed=7`);
    await page.waitForSelector(`${BLOCK}[data-ready]`);
  });
  afterAll(async () => {
    expectClean(page);
    await page.close();
  });

  const block = () => page.locator(BLOCK);
  const field = () => block().locator('input[name="answer"]');
  const verdict = () => block().locator('.practice-verdict');

  it('shows the question of the seed in the link, and no answer before Show answer', async () => {
    const item = drawItem(PRACTICE_SETS['la-04']!, 7);
    expect(await block().getAttribute('data-seed')).toBe('7');
    expect(await block().locator('.practice-prompt').textContent()).toBe(item.prompt);
    expect(await block().locator('.practice-formula .katex').count()).toBe(1);
    expect(await block().locator('.practice-worked').innerHTML()).toBe('');
    expect(await block().locator('.practice-worked').isHidden()).toBe(true);
    // The link's setting is the block's: no "setting Lumen doesn't know" notice.
    expect(await page.locator('.url-notice').count()).toBe(0);
  });

  it('judges a wrong answer, bad input and a right answer, typed and entered by keyboard', async () => {
    const item = drawItem(PRACTICE_SETS['la-04']!, 7);
    await field().focus();
    await page.keyboard.type(String(item.answer[0]! + 100));
    await page.keyboard.press('Enter');
    expect(await verdict().getAttribute('data-correct')).toBe('false');
    expect(await verdict().textContent()).toMatch(/^Not yet/);

    await field().fill('');
    await page.keyboard.type('1e300');
    await page.keyboard.press('Enter');
    expect(await field().getAttribute('aria-invalid')).toBe('true');
    expect(await block().locator('.practice-error').textContent()).toMatch(/^Could not read “1e300”/);

    await field().fill('');
    await page.keyboard.type(answerText(item));
    await page.keyboard.press('Enter');
    expect(await field().getAttribute('aria-invalid')).toBeNull();
    expect(await verdict().getAttribute('data-correct')).toBe('true');
    expect(await verdict().textContent()).toBe('Right.');
  });

  it('shows the worked answer on Show answer, by keyboard', async () => {
    const item = drawItem(PRACTICE_SETS['la-04']!, 7);
    await field().focus();
    await page.keyboard.press('Tab'); // Check
    await page.keyboard.press('Tab'); // Show answer
    await page.keyboard.press('Enter');
    expect(await block().locator('.practice-worked').isVisible()).toBe(true);
    expect(await block().locator('.practice-step .katex').count()).toBe(item.steps.length);
    expect(await block().locator('.practice-answer').textContent()).toMatch(`Answer: ${answerText(item)}`);
  });

  it('draws new numbers on Another, with the seed in the address, and a reload shows the same', async () => {
    await block().locator('button[name="another"]').focus();
    await page.keyboard.press('Enter');
    const seed = Number(await block().getAttribute('data-seed'));
    expect(seed).not.toBe(7);
    const item = drawItem(PRACTICE_SETS['la-04']!, seed);
    expect(await block().locator('.practice-prompt').textContent()).toBe(item.prompt);
    expect(await block().locator('.practice-worked').innerHTML()).toBe('');
    expect(await field().evaluate((f) => f === document.activeElement)).toBe(true);
    expect(new URL(page.url()).searchParams.get('practice-1.seed')).toBe(String(seed));
    const text = await block().locator('.practice-formula').textContent();

    await page.reload();
    await page.waitForSelector(`${BLOCK}[data-ready]`);
    expect(await block().getAttribute('data-seed')).toBe(String(seed));
    expect(await block().locator('.practice-formula').textContent()).toBe(text);
  });

  it('takes a matrix answer and names AB typed for BA', async () => {
    const seed = [...Array(200).keys()].find((s) => drawItem(PRACTICE_SETS['la-03']!, s).kind === 'product')!;
    const item = drawItem(PRACTICE_SETS['la-03']!, seed);
    await page.goto(site.server.url(`${LESSON3}?practice-1.seed=${seed}`));
    await page.waitForSelector(`${BLOCK}[data-ready]`);
    await field().focus();
    await page.keyboard.type(answerText({ ...item, answer: item.slips[0]!.at }));
    await page.keyboard.press('Enter');
    expect(await verdict().textContent()).toBe(`Not yet. ${item.slips[0]!.says}`);
    await field().fill(answerText(item));
    await page.keyboard.press('Enter');
    expect(await verdict().getAttribute('data-correct')).toBe('true');
  });

  it('says so when a link has a seed that is not one, and draws a fresh question', async () => {
    await page.goto(site.server.url(`${LESSON3}?practice-1.seed=abc`));
    await page.waitForSelector(`${BLOCK}[data-ready]`);
    expect(await block().locator('.practice-notice').textContent()).toMatch(/“abc” is not a whole number/);
    expect(await block().locator('.practice-prompt').textContent()).not.toBe('');
  });
});

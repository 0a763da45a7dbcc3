/**
 * `<lumen-predict>` in a plain page that is not ours: a number question that reveals a plane, a
 * choice question, and bad settings shown as messages.
 */
import { describe, expect, it } from 'vitest';
import { expectClean } from './harness';
import { frames, ready, state } from './plane-driver';
import { useSite } from '../helpers/site';

const site = useSite({ '/hostile/': 'test/fixtures/embed/' });

async function addWidgets(
  page: import('playwright-core').Page,
  predictAttrs: Record<string, string>,
): Promise<void> {
  await page.evaluate((attrs) => {
    const plane = document.createElement('lumen-plane');
    plane.id = 'target';
    plane.setAttribute('matrix', '2 1; -1 1');
    plane.setAttribute('t', '0');
    const q = document.createElement('lumen-predict');
    q.id = 'q';
    for (const [k, v] of Object.entries(attrs)) q.setAttribute(k, v);
    document.body.append(plane, q);
  }, predictAttrs);
  await page.waitForFunction(() => customElements.get('lumen-predict') && customElements.get('lumen-plane'));
  await ready(page, '#target');
  await frames(page, 2);
}

describe('<lumen-predict>', () => {
  it('refuses a non-number, then judges a typed guess and reveals the target', async () => {
    const page = await site.open('/hostile/empty.html');
    await addWidgets(page, {
      question: 'By what factor do areas grow?',
      answer: '3',
      tolerance: '0.1',
      target: 'target',
      reveal: 't=1',
    });
    const input = page.locator('#q input[name="guess"]');
    await input.fill('lots');
    await input.press('Enter');
    expect(await page.locator('#q .error').innerText()).toMatch(/not a number/);
    expect(
      await page.locator('#q').evaluate((el) => (el as unknown as { prediction: unknown }).prediction),
    ).toBeUndefined();
    expect((await state(page, '#target')).t).toBe(0);

    await input.fill('2.5');
    await page.locator('#q button[name="lock"]').click();
    const prediction = await page
      .locator('#q')
      .evaluate((el) => (el as unknown as { prediction: unknown }).prediction);
    expect(prediction).toEqual({ guess: 2.5, answer: 3, correct: false, error: 0.5 });
    expect(await page.locator('#q .verdict').innerText()).toMatch(/0\.5 away from 3/);
    await page.waitForFunction(
      () => (document.getElementById('target') as unknown as { state: { t: number } }).state.t === 1,
    );
    expect(await input.isDisabled()).toBe(true);

    await page.locator('#q button[name="again"]').click();
    expect(await input.isDisabled()).toBe(false);
    await input.fill('3');
    await input.press('Enter');
    expect(await page.locator('#q .verdict').innerText()).toMatch(/Exactly right/);
    expectClean(page);
    await page.close();
  });

  it('asks a choice question by keyboard', async () => {
    const page = await site.open('/hostile/empty.html');
    await addWidgets(page, {
      question: 'What is the span of (1, 2) and (2, 4)?',
      choices: 'the whole plane | a line | a point',
      answer: '2',
      explain: 'The second vector is twice the first.',
    });
    await page.locator('#q button[name="lock"]').click();
    expect(await page.locator('#q .error').innerText()).toMatch(/Pick one/);
    await page.locator('#q input[name="choice"]').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.locator('#q .verdict').innerText()).toBe('Right: a line.');
    expect(await page.locator('#q .explain').innerText()).toBe('The second vector is twice the first.');
    expectClean(page);
    await page.close();
  });

  it('shows bad settings as text messages, never as markup', async () => {
    const page = await site.open('/hostile/empty.html');
    await addWidgets(page, {
      question: '<img src=x onerror=alert(1)>?',
      choices: 'only one',
      reveal: 'nonsense',
      answer: '1e300',
    });
    const q = page.locator('#q');
    expect(await q.evaluate((el) => el.shadowRoot!.querySelector('img'))).toBeNull();
    expect(await page.locator('#q .question').innerText()).toBe('<img src=x onerror=alert(1)>?');
    const messages = await q.evaluate((el) => (el as unknown as { messages: string[] }).messages.join('\n'));
    expect(messages).toMatch(/answer/);
    expect(messages).toMatch(/choices/);
    expect(messages).toMatch(/reveal/);
    expect(await page.locator('#q input[name="guess"]').count()).toBe(1);
    expectClean(page);
    await page.close();
  });
});

describe('lesson-authored text (probe F14)', () => {
  it('a link cannot rewrite a checkpoint’s question, answer or explanation; the widget says it ignored them', async () => {
    const spoof = new URLSearchParams({
      'area.question': 'Your session expired. Type your password to continue:',
      'area.answer': '7',
      'area.explain': 'Wrong! Visit evil.example',
      'guess.t': '0.5',
    });
    const page = await site.open(`/lessons/linear-algebra/04-the-determinant.html?${spoof}`);
    await page.waitForFunction(() => customElements.get('lumen-predict'));
    await frames(page, 2);
    const q = page.locator('#area');
    expect(await q.locator('.question').innerText()).toMatch(/^The matrix with columns \(3, 2\)/);
    const seen = await q.evaluate((el) => {
      const p = el as unknown as { state: { answer: number; explain: string }; messages: string[] };
      return { answer: p.state.answer, explain: p.state.explain, messages: p.messages };
    });
    expect(seen.answer).toBe(4);
    expect(seen.explain).toMatch(/^det = 3·2/);
    expect(seen.messages).toHaveLength(3);
    for (const m of seen.messages) expect(m).toMatch(/belongs to the lesson, and a link cannot change it/);
    expect(seen.messages.join()).not.toMatch(/password|evil/);
    // Other widgets on the page still take their state from the link.
    expect((await state(page, '#guess')).t).toBe(0.5);
    expectClean(page);
    await page.close();
  });
});

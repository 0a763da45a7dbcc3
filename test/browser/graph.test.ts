/**
 * `<lumen-graph>` in lesson 19, under a learner's hands: typing a program, stepping the forward
 * and backward passes with the buttons and the keys, the values and gradients in `el.state`
 * (micrograd's example, whose numbers are published), a parse error that keeps the last graph,
 * the gradient check, keyboard selection of nodes with its formula, predict-first, and clean
 * pages in every theme and at phone width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectClean,
  launchChromium,
  openPage,
  screenshot,
  serveDist,
  settle,
  type LaunchedChromium,
  type LumenPage,
  type StaticServer,
} from './harness';

const LESSON19 = '/lessons/calculus/19-computational-graphs-and-backprop.html';

/** micrograd's README example (`c += c + 1` written `c = c + c + 1`): g = 24.7041, dg/da = 138.8338, dg/db = 645.5773. */
const MICROGRAD = [
  'a = -4',
  'b = 2',
  'c = a + b',
  'd = a * b + b^3',
  'c = c + c + 1',
  'c = c + 1 + c + (-a)',
  'd = d + d * 2 + relu(b + a)',
  'd = d + 3 * d + relu(b - a)',
  'e = c - d',
  'f = e^2',
  'g = f / 2',
  'g = g + 10 / f',
].join('\n');
/** 25 operations forward, then 27 nodes backward. */
const MICROGRAD_STEPS = 52;

interface GraphView extends HTMLElement {
  readonly state: {
    program: string;
    step: number;
    focus: string;
    output: number | undefined;
    values: Record<string, number>;
    grads: Record<string, number>;
  };
  setState(partial: Record<string, unknown>): void;
  readonly prediction: { guess: number; actual: number; error: number; band: string } | undefined;
  readonly gradientChecks:
    | {
        input: string;
        grad: number;
        numeric: number | undefined;
        error: number | undefined;
        agrees: boolean;
      }[]
    | undefined;
  readonly messages: string[];
  readonly description: string;
}

let server: StaticServer;
let chromium: LaunchedChromium;

beforeAll(async () => {
  // LUMEN_DIST lets a developer test a build in another folder; the suite uses dist/.
  server = await serveDist(process.env.LUMEN_DIST ?? 'dist', {
    // A blog post with aggressive CSS of its own and one line of Lumen.
    '/blog-graph.html': {
      body:
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A post</title>' +
        '<style>* { font: 40px/3 serif !important; color: red !important; } svg { display: none !important; } button { visibility: hidden !important; }</style>' +
        '<script type="module" src="/embed.js"></script></head><body><p>My post.</p>' +
        '<lumen-graph id="g" program="a = -4; b = 2; c = a * b + b^3" step="all" controls="false"></lumen-graph></body></html>',
      type: 'text/html; charset=utf-8',
    },
  });
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

function state(page: LumenPage, sel: string): Promise<GraphView['state']> {
  return page.$eval(sel, (el) => JSON.parse(JSON.stringify((el as GraphView).state)) as GraphView['state']);
}

async function frames(page: LumenPage, n = 2): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        let left = count;
        const tick = (): void => void (--left <= 0 ? done() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}

/** Types a whole program into the editor (as a person would, then pauses) and waits until it is read. */
async function typeProgram(page: LumenPage, sel: string, program: string): Promise<void> {
  const editor = page.locator(`${sel} textarea[name="program"]`);
  await editor.fill('');
  await editor.pressSequentially(program.replace(/\n/g, '\r'), { delay: 0 });
  await page.waitForFunction(
    ([s, p]) => (document.querySelector(s as string) as GraphView).state.program === p,
    [sel, program],
    { timeout: 5000 },
  );
  await frames(page);
}

describe('<lumen-graph> in lesson 19', () => {
  let page: LumenPage;
  const main = '#main';
  const $ = (inner: string): string => `${main} ${inner}`;

  beforeAll(async () => {
    page = await openPage(chromium.browser, server.url(LESSON19));
    await settle(page);
    await page.locator(main).scrollIntoViewIfNeeded();
  });
  afterAll(async () => {
    expectClean(page);
    await page.close();
  });

  it('draws the lesson program: one node per input and operation, nothing computed yet', async () => {
    const s = await state(page, main);
    expect(s.program).toBe('a = 3\nb = -2\nc = a * b\nd = c + a\ne = d^2');
    expect(s.step).toBe(0);
    expect(s.grads).toEqual({});
    expect(s.values).toEqual({ a: 3, b: -2 });
    const refs = await page
      .locator($('[data-node]'))
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-node')));
    expect(refs).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('types micrograd’s program and steps it forward and backward with buttons and keys', async () => {
    await typeProgram(page, main, MICROGRAD);
    expect(await page.locator($('[data-node]')).count()).toBe(27);
    expect((await state(page, main)).step).toBe(0);

    const next = page.locator($('button[name="next"]'));
    await next.click();
    await frames(page);
    let s = await state(page, main);
    expect(s.step).toBe(1);
    expect(s.values.c).toBe(-2); // c = a + b, the first operation
    expect(await page.locator($('[data-node="c_1"] .value')).textContent()).toBe('\u22122');
    expect(await page.locator($('.step-status')).textContent()).toMatch(
      /^Step 1 of 52 · forward pass · c₁ = −2/,
    );

    await next.focus();
    for (let k = 0; k < 24; k++) await page.keyboard.press('n');
    s = await state(page, main);
    expect(s.step).toBe(25);
    expect(s.output).toBeCloseTo(24.7041, 4);
    expect(s.values.g).toBeCloseTo(24.7041, 4);
    expect(s.grads).toEqual({});

    await page.keyboard.press('n'); // the backward pass starts at the output
    await frames(page);
    s = await state(page, main);
    expect(s.step).toBe(26);
    expect(await page.locator($('[data-node="g_2"] .grad')).textContent()).toBe('∂ 1');
    expect(await page.locator($('[data-node="a"] .grad')).textContent()).toBe('');

    await page.keyboard.press('a'); // run all
    s = await state(page, main);
    expect(s.step).toBe(MICROGRAD_STEPS);
    expect(s.grads.a).toBeCloseTo(138.8338, 4);
    expect(s.grads.b).toBeCloseTo(645.5773, 4);
    expect(Object.keys(s.grads).sort()).toEqual(['a', 'b']);
    expect(await next.isDisabled()).toBe(true);

    await page.keyboard.press('b'); // back one step: a, the first node, loses its gradient again
    s = await state(page, main);
    expect(s.step).toBe(MICROGRAD_STEPS - 1);
    expect(s.grads.a).toBeUndefined();
    expect(s.grads.b).toBeCloseTo(645.5773, 4);

    await page.locator($('button[name="back"]')).click();
    await page.locator($('button[name="all"]')).click();
    expect((await state(page, main)).step).toBe(MICROGRAD_STEPS);
    await page.locator($('button[name="reset"]')).click();
    s = await state(page, main);
    expect(s.step).toBe(0);
    expect(s.output).toBeUndefined();
  });

  it('a parse error says line and column and keeps the last good graph', async () => {
    await page.locator($('button[name="all"]')).click();
    const before = await state(page, main);
    const editor = page.locator($('textarea[name="program"]'));
    await editor.fill(MICROGRAD.replace('e = c - d', 'e = c - * d'));
    const error = page.locator($('.program-error'));
    await expect
      .poll(() => error.textContent(), { timeout: 5000 })
      .toMatch(/^Line 9, column 9: expected a number, a name/);
    expect(await editor.getAttribute('aria-invalid')).toBe('true');
    expect(await error.textContent()).toContain('The graph shows the last program that worked');
    const after = await state(page, main);
    expect(after.program).toBe(before.program);
    expect(after.grads).toEqual(before.grads);
    expect(await page.locator($('[data-node]')).count()).toBe(27);

    await editor.fill(MICROGRAD.replace('e = c - d', 'e = c - x'));
    await expect
      .poll(() => error.textContent(), { timeout: 5000 })
      .toMatch(/^Line 9, column 9: x is not defined/);
    await editor.fill('a = 2\nb = log(a - 5)');
    await expect
      .poll(() => error.textContent(), { timeout: 5000 })
      .toMatch(/^Line 2, column 5: log needs a positive number/);
    await editor.fill('a = 2\nb = a ^ a');
    await expect
      .poll(() => error.textContent(), { timeout: 5000 })
      .toMatch(/^Line 2, column 9: the exponent of "\^" must be a constant/);

    await editor.fill(MICROGRAD);
    await expect.poll(() => error.textContent(), { timeout: 5000 }).toBe('');
    expect(await editor.getAttribute('aria-invalid')).toBeNull();
  });

  it('"Check gradients" compares every gradient with a central finite difference: tiny errors', async () => {
    await page.$eval(main, (el) => (el as GraphView).setState({ step: 0 }));
    await page.locator($('button[name="all"]')).click();
    await page.locator($('button[name="check"]')).click();
    const rows = page.locator($('.check-result tr[data-input]'));
    expect(await rows.count()).toBe(2);
    const text = (await page.locator($('.check-result')).innerText()).replace(/\u2212/g, '-');
    expect(text).toMatch(/a\s+138\.834\s+138\.834\s+\d\.\de-\d+\s+✓ agree/);
    expect(text).toContain('the backward pass and the finite differences agree');
    const checks = await page.$eval(main, (el) => (el as GraphView).gradientChecks);
    expect(checks?.map((c) => c.input)).toEqual(['a', 'b']);
    for (const c of checks ?? []) {
      expect(c.agrees).toBe(true);
      expect(c.error).toBeLessThan(1e-4);
    }
  });

  it('nodes are focusable; arrow keys move the selection and the formula follows', async () => {
    await page.locator($('[data-node="a"]')).click();
    expect((await state(page, main)).focus).toBe('a');
    expect(await page.locator($('[data-node="a"]')).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator($('[data-node="a"] > title')).textContent()).toMatch(
      /^input a = -4.*gradient ∂g₂\/∂a = 138\.834/,
    );
    await expect.poll(() => page.locator($('.formula .katex')).count()).toBeGreaterThan(0);
    expect(await page.locator($('.formula-text')).textContent()).toMatch(/∂g₂\/∂a is the sum of 5 terms/);

    await page.keyboard.press('End');
    expect((await state(page, main)).focus).toBe('g_2');
    expect(
      await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('data-node')),
    ).toBe('g_2');
    await page.keyboard.press('ArrowLeft'); // to an operand of g₂ = g₁ + 10/f
    expect(['g_1', 'τ15']).toContain((await state(page, main)).focus);
    await page.keyboard.press('Home');
    expect((await state(page, main)).focus).toBe('a');
    await page.keyboard.press('ArrowDown');
    expect((await state(page, main)).focus).toBe('b');
    await page.keyboard.press('ArrowRight'); // to a node that uses b
    const user = (await state(page, main)).focus;
    expect(user).not.toBe('b');
    expect(await page.locator($(`[data-node="${user}"] > title`)).textContent()).toMatch(/ = [^;]*\bb\b/);
    // Only one node is a Tab stop: the selected one.
    expect(await page.locator($('[data-node][tabindex="0"]')).count()).toBe(1);

    await page.locator($('input[name="local"]')).check();
    await frames(page);
    expect(
      await page
        .locator($('.elabel'))
        .evaluateAll((els) => els.filter((e) => (e as SVGElement).style.display !== 'none').length),
    ).toBe(await page.locator($('.edges path:not(.head)')).count());
    await page.locator($('input[name="local"]')).uncheck();
  });

  it('setState and lesson steps drive it; derived values are read-only', async () => {
    await page.$eval(main, (el) =>
      (el as GraphView).setState({ program: 'x = 2; y = x * x + x', step: 999 }),
    );
    await frames(page);
    const s = await state(page, main);
    expect(s.program).toBe('x = 2\ny = x * x + x');
    expect(s.grads).toEqual({ x: 5 });
    expect(s.values).toEqual({ x: 2, y: 6 });
    await page.$eval(main, (el) => (el as GraphView).setState({ grads: { x: 1 } }));
    expect((await state(page, main)).grads).toEqual({ x: 5 });
    expect((await page.$eval(main, (el) => (el as GraphView).messages)).join(' ')).toMatch(
      /Unknown setting "grads"/,
    );
    await page.$eval(main, (el) => (el as GraphView).setState({ program: 'a = 1\nb = a +' }));
    expect((await state(page, main)).program).toBe('x = 2\ny = x * x + x');
    expect((await page.$eval(main, (el) => (el as GraphView).messages)).join(' ')).toMatch(
      /Line 2, column 8: expected a number/,
    );
  });
});

describe('predict-first in lesson 19 (#guess)', () => {
  let page: LumenPage;
  const sel = '#guess';
  const $ = (inner: string): string => `${sel} ${inner}`;

  beforeAll(async () => {
    page = await openPage(chromium.browser, server.url(LESSON19), { width: 900, height: 900 });
    await settle(page);
    await page.locator(sel).scrollIntoViewIfNeeded();
  });
  afterAll(async () => {
    expectClean(page);
    await page.close();
  });

  it('holds the backward pass back until the learner commits to a guess, then says how close it was', async () => {
    expect(await page.locator($('.question')).textContent()).toContain('what is ∂z/∂x?');
    await page.locator($('button[name="all"]')).click();
    let s = await state(page, sel);
    expect(s.step).toBe(3); // the forward pass only: x*x, 3*x, +
    expect(s.grads).toEqual({});
    expect(await page.locator($('button[name="next"]')).isDisabled()).toBe(true);
    expect(await page.locator($('button[name="check"]')).isDisabled()).toBe(true);

    await page.locator($('input[name="guess"]')).fill('banana');
    await page.locator($('button[name="reveal"]')).click();
    expect(await page.locator($('input[name="guess"]')).getAttribute('aria-invalid')).toBe('true');
    expect(await page.$eval(sel, (el) => (el as GraphView).prediction)).toBeUndefined();

    await page.locator($('input[name="guess"]')).fill('4');
    await page.locator($('input[name="guess"]')).press('Enter');
    const result = (await page.locator($('.predict-result')).textContent()) ?? '';
    expect(result).toMatch(/^You guessed 4; ∂z\/∂x = 7, off by 3\./);
    expect(result).toContain('3 paths');
    s = await state(page, sel);
    expect(s.grads).toEqual({ x: 7 });
    expect(s.focus).toBe('x');
    expect(await page.$eval(sel, (el) => (el as GraphView).prediction)).toMatchObject({
      guess: 4,
      actual: 7,
      error: 3,
    });

    await page.locator($('button[name="again"]')).click();
    expect((await state(page, sel)).grads).toEqual({});
    await page.locator($('input[name="guess"]')).fill('7');
    await page.locator($('button[name="reveal"]')).click();
    expect(await page.locator($('.predict-result')).textContent()).toMatch(/Spot on!/);
  });
});

describe('presenter steps of lesson 19 drive the graphs', () => {
  it('?step=5 shows ∂e/∂a with both paths; the next step goes to micrograd’s graph', async () => {
    const page = await openPage(chromium.browser, server.url(`${LESSON19}?step=5`));
    await settle(page);
    await expect.poll(async () => (await state(page, '#main')).focus).toBe('a');
    const s = await state(page, '#main');
    expect(s.program).toBe('a = 3\nb = -2\nc = a * b\nd = c + a\ne = d^2');
    expect(s.grads).toEqual({ a: 6, b: -18 });
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await state(page, '#main')).step).toBe(6);
    expect((await state(page, '#main')).focus).toBe('c');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await state(page, '#big')).step).toBe(40);
    expect((await state(page, '#big')).grads).toEqual({});
    expect((await state(page, '#big')).output).toBeCloseTo(24.7041, 4);
    expectClean(page);
    await page.close();
  });
});

describe('<lumen-graph> outside Lumen', () => {
  it('works from one script tag in a blog post with hostile CSS', async () => {
    const page = await openPage(chromium.browser, server.url('/blog-graph.html'));
    await settle(page);
    const s = await state(page, '#g');
    expect(s.grads).toEqual({ a: 2, b: 8 });
    expect(s.output).toBe(0);
    expect(await page.locator('#g svg[role="listbox"]').isVisible()).toBe(true);
    expect(await page.locator('#g button[name="next"]').isVisible()).toBe(true);
    expect(await page.locator('#g textarea[name="program"]').isVisible()).toBe(false);
    expectClean(page);
    await page.close();
  });

  it('works in the iframe page, with settings from the URL', async () => {
    const page = await openPage(
      chromium.browser,
      server.url('/embed.html?widget=graph&program=x+%3D+3%3B+y+%3D+x+*+x+%2B+x&step=all&theme=dark'),
    );
    await settle(page);
    const s = await state(page, 'lumen-graph');
    expect(s.program).toBe('x = 3\ny = x * x + x');
    expect(s.grads).toEqual({ x: 7 });
    expectClean(page);
    await page.close();
  });
});

describe('lesson 19 looks right in every theme and on a phone', () => {
  const cases = [
    { name: 'light', width: 1280, height: 900 },
    { name: 'dark', width: 1280, height: 900 },
    { name: 'projector', width: 1600, height: 1000 },
    { name: 'light', width: 360, height: 740 },
  ] as const;
  it.each(cases)(
    '$name at $width px: clean, no page-wide sideways scroll, the graph scrolls in its box',
    async ({ name, width, height }) => {
      const page = await openPage(chromium.browser, server.url(`${LESSON19}?theme=${name}`), {
        width,
        height,
      });
      await settle(page);
      await page.$eval('#main', (el) => (el as GraphView).setState({ step: 999, focus: 'a' }));
      await page.locator('#main').scrollIntoViewIfNeeded();
      await frames(page, 3);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const box = await page.$eval('#big', (el) => {
        const g = el.shadowRoot?.querySelector('.graph') as HTMLElement;
        return { scroll: g.scrollWidth, client: g.clientWidth };
      });
      if (width < 1000)
        expect(box.scroll, 'the big graph scrolls inside its box').toBeGreaterThan(box.client);
      await screenshot(page, `graph-lesson19-${name}-${width}`);
      expectClean(page);
      await page.close();
    },
  );
});

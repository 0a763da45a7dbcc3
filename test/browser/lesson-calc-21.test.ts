/**
 * Lesson 21 and `<lumen-network>` under a learner's hands: step, play, pause and rewind (a replay
 * is exact), settings by the controls, points added by click, Shift-click and keys, weights by
 * hover and keyboard with the live formula, bad settings, the predict-first checkpoint, a
 * presenter step, reduced motion, the loop stopping off screen and on removal, and clean pages in
 * every theme and at phone width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, openPage, screenshot, serveDist, settle, type LumenPage } from './harness';
import { useSite } from '../helpers/site';

const LESSON = '/lessons/calculus/21-backprop-in-a-neural-network.html';

interface NetworkView extends HTMLElement {
  readonly state: {
    dataset: string;
    layers: number[];
    features: string[];
    activation: string;
    noise: number;
    rate: number;
    speed: string;
    play: boolean;
    edge: { layer: number; to: number; from: number } | null;
    added: { x: number; y: number; label: number }[];
    epoch: number;
    trainLoss: number | undefined;
    testLoss: number | undefined;
    backend: string;
  };
  setState(partial: Record<string, unknown>): void;
  readonly losses: { train: number[]; test: number[] };
  readonly batches: number;
  readonly weight: { edge: string; w: number; grad: number | undefined } | undefined;
  readonly messages: string[];
  readonly description: string;
}

const site = useSite();

type State = NetworkView['state'];
function state(page: LumenPage, sel = '#main'): Promise<State> {
  return page.$eval(
    sel,
    (el) => JSON.parse(JSON.stringify((el as NetworkView).state)) as NetworkView['state'],
  );
}
function batches(page: LumenPage, sel = '#main'): Promise<number> {
  return page.$eval(sel, (el) => (el as NetworkView).batches);
}
/** Batches once training has come to rest (steps already sent when Pause was pressed still land). */
async function restingBatches(page: LumenPage, sel = '#main'): Promise<number> {
  let last = -1;
  for (let k = 0; k < 40; k++) {
    const b = await batches(page, sel);
    if (b === last) return b;
    last = b;
    await page.waitForTimeout(250);
  }
  throw new Error('training never came to rest');
}
/** Waits until the widget has a snapshot of its current settings (after a change restarted the run). */
async function fresh(page: LumenPage, sel = '#main'): Promise<void> {
  await page.waitForFunction(
    (s) => typeof (document.querySelector(s) as NetworkView | null)?.state.trainLoss === 'number',
    sel,
    { timeout: 15_000 },
  );
}

describe('<lumen-network> in lesson 21', () => {
  let page: LumenPage;
  const $ = (inner: string): string => `#main ${inner}`;

  beforeAll(async () => {
    page = await site.open(LESSON);
    await settle(page);
    await page.locator('#main').scrollIntoViewIfNeeded();
    await fresh(page);
  });
  afterAll(async () => {
    expectClean(page);
    await page.close();
  });

  it('opens untrained, with a heat map drawn, the backend named and both losses in the description', async () => {
    const s = await state(page);
    expect(s).toMatchObject({ dataset: 'circle', layers: [4, 2], epoch: 0, play: false });
    expect(s.trainLoss).toBeGreaterThan(0.3);
    expect(s.backend).toMatch(/typed arrays|tfjs/);
    expect(await page.locator($('.backend')).textContent()).toBe(`Computed with ${s.backend}.`);
    // The plot is not blank: the shading and the points give it many colours.
    const colours = await page.$eval('#main', (el) => {
      const c = el.shadowRoot?.querySelector('.plot canvas') as HTMLCanvasElement;
      const d = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      const seen = new Set<number>();
      for (let k = 0; k < d.length; k += 4 * 37)
        seen.add(((d[k] ?? 0) << 16) | ((d[k + 1] ?? 0) << 8) | (d[k + 2] ?? 0));
      return seen.size;
    });
    expect(colours).toBeGreaterThan(20);
    expect(await page.$eval('#main', (el) => (el as NetworkView).description)).toMatch(
      /2–4–2–1 network.*Not trained yet/,
    );
  });

  it('steps one batch by button and key, plays, pauses and stays paused', async () => {
    await page.locator($('button[name="step"]')).click();
    await expect.poll(() => batches(page)).toBe(1);
    await page.keyboard.press('s');
    await expect.poll(() => batches(page)).toBe(2);
    expect((await state(page)).play).toBe(false);
    await page.locator($('button[name="play"]')).click();
    expect((await state(page)).play).toBe(true);
    expect(await page.locator($('button[name="play"]')).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await state(page)).epoch, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('p');
    expect((await state(page)).play).toBe(false);
    const b = await restingBatches(page);
    await page.waitForTimeout(500);
    expect(await batches(page)).toBe(b);
    const s = await state(page);
    expect(await page.locator($('.status')).textContent()).toContain(`Epoch ${s.epoch}`);
    expect(await page.$eval('#main', (el) => (el as NetworkView).description)).toMatch(
      /training loss 0\.\d{4}, test loss 0\.\d{4}\. Training is paused/,
    );
  });

  it('rewinds to the seeded start and replays the same loss curve exactly', async () => {
    const first = await page.$eval('#main', (el) => (el as NetworkView).losses);
    const epochs = first.train.length - 1;
    expect(epochs).toBeGreaterThanOrEqual(3);
    await page.locator($('button[name="rewind"]')).click();
    await expect.poll(async () => (await state(page)).epoch).toBe(0);
    expect(await batches(page)).toBe(0);
    expect((await state(page)).trainLoss).toBe(first.train[0]);
    await page.keyboard.press('p');
    await expect
      .poll(async () => (await state(page)).epoch, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(epochs);
    await page.keyboard.press('p');
    const again = await page.$eval('#main', (el) => (el as NetworkView).losses);
    expect(again.train.slice(0, epochs + 1)).toEqual(first.train.slice(0, epochs + 1));
    expect(again.test.slice(0, epochs + 1)).toEqual(first.test.slice(0, epochs + 1));
  });

  it('reads a step out at once, and training only every few seconds, not every frame', async () => {
    const live = $('p.sr-only[aria-live="polite"]');
    await page.locator($('button[name="step"]')).click();
    await expect
      .poll(() => page.locator(live).textContent())
      .toMatch(/After \d+ epochs?: training loss|into the first epoch/);
    // Count what a screen reader would be handed while the network trains for 3 s (~180 frames).
    await page.$eval('#main', (el) => {
      const region = el.shadowRoot!.querySelector('p.sr-only[aria-live="polite"]')!;
      const w = window as unknown as { liveChanges: number };
      w.liveChanges = 0;
      new MutationObserver(() => void w.liveChanges++).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.keyboard.press('p');
    await expect.poll(async () => (await state(page)).play).toBe(true);
    await page.waitForTimeout(3000);
    await page.keyboard.press('p');
    const changes = await page.evaluate(() => (window as unknown as { liveChanges: number }).liveChanges);
    expect(changes, 'live-region updates in 3 s of training').toBeLessThanOrEqual(2);
    expect(await page.locator(live).textContent()).toMatch(/loss/);
  });

  it('shows a weight’s gradient on hover, moves between weights by keys, and the formula follows', async () => {
    await page.locator($('button[name="step"]')).click();
    await expect
      .poll(async () => (await page.$eval('#main', (el) => (el as NetworkView).weight))?.grad)
      .toBeTypeOf('number');
    await page.locator($('[data-edge="1.2.1"] .hit')).hover({ force: true });
    await expect
      .poll(async () => (await page.$eval('#main', (el) => (el as NetworkView).weight))?.edge)
      .toBe('1.2.1');
    const w = await page.$eval('#main', (el) => (el as NetworkView).weight);
    expect(Number.isFinite(w?.w)).toBe(true);
    expect(await page.locator($('.tip text')).textContent()).toMatch(/^w −?[\d.]+(e−\d+)?\s+∂L̄\/∂w −?[\d.]+/);
    await expect
      .poll(() => page.locator($('.formula-text')).textContent())
      .toMatch(/weight w1, 21 is the mean over the points of the batch/);
    expect(await page.locator($('.formula .katex')).count()).toBeGreaterThan(0);
    // One gradient from one place (review D7): the readout's ∂L̄/∂w is the formula's.
    const asNumber = (t: string | undefined): number => Number((t ?? '').replace(/−/g, '-'));
    const tipGrad = asNumber(
      /∂L̄\/∂w (\S+)/.exec((await page.locator($('.tip text')).textContent()) ?? '')?.[1],
    );
    const formulaGrad = asNumber(
      /carries: (\S+)\. The last step/.exec(
        (await page.locator($('.formula-text')).textContent()) ?? '',
      )?.[1],
    );
    expect(Number.isFinite(formulaGrad)).toBe(true);
    expect(Math.abs(tipGrad - formulaGrad)).toBeLessThanOrEqual(Math.abs(formulaGrad) * 0.006 + 1e-9);

    await page.locator($('[data-edge="1.2.1"] .hit')).click({ force: true });
    expect((await state(page)).edge).toEqual({ layer: 1, to: 2, from: 1 });
    await page.keyboard.press('ArrowDown');
    expect((await state(page)).edge).toEqual({ layer: 1, to: 2, from: 2 });
    await page.keyboard.press('ArrowRight');
    expect((await state(page)).edge).toEqual({ layer: 2, to: 2, from: 2 });
    await page.keyboard.press('End');
    expect((await state(page)).edge).toEqual({ layer: 3, to: 1, from: 2 });
    expect(
      await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('data-edge')),
    ).toBe('3.1.2');
    expect(await page.locator($('[data-edge][tabindex="0"]')).count()).toBe(1);
    expect(await page.locator($('[data-edge="3.1.2"]')).getAttribute('aria-label')).toMatch(
      /^weight of layer 3, from neuron 2 of hidden layer 2 to the output: w = .*gradient/,
    );
  });

  it('changes data, layers, neurons, activation and noise with the controls; each restarts the run', async () => {
    await page.locator($('button[name="dataset"][value="xor"]')).click();
    let s = await state(page);
    expect(s.dataset).toBe('xor');
    expect(s.epoch).toBe(0);
    await page.locator($('button[name="add-layer"]')).click();
    await page.locator($('.layer[data-layer="0"] button[name="neuron-plus"]')).click();
    expect((await state(page)).layers).toEqual([5, 2, 2]);
    await page.$eval('#main', (el) => (el as NetworkView).setState({ edge: { layer: 4, to: 1, from: 1 } }));
    await page.locator($('button[name="remove-layer"]')).click();
    expect((await state(page)).edge).toBeNull();
    expect(await page.$eval('#main', (el) => (el as NetworkView).messages)).toEqual([]);
    await page.locator($('button[name="fast"]')).click();
    expect((await state(page)).speed).toBe('max');
    expect(await page.locator($('button[name="fast"]')).getAttribute('aria-pressed')).toBe('true');
    await page.locator($('button[name="fast"]')).click();
    expect((await state(page)).speed).toBe('watch');
    await page.locator($('select[name="activation"]')).selectOption('relu');
    await page.locator($('select[name="rate"]')).selectOption('0.1');
    await page.locator($('input[name="noise"]')).focus();
    await page.keyboard.press('ArrowRight');
    s = await state(page);
    expect(s).toMatchObject({ layers: [5, 2], activation: 'relu', rate: 0.1, noise: 0.15 });
    await fresh(page);
    expect(await page.locator($('svg.diagram [data-edge]')).count()).toBe(2 * 5 + 5 * 2 + 2);
  });

  it('draws each neuron’s output over the plane inside its circle, from the current weights', async () => {
    await page.$eval('#main', (el) => (el as NetworkView).setState({ layers: [5, 2] }));
    await fresh(page);
    // The 2 inputs, 5 + 2 hidden neurons and the output.
    await expect.poll(() => page.locator($('svg.diagram canvas.map')).count()).toBe(10);
    const pictures = (): Promise<string[]> =>
      page.$eval('#main', (el) =>
        [...el.shadowRoot!.querySelectorAll('svg.diagram canvas.map')].map((c) => {
          const canvas = c as HTMLCanvasElement;
          return `${canvas.width}x${canvas.height}:${canvas.toDataURL()}`;
        }),
      );
    const before = await pictures();
    expect(before[0]).toMatch(/^24x24:/);
    // Different neurons see different things (their own weights), as Playground shows them.
    expect(new Set(before).size).toBeGreaterThan(4);
    // One batch moves the weights: the pictures follow (paused, at once).
    await page.locator($('button[name="step"]')).click();
    await page.waitForFunction(
      (b) =>
        [...document.querySelector('#main')!.shadowRoot!.querySelectorAll('svg.diagram canvas.map')].some(
          (c, k) => {
            const canvas = c as HTMLCanvasElement;
            const now = `${canvas.width}x${canvas.height}:${canvas.toDataURL()}`;
            return now !== b[k];
          },
        ),
      before,
    );
  });

  it('toggles input features by keyboard: new input nodes, new weights, training, at least one kept', async () => {
    await page.$eval('#main', (el) => (el as NetworkView).setState({ layers: [3], dataset: 'circle' }));
    const box = (f: string): string => $(`input[name="feature"][value="${f}"]`);
    expect(await page.locator(box('x')).isChecked()).toBe(true);
    await page.locator(box('x2')).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // y²
    await page.keyboard.press('Space');
    let s = await state(page);
    expect(s.features).toEqual(['x', 'y', 'x2', 'y2']);
    expect(s.epoch).toBe(0);
    await fresh(page);
    // 4 inputs × 3 + 3 × 1 weights, one labelled input node (with its picture) per feature.
    await expect.poll(() => page.locator($('svg.diagram [data-edge]')).count()).toBe(4 * 3 + 3);
    expect(await page.locator($('svg.diagram .node.input text')).allTextContents()).toEqual([
      'x',
      'y',
      'x²',
      'y²',
    ]);
    await expect.poll(() => page.locator($('svg.diagram .node.input canvas.map')).count()).toBe(4);
    for (let k = 0; k < 3; k++) await page.locator($('button[name="step"]')).click();
    await expect.poll(() => batches(page)).toBe(3);
    s = await state(page);
    expect(Number.isFinite(s.trainLoss)).toBe(true);
    const weight = await page.$eval('#main', (el) => (el as NetworkView).weight);
    expect(Number.isFinite(weight?.grad)).toBe(true);
    // Off one by one: the last one stays on, with a message, and the state keeps it.
    for (const f of ['x', 'y', 'x2']) {
      await page.locator(box(f)).focus();
      await page.keyboard.press('Space');
    }
    expect((await state(page)).features).toEqual(['y2']);
    await page.locator(box('y2')).focus();
    await page.keyboard.press('Space');
    expect((await state(page)).features).toEqual(['y2']);
    expect(await page.locator(box('y2')).isChecked()).toBe(true);
    expect(await page.locator($('.messages')).textContent()).toContain(
      'at least one input feature must stay on',
    );
    await page.$eval('#main', (el) => el.setAttribute('features', 'x cos'));
    expect(await page.locator($('.messages')).textContent()).toContain('unknown feature "cos"');
    await page.$eval('#main', (el) => (el as NetworkView).setState({ features: ['x', 'y'], layers: [5, 2] }));
    await fresh(page);
  });

  it('adds training points by click, Shift-click and keys', async () => {
    await page.locator($('.plot canvas')).scrollIntoViewIfNeeded();
    const box = await page.locator($('.plot canvas')).boundingBox();
    if (!box) throw new Error('no plot');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    let s = await state(page);
    expect(s.added).toHaveLength(1);
    expect(s.added[0]?.label).toBe(1);
    expect(Math.abs(s.added[0]?.x ?? 9)).toBeLessThan(0.2);
    // The plot must not move while the run restarts (a status line that wraps would shift it).
    expect(await page.locator($('.plot canvas')).boundingBox()).toEqual(box);
    await page.keyboard.down('Shift');
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height / 4);
    await page.keyboard.up('Shift');
    s = await state(page);
    expect(s.added[1]).toMatchObject({ label: -1 });
    expect(s.added[1]?.x).toBeCloseTo(3, 0);
    expect(s.added[1]?.y).toBeCloseTo(3, 0);
    await page.locator($('button[name="class-neg"]')).click();
    await page.locator($('.plot canvas')).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Enter');
    s = await state(page);
    expect(s.added).toHaveLength(3);
    expect(s.added[2]?.label).toBe(-1);
    expect(s.added[2]?.x).toBeCloseTo((s.added[1]?.x ?? 0) - 0.5, 5);
    expect(s.added[2]?.y).toBeCloseTo((s.added[1]?.y ?? 0) - 2, 5);
    await page.keyboard.press('Shift+Enter');
    expect((await state(page)).added[3]?.label).toBe(1);
    await fresh(page);
    await page.locator($('button[name="clear-added"]')).click();
    expect((await state(page)).added).toEqual([]);
  });

  it('bad settings show a message and fall back; setState ignores the run’s numbers', async () => {
    await page.$eval('#main', (el) => (el as NetworkView).setState({ rate: NaN, epoch: 5 }));
    const messages = (await page.$eval('#main', (el) => (el as NetworkView).messages)).join(' ');
    expect(messages).toMatch(/rate \(setState\): must be a finite number/);
    expect(messages).toMatch(/Unknown setting "epoch"/);
    expect((await state(page)).rate).toBe(0.1);
    await page.$eval('#main', (el) => el.setAttribute('layers', '4,9'));
    expect((await state(page)).layers).toEqual([4, 2]);
    expect(await page.locator($('.messages')).textContent()).toContain(
      'layers="4,9" (attribute): every layer needs a whole number of 1 … 8 neurons',
    );
    await page.$eval('#main', (el) => el.setAttribute('edge', '4.1.1'));
    expect(await page.locator($('.messages')).textContent()).toContain(
      'edge="4.1.1": this network has no such weight',
    );
  });
});

describe('predict-first, presenter and motion in lesson 21', () => {
  it('locks a guess about one hidden neuron in, then trains the answer', async () => {
    const page = await site.open(LESSON, { width: 900, height: 900 });
    await settle(page);
    await page.locator('#which').scrollIntoViewIfNeeded();
    expect((await state(page, '#guess')).layers).toEqual([1]);
    await page.locator('#which input[name="choice"]').nth(0).check();
    await page.locator('#which button[name="lock"]').click();
    expect(await page.locator('#which .verdict').innerText()).toMatch(/two gaussians/);
    const s = await state(page, '#guess');
    expect(s).toMatchObject({ dataset: 'gauss', play: true });
    await page.locator('#guess').scrollIntoViewIfNeeded();
    await expect
      .poll(async () => (await state(page, '#guess')).epoch, { timeout: 20_000 })
      .toBeGreaterThan(2);
    expectClean(page);
    await page.close();
  });

  it('?step=3 sets XOR with two hidden neurons; reduced motion means no autoplay', async () => {
    const page = await site.open(`${LESSON}?step=3`, {
      reducedMotion: 'reduce',
    });
    await settle(page);
    await expect.poll(async () => (await state(page)).dataset).toBe('xor');
    const s = await state(page);
    expect(s.layers).toEqual([2]);
    // The step asks for play=true, but this reader prefers reduced motion: a first step never autoplays.
    const reduced = await site.open(`${LESSON}?main.play=true`, {
      reducedMotion: 'reduce',
    });
    await settle(reduced);
    await fresh(reduced);
    await reduced.waitForTimeout(500);
    expect((await state(reduced)).play).toBe(false);
    expect(await batches(reduced)).toBe(0);
    expect(await reduced.locator('#main .status').textContent()).toContain('reduced motion');
    expectClean(page);
    expectClean(reduced);
    await page.close();
    await reduced.close();
  });

  it('stops training off screen and when removed', async () => {
    const page = await site.open(LESSON);
    await settle(page);
    await page.locator('#main').scrollIntoViewIfNeeded();
    await fresh(page);
    await page.$eval('#main', (el) => (el as NetworkView).setState({ play: true }));
    await expect.poll(() => batches(page), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const hidden = await restingBatches(page);
    await page.waitForTimeout(600);
    expect(await batches(page)).toBe(hidden);
    expect((await state(page)).play).toBe(true);
    await page.locator('#main').scrollIntoViewIfNeeded();
    await expect.poll(() => batches(page), { timeout: 15_000 }).toBeGreaterThan(hidden);
    await page.$eval('#main', (el) => el.remove());
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.querySelector('#main'))).toBeNull();
    expectClean(page);
    await page.close();
  });
});

describe('<lumen-network> outside Lumen', () => {
  it('trains in a blog post on another origin (no worker there: the main thread takes over)', async () => {
    const blog = await serveDist('test/fixtures/embed', {
      '/post.html': {
        body: `<!doctype html><meta charset="utf-8"><title>Post</title><link rel="icon" href="data:,">
<style>* { font: 30px serif !important; } canvas { display: none; }</style>
<script type="module" src="${site.server.url('/embed.js')}"></script>
<lumen-network id="n" dataset="xor" layers="4" speed="max" play controls="false"></lumen-network>`,
      },
    });
    const page = await openPage(site.chromium.browser, blog.url('/post.html'));
    await settle(page);
    await expect.poll(async () => (await state(page, '#n')).epoch, { timeout: 20_000 }).toBeGreaterThan(5);
    const s = await state(page, '#n');
    expect(s).toMatchObject({ dataset: 'xor', layers: [4], play: true });
    expect(s.backend).toMatch(/on the main thread/);
    expect(await page.locator('#n .plot canvas').isVisible()).toBe(true);
    expect(await page.locator('#n .settings').isVisible()).toBe(false);
    expectClean(page);
    await page.close();
    await blog.close();
  });

  it('takes its settings from the iframe page’s URL', async () => {
    const page = await openPage(
      site.chromium.browser,
      site.server.url('/embed.html?widget=network&dataset=spiral&layers=8,8&activation=relu&theme=dark'),
    );
    await settle(page);
    await fresh(page, 'lumen-network');
    expect(await state(page, 'lumen-network')).toMatchObject({
      dataset: 'spiral',
      layers: [8, 8],
      activation: 'relu',
      epoch: 0,
    });
    expectClean(page);
    await page.close();
  });
});

describe('lesson 21 looks right in every theme and on a phone', () => {
  const cases = [
    { name: 'light', width: 1280, height: 900 },
    { name: 'dark', width: 1280, height: 900 },
    { name: 'projector', width: 1600, height: 1000 },
    { name: 'light', width: 390, height: 800 },
  ] as const;
  it.each(cases)('$name at $width px: clean, no sideways scroll, drawn', async ({ name, width, height }) => {
    const page = await site.open(`${LESSON}?theme=${name}`, {
      width,
      height,
    });
    await settle(page);
    await page.locator('#main').scrollIntoViewIfNeeded();
    await fresh(page);
    await page.locator('#main button[name="step"]').click();
    await expect.poll(() => batches(page)).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const plot = await page.locator('#main .plot canvas').boundingBox();
    expect(plot?.width).toBeGreaterThan(width < 600 ? 250 : 300);
    await screenshot(page, `network-lesson21-${name}-${width}`, false);
    expectClean(page);
    await page.close();
  });
});

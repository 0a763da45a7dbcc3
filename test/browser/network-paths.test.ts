/**
 * The network engine's two computation paths in a real browser, and its replay guarantee:
 *
 * 1. The shipped training worker (dist/assets/train.worker-*.js, spoken to with its own protocol)
 *    on the typed-array path and on the tfjs **webgl** path (SwiftShader here) gives the same loss
 *    curve for the same seed: |Δ| ≤ 1e-4 · loss + 1e-6 at each of 50 epochs (train and test).
 * 2. Through `<lumen-network>`: training in the worker at max speed, paused, rewound and replayed
 *    gives exactly the same loss curve; with workers unavailable the engine runs on the main
 *    thread, says so, and gives the same curve again.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDataset, splitDataset } from '../../src/math/nn/index';
import { expectClean, ROOT, type LumenPage } from './harness';
import { useSite } from '../helpers/site';

const DIST = resolve(ROOT, process.env.LUMEN_DIST || 'dist');
const BLANK =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>paths</title><link rel="icon" href="data:,"></head><body></body></html>';
const ELEMENT = (extra: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>network</title><link rel="icon" href="data:,">
<script type="module" src="/embed.js"></script></head><body>
<lumen-network id="net" dataset="xor" points="200" noise="0.1" test="0.5" layers="6,6" activation="tanh" rate="0.03" batch="10" seed="5" speed="max" ${extra}></lumen-network></body></html>`;

const site = useSite(
  {
    '/paths.html': { body: BLANK },
    '/element.html': { body: ELEMENT('') },
  },
  undefined,
);

describe('training worker: typed arrays vs tfjs webgl', () => {
  it('gives the same loss curve for the same seed over 50 epochs', async () => {
    const worker = readdirSync(join(DIST, 'assets')).find((f) => /^train\.worker-[\w-]+\.js$/.test(f));
    expect(worker, 'the build has the training worker').toBeTruthy();
    const data = splitDataset(makeDataset('circle', 60, 0.1, 21), 0.3, 21);
    const plain = (d: typeof data.train) => ({ xs: [...d.xs], labels: [...d.labels], count: d.count });
    const page = await site.open('/paths.html');
    const result = await page.evaluate(
      async ({ url, train, test }) => {
        const dataset = (d: typeof train) => ({
          xs: Float32Array.from(d.xs),
          labels: Float32Array.from(d.labels),
          count: d.count,
        });
        const config = {
          spec: { hidden: [8, 8, 8], activation: 'tanh' },
          settings: { learningRate: 0.03, batchSize: 14, l2: 0.001 },
          data: { train: dataset(train), test: dataset(test) },
          seed: 8,
        };
        type Snap = {
          epoch: number;
          lossFrom: number;
          trainLoss: Float64Array;
          testLoss: Float64Array;
          backend: string;
        };
        const run = async (path: string, tfBackend: string | null) => {
          const w = new Worker(url, { type: 'module' });
          const replies: ((r: { type: string; snapshot?: Snap; message?: string }) => void)[] = [];
          w.onmessage = (e) => replies.shift()?.(e.data);
          const ask = (msg: object) =>
            new Promise<{ type: string; snapshot?: Snap; message?: string }>(
              (r) => (replies.push(r), w.postMessage(msg)),
            );
          // A small grid: every step's snapshot carries one, and the grid itself is tested in the unit tests.
          w.postMessage({ type: 'init', path, tfBackend, resolution: 10, where: 'in a worker' });
          let r = await ask({ type: 'configure', gen: 1, config });
          const train: number[] = [];
          const test: number[] = [];
          let backend: string;
          for (;;) {
            if (r.type !== 'snapshot' || !r.snapshot) throw new Error(`worker said ${JSON.stringify(r)}`);
            const s = r.snapshot;
            train.length = test.length = s.lossFrom;
            train.push(...s.trainLoss);
            test.push(...s.testLoss);
            backend = s.backend;
            if (s.epoch >= 50) break;
            r = await ask({ type: 'step', gen: 1, count: 1 });
          }
          w.terminate();
          return { train, test, backend };
        };
        return { typed: await run('typed', null), tensor: await run('tensor', 'webgl') };
      },
      { url: `/assets/${worker}`, train: plain(data.train), test: plain(data.test) },
    );
    expect(result.typed.backend).toBe('typed arrays in a worker');
    expect(result.tensor.backend).toMatch(/^tfjs webgl \((software|GPU): .+\) in a worker$/);
    expect(result.typed.train).toHaveLength(51);
    expect(result.tensor.train).toHaveLength(51);
    const a = [...result.typed.train, ...result.typed.test];
    const b = [...result.tensor.train, ...result.tensor.test];
    a.forEach((v, k) =>
      expect(Math.abs(v - (b[k] as number)), `entry ${k}: ${v} vs ${b[k]}`).toBeLessThanOrEqual(
        1e-4 * v + 1e-6,
      ),
    );
    expect(result.typed.train[50] as number).toBeLessThan((result.typed.train[0] as number) * 0.8);
    expectClean(page);
    await page.close();
  }, 120_000);
});

type Run = { train: number[]; batches: number; backend: string };

/** Plays at max speed for `ms`, pauses, and returns the curve; `until`: instead play until this many batches. */
async function playFor(page: LumenPage, ms: number, until = 0): Promise<Run> {
  return page.evaluate(
    async ({ ms, until }) => {
      const el = document.getElementById('net') as HTMLElement & {
        state: { epoch: number; backend: string };
        setState(p: object): void;
        losses: { train: number[] };
        batches: number;
      };
      el.setState({ play: true });
      const t0 = performance.now();
      while (until ? el.batches < until : performance.now() - t0 < ms)
        await new Promise((r) => setTimeout(r, 20));
      el.setState({ play: false });
      // Let the last reply land.
      await new Promise((r) => setTimeout(r, 300));
      return { train: el.losses.train, batches: el.batches, backend: el.state.backend };
    },
    { ms, until },
  );
}

async function rewind(page: LumenPage): Promise<void> {
  await page.locator('lumen-network').locator('button[name="rewind"]').click();
  await page.waitForFunction(
    () => (document.getElementById('net') as HTMLElement & { batches: number }).batches === 0,
  );
}

describe('<lumen-network> engine', () => {
  it('replays exactly after rewind, in the worker and on the main thread', async () => {
    const page = await site.open('/element.html');
    await page.waitForFunction(() =>
      (
        document.getElementById('net') as HTMLElement & { state: { backend: string } }
      ).state.backend.startsWith('typed'),
    );
    const first = await playFor(page, 1500);
    expect(first.backend).toBe('typed arrays in a worker');
    expect(first.train.length).toBeGreaterThan(20);
    await rewind(page);
    const again = await playFor(page, 0, first.batches);
    const n = Math.min(first.train.length, again.train.length);
    expect(again.train.slice(0, n)).toEqual(first.train.slice(0, n));
    expectClean(page);
    await page.close();

    // No Worker constructor (as on a host that forbids workers): the same run on the main thread.
    const main = await site.open('/element.html', {
      initScript: 'delete window.Worker;',
    });
    await main.waitForFunction(() =>
      (
        document.getElementById('net') as HTMLElement & { state: { backend: string } }
      ).state.backend.startsWith('typed'),
    );
    const onMain = await playFor(main, 1500);
    expect(onMain.backend).toBe('typed arrays on the main thread');
    const m = Math.min(first.train.length, onMain.train.length);
    expect(m).toBeGreaterThan(5);
    expect(onMain.train.slice(0, m)).toEqual(first.train.slice(0, m));
    expectClean(main);
    await main.close();
  }, 120_000);
});

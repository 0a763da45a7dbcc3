/**
 * Philox on the GPU, under the software WebGL here (SwiftShader): the shader must give the bits
 * that src/math/philox.ts gives. The fixture page (test/fixtures/philox/) loads the built embed
 * script with three <lumen-clt path="webgl">; before sampling, each worker checks the shader
 * against Random123's known answers and 8192 words of src/math/philox.ts (el.generatorCheck).
 * Then the GPU's sample means are compared with the typed-array path computed here in Node from
 * the same seed: the same uniforms, so the same means up to float32 rounding. A fourth widget
 * runs the tfjs wasm path and is held to the same standard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectClean,
  launchChromium,
  openPage,
  serveDist,
  type LaunchedChromium,
  type LumenPage,
  type StaticServer,
} from './harness';
import { CLT_PROPS, type CltState } from '../../src/widgets/clt/props';
import { defaults } from '../../src/ui/props';
import { meanBins, sourceOf } from '../../src/widgets/clt/model';
import { typedEngine } from '../../src/sim/typed';
import { Accumulator } from '../../src/sim/accumulate';
import type { SimJob } from '../../src/math/sim/job';

let server: StaticServer;
let chromium: LaunchedChromium;
let page: LumenPage;

interface Seen {
  state: CltState & { done: number; pathInUse: string; measuredMean: number; measuredSd: number };
  check: { identical: boolean; checked: number; mismatches: number; knownAnswers: boolean } | undefined;
}

beforeAll(async () => {
  server = await serveDist(undefined, { '/fixture/': 'test/fixtures/philox/' });
  chromium = await launchChromium();
  page = await openPage(chromium.browser, server.url('/fixture/index.html'));
  await page.waitForFunction(
    () =>
      ['uniform', 'die', 'drawn', 'wasm'].every((id) => {
        const el = document.getElementById(id) as
          (HTMLElement & { state?: { done: number; means: number; running: boolean } }) | null;
        return el?.state && !el.state.running && el.state.done === el.state.means;
      }),
    null,
    { timeout: 50_000 },
  );
}, 60_000);

afterAll(async () => {
  await page?.close();
  await chromium?.close();
  await server?.close();
});

async function seen(id: string): Promise<Seen> {
  return page.evaluate((id) => {
    const el = document.getElementById(id) as HTMLElement & {
      state: Seen['state'];
      generatorCheck: Seen['check'];
    };
    return { state: { ...el.state }, check: el.generatorCheck };
  }, id);
}

describe('Philox4x32-10 as a tfjs WebGL kernel (SwiftShader)', () => {
  it('reproduces Random123 known answers and src/math/philox.ts bit for bit', async () => {
    for (const id of ['uniform', 'die', 'drawn']) {
      const s = await seen(id);
      expect(s.state.pathInUse, id).toMatch(/tfjs webgl \+ Philox kernel .*\(worker\)/);
      expect(s.check, id).toEqual({ identical: true, checked: 8192, mismatches: 0, knownAnswers: true });
    }
  });

  it('makes the same sample means as the typed-array path from the same seed (and so does tfjs wasm)', async () => {
    expect((await seen('wasm')).state.pathInUse).toBe('tfjs wasm (CPU) (worker)');
    for (const id of ['uniform', 'die', 'drawn', 'wasm']) {
      const s = await seen(id);
      const state = { ...defaults(CLT_PROPS), ...s.state } as CltState;
      const src = sourceOf(state);
      const job: SimJob = {
        kind: 'means',
        dist: src.spec,
        sampleSize: state.n,
        count: state.means,
        seed: state.seed,
        bins: meanBins(src, state.n),
      };
      const acc = new Accumulator(job.count, job.bins, false);
      acc.add(await typedEngine(job).values(0, job.count));
      const mean = acc.sum / acc.done + src.offset;
      const v = acc.sumSq / acc.done - (acc.sum / acc.done) ** 2;
      const sd = Math.sqrt(v * (acc.done / (acc.done - 1)));
      // float32 on the GPU vs float64 here: equal to ~1e-6, nowhere near sampling noise (~1e-3).
      expect(Math.abs(s.state.measuredMean - mean), id).toBeLessThan(2e-6 * Math.max(1, Math.abs(mean)));
      expect(Math.abs(s.state.measuredSd / sd - 1), id).toBeLessThan(1e-4);
    }
    expectClean(page);
  });
});

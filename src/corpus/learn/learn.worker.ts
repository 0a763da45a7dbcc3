/**
 * The worker that learns `<lumen-embed>`'s vectors off the main thread. Typed arrays by default;
 * a tfjs backend (through src/tensor only) when the path names one. Progress is posted at most
 * every 50 ms; cancelling is the page terminating the worker.
 */
import { learn, type SvdStep } from './learn-core';
import { partsBuffers } from './space-parts';
import type { LearnReply, LearnRequest } from './learn-protocol';
import { loadTf, useBackend } from '../../tensor/backend';
import { tensorRandomizedSvd } from '../../tensor/embed-tensor';
import { createRandom } from '../../math/random';

const post = (m: LearnReply, transfer: Transferable[] = []): void =>
  (self as unknown as Worker).postMessage(m, transfer);

self.addEventListener('message', (event: MessageEvent<LearnRequest>) => {
  const m = event.data;
  if (m.type === 'ping') {
    post({ type: 'pong' });
    return;
  }
  void run(m).catch((err: unknown) =>
    post({ type: 'error', id: m.id, message: err instanceof Error ? err.message : String(err) }),
  );
});

async function run(m: Extract<LearnRequest, { type: 'learn' }>): Promise<void> {
  const t0 = performance.now();
  let svd: SvdStep | undefined;
  let label = 'typed arrays';
  if (m.path !== 'typed') {
    const report = await useBackend(m.path);
    const tf = await loadTf();
    svd = (a, k, seed) => tensorRandomizedSvd(tf, a, { k, rng: createRandom(seed) });
    label = report.label;
  }
  const g = learn(m.tokens, m.settings, svd, m.passages);
  let last = 0;
  for (let r = g.next(); ; r = g.next()) {
    if (r.done) {
      const out = r.value;
      post(
        {
          type: 'done',
          id: m.id,
          vectors: out.vectors,
          singular: out.singular,
          rows: out.rows,
          k: out.k,
          space: out.space,
          ms: performance.now() - t0,
          path: m.path,
          label,
        },
        [out.vectors.buffer, out.singular.buffer, ...(out.space ? partsBuffers(out.space) : [])],
      );
      return;
    }
    const now = performance.now();
    if (now - last > 50) {
      last = now;
      post({ type: 'progress', id: m.id, progress: r.value });
    }
  }
}

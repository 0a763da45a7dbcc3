/**
 * k-means on the MNIST digits, as a core that answers digits-protocol requests: in the worker
 * (digits.worker.ts) or, where no worker starts, on the main thread (`openLink` picks). Each
 * half-step is posted as soon as it is done; the work runs in slices with a yield between them,
 * so a "cancel" (a new start, a changed k or seed) is heard within one slice. On the main thread
 * the slices are short and only the typed arrays run (a tensor call cannot be sliced).
 */
import {
  classCounts,
  denseLloyd,
  typedAssigner,
  type Assigner,
  type DenseData,
} from '../../math/ml/kmeans-dense';
import type { MainCore } from '../../sim/link';
import { yieldToPage, yieldTurn } from '../../sim/worker-host';
import { MNIST_D } from '../../datasets/mnist';
import type { DigitsReply, DigitsRequest, DigitsPath } from './digits-protocol';

interface Loaded {
  readonly data: DenseData;
  readonly truth: Uint8Array;
}

interface Path {
  readonly assign: Assigner;
  readonly label: string;
  readonly tensors: () => number | undefined;
  dispose(): void;
}

async function openPath(path: DigitsPath, data: DenseData, inWorker: boolean): Promise<Path> {
  const typed = (why: string): Path => ({
    assign: typedAssigner(data),
    label: `typed arrays${why}`,
    tensors: () => undefined,
    dispose() {},
  });
  if (path === 'typed') return typed(inWorker ? ' in a worker' : ' (main thread)');
  if (!inWorker) return typed(' (main thread: no worker here)');
  try {
    const { loadTf, pickBackend, useBackend } = await import('../../tensor/backend');
    const { tensorAssigner } = await import('../../tensor/kmeans-tensor');
    const report = path === 'auto' ? await pickBackend() : await useBackend(path);
    const tf = await loadTf();
    const t = tensorAssigner(tf, data);
    return {
      assign: t.assign,
      label: `${report.label} in a worker`,
      tensors: () => tf.memory().numTensors,
      dispose: () => t.dispose(),
    };
  } catch (err) {
    if (path !== 'auto') throw err;
    return typed(` in a worker (tfjs could not start: ${String(err)})`);
  }
}

export function createDigitsCore(
  reply: (r: DigitsReply) => void,
  inWorker: boolean,
): MainCore<DigitsRequest> {
  let loaded: Loaded | undefined;
  let job = 0;
  const sliceMs = inWorker ? 25 : 6;
  const pause = inWorker ? yieldTurn : yieldToPage;

  async function run(m: Extract<DigitsRequest, { type: 'start' }>): Promise<void> {
    if (!loaded) throw new Error('The digits have not arrived yet.');
    const { data, truth } = loaded;
    const path = await openPath(m.path, data, inWorker);
    try {
      if (m.id !== job) return;
      reply({ type: 'backend', id: m.id, label: path.label });
      const g = denseLloyd(data, m.k, m.seed, path.assign, m.maxIter);
      let sliceStart = performance.now();
      let stepStart = sliceStart;
      for (;;) {
        if (m.id !== job) return;
        const r = g.next();
        if (r.done) return;
        const s = r.value;
        const now = performance.now();
        if (s) {
          reply({
            type: 'step',
            id: m.id,
            step: {
              step: s.step,
              phase: s.phase,
              centroids: s.centroids,
              sizes: s.sizes,
              counts: s.labels ? classCounts(s.labels, truth, m.k, 10) : new Int32Array(m.k * 10),
              inertia: s.inertia,
              changed: s.changed,
              last: s.last,
              ms: now - stepStart,
              tensors: path.tensors(),
            },
          });
          stepStart = performance.now();
        }
        if (now - sliceStart > sliceMs) {
          await pause();
          sliceStart = performance.now();
        }
      }
    } finally {
      path.dispose();
    }
  }

  return {
    handle(m) {
      if (m.type === 'ping') reply({ type: 'pong' });
      else if (m.type === 'data') {
        const x = new Float32Array(m.n * MNIST_D);
        for (let i = 0; i < x.length; i++) x[i] = m.pixels[i]! / 255;
        loaded = { data: { x, n: m.n, d: MNIST_D }, truth: m.labels };
      } else if (m.type === 'cancel') {
        if (m.id === job) job++;
      } else {
        job = m.id;
        run(m).catch((err: unknown) =>
          reply({ type: 'error', id: m.id, message: err instanceof Error ? err.message : String(err) }),
        );
      }
    },
    close() {
      job = -1;
    },
  };
}

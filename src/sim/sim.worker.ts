/**
 * The simulation worker: the sampling core (sim-core.ts) behind postMessage, in chunks of about
 * 40 ms, posting progress about ten times a second. No DOM here: only src/sim, src/math and
 * (lazily, for the tensor paths) src/tensor.
 */
import type { FromWorker, ToWorker } from './protocol';
import { createSimCore } from './sim-core';
import { yieldTurn } from './worker-host';

const scope = self as unknown as {
  postMessage(m: FromWorker): void;
  addEventListener(type: 'message', cb: (e: MessageEvent<ToWorker>) => void): void;
};
const core = createSimCore((m) => scope.postMessage(m), {
  chunkMs: 40,
  pause: yieldTurn,
  where: 'worker',
  autoStaysTyped: false,
});
scope.addEventListener('message', (e) => core.handle(e.data));

/**
 * The network engine's worker: the training core behind postMessage. Requests are handled one at
 * a time, in order (a tfjs readback may await), and snapshots' typed arrays are transferred.
 *
 * While the engine plays it sends {type: 'free', on: true}: the worker then trains in slices of
 * SLICE_MS back to back, yielding between slices through a MessageChannel (no timer clamping) so
 * that snapshot requests are answered within a slice. Training speed thus does not depend on the
 * page's frame rate: a page busy drawing gets fewer snapshots, not fewer epochs.
 */
import { createTrainCore } from './train-core';
import { transferables, type CoreReply, type CoreRequest } from './train-protocol';

const SLICE_MS = 8;
const core = createTrainCore();
let queue: Promise<void> = Promise.resolve();
let free = false;
let sliceQueued = false;
let queuedSteps = 0;
let burstOpen = false;
const tick = new MessageChannel();

function queueSlice(): void {
  if (sliceQueued || !free) return;
  sliceQueued = true;
  tick.port2.postMessage(null);
}

tick.port1.onmessage = () => {
  queue = queue.then(() => {
    sliceQueued = false;
    if (!free) return;
    core.train(SLICE_MS);
    queueSlice();
  });
};

self.addEventListener('message', (e: MessageEvent<CoreRequest>) => {
  const msg = e.data;
  if (msg.type === 'free') {
    free = msg.on;
    queueSlice();
    return;
  }
  // A burst of step requests (a page stepping an epoch as many single batches): only the last
  // one computes the boundary grid; the others reuse the previous one (see train-protocol.ts).
  // The burst's first request waits one timer turn, so the rest of the burst, already posted,
  // has arrived and been counted when the requests are answered.
  if (msg.type === 'step') {
    queuedSteps++;
    if (!burstOpen) {
      burstOpen = true;
      queue = queue.then(() => new Promise<void>((r) => setTimeout(r, 0)));
    }
  }
  queue = queue.then(async () => {
    let request = msg;
    if (msg.type === 'step') {
      queuedSteps--;
      if (queuedSteps > 0) request = { ...msg, lazyGrid: true };
      else burstOpen = false;
    }
    const reply: CoreReply | null = await core.handle(request);
    if (!reply) return;
    if (reply.type === 'snapshot')
      (self as unknown as Worker).postMessage(reply, transferables(reply.snapshot));
    else (self as unknown as Worker).postMessage(reply);
  });
});

/**
 * The simulation worker: runs jobs off the main thread, in chunks of about 40 ms, posting
 * progress about ten times a second. One job at a time; a new "run" cancels the one before.
 * No DOM here: only src/sim and (lazily, for the tensor paths) src/tensor.
 */
import type { FromWorker, ToWorker } from './protocol';
import { openEngine, runLoop, type HardwareCache } from './runner';

const scope = self as unknown as {
  postMessage(m: FromWorker): void;
  addEventListener(type: 'message', cb: (e: MessageEvent<ToWorker>) => void): void;
};
const post = (m: FromWorker): void => scope.postMessage(m);

/** The job now running; a cancel (or a newer run) flips its flag. */
const state = { current: 0, cancelled: new Set<number>(), hardware: {} as HardwareCache };

/** Yields to the event loop (so "cancel" is heard) without setTimeout's 4 ms clamp. */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(0);
  });
}

async function run(msg: Extract<ToWorker, { type: 'run' }>): Promise<void> {
  const { id, job, choice } = msg;
  try {
    const { engine, reason, check } = await openEngine(job, choice, state.hardware);
    try {
      post({ type: 'path', id, path: `${engine.path} (worker)`, reason, ...(check ? { check } : {}) });
      const result = await runLoop(job, engine, {
        chunkMs: 40,
        reportMs: 100,
        pause,
        cancelled: () => state.cancelled.has(id) || state.current !== id,
        report: (progress) => post({ type: 'progress', id, progress }),
      });
      post(result ? { type: 'done', id, progress: result } : { type: 'cancelled', id });
    } finally {
      engine.dispose();
    }
  } catch (err) {
    post({
      type: 'error',
      id,
      message: err instanceof Error ? err.message : String(err),
      range: err instanceof RangeError,
    });
  } finally {
    state.cancelled.delete(id);
  }
}

scope.addEventListener('message', (e) => {
  const msg = e.data;
  if (msg.type === 'ping') post({ type: 'pong' });
  else if (msg.type === 'cancel') state.cancelled.add(msg.id);
  else if (msg.type === 'run') {
    state.current = msg.id;
    void run(msg);
  }
});

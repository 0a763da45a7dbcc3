/**
 * The sampling core: answers the client's requests (run a job, cancel one) by running the job in
 * chunks on a value engine and posting its path, progress and end. One job at a time; a new
 * "run" cancels the one before. The same core runs in the worker (sim.worker.ts: 40 ms chunks,
 * MessageChannel turns) and, where no worker can start, on the main thread (6 ms chunks between
 * timer turns, so a slower chunk still stays under 8 ms). No DOM here.
 */
import type { MainCore } from './link';
import type { FromWorker, ToWorker } from './protocol';
import { openEngine, runLoop, type HardwareCache } from './runner';
import { typedEngine } from './typed';

export interface SimCoreOptions {
  /** Target length of one chunk. */
  readonly chunkMs: number;
  /** Yields between chunks. */
  readonly pause: () => Promise<void>;
  /** Shown after the path: "worker" or "main thread". */
  readonly where: string;
  /**
   * On the main thread "auto" stays on typed arrays: probing WebGL, compiling shaders and waiting
   * for GPU read-backs would each block the page for longer than a chunk may take.
   */
  readonly autoStaysTyped: boolean;
}

export function createSimCore(post: (m: FromWorker) => void, o: SimCoreOptions): MainCore<ToWorker> {
  let current = 0;
  let closed = false;
  const cancelled = new Set<number>();
  const hardware: HardwareCache = {};

  async function run({ id, job, choice }: Extract<ToWorker, { type: 'run' }>): Promise<void> {
    try {
      const { engine, reason, check } =
        o.autoStaysTyped && choice === 'auto'
          ? {
              engine: typedEngine(job),
              reason: 'no worker could start here: short chunks between frames',
              check: undefined,
            }
          : await openEngine(job, choice, hardware);
      try {
        post({ type: 'path', id, path: `${engine.path} (${o.where})`, reason, ...(check ? { check } : {}) });
        const result = await runLoop(job, engine, {
          chunkMs: o.chunkMs,
          reportMs: 100,
          pause: o.pause,
          cancelled: () => closed || cancelled.has(id) || current !== id,
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
      cancelled.delete(id);
    }
  }

  return {
    handle(msg) {
      if (msg.type === 'ping') post({ type: 'pong' });
      else if (msg.type === 'cancel') {
        if (msg.id === current) cancelled.add(msg.id);
      } else {
        current = msg.id;
        void run(msg);
      }
    },
    close() {
      closed = true;
    },
  };
}

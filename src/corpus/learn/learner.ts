/**
 * Runs a learning job for the word vectors of lessons 26 and 28 (`<lumen-embed>`, `<lumen-attention>`): in a worker (started through src/sim/worker-host)
 * when one can start, else on the main thread in slices of at most ~8 ms, yielding to the page
 * between them. `cancel()` stops either at once.
 */
import { startWorker, workerAnswers } from '../../sim/worker-host';
import { learn, type Learned, type LearnProgress, type LearnSettings } from './learn-core';
import type { LearnPath, LearnReply, LearnRequest } from './learn-protocol';

export interface LearnResult extends Learned {
  readonly ms: number;
  readonly label: string;
  readonly path: LearnPath;
}

const SLICE_MS = 8;

export class Learner {
  private worker: Worker | null | undefined;
  private job = 0;
  private abort: (() => void) | undefined;
  private starting: AbortController | undefined;

  async run(
    tokens: Uint16Array,
    settings: LearnSettings,
    path: LearnPath,
    onProgress: (p: LearnProgress) => void,
    /** Token ranges of the retrieval passages: the result then carries their vectors (`space`). */
    passages?: Int32Array,
  ): Promise<LearnResult | undefined> {
    this.cancel();
    const id = ++this.job;
    const worker = await this.ensureWorker();
    if (id !== this.job) return undefined;
    if (worker) return this.inWorker(worker, id, { tokens, passages, settings, path }, onProgress);
    return this.onMainThread(id, tokens, settings, onProgress, passages);
  }

  /** Stops the running job; its promise resolves to undefined. */
  cancel(): void {
    this.job++;
    this.abort?.();
    this.abort = undefined;
  }

  dispose(): void {
    this.cancel();
    // A worker still answering its start-up ping is ended too (the probe's F1 race).
    this.starting?.abort();
    this.worker?.terminate();
    this.worker = undefined;
  }

  private async ensureWorker(): Promise<Worker | null> {
    if (this.worker !== undefined) return this.worker;
    const w = startWorker(
      () => new Worker(new URL('./learn.worker.ts', import.meta.url), { type: 'module' }),
    );
    const starting = new AbortController();
    this.starting = starting;
    const ok = w !== null && (await workerAnswers(w, { type: 'ping' }, starting.signal));
    this.starting = undefined;
    if (starting.signal.aborted) {
      w?.terminate();
      return null;
    }
    const worker = ok ? w : null;
    if (!worker) w?.terminate();
    this.worker = worker;
    return worker;
  }

  private inWorker(
    worker: Worker,
    id: number,
    job: { tokens: Uint16Array; passages: Int32Array | undefined; settings: LearnSettings; path: LearnPath },
    onProgress: (p: LearnProgress) => void,
  ): Promise<LearnResult | undefined> {
    return new Promise((resolve, reject) => {
      const onMessage = (e: MessageEvent<LearnReply>): void => {
        const m = e.data;
        if (m.type === 'pong' || m.id !== id) return;
        if (m.type === 'progress') onProgress(m.progress);
        else {
          worker.removeEventListener('message', onMessage);
          this.abort = undefined;
          if (m.type === 'error') reject(new Error(m.message));
          else
            resolve({
              vectors: m.vectors,
              singular: m.singular,
              rows: m.rows,
              k: m.k,
              space: m.space,
              ms: m.ms,
              label: m.label,
              path: m.path,
            });
        }
      };
      worker.addEventListener('message', onMessage);
      this.abort = () => {
        // A running job cannot be interrupted inside the worker: end the worker, start afresh next time.
        worker.removeEventListener('message', onMessage);
        worker.terminate();
        if (this.worker === worker) this.worker = undefined;
        resolve(undefined);
      };
      const request: LearnRequest = { type: 'learn', id, ...job, tokens: job.tokens.slice() };
      worker.postMessage(request);
    });
  }

  private onMainThread(
    id: number,
    tokens: Uint16Array,
    settings: LearnSettings,
    onProgress: (p: LearnProgress) => void,
    passages: Int32Array | undefined,
  ): Promise<LearnResult | undefined> {
    const t0 = performance.now();
    const g = learn(tokens, settings, undefined, passages);
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      this.abort = () => {
        clearTimeout(timer);
        resolve(undefined);
      };
      const slice = (): void => {
        if (id !== this.job) return;
        const end = performance.now() + SLICE_MS;
        let last: LearnProgress | undefined;
        while (performance.now() < end) {
          const r = g.next();
          if (r.done) {
            this.abort = undefined;
            resolve({
              ...r.value,
              ms: performance.now() - t0,
              label: 'typed arrays (main thread)',
              path: 'typed',
            });
            return;
          }
          last = r.value;
        }
        if (last) onProgress(last);
        timer = setTimeout(slice, 0);
      };
      timer = setTimeout(slice, 0);
    });
  }
}

/**
 * Bulk simulation for widgets: millions of draws, sample means or bootstrap resamples, off the
 * main thread in a module worker, in chunks, with progress and cancel. Where no worker can start
 * (a page that loads embed.js from another origin, a strict policy), the same code runs on the
 * main thread in chunks of at most 8 ms, yielding between them, so the page stays responsive.
 *
 * Same seed, same result: item i always uses draws i·m … i·m + m − 1 of the seed's Philox stream
 * (src/math/philox.ts), so a path gives the same numbers in a worker and on the main thread, in
 * any chunking; the GPU path uses the very same random words (src/tensor/philox-webgl.ts).
 *
 * @example
 * const run = simulate({ kind: 'means', dist: { kind: 'uniform', a: 0, b: 1 }, sampleSize: 30,
 *   count: 1e6, seed: 1, bins: { lo: 0.3, hi: 0.7, n: 80 } });
 * run.progress((p) => draw(p.histogram, p.done / p.total));
 * const final = await run.result; // final.sum / final.done ≈ 0.5
 * run.path;                        // "typed arrays (worker)" once chosen
 */
import { startWorker, workerAnswers } from './worker-host';
import { jobProblem, type SimJob, type SimProgress, type SimRun } from '../math/sim/job';
import type { FromWorker, ToWorker } from './protocol';
import type { GeneratorCheck } from '../math/sim/engine';
import { openEngine, runLoop, type PathChoice } from './runner';
import { typedEngine } from './typed';

export type { SimJob, SimProgress, SimRun } from '../math/sim/job';
export type { PathChoice } from './runner';

export interface SimOptions {
  /** Which path makes the numbers; "auto" picks by the hardware and a measurement. */
  readonly path?: PathChoice;
  /** Run on the main thread even where a worker could start (tests, the fallback's own bench). */
  readonly mainThread?: boolean;
}

/** A run whose path and reason become known once it has started. */
export interface LiveSimRun extends SimRun {
  /** Why this path was taken (e.g. "WebGL here is software (SwiftShader), not a GPU"). */
  readonly reason: string;
  /** Resolves with the path once chosen. */
  readonly started: Promise<string>;
  /** Where the GPU was considered: its generator's check against Random123 and the CPU. */
  readonly check: GeneratorCheck | undefined;
}

/** Cancelling rejects `result` with this error's name, so callers can tell it from a failure. */
export class SimCancelled extends Error {
  override readonly name = 'SimCancelled';
  constructor() {
    super('the simulation was cancelled');
  }
}

/**
 * Owns one worker (started on first use, reused by every later run, ended by `dispose`), so a
 * widget that reruns on every slider move pays for the worker and for tfjs once.
 */
export class Simulator {
  private worker: Worker | null | undefined;
  private ready: Promise<boolean> | undefined;
  private nextId = 1;

  /** One run; a run started while another runs cancels the earlier one. */
  simulate(job: SimJob, options: SimOptions = {}): LiveSimRun {
    const problem = jobProblem(job);
    const listeners: ((p: SimProgress) => void)[] = [];
    let path = 'not started';
    let reason = '';
    let check: GeneratorCheck | undefined;
    let cancelRequested = false;
    let cancel = (): void => {};
    let markStarted: (p: string) => void = () => {};
    const started = new Promise<string>((resolve) => (markStarted = resolve));
    const onPath = (p: string, r: string, c?: GeneratorCheck): void => {
      path = p;
      reason = r;
      check = c;
      markStarted(p);
    };
    const emit = (p: SimProgress): void => {
      for (const cb of listeners) cb(p);
    };
    const result = problem
      ? Promise.reject(new RangeError(problem))
      : new Promise<SimProgress>((resolve, reject) => {
          const choice = options.path ?? 'auto';
          const go = async (): Promise<void> => {
            const useWorker = !options.mainThread && (await this.workerReady());
            if (cancelRequested) {
              reject(new SimCancelled());
              return;
            }
            if (useWorker) {
              cancel = this.runInWorker(job, choice, { onPath, emit, resolve, reject });
            } else {
              let cancelled = false;
              cancel = () => (cancelled = true);
              await runOnMainThread(job, choice, () => cancelled, { onPath, emit, resolve, reject });
            }
          };
          go().catch(reject);
        });
    // An unobserved cancel must not surface as an unhandled rejection.
    result.catch(() => undefined);
    return {
      progress: (cb) => void listeners.push(cb),
      result,
      cancel: () => {
        cancelRequested = true;
        cancel();
      },
      get path() {
        return path;
      },
      get reason() {
        return reason;
      },
      get check() {
        return check;
      },
      started,
    };
  }

  /** Ends the worker; a later run starts a new one. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.ready = undefined;
  }

  private workerReady(): Promise<boolean> {
    this.ready ??= (async () => {
      const w = startWorker(
        () => new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' }),
      );
      if (!w) return false;
      const ok = await workerAnswers(w, { type: 'ping' } satisfies ToWorker);
      if (!ok) {
        w.terminate();
        return false;
      }
      this.worker = w;
      return true;
    })();
    return this.ready;
  }

  private runInWorker(job: SimJob, choice: PathChoice, h: Handlers): () => void {
    const w = this.worker as Worker;
    const id = this.nextId++;
    const onMessage = (e: MessageEvent<FromWorker>): void => {
      const m = e.data;
      if (m.type === 'pong' || m.id !== id) return;
      if (m.type === 'path') h.onPath(m.path, m.reason, m.check);
      else if (m.type === 'progress') h.emit(m.progress);
      else {
        w.removeEventListener('message', onMessage);
        if (m.type === 'done') {
          h.emit(m.progress);
          h.resolve(m.progress);
        } else if (m.type === 'cancelled') h.reject(new SimCancelled());
        else h.reject(m.range ? new RangeError(m.message) : new Error(m.message));
      }
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ type: 'run', id, job, choice } satisfies ToWorker);
    return () => w.postMessage({ type: 'cancel', id } satisfies ToWorker);
  }
}

interface Handlers {
  onPath(path: string, reason: string, check?: GeneratorCheck): void;
  emit(p: SimProgress): void;
  resolve(p: SimProgress): void;
  reject(err: unknown): void;
}

/** The fallback: the worker's loop on the main thread, chunks of at most 8 ms, yielding through setTimeout. */
async function runOnMainThread(
  job: SimJob,
  choice: PathChoice,
  cancelled: () => boolean,
  h: Handlers,
): Promise<void> {
  // "auto" without a worker stays on typed arrays: probing WebGL, compiling shaders and waiting
  // for GPU read-backs would each block the page for longer than a chunk may take.
  const { engine, reason, check } =
    choice === 'auto'
      ? {
          engine: typedEngine(job),
          reason: 'no worker could start here: short chunks between frames',
          check: undefined,
        }
      : await openEngine(job, choice);
  try {
    h.onPath(`${engine.path} (main thread)`, reason, check);
    const result = await runLoop(job, engine, {
      chunkMs: 6, // aims at 6 so that a slower chunk still stays under 8 ms
      reportMs: 100,
      pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
      cancelled,
      report: h.emit,
    });
    if (result) h.resolve(result);
    else h.reject(new SimCancelled());
  } finally {
    engine.dispose();
  }
}

/** One run with its own worker, ended when the run ends (the contract's function). */
export function simulate(job: SimJob, options: SimOptions = {}): LiveSimRun {
  const sim = new Simulator();
  const run = sim.simulate(job, options);
  run.result.then(
    () => sim.dispose(),
    () => sim.dispose(),
  );
  return run;
}

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
import { jobProblem, type SimJob, type SimProgress, type SimRun } from '../math/sim/job';
import type { GeneratorCheck } from '../math/sim/engine';
import { openLink, type Link } from './link';
import type { FromWorker, ToWorker } from './protocol';
import type { PathChoice } from './runner';
import { createSimCore } from './sim-core';
import { yieldToPage } from './worker-host';

export type { SimJob, SimProgress, SimRun } from '../math/sim/job';
export type { PathChoice } from './runner';

export interface SimOptions {
  /** Which path makes the numbers; "auto" picks by the hardware and a measurement. */
  readonly path?: PathChoice;
  /**
   * `simulate()` only: run on the main thread even where a worker could start (tests, the
   * fallback's own bench). A Simulator takes this in its constructor.
   */
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
 * Owns one link to the sampling core (a worker, started on first use and reused by every later
 * run, ended by `dispose`), so a widget that reruns on every slider move pays for the worker and
 * for tfjs once.
 */
export class Simulator {
  private link: Link<ToWorker> | undefined;
  private readonly runs = new Map<number, (m: FromWorker) => void>();
  private nextId = 1;

  constructor(private readonly options: { readonly mainThread?: boolean } = {}) {}

  /** One run; a run started while another runs cancels the earlier one. */
  simulate(job: SimJob, options: SimOptions = {}): LiveSimRun {
    const problem = jobProblem(job);
    const listeners: ((p: SimProgress) => void)[] = [];
    let path = 'not started';
    let reason = '';
    let check: GeneratorCheck | undefined;
    let markStarted: (p: string) => void = () => {};
    const started = new Promise<string>((resolve) => (markStarted = resolve));
    const emit = (p: SimProgress): void => {
      for (const cb of listeners) cb(p);
    };
    const id = this.nextId++;
    const result = problem
      ? Promise.reject(new RangeError(problem))
      : new Promise<SimProgress>((resolve, reject) => {
          this.runs.set(id, (m) => {
            if (m.type === 'pong') return;
            if (m.type === 'path') {
              path = m.path;
              reason = m.reason;
              check = m.check;
              markStarted(m.path);
              return;
            }
            if (m.type === 'progress') return emit(m.progress);
            this.runs.delete(id);
            if (m.type === 'done') {
              emit(m.progress);
              resolve(m.progress);
            } else if (m.type === 'cancelled') reject(new SimCancelled());
            else reject(m.range ? new RangeError(m.message) : new Error(m.message));
          });
          this.open().send({ type: 'run', id, job, choice: options.path ?? 'auto' });
        });
    // An unobserved cancel must not surface as an unhandled rejection.
    result.catch(() => undefined);
    return {
      progress: (cb) => void listeners.push(cb),
      result,
      cancel: () => {
        if (this.runs.has(id)) this.link?.send({ type: 'cancel', id });
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

  /** Ends the worker (even one still starting) and cancels any run; a later run starts a new one. */
  dispose(): void {
    this.link?.close();
    this.link = undefined;
    const ends = [...this.runs.values()];
    this.runs.clear();
    for (const end of ends) end({ type: 'cancelled', id: 0 });
  }

  private open(): Link<ToWorker> {
    this.link ??= openLink<ToWorker, FromWorker>({
      worker: this.options.mainThread
        ? undefined
        : () => new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' }),
      ping: { type: 'ping' },
      main: (reply) =>
        createSimCore(reply, { chunkMs: 6, pause: yieldToPage, where: 'main thread', autoStaysTyped: true }),
      onReply: (m) => {
        if (m.type !== 'pong') this.runs.get(m.id)?.(m);
      },
    });
    return this.link;
  }
}

/** One run with its own worker, ended when the run ends (the contract's function). */
export function simulate(job: SimJob, options: SimOptions = {}): LiveSimRun {
  const sim = new Simulator({ mainThread: options.mainThread });
  const run = sim.simulate(job, options);
  run.result.then(
    () => sim.dispose(),
    () => sim.dispose(),
  );
  return run;
}

/**
 * The runs of `<lumen-clt>`: a controller that draws the sample means off the main thread
 * (src/sim), one run at a time. Settings changes wait a moment before the next run, so a slider
 * drag runs once; every connection starts a run and every removal ends it and the worker.
 * It keeps what the widget shows of a run: the progress, the speed, the state and the timing.
 */
import type { Controller } from '../../ui/widget-element';
import { prefersReducedMotion } from '../../ui/widget-element';
import { RunSlot, settle } from '../../ui/run';
import { Simulator, type LiveSimRun, type PathChoice } from '../../sim/client';
import type { SimJob, SimProgress } from '../../math/sim/job';

export type RunState = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** The last finished run: where, how many random numbers, and how long it took. */
export interface RunStats {
  readonly path: string;
  readonly draws: number;
  /** From the start of the run (worker message, path choice included) to its result. */
  readonly ms: number;
  /** The part spent making the numbers (generator, source, means), without histogram and messaging. */
  readonly computeMs: number;
}

export interface MeansRunOptions {
  /** The job and path of the current settings. */
  job(): SimJob;
  path(): PathChoice;
  /** Something to show changed (progress, a new run). */
  changed(): void;
  /** The run ended (done, cancelled or failed). */
  finished(): void;
  /** Why the last run failed (undefined when a new run starts). */
  failure(message: string | undefined): void;
}

export class MeansRun implements Controller {
  private readonly sim = new Simulator();
  private readonly runs = new RunSlot<LiveSimRun>();
  /** What the run has drawn so far. */
  progress: SimProgress | undefined;
  /** The progress the histogram shows (the same, except under prefers-reduced-motion). */
  shown: SimProgress | undefined;
  state: RunState = 'idle';
  job: SimJob | undefined;
  /** Draws per second, once measurable. */
  rate: number | undefined;
  stats: RunStats | undefined;
  /** A run is scheduled (settings just changed) but has not started yet. */
  pending = false;
  private timer = 0;
  private start = 0;

  constructor(private readonly o: MeansRunOptions) {}

  /** The current run (running, or the last that finished). */
  get current(): LiveSimRun | undefined {
    return this.runs.current;
  }

  /** The path of the current run once chosen, else "". */
  get path(): string {
    const path = this.runs.current?.path ?? '';
    return path === 'not started' ? '' : path;
  }

  get running(): boolean {
    return this.state === 'running' || this.pending;
  }

  hostConnected(): void {
    this.schedule(0);
  }

  hostDisconnected(): void {
    window.clearTimeout(this.timer);
    this.pending = false;
    this.runs.abandon();
    if (this.state === 'running') this.state = 'cancelled';
    this.sim.dispose();
  }

  schedule(delay: number): void {
    window.clearTimeout(this.timer);
    this.pending = true;
    this.timer = window.setTimeout(() => this.run(), delay);
  }

  /** Stops the current run; the histogram keeps what was drawn so far. */
  cancel(): void {
    window.clearTimeout(this.timer);
    if (!this.pending) {
      this.runs.cancel();
      return;
    }
    // Stopped before it started: nothing drawn for these settings.
    this.pending = false;
    this.runs.abandon();
    this.progress = undefined;
    this.shown = undefined;
    this.state = 'cancelled';
    this.o.finished();
  }

  private run(): void {
    this.pending = false;
    const job = this.o.job();
    const run = this.sim.simulate(job, { path: this.o.path() });
    const live = this.runs.start(run);
    this.job = job;
    this.progress = undefined;
    this.shown = undefined;
    this.state = 'running';
    this.rate = undefined;
    this.start = performance.now();
    const t0 = this.start;
    const draws = job.kind === 'means' ? job.sampleSize : 1;
    const end = (state: RunState): void => {
      this.state = state;
      this.shown = this.progress; // a stopped run shows what it drew
      this.o.finished();
    };
    this.o.failure(undefined);
    void run.started.then(
      live(() => {
        this.start = performance.now();
        this.o.changed();
      }),
    );
    run.progress(
      live((p) => {
        this.progress = p;
        // With reduced motion the histogram does not grow while it runs: it appears once, at the end.
        if (!prefersReducedMotion()) this.shown = p;
        const secs = (performance.now() - this.start) / 1000;
        if (secs > 0.05) this.rate = (p.done * draws) / secs;
        this.o.changed();
      }),
    );
    settle(run.result, live, {
      done: (p) => {
        this.progress = p;
        const ms = performance.now() - t0;
        this.stats = { path: run.path, draws: p.done * draws, ms, computeMs: p.computeMs ?? 0 };
        end('done');
      },
      cancelled: () => end('cancelled'),
      failed: (message) => {
        this.o.failure(message);
        end('failed');
      },
    });
    this.o.changed();
  }
}

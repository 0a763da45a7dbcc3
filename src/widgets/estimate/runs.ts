/**
 * The two background jobs of `<lumen-estimate>`, each a controller that ends with the widget:
 * - `BootRunner`: the bootstrap's resamples through the bulk simulator (off the main thread),
 *   restarted exactly when its job changes (numbers.ts makes a new job object then);
 * - `MissTally`: the misses over every batch of intervals drawn, counted in slices between frames
 *   (model.ts `countInSlices`) so a thousand batches never freeze the page.
 */
import type { Controller } from '../../ui/widget-element';
import { RunSlot, settle } from '../../ui/run';
import { simulate, type SimProgress, type SimRun } from '../../sim/client';
import {
  BATCH,
  bootSeed,
  countInSlices,
  percentileInterval,
  type BootBins,
  type CountRun,
  type MissCounter,
  type Tally,
} from './model';

export interface BootJob {
  readonly xs: Float64Array;
  readonly statistic: 'mean' | 'median';
  readonly resamples: number;
  readonly seed: number;
  readonly bins: BootBins;
}

/** The bootstrap run on screen: its job and what it has counted so far. */
interface BootRun {
  readonly job: BootJob;
  readonly run: SimRun | undefined;
  progress: SimProgress | undefined;
  done: boolean;
}

export interface BootOptions {
  /** New resamples came in. */
  progress(): void;
  /** The run ended (all done, cancelled or failed). */
  finished(): void;
  /** Why the resampling could not start or stopped (undefined: no problem). */
  problem(message: string | undefined): void;
}

export class BootRunner implements Controller {
  private readonly slot = new RunSlot<SimRun>();
  private boot: BootRun | undefined;

  constructor(private readonly o: BootOptions) {}

  get progress(): SimProgress | undefined {
    return this.boot?.progress;
  }

  get path(): string {
    return this.boot?.run?.path ?? '';
  }

  get finished(): boolean {
    return this.boot?.done ?? false;
  }

  /** Whether Cancel has something to stop. */
  get cancellable(): boolean {
    return !!this.boot?.run && !this.boot.done;
  }

  /** The bins of the run on screen, if any. */
  get bins(): BootBins | undefined {
    return this.boot?.job.bins;
  }

  /** The percentile interval at `level`%, once enough resamples are in. */
  interval(level: number): [number, number] | undefined {
    const b = this.boot;
    return b?.progress && percentileInterval(b.progress, b.job.bins, level);
  }

  hostDisconnected(): void {
    this.slot.abandon();
  }

  cancel(): void {
    if (this.cancellable) this.slot.cancel();
  }

  /** Runs `job` unless that very run is on (or done); undefined stops resampling altogether. */
  ensure(job: BootJob | undefined): void {
    if (!job) {
      this.slot.abandon();
      this.boot = undefined;
      return;
    }
    const b = this.boot;
    if (b?.job === job && (b.run === undefined || b.run === this.slot.current)) return;
    let run: SimRun | undefined;
    try {
      const { xs, statistic, resamples, seed, bins } = job;
      run = simulate({ kind: 'bootstrap', data: [...xs], statistic, resamples, seed: bootSeed(seed), bins });
      this.o.problem(undefined);
    } catch (err) {
      this.slot.abandon();
      this.o.problem(err instanceof Error ? err.message : String(err));
    }
    const boot: BootRun = { job, run, progress: undefined, done: false };
    this.boot = boot;
    if (!run) return;
    const live = this.slot.start(run);
    run.progress(
      live((p) => {
        boot.progress = p;
        this.o.progress();
      }),
    );
    const finish = (): void => {
      boot.done = true;
      this.o.finished();
    };
    settle(run.result, live, {
      done: (p) => {
        boot.progress = p;
        finish();
      },
      cancelled: finish,
      failed: (message) => {
        this.o.problem(`The resampling stopped: ${message}`);
        finish();
      },
    });
  }
}

export interface TallyOptions {
  counter(): MissCounter;
  rounds(): number;
  n(): number;
  /** Whether counting may run in the background (the widget is on the page). */
  connected(): boolean;
  /** Another slice was counted. */
  counted(): void;
}

export class MissTally implements Controller {
  private readonly slot = new RunSlot<CountRun>();

  constructor(private readonly o: TallyOptions) {}

  hostDisconnected(): void {
    this.slot.abandon();
  }

  /**
   * The misses over every batch drawn, as far as they are counted. The first batch is cheap and on
   * screen anyway, so it is counted at once (a page never opens on "counting"); the rest in slices.
   */
  get(): Tally & { readonly counted: number } {
    const c = this.o.counter();
    const rounds = this.o.rounds();
    const t = c.tally(rounds);
    if (t.counted >= rounds) return t;
    if (rounds === 1) {
      c.advance(1, BATCH);
      return c.tally(1);
    }
    const run = this.slot.current;
    if (this.o.connected() && !(run?.active && run.counter === c && run.rounds === rounds))
      this.slot.start(countInSlices(c, rounds, this.o.n(), () => this.o.counted()));
    return t;
  }
}

/**
 * Cancellable runs (a bulk simulation, a bootstrap, a training run): one slot per widget that
 * - cancels the previous run when a new one starts;
 * - ignores callbacks of a run that is no longer the current one (`live`);
 * - recognises a cancellation ONE way (`isCancelled`), whatever threw it;
 * - abandons the run when the widget leaves the page (a controller: `hostDisconnected`).
 *
 * @example
 * const run = this.sim.simulate(job);
 * const live = this.runs.start(run);
 * run.progress(live((p) => this.show(p)));
 * settle(run.result, live, { done: (p) => this.finish(p), cancelled: () => this.stopped(), failed: (m) => this.fail(m) });
 */
import type { Controller } from './widget-element';

export interface Cancellable {
  cancel(): void;
}

/** Names that mean "cancelled on purpose" (the simulator's and the platform's AbortError). */
const CANCEL_NAMES = new Set(['SimCancelled', 'RunCancelled', 'AbortError']);

/** The error a run rejects with when it was cancelled. */
export class RunCancelled extends Error {
  override readonly name = 'RunCancelled';
  constructor() {
    super('the run was cancelled');
  }
}

/**
 * Whether `err` reports a cancellation rather than a failure. By name, not by class: the error may
 * come from another copy of a module (a worker, a second embed script).
 */
export function isCancelled(err: unknown): boolean {
  return err instanceof Error && CANCEL_NAMES.has(err.name);
}

/** Wraps a callback so it runs only while its run is the current one. */
export type Live = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;

export class RunSlot<H extends Cancellable> implements Controller {
  private run: H | undefined;

  /** The current run: running, or the last one that finished (until the next starts). */
  get current(): H | undefined {
    return this.run;
  }

  /** Makes `run` the current one (cancelling the previous) and returns its `live` wrapper. */
  start(run: H): Live {
    const previous = this.run;
    this.run = run;
    previous?.cancel();
    return (fn) =>
      (...args) => {
        if (this.run === run) fn(...args);
      };
  }

  /** Cancels the current run; it stays current, so its own cancellation callback still runs. */
  cancel(): void {
    this.run?.cancel();
  }

  /** Cancels the current run and ignores whatever it reports later. */
  abandon(): void {
    const run = this.run;
    this.run = undefined;
    run?.cancel();
  }

  hostDisconnected(): void {
    this.abandon();
  }
}

/** Routes a run's result: finished, cancelled, or failed (with the error's message). */
export function settle<T>(
  result: Promise<T>,
  live: Live,
  o: { done(value: T): void; cancelled?(): void; failed(message: string): void },
): void {
  result.then(
    live((value: T) => o.done(value)),
    live((err: unknown) => {
      if (isCancelled(err)) o.cancelled?.();
      else o.failed(err instanceof Error ? err.message : String(err));
    }),
  );
}

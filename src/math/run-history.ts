/**
 * The states of an iterative algorithm by iteration number, for a player that steps forward and
 * back: state k is always computed from state 0 by the same k steps, so stepping back lands on
 * the exact earlier state (not an approximate undo), and a link that says "iteration 40" shows
 * the same numbers on every device. States are cached; past `limit` the run stops. Pure.
 *
 * @example
 * const h = new RunHistory(0, (x) => x / 2 + 1, 100);
 * h.at(3); // 1.75, and h.at(2) is 1.5 again without recomputing
 */
export class RunHistory<S> {
  private readonly states: S[];

  constructor(
    initial: S,
    private readonly step: (state: S, iteration: number) => S,
    /** The last iteration that may be asked for. */
    readonly limit: number,
  ) {
    this.states = [initial];
  }

  /** The state after `k` steps (k is clamped to 0 … limit). */
  at(k: number): S {
    const target = Math.max(0, Math.min(this.limit, Math.floor(k)));
    while (this.states.length <= target) {
      const n = this.states.length;
      this.states.push(this.step(this.states[n - 1] as S, n));
    }
    return this.states[target] as S;
  }

  /** How many states are computed so far (for tests of the cache). */
  get computed(): number {
    return this.states.length;
  }
}

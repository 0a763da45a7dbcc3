/**
 * A computed value with explicit dependencies (after Motion Canvas's createComputed), instead of
 * caches keyed by hand-written strings that must list every state field they depend on. The
 * dependencies are handed to `compute` as its arguments, so the function cannot read a value the
 * list forgot: a new dependency has to be added to the list to be used at all.
 *
 * @example
 * private readonly flips = memo(coinFlips, () => [this.s.seed, this.s.trueP, this.s.flips] as const);
 * this.flips(); // recomputed only when seed, trueP or flips changed (compared with Object.is)
 */
export function memo<const D extends readonly unknown[], T>(
  compute: (...deps: D) => T,
  deps: () => D,
): () => T {
  let last: { deps: D; value: T } | undefined;
  return () => {
    const next = deps();
    if (last && last.deps.length === next.length && last.deps.every((d, i) => Object.is(d, next[i])))
      return last.value;
    last = { deps: next, value: compute(...next) };
    return last.value;
  };
}

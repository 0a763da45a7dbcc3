/**
 * The numbers of `<lumen-derivative>`'s current state, each computed once per change of what it
 * depends on (the compiled f, the unzoomed windows), for the element, its picture and its handles.
 * No DOM: the state comes from a function.
 */
import type { ChainNumbers, Fn1 } from '../../math/calculus';
import type { Window } from '../../math/calculus-plot';
import { memo } from '../../ui/memo';
import type { DerivativeState } from './props';
import {
  baseWindows,
  chainNumbers,
  chainProblem,
  functionOf,
  tangentNumbers,
  tangentWindow,
  type TangentNumbers,
} from './model';

export class DerivativeNumbers {
  constructor(private readonly state: () => Readonly<DerivativeState>) {}

  private get s(): Readonly<DerivativeState> {
    return this.state();
  }

  /** f compiled (the state always holds a function that compiles). */
  readonly f = memo(
    (text: string) => functionOf(text, 'f'),
    () => [this.s.f] as const,
  );

  /** The unzoomed windows of f and f′. */
  readonly base = memo(
    (f: Fn1, center: number, range: number) => baseWindows(f, { center, range }),
    () => [this.f(), this.s.center, this.s.range] as const,
  );

  /** Tangent mode: the secant and the exact slope at x0. */
  tangent(): TangentNumbers {
    return tangentNumbers(this.f(), this.s.x0, this.s.h);
  }

  /** Chain mode: the factors, or undefined where f(g(x)) is not defined. */
  chain(): ChainNumbers | undefined {
    return chainNumbers(this.s);
  }

  /** Chain mode: why `chain()` is undefined (overflow or outside the domain). */
  chainProblem(): string {
    return chainProblem(this.s);
  }

  /** Tangent mode: the window shown, zoomed about the point. */
  window(): Window {
    return tangentWindow(this.base().curve, this.f(), this.s.x0, this.s.zoom);
  }

  /** The answer of the current question: f′(x0), or dy/dx of the composite. */
  answer(): number {
    return this.s.mode === 'tangent' ? this.tangent().slope : (this.chain()?.slope ?? NaN);
  }
}

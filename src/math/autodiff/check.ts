/**
 * Gradient checking: compare each backprop gradient with a central finite difference,
 * (f(x + h) − f(x − h)) / 2h, which needs no calculus at all, only two more forward passes.
 * Their agreement (to about 1e-8 here) is the everyday test that a backward pass is right.
 */
import { forwardPass } from './evaluate';
import type { CompiledProgram } from './program';

export interface GradientCheck {
  readonly input: string;
  readonly value: number;
  /** From the backward pass. */
  readonly grad: number;
  /** The central difference, or undefined when the program is not defined at x ± h. */
  readonly numeric: number | undefined;
  /** |grad − numeric|. */
  readonly error: number | undefined;
  /** Whether they agree: error within 1e-5 of the larger gradient (or of 1). */
  readonly agrees: boolean;
  /** Why there is no numeric value, in words. */
  readonly problem: string | undefined;
  readonly h: number;
}

/** The step: small against x, but not so small that rounding swamps the difference. */
export function stepFor(x: number): number {
  return 1e-5 * Math.max(1, Math.abs(x));
}

export function checkGradients(p: CompiledProgram): GradientCheck[] {
  const out: GradientCheck[] = [];
  for (const id of p.graph.inputs) {
    const node = p.graph.nodes[id];
    if (!node?.name) continue;
    const x = p.values[id] as number;
    const grad = p.grads[id] as number;
    const h = stepFor(x);
    const plus = forwardPass(p.graph, new Map([[id, x + h]]));
    const minus = forwardPass(p.graph, new Map([[id, x - h]]));
    if (!plus.ok || !minus.ok) {
      const why = (!plus.ok ? plus : (minus as { ok: false; error: { message: string } })).error.message;
      out.push({
        input: node.name,
        value: x,
        grad,
        numeric: undefined,
        error: undefined,
        agrees: false,
        problem: why,
        h,
      });
      continue;
    }
    const f = (r: { values: number[] }): number => r.values[p.graph.output] as number;
    const numeric = (f(plus) - f(minus)) / (2 * h);
    const error = Math.abs(grad - numeric);
    const agrees = error <= 1e-5 * Math.max(1, Math.abs(grad), Math.abs(numeric));
    out.push({ input: node.name, value: x, grad, numeric, error, agrees, problem: undefined, h });
  }
  return out;
}

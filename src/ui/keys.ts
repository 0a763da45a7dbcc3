/**
 * Keyboard steps with the site's modifiers: plain arrows for a normal step, Shift for coarse, Alt
 * for fine. Pure (a key event is just its key and modifiers), so it is unit-tested in Node.
 */
import type { Vec2 } from '../math/mat2';

/** The parts of a KeyboardEvent the steps read. */
export interface KeyInput {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
}

/**
 * Ctrl and Meta combinations belong to the browser and the system (Ctrl+Arrow, Cmd+Left): no
 * widget key acts on them. The one place that rule is written.
 */
export function isShortcut(e: KeyInput): boolean {
  return !!(e.ctrlKey || e.metaKey);
}

/** Arrow keys move a point by 0.1; Shift for coarse (1), Alt for fine (0.01). Other keys: undefined. */
export function keyDelta(e: KeyInput): Vec2 | undefined {
  if (isShortcut(e)) return undefined;
  const step = e.altKey ? 0.01 : e.shiftKey ? 1 : 0.1;
  switch (e.key) {
    case 'ArrowLeft':
      return [-step, 0];
    case 'ArrowRight':
      return [step, 0];
    case 'ArrowUp':
      return [0, step];
    case 'ArrowDown':
      return [0, -step];
    default:
      return undefined;
  }
}

/**
 * A range slider's next value for a key, or undefined when the key is not an arrow: plain arrows
 * move by `step`, Shift by ten steps, Alt by a tenth of a step. Native sliders know no Shift or
 * Alt, and would round a fine value back to their step, so widgets handle the arrows themselves.
 */
export function sliderKey(
  value: number,
  e: KeyInput,
  o: { step: number; min: number; max: number },
): number | undefined {
  if (isShortcut(e)) return undefined;
  const sign =
    e.key === 'ArrowRight' || e.key === 'ArrowUp'
      ? 1
      : e.key === 'ArrowLeft' || e.key === 'ArrowDown'
        ? -1
        : 0;
  if (!sign) return undefined;
  const step = e.altKey ? o.step / 10 : e.shiftKey ? o.step * 10 : o.step;
  // Whole multiples of the step, without float noise (0.30000000000000004).
  const next = Math.round((value + sign * step) / (step / 10)) * (step / 10);
  return Math.min(o.max, Math.max(o.min, Number(next.toPrecision(12))));
}

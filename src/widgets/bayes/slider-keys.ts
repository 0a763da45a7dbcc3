/**
 * Arrow keys on a range slider with the site's modifiers: plain arrows move by `step`, Shift by ten
 * steps (coarse), Alt by a tenth of a step (fine). Native sliders know no Shift or Alt, and would
 * round a fine value back to their step, so the widget handles the arrows itself.
 */
export interface KeyLike {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** The slider's next value for a key, or undefined when the key is not an arrow. */
export function sliderKey(value: number, e: KeyLike, o: { step: number; min: number; max: number }): number | undefined {
  const sign = e.key === 'ArrowRight' || e.key === 'ArrowUp' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowDown' ? -1 : 0;
  if (!sign) return undefined;
  const step = e.altKey ? o.step / 10 : e.shiftKey ? o.step * 10 : o.step;
  // Whole multiples of the step, without float noise (0.30000000000000004).
  const next = Math.round((value + sign * step) / (step / 10)) * (step / 10);
  return Math.min(o.max, Math.max(o.min, Number(next.toPrecision(12))));
}

/**
 * A labelled range slider with a number readout, as the probability widgets use them, and its
 * keyboard: the site's Shift (coarse) and Alt (fine) steps, which native sliders do not know.
 */
import { el } from './dom';
import { sliderKey } from './keys';

export interface Slider {
  readonly row: HTMLLabelElement;
  readonly input: HTMLInputElement;
  readonly value: HTMLOutputElement;
}

/** The id of the hint every slider points to with aria-describedby (see `sliderKeysHint`). */
export const SLIDER_KEYS_ID = 'slider-keys';

/**
 * name / range / readout in one label, so a click on the name focuses the slider. Without a range,
 * `bindRange` (src/ui/bind.ts) sets it from the property table.
 */
export function buildSlider(name: string, label: string, min = '0', max = '1', step = '0.01'): Slider {
  const row = el('label', { class: 'slider', 'data-slider': name });
  const text = el('span', { class: 'slider-name' }, label);
  const input = el('input', { type: 'range', name, min, max, step, 'aria-describedby': SLIDER_KEYS_ID });
  const value = el('output', { class: 'slider-value', 'aria-hidden': 'true' });
  row.append(text, input, value);
  return { row, input, value };
}

/** The screen-reader hint the sliders name; put one in each widget that has sliders. */
export function sliderKeysHint(): HTMLParagraphElement {
  return el(
    'p',
    { class: 'sr-only', id: SLIDER_KEYS_ID },
    'Arrow keys move the slider; with Shift in big steps, with Alt in fine steps.',
  );
}

export interface SliderRange {
  readonly step: number;
  readonly min: number;
  readonly max: number;
}

/**
 * Dragging sets `write(value)` (clamped to the range); arrow keys step from `read()` with the
 * site's modifiers. `read` is the state's value in slider units, not the input's: the input may
 * hold a rounded or clipped copy of it.
 */
export function wireSlider(
  sl: Slider,
  range: SliderRange,
  read: () => number,
  write: (value: number) => void,
): void {
  sl.input.addEventListener('input', () => {
    const v = Number(sl.input.value);
    if (Number.isFinite(v)) write(Math.min(range.max, Math.max(range.min, v)));
  });
  sl.input.addEventListener('keydown', (e) => {
    const next = sliderKey(read(), e, range);
    if (next === undefined) return;
    e.preventDefault();
    write(next);
  });
}

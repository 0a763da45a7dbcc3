/**
 * Wiring for the weights of `<lumen-plane>` (mode span): a slider plus an exact number each. They
 * only read the DOM and call back; the element owns the state. (The matrix fields are bound with
 * `bindTypedField`, src/ui/bind.ts.)
 */
import { parseNumber } from '../../math/number-text';
import { setValue } from '../../ui/dom';
import type { WeightField } from './dom';

export interface WeightHost {
  readonly name: 'a' | 'b';
  readonly limit: number;
  apply(value: number): void;
  error(message: string | undefined): void;
}

export function wireWeight(f: WeightField, host: WeightHost): void {
  f.range.addEventListener('input', () => {
    const x = Number(f.range.value);
    if (Number.isFinite(x)) host.apply(x);
  });
  const typed = (): void => {
    const x = parseNumber(f.number.value);
    if (x === undefined || Math.abs(x) > host.limit) {
      f.number.setAttribute('aria-invalid', 'true');
      host.error(
        `Type a weight ${host.name} between -${host.limit} and ${host.limit}, such as 1.5. It was not changed.`,
      );
      return;
    }
    f.number.removeAttribute('aria-invalid');
    host.error(undefined);
    host.apply(x);
  };
  f.number.addEventListener('change', typed);
  f.number.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      typed();
    }
  });
}

/** Like a matrix field: a rejected number stays until the weight changes some other way. */
export function syncWeight(f: WeightField, value: number, focused: Element | null, changed: boolean): void {
  setValue(f.range, String(value));
  const invalid = f.number.getAttribute('aria-invalid') === 'true';
  if (focused !== f.number && (changed || !invalid)) {
    setValue(f.number, String(value));
    f.number.removeAttribute('aria-invalid');
  }
}

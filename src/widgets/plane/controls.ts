/**
 * Wiring for the form controls of `<lumen-plane>` that repeat: a matrix field (a typed field of
 * src/ui/typed-field.ts with the strict 2×2 parser, and a preset menu), and a weight (slider plus exact number). They
 * only read the DOM and call back; the element owns the state.
 */
import type { Mat2 } from '../../math/mat2';
import { parseMatrix2 } from '../../math/matrix-text';
import { parseNumber } from '../../math/number-text';
import { setFieldError, setValue } from '../../ui/dom';
import { syncTypedField, wireTypedField } from '../../ui/typed-field';
import { PRESETS, presetMatrix, type PresetName } from './model';
import { matrixText } from './words';
import type { MatrixField, WeightField } from './dom';

export interface MatrixFieldHost {
  current(): Mat2;
  /** A valid matrix the learner typed or picked. */
  apply(m: Mat2): void;
  /** The angle for the rotation preset, in degrees. */
  angle(): number;
}

export function wireMatrixField(f: MatrixField, host: MatrixFieldHost): void {
  wireTypedField(f.input, {
    read: () => host.current(),
    parse: parseMatrix2,
    format: matrixText,
    apply: (m) => host.apply(m),
    error: (message) => setFieldError(f.input, f.error, message),
    reject: (error) => `Could not read that matrix: ${error}. The matrix was not changed.`,
  });
  f.preset.addEventListener('change', () => {
    const name = f.preset.value;
    if (!(PRESETS as readonly string[]).includes(name)) return;
    setFieldError(f.input, f.error, undefined);
    host.apply(presetMatrix(name as PresetName, host.angle()));
  });
}

/**
 * Brings a matrix field in line with the state. A rejected entry stays (with its message) until
 * the matrix changes some other way; the field being typed in is never overwritten.
 */
export function syncMatrixField(
  f: MatrixField,
  m: Mat2,
  focused: Element | null,
  changed: boolean,
  preset: string,
): void {
  syncTypedField(f.input, matrixText(m), focused, changed, () => setFieldError(f.input, f.error, undefined));
  setValue(f.preset, preset);
}

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

/**
 * Form controls bound to a widget's property table: the ranges, steps and options are stated
 * once, in the table (src/ui/props.ts), and each binding is a controller that
 * - writes what the learner does to the state, checked against the table (a rejected value gets a
 *   message in the widget and the state keeps its last good value);
 * - follows every state change (attribute, URL, lesson step, `setState`, a finishing run) on
 *   `hostUpdated`, with ONE rule for text: the field the learner is typing in is never rewritten,
 *   and a rejected entry stays until the value changes some other way.
 *
 * @example
 * bindRange(this.host, dom.sdX, 'sdX', { text: (v) => num(v, 2) }); // min/max/step from the table
 * bindSelect(this.host, dom.n, 'n', { label: count });
 * bindCheckbox(this.host, dom.projection, 'projection');
 * bindCheckboxSet(this.host, dom.features, 'features'); // a list such as ['x', 'y']
 * bindNumberField(this.host, dom.seed, 'seed', { label: 'Seed' });
 * bindTypedField(this.host, dom.matrix, 'matrix', { error: dom.matrixError });
 */
import type { ControlHost, Controller } from './widget-element';
import { parseNumber, type ParseResult, type Prop, type PropTable, type StateOf } from './props';
import { sliderKey } from './keys';
import { setText, setValue } from './dom';
import type { Slider } from './slider';
import { syncTypedField, wireTypedField } from './typed-field';

type KeyOf<P extends PropTable, T> = {
  [K in keyof P & string]: StateOf<P>[K] extends T ? K : never;
}[keyof P & string];

/** A binding: `sync` brings its control in line with the state (the host calls it on every change). */
export interface Binding extends Controller {
  sync(): void;
}

function propOf<P extends PropTable>(host: ControlHost<P>, key: keyof P & string): Prop<unknown> {
  const prop = host.table[key];
  if (!prop) throw new Error(`bind: "${key}" is not in the widget's property table`);
  return prop as Prop<unknown>;
}

/**
 * Checks a value from a control against the table and applies it, or says why not (the message
 * area's `input-<key>` entry). The one place where a control's value becomes state.
 */
export function commitChecked<P extends PropTable>(
  host: ControlHost<P>,
  key: keyof P & string,
  value: unknown,
  label: string = key,
): boolean {
  const prop = propOf(host, key);
  const r = prop.check(value);
  host.setMessage(
    `input-${key}`,
    r.ok
      ? undefined
      : `${label} = ${typeof value === 'number' ? prop.format(value) : Array.isArray(value) && value.length === 0 ? 'none' : String(value)}: ${r.error}. Value kept.`,
  );
  if (!r.ok) return false;
  host.update({ [key]: r.value } as Partial<StateOf<P>>);
  // A rule between props (PropRule) may have refused it: then the field keeps the text, marked.
  return prop.equals(host.state[key], r.value);
}

function register<P extends PropTable>(host: ControlHost<P>, sync: () => void): Binding {
  const binding: Binding = { sync, hostUpdated: sync };
  sync();
  return host.use(binding);
}

/** Removes float noise (0.30000000000000004) from a value computed from a slider. */
const clean = (x: number): number => Number(x.toPrecision(12));

export interface RangeOptions {
  /** Slider units per state unit, e.g. 100 for a probability shown as a percentage. */
  readonly scale?: number;
  /** The slider's own range and step in state units, where narrower than the table's. */
  readonly min?: number;
  readonly max?: number;
  /** The arrow keys' step (Shift: ten of them; Alt: a tenth, which is also what a drag resolves to). */
  readonly step?: number;
  /** The readout (and aria-valuetext) for a state value. */
  readonly text?: (value: number) => string;
  /** The name in messages (default: the slider's label, else the key). */
  readonly label?: string;
}

/**
 * A range slider (optionally with its readout, as `buildSlider` makes it) bound to a number key.
 * Arrow keys step with the site's modifiers (Shift coarse, Alt fine; whole numbers stay whole).
 */
export function bindRange<P extends PropTable>(
  host: ControlHost<P>,
  slider: Slider | HTMLInputElement,
  key: KeyOf<P, number>,
  o: RangeOptions = {},
): Binding {
  const prop = propOf(host, key);
  const input = slider instanceof HTMLInputElement ? slider : slider.input;
  const name =
    slider instanceof HTMLInputElement ? '' : (slider.row.querySelector('.slider-name')?.textContent ?? '');
  const scale = o.scale ?? 1;
  const min = o.min ?? prop.min ?? 0;
  const max = o.max ?? prop.max ?? 1;
  const step = o.step ?? prop.step ?? (max - min) / 100;
  const whole = prop.type === 'integer';
  const label = o.label ?? (name || key);
  input.min = String(clean(min * scale));
  input.max = String(clean(max * scale));
  // Dragging resolves to the fine (Alt) step; the arrow keys move by the step (see below).
  input.step = String(clean((whole ? step : step / 10) * scale));
  const read = (): number => host.state[key] as number;
  const write = (v: number): void => {
    const value = clean(Math.min(max, Math.max(min, v)));
    commitChecked(host, key, whole ? Math.round(value) : value, label);
  };
  input.addEventListener('input', () => {
    const v = Number(input.value);
    if (Number.isFinite(v)) write(v / scale);
  });
  input.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey) return;
    const keyed = whole ? { key: e.key, shiftKey: e.shiftKey, altKey: false } : e;
    const next = sliderKey(read() * scale, keyed, { step: step * scale, min: min * scale, max: max * scale });
    if (next === undefined) return;
    e.preventDefault();
    write(next / scale);
  });
  return register(host, () => {
    const v = read();
    const shown = clean(v * scale);
    if (Number(input.value) !== shown) input.value = String(shown);
    if (slider instanceof HTMLInputElement) return;
    const text = o.text ? o.text(v) : prop.format(v);
    setText(slider.value, text);
    if (input.getAttribute('aria-valuetext') !== text) input.setAttribute('aria-valuetext', text);
    const aria = `${name}: ${text}`;
    if (input.getAttribute('aria-label') !== aria) input.setAttribute('aria-label', aria);
  });
}

/**
 * A menu bound to a key: its options come from the table's values when the menu is empty; a
 * value the menu lacks (a number set by an attribute) gets its own option.
 */
export function bindSelect<P extends PropTable>(
  host: ControlHost<P>,
  select: HTMLSelectElement,
  key: keyof P & string,
  o: { readonly label?: (value: never) => string } = {},
): Binding {
  const prop = propOf(host, key);
  const label = (v: unknown): string => (o.label ? o.label(v as never) : prop.format(v));
  if (select.options.length === 0)
    for (const v of prop.values ?? [])
      select.append(
        Object.assign(document.createElement('option'), { value: prop.format(v), textContent: label(v) }),
      );
  select.addEventListener('change', () => {
    const r = prop.parse(select.value);
    if (r.ok) commitChecked(host, key, r.value);
  });
  return register(host, () => {
    const v = host.state[key];
    const text = prop.format(v);
    if (![...select.options].some((opt) => opt.value === text))
      select.append(Object.assign(document.createElement('option'), { value: text, textContent: label(v) }));
    setValue(select, text);
  });
}

export function bindCheckbox<P extends PropTable>(
  host: ControlHost<P>,
  input: HTMLInputElement,
  key: KeyOf<P, boolean>,
): Binding {
  input.addEventListener('change', () => commitChecked(host, key, input.checked));
  return register(host, () => {
    const v = host.state[key] as boolean;
    if (input.checked !== v) input.checked = v;
  });
}

/**
 * A row of checkboxes that together pick a list (their `value`s, in the row's order): each change
 * commits the checked values, checked against the table; a refused list (say, none left on) gets
 * its message and every box goes back to the state.
 */
export function bindCheckboxSet<P extends PropTable>(
  host: ControlHost<P>,
  inputs: readonly HTMLInputElement[],
  key: KeyOf<P, readonly string[]>,
  label: string = key,
): Binding {
  const sync = (): void => {
    const v = host.state[key] as readonly string[];
    for (const input of inputs)
      if (input.checked !== v.includes(input.value)) input.checked = v.includes(input.value);
  };
  for (const input of inputs)
    input.addEventListener('change', () => {
      const picked = inputs.filter((i) => i.checked).map((i) => i.value);
      if (!commitChecked(host, key, picked, label)) sync();
    });
  return register(host, sync);
}

export interface TypedBindOptions<T> {
  /** The field's own error line; without one, messages go to the widget's message area. */
  readonly error?: HTMLElement;
  /** The text syntax (default: the table's parse and format). */
  readonly parse?: (text: string) => { ok: true; value: T } | { ok: false; error: string };
  readonly format?: (value: T) => string;
  /** The name in messages (default: the key). */
  readonly label?: string;
  /** The sentence for a rejected entry. */
  readonly reject?: (error: string, text: string) => string;
  /** After a typed value was applied: the widget's own follow-up (e.g. replay its animation). */
  readonly applied?: (value: T) => void;
}

/** A text field bound to a key, with the typed-field behaviour of src/ui/typed-field.ts. */
export function bindTypedField<P extends PropTable, K extends keyof P & string>(
  host: ControlHost<P>,
  input: HTMLInputElement | HTMLTextAreaElement,
  key: K,
  o: TypedBindOptions<StateOf<P>[K]> = {},
): Binding {
  type T = StateOf<P>[K];
  const prop = propOf(host, key) as unknown as Prop<T>;
  const format = o.format ?? ((v: T) => prop.format(v));
  const label = o.label ?? key;
  const error = (message: string | undefined): void => {
    if (o.error) setText(o.error, message ?? '');
    else host.setMessage(`input-${key}`, message);
  };
  wireTypedField<T>(input, {
    read: () => host.state[key] as T,
    parse: o.parse ?? ((text) => prop.parse(text)),
    format,
    apply: (v) => {
      const ok = commitChecked(host, key, v, label);
      if (ok) o.applied?.(v);
      return ok;
    },
    error,
    reject:
      o.reject ??
      ((e, text) => `${label} = “${text.trim().slice(0, 40)}”: ${e}. Kept ${format(host.state[key] as T)}.`),
  });
  let last = host.state[key] as T;
  return register(host, () => {
    const v = host.state[key] as T;
    const changed = !prop.equals(v, last);
    last = v;
    syncTypedField(input, format(v), host.focused, changed, () => error(undefined));
  });
}

/** A number field bound to a key (a slider's exact value, a seed): a typed field of numbers. */
export function bindNumberField<P extends PropTable>(
  host: ControlHost<P>,
  input: HTMLInputElement,
  key: KeyOf<P, number>,
  o: TypedBindOptions<number> = {},
): Binding {
  input.inputMode ||= 'decimal';
  // Only the syntax here: the range is checked with the table's words when the value is applied.
  const parse = (text: string): ParseResult<number> => {
    const n = parseNumber(text);
    return n === undefined ? { ok: false, error: 'expected a number such as 0.5' } : { ok: true, value: n };
  };
  return bindTypedField(host, input, key, { parse, ...o } as unknown as TypedBindOptions<
    StateOf<P>[typeof key]
  >);
}

export interface LogRangeOptions {
  /** Significant digits a slider value is rounded to (default 3): a drag lands on readable numbers. */
  readonly digits?: number;
  /** The arrow keys' step in powers of ten (default 0.1; Shift: ten of them; Alt: a tenth). */
  readonly step?: number;
  /** The name in messages (default: the key). */
  readonly label?: string;
}

/**
 * A range slider on a log scale (a step size, a learning rate) bound to a positive number key:
 * the slider runs over log10 of the table's min … max, and a value is rounded to `digits`
 * significant digits. The thumb is moved only when the state left the value its position gives.
 */
export function bindLogRange<P extends PropTable>(
  host: ControlHost<P>,
  input: HTMLInputElement,
  key: KeyOf<P, number>,
  o: LogRangeOptions = {},
): Binding {
  const prop = propOf(host, key);
  const lo = Math.log10(prop.min ?? 1e-3);
  const hi = Math.log10(prop.max ?? 1);
  const step = o.step ?? 0.1;
  const value = (log: number): number =>
    Number((10 ** Math.min(hi, Math.max(lo, log))).toPrecision(o.digits ?? 3));
  input.min = String(clean(lo));
  input.max = String(clean(hi));
  input.step = String(clean(step / 10));
  const write = (log: number): void => void commitChecked(host, key, value(log), o.label ?? key);
  input.addEventListener('input', () => {
    const v = Number(input.value);
    if (Number.isFinite(v)) write(v);
  });
  input.addEventListener('keydown', (e) => {
    const next = sliderKey(Math.log10(host.state[key] as number), e, { step, min: lo, max: hi });
    if (next === undefined) return;
    e.preventDefault();
    write(next);
  });
  return register(host, () => {
    const v = host.state[key] as number;
    if (value(Number(input.value)) !== v) input.value = String(Math.log10(v));
  });
}

/**
 * A field the learner types a value in (a number, a matrix, a vector, a program) with strict
 * parsing. One behaviour everywhere:
 * - Enter applies (and never submits a host page's form); so does leaving the field (`change`);
 *   the `change` that a blur fires after Enter does not apply the same text a second time over a
 *   value that changed meanwhile (a drag, a lesson step);
 * - Escape puts the current value back and clears the error;
 * - a rejected entry is marked (aria-invalid) with a message, and the value is kept;
 * - sync never rewrites the field being typed in, and a rejected entry stays (with its message)
 *   until the value changes some other way.
 *
 * @example
 * wireTypedField(dom.matrix, { read: () => this.s.matrix, parse: parseMatrix2, format: matrixText,
 *   apply: (m) => this.update({ matrix: m }), error: (m) => setFieldError(dom.matrix, dom.matrixError, m),
 *   reject: (e) => `Could not read that matrix: ${e}. The matrix was not changed.` });
 */
import type { ParseResult } from './props';

export interface TypedFieldOptions<T> {
  /** The current value (the state's). */
  read(): T;
  parse(text: string): ParseResult<T>;
  format(value: T): string;
  /**
   * A value the learner typed that parsed. Returning false means the widget refused it (out of
   * range, say; the widget said why): the field stays marked, with the text as typed.
   */
  apply(value: T): boolean | void;
  /** Shows or clears the field's error (its error line, or the widget's message area). */
  error(message: string | undefined): void;
  /** The sentence for a rejected entry (default: the parser's words and "kept"). */
  reject?(error: string, text: string): string;
}

export function isInvalid(input: HTMLInputElement | HTMLTextAreaElement): boolean {
  return input.getAttribute('aria-invalid') === 'true';
}

function mark(input: HTMLInputElement | HTMLTextAreaElement, invalid: boolean): void {
  if (invalid) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

export function wireTypedField<T>(
  input: HTMLInputElement | HTMLTextAreaElement,
  o: TypedFieldOptions<T>,
): void {
  // The text last handled by Enter: the `change` that a blur fires afterwards must not apply it
  // again over a value that changed meanwhile.
  let handled: string | undefined;
  const fail = (message: string | undefined): void => {
    mark(input, message !== undefined);
    o.error(message);
  };
  const applyTyped = (): void => {
    const text = input.value;
    if (text === handled) return;
    handled = text;
    if (text.trim() === o.format(o.read())) {
      fail(undefined);
      return;
    }
    const r = o.parse(text);
    if (!r.ok) {
      fail(
        o.reject
          ? o.reject(r.error, text)
          : `Could not read “${text.trim().slice(0, 40)}”: ${r.error}. Kept the last value.`,
      );
      return;
    }
    fail(undefined);
    if (o.apply(r.value) === false) {
      mark(input, true);
      return;
    }
    input.value = o.format(o.read());
  };
  input.addEventListener('keydown', (e) => {
    const ke = e as KeyboardEvent;
    if (ke.key === 'Enter' && !(input instanceof HTMLTextAreaElement && ke.shiftKey)) {
      e.preventDefault();
      applyTyped();
    } else if (ke.key === 'Escape') {
      input.value = o.format(o.read());
      handled = input.value;
      fail(undefined);
    }
  });
  input.addEventListener('change', applyTyped);
  input.addEventListener('input', () => (handled = undefined));
  input.addEventListener('blur', () => {
    if (!isInvalid(input)) input.value = o.format(o.read());
  });
}

/**
 * Brings a typed field in line with the value `text`. The field being typed in (`focused`) is never
 * rewritten; a rejected entry stays until the value `changed` some other way, then it is replaced
 * and its error cleared through `clear`.
 */
export function syncTypedField(
  input: HTMLInputElement | HTMLTextAreaElement,
  text: string,
  focused: Element | null,
  changed: boolean,
  clear: () => void,
): void {
  if (focused === input) return;
  const invalid = isInvalid(input);
  if (invalid && !changed) return;
  if (input.value !== text) input.value = text;
  if (invalid) {
    mark(input, false);
    clear();
  }
}

/**
 * A live field: `read` runs once typing in `input` pauses for `ms` (the picture follows what is
 * typed, and a half-typed entry is no error yet); Enter or leaving the field reads at once instead.
 * Returns the cancel for when the widget leaves the page.
 */
export function onTypingPause(
  input: HTMLInputElement | HTMLTextAreaElement,
  read: () => void,
  ms = 350,
): () => void {
  let timer = 0;
  const cancel = (): void => window.clearTimeout(timer);
  input.addEventListener('input', () => {
    cancel();
    timer = window.setTimeout(read, ms);
  });
  input.addEventListener('change', cancel);
  return cancel;
}

/**
 * Presenter steps without the DOM: reading `?step=`, clamping, parsing a marker's settings, and
 * what each widget should show at a given step.
 */
import { quote } from '../props';

/** One `.step` marker, as the lesson engine wrote it. */
export interface StepInfo {
  /** The id of the widget the step drives (`data-target`). */
  readonly target: string;
  /** Kebab-case settings, exactly what `applySettings` takes (`data-settings`). */
  readonly settings: Readonly<Record<string, string>>;
  readonly title: string;
  /** Speaker notes (`data-notes`), when the step has some. */
  readonly notes?: string;
}

/** Step numbers are 1-based; the result is always a valid step of a list of `count` (>= 1). */
export function clampStep(n: number, count: number): number {
  if (count < 1) throw new RangeError('clampStep needs at least one step');
  if (Number.isNaN(n)) return 1;
  return Math.min(count, Math.max(1, Math.trunc(n)));
}

export type StepParam =
  | { readonly kind: 'absent' }
  | { readonly kind: 'ok'; readonly step: number }
  | { readonly kind: 'clamped'; readonly step: number; readonly message: string }
  | { readonly kind: 'ignored'; readonly message: string };

/** Reads the `step` URL parameter (null when absent) for a page with `count` steps. */
export function readStepParam(text: string | null, count: number): StepParam {
  if (text === null) return { kind: 'absent' };
  if (count < 1)
    return {
      kind: 'ignored',
      message: `This link asks for presenter step ${quote(text)}, but this page has no presenter steps. It was ignored.`,
    };
  if (!/^\s*[+-]?\d{1,9}\s*$/.test(text))
    return {
      kind: 'ignored',
      message: `This link asks for step ${quote(text)}, which is not a step number (this lesson has steps 1 to ${count}). It was ignored.`,
    };
  const asked = Number(text);
  const step = clampStep(asked, count);
  if (step === asked) return { kind: 'ok', step };
  return {
    kind: 'clamped',
    step,
    message: `This link asks for step ${asked}, but this lesson has steps 1 to ${count}. Showing step ${step}.`,
  };
}

/**
 * Parses a marker's `data-settings` (a JSON object of strings). Numbers and booleans are turned
 * into their text, because `applySettings` takes the same strings as an attribute. Returns
 * undefined when the text is not such an object.
 */
export function parseStepSettings(text: string | null): Record<string, string> | undefined {
  if (text === null || text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
    else return undefined;
  }
  return out;
}

/**
 * What every target widget should show at step `index` (0-based): the settings of all steps up
 * to and including it, later ones winning. So a widget at step 3 looks the same whether the
 * teacher walked 1, 2, 3 or jumped straight there with End and came back.
 */
export function settingsAtStep(
  steps: readonly StepInfo[],
  index: number,
): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  steps.forEach((step, i) => {
    if (i > index) return;
    out.set(step.target, { ...(out.get(step.target) ?? {}), ...step.settings });
  });
  return out;
}

/** Every setting name any step gives each target: what must be reset when going back. */
export function keysByTarget(steps: readonly StepInfo[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const step of steps) {
    const keys = out.get(step.target) ?? new Set<string>();
    for (const k of Object.keys(step.settings)) keys.add(k);
    out.set(step.target, keys);
  }
  return out;
}

export function stepLabel(index: number, count: number, title: string): string {
  return `Step ${index + 1} / ${count}` + (title ? ` · ${title}` : '');
}

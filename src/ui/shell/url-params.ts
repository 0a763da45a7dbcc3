/**
 * Sorting a page's URL parameters into those Lumen understands and those it does not, so a
 * mistyped shared link says so instead of silently showing something else.
 */
import { quote } from '../props';
import { THEMES } from '../tokens';
import { isTheme } from './theme-state';

/** Read by the shell itself. */
const SHELL_PARAMS = new Set(['theme', 'step']);

/**
 * Added by mail and social sites when a link is shared (`utm_source`, `fbclid`, …). They are not
 * the reader's mistake, so they are not worth a notice.
 */
function isTrackingParam(name: string): boolean {
  return (
    /^utm_/i.test(name) ||
    ['fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid'].includes(name.toLowerCase())
  );
}

/** `main.matrix` belongs to the widget with id "main" (the widget checks the property itself). */
function isWidgetParam(name: string, widgetIds: ReadonlySet<string>): boolean {
  for (const id of widgetIds) if (name.length > id.length + 1 && name.startsWith(id + '.')) return true;
  return false;
}

/** The parameter names of `params` that nothing on this page reads, each once, in URL order. */
export function unknownParams(params: Iterable<[string, string]>, widgetIds: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const [name] of params) {
    if (SHELL_PARAMS.has(name) || isTrackingParam(name) || isWidgetParam(name, widgetIds)) continue;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

export function unknownParamMessage(name: string): string {
  return `This link has a setting Lumen doesn't know: ${quote(name)}. It was ignored.`;
}

/** The notice for `?theme=` with a value that is not a theme (undefined when it is fine). */
export function themeParamMessage(value: string | null): string | undefined {
  if (value === null || isTheme(value)) return undefined;
  return `This link asks for a theme Lumen doesn't know: ${quote(value)}. The themes are ${THEMES.join(', ')}.`;
}

/** Every notice for this page's parameters, except the step's (the presenter knows the steps). */
export function paramMessages(search: string, widgetIds: ReadonlySet<string>): string[] {
  const params = new URLSearchParams(search);
  const out = unknownParams(params, widgetIds).map(unknownParamMessage);
  const theme = themeParamMessage(params.get('theme'));
  if (theme) out.unshift(theme);
  return out;
}

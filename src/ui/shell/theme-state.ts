/**
 * Theme rules without the DOM: which names are themes, the order `t` cycles through, what `p`
 * goes back to, and the toggle's label. Pure, so the unit tests pin them down.
 */
import { THEMES, type ThemeName } from '../tokens';

export const THEME_STORAGE_KEY = 'lumen-theme';

export function isTheme(value: unknown): value is ThemeName {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** light → dark → projector → light. */
export function nextTheme(current: ThemeName): ThemeName {
  return THEMES[(THEMES.indexOf(current) + 1) % THEMES.length]!;
}

/**
 * `p`: projector on, or back to the theme it replaced. When the page opened in projector mode
 * there is nothing to go back to, so the system's preference decides.
 */
export function toggleProjector(
  current: ThemeName,
  before: ThemeName | undefined,
  systemDark: boolean,
): ThemeName {
  if (current !== 'projector') return 'projector';
  if (before && before !== 'projector') return before;
  return systemDark ? 'dark' : 'light';
}

export function themeLabel(theme: ThemeName): string {
  return 'Theme: ' + theme.charAt(0).toUpperCase() + theme.slice(1);
}

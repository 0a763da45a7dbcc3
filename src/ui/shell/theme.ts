/**
 * The theme control: the #theme-toggle button, `t` and `p`, localStorage, and the
 * `lumen-themechange` event that widgets listen to (they re-read their palette on it).
 * The first theme was already chosen by THEME_BOOT_SCRIPT before paint; this takes over from there.
 */
import type { ThemeName } from '../tokens';
import { isTheme, nextTheme, THEME_STORAGE_KEY, themeLabel, toggleProjector } from './theme-state';

export interface ThemeControl {
  readonly current: ThemeName;
  set(theme: ThemeName): void;
  cycle(): void;
  toggleProjector(): void;
}

function readStored(): string | null {
  try {
    return localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null;
  }
}

function store(theme: ThemeName): void {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage disabled: the theme still applies to this page, it just is not remembered.
  }
}

export function startTheme(doc: Document, button: HTMLButtonElement | null): ThemeControl {
  const root = doc.documentElement;
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const fromRoot = root.getAttribute('data-theme');
  let current: ThemeName = isTheme(fromRoot) ? fromRoot : dark.matches ? 'dark' : 'light';
  let beforeProjector: ThemeName | undefined = current === 'projector' ? undefined : current;

  const apply = (theme: ThemeName, persist: boolean): void => {
    if (persist) store(theme);
    if (theme !== 'projector') beforeProjector = theme;
    const changed = theme !== current || root.getAttribute('data-theme') !== theme;
    current = theme;
    root.setAttribute('data-theme', theme);
    if (button) {
      button.textContent = themeLabel(theme);
      button.title = 'Change the theme (T); projector on/off (P)';
    }
    if (changed) window.dispatchEvent(new Event('lumen-themechange'));
  };
  apply(current, false);
  button?.addEventListener('click', () => apply(nextTheme(current), true));

  // A reader who never picked a theme keeps following the system (e.g. dark mode at sunset).
  dark.addEventListener('change', () => {
    if (!isTheme(readStored())) apply(dark.matches ? 'dark' : 'light', false);
  });
  // Another tab changed the theme: follow it, so all open lessons agree.
  window.addEventListener('storage', (e) => {
    if (e.key === THEME_STORAGE_KEY && isTheme(e.newValue)) apply(e.newValue, false);
  });

  return {
    get current() {
      return current;
    },
    set: (theme) => apply(theme, true),
    cycle: () => apply(nextTheme(current), true),
    toggleProjector: () => apply(toggleProjector(current, beforeProjector, dark.matches), true),
  };
}

import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/ui/tokens';
import { THEME_BOOT_SCRIPT } from '../../src/ui/shell/theme-boot';
import {
  isTheme,
  nextTheme,
  THEME_STORAGE_KEY,
  themeLabel,
  toggleProjector,
} from '../../src/ui/shell/theme-state';

describe('theme rules', () => {
  it('knows exactly the three themes', () => {
    for (const t of THEMES) expect(isTheme(t)).toBe(true);
    for (const v of ['auto', 'Light', '', 'constructor', 'toString', null, undefined, 1])
      expect(isTheme(v)).toBe(false);
  });
  it('cycles light → dark → projector → light', () => {
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('dark')).toBe('projector');
    expect(nextTheme('projector')).toBe('light');
  });
  it('toggles projector on, and back to the theme before it', () => {
    expect(toggleProjector('light', 'light', true)).toBe('projector');
    expect(toggleProjector('dark', 'dark', false)).toBe('projector');
    expect(toggleProjector('projector', 'dark', false)).toBe('dark');
    expect(toggleProjector('projector', 'light', true)).toBe('light');
    // Opened in projector mode: the system decides.
    expect(toggleProjector('projector', undefined, true)).toBe('dark');
    expect(toggleProjector('projector', undefined, false)).toBe('light');
  });
  it('labels the toggle with the current theme', () => {
    expect(themeLabel('dark')).toBe('Theme: Dark');
    expect(themeLabel('projector')).toBe('Theme: Projector');
  });
});

/** Runs the boot script against fakes of what it touches; returns the theme set and the store. */
function boot(o: {
  search?: string;
  stored?: string | null;
  dark?: boolean;
  storage?: 'ok' | 'throws' | 'missing';
}) {
  const store = new Map<string, string>();
  if (o.stored != null) store.set(THEME_STORAGE_KEY, o.stored);
  const attrs: Record<string, string> = {};
  const storage = {
    getItem: (k: string) => {
      if (o.storage === 'throws') throw new Error('SecurityError');
      return store.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (o.storage === 'throws') throw new Error('QuotaExceededError');
      store.set(k, v);
    },
  };
  const fakeWindow = {
    location: { search: o.search ?? '' },
    document: { documentElement: { setAttribute: (k: string, v: string) => (attrs[k] = v) } },
    matchMedia: (q: string) => ({ matches: q === '(prefers-color-scheme: dark)' && !!o.dark }),
  };
  const run = new Function(
    'location',
    'document',
    'matchMedia',
    'localStorage',
    'URLSearchParams',
    THEME_BOOT_SCRIPT,
  );
  // 'missing': no localStorage at all (a sandboxed frame), so even reaching it throws.
  run(
    fakeWindow.location,
    fakeWindow.document,
    fakeWindow.matchMedia,
    o.storage === 'missing' ? undefined : storage,
    URLSearchParams,
  );
  return { theme: attrs['data-theme'], stored: store.get(THEME_STORAGE_KEY) };
}

describe('THEME_BOOT_SCRIPT', () => {
  it('is plain text that can sit in a <script> element', () => {
    expect(THEME_BOOT_SCRIPT).not.toMatch(/<\/script|<!--/i);
    expect(THEME_BOOT_SCRIPT).not.toMatch(/=>|\blet\b|\bconst\b|`/);
  });
  it('follows the system when nothing is chosen', () => {
    expect(boot({ dark: false })).toEqual({ theme: 'light', stored: undefined });
    expect(boot({ dark: true })).toEqual({ theme: 'dark', stored: undefined });
  });
  it('prefers the stored theme over the system', () => {
    expect(boot({ stored: 'projector', dark: true }).theme).toBe('projector');
  });
  it('lets ?theme= win, and remembers it', () => {
    expect(boot({ search: '?theme=dark', stored: 'projector' })).toEqual({ theme: 'dark', stored: 'dark' });
    expect(boot({ search: '?x=1&theme=projector' })).toEqual({ theme: 'projector', stored: 'projector' });
  });
  it('accepts only the three names from the URL and from storage', () => {
    expect(boot({ search: '?theme=neon', stored: 'dark' })).toEqual({ theme: 'dark', stored: 'dark' });
    expect(boot({ search: '?theme=constructor', dark: true })).toEqual({ theme: 'dark', stored: undefined });
    expect(boot({ stored: 'toString' }).theme).toBe('light');
    expect(boot({ stored: '<b>' }).theme).toBe('light');
  });
  it('still picks a theme when storage throws or is missing', () => {
    expect(boot({ storage: 'throws', dark: true }).theme).toBe('dark');
    expect(boot({ storage: 'throws', search: '?theme=projector' }).theme).toBe('projector');
    expect(boot({ storage: 'missing', search: '?theme=dark' }).theme).toBe('dark');
  });
});

import { describe, expect, it } from 'vitest';
import { isActivatablePath, isIgnoredPath, keyAction, type KeyInput } from '../../src/ui/shell/keys';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const reading = { presenting: false, onActivatable: false };
const presenting = { presenting: true, onActivatable: false };

/** A stand-in for an Element: just what the path checks read. */
const el = (localName: string, attrs: Record<string, string> = {}, isContentEditable = false) => ({
  localName,
  isContentEditable,
  getAttribute: (name: string) => attrs[name] ?? null,
});

describe('keyAction', () => {
  it('maps the letter keys in any mode, either case', () => {
    for (const ctx of [reading, presenting]) {
      expect(keyAction(key('t'), ctx)).toBe('cycle-theme');
      expect(keyAction(key('T', { shiftKey: true }), ctx)).toBe('cycle-theme');
      expect(keyAction(key('p'), ctx)).toBe('toggle-projector');
      expect(keyAction(key('f'), ctx)).toBe('fullscreen');
      expect(keyAction(key('s'), ctx)).toBe('toggle-presenter');
      expect(keyAction(key('?', { shiftKey: true }), ctx)).toBe('help');
    }
  });

  it('leaves Ctrl, Meta and Alt combinations, composition and held toggles alone', () => {
    expect(keyAction(key('t', { ctrlKey: true }), reading)).toBeUndefined();
    expect(keyAction(key('f', { metaKey: true }), reading)).toBeUndefined();
    expect(keyAction(key('ArrowLeft', { altKey: true }), presenting)).toBeUndefined();
    expect(keyAction(key('s', { isComposing: true }), reading)).toBeUndefined();
    expect(keyAction(key('t', { repeat: true }), reading)).toBeUndefined();
    expect(keyAction(key('?', { repeat: true, shiftKey: true }), reading)).toBeUndefined();
  });

  it('uses navigation keys only while presenting', () => {
    for (const k of [
      'ArrowRight',
      'ArrowDown',
      'PageDown',
      ' ',
      'ArrowLeft',
      'ArrowUp',
      'PageUp',
      'Home',
      'End',
      'Escape',
    ])
      expect(keyAction(key(k), reading), k).toBeUndefined();
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' '])
      expect(keyAction(key(k), presenting), k).toBe('next');
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp'])
      expect(keyAction(key(k), presenting), k).toBe('previous');
    expect(keyAction(key(' ', { shiftKey: true }), presenting)).toBe('previous');
    expect(keyAction(key('Home'), presenting)).toBe('first');
    expect(keyAction(key('End'), presenting)).toBe('last');
    expect(keyAction(key('Escape'), presenting)).toBe('leave');
    // Holding an arrow walks through the steps.
    expect(keyAction(key('ArrowRight', { repeat: true }), presenting)).toBe('next');
  });

  it('lets Space press a focused button instead of also turning the page', () => {
    expect(keyAction(key(' '), { presenting: true, onActivatable: true })).toBeUndefined();
    expect(keyAction(key('ArrowRight'), { presenting: true, onActivatable: true })).toBe('next');
  });

  it('ignores keys it does not know, including inherited object names', () => {
    expect(keyAction(key('x'), presenting)).toBeUndefined();
    expect(keyAction(key('Enter'), presenting)).toBeUndefined();
    expect(keyAction(key('constructor'), presenting)).toBeUndefined();
    expect(keyAction(key('toString'), presenting)).toBeUndefined();
  });
});

describe('isIgnoredPath', () => {
  const page = [el('main'), el('body'), el('html'), {}, {}];
  it('lets keys on the page through', () => {
    expect(isIgnoredPath([el('p'), ...page])).toBe(false);
    expect(isIgnoredPath([el('button'), el('div'), ...page])).toBe(false);
    expect(isIgnoredPath([])).toBe(false);
  });
  it('ignores typing in form fields and editable content', () => {
    for (const tag of ['input', 'select', 'textarea'])
      expect(isIgnoredPath([el(tag), ...page]), tag).toBe(true);
    expect(isIgnoredPath([el('span', {}, true), el('div', { contenteditable: 'true' }), ...page])).toBe(true);
    expect(isIgnoredPath([el('div', { contenteditable: '' }), ...page])).toBe(true);
    expect(isIgnoredPath([el('div', { contenteditable: 'false' }), ...page])).toBe(false);
  });
  it('ignores keys from inside any lumen-* widget (its shadow content included)', () => {
    expect(isIgnoredPath([el('div', { role: 'button' }), el('svg'), {}, el('lumen-plane'), ...page])).toBe(
      true,
    );
    expect(isIgnoredPath([el('lumen-future-widget'), ...page])).toBe(true);
  });
  it('ignores ARIA widgets that use arrow keys, and open dialogs', () => {
    expect(isIgnoredPath([el('div', { role: 'slider' }), ...page])).toBe(true);
    expect(isIgnoredPath([el('button'), el('dialog'), ...page])).toBe(true);
  });
});

describe('isActivatablePath', () => {
  it('is true on buttons, summaries and button roles, including their children', () => {
    expect(isActivatablePath([el('button')])).toBe(true);
    expect(isActivatablePath([el('span'), el('button'), el('div')])).toBe(true);
    expect(isActivatablePath([el('summary')])).toBe(true);
    expect(isActivatablePath([el('div', { role: 'button' })])).toBe(true);
    expect(isActivatablePath([el('p'), el('main'), el('body')])).toBe(false);
    expect(isActivatablePath([el('a')])).toBe(false);
  });
});

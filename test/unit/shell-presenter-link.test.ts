import { describe, expect, test } from 'vitest';
import { channelName, clockText, lessonPathParam, readMessage } from '../../src/ui/shell/presenter-link';

const VIEW = {
  active: true,
  step: 2,
  count: 5,
  title: 'Shear',
  notes: 'Ask why.',
  next: 'Turn',
  lesson: 'L2',
};

describe('presenter link', () => {
  test('reads exactly the messages of the protocol', () => {
    expect(readMessage({ kind: 'hello' })).toEqual({ kind: 'hello' });
    expect(readMessage({ kind: 'go', to: 'next' })).toEqual({ kind: 'go', to: 'next' });
    expect(readMessage({ kind: 'state', view: VIEW })).toEqual({ kind: 'state', view: VIEW });
    expect(readMessage({ kind: 'state', view: { ...VIEW, next: null } })).toMatchObject({ kind: 'state' });
    for (const bad of [
      null,
      'next',
      { kind: 'go', to: 'jump' },
      { kind: 'go', to: 3 },
      { kind: 'state', view: { ...VIEW, step: 6 } },
      { kind: 'state', view: { ...VIEW, step: 1.5 } },
      { kind: 'state', view: { ...VIEW, notes: 42 } },
      { kind: 'state', view: { ...VIEW, title: 'x'.repeat(5000) } },
      { kind: 'state' },
      { kind: 'eval' },
    ])
      expect(readMessage(bad), JSON.stringify(bad)).toBeUndefined();
  });

  test('a presenter window follows only a page path of this origin', () => {
    expect(lessonPathParam('/lessons/linear-algebra/02-x.html')).toBe('/lessons/linear-algebra/02-x.html');
    for (const bad of [
      null,
      '',
      'https://evil.example/x.html',
      '//evil.example/x.html',
      '/x.js',
      '/a b.html',
    ])
      expect(lessonPathParam(bad), String(bad)).toBeUndefined();
    expect(channelName('/a.html')).toBe('lumen-presenter:/a.html');
  });

  test('the timer reads minutes and seconds', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(61_999)).toBe('1:01');
    expect(clockText(75 * 60_000)).toBe('75:00');
    expect(clockText(-5)).toBe('0:00');
  });
});

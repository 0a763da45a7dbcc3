import { describe, expect, it } from 'vitest';
import {
  paramMessages,
  themeParamMessage,
  unknownParamMessage,
  unknownParams,
} from '../../src/ui/shell/url-params';

const ids = new Set(['main', 'plane-2']);
const names = (search: string) => unknownParams(new URLSearchParams(search), ids);

describe('unknownParams', () => {
  it('accepts the shell parameters and settings of widgets on the page', () => {
    expect(names('?theme=dark&step=2&main.matrix=1+0;0+1&plane-2.eigen')).toEqual([]);
  });
  it('reports everything else once each, in URL order', () => {
    expect(names('?foo=1&main=2&other.matrix=1&main.=3&foo=4&Theme=dark')).toEqual([
      'foo',
      'main',
      'other.matrix',
      'main.',
      'Theme',
    ]);
  });
  it('does not match a widget id by prefix', () => {
    expect(unknownParams(new URLSearchParams('mainly.x=1'), new Set(['main']))).toEqual(['mainly.x']);
    expect(unknownParams(new URLSearchParams('main.x=1'), new Set())).toEqual(['main.x']);
  });
  it('leaves the tracking tags that sharing adds', () => {
    expect(names('?utm_source=mail&UTM_medium=x&fbclid=1&gclid=2')).toEqual([]);
  });
});

describe('messages', () => {
  it('quote the name as text', () => {
    expect(unknownParamMessage('foo')).toBe(
      `This link has a setting Lumen doesn't know: "foo". It was ignored.`,
    );
    expect(unknownParamMessage('<img src=x>')).toContain('"<img src=x>"');
  });
  it('flag a theme that is not one', () => {
    expect(themeParamMessage(null)).toBeUndefined();
    expect(themeParamMessage('projector')).toBeUndefined();
    expect(themeParamMessage('neon')).toContain('"neon"');
    expect(themeParamMessage('')).toContain('light, dark, projector');
  });
  it('come together for a whole query, the theme first', () => {
    expect(paramMessages('?x=1&theme=neon&main.t=0', ids)).toEqual([
      themeParamMessage('neon'),
      unknownParamMessage('x'),
    ]);
    expect(paramMessages('', ids)).toEqual([]);
  });
});

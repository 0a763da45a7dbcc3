import { describe, expect, it } from 'vitest';
import {
  attributes,
  escapeAttr,
  fileName,
  iframeSnippet,
  lumenBase,
  scriptSnippet,
  widgetName,
  withoutControls,
} from './snippets';
import { WIDGETS } from '../../widgets/catalog';

const HOSTILE = `"><script>alert('x')</script>&amp;`;

describe('escapeAttr', () => {
  it('escapes what could end an attribute or start a tag', () => {
    expect(escapeAttr(`a"b'c<d>e&f`)).toBe('a&quot;b&#39;c&lt;d&gt;e&amp;f');
    expect(escapeAttr('1 1; 0 1')).toBe('1 1; 0 1');
  });
});

describe('widgetName', () => {
  it('gives back every catalog name from its tag (what embed.html takes)', () => {
    for (const [name, info] of Object.entries(WIDGETS)) expect(widgetName(info.tag)).toBe(name);
  });
});

describe('lumenBase', () => {
  it('is the folder above assets/ for a built chunk, and the folder itself otherwise', () => {
    expect(lumenBase('https://h.example/lumen/assets/widget-element-abc.js')).toBe(
      'https://h.example/lumen/',
    );
    expect(lumenBase('https://h.example/embed.js')).toBe('https://h.example/');
  });
});

describe('withoutControls', () => {
  it('adds <id>.controls=false and keeps the other parameters', () => {
    const url = withoutControls('https://h.example/l.html?main.t=0.5&theme=dark#x', 'main');
    const parsed = new URL(url);
    expect(parsed.searchParams.get('main.controls')).toBe('false');
    expect(parsed.searchParams.get('main.t')).toBe('0.5');
    expect(parsed.searchParams.get('theme')).toBe('dark');
    expect(parsed.hash).toBe('#x');
  });
});

describe('scriptSnippet', () => {
  it('is the module script and the element with its settings as attributes', () => {
    expect(scriptSnippet('https://h.example/lumen/', 'lumen-plane', [['matrix', '1 1; 0 1']])).toBe(
      '<script type="module" src="https://h.example/lumen/embed.js"></script>\n' +
        '<lumen-plane matrix="1 1; 0 1"></lumen-plane>',
    );
  });

  it('escapes values so a hostile setting stays one attribute value', () => {
    const out = scriptSnippet('https://h.example/', 'lumen-predict', [['question', HOSTILE]]);
    expect(out).toContain(`question="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;"`);
    // One script tag only (the real one), and no raw quote inside the value.
    expect(out.match(/<script/g)).toHaveLength(1);
    expect(attributes([['a', HOSTILE]]).split('"')).toHaveLength(3);
  });
});

describe('iframeSnippet', () => {
  it('points at embed.html with the widget and settings in its query', () => {
    const out = iframeSnippet(
      'https://h.example/lumen/',
      'lumen-plane',
      [
        ['matrix', '1 1; 0 1'],
        ['theme', 'dark'],
      ],
      640.2,
    );
    const src = /src="([^"]*)"/.exec(out)![1]!.replace(/&amp;/g, '&');
    const url = new URL(src);
    expect(url.origin + url.pathname).toBe('https://h.example/lumen/embed.html');
    expect(url.searchParams.get('widget')).toBe('plane');
    expect(url.searchParams.get('matrix')).toBe('1 1; 0 1');
    expect(url.searchParams.get('theme')).toBe('dark');
    expect(out).toContain('height="641"');
    expect(out).toContain('title="Lumen: the plane widget"');
  });

  it('keeps hostile values inside the src attribute, and falls back to a sane height', () => {
    const out = iframeSnippet('https://h.example/', 'lumen-predict', [['question', HOSTILE]], Number.NaN);
    expect(out).not.toContain('<script');
    expect(out.match(/"/g)).toHaveLength(10);
    expect(out).toContain('height="720"');
    const src = /src="([^"]*)"/.exec(out)![1]!.replace(/&amp;/g, '&');
    expect(new URL(src).searchParams.get('question')).toBe(HOSTILE);
  });
});

describe('fileName', () => {
  it('keeps letters, digits and dashes', () => {
    expect(fileName('lumen-plane', 'main', 'png')).toBe('lumen-plane-main.png');
    expect(fileName('lumen-plane', '', 'webm')).toBe('lumen-plane.webm');
    expect(fileName('lumen-plane', '../"x y', 'svg')).toBe('lumen-plane-x-y.svg');
  });
});

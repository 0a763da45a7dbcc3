/**
 * The script of `dist/embed.html`: one widget filling an iframe, for hosts that allow iframes
 * but no scripts (many blog platforms, LMSs, wikis).
 *
 *   <iframe src="…/embed.html?widget=plane&matrix=1+1;0+1&theme=dark"
 *           title="Lumen: a 2D linear transformation" width="100%" height="720" style="border:0">
 *   </iframe>
 *
 * - `widget`: a name from src/widgets/catalog.ts (`plane`); anything else shows the list.
 * - `theme`: light | dark | projector | auto (auto follows the reader's system setting).
 * - `share=false`: no toolbar (fullscreen, Share menu) under the widget.
 * - every other parameter is a widget setting in its attribute spelling (`matrix`, `picture`,
 *   `eigen`, …); the widget checks them and shows a message for unknown or bad ones.
 *
 * Height: whenever the content's height changes, the page posts
 * `{ type: 'lumen-embed-height', height }` (CSS pixels) to its parent, so a host that can run a
 * script of its own may size the iframe to fit:
 *
 *   addEventListener('message', (e) => {
 *     if (e.data?.type === 'lumen-embed-height') frameElement.style.height = e.data.height + 'px';
 *   });
 *
 * (Check `e.source === frameElement.contentWindow` when a page holds several frames.)
 * Nothing from the URL is ever inserted as markup: the tag comes from the catalog, values go in
 * as text or through the widget's own checks.
 */
import { WIDGETS } from './widgets/catalog';
import { LOADERS } from './widgets/loaders';
import { quote } from './ui/props';
import { PALETTES, paletteDeclarations, THEMES } from './ui/tokens';

const WIDGET_THEMES: readonly string[] = [...THEMES, 'auto'];

interface Settable extends HTMLElement {
  applySettings(input: Record<string, string>, source: 'URL'): void;
}

/** The frame page's own CSS, from constants only. Pages follow the theme through `--lumen-*`. */
function frameCss(): string {
  const themed = THEMES.map((t) => `:root[data-theme=${t}]{${paletteDeclarations(PALETTES[t])}}`);
  return [
    `:root{${paletteDeclarations(PALETTES.light)}color-scheme:light}`,
    ...themed,
    `:root[data-theme=dark]{color-scheme:dark}`,
    `@media (prefers-color-scheme: dark){:root[data-theme=auto]{${paletteDeclarations(PALETTES.dark)}color-scheme:dark}}`,
    'html,body{margin:0;padding:0}',
    'body{background:var(--lumen-bg);color:var(--lumen-fg);font:var(--lumen-font-size)/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}',
    '.frame-message{margin:0;padding:1em 1.25em;border:calc(1px * var(--lumen-line-scale)) solid var(--lumen-border);border-left:calc(6px * var(--lumen-line-scale)) solid var(--lumen-error);background:var(--lumen-surface)}',
    '.frame-message p{margin:0 0 .5em}.frame-message ul{margin:0;padding-left:1.25em}',
    '.frame-message code{font-family:ui-monospace,Menlo,Consolas,"DejaVu Sans Mono",monospace}',
  ].join('\n');
}

function message(
  doc: Document,
  lines: readonly string[],
  list: readonly [string, string][] = [],
): HTMLElement {
  const box = doc.createElement('div');
  box.className = 'frame-message';
  box.setAttribute('role', 'alert');
  for (const line of lines) {
    const p = doc.createElement('p');
    p.textContent = line;
    box.append(p);
  }
  if (list.length) {
    const ul = doc.createElement('ul');
    for (const [name, text] of list) {
      const li = doc.createElement('li');
      const code = doc.createElement('code');
      code.textContent = name;
      li.append(code, ': ' + text);
      ul.append(li);
    }
    box.append(ul);
  }
  return box;
}

function knownWidgets(): [string, string][] {
  return Object.entries(WIDGETS).map(([name, w]) => [name, w.summary]);
}

/** Posts the content's height to the embedding page whenever it changes. */
function reportHeight(doc: Document): void {
  if (window.parent === window) return;
  let last = -1;
  const post = (): void => {
    const height = Math.ceil(doc.body.getBoundingClientRect().height);
    // 0: the widget's code has not arrived yet; collapsing the host's frame meanwhile would flicker.
    if (height === 0 || height === last) return;
    last = height;
    window.parent.postMessage({ type: 'lumen-embed-height', height }, '*');
  };
  // The observer also fires once for the first layout, after the widget is in place.
  new ResizeObserver(post).observe(doc.body);
}

async function show(doc: Document): Promise<void> {
  const main = doc.querySelector('main') ?? doc.body;
  const params = new URLSearchParams(location.search);
  const name = params.get('widget');
  params.delete('widget');
  const themeParam = params.get('theme');
  params.delete('theme');
  const share = params.get('share');
  params.delete('share');
  const theme = themeParam !== null && WIDGET_THEMES.includes(themeParam) ? themeParam : 'light';
  doc.documentElement.setAttribute('data-theme', theme);

  const info =
    name !== null && Object.prototype.hasOwnProperty.call(WIDGETS, name) ? WIDGETS[name] : undefined;
  if (!info) {
    const first =
      name === null
        ? 'This page shows one Lumen widget: add ?widget=<name> to its address, for example ?widget=plane.'
        : `Lumen has no widget called ${quote(name)}.`;
    main.append(message(doc, [first, 'The widgets are:'], knownWidgets()));
    return;
  }

  if (themeParam !== null && theme !== themeParam)
    main.append(
      message(doc, [
        `theme=${quote(themeParam)} is not a theme Lumen knows (${WIDGET_THEMES.join(', ')}). Using light.`,
      ]),
    );

  doc.title = `Lumen: ${info.summary}`;
  const heading = doc.querySelector('.frame-title');
  if (heading) heading.textContent = `Lumen: the ${name} widget`;
  const el = doc.createElement(info.tag);
  el.setAttribute('theme', theme);
  // Set as an attribute, which the widget compares with 'false' only: never markup.
  if (share !== null) el.setAttribute('share', share);
  // The widget's own margin is for flowing text; here it is the whole page.
  el.style.margin = '0';
  main.append(el);

  const load = LOADERS[info.tag];
  try {
    if (!load) throw new Error(`no loader for <${info.tag}>`);
    await load();
    await customElements.whenDefined(info.tag);
  } catch (err) {
    console.error(`Lumen could not load <${info.tag}>:`, err);
    el.replaceWith(message(doc, [`The ${name} widget could not be loaded. Reloading the page may help.`]));
    return;
  }
  const settings = Object.fromEntries(params);
  if (Object.keys(settings).length) (el as Settable).applySettings(settings, 'URL');
}

// A constructed sheet, not an inline <style>: a Lumen host serving embed.html with a strict CSP
// (style-src 'self') would block the latter.
const sheet = new CSSStyleSheet();
sheet.replaceSync(frameCss());
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
// The script runs: the static "could not start" sentence is not needed.
document.querySelector('.frame-fallback')?.remove();
reportHeight(document);
void show(document);

/**
 * The texts the share menu copies: a link to this page with the widget's state, the same link
 * without controls, and the two embed snippets (script + element, or an iframe). Pure string
 * work, tested in Node: every value from the state or the page goes through `escapeAttr` or
 * `URLSearchParams`, so a setting holding quotes, `<`, `>` or `&` can never close an attribute or
 * open a tag in the page it is pasted into.
 */

/** Text safe inside a double-quoted HTML attribute value (and in text content). */
export function escapeAttr(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The catalog's short name of a widget tag (`lumen-plane` → `plane`), as embed.html takes it. */
export function widgetName(tag: string): string {
  return tag.toLowerCase().replace(/^lumen-/, '');
}

/**
 * Where Lumen's built files live, from the address of one of its modules: the modules are in
 * `<base>/assets/` (the embed script itself, `embed.js`, sits in `<base>/`).
 */
export function lumenBase(moduleUrl: string): string {
  const dir = new URL('./', moduleUrl);
  return dir.pathname.endsWith('/assets/') ? new URL('../', dir).href : dir.href;
}

/** `url` with `<id>.controls=false` added: the same picture, without the widget's inputs. */
export function withoutControls(url: string, id: string): string {
  const out = new URL(url);
  out.searchParams.set(`${id}.controls`, 'false');
  return out.href;
}

/** The settings (kebab-case name → text) as ` name="value"` attributes, escaped. */
export function attributes(settings: readonly (readonly [string, string])[]): string {
  return settings.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
}

/**
 * The script + element snippet, e.g.
 * `<script type="module" src="https://host/lumen/embed.js"></script>` and
 * `<lumen-plane matrix="1 1; 0 1"></lumen-plane>` on the next line.
 */
export function scriptSnippet(
  base: string,
  tag: string,
  settings: readonly (readonly [string, string])[],
): string {
  const src = new URL('embed.js', base).href;
  const name = widgetName(tag);
  return (
    `<script type="module" src="${escapeAttr(src)}"></script>\n` +
    `<lumen-${name}${attributes(settings)}></lumen-${name}>`
  );
}

/** The iframe alternative for hosts that allow no scripts (`embed.html?widget=…&…`). */
export function iframeSnippet(
  base: string,
  tag: string,
  settings: readonly (readonly [string, string])[],
  height: number,
): string {
  const name = widgetName(tag);
  const src = new URL('embed.html', base);
  src.searchParams.set('widget', name);
  for (const [key, value] of settings) src.searchParams.set(key, value);
  const h = Number.isFinite(height) && height > 0 ? Math.ceil(height) : 720;
  return (
    `<iframe src="${escapeAttr(src.href)}" title="${escapeAttr(`Lumen: the ${name} widget`)}" ` +
    `width="100%" height="${h}" style="border:0"></iframe>`
  );
}

/** A file name for a download: `lumen-plane-main.png` (only letters, digits and dashes). */
export function fileName(tag: string, id: string, extension: string): string {
  const stem = [tag, id]
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem || 'lumen'}.${extension}`;
}

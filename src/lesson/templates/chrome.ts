/**
 * The parts around every site page: skip link, header with the controls the shell wires up
 * (static labels until then), and the footer. `root` is the relative path to dist/ ('' or
 * '../../').
 */
import { escapeHtml } from '../escape';

export function siteHeader(root: string, brand = 'Lumen'): string {
  return `<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header"><a class="brand" href="${root}index.html">${escapeHtml(brand)}</a>
<div class="site-controls">
<button type="button" id="theme-toggle">Theme: Light</button>
<button type="button" id="present-toggle" aria-pressed="false">Present</button>
<button type="button" id="fullscreen-toggle">Fullscreen</button>
<button type="button" id="help-toggle" aria-haspopup="dialog" title="Keyboard shortcuts (?)">Keys</button>
</div></header>`;
}

export const LUMEN_FOOTER_LEAD =
  'Lumen: the math under machine learning, as pictures you can move. Open source (MIT).';

/** `lead`: the footer's first line (another site built with Lumen says so there). */
export function siteFooter(lead = LUMEN_FOOTER_LEAD): string {
  return `<footer class="site-footer">
<p>${escapeHtml(lead)}</p>
<p class="keys">Keys: <kbd>t</kbd> theme · <kbd>p</kbd> projector · <kbd>f</kbd> fullscreen · <kbd>s</kbd> present · <kbd>?</kbd> all shortcuts</p>
</footer>`;
}

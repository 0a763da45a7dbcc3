/** The two small icons of the widget toolbar, built as SVG nodes (no markup strings). */
const NS = 'http://www.w3.org/2000/svg';

function icon(d: string): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '1.8');
  path.setAttribute('stroke-linecap', 'round');
  svg.append(path);
  return svg;
}

/** Four corners pointing out. */
export const enterFullscreenIcon = (): SVGSVGElement => icon('M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4');
/** Four corners pointing in. */
export const exitFullscreenIcon = (): SVGSVGElement => icon('M6 2v4H2M14 6h-4V2M10 14v-4h4M2 10h4v4');
/** An arrow leaving a box: share. */
export const shareIcon = (): SVGSVGElement => icon('M8 10V2M5 5l3-3 3 3M3 8v6h10V8');

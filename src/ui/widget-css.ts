/**
 * CSS every widget's shadow root starts with. `all: initial` on the frame cuts off whatever the
 * host page sets globally (`* { … }`, odd fonts, box-sizing), so a blog's CSS cannot reach in.
 * Custom properties still inherit, which is how themes reach the widget.
 */
export const BASE_WIDGET_CSS = `
:host { display: block; contain: content; margin: 1.5em 0; }
:host([hidden]) { display: none; }
.frame {
  all: initial;
  display: block;
  box-sizing: border-box;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: calc(var(--w-font-size) * 0.85);
  line-height: 1.45;
  color: var(--w-fg);
  background: var(--w-bg);
  border: calc(1px * var(--w-line-scale)) solid var(--w-border);
  border-radius: 10px;
  padding: 0.75em;
  -webkit-text-size-adjust: 100%;
}
.frame *, .frame *::before, .frame *::after { box-sizing: border-box; }
.messages {
  margin: 0 0 0.6em; padding: 0.5em 0.8em; list-style: none;
  border-left: calc(4px * var(--w-line-scale)) solid var(--w-error);
  background: var(--w-surface); color: var(--w-fg);
}
.messages li + li { margin-top: 0.3em; }
/* A class that sets display (.param { display: flex }) would otherwise show a hidden node. */
.frame [hidden] { display: none !important; }
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
button, input, select {
  font: inherit; color: var(--w-fg); background: var(--w-surface);
  border: calc(1px * var(--w-line-scale)) solid var(--w-border); border-radius: 6px;
  padding: 0.3em 0.6em; min-height: 2.2em; margin: 0;
}
button { cursor: pointer; }
button.primary { background: var(--w-accent); color: var(--w-on-accent); border-color: var(--w-accent); }
button[aria-pressed=true] { background: var(--w-accent); color: var(--w-on-accent); }
button:disabled { opacity: 0.55; cursor: not-allowed; }
:focus-visible { outline: calc(3px * var(--w-line-scale)) solid var(--w-focus); outline-offset: 2px; }
input[aria-invalid=true] { border-color: var(--w-error); }
label { display: inline-flex; align-items: center; gap: 0.4em; }
/* A widget's main actions moved under its picture on a phone (ActionBar): full width, compact. */
.under-picture { align-self: stretch; width: 100%; }
`;

/**
 * The box of a draggable handle over a plot (`buildHandle` in widget-dom.ts, moved by Handles): a
 * 44 px touch target centred on its tip, grabbing cursors, a fill while hovered or dragged, the
 * focus outline inside the box, hidden when `hidden`. A widget adds it to its CSS and then says
 * what the handle looks like (its colour, its `::after` ring: `handleRing`).
 */
export const HANDLE_CSS = `
.handle {
  position: absolute; left: 0; top: 0; width: 44px; height: 44px; margin: -22px 0 0 -22px;
  display: grid; place-items: center; border-radius: 50%; touch-action: none; cursor: grab; color: var(--w-fg);
}
.handle.dragging { cursor: grabbing; }
.handle:hover::after, .handle.dragging::after { background: color-mix(in srgb, currentColor 25%, transparent); }
.handle:focus-visible { outline-offset: -2px; }
.handle[hidden] { display: none; }
`;

/**
 * A handle's ring around its tip (its `::after`, in the handle's colour): `base` px plus `grow` px
 * times the theme's line scale across, a `border` px line (scaled too), and a halo of background
 * colour that keeps it apart from what it sits on: `outer`, or `both` sides for a ring that sits
 * on its own arrow (the inner halo would hide an arrowhead drawn under the ring).
 */
export function handleRing(base: number, grow: number, border: number, halo: 'outer' | 'both'): string {
  const scaled = (px: number): string => `calc(${px}px * var(--w-line-scale))`;
  const size = `calc(${base}px + ${grow}px * var(--w-line-scale))`;
  const outer = `0 0 0 ${scaled(1.5)} var(--w-bg)`;
  return `
.handle::after {
  content: ""; border-radius: 50%; width: ${size}; height: ${size};
  border: ${scaled(border)} solid currentColor;
  box-shadow: ${halo === 'both' ? `${outer}, inset ${outer}` : outer};
}`;
}

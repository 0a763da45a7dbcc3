/**
 * The CSS of `<lumen-derivative>`'s shadow root (after the shared base CSS). Colours only through
 * the `--w-*` theme variables. The plot is as wide as the widget (4:3 for the tangent, wider and
 * flatter for the three number lines); the panel sits beside it in a wide widget, below otherwise.
 */
import { HANDLE_CSS } from '../../ui/widget-css';

export const DERIVATIVE_CSS = `${HANDLE_CSS}
:host { container-type: inline-size; }
.layout { display: flex; flex-direction: column; gap: 0.9em; }
.plot {
  position: relative; width: 100%; aspect-ratio: 4 / 3; max-height: 78vh;
  user-select: none; -webkit-user-select: none;
}
.plot.chain { aspect-ratio: 8 / 5; }
.plot canvas { position: absolute; inset: 0; width: 100%; height: 100%; display: block; border-radius: 6px; cursor: crosshair; }
.handle::after {
  content: ""; border-radius: 50%;
  width: calc(14px + 8px * var(--w-line-scale)); height: calc(14px + 8px * var(--w-line-scale));
  border: calc(2px * var(--w-line-scale)) solid transparent;
}
/* The point sits over the secant's end: with h near 0 the point must stay draggable (review D2);
   the end is still reachable on its far side, by keys and by the h slider. */
.handle[data-handle="point"] { color: var(--w-data); z-index: 1; }
.handle[data-handle="secant"] { color: var(--w-i); }
/* x sits on top of the tip of a tiny nudge: the tip is still reachable on its far side, by keys and the slider. */
.handle[data-handle="x"] { color: var(--w-i); z-index: 2; }
.handle[data-handle="nudge"] { color: var(--w-i); }
.handle[data-handle="nudge"]:not(.dragging) { cursor: ew-resize; }
.handle:hover::after, .handle:focus-visible::after, .handle.dragging::after {
  border-color: currentColor; background: color-mix(in srgb, currentColor 20%, transparent);
}
.side { display: flex; flex-direction: column; gap: 0.7em; min-width: 0; container: side / inline-size; }
.side p { margin: 0; }
.formula { overflow-x: auto; overflow-y: hidden; min-height: 2.5em; padding: 0.1em 0; }
.formula .katex-display { margin: 0; text-align: left; }
.formula .katex-display > .katex { text-align: left; }
.readout { font-variant-numeric: tabular-nums; }
.predict { display: flex; flex-direction: column; gap: 0.5em; padding: 0.6em 0.75em;
  border-left: calc(4px * var(--w-line-scale)) solid var(--w-accent); background: var(--w-surface); }
.predict-result:empty { display: none; }
.predict-result { font-weight: 600; }
.functions, .controls { display: flex; flex-direction: column; gap: 0.5em; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.45em 0.7em; }
.row-name, .fn-name { font-weight: 600; white-space: nowrap; }
label.fn { flex: 1 1 14em; min-width: 0; }
label.fn input { flex: 1 1 auto; min-width: 6em; width: 100%; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
input[name="guess"] { width: 7em; }
input[type="range"] { padding: 0; min-height: 0; accent-color: var(--w-accent); width: 10em; max-width: 50vw; }
select { max-width: 100%; min-width: 0; }
.value { font-variant-numeric: tabular-nums; min-width: 4.5em; }
.input-error, .guess-error { color: var(--w-error); font-size: 0.92em; }
.input-error:empty, .guess-error:empty { display: none; }
.hint { color: var(--w-muted); font-size: 0.88em; }
@container (max-width: 520px) {
  .plot.chain { aspect-ratio: 1 / 1; }
}
@container (min-width: 860px) {
  .layout { flex-direction: row; align-items: flex-start; }
  .plot { width: 58%; flex: none; }
  .side { flex: 1 1 0; }
}
`;

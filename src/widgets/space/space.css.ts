/**
 * The CSS of `<lumen-space>`'s shadow root (after the shared base CSS). Colours only through the
 * `--w-*` theme variables. The 3D view is a square that fills the widget up to
 * `--lumen-space-max` (640px by default); the controls sit beside it in a wide widget and below
 * it in a blog column or on a phone. Without WebGL the square gives way to a message.
 */
import { HANDLE_CSS, handleRing } from '../../ui/widget-css';

export const SPACE_CSS = `
:host { container-type: inline-size; }
.layout { display: flex; flex-direction: column; align-items: center; gap: 0.9em; }
/* No rounded corners or clipping around the canvas: a rounded WebGL layer has to be masked on
   every frame, which on software WebGL cost more than drawing the scene itself. */
.plot {
  position: relative; flex: none;
  width: 100%; max-width: var(--lumen-space-max, 640px); aspect-ratio: 1 / 1;
  /* A vertical swipe scrolls the page; a sideways drag or two fingers turn (TurnGesture). */
  touch-action: pan-y; user-select: none; -webkit-user-select: none;
  background: var(--w-bg);
}
.stage { position: absolute; inset: 0; cursor: grab; }
.stage.orbiting { cursor: grabbing; }
.stage:focus-visible { outline-offset: -3px; }
.stage canvas { position: absolute; inset: 0; width: 100%; height: 100%; display: block; }
.plot.no-gl { aspect-ratio: auto; overflow: visible; }
.plot.no-gl .stage { position: static; cursor: default; }
.plot.no-gl .gl-message { position: static; }
.plot.no-gl .handle, .plot.no-gl .axis-label, .plot.no-gl .cross-label { display: none; }
.gl-message {
  position: absolute; left: 0.5em; right: 0.5em; top: 0.5em; margin: 0; padding: 0.8em 1em;
  border-left: calc(4px * var(--w-line-scale)) solid var(--w-error); background: var(--w-surface);
}
/* The overlays move on every frame of an orbit: as layers of their own they are drawn once and
   only moved, instead of being painted again each frame. */
.handle, .axis-label, .cross-label { will-change: transform; }
.axis-label, .cross-label {
  position: absolute; left: 0; top: 0; pointer-events: none; font-style: italic;
  transform-origin: 0 0; color: var(--w-axis); font-size: 0.95em;
  text-shadow: 0 0 3px var(--w-bg), 0 0 3px var(--w-bg);
}
/* Beside the point rather than on it: clear of the axis line and of the arrowhead. */
.axis-label { margin: -1.1em 0 0 0.3em; }
.cross-label { color: var(--w-gradient); font-style: normal; font-weight: 600; margin: -0.6em 0 0 0.9em; }
.axis-label[hidden], .cross-label[hidden] { display: none; }
${HANDLE_CSS}${handleRing(14, 8, 2, 'outer')}
.handle[data-handle="i"] { color: var(--w-i); }
.handle[data-handle="j"] { color: var(--w-j); }
.handle[data-handle="k"] { color: var(--w-k); }
.tip-name {
  position: absolute; left: 100%; top: -0.35em; margin-left: -0.2em;
  font-weight: 700; font-size: 1.05em; pointer-events: none;
  text-shadow: 0 0 3px var(--w-bg), 0 0 3px var(--w-bg), 0 0 2px var(--w-bg);
}
.side { width: 100%; max-width: var(--lumen-space-max, 640px); display: flex; flex-direction: column; gap: 0.75em; }
.formula { overflow-x: auto; overflow-y: hidden; min-height: 3em; padding: 0.1em 0; }
.formula .katex-display { margin: 0; text-align: left; }
.formula .katex-display > .katex { text-align: left; }
.formula .katex { font-size: 1.05em; }
.readouts { display: flex; flex-direction: column; gap: 0.3em; }
.readouts p { margin: 0; }
.readout-det.flipped, .readout-det.flat { color: var(--w-error); }
.readout-cross:empty { display: none; }
.predict { display: flex; flex-direction: column; gap: 0.5em; padding: 0.6em 0.75em;
  border-left: calc(4px * var(--w-line-scale)) solid var(--w-accent); background: var(--w-surface); }
.predict p { margin: 0; }
.predict .buttons { display: flex; flex-wrap: wrap; gap: 0.5em; }
.predict-result:empty { display: none; }
input[name="guess"] { width: 8em; }
.controls { display: flex; flex-direction: column; gap: 0.7em; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1em; }
.view-row { gap: 0.5em; }
.view-row button[name^="zoom"] { min-width: 2.4em; font-weight: 700; }
.field { display: inline-flex; flex-direction: column; align-items: flex-start; gap: 0.25em; max-width: 100%; }
.field > label { font-weight: 600; }
input[name="matrix"] { width: 16em; max-width: 100%; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
select { max-width: 100%; }
input[type="range"] { padding: 0; min-height: 0; accent-color: var(--w-accent); width: 12em; max-width: 60vw; }
.input-error { color: var(--w-error); font-size: 0.92em; margin: 0; }
.input-error:empty { display: none; }
.hint { color: var(--w-muted); font-size: 0.88em; margin: 0; }
[hidden] { display: none !important; }
@container (min-width: 620px) {
  .layout { flex-direction: row; align-items: flex-start; }
  .plot { width: min(var(--lumen-space-max, 640px), 58%, 78vh); }
  .layout.no-gl { flex-direction: column; }
  .layout.no-gl .plot, .layout.no-gl .side { width: 100%; max-width: none; flex: none; }
  .side { flex: 1 1 0; min-width: 0; }
}
`;

/**
 * The CSS of `<lumen-descent>`'s shadow root (after the shared base CSS). Colours only through the
 * `--w-*` theme variables. The 3D view and the contour map are two squares side by side in a wide
 * widget and one above the other on a phone; each is at most 380px, which keeps the WebGL canvas
 * modest (software WebGL pays for every pixel).
 */
export const DESCENT_CSS = `
:host { container-type: inline-size; }
.layout { display: flex; flex-direction: column; gap: 0.75em; }
.controls { display: flex; flex-direction: column; gap: 0.4em; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1em; }
.row > label { flex-wrap: wrap; max-width: 100%; }
select, input[type="text"] { max-width: 100%; }
input[name="rates"] { width: 13em; }
input[type="range"] { min-height: 0; padding: 0; accent-color: var(--w-accent); width: 8em; }
.value { font-variant-numeric: tabular-nums; min-width: 2.5em; }
.hint { color: var(--w-muted); font-size: 0.88em; margin: 0; }
.error { color: var(--w-error); font-weight: 600; margin: 0; }
.error:empty { display: none; }
.status { margin: 0; font-variant-numeric: tabular-nums; }
.views { display: grid; grid-template-columns: 1fr; gap: 0.75em; justify-items: center; }
@container (min-width: 600px) { .views { grid-template-columns: 1fr 1fr; } }
.plot, .map { position: relative; width: 100%; max-width: 380px; aspect-ratio: 1 / 1; background: var(--w-bg); }
.plot { touch-action: pan-y; user-select: none; -webkit-user-select: none; }
.stage { position: absolute; inset: 0; cursor: grab; }
.stage.orbiting { cursor: grabbing; }
.stage:focus-visible, .map canvas:focus-visible { outline-offset: -3px; }
.stage canvas, .map canvas, .chart canvas { position: absolute; inset: 0; width: 100%; height: 100%; display: block; }
.map canvas { cursor: crosshair; touch-action: manipulation; }
.plot.no-gl { aspect-ratio: auto; }
.plot.no-gl .stage { display: none; }
.gl-message {
  position: absolute; left: 0.5em; right: 0.5em; top: 0.5em; margin: 0; padding: 0.8em 1em;
  border-left: calc(4px * var(--w-line-scale)) solid var(--w-error); background: var(--w-surface);
}
.plot.no-gl .gl-message { position: static; }
.lower { display: flex; flex-wrap: wrap; gap: 0.75em 1.25em; align-items: flex-start; }
.chart-wrap { flex: 1 1 20em; min-width: 0; display: flex; flex-direction: column; gap: 0.2em; }
.chart { position: relative; height: 190px; }
.runs { flex: 1 1 16em; list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.35em; }
.runs li { display: flex; align-items: flex-start; gap: 0.4em; }
.runs label { align-items: flex-start; }
.runs input { min-height: 0; width: 1.1em; height: 1.1em; margin-top: 0.2em; accent-color: var(--w-accent); }
.swatch { flex: none; width: 1.4em; height: calc(4px * var(--w-line-scale)); margin-top: 0.7em; border-radius: 2px; background: currentColor; }
.runs .diverged { color: var(--w-error); font-weight: 600; }
.formula { overflow-x: auto; overflow-y: hidden; min-height: 2.5em; padding: 0.1em 0; }
.formula .katex-display { margin: 0; text-align: left; }
.formula .katex-display > .katex { text-align: left; }
[hidden] { display: none !important; }
`;

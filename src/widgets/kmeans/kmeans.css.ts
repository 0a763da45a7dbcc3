/**
 * The CSS of `<lumen-kmeans>`'s shadow root (after the shared base CSS). Colours only through the
 * `--w-*` theme variables. A square plot with the side panel beside it in a wide widget and below
 * it on a phone.
 */
import { RUN_CSS } from '../../ui/run-controller';
import { DATA_EDITOR_CSS } from '../../ui/data-editor/dom';

export const KMEANS_CSS = `${RUN_CSS}
${DATA_EDITOR_CSS}
:host { container-type: inline-size; }
.layout { display: flex; flex-direction: column; align-items: center; gap: 0.9em; }
.plot {
  position: relative; flex: none; width: 100%; max-width: 620px; aspect-ratio: 1 / 1;
  user-select: none; -webkit-user-select: none;
}
.plot canvas { position: absolute; inset: 0; width: 100%; height: 100%; display: block; border-radius: 6px; background: var(--w-bg); cursor: crosshair; }
.handle {
  position: absolute; left: 0; top: 0; width: 36px; height: 36px; margin: -18px 0 0 -18px;
  border-radius: 50%; touch-action: none; cursor: grab;
}
.handle.dragging { cursor: grabbing; }
.handle:focus-visible { outline: calc(3px * var(--w-line-scale)) solid var(--w-focus); outline-offset: 2px; }
.side { width: 100%; max-width: 620px; display: flex; flex-direction: column; gap: 0.7em; min-width: 0; }
.side p { margin: 0; }
.phase { font-weight: 600; min-height: 2.6em; }
.formula { overflow-x: auto; overflow-y: hidden; min-height: 3em; padding: 0.1em 0; }
.formula .katex-display { margin: 0; text-align: left; }
.formula .katex-display > .katex { text-align: left; }
.inertia-list { color: var(--w-muted); font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.charts { display: flex; flex-direction: column; gap: 0.6em; }
.chart { position: relative; }
.chart canvas { width: 100%; height: 150px; display: block; border-radius: 6px; }
.chart-text { font-size: 0.9em; }
.controls { display: flex; flex-direction: column; gap: 0.5em; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 0.8em; }
.row label { max-width: 100%; }
.row select { max-width: 100%; min-width: 0; }
.check { display: inline-flex; align-items: center; gap: 0.3em; }
.hint { color: var(--w-muted); font-size: 0.88em; }
[hidden] { display: none !important; }
.layout.mnist .plane-only, .layout:not(.mnist) .mnist-only { display: none !important; }
.digits { width: 100%; max-width: 620px; display: flex; flex-direction: column; gap: 0.5em; }
.digits progress { width: 100%; }
.digits-status { margin: 0; color: var(--w-muted); font-size: 0.9em; }
.digit-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(6.2em, 1fr)); gap: 0.6em; }
.digit { margin: 0; display: flex; flex-direction: column; gap: 0.25em; min-width: 0; }
.digit canvas {
  width: 100%; aspect-ratio: 1 / 1; image-rendering: pixelated; display: block;
  border: calc(1px * var(--w-line-scale)) solid var(--w-border); border-radius: 4px;
}
.digit figcaption { font-size: 0.82em; line-height: 1.25; overflow-wrap: anywhere; }
@container (min-width: 760px) {
  .layout { flex-direction: row; align-items: flex-start; }
  .plot { width: min(620px, 54%, 78vh); }
  .side { flex: 1 1 0; }
}
`;

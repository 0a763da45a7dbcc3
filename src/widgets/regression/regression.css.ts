/** The CSS of `<lumen-regression>`'s shadow root (after the base CSS); colours only via `--w-*`. */
import { DATA_EDITOR_CSS } from '../../ui/data-editor/dom';
import { RUN_CSS } from '../../ui/run-controller';

export const REGRESSION_CSS = `
:host { container-type: inline-size; }
.layout { display: flex; flex-direction: column; gap: 0.9em; }
.plots { display: flex; flex-direction: column; gap: 0.6em; min-width: 0; }
.plot { position: relative; width: 100%; aspect-ratio: 4 / 3; user-select: none; -webkit-user-select: none; border-radius: 6px; }
.plot canvas { position: absolute; inset: 0; display: block; width: 100%; height: 100%; border-radius: 6px; }
.loss-plot canvas { display: block; width: 100%; height: 100%; border-radius: 6px; }
.loss-plot { width: 100%; }
.loss-plot canvas { aspect-ratio: 4 / 3; height: auto; }
.space-view { position: relative; width: 100%; touch-action: pan-y; cursor: grab; border-radius: 6px; }
.space-view:active { cursor: grabbing; }
.space-view canvas { display: block; width: 100%; border-radius: 6px; }
.space-plot .caption { margin: 0.3em 0 0; font-variant-numeric: tabular-nums; }
.loss-plot .caption { margin: 0.2em 0 0; color: var(--w-muted); font-size: 0.88em; }

.side { display: flex; flex-direction: column; gap: 0.75em; min-width: 0; }
.side p { margin: 0; }
.formula { overflow-x: auto; overflow-y: hidden; min-height: 5.5em; }
.formula .katex-display { margin: 0; text-align: left; }
.formula .katex { font-size: 1em; }
.readouts { display: flex; flex-direction: column; gap: 0.35em; font-variant-numeric: tabular-nums; }
.read-exact { color: var(--w-fg); }
.read-split:empty { display: none; }
.controls { display: flex; flex-direction: column; gap: 0.55em; }
.range { display: grid; grid-template-columns: 4.2em minmax(3em, 1fr) 4.2em; align-items: center; gap: 0.5em; }
.range-name { font-weight: 600; }
.range output { text-align: right; font-variant-numeric: tabular-nums; }
input[type="range"] { padding: 0; min-height: 1.6em; accent-color: var(--w-accent); width: 100%; min-width: 0; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 0.9em; }
.hint { color: var(--w-muted); font-size: 0.88em; }
[hidden] { display: none !important; }
@container (min-width: 760px) {
  .layout { flex-direction: row; align-items: flex-start; }
  .plots { flex: 1.25 1 0; }
  .side { flex: 1 1 0; }
  .loss-plot { width: 75%; }
}
${DATA_EDITOR_CSS}
${RUN_CSS}
`;

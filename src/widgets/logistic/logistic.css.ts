/** The CSS of `<lumen-logistic>`'s shadow root (after the base CSS); colours only via `--w-*`. */
import { DATA_EDITOR_CSS } from '../../ui/data-editor/dom';
import { RUN_CSS } from '../../ui/run-controller';

export const LOGISTIC_CSS = `
:host { container-type: inline-size; }
.layout { display: flex; flex-direction: column; gap: 0.9em; }
.plots { display: flex; flex-direction: column; gap: 0.6em; min-width: 0; }
.plot { position: relative; width: 100%; aspect-ratio: 4 / 3; user-select: none; -webkit-user-select: none; border-radius: 6px; }
.plot canvas { position: absolute; inset: 0; display: block; width: 100%; height: 100%; border-radius: 6px; }
canvas.loss { display: block; width: 100%; aspect-ratio: 3 / 1; border-radius: 6px; }

.side { display: flex; flex-direction: column; gap: 0.75em; min-width: 0; }
.side p { margin: 0; }
.formula { overflow-x: auto; overflow-y: hidden; min-height: 5.5em; }
.formula .katex-display { margin: 0; text-align: left; }
.formula .katex { font-size: 1em; }
.readouts { display: flex; flex-direction: column; gap: 0.35em; font-variant-numeric: tabular-nums; }
.read-separable:empty, .read-fit:empty { display: none; }
.read-separable { color: var(--w-error); font-weight: 600; }
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
}
${DATA_EDITOR_CSS}
${RUN_CSS}
`;

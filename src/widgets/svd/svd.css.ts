/**
 * The CSS of `<lumen-svd>`'s shadow root (after the shared base CSS). Colours only through the
 * `--w-*` theme variables. Like the plane: a square plot up to `--lumen-svd-max` (640px), the side
 * panel beside it in a wide widget and below it in a blog column or on a phone.
 */
import { HANDLE_CSS, handleRing } from '../../ui/widget-css';

export const SVD_CSS = `
:host { container-type: inline-size; }
.layout { display: flex; flex-direction: column; align-items: center; gap: 0.9em; }
.plot {
  position: relative; flex: none;
  width: 100%; max-width: var(--lumen-svd-max, 640px); aspect-ratio: 1 / 1;
  user-select: none; -webkit-user-select: none;
}
.plot canvas {
  position: absolute; inset: 0; width: 100%; height: 100%; display: block;
  border-radius: 6px; background: var(--w-bg);
}
.plot.pca canvas { cursor: crosshair; }
${HANDLE_CSS}${handleRing(12, 8, 2.5, 'both')}
/* The selected point shows its ring only while it is being handled: the canvas draws the points. */
.handle[data-handle="point"] { color: var(--w-data); }
.handle[data-handle="point"]:not(:focus):not(:hover):not(.dragging)::after { border-color: transparent; box-shadow: none; }
/* The keyboard cross appears when it has the focus (pointer users place points directly). */
.handle[data-handle="cursor"] { cursor: default; }
.handle[data-handle="cursor"]::after {
  border-radius: 0; border: 0; box-shadow: none;
  width: calc(22px + 6px * var(--w-line-scale)); height: calc(22px + 6px * var(--w-line-scale));
  background:
    linear-gradient(currentColor, currentColor) center / calc(2.5px * var(--w-line-scale)) 100% no-repeat,
    linear-gradient(currentColor, currentColor) center / 100% calc(2.5px * var(--w-line-scale)) no-repeat;
  opacity: 0;
}
.handle[data-handle="cursor"]:focus::after { opacity: 1; }
.handle[data-handle="guess"] { color: var(--w-fg); }
.handle[data-handle="guess"]::after { border-style: dashed; }
/* Opaque over the plot, but under the hover fill (hence no specificity). */
:where(.handle[data-handle="guess"])::after { background: var(--w-bg); }
.side {
  width: 100%; max-width: var(--lumen-svd-max, 640px); display: flex; flex-direction: column; gap: 0.75em; min-width: 0;
}
.formula { overflow-x: auto; overflow-y: hidden; min-height: 3em; padding: 0.1em 0; }
.formula .katex-display { margin: 0; text-align: left; }
.formula .katex-display > .katex { text-align: left; }
.formula .katex { font-size: 1.02em; }
.side p { margin: 0; }
.svd-panel, .pca-panel, .cloud-controls { display: flex; flex-direction: column; gap: 0.6em; }
.readouts { display: flex; flex-direction: column; gap: 0.35em; }
.stage-caption { font-weight: 600; }
.stages { margin: 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 0.25em; counter-reset: stage; }
.stages li {
  counter-increment: stage; padding: 0.15em 0.5em; color: var(--w-muted);
  border-left: calc(4px * var(--w-line-scale)) solid var(--w-border);
}
.stages li::before { content: counter(stage) ". "; font-weight: 700; }
.stages li.done { color: var(--w-fg); }
.stages li[aria-current="step"] { color: var(--w-fg); font-weight: 600; border-left-color: var(--w-accent); background: var(--w-surface); }
.predict { display: flex; flex-direction: column; gap: 0.5em; padding: 0.6em 0.75em;
  border-left: calc(4px * var(--w-line-scale)) solid var(--w-accent); background: var(--w-surface); }
.predict .buttons { display: flex; flex-wrap: wrap; gap: 0.5em; }
.predict-result:empty { display: none; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 0.75em; }
.field { display: inline-flex; flex-direction: column; align-items: flex-start; gap: 0.25em; }
.field > label { font-weight: 600; }
input[name="matrix"] { width: 12em; max-width: 100%; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
input[type="range"] { padding: 0; min-height: 0; accent-color: var(--w-accent); width: 10em; max-width: 60vw; }
input[type="checkbox"] { min-height: 0; width: 1.15em; height: 1.15em; accent-color: var(--w-accent); }
select { max-width: 100%; min-width: 0; }
.mode-row label { flex-wrap: wrap; max-width: 100%; }
.input-error, .guess-error { color: var(--w-error); font-size: 0.92em; }
.input-error:empty, .guess-error:empty { display: none; }
.hint { color: var(--w-muted); font-size: 0.88em; }
.bars { display: flex; flex-direction: column; gap: 0.35em; }
.bar { display: grid; grid-template-columns: 3.2em 1fr 4.2em; align-items: center; gap: 0.5em; }
.bar-name { font-weight: 700; }
.bar[data-axis="1"] .bar-name { color: var(--w-i); }
.bar[data-axis="2"] .bar-name { color: var(--w-j); }
.bar-track { height: 0.9em; background: var(--w-surface); border: calc(1px * var(--w-line-scale)) solid var(--w-border); border-radius: 3px; overflow: hidden; }
.bar-fill { height: 100%; width: 0; }
.bar[data-axis="1"] .bar-fill { background: var(--w-i); }
.bar[data-axis="2"] .bar-fill { background: var(--w-j); }
.bar-value { text-align: right; font-variant-numeric: tabular-nums; }
[hidden] { display: none !important; }
@container (min-width: 620px) {
  .layout { flex-direction: row; align-items: flex-start; }
  .plot { width: min(var(--lumen-svd-max, 640px), 56%, 78vh); }
  .side { flex: 1 1 0; }
}
`;

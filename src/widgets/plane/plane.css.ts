/**
 * The CSS of `<lumen-plane>`'s shadow root (after the shared base CSS). Colours only through the
 * `--w-*` theme variables. The plot is a square that fills the widget up to
 * `--lumen-plane-max` (640px by default; a page may raise it, e.g. for presenting); the controls
 * sit beside it in a wide widget and below it in a blog column or on a phone.
 */
import { HANDLE_CSS, handleRing } from '../../ui/widget-css';

export const PLANE_CSS = `
:host { container-type: inline-size; }
.layout { display: flex; flex-direction: column; align-items: center; gap: 0.9em; }
.plots { flex: none; width: 100%; max-width: var(--lumen-plane-max, 640px); display: flex; gap: 0.75em; }
.plot-wrap { margin: 0; flex: 1 1 0; min-width: 0; display: flex; flex-direction: column; gap: 0.3em; }
.plot-caption { margin: 0; font-weight: 600; }
.plot {
  position: relative; flex: none;
  width: 100%; aspect-ratio: 1 / 1;
  user-select: none; -webkit-user-select: none;
}
.plot canvas {
  position: absolute; inset: 0; width: 100%; height: 100%; display: block;
  border-radius: 6px; background: var(--w-bg);
}
${HANDLE_CSS}${handleRing(12, 10, 2.5, 'both')}
.handle[data-handle="i"] { color: var(--w-i); }
.handle[data-handle="j"] { color: var(--w-j); }
/* The plot draws the guess's dashed ring itself (it stays after Reveal); the handle only adds hover. */
.handle[data-handle="guess"]::after { border-color: transparent; }
.side { width: 100%; max-width: var(--lumen-plane-max, 640px); display: flex; flex-direction: column; gap: 0.75em; }
.formula { overflow-x: auto; overflow-y: hidden; min-height: 3em; padding: 0.1em 0; }
.formula .katex-display { margin: 0; text-align: left; }
.formula .katex-display > .katex { text-align: left; }
.formula .katex { font-size: 1.1em; }
.readouts p, .predict p { margin: 0; }
.readout-main { display: flex; flex-direction: column; gap: 0.35em; }
.readout-main p { margin: 0; }
.readout-main p.refusal { padding: 0.45em 0.65em; border-left: calc(4px * var(--w-line-scale)) solid var(--w-error); background: var(--w-surface); }
.readouts { display: flex; flex-direction: column; gap: 0.35em; }
.readouts p:empty { display: none; }
.predict { display: flex; flex-direction: column; gap: 0.5em; padding: 0.6em 0.75em;
  border-left: calc(4px * var(--w-line-scale)) solid var(--w-accent); background: var(--w-surface); }
.predict .buttons { display: flex; flex-wrap: wrap; gap: 0.5em; }
.predict-result:empty, .guess-error:empty { display: none; }
.guess-error { color: var(--w-error); }
.controls { display: flex; flex-direction: column; gap: 0.7em; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1em; }
/* A label holding a control wraps it below its text rather than pushing it out of a narrow widget. */
.row > label { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0.25em; max-width: 100%; }
select { max-width: 100%; }
.field { display: inline-flex; flex-direction: column; align-items: flex-start; gap: 0.25em; }
.field > label { font-weight: 600; }
input[name="matrix"] { width: 12em; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
input[name="angle"] { width: 6em; }
input[type="range"] { padding: 0; min-height: 0; accent-color: var(--w-accent); width: 12em; max-width: 60vw; }
input[type="checkbox"] { min-height: 0; width: 1.15em; height: 1.15em; accent-color: var(--w-accent); }
.input-error, .angle-error, .second-error, .weight-error { color: var(--w-error); font-size: 0.92em; margin: 0; }
.input-error:empty, .angle-error:empty, .second-error:empty, .weight-error:empty { display: none; }
.weights { display: flex; flex-direction: column; gap: 0.4em; }
.weight label { font-weight: 600; min-width: 9em; }
input[type="number"][name$="-number"] { width: 5.5em; }
.hint { color: var(--w-muted); font-size: 0.88em; margin: 0; }
[hidden] { display: none !important; }
/* Beside each other as soon as the controls still get a readable column, so that the plot,
   its formula and its controls fit on one laptop screen together. */
@container (min-width: 620px) {
  .layout { flex-direction: row; align-items: flex-start; }
  .plots { width: min(var(--lumen-plane-max, 640px), 58%, 78vh); }
  .side { flex: 1 1 0; min-width: 0; }
  /* Two plots (composition) take the full width side by side; the formula and controls go below. */
  .layout.two-plots { flex-direction: column; align-items: center; }
  .layout.two-plots .plots { width: 100%; max-width: calc(2 * var(--lumen-plane-max, 640px)); }
  .layout.two-plots .side { width: 100%; flex: none; }
}
/* A phone: the two plots of a composition stack. */
@container (max-width: 519px) {
  .layout.two-plots .plots { flex-direction: column; }
}
`;

/**
 * The CSS of `<lumen-covariance>`'s shadow root (after the shared base CSS). Colours only through
 * the `--w-*` theme variables. Like `<lumen-svd>`: a square plot, the side panel beside it in a
 * wide widget and below it on a phone.
 */
import { HANDLE_CSS, handleRing } from '../../ui/widget-css';

export const COVARIANCE_CSS = `
:host { container-type: inline-size; }
.layout { display: flex; flex-direction: column; align-items: center; gap: 0.9em; }
.plot {
  position: relative; flex: none; width: 100%; max-width: 620px; aspect-ratio: 1 / 1;
  user-select: none; -webkit-user-select: none;
}
.plot canvas { position: absolute; inset: 0; width: 100%; height: 100%; display: block; border-radius: 6px; background: var(--w-bg); }
${HANDLE_CSS}${handleRing(12, 8, 3, 'outer')}
.handle { color: var(--w-model); }
.handle::after { background: var(--w-bg); }
.handle[data-handle="minor"]::after { border-style: double; border-width: calc(4px * var(--w-line-scale)); }
.handle:hover::after, .handle.dragging::after { background: color-mix(in srgb, currentColor 30%, var(--w-bg)); }
.side { width: 100%; max-width: 620px; display: flex; flex-direction: column; gap: 0.75em; min-width: 0; }
.side p { margin: 0; }
.formula { overflow-x: auto; overflow-y: hidden; min-height: 3em; padding: 0.1em 0; }
.formula .katex-display { margin: 0; text-align: left; }
.formula .katex-display > .katex { text-align: left; }
.formula .katex { font-size: 1.02em; }
.readouts { display: flex; flex-direction: column; gap: 0.35em; }
.readout-axes { color: var(--w-fg); }
.readout-sample { color: var(--w-fg); }
.controls { display: flex; flex-direction: column; gap: 0.45em; }
.slider { display: grid; grid-template-columns: 2.5em minmax(3em, 1fr) 2.8em; align-items: center; gap: 0.5em; }
.slider-name { font-weight: 700; }
.slider[data-slider="sd-x"] .slider-name { color: var(--w-i); }
.slider[data-slider="sd-y"] .slider-name { color: var(--w-j); }
.slider[data-slider="rho"] .slider-name { color: var(--w-gradient); }
.slider-value { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
input[type="range"] { padding: 0; min-height: 1.6em; accent-color: var(--w-accent); width: 100%; min-width: 0; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 0.9em; }
.hint { color: var(--w-muted); font-size: 0.88em; }
.predict { display: flex; flex-direction: column; gap: 0.5em; padding: 0.6em 0.75em;
  border-left: calc(4px * var(--w-line-scale)) solid var(--w-accent); background: var(--w-surface); }
.predict-result { font-weight: 600; }
.predict-result:empty { display: none; }
[hidden] { display: none !important; }
@container (min-width: 700px) {
  .layout { flex-direction: row; align-items: flex-start; }
  .plot { width: min(620px, 54%, 78vh); }
  .side { flex: 1 1 0; }
}
`;

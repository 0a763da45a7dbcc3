/**
 * The CSS of `<lumen-bayes>`'s shadow root (after the shared base CSS). Colours only through the
 * `--w-*` theme variables: the condition in the î colour (squares), no condition in the ĵ colour
 * (circles), filled for a positive test; the coin's data and posterior in the data and model colours.
 */
export const BAYES_CSS = `
:host { container-type: inline-size; }
.layout { display: flex; flex-direction: column; gap: 0.8em; }
.test-panel, .coin-panel { display: flex; flex-direction: column; gap: 0.7em; }
.controls { display: grid; grid-template-columns: 1fr; gap: 0.35em 1.2em; }
@container (min-width: 640px) { .controls { grid-template-columns: 1fr 1fr; } }
.slider { display: grid; grid-template-columns: minmax(0, 1.3fr) minmax(3em, 1fr) 3.6em; align-items: center; gap: 0.5em; }
.slider-value { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
.slider[data-slider="prevalence"] .slider-name, .slider[data-slider="sensitivity"] .slider-name { color: var(--w-i); font-weight: 600; }
.slider[data-slider="false-positive"] .slider-name { color: var(--w-j); font-weight: 600; }
input[type="range"] { padding: 0; min-height: 1.6em; accent-color: var(--w-accent); width: 100%; min-width: 0; }
input[type="checkbox"] { min-height: 0; width: 1.15em; height: 1.15em; accent-color: var(--w-accent); }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 0.9em; }
.legend { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: 1fr; gap: 0.2em 1.2em; font-size: 0.92em; }
@container (min-width: 640px) { .legend { grid-template-columns: 1fr 1fr; } }
.legend li { display: flex; align-items: center; gap: 0.5em; }
.legend .count { margin-left: auto; font-variant-numeric: tabular-nums; font-weight: 700; }
.glyph { flex: none; width: 0.95em; height: 0.95em; box-sizing: border-box; border: calc(2px * var(--w-line-scale)) solid; }
[data-group="truePositive"] .glyph { background: var(--w-i); border-color: var(--w-i); }
[data-group="falseNegative"] .glyph { border-color: var(--w-i); }
[data-group="falsePositive"] .glyph { background: var(--w-j); border-color: var(--w-j); border-radius: 50%; }
[data-group="trueNegative"] .glyph { border-color: var(--w-j); border-radius: 50%; opacity: 0.7; }
.testing [data-group] .glyph { background: transparent; }
[data-group="truePositive"], [data-group="falsePositive"] { background: color-mix(in srgb, var(--w-accent) 12%, transparent); border-radius: 4px; padding: 0 0.3em; }
.testing [data-group], .no-shade [data-group] { background: none; }
.dots-box, .density-box { position: relative; width: 100%; }
.dots-box canvas, .density-box canvas { display: block; width: 100%; border-radius: 6px; }
.readouts { display: flex; flex-direction: column; gap: 0.3em; }
.readouts p, .coin-panel p { margin: 0; }
.readout-posterior { font-weight: 600; }
.coin-legend { grid-template-columns: repeat(auto-fit, minmax(9em, 1fr)); }
.swatch { display: inline-block; width: 1.6em; height: 0; border-top: calc(3px * var(--w-line-scale)) solid; margin-right: 0.4em; vertical-align: middle; }
[data-curve="prior"] .swatch { border-top-style: dashed; border-color: var(--w-muted); }
[data-curve="posterior"] .swatch { border-color: var(--w-model); }
[data-curve="interval"] .swatch { height: 0.8em; border: 0; background: color-mix(in srgb, var(--w-model) 30%, transparent); }
[data-curve="true"] .swatch { border-top-style: dotted; border-color: var(--w-data); }
.history { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; letter-spacing: 0.08em; color: var(--w-data); overflow-wrap: anywhere; min-height: 1.45em; }
.hint { color: var(--w-muted); font-size: 0.88em; }
.predict { display: flex; flex-direction: column; gap: 0.5em; padding: 0.6em 0.75em;
  border-left: calc(4px * var(--w-line-scale)) solid var(--w-accent); background: var(--w-surface); }
.predict p { margin: 0; }
.predict input[name="guess"] { width: 5em; }
.guess-error { color: var(--w-error); font-weight: 600; font-size: 0.92em; }
.guess-error:empty, .predict-result:empty { display: none; }
.predict-result { font-weight: 600; }
.formula { overflow-x: auto; overflow-y: hidden; min-height: 3em; padding: 0.1em 0; }
.formula .katex-display { margin: 0; text-align: left; }
.formula .katex-display > .katex { text-align: left; }
.formula .katex { font-size: 1.12em; }
[hidden] { display: none !important; }
`;

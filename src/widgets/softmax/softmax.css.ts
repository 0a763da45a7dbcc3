/** The CSS of `<lumen-softmax>`'s shadow root (after the base CSS); colours only via `--w-*`. */
export const SOFTMAX_CSS = `
:host { container-type: inline-size; }
.layout { display: flex; flex-direction: column; gap: 0.8em; max-width: 760px; }
.layout p { margin: 0; }
.bars { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.3em; }
.bar { display: grid; grid-template-columns: minmax(4em, 9em) 1fr 4.6em; gap: 0.6em; align-items: center; }
.bar-label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.bar[data-target] .bar-label { font-weight: 700; color: var(--w-gradient); }
.bar-track { position: relative; height: calc(1.3em + 4px * var(--w-line-scale)); background: var(--w-surface);
  border: calc(1px * var(--w-line-scale)) solid var(--w-border); border-radius: 4px; }
.bar-p { position: absolute; left: 0; top: 0; bottom: 0; background: var(--w-model); border-radius: 3px; }
.bar-draws { position: absolute; top: -3px; bottom: -3px; width: calc(3px * var(--w-line-scale)); margin-left: calc(-1.5px * var(--w-line-scale));
  background: var(--w-data); box-shadow: 0 0 0 1px var(--w-bg); }
.bar-value { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
.legend { color: var(--w-muted); font-size: 0.88em; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; vertical-align: -0.1em; margin: 0 0.3em 0 0.8em; border-radius: 2px; }
.swatch.model { background: var(--w-model); }
.swatch.data { background: var(--w-data); width: 0.3em; }
.controls { display: flex; flex-direction: column; gap: 0.5em; }
.logits-panel, .bigram-panel { display: flex; flex-direction: column; gap: 0.5em; }
.logit-sliders { display: flex; flex-direction: column; gap: 0.35em; }
.slider { display: grid; grid-template-columns: minmax(2.5em, 7em) minmax(3em, 1fr) 3.6em; align-items: center; gap: 0.5em; }
.slider-name { font-weight: 700; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.slider-value { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
input[type="range"] { padding: 0; min-height: 1.6em; accent-color: var(--w-accent); width: 100%; min-width: 0; }
.typed input { width: min(22em, 70%); }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 0.9em; }
.field-error { color: var(--w-error); font-weight: 600; }
.field-error:empty { display: none; }
.generated { font-family: Georgia, "Times New Roman", serif; font-size: 1.05em; line-height: 1.5;
  padding: 0.5em 0.75em; background: var(--w-surface); border-radius: 6px; min-height: 3em; }
.hint { color: var(--w-muted); font-size: 0.88em; }
progress { width: 100%; accent-color: var(--w-accent); }
.formula { overflow-x: auto; overflow-y: hidden; min-height: 3em; padding: 0.1em 0; }
.formula .katex-display { margin: 0; text-align: left; }
.formula .katex-display > .katex { text-align: left; }
.predict { display: flex; flex-direction: column; gap: 0.5em; padding: 0.6em 0.75em;
  border-left: calc(4px * var(--w-line-scale)) solid var(--w-accent); background: var(--w-surface); }
.predict-result { font-weight: 600; }
.predict-result:empty { display: none; }
[hidden] { display: none !important; }
@container (max-width: 480px) {
  .bar { grid-template-columns: minmax(3em, 5.5em) 1fr 4.2em; gap: 0.4em; }
}
`;

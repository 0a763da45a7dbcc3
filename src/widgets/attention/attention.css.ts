/** The CSS of `<lumen-attention>`'s shadow root (after the base CSS); colours only via `--w-*`. */
export const ATTENTION_CSS = `
:host { container-type: inline-size; }
.layout { display: flex; flex-direction: column; gap: 0.8em; max-width: 980px; }
.layout p { margin: 0; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 0.9em; }
.loading progress { flex: 1 1 10em; accent-color: var(--w-accent); }
.status { flex: 1 1 16em; color: var(--w-muted); font-size: 0.9em; }
.heads { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1em 1.6em; }
@container (min-width: 720px) { .heads.two { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
.head { display: flex; flex-direction: column; gap: 0.5em; min-width: 0; }
.head-title { font-weight: 700; }
.map-box, .mix-box { width: 100%; min-width: 0; }
canvas { display: block; width: 100%; }
canvas.map { cursor: pointer; border-radius: 4px; }
canvas.map:focus-visible { outline: calc(3px * var(--w-line-scale)) solid var(--w-focus); outline-offset: 2px; }
.readout { font-size: 0.92em; }
.hint { color: var(--w-muted); font-size: 0.88em; }
.hint:empty { display: none; }
.controls, .sentence-panel { display: flex; flex-direction: column; gap: 0.45em; }
.field { display: grid; grid-template-columns: 5.5em minmax(0, 1fr); align-items: center; gap: 0.5em; }
.field-name { font-weight: 700; }
.field input { width: 100%; min-width: 0; box-sizing: border-box; }
.field-error { color: var(--w-error); font-weight: 600; }
.field-error:empty { display: none; }
.formula { overflow-x: auto; overflow-y: hidden; min-height: 3em; padding: 0.1em 0; }
.formula .katex-display { margin: 0; text-align: left; }
.formula .katex-display > .katex { text-align: left; }
.predict { display: flex; flex-direction: column; gap: 0.5em; padding: 0.6em 0.75em;
  border-left: calc(4px * var(--w-line-scale)) solid var(--w-accent); background: var(--w-surface); }
.choices { display: flex; flex-wrap: wrap; gap: 0.3em 0.9em; border: 0; margin: 0; padding: 0; }
.choice { white-space: nowrap; }
.guess-error { color: var(--w-error); font-weight: 600; }
.guess-error:empty, .predict-result:empty { display: none; }
.predict-result { font-weight: 600; }
[hidden] { display: none !important; }
@container (max-width: 480px) {
  .field { grid-template-columns: minmax(0, 1fr); gap: 0.2em; }
  .formula { font-size: 0.8em; }
}
`;

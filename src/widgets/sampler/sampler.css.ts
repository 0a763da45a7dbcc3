/** The CSS of `<lumen-sampler>`'s shadow root (after the base CSS); colours only through `--w-*` variables. */
export const SAMPLER_CSS = `
.layout { display: flex; flex-direction: column; gap: 0.6em; }
.top { display: flex; flex-wrap: wrap; gap: 0.5em 1.2em; align-items: center; }
.params { display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; }
.param { display: flex; align-items: center; gap: 0.4em; flex-wrap: wrap; }
.param input[type=range] { width: 9em; accent-color: var(--w-accent); min-height: 0; padding: 0; border: none; background: none; }
.param input[type=number] { width: 5.5em; }
.weights { display: flex; flex-wrap: wrap; gap: 0.3em; align-items: center; }
.weights[hidden] { display: none; }
.weights input { width: 3.6em; }
.weights .face { display: inline-flex; flex-direction: column; align-items: center; gap: 0.1em; font-size: 0.9em; }
.toolbar { display: flex; flex-wrap: wrap; gap: 0.45em; align-items: center; }
.seed input { width: 7.5em; }
.status { margin: 0; font-variant-numeric: tabular-nums; }
progress { width: 100%; height: 0.6em; accent-color: var(--w-accent); }
progress[hidden] { display: none; }
.charts { display: grid; grid-template-columns: 1fr; gap: 0.5em; }
@container (min-width: 60em) { .charts { grid-template-columns: 3fr 2fr; } }
.chart { margin: 0; min-width: 0; }
.chart canvas { display: block; width: 100%; border: calc(1px * var(--w-line-scale)) solid var(--w-grid); border-radius: 6px; }
.caption { margin: 0.25em 0 0; color: var(--w-muted); font-size: 0.9em; }
.caption .data { color: var(--w-data); font-weight: 700; }
.caption .model { color: var(--w-model); font-weight: 700; }
.formula-wrap { overflow-x: auto; padding: 0.2em 0; }
.formula .katex-display { margin: 0.2em 0; }
.hint { color: var(--w-muted); font-size: 0.85em; margin: 0; }
[aria-invalid=true] { border-color: var(--w-error); }
:host { container-type: inline-size; }
`;

/** The CSS of `<lumen-clt>`'s shadow root (after the shared base CSS); colours only via `--w-*`. */
export const CLT_CSS = `
:host { container-type: inline-size; }
.layout { display: flex; flex-direction: column; gap: 0.7em; }
.controls, .row { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: center; }
input[type="number"] { width: 5.5em; }
input[type="range"] { width: 9em; accent-color: var(--w-accent); }
output { min-width: 2.5em; font-variant-numeric: tabular-nums; font-weight: 600; }
.predict { display: flex; flex-direction: column; gap: 0.5em; padding: 0.6em 0.75em;
  border-left: calc(4px * var(--w-line-scale)) solid var(--w-accent); background: var(--w-surface); }
.predict p { margin: 0; }
.predict input[name="guess"] { width: 7em; }
.guess-error { color: var(--w-error); font-weight: 600; }
.guess-error:empty, .predict-result:empty { display: none; }
.plots { display: grid; grid-template-columns: 1fr; gap: 0.6em; }
@container (min-width: 44em) { .plots { grid-template-columns: 2fr 3fr; } }
canvas { display: block; width: 100%; height: calc(var(--w-font-size) * 13); border-radius: 6px;
  border: calc(1px * var(--w-line-scale)) solid var(--w-grid); background: var(--w-bg); touch-action: pan-y; }
/* Painting bars takes the finger both ways (a swipe elsewhere scrolls the page). */
canvas.editable { cursor: crosshair; touch-action: none; }
progress { flex: 1 1 10em; height: 1em; accent-color: var(--w-accent); }
.status, .path { margin: 0; font-variant-numeric: tabular-nums; }
.path { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3em 0.5em; }
select { max-width: 100%; }
.path label { display: flex; align-items: center; gap: 0.4em; min-width: 0; max-width: 100%; }
.path select { min-width: 0; flex: 1 1 auto; }
.reason { color: var(--w-muted); font-size: 0.9em; }
.formula { overflow-x: auto; overflow-y: hidden; min-height: 2.2em; }
.formula .katex { font-size: 1.05em; }
[hidden] { display: none !important; }
`;

/**
 * The CSS of `<lumen-estimate>`'s shadow root (after the shared base CSS). Colours only through
 * the `--w-*` theme variables. One column: the picture across the full width, then the readout,
 * the predict box, the formula and the controls, so it reads the same in a blog column and on a
 * phone.
 */
export const ESTIMATE_CSS = `
.layout { display: flex; flex-direction: column; gap: 0.75em; }
.plot {
  position: relative; width: 100%; height: clamp(340px, 52vw, 540px);
  user-select: none; -webkit-user-select: none;
}
.plot canvas { position: absolute; inset: 0; width: 100%; height: 100%; display: block; border-radius: 6px; background: var(--w-bg); }
.plot.likelihood canvas { cursor: ew-resize; }
.plot.intervals canvas { cursor: pointer; }
.handle {
  position: absolute; left: 0; top: 0; width: 44px; height: 44px; margin: -22px 0 0 -22px;
  border-radius: 50%; touch-action: none; cursor: ew-resize; color: var(--w-j);
  display: grid; place-items: center;
}
.handle::after {
  content: ""; border-radius: 50%;
  width: calc(14px + 6px * var(--w-line-scale)); height: calc(14px + 6px * var(--w-line-scale));
  border: calc(2.5px * var(--w-line-scale)) solid currentColor; box-shadow: 0 0 0 2px var(--w-bg);
}
.handle.row { border-radius: 4px; width: 28px; height: 28px; margin: -14px 0 0 -2px; cursor: pointer; }
.handle.row::after { border-radius: 2px; width: 12px; height: 12px; border-width: 0; background: currentColor; }
.handle.row:not(:focus-visible)::after { opacity: 0; }
.handle.dragging { cursor: grabbing; }
.handle:focus-visible { outline-offset: -2px; }
.readout { margin: 0; font-weight: 600; }
.readout .miss { color: var(--w-error); }
.formula { overflow-x: auto; overflow-y: hidden; min-height: 2.4em; padding: 0.1em 0; }
.formula .katex-display { margin: 0; text-align: left; }
.formula .katex-display > .katex { text-align: left; }
.formula .katex { font-size: 1.02em; }
.predict { display: flex; flex-direction: column; gap: 0.5em; padding: 0.6em 0.75em;
  border-left: calc(4px * var(--w-line-scale)) solid var(--w-accent); background: var(--w-surface); }
.predict p { margin: 0; }
.predict input[name="guess"] { width: 6em; }
.predict-result:empty { display: none; }
.controls { display: flex; flex-direction: column; gap: 0.6em; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 0.9em; }
.row label { white-space: nowrap; }
input[type="text"] { width: 5.5em; font-variant-numeric: tabular-nums; }
input[type="checkbox"] { min-height: 0; width: 1.15em; height: 1.15em; accent-color: var(--w-accent); }
select { max-width: 100%; }
.input-error { margin: 0; color: var(--w-error); font-size: 0.92em; }
.input-error:empty { display: none; }
[hidden] { display: none !important; }
:host { container-type: inline-size; }
@container (max-width: 520px) { .formula .katex { font-size: 0.86em; } }
`;

/**
 * The CSS of `<lumen-graph>`'s shadow root (after the shared base CSS). Colours only through the
 * `--w-*` theme variables, so a theme switch recolours the SVG without redrawing it. The graph
 * scrolls sideways inside its own box when it is wider than the widget (a phone), or shrinks to
 * fit with the "Fit width" toggle.
 */
export const GRAPH_CSS = `
:host { container-type: inline-size; }
.layout { display: flex; flex-direction: column; gap: 0.75em; }
.top { display: flex; flex-wrap: wrap; gap: 0.75em 1.5em; align-items: flex-start; }
.editor { display: flex; flex-direction: column; gap: 0.3em; flex: 1 1 18em; min-width: 0; max-width: 34em; }
.editor > label { font-weight: 600; }
textarea[name="program"] {
  font: inherit; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.95em;
  color: var(--w-fg); background: var(--w-surface);
  border: calc(1px * var(--w-line-scale)) solid var(--w-border); border-radius: 6px;
  padding: 0.4em 0.6em; width: 100%; resize: vertical; line-height: 1.45; tab-size: 2;
}
textarea[aria-invalid="true"] { border-color: var(--w-error); }
.hint { color: var(--w-muted); font-size: 0.88em; margin: 0; }
.program-error, .guess-error { color: var(--w-error); font-size: 0.92em; margin: 0; font-weight: 600; }
.program-error:empty, .guess-error:empty { display: none; }
.predict { flex: 1 1 16em; display: flex; flex-direction: column; gap: 0.5em; padding: 0.6em 0.75em;
  border-left: calc(4px * var(--w-line-scale)) solid var(--w-accent); background: var(--w-surface); }
.predict p { margin: 0; }
.predict input[name="guess"] { width: 7em; }
.predict-result:empty { display: none; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em; }
.toolbar { display: flex; flex-wrap: wrap; gap: 0.45em; align-items: center; }
.toggle input { min-height: 0; width: 1.15em; height: 1.15em; accent-color: var(--w-accent); }
.step-status { margin: 0; font-variant-numeric: tabular-nums; }
.graph {
  overflow: auto; max-height: min(75vh, 60em); border-radius: 6px;
  border: calc(1px * var(--w-line-scale)) solid var(--w-grid); background: var(--w-bg);
  -webkit-overflow-scrolling: touch; overscroll-behavior-x: contain;
}
.graph svg { display: block; font-size: var(--graph-font, 15px); font-variant-numeric: tabular-nums; }
.graph svg.fit { max-width: 100%; height: auto; }
.edge { fill: none; stroke: var(--w-border); stroke-width: calc(1.4px * var(--w-line-scale)); }
.edge.head { fill: var(--w-border); stroke: none; }
.edge.carried { stroke: var(--w-gradient); }
.edge.carried.head { fill: var(--w-gradient); stroke: none; }
.edge.active { stroke-width: calc(3px * var(--w-line-scale)); }
.edge.active.forward { stroke: var(--w-data); }
.edge.active.forward.head { fill: var(--w-data); stroke: none; }
.edge.active.backward { stroke: var(--w-gradient); }
.edge.active.backward.head { fill: var(--w-gradient); stroke: none; }
.edge.dead { stroke-dasharray: 4 4; }
.edge.dead.head { stroke-dasharray: none; }
.elabel rect { fill: var(--w-bg); stroke: var(--w-border); stroke-width: calc(1px * var(--w-line-scale)); }
.elabel text { fill: var(--w-fg); font-size: 0.8em; }
.elabel.active rect { stroke: var(--w-accent); }
.node { cursor: pointer; outline: none; }
.node .box { fill: var(--w-surface); stroke: var(--w-border); stroke-width: calc(1.4px * var(--w-line-scale)); }
.node.input .box { stroke: var(--w-data); stroke-width: calc(2px * var(--w-line-scale)); }
.node.output .box { stroke: var(--w-model); stroke-width: calc(3px * var(--w-line-scale)); }
.node.touched .box { fill: color-mix(in srgb, var(--w-accent) 16%, var(--w-surface)); }
.node.selected .box { stroke: var(--w-focus); stroke-width: calc(3.5px * var(--w-line-scale)); }
.node:focus-visible .box { stroke: var(--w-focus); stroke-width: calc(4.5px * var(--w-line-scale)); }
.node.dead { opacity: 0.7; }
.node.dead .box { stroke-dasharray: 5 4; }
.node text { fill: var(--w-fg); }
.node .name { font-weight: 700; }
.node .sub { font-size: 0.72em; }
.node .op { fill: var(--w-muted); font-size: 0.9em; }
.node .value { font-size: 0.95em; }
.node:not(.computed) .value { fill: var(--w-muted); }
.node .grad { fill: var(--w-gradient); font-weight: 700; font-size: 0.95em; }
.formula { overflow-x: auto; overflow-y: hidden; min-height: 2.5em; padding: 0.1em 0; }
.formula .katex-display { margin: 0; text-align: left; }
.formula .katex-display > .katex { text-align: left; }
.formula .katex { font-size: 1.05em; }
.check-result:empty { display: none; }
.check-result table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
.check-result caption { text-align: left; font-weight: 600; padding-bottom: 0.3em; }
.check-result th, .check-result td { padding: 0.2em 0.8em 0.2em 0; text-align: right; border-bottom: 1px solid var(--w-grid); }
.check-result th:first-child, .check-result td:first-child { text-align: left; }
.check-result .agree { color: var(--w-model); font-weight: 600; }
.check-result .disagree { color: var(--w-error); font-weight: 600; }
.check-result p { margin: 0.4em 0 0; color: var(--w-muted); font-size: 0.9em; }
[hidden] { display: none !important; }
`;

/**
 * The CSS of `<lumen-network>`'s shadow root (after the shared base CSS). Colours only through
 * the `--w-*` theme variables. Wide: the plot with its loss curves beside the network and its
 * formula, settings below; narrow (a phone, a blog column): everything stacked.
 */
export const NETWORK_CSS = `
:host { container-type: inline-size; }
.layout { display: flex; flex-direction: column; gap: 0.8em; }
.head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1em; }
.toolbar { display: flex; flex-wrap: wrap; gap: 0.45em; align-items: center; }
button[name="play"] { min-width: 6.5em; }
.status { margin: 0; font-variant-numeric: tabular-nums; flex-basis: 100%; }
.backend { margin: 0; color: var(--w-muted); font-size: 0.85em; }
.main { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1em; }
@container (min-width: 760px) {
  .main { grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr); align-items: start; }
}
.plot-col, .net-col { display: flex; flex-direction: column; gap: 0.45em; min-width: 0; }
.plot { position: relative; width: 100%; max-width: 520px; aspect-ratio: 1 / 1; align-self: center; }
.plot canvas { position: absolute; inset: 0; width: 100%; height: 100%; display: block; border-radius: 6px;
  border: calc(1px * var(--w-line-scale)) solid var(--w-border); cursor: crosshair; touch-action: manipulation; }
.classes { display: flex; flex-wrap: wrap; gap: 0.4em; align-items: center; }
button[name="class-pos"] { color: var(--w-j); font-weight: 600; }
button[name="class-neg"] { color: var(--w-i); font-weight: 600; }
button[name="class-pos"][aria-pressed=true] { background: var(--w-j); color: var(--w-bg); border-color: var(--w-j); }
button[name="class-neg"][aria-pressed=true] { background: var(--w-i); color: var(--w-bg); border-color: var(--w-i); }
.hint { color: var(--w-muted); font-size: 0.85em; margin: 0; }
canvas.loss { width: 100%; height: 9em; display: block; }
.legend .key { font-weight: 600; }
.legend .key.train { color: var(--w-model); }
.legend .key.test { color: var(--w-fg); text-decoration: underline dashed; }
svg.diagram { width: 100%; height: auto; max-height: 34em; display: block; font-size: 15px; overflow: visible; }
.node foreignObject { pointer-events: none; }
.node canvas.map { display: block; width: 100%; height: 100%; border-radius: 50%; }
.edges .hit { stroke: transparent; stroke-width: 12; pointer-events: stroke; }
.edges .edge { pointer-events: none; stroke-linecap: round; }
.edges .edge.pos { stroke: var(--w-j); }
.edges .edge.neg { stroke: var(--w-i); }
.edges .ring { stroke: none; pointer-events: none; }
.weight { cursor: pointer; outline: none; }
.weight.shown .ring { stroke: var(--w-gradient); stroke-width: calc(11px * var(--w-line-scale)); stroke-opacity: 0.35; }
.weight.selected .ring { stroke: var(--w-focus); stroke-opacity: 0.45; stroke-width: calc(11px * var(--w-line-scale)); }
.weight:focus-visible .ring { stroke: var(--w-focus); stroke-opacity: 0.9; stroke-width: calc(12px * var(--w-line-scale)); }
.node circle { fill: var(--w-surface); stroke: var(--w-border); stroke-width: calc(1.5px * var(--w-line-scale)); }
.node.input circle { stroke: var(--w-data); stroke-width: calc(2.5px * var(--w-line-scale)); }
.node.output circle { stroke: var(--w-model); stroke-width: calc(3px * var(--w-line-scale)); }
.node text { fill: var(--w-fg); font-weight: 600; }
.tip rect { fill: var(--w-bg); stroke: var(--w-gradient); stroke-width: calc(1.2px * var(--w-line-scale)); }
.tip text { fill: var(--w-gradient); font-weight: 600; font-size: 13px; font-variant-numeric: tabular-nums; }
.formula { overflow-x: auto; overflow-y: hidden; min-height: 4.6em; padding: 0.1em 0; }
.formula .katex-display { margin: 0; text-align: left; }
.formula .katex-display > .katex { text-align: left; }
.formula .katex { font-size: 1em; }
@container (max-width: 480px) { .formula .katex { font-size: 0.8em; } }
.settings { display: grid; grid-template-columns: repeat(auto-fill, minmax(16em, 1fr)); gap: 0.5em 1.4em;
  padding-top: 0.6em; border-top: calc(1px * var(--w-line-scale)) solid var(--w-grid); }
.setting { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4em; min-width: 0; }
.setting > label { min-width: 6.5em; }
.setting input[type=range] { flex: 1 1 6em; min-width: 5em; accent-color: var(--w-accent); min-height: 0; padding: 0; border: 0; background: none; }
.setting output, .setting .count { min-width: 2.6em; font-variant-numeric: tabular-nums; text-align: center; }
.setting .name, .setting .slider-name { min-width: 6.5em; }
.setting.datasets, .setting.features { grid-column: 1 / -1; }
.setting > label.feature { min-width: 0; display: inline-flex; align-items: center; gap: 0.3em; margin-right: 0.5em; cursor: pointer; }
.feature input { accent-color: var(--w-accent); width: 1.15em; height: 1.15em; margin: 0; }
.node.input text { paint-order: stroke; stroke: var(--w-bg); stroke-width: 3px; stroke-linejoin: round; }
.layers button, .layer button { min-width: 2.4em; }
.layer-rows { display: contents; }
input[name="seed"] { width: 6em; }
[hidden] { display: none !important; }
`;

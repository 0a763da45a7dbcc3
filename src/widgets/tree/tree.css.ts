/**
 * The CSS of `<lumen-tree>`'s shadow root (after the shared base CSS). Colours only through the
 * `--w-*` theme variables. The plane and the diagram side by side on a wide widget, stacked on a
 * phone; the side panel below.
 */
import { RUN_CSS } from '../../ui/run-controller';
import { DATA_EDITOR_CSS } from '../../ui/data-editor/dom';

export const TREE_CSS = `${RUN_CSS}
${DATA_EDITOR_CSS}
:host { container-type: inline-size; }
.layout, .plane, .side, .table-mode { display: flex; flex-direction: column; gap: 0.7em; min-width: 0; }
.pics { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.7em; }
.pics > * { min-width: 0; }
.plot { position: relative; width: 100%; aspect-ratio: 1 / 1; max-width: 560px; }
.plot canvas { position: absolute; inset: 0; width: 100%; height: 100%; display: block; border-radius: 6px; }
.diagram { position: relative; width: 100%; min-height: 220px; overflow-x: auto; overflow-y: hidden; }
.diagram .nodes { position: relative; height: 100%; }
.diagram .edges { position: absolute; left: 0; top: 0; height: 100%; overflow: visible; }
.diagram .edges line { stroke: var(--w-axis); stroke-width: calc(1.5px * var(--w-line-scale)); }
.nodes button {
  position: absolute; transform: translate(-50%, -50%); padding: 0.15em 0.4em; font-size: 0.78em; line-height: 1.2;
  border-radius: 6px; white-space: nowrap; background: var(--w-surface); color: var(--w-fg);
  border: calc(2px * var(--w-line-scale)) solid var(--w-border);
}
.nodes button[data-class="0"] { border-color: var(--w-j); }
.nodes button[data-class="1"] { border-color: var(--w-i); }
.nodes button[data-class="2"] { border-color: var(--w-k); }
.nodes button[aria-current="true"] { outline: calc(3px * var(--w-line-scale)) solid var(--w-accent); outline-offset: 1px; }
.side p { margin: 0; }
.status-line { font-weight: 600; }
.curves { width: 100%; height: 160px; display: block; }
.curve-text { font-size: 0.9em; }
.side > * { min-width: 0; max-width: 100%; }
.formula-wrap { overflow-x: auto; overflow-y: hidden; }
.formula { overflow-x: auto; overflow-y: hidden; min-height: 2.5em; max-width: 100%; }
.formula .katex-display { margin: 0; text-align: left; }
.row { display: flex; flex-wrap: wrap; gap: 0.5em 0.8em; align-items: center; }
.table-mode textarea {
  width: 100%; font: 0.85em/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; color: var(--w-fg);
  background: var(--w-surface); border: calc(1px * var(--w-line-scale)) solid var(--w-border); border-radius: 6px; padding: 0.4em;
}
.gains { margin: 0; padding-left: 1.4em; display: flex; flex-direction: column; gap: 0.4em; }
.gains li { font-variant-numeric: tabular-nums; }
.gains .best { font-weight: 700; color: var(--w-fg); }
.gains .gain-list { color: var(--w-muted); }
/* The shared editor's grid would otherwise grow to its longest preset name in the projector font. */
.data-editor { grid-template-columns: minmax(0, 1fr); }
.data-editor select { width: 100%; min-width: 0; }
[hidden] { display: none !important; }
@container (min-width: 760px) {
  .pics { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
}
`;

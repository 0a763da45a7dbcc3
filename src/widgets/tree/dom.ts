/**
 * Builds the static DOM of `<lumen-tree>` (text only, never HTML strings). Plane mode: the plot
 * (the data editor's surface), the tree diagram (one button per node, so Tab and Enter reach
 * every node), the impurity curves, the run controls and settings. Table mode: the editable CSV
 * table and the information gain of every attribute at every node.
 */
import { el } from '../../ui/dom';
import { buildRunDom, type RunDom } from '../../ui/run-controller';
import { buildDataEditorDom, type DataEditorDom } from '../../ui/data-editor/dom';

export const TREE_PRESETS = ['moons', 'blobs', 'blobs-3', 'iris', 'iris-2'];

export interface TreeDom {
  readonly layout: HTMLDivElement;
  readonly plane: HTMLDivElement;
  readonly plot: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  readonly diagram: HTMLDivElement;
  readonly edges: SVGSVGElement;
  readonly nodes: HTMLDivElement;
  readonly curves: HTMLCanvasElement;
  readonly curveText: HTMLParagraphElement;
  readonly run: RunDom;
  readonly status: HTMLParagraphElement;
  readonly accuracy: HTMLParagraphElement;
  readonly formulaWrap: HTMLDivElement;
  readonly formula: HTMLDivElement;
  readonly formulaText: HTMLParagraphElement;
  readonly controls: HTMLDivElement;
  readonly depth: HTMLSelectElement;
  readonly minSamples: HTMLSelectElement;
  readonly criterion: HTMLSelectElement;
  readonly editor: DataEditorDom;
  readonly table: HTMLDivElement;
  readonly tableText: HTMLTextAreaElement;
  readonly tableApply: HTMLButtonElement;
  readonly tableCriterion: HTMLSelectElement;
  readonly gains: HTMLOListElement;
}

function select(
  name: string,
  label: string,
  options: readonly (readonly [string, string])[],
): { label: HTMLLabelElement; select: HTMLSelectElement } {
  const l = el('label', {}, `${label} `);
  const s = el('select', { name });
  for (const [v, t] of options) s.append(el('option', { value: v }, t));
  l.append(s);
  return { label: l, select: s };
}

export function buildTreeDom(): TreeDom {
  const layout = el('div', { class: 'layout' });

  const plane = el('div', { class: 'plane' });
  const pics = el('div', { class: 'pics' });
  const plot = el('div', { class: 'plot' });
  const canvas = el('canvas', {
    role: 'img',
    tabindex: '0',
    'aria-label': 'The points and the boxes of the tree',
    'aria-describedby': 'tree-data-keys',
  });
  plot.append(canvas);
  const diagram = el('div', {
    class: 'diagram',
    role: 'group',
    'aria-label': 'The tree: one button per node',
  });
  const edges = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  edges.setAttribute('class', 'edges');
  edges.setAttribute('aria-hidden', 'true');
  const nodes = el('div', { class: 'nodes' });
  diagram.append(edges, nodes);
  pics.append(plot, diagram);

  const side = el('div', { class: 'side' });
  const run = buildRunDom('split');
  const status = el('p', { class: 'status-line', 'aria-live': 'polite' });
  const accuracy = el('p', { class: 'accuracy' });
  const formulaWrap = el('div', { class: 'formula-wrap' });
  const formula = el('div', { class: 'formula', 'aria-hidden': 'true' });
  const formulaText = el('p', { class: 'sr-only' });
  formulaWrap.append(formula, formulaText);
  const curves = el('canvas', {
    class: 'curves',
    role: 'img',
    'aria-label': 'Impurity of every candidate split of the node in focus',
  });
  const curveText = el('p', { class: 'curve-text' });

  const controls = el('div', { class: 'controls' });
  const row = el('div', { class: 'row' });
  const depth = select(
    'depth',
    'Max depth',
    Array.from({ length: 12 }, (_, k) => [String(k + 1), String(k + 1)] as const),
  );
  const minSamples = select(
    'min-samples',
    'Min samples',
    ['2', '5', '10', '20', '50'].map((v) => [v, v] as const),
  );
  const criterion = select('criterion', 'Impurity', [
    ['gini', 'Gini'],
    ['entropy', 'entropy'],
  ]);
  row.append(depth.label, minSamples.label, criterion.label);
  const editor = buildDataEditorDom(TREE_PRESETS, 'tree-data-keys');
  controls.append(row, editor.toolbar);
  side.append(run.group, status, accuracy, formulaWrap, curves, curveText, controls);
  plane.append(pics, side);

  const table = el('div', { class: 'table-mode' });
  const tableCrit = select('table-criterion', 'Impurity', [
    ['entropy', 'entropy (information gain)'],
    ['gini', 'Gini'],
  ]);
  const tableText = el('textarea', {
    name: 'table',
    rows: '10',
    spellcheck: 'false',
    'aria-label': 'The table as CSV: a header line, then one row per line; the last column is the class',
  });
  const tableApply = el('button', { type: 'button', name: 'table-apply', class: 'primary' }, 'Apply table');
  const gains = el('ol', {
    class: 'gains',
    'aria-label': 'Every node of the tree with the gain of every attribute',
  });
  table.append(tableCrit.label, tableText, tableApply, gains);

  layout.append(plane, table);
  return {
    layout,
    plane,
    plot,
    canvas,
    diagram,
    edges,
    nodes,
    curves,
    curveText,
    run,
    status,
    accuracy,
    formulaWrap,
    formula,
    formulaText,
    controls,
    depth: depth.select,
    minSamples: minSamples.select,
    criterion: criterion.select,
    editor,
    table,
    tableText,
    tableApply,
    tableCriterion: tableCrit.select,
    gains,
  };
}

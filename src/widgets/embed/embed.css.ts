/** The CSS of `<lumen-embed>`'s shadow root (after the base CSS); colours only via `--w-*`. */
export const EMBED_CSS = `
:host { container-type: inline-size; }
.layout { display: flex; flex-direction: column; gap: 0.75em; }
.layout p { margin: 0; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 0.9em; }
progress { width: 100%; accent-color: var(--w-accent); }
.status { color: var(--w-muted); font-size: 0.9em; }
.top { display: flex; flex-direction: column; gap: 0.9em; }
.map-box { position: relative; width: 100%; max-width: 560px; aspect-ratio: 1 / 1; }
.map-box canvas { position: absolute; inset: 0; width: 100%; height: 100%; display: block; border-radius: 6px;
  background: var(--w-bg); border: calc(1px * var(--w-line-scale)) solid var(--w-border); cursor: pointer; }
.panel { display: flex; flex-direction: column; gap: 0.45em; min-width: 0; flex: 1 1 0; }
.field input { width: min(100%, 24em); }
.field-error { color: var(--w-error); font-weight: 600; }
.field-error:empty { display: none; }
.neighbours { margin: 0; padding-left: 1.6em; columns: 2; column-gap: 1.5em; }
.neighbours li, .hits li { font-variant-numeric: tabular-nums; }
.neighbours .w { color: var(--w-model); font-weight: 700; }
.analogy-result .w { color: var(--w-model); font-weight: 700; }
.hits { margin: 0; padding-left: 1.6em; display: flex; flex-direction: column; gap: 0.45em; }
.hits .meta { color: var(--w-muted); font-size: 0.88em; }
.hits .rel { color: var(--w-data); font-weight: 700; }
.evaluation { font-weight: 600; }
.formula { overflow-x: auto; overflow-y: hidden; min-height: 2em; }
.formula .katex-display { margin: 0; text-align: left; }
.formula .katex-display > .katex { text-align: left; }
[hidden] { display: none !important; }
@container (min-width: 760px) {
  .top { flex-direction: row; align-items: flex-start; }
  .map-box { width: 50%; }
}
`;

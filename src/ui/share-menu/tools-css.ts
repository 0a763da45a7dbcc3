/**
 * The toolbar's CSS (in every widget's shadow root, after the base CSS), the widget in
 * fullscreen, and how a widget prints: as a picture of its current state, with no toolbar or
 * controls, never split across two pages.
 *
 * The toolbar is a row of its own under the widget, right-aligned: laid over the widget's corner
 * it covered a select or a readout in half the widgets. The menu opens upwards, over the widget.
 */
export const TOOLS_CSS = `
.tools {
  position: relative; z-index: 5; margin-top: 0.5em;
  display: flex; gap: 0.4em; align-items: center; justify-content: flex-end; flex-wrap: wrap;
}
.tools[hidden], .tools [hidden] { display: none; }
.tools .tool {
  display: inline-flex; align-items: center; gap: 0.3em;
  min-height: 2em; min-width: 2em; padding: 0.1em 0.45em; font-size: 0.85em;
  background: var(--w-bg);
}
.tools .tool svg { width: 1.1em; height: 1.1em; }
.tool-status { font-size: 0.85em; color: var(--w-muted); }
.tool-status:empty { display: none; }
.share-menu, .tool-panel {
  position: absolute; bottom: calc(100% + 0.3em); right: 0;
  background: var(--w-surface); color: var(--w-fg);
  border: calc(1px * var(--w-line-scale)) solid var(--w-border); border-radius: 8px;
  box-shadow: 0 0.3em 1em rgb(0 0 0 / 0.25);
}
.share-menu {
  display: flex; flex-direction: column; min-width: 15em; padding: 0.3em;
  max-height: 70vh; overflow: auto;
}
.share-menu [role=menuitem] {
  text-align: left; border: 0; background: transparent; border-radius: 4px; white-space: nowrap;
}
.share-menu [role=menuitem]:hover, .share-menu [role=menuitem]:focus {
  background: var(--w-accent); color: var(--w-on-accent);
}
.tool-panel {
  display: flex; flex-direction: column; gap: 0.5em; padding: 0.6em;
  width: min(28em, calc(100vw - 2em));
}
.tool-panel p { margin: 0; }
.tool-panel textarea {
  font: 0.85em/1.4 ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace;
  color: var(--w-fg); background: var(--w-bg); resize: vertical; width: 100%;
  border: calc(1px * var(--w-line-scale)) solid var(--w-border); border-radius: 6px; padding: 0.4em;
}
.tool-panel button { align-self: flex-end; }
.tool-rec { display: inline-flex; align-items: center; gap: 0.4em; font-size: 0.85em; }
.rec-dot {
  width: 0.7em; height: 0.7em; border-radius: 50%; background: var(--w-error); display: inline-block;
}
:host(:fullscreen) { margin: 0; overflow: auto; background: var(--w-bg); display: flex; }
:host(:fullscreen) .frame { margin: auto; border: 0; }
@media print {
  :host { break-inside: avoid; page-break-inside: avoid; }
  .tools, .controls, button { display: none !important; }
  .frame { box-shadow: none; }
}
`;

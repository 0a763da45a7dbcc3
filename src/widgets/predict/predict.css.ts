/** The CSS of `<lumen-predict>`'s shadow root (after the shared base CSS). */
export const PREDICT_CSS = `
.frame { border-left: calc(5px * var(--w-line-scale)) solid var(--w-accent); background: var(--w-surface); }
.label { margin: 0 0 0.2em; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; font-size: 0.8em; color: var(--w-muted); }
.question { margin: 0 0 0.7em; font-size: 1.05em; }
form { display: flex; flex-wrap: wrap; align-items: center; gap: 0.6em 1em; }
fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.4em; }
fieldset label { cursor: pointer; }
input[type="number"] { width: 8em; }
/* Choices sit above the buttons, not beside the middle of the list. */
form > div:has(> fieldset) { flex: 1 0 100%; }
/* Drawn radios: the native ones paint white on the dark panel whatever the color-scheme, and a
   ring in the text colour keeps 3:1 against the panel in every theme. */
input[type="radio"] {
  appearance: none; flex: none; display: inline-grid; place-content: center;
  width: 1.2em; height: 1.2em; min-height: 0; padding: 0; border-radius: 50%;
  border: calc(2px * var(--w-line-scale)) solid var(--w-fg); background: var(--w-bg);
}
input[type="radio"]::before {
  content: ''; width: 0.6em; height: 0.6em; border-radius: 50%; background: var(--w-fg); transform: scale(0);
}
input[type="radio"]:checked::before { transform: scale(1); }
input[type="radio"]:disabled { cursor: default; }
@media (forced-colors: active) { input[type="radio"] { appearance: auto; } }
.verdict { margin: 0.8em 0 0; font-weight: 600; }
.verdict.right { color: var(--w-model); }
.explain { margin: 0.4em 0 0; }
.error { color: var(--w-error); margin: 0.5em 0 0; }
.error:empty, .verdict:empty, .explain:empty { display: none; }
`;

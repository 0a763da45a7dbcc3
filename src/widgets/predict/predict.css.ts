/** The CSS of `<lumen-predict>`'s shadow root (after the shared base CSS). */
export const PREDICT_CSS = `
.frame { border-left: calc(5px * var(--w-line-scale)) solid var(--w-accent); background: var(--w-surface); }
.label { margin: 0 0 0.2em; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; font-size: 0.8em; color: var(--w-muted); }
.question { margin: 0 0 0.7em; font-size: 1.05em; }
form { display: flex; flex-wrap: wrap; align-items: center; gap: 0.6em 1em; }
fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.4em; }
fieldset label { cursor: pointer; }
input[type="number"] { width: 8em; }
input[type="radio"] { min-height: 0; width: 1.1em; height: 1.1em; accent-color: var(--w-accent); }
.verdict { margin: 0.8em 0 0; font-weight: 600; }
.verdict.right { color: var(--w-model); }
.explain { margin: 0.4em 0 0; }
.error { color: var(--w-error); margin: 0.5em 0 0; }
.error:empty, .verdict:empty, .explain:empty { display: none; }
`;

/**
 * The property table of `<lumen-graph>`. A program is checked completely (syntax, names, the
 * operation limit, and a forward and backward run) wherever it comes from, so a lesson with a
 * broken program fails the build with the line and column of the mistake.
 */
import { booleanProp, customProp, fail, ok, type ParseResult, type StateOf } from '../../ui/props';
import {
  MAX_PROGRAM_LENGTH,
  canonicalProgram,
  compileProgram,
  formatProgramError,
  oneLineProgram,
} from '../../math/autodiff/program';

/** The largest step number; `all` means it, and any number past a program's last step shows the finished run. */
export const STEP_ALL = 999;

export const DEFAULT_PROGRAM = 'a = 3\nb = -2\nc = a * b\nd = c + a\ne = d^2';

export function checkProgram(text: unknown): ParseResult<string> {
  if (typeof text !== 'string') return fail('must be the text of a program, such as "a = 2; b = a * 3"');
  if (text.length > MAX_PROGRAM_LENGTH) return fail(`must be at most ${MAX_PROGRAM_LENGTH} characters long`);
  // Compiled as written, so that a line and column point into the text the author wrote.
  const r = compileProgram(text);
  return r.ok ? ok(canonicalProgram(text)) : fail(formatProgramError(r.error));
}

function parseStep(text: string): ParseResult<number> {
  const t = text.trim().toLowerCase();
  if (t === 'all' || t === 'end') return ok(STEP_ALL);
  if (!/^\d+$/.test(t)) return fail(`expected a whole number from 0 to ${STEP_ALL}, or all`);
  return checkStep(Number(t));
}

function checkStep(v: unknown): ParseResult<number> {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > STEP_ALL)
    return fail(`must be a whole number from 0 to ${STEP_ALL} (${STEP_ALL} = all)`);
  return ok(v);
}

/** A node reference: a, c_2 (c₂), τ3 (τ₃). Whether the node exists depends on the program. */
const NODE_REF = /^(?:[A-Za-z][A-Za-z0-9]*(?:_\d+|[₀-₉]+)?|τ(?:\d+|[₀-₉]+))$/;
/** Spelling of "no node chosen" (kept as "" in the state). */
export const AUTO = 'auto';

function checkRef(v: unknown): ParseResult<string> {
  if (typeof v !== 'string') return fail('must be a string naming a node, such as "a" or "c_2"');
  const t = v.trim();
  if (t === '' || t === AUTO) return ok('');
  if (!NODE_REF.test(t))
    return fail('expected a node of the program: a name such as a, a numbered name such as c_2, τ1, or auto');
  return ok(t);
}

function refProp(o: { doc: string }) {
  return customProp<string>({
    type: 'node',
    default: '',
    doc: o.doc,
    range: 'a name (a), a reassigned name with its number (c_2), τ1 for an unnamed step, or auto',
    parse: checkRef,
    format: (v) => v || AUTO,
    check: checkRef,
    equals: (a, b) => a === b,
  });
}

export const GRAPH_PROPS = {
  program: customProp<string>({
    type: 'program',
    default: DEFAULT_PROGRAM,
    doc: 'The program: assignments over numbers and names with + - * / ^ (by a constant), exp, log, tanh, relu, sigmoid, sin, cos, abs; the last one is the output.',
    range: `assignments separated by ";" or new lines, up to 60 operations, such as "a = 2; b = a * 3"`,
    parse: checkProgram,
    format: oneLineProgram,
    check: checkProgram,
    equals: (a, b) => a === b,
  }),
  step: customProp<number>({
    type: 'step',
    default: 0,
    doc: 'How far the run has gone: 0 is before the forward pass, then one node per step forward, then one per step backward.',
    range: `0 … ${STEP_ALL}, or all (the finished run)`,
    parse: parseStep,
    format: (v) => (v === STEP_ALL ? 'all' : String(v)),
    check: checkStep,
    equals: (a, b) => a === b,
  }),
  focus: refProp({ doc: 'The selected node, whose chain-rule formula is shown; auto follows the steps.' }),
  predict: booleanProp({
    default: false,
    doc: 'Predict-first: the learner types a guess for one gradient before the backward pass reveals it.',
  }),
  ask: refProp({
    doc: 'In predict mode, the node whose gradient the learner guesses; auto means the first input.',
  }),
  local: booleanProp({
    default: false,
    doc: 'Label every edge with its local derivative (otherwise only the selected node’s edges).',
  }),
  controls: booleanProp({ default: true, doc: 'Show the program editor.' }),
  formula: booleanProp({ default: true, doc: 'Show the live chain-rule formula of the selected node.' }),
  fit: booleanProp({
    default: false,
    doc: 'Shrink the graph to the width of the widget instead of scrolling sideways.',
  }),
};

export type GraphState = StateOf<typeof GRAPH_PROPS>;

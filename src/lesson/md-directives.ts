/**
 * markdown-it plugin for the lesson directives:
 * - `::plane{#main matrix="1 1; 0 1"}`: a widget, as its custom element, with the settings
 *   checked against the widget's property table (the same table the element parses at run time);
 * - `::step{target=main title="Rotate it" notes="Ask: …" matrix="0 -1; 1 0"}`: a presenter step,
 *   with optional speaker notes (plain text, shown only in the presenter window);
 * - `:::incode` … `:::`: the "In code" panel around one fenced code block;
 * - `:::reveal{for=<id>}` … `:::`: the worked answer of a predict-first checkpoint, hidden until
 *   the learner locks in a guess in the widget `<id>` (readable as is without scripts);
 * - `::practice{set=la-02}`: generated practice questions (./md-practice.ts).
 * Every problem is reported at its line; a broken directive renders nothing (the build fails).
 */
import type { MarkdownIt, StateBlock, Token } from 'markdown-it';
import { parseProps, toCamel, toKebab, type PropTable } from '../ui/props';
import { WIDGETS } from '../widgets/catalog';
import { contextOf, report, type LessonContext, type StepUse } from './context';
import { parseDirective, type Directive } from './directive-syntax';
import { escapeHtml } from './escape';
import { checkPractice, PRACTICE_DIRECTIVE, renderPractice, type PracticeUse } from './md-practice';

export const STEP_DIRECTIVE = 'step';
export const CONTAINERS = ['incode', 'reveal'] as const;
export const REVEAL_CONTAINER = 'reveal';

function knownDirectives(): string {
  return [...Object.keys(WIDGETS), STEP_DIRECTIVE, PRACTICE_DIRECTIVE].map((n) => '::' + n).join(', ');
}

export function directivesPlugin(md: MarkdownIt): void {
  const alt = { alt: ['paragraph', 'reference', 'blockquote', 'list'] };
  md.block.ruler.before('fence', 'lumen_container', containerRule, alt);
  md.block.ruler.before('fence', 'lumen_directive', directiveRule, alt);
  md.renderer.rules.lumen_widget = (tokens, idx) => {
    const meta = tokens[idx]!.meta as { tag: string; attrs: [string, string][] };
    const attrs = meta.attrs.map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
    return `<${meta.tag}${attrs}></${meta.tag}>\n`;
  };
  md.renderer.rules.lumen_step = (tokens, idx) => {
    const s = tokens[idx]!.meta as unknown as StepUse;
    // The notes travel as an attribute (text, escaped): the page never shows them as markup.
    const notes = s.notes ? ` data-notes="${escapeHtml(s.notes)}"` : '';
    return (
      `<p class="step" id="step-${s.n}" data-step="${s.n}" data-target="${escapeHtml(s.target)}"` +
      ` data-title="${escapeHtml(s.title)}" data-settings="${escapeHtml(JSON.stringify(s.settings))}"${notes}>` +
      // A link, so a reader can apply the step without presenter mode (the shell wires it);
      // without scripts it still leads to the widget.
      `<a class="step-go" href="#${escapeHtml(s.target)}">Step ${s.n} · ${escapeHtml(s.title)}</a></p>\n`
    );
  };
  md.renderer.rules.lumen_practice = (tokens, idx) =>
    renderPractice(tokens[idx]!.meta as unknown as PracticeUse);
  md.renderer.rules.incode_open = () => '<details class="in-code" open><summary>In code</summary>\n';
  md.renderer.rules.incode_close = () => '</details>\n';
  // The body is in the page as is (a reader without scripts loses nothing); the site script hides
  // it until the checkpoint is answered (src/ui/shell/reveal.ts, `html.js` rules in site.css).
  md.renderer.rules.reveal_open = (tokens, idx) => {
    const target = (tokens[idx]!.meta as { target: string }).target;
    return (
      `<div class="reveal" data-reveal-for="${escapeHtml(target)}">\n` +
      `<p class="reveal-wait">The worked answer opens here once you lock in your guess above.</p>\n` +
      `<div class="reveal-body">\n`
    );
  };
  md.renderer.rules.reveal_close = () => '</div>\n</div>\n';
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]!).trimEnd();
}

/** `::name{…}` alone on its line (but not `:::`, which is a container). */
function directiveRule(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const text = lineText(state, startLine);
  if (!/^::[^:]/.test(text)) return false;
  if (silent) return true;
  state.line = startLine + 1;
  const ctx = contextOf(state.env);
  const parsed = parseDirective(text);
  if (!parsed.ok) {
    report(ctx, startLine, `${shorten(text)}: ${parsed.error}`);
    return true;
  }
  const d = parsed.value;
  const fileLine = ctx.bodyLine + startLine;
  if (d.name === STEP_DIRECTIVE) {
    const step = checkStep(ctx, d, startLine, fileLine);
    if (step) {
      const token = state.push('lumen_step', 'p', 0);
      token.block = true;
      token.map = [startLine, startLine + 1];
      token.meta = { ...step };
    }
    return true;
  }
  if (d.name === PRACTICE_DIRECTIVE) {
    const practice = checkPractice(ctx, d, startLine, fileLine);
    if (practice) {
      const token = state.push('lumen_practice', 'section', 0);
      token.block = true;
      token.map = [startLine, startLine + 1];
      token.meta = { ...practice };
    }
    return true;
  }
  const widget = Object.prototype.hasOwnProperty.call(WIDGETS, d.name) ? WIDGETS[d.name] : undefined;
  if (!widget) {
    report(
      ctx,
      startLine,
      `unknown directive "::${d.name}"; expected one of ${knownDirectives()}, or the container :::${CONTAINERS.join(', :::')}`,
    );
    return true;
  }
  const attrs = checkWidget(ctx, d, widget.props, startLine, fileLine);
  if (attrs) {
    const token = state.push('lumen_widget', widget.tag, 0);
    token.block = true;
    token.map = [startLine, startLine + 1];
    token.meta = { tag: widget.tag, attrs };
  }
  return true;
}

/** Settings of a directive as `parseProps` input (kebab-case names, bare flags as ""). */
function settingsOf(d: Directive, skip: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of d.entries) if (!skip.includes(e.key)) out[toKebab(toCamel(e.key))] = e.value;
  return out;
}

/** Reports each problem of `settings` against `table`; true when there were none. */
function checkSettings(
  ctx: LessonContext,
  table: PropTable,
  settings: Record<string, string>,
  where: string,
  line: number,
): boolean {
  const { problems } = parseProps(table, settings, 'lesson');
  for (const p of problems) {
    const prop = table[toCamel(p.prop)];
    if (!prop) {
      const names = Object.keys(table).map(toKebab).join(', ');
      report(ctx, line, `${where}: unknown setting ${JSON.stringify(p.prop)}; expected one of: ${names}`);
      continue;
    }
    // parseProps words its messages for run time ("Using the default"); at build time the build
    // stops instead, so that tail goes. What remains already says what the value must be.
    report(ctx, line, `${where}: ${p.message.replace(/\s*Using .*$/, '').replace(/\.$/, '')}`);
  }
  return problems.length === 0;
}

function checkWidget(
  ctx: LessonContext,
  d: Directive,
  table: PropTable,
  line0: number,
  fileLine: number,
): [string, string][] | undefined {
  const where = `::${d.name}`;
  const n = ctx.widgets.filter((w) => w.name === d.name).length + 1;
  const id = d.id ?? `${d.name}-${n}`;
  let ok = true;
  const clash = [...ctx.widgets, ...ctx.practices].find((w) => w.id === id);
  if (clash) {
    report(
      ctx,
      line0,
      `${where}: the id "${id}" is already used by the widget on line ${clash.line}; expected a unique #id`,
    );
    ok = false;
  }
  if (/^step-\d+$/.test(id)) {
    report(ctx, line0, `${where}: the id "${id}" is reserved for presenter steps; expected another #id`);
    ok = false;
  }
  const settings = settingsOf(d);
  if (!checkSettings(ctx, table, settings, where, line0)) ok = false;
  if (!ok) return undefined;
  ctx.widgets.push({ id, name: d.name, line: fileLine, predict: asksForGuess(d.name, settings) });
  return [['id', id], ...Object.entries(settings)];
}

/** Longest speaker note: a few sentences a teacher can glance at, not a script. */
export const MAX_NOTES = 600;

/** A predict-first checkpoint: `::predict`, or a widget whose own `predict` setting is on. */
function asksForGuess(name: string, settings: Record<string, string>): boolean {
  if (name === 'predict') return true;
  const v = settings.predict;
  return v !== undefined && v !== 'false';
}

function checkStep(ctx: LessonContext, d: Directive, line0: number, fileLine: number): StepUse | undefined {
  const usage = 'expected ::step{target=<widget id> title="…" notes="…" <settings of that widget>}';
  let ok = true;
  if (d.id !== undefined) {
    report(ctx, line0, `::step: a step has no #id (steps are numbered step-1, step-2, …); ${usage}`);
    ok = false;
  }
  const target = d.entries.find((e) => e.key === 'target');
  const title = d.entries.find((e) => e.key === 'title');
  if (!title || title.bare || title.value.trim() === '') {
    report(ctx, line0, `::step: a step needs a title; ${usage}`);
    ok = false;
  }
  const known = ctx.widgets.map((w) => w.id);
  const widget = target && !target.bare ? ctx.widgets.find((w) => w.id === target.value) : undefined;
  if (!target || target.bare) {
    report(ctx, line0, `::step: a step needs a target; ${usage}`);
    ok = false;
  } else if (!widget) {
    report(
      ctx,
      line0,
      `::step: the target "${target.value}" is not a widget defined above this step; expected one of: ${known.length ? known.join(', ') : '(no widget yet: place the widget before its steps)'}`,
    );
    ok = false;
  }
  const notes = d.entries.find((e) => e.key === 'notes');
  const notesText = notes && !notes.bare ? notes.value.replace(/\s+/g, ' ').trim() : '';
  if (notes && notesText === '') {
    report(ctx, line0, `::step: notes need text, e.g. notes="Ask the class what …"; ${usage}`);
    ok = false;
  } else if (notesText.length > MAX_NOTES) {
    report(
      ctx,
      line0,
      `::step: the notes are ${notesText.length} characters long; expected at most ${MAX_NOTES} (a few sentences to glance at)`,
    );
    ok = false;
  }
  const own = ['target', 'title', 'notes'];
  const settings = settingsOf(d, own);
  // A bare flag means true; written out, the presenter hands the widget the plain word.
  for (const e of d.entries) if (e.bare && !own.includes(e.key)) settings[toKebab(toCamel(e.key))] = 'true';
  if (widget) {
    const table = WIDGETS[widget.name]!.props;
    if (!checkSettings(ctx, table, settings, `::step (target ${widget.id})`, line0)) ok = false;
  }
  if (!ok || !widget || !title) return undefined;
  const step: StepUse = {
    n: ctx.steps.length + 1,
    target: widget.id,
    title: title.value.trim(),
    settings,
    line: fileLine,
    ...(notesText ? { notes: notesText } : {}),
  };
  ctx.steps.push(step);
  return step;
}

/**
 * `:::name` … `:::` (or `:::name{settings}`); the content is parsed as Markdown. `:::incode` must
 * hold one fenced code block; `:::reveal{for=<id>}` holds the prose of a checkpoint's answer.
 */
function containerRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const text = lineText(state, startLine);
  if (!text.startsWith(':::')) return false;
  if (silent) return true;
  const ctx = contextOf(state.env);
  const head = text.slice(3).trim();
  state.line = startLine + 1;
  if (head === '') {
    report(
      ctx,
      startLine,
      `":::" closes no open container; expected :::${CONTAINERS[0]} … ::: around a code block, or :::${REVEAL_CONTAINER}{for=<widget id>} … ::: around an answer`,
    );
    return true;
  }
  const close = findClose(state, startLine, endLine);
  // Skip to its end on any problem, so its closing ":::" is not reported as a second, misleading one.
  const skip = (): true => {
    if (close !== undefined) state.line = close + 1;
    return true;
  };
  const parsed = parseDirective(':' + head.replace(/^:*/, ':'));
  const name = parsed.ok ? parsed.value.name : (/^[a-z][a-z0-9-]*/.exec(head)?.[0] ?? head);
  if (!(CONTAINERS as readonly string[]).includes(name)) {
    report(
      ctx,
      startLine,
      `unknown container ":::${shorten(head)}"; expected one of :::${CONTAINERS.join(', :::')}`,
    );
    return skip();
  }
  if (!parsed.ok) {
    report(ctx, startLine, `:::${shorten(head)}: ${parsed.error.replace('::name', ':::name')}`);
    return skip();
  }
  if (close === undefined) {
    report(
      ctx,
      startLine,
      `":::${name}" opened here is never closed; expected a line ":::" after its ${name === REVEAL_CONTAINER ? 'answer' : 'code block'}`,
    );
    return true;
  }
  const nested = findNested(state, startLine, close);
  if (nested !== undefined) {
    report(
      ctx,
      nested,
      `a container cannot open inside ":::${name}" (line ${ctx.bodyLine + startLine}); expected ":::" to close it first`,
    );
    return skip();
  }
  if (name === REVEAL_CONTAINER) {
    const target = checkReveal(ctx, parsed.value, startLine);
    if (!target) return skip();
    const inner = wrap(state, 'reveal', startLine, close, { target });
    if (
      !inner.some(
        (t) => t.type !== 'paragraph_close' && t.type !== 'paragraph_open' && t.content.trim() !== '',
      )
    )
      report(ctx, startLine, `":::${name}" is empty; expected the worked answer between it and ":::"`);
    return true;
  }
  if (parsed.value.id !== undefined || parsed.value.entries.length > 0) {
    report(ctx, startLine, `":::${name}" takes no settings; expected a line ":::${name}" alone`);
    return skip();
  }
  const inner = wrap(state, 'incode', startLine, close, null);
  if (inner.length !== 1 || inner[0]!.type !== 'fence' || inner[0]!.info.trim() === '')
    report(
      ctx,
      startLine,
      `":::${name}" must hold exactly one fenced code block with a language; expected :::${name}, then \`\`\`python … \`\`\`, then :::`,
    );
  return true;
}

/**
 * Pushes `<kind>_open`, the inside parsed as Markdown, and `<kind>_close`; returns the inside's
 * tokens. What markdown-it-container does: the inside is a nested block with its own end.
 */
function wrap(
  state: StateBlock,
  kind: string,
  startLine: number,
  close: number,
  meta: Record<string, unknown> | null,
): Token[] {
  const open = state.push(`${kind}_open`, 'div', 1);
  open.block = true;
  open.map = [startLine, close + 1];
  open.meta = meta;
  const first = state.tokens.length;
  const oldParent = state.parentType;
  const oldMax = state.lineMax;
  state.parentType = 'lumen_container';
  state.lineMax = close;
  state.md.block.tokenize(state, startLine + 1, close);
  state.parentType = oldParent;
  state.lineMax = oldMax;
  const inner: Token[] = state.tokens.slice(first);
  const closeTok = state.push(`${kind}_close`, 'div', -1);
  closeTok.block = true;
  state.line = close + 1;
  return inner;
}

/** `:::reveal{for=<id>}`: the id of a predict-first widget defined above, else undefined (reported). */
function checkReveal(ctx: LessonContext, d: Directive, line0: number): string | undefined {
  const usage = `expected :::${REVEAL_CONTAINER}{for=<id of a predict-first widget above>}`;
  let ok = true;
  if (d.id !== undefined) {
    report(ctx, line0, `:::${REVEAL_CONTAINER}: takes no #id; ${usage}`);
    ok = false;
  }
  for (const e of d.entries)
    if (e.key !== 'for') {
      report(ctx, line0, `:::${REVEAL_CONTAINER}: unknown setting ${JSON.stringify(e.key)}; ${usage}`);
      ok = false;
    }
  const target = d.entries.find((e) => e.key === 'for');
  if (!target || target.bare || target.value.trim() === '') {
    report(ctx, line0, `:::${REVEAL_CONTAINER}: it needs the checkpoint it belongs to; ${usage}`);
    return undefined;
  }
  const widget = ctx.widgets.find((w) => w.id === target.value);
  const checkpoints = ctx.widgets.filter((w) => w.predict).map((w) => w.id);
  const expected = `expected one of: ${checkpoints.length ? checkpoints.join(', ') : '(no predict-first widget yet: place it before its answer)'}`;
  if (!widget) {
    report(
      ctx,
      line0,
      `:::${REVEAL_CONTAINER}: for="${target.value}" is not a widget defined above; ${expected}`,
    );
    return undefined;
  }
  if (!widget.predict) {
    report(
      ctx,
      line0,
      `:::${REVEAL_CONTAINER}: for="${target.value}" is a ::${widget.name} without predict, so nothing would ever reveal it; ${expected} (or add predict to line ${widget.line})`,
    );
    return undefined;
  }
  return ok ? widget.id : undefined;
}

/** The first line between `start` and `close` that opens a container (containers do not nest). */
function findNested(state: StateBlock, start: number, close: number): number | undefined {
  let fence: string | undefined;
  for (let l = start + 1; l < close; l++) {
    const t = lineText(state, l);
    if (fence) {
      if (t.startsWith(fence) && t.slice(fence.length).replace(/[`~]/g, '').trim() === '') fence = undefined;
      continue;
    }
    const f = /^(`{3,}|~{3,})/.exec(t);
    if (f) fence = f[1];
    else if (/^:::\S/.test(t)) return l;
  }
  return undefined;
}

/** The line of the closing `:::`, skipping over fenced code (which may itself contain `:::`). */
function findClose(state: StateBlock, startLine: number, endLine: number): number | undefined {
  let fence: string | undefined;
  for (let l = startLine + 1; l < endLine; l++) {
    const t = lineText(state, l);
    if (fence) {
      if (t.startsWith(fence) && t.slice(fence.length).replace(/[`~]/g, '').trim() === '') fence = undefined;
      continue;
    }
    const f = /^(`{3,}|~{3,})/.exec(t);
    if (f) fence = f[1];
    else if (t === ':::') return l;
  }
  return undefined;
}

function shorten(text: string): string {
  return text.length > 50 ? text.slice(0, 50) + '…' : text;
}

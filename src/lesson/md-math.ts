/**
 * markdown-it plugin: `$…$` inline math and `$$…$$` display math (one line or several), rendered
 * by KaTeX while parsing, so that a bad formula is reported with its line in the lesson file.
 *
 * The rules follow Pandoc: an opening `$` is followed by a non-space, a closing `$` follows a
 * non-space and is not followed by a digit. `\$` is a literal dollar sign (markdown-it's escape
 * rule). A `$` that opens no formula is an error rather than a silent dollar sign, so a typo in
 * math never ships as raw text. Code spans and code blocks are never scanned for math: the
 * backtick rule consumes a code span before this rule could see its `$`, and block code has no
 * inline parsing at all.
 */
import type { MarkdownIt, StateBlock, StateCore, StateInline, Token } from 'markdown-it';
import { contextOf, countNewlines, report } from './context';
import { renderMath } from './math';

const DOLLAR = 0x24;

export function mathPlugin(md: MarkdownIt): void {
  // Inline rules do not see where their paragraph sits in the file; this replacement of the core
  // `inline` rule records it before each inline parse.
  md.core.ruler.at('inline', (state: StateCore) => {
    const ctx = contextOf(state.env);
    for (const tok of state.tokens) {
      if (tok.type !== 'inline') continue;
      if (tok.map) ctx.inlineLine = tok.map[0];
      state.md.inline.parse(tok.content, state.md, state.env, tok.children ?? (tok.children = []));
    }
  });
  md.inline.ruler.after('escape', 'math_inline', mathInline);
  md.block.ruler.before('fence', 'math_block', mathBlock, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
  md.renderer.rules.math_inline = (tokens, idx) => String(tokens[idx]!.meta?.html ?? '');
  md.renderer.rules.math_block = (tokens, idx) =>
    `<div class="math-display">${String(tokens[idx]!.meta?.html ?? '')}</div>\n`;
}

function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/.test(c);
}

function mathInline(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const start = state.pos;
  if (src.charCodeAt(start) !== DOLLAR) return false;
  const display = src.charCodeAt(start + 1) === DOLLAR;
  const open = display ? 2 : 1;
  let end = -1;
  if (display || !isSpace(src[start + 1])) {
    for (let pos = start + open; pos < state.posMax; pos++) {
      const c = src[pos];
      if (c === '\\') {
        pos++;
        continue;
      }
      if (c !== '$') continue;
      if (display ? src[pos + 1] === '$' : !isSpace(src[pos - 1]) && !/[0-9]/.test(src[pos + 1] ?? '')) {
        end = pos;
        break;
      }
    }
  }
  const ctx = contextOf(state.env);
  const line = ctx.inlineLine + countNewlines(src.slice(0, start));
  if (end < 0) {
    if (!silent)
      report(
        ctx,
        line,
        `a "${display ? '$$' : '$'}" opens a formula that is never closed; expected ${display ? '$$…$$' : '$…$ (no space after the opening $ or before the closing $)'}, or \\$ for a dollar sign`,
      );
    state.pos = start + open;
    if (!silent) state.pending += src.slice(start, start + open);
    return true;
  }
  const tex = src.slice(start + open, end);
  state.pos = end + open;
  if (silent) return true;
  const token = state.push('math_inline', 'math', 0);
  token.content = tex;
  token.markup = display ? '$$' : '$';
  const html = render(ctx, tex, display, line);
  // `$$…$$` inside a paragraph is still a display: a centred line of its own.
  token.meta = { html: display && html ? `<span class="math-display">${html}</span>` : html };
  return true;
}

/** `$$` at the start of a line, closed by `$$` at the end of the same or a later line. */
function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const begin = state.bMarks[startLine]! + state.tShift[startLine]!;
  const max = state.eMarks[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  if (state.src.charCodeAt(begin) !== DOLLAR || state.src.charCodeAt(begin + 1) !== DOLLAR) return false;
  if (silent) return true;

  const ctx = contextOf(state.env);
  const first = state.src.slice(begin + 2, max);
  let tex: string | undefined;
  let last = startLine;
  let trailing = '';
  const sameLine = first.indexOf('$$');
  if (sameLine >= 0) {
    tex = first.slice(0, sameLine);
    trailing = first.slice(sameLine + 2);
  } else {
    const lines = [first];
    // Display math cannot contain a blank line (neither can TeX's), so the search stops there
    // instead of swallowing the rest of the lesson.
    for (let l = startLine + 1; l < endLine && !state.isEmpty(l); l++) {
      const text = state.src.slice(state.bMarks[l]! + state.tShift[l]!, state.eMarks[l]!);
      const close = text.indexOf('$$');
      if (close >= 0) {
        lines.push(text.slice(0, close));
        trailing = text.slice(close + 2);
        tex = lines.join('\n');
        last = l;
        break;
      }
      lines.push(text);
    }
  }
  state.line = last + 1;
  if (tex === undefined) {
    report(
      ctx,
      startLine,
      'display math "$$" opened here is never closed; expected a closing "$$" before the next blank line',
    );
    state.line = startLine + 1;
    return true;
  }
  if (trailing.trim() !== '')
    report(
      ctx,
      last,
      `text after the closing "$$": ${JSON.stringify(trailing.trim())}; expected display math to end its line`,
    );
  const token: Token = state.push('math_block', 'math', 0);
  token.block = true;
  token.content = tex;
  token.markup = '$$';
  token.map = [startLine, last + 1];
  token.meta = { html: render(ctx, tex, true, startLine) };
  return true;
}

/** Renders one formula; a KaTeX error is reported at the line of the error inside the formula. */
function render(ctx: ReturnType<typeof contextOf>, tex: string, display: boolean, line: number): string {
  if (tex.trim() === '') {
    report(ctx, line, 'empty formula; expected some math between the dollar signs');
    return '';
  }
  const r = renderMath(tex, display);
  if (r.ok) return r.html;
  const at = line + countNewlines(tex.slice(0, r.offset ?? 0));
  const d = display ? '$$' : '$';
  report(
    ctx,
    at,
    `KaTeX: ${r.message} in ${d}${shorten(tex)}${d}; expected LaTeX that KaTeX supports (https://katex.org/docs/supported)`,
  );
  return '';
}

function shorten(tex: string): string {
  const t = tex.trim().replace(/\s+/g, ' ');
  return t.length > 60 ? t.slice(0, 60) + '…' : t;
}

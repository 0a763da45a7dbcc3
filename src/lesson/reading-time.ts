/**
 * Reading time of a lesson: its prose words at 200 words per minute, rounded, at least a minute.
 * Counted from the parsed Markdown: text and inline code count by words, each formula as one
 * word; code blocks, widgets and step markers do not count (they are looked at, not read).
 */
import type { Token } from 'markdown-it';

export const WORDS_PER_MINUTE = 200;

export function countWordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function countProseWords(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) {
    if (t.type === 'math_block') n += 1;
    if (t.type !== 'inline' || !t.children) continue;
    for (const c of t.children) {
      if (c.type === 'text' || c.type === 'code_inline') n += countWordsIn(c.content);
      else if (c.type === 'math_inline') n += 1;
    }
  }
  return n;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * The Markdown dialect of lessons: CommonMark plus tables and typographic quotes, with raw HTML
 * switched off (`html: false`: a `<script>` in a lesson is shown as text, never run), plus math
 * and the Lumen directives. A fresh instance per lesson keeps no state between lessons.
 */
import markdownIt from 'markdown-it';
import type { MarkdownIt, StateCore } from 'markdown-it';
import { contextOf, report } from './context';
import { directivesPlugin } from './md-directives';
import { mathPlugin } from './md-math';

export function lessonMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: true });
  md.use(mathPlugin).use(directivesPlugin);
  // The page's only h1 is the lesson title from the front matter (one h1 per page, for screen
  // reader navigation), so the body starts at ##.
  md.core.ruler.after('block', 'lumen_headings', (state: StateCore) => {
    const ctx = contextOf(state.env);
    for (const t of state.tokens)
      if (t.type === 'heading_open' && t.tag === 'h1')
        report(
          ctx,
          t.map?.[0] ?? 0,
          'a "#" heading in the body; expected "##" and below (the page title is the front matter\'s title)',
        );
  });
  return md;
}

/**
 * The lesson dialect on good input: directives become the contract's markup, math becomes KaTeX
 * with theme colours, and nothing a lesson writes can become markup of its own.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { compileLesson, parseLesson, type Lesson } from '../../src/lesson/lesson';
import { COLOUR_MACROS, renderMath, rewriteColours } from '../../src/lesson/math';
import { parseDirective } from '../../src/lesson/directive-syntax';

const L2 = 'lessons/linear-algebra/02-matrices-are-transformations.md';
const FRONT =
  '---\ntitle: Matrices are transformations\ntrack: linear-algebra\norder: 2\nsummary: S.\naha: A.\n---\n';

function body(markdown: string, front = FRONT): Lesson {
  return parseLesson(L2, front + markdown);
}

describe('lesson 2 as written', () => {
  const lesson = parseLesson(L2, readFileSync(L2, 'utf8'));

  test('front matter, widgets and steps', () => {
    expect(lesson.meta).toEqual({
      title: 'Matrices are transformations',
      track: 'linear-algebra',
      order: 2,
      summary: expect.stringMatching(/columns/),
      aha: 'A matrix is just where the basis vectors land.',
    });
    expect(lesson.widgets.map((w) => w.id)).toEqual(['main', 'probe', 'guess']);
    expect(lesson.steps.length).toBeGreaterThanOrEqual(4);
    expect(lesson.steps.length).toBeLessThanOrEqual(6);
    expect(lesson.steps.every((s) => s.target === 'main')).toBe(true);
    expect(lesson.steps[0]!.settings.matrix).toBe('1 0; 0 1');
    expect(lesson.steps.at(-1)!.settings).toMatchObject({ matrix: '1 2; 0.5 1', eigen: 'true' });
  });

  test('500 to 900 words of prose, a predict-first plane and an in-code panel', () => {
    expect(lesson.words).toBeGreaterThanOrEqual(500);
    expect(lesson.words).toBeLessThanOrEqual(900);
    expect(lesson.html).toMatch(
      /<lumen-plane id="guess" predict="" matrix="2 1; -1 1" controls="false" zoom="2.5"><\/lumen-plane>/,
    );
    expect(lesson.html).toContain(
      '<details class="in-code" open><summary>In code</summary>\n<pre><code class="language-python">import numpy as np',
    );
  });
});

describe('directives', () => {
  test('widget: attributes in order, id first, bare flag as ""', () => {
    const l = body('::plane{#main matrix="1 1; 0 1" picture=house eigen}\n');
    expect(l.html).toBe('<lumen-plane id="main" matrix="1 1; 0 1" picture="house" eigen=""></lumen-plane>\n');
  });

  test('widget ids default to <name>-<n>', () => {
    const l = body('::plane\n\n::plane{zoom=2}\n');
    expect(l.widgets.map((w) => w.id)).toEqual(['plane-1', 'plane-2']);
    expect(l.html).toContain('<lumen-plane id="plane-2" zoom="2">');
  });

  test('steps: numbered markers with the target, title and settings as data attributes', () => {
    const l = body(
      '::plane{#main}\n' +
        '::step{target=main title="Rotate it" matrix="0 -1; 1 0" t=1}\n' +
        '::step{target=main title="Eigen" eigen}\n' +
        '::step{target=main title="Back" matrix="1 0; 0 1"}\n',
    );
    expect(l.steps.map((s) => s.line)).toEqual([9, 10, 11]);
    expect(l.html).toContain(
      '<p class="step" id="step-1" data-step="1" data-target="main" data-title="Rotate it" ' +
        'data-settings="{&quot;matrix&quot;:&quot;0 -1; 1 0&quot;,&quot;t&quot;:&quot;1&quot;}">' +
        '<a class="step-go" href="#main">Step 1 · Rotate it</a></p>',
    );
    expect(l.steps[1]!.settings).toEqual({ eigen: 'true' });
  });

  test('reveal container: the answer in the page, marked with its checkpoint, Markdown and math inside', () => {
    const l = body(
      '::plane{#guess predict}\n\n:::reveal{for=guess}\nIt is **half** of $u$: $(2, 1)$.\n\n$$x = 1$$\n:::\n\nAfter.\n',
    );
    const html = l.html;
    expect(html).toMatch(
      /<div class="reveal" data-reveal-for="guess">\n<p class="reveal-wait">[^<]+<\/p>\n<div class="reveal-body">\n<p>It is <strong>half<\/strong> of <span class="katex">/,
    );
    expect(html).toContain('class="math-display"');
    // The body closes before the prose that follows, which stays visible.
    expect(html.indexOf('</div>\n</div>')).toBeLessThan(html.indexOf('<p>After.</p>'));
    expect(l.widgets).toEqual([{ id: 'guess', name: 'plane', line: 8, predict: true }]);
  });

  test('the worked answers printed under checkpoints (review D1) are bound to their checkpoint', () => {
    const bound = (file: string): string[] =>
      [...parseLesson(file, readFileSync(file, 'utf8')).html.matchAll(/data-reveal-for="([^"]+)"/g)].map(
        (m) => m[1]!,
      );
    const expected: Record<string, string[]> = {
      'linear-algebra/02-matrices-are-transformations': ['guess'],
      'linear-algebra/03-composition-is-multiplication': ['guess'],
      'linear-algebra/04-the-determinant': ['area'],
      'linear-algebra/05-inverse-rank-column-space-null-space': ['back'],
      'linear-algebra/06-dot-product-projection-cosine': ['shadow'],
      'linear-algebra/07-change-of-basis': ['where'],
      'linear-algebra/08-eigenvectors-and-eigenvalues': ['kept', 'quarter'],
      'linear-algebra/09-transformations-in-3d': ['guess'],
      'linear-algebra/10-svd-and-pca': ['guess'],
      'probability/13-central-limit-theorem': ['guess'],
      'probability/14-conditional-probability-and-bayes': ['guess'],
      'probability/15-expectation-variance-covariance': ['guess'],
      'calculus/17-the-derivative': ['guess'],
      'calculus/18-the-chain-rule': ['guess'],
      'calculus/19-computational-graphs-and-backprop': ['guess'],
      'classic-ml/23-logistic-regression': ['apart-q'],
    };
    for (const [name, ids] of Object.entries(expected))
      expect(bound(`lessons/${name}.md`), name).toEqual(ids);
  });

  test('in-code container wraps its fenced block; ":::" inside the fence does not close it', () => {
    const l = body(':::incode\n```python\nprint(":::")\n:::\n```\n:::\n\nAfter.\n');
    expect(l.html).toBe(
      '<details class="in-code" open><summary>In code</summary>\n' +
        '<pre><code class="language-python">print(&quot;:::&quot;)\n:::\n</code></pre>\n</details>\n<p>After.</p>\n',
    );
  });

  test('directive syntax: quotes of both kinds, camelCase keys, ids', () => {
    const r = parseDirective(`::plane{#a-1 matrix='1 2; 3 4' zoomLevel=3 eigen}`);
    expect(r).toEqual({
      ok: true,
      value: {
        name: 'plane',
        id: 'a-1',
        entries: [
          { key: 'matrix', value: '1 2; 3 4', bare: false },
          { key: 'zoomLevel', value: '3', bare: false },
          { key: 'eigen', value: '', bare: true },
        ],
      },
    });
  });
});

describe('math', () => {
  test('inline and display math become KaTeX; a multi-line $$ block is one formula', () => {
    const l = body('Inline $x^2$ here.\n\n$$\nA = \\begin{bmatrix} 1 & 2 \\\\\n3 & 4 \\end{bmatrix}\n$$\n');
    expect(l.html).toMatch(
      /^<p>Inline <span class="katex">.*<\/span> here.<\/p>\n<div class="math-display"><span class="katex">/s,
    );
    expect(l.html).toContain(
      '<annotation encoding="application/x-tex">\nA = \\begin{bmatrix} 1 &amp; 2 \\\\\n3 &amp; 4 \\end{bmatrix}\n</annotation>',
    );
  });

  test('no math in code, escaped dollars stay dollars, prices need \\$', () => {
    const l = body('Code `$x$` and\n\n```\n$y$\n```\n\nA price of \\$5 and \\$10.\n');
    expect(l.html).not.toContain('katex');
    expect(l.html).toContain('<code>$x$</code>');
    expect(l.html).toContain('<pre><code>$y$\n</code></pre>');
    expect(l.html).toContain('A price of $5 and $10.');
  });

  test('a $ in a formula can be escaped too', () => {
    expect(body('Cost $\\$5 + x$.\n').html).toContain(
      '<annotation encoding="application/x-tex">\\$5 + x</annotation>',
    );
  });

  test('colour macros render in theme variables and colour only their argument', () => {
    const tex = Object.keys(COLOUR_MACROS)
      .map((m) => `\\${m}{x}`)
      .join('+');
    const r = renderMath(tex, false);
    if (!r.ok) throw new Error(r.message);
    for (const key of Object.values(COLOUR_MACROS)) expect(r.html).toContain(`color:var(--lumen-${key})`);
    expect(r.html).not.toMatch(/0000f\d/i);
    expect(r.html).not.toContain('mathcolor');
    const one = renderMath('\\ci{a}+b', false);
    if (!one.ok) throw new Error(one.message);
    expect(one.html.match(/color:var\(--lumen-i\)/g)).toHaveLength(1);
  });

  test('colour macros inside a matrix: every coloured piece is rewritten', () => {
    const r = renderMath('\\ci{\\begin{bmatrix} a \\\\ c \\end{bmatrix}} \\cj{\\frac{1}{\\sqrt{2}}}', true);
    if (!r.ok) throw new Error(r.message);
    expect(r.html.match(/color:var\(--lumen-i\)/g)!.length).toBeGreaterThan(2);
    expect(r.html).toContain('color:var(--lumen-j)');
    expect(r.html).not.toMatch(/0000f\d/i);
  });

  test('rewriteColours handles KaTeX spellings: spaces, upper case, MathML attributes', () => {
    expect(rewriteColours('<span style="color: #0000F1;">a</span><mstyle mathcolor="#0000f2">')).toBe(
      '<span style="color:var(--lumen-i);">a</span><mstyle>',
    );
    expect(rewriteColours('<span style="border-color:#0000f7;">')).toBe(
      '<span style="border-color:var(--lumen-error);">',
    );
  });
});

describe('escaping: nothing in a lesson becomes markup', () => {
  test('raw HTML in prose is shown as text', () => {
    const l = body('Hi <script>alert(1)</script> and <img src=x onerror=alert(1)>.\n');
    expect(l.html).not.toMatch(/<script|<img/i);
    expect(l.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test('a step title with quotes and tags stays inside its attribute and text', () => {
    const l = body(
      `::plane{#main}\n${[1, 2, 3].map((n) => `::step{target=main title='"><script>x${n}</script>'}\n`).join('')}`,
    );
    expect(l.html).not.toMatch(/<script/i);
    expect(l.html).toContain('data-title="&quot;&gt;&lt;script&gt;x1&lt;/script&gt;"');
    expect(l.html).toContain('Step 1 · &quot;&gt;&lt;script&gt;x1&lt;/script&gt;</a></p>');
  });

  test('javascript: links are dropped by markdown-it', () => {
    expect(body('[click](javascript:alert(1))\n').html).not.toContain('href="javascript');
  });

  test('a lesson with problems renders nothing', () => {
    const r = compileLesson(L2, FRONT + '::plane{matrix="<script>"}\n');
    expect(r.lesson).toBeUndefined();
    expect(r.problems[0]!.message).toContain('matrix="<script>" (lesson)');
  });
});

/**
 * Build errors of the lesson engine: each kind names the right file and line and says what was
 * expected. The broken lessons live in test/fixtures/lessons/<case>/lessons/…, read from disk the
 * way `vite build` reads the real ones.
 */
import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readLessonSources } from '../../src/lesson/lesson-files';
import { compileLesson } from '../../src/lesson/lesson';
import { MAX_NOTES } from '../../src/lesson/md-directives';
import { formatProblem, LessonBuildError } from '../../src/lesson/problems';
import { compileLessons } from '../../src/lesson/site-pages';

const L2 = 'lessons/linear-algebra/02-matrices-are-transformations.md';

/** Every problem of a fixture root, as `file:line: message`. */
function fixtureProblems(name: string): string[] {
  const root = fileURLToPath(new URL(`../fixtures/lessons/${name}`, import.meta.url));
  const sources = readLessonSources(root);
  expect(sources.length).toBe(1);
  try {
    compileLessons(sources);
  } catch (err) {
    expect(err).toBeInstanceOf(LessonBuildError);
    const e = err as LessonBuildError;
    expect(e.message).toBe(e.problems.map(formatProblem).join('\n'));
    return e.problems.map(formatProblem);
  }
  throw new Error(`fixture ${name} built without problems`);
}

const FRONT = (summary = 'One line.') =>
  `---\ntitle: Matrices are transformations\ntrack: linear-algebra\norder: 2\nsummary: ${summary}\naha: Columns.\n---\n`;

/** Problems of an in-memory lesson 2 whose body starts on line 8. */
function problems(body: string, file = L2, front = FRONT()): string[] {
  return compileLesson(file, front + body).problems.map(formatProblem);
}

describe('fixtures', () => {
  test('unknown widget', () => {
    const p = fixtureProblems('unknown-widget');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(
      new RegExp(
        `^${L2}:11: unknown directive "::histogram"; expected one of (::[a-z]+, )*::plane, (::[a-z]+, )*::step`,
      ),
    );
  });

  test('unknown directive (container), reported once', () => {
    expect(fixtureProblems('unknown-directive')).toEqual([
      `${L2}:11: unknown container ":::quiz"; expected one of :::incode, :::reveal`,
    ]);
  });

  test('bad attribute values and an unknown setting, all on the directive line', () => {
    const p = fixtureProblems('bad-attribute');
    expect(p).toHaveLength(3);
    for (const line of p) expect(line.startsWith(`${L2}:9: ::plane: `)).toBe(true);
    expect(p.join('\n')).toContain('matrix="1 2 3" (lesson): expected 2 rows of 2 numbers');
    expect(p.join('\n')).toContain('picture="castle" (lesson): must be one of none, house, face, cloud');
    expect(p.join('\n')).toMatch(
      /unknown setting "sparkle"; expected one of: (.+, )?matrix, (.+, )?picture, eigen/,
    );
    expect(p.join('\n')).not.toContain('Using');
  });

  test('KaTeX errors at the line of the error, inline and inside multi-line display math', () => {
    const p = fixtureProblems('katex-error');
    expect(p).toHaveLength(3);
    expect(p[0]).toMatch(
      new RegExp(`^${L2}:10: KaTeX: .*\\\\frac\\{1\\}\\{.*; expected LaTeX that KaTeX supports`),
    );
    expect(p[1]).toMatch(new RegExp(`^${L2}:14: KaTeX: Undefined control sequence: \\\\oops`));
    expect(p[2]).toMatch(new RegExp(`^${L2}:17: KaTeX: uses a command that lessons may not use`));
  });

  test('missing and unknown front matter fields', () => {
    expect(fixtureProblems('missing-field')).toEqual([
      `${L2}:1: front matter is missing "summary"; expected summary: what the lesson is about, one line`,
      `${L2}:1: front matter is missing "aha"; expected aha: the one picture the learner should leave with, one line`,
      `${L2}:5: unknown front matter field "sumary"; expected only title, track, order, summary, aha`,
    ]);
  });

  test('bad steps: target not yet defined, unknown target, bad value, no title', () => {
    const f = 'lessons/calculus/17-the-derivative.md';
    const p = fixtureProblems('bad-step');
    expect(p).toHaveLength(4);
    expect(p[0]).toBe(
      `${f}:9: ::step: the target "main" is not a widget defined above this step; expected one of: (no widget yet: place the widget before its steps)`,
    );
    expect(p[1]).toBe(
      `${f}:13: ::step: the target "nowhere" is not a widget defined above this step; expected one of: main`,
    );
    expect(p[2]).toMatch(
      new RegExp(`^${f}:15: ::step \\(target main\\): t="2" \\(lesson\\): must be between 0 and 1`),
    );
    expect(p[3]).toMatch(new RegExp(`^${f}:17: ::step: a step needs a title`));
  });

  test('too few steps: reported at the first step', () => {
    expect(fixtureProblems('step-count')).toEqual([
      `${L2}:11: the lesson has 2 presenter steps; expected 3 to 8 (or none)`,
    ]);
  });

  test('unclosed container: reported at its opening line', () => {
    expect(fixtureProblems('unclosed-container')).toEqual([
      `${L2}:11: ":::incode" opened here is never closed; expected a line ":::" after its code block`,
    ]);
  });
});

describe('more problems, in memory', () => {
  test('too many steps: reported at the ninth', () => {
    const steps = Array.from({ length: 9 }, (_, n) => `::step{target=main title="S${n}" t=1}\n`).join('');
    // body line 1 (file line 8) is the widget; steps follow on lines 9 … 17.
    expect(problems(`::plane{#main}\n${steps}`)).toEqual([
      `${L2}:17: the lesson has 9 presenter steps; expected at most 8`,
    ]);
  });

  test('directive syntax errors', () => {
    expect(problems('::plane{#main matrix="1 1; 0 1}\n')[0]).toMatch(
      /:8: ::plane\{#main matrix="1 1; 0 1}: the value of matrix opens a " quote that is never closed/,
    );
    expect(problems('::plane{#a #b}\n')[0]).toMatch(/:8: .*two ids, #a and #b/);
    expect(problems('::plane{t=1 t=0}\n')[0]).toMatch(/:8: .*t is set twice/);
    expect(problems('::plane{t=1} trailing\n')[0]).toMatch(
      /:8: .*after "}"; expected the directive alone on its line/,
    );
    expect(problems('::Plane\n')[0]).toMatch(/:8: .*a directive needs a name/);
  });

  test('widget ids: unique, not a step id', () => {
    expect(problems('::plane{#main}\n\n::plane{#main}\n')).toEqual([
      `${L2}:10: ::plane: the id "main" is already used by the widget on line 8; expected a unique #id`,
    ]);
    expect(problems('::plane{#step-2}\n')[0]).toMatch(
      /:8: ::plane: the id "step-2" is reserved for presenter steps/,
    );
  });

  test('speaker notes: text, at most MAX_NOTES characters, reported at their line', () => {
    const steps = (notes: string) =>
      '::plane{#main}\n' +
      `::step{target=main title="a" ${notes} t=1}\n::step{target=main title="b" t=0}\n::step{target=main title="c" t=1}\n::step{target=main title="d" t=0}\n`;
    expect(problems(steps('notes'))).toEqual([
      `${L2}:9: ::step: notes need text, e.g. notes="Ask the class what …"; expected ::step{target=<widget id> title="…" notes="…" <settings of that widget>}`,
    ]);
    expect(problems(steps('notes="  "'))[0]).toMatch(/^lessons\/.*:9: ::step: notes need text/);
    expect(problems(steps(`notes="${'x'.repeat(MAX_NOTES + 1)}"`))).toEqual([
      `${L2}:9: ::step: the notes are ${MAX_NOTES + 1} characters long; expected at most ${MAX_NOTES} (a few sentences to glance at)`,
    ]);
    // Good notes: not a setting of the widget, whitespace collapsed, markup kept as text.
    const ok = compileLesson(L2, FRONT() + steps(`notes=" Ask:  what <b>moves</b>? "`));
    expect(ok.problems).toEqual([]);
    expect(ok.lesson!.steps[0]!.notes).toBe('Ask: what <b>moves</b>?');
    expect(ok.lesson!.steps[0]!.settings).toEqual({ t: '1' });
    expect(ok.lesson!.html).toContain('data-notes="Ask: what &lt;b&gt;moves&lt;/b&gt;?"');
    expect(ok.lesson!.html).not.toContain('<b>');
    expect(ok.lesson!.steps[1]!.notes).toBeUndefined();
  });

  test('a step may not carry an #id', () => {
    expect(problems('::plane{#main}\n::step{#s target=main title="x"}\n')[0]).toMatch(
      /:9: ::step: a step has no #id/,
    );
  });

  test('::practice: a known set, a unique id, every mistake at its line', () => {
    const usage =
      'expected ::practice{set=<one of la-01, la-02, la-03, la-04, la-05, la-06, la-07, la-08, la-09, la-10, pr-11, pr-14, pr-15>}';
    expect(problems('::practice{set=la-02}\n')).toEqual([]);
    expect(problems('::practice\n')).toEqual([
      `${L2}:8: ::practice: it needs the set of questions; ${usage}`,
    ]);
    expect(problems('::practice{set=la-99}\n')).toEqual([
      `${L2}:8: ::practice: there is no practice set "la-99"; ${usage}`,
    ]);
    expect(problems('::practice{set=la-02 count=3}\n')).toEqual([
      `${L2}:8: ::practice: unknown setting "count"; ${usage}`,
    ]);
    expect(problems('::plane{#drill}\n\n::practice{#drill set=la-02}\n')).toEqual([
      `${L2}:10: ::practice: the id "drill" is already used on line 8; expected a unique #id`,
    ]);
    expect(problems('::practice{set=la-02}\n\n::plane{#practice-1}\n')[0]).toBe(
      `${L2}:10: ::plane: the id "practice-1" is already used by the widget on line 8; expected a unique #id`,
    );
  });

  test('::practice renders its place and set, and no question or answer', () => {
    const html = compileLesson(L2, FRONT() + '::practice{set=la-04}\n').lesson?.html ?? '';
    expect(html).toContain('<section class="practice" id="practice-1" data-practice-set="la-04"');
    expect(html).toContain('aria-label="Practice: The determinant"');
    // The questions are drawn in the page: no formula, and so no answer, is in the HTML.
    expect(html).not.toMatch(/katex|ad - bc|\\det/);
  });

  test(':::reveal: bound to a predict-first widget above, with every mistake at its line', () => {
    const plane = '::plane{#guess predict}\n\n';
    expect(problems(plane + ':::reveal{for=nothere}\nThe answer.\n:::\n')).toEqual([
      `${L2}:10: :::reveal: for="nothere" is not a widget defined above; expected one of: guess`,
    ]);
    expect(problems(':::reveal{for=late}\nThe answer.\n:::\n\n::plane{#late predict}\n')).toEqual([
      `${L2}:8: :::reveal: for="late" is not a widget defined above; expected one of: (no predict-first widget yet: place it before its answer)`,
    ]);
    expect(problems('::plane{#main}\n\n:::reveal{for=main}\nThe answer.\n:::\n')).toEqual([
      `${L2}:10: :::reveal: for="main" is a ::plane without predict, so nothing would ever reveal it; expected one of: (no predict-first widget yet: place it before its answer) (or add predict to line 8)`,
    ]);
    expect(problems(plane + ':::reveal\nThe answer.\n:::\n')).toEqual([
      `${L2}:10: :::reveal: it needs the checkpoint it belongs to; expected :::reveal{for=<id of a predict-first widget above>}`,
    ]);
    expect(problems(plane + ':::reveal{for=guess when=later}\nThe answer.\n:::\n')).toEqual([
      `${L2}:10: :::reveal: unknown setting "when"; expected :::reveal{for=<id of a predict-first widget above>}`,
    ]);
    expect(problems(plane + ':::reveal{for=guess\nThe answer.\n:::\n')[0]).toMatch(
      /:10: :::reveal\{for=guess: "\{" is never closed by "\}"; expected :::name/,
    );
    expect(problems(plane + ':::reveal{for=guess}\nThe answer.\n')).toEqual([
      `${L2}:10: ":::reveal" opened here is never closed; expected a line ":::" after its answer`,
    ]);
    expect(problems(plane + ':::reveal{for=guess}\n\n:::\n')).toEqual([
      `${L2}:10: ":::reveal" is empty; expected the worked answer between it and ":::"`,
    ]);
    expect(problems(plane + ':::reveal{for=guess}\nText.\n:::incode\n```python\nx\n```\n:::\n:::\n')[0]).toBe(
      `${L2}:12: a container cannot open inside ":::reveal" (line 10); expected ":::" to close it first`,
    );
    expect(problems(':::incode{#x}\n```python\nx\n```\n:::\n')).toEqual([
      `${L2}:8: ":::incode" takes no settings; expected a line ":::incode" alone`,
    ]);
    // ::predict is a checkpoint by itself; another widget is one with its predict setting on.
    expect(problems('::predict{#ask answer=1}\n\n:::reveal{for=ask}\nOne.\n:::\n')).toEqual([]);
    expect(problems('::plane{#g predict=false}\n\n:::reveal{for=g}\nOne.\n:::\n')[0]).toMatch(
      /:10: :::reveal: for="g" is a ::plane without predict/,
    );
  });

  test('stray or unknown containers', () => {
    expect(problems('Text.\n\n:::\n')).toEqual([
      `${L2}:10: ":::" closes no open container; expected :::incode … ::: around a code block, or :::reveal{for=<widget id>} … ::: around an answer`,
    ]);
    expect(problems(':::incode\nJust prose.\n:::\n')[0]).toMatch(
      /:8: ":::incode" must hold exactly one fenced code block with a language/,
    );
    expect(problems(':::incode\n```\nno language\n```\n:::\n')[0]).toMatch(
      /:8: ":::incode" must hold exactly one fenced code block/,
    );
  });

  test('math problems: unclosed dollars, unclosed display math, text after $$, empty formula, strict mode', () => {
    expect(problems('It costs $5 and\nmore.\n')[0]).toMatch(
      /:8: a "\$" opens a formula that is never closed; .*or \\\$ for a dollar sign/,
    );
    expect(problems('Line one.\n\n$$\nx^2\n\nAfter.\n')[0]).toMatch(
      /:10: display math "\$\$" opened here is never closed/,
    );
    expect(problems('$$ x $$ and more\n')[0]).toMatch(/:8: text after the closing "\$\$": "and more"/);
    expect(problems('$$\n\n$$ $$\n')).toContain(
      `${L2}:10: empty formula; expected some math between the dollar signs`,
    );
    expect(problems('Accent $é$ in math.\n')[0]).toMatch(/:8: KaTeX: .*strict mode/);
  });

  test('the page title is the only h1', () => {
    expect(problems('Intro.\n\n# A second title\n')).toEqual([
      `${L2}:10: a "#" heading in the body; expected "##" and below (the page title is the front matter's title)`,
    ]);
  });

  test('front matter: shape, track, order and file name against the curriculum', () => {
    const fm = (fields: string) => `---\n${fields}\n---\nBody.\n`;
    const base = 'title: T\nsummary: S\naha: A';
    const one = (file: string, text: string) => compileLesson(file, text).problems.map(formatProblem);
    expect(one(L2, 'No front matter.\n')[0]).toMatch(
      /:1: missing front matter; expected the file to start with a "---" line/,
    );
    expect(one(L2, '---\ntitle: x\n')[0]).toMatch(/:1: front matter opened here is never closed/);
    expect(one(L2, '---\ntitle: [x\n---\n')[0]).toMatch(/^lessons\/.*:\d+: front matter is not valid YAML/);
    expect(one(L2, fm(`${base}\ntrack: algebra\norder: 2`))).toEqual([
      `${L2}:5: unknown track "algebra"; expected track: one of linear-algebra, probability, calculus, classic-ml, generative-ai`,
    ]);
    expect(one(L2, fm(`${base}\ntrack: calculus\norder: 2`))[0]).toMatch(
      /:5: track "calculus" does not match the folder lessons\/linear-algebra\/; expected track: linear-algebra/,
    );
    expect(one(L2, fm(`${base}\ntrack: linear-algebra\norder: 3`))[0]).toMatch(
      /:6: order 3 does not match the file number 02; expected order: 2/,
    );
    expect(one(L2, fm(`${base}\ntrack: linear-algebra\norder: two`))[0]).toMatch(
      /:6: order "two" is not a whole number/,
    );
    expect(one(L2, fm(`${base}\ntrack: linear-algebra\norder: 2.5`))[0]).toMatch(
      /:6: order 2.5 is not a whole number/,
    );
    expect(
      one('lessons/linear-algebra/02-matrices.md', fm(`${base}\ntrack: linear-algebra\norder: 2`))[0],
    ).toMatch(
      /:1: the file name does not match lesson 2 of the curriculum; expected lessons\/linear-algebra\/02-matrices-are-transformations.md/,
    );
    expect(
      one('lessons/calculus/02-matrices-are-transformations.md', fm(`${base}\ntrack: calculus\norder: 2`))[0],
    ).toMatch(/:6: lesson 2 belongs to the track "linear-algebra", not "calculus"/);
    expect(
      one(L2, fm(`title: |\n  two\n  lines\nsummary: S\naha: A\ntrack: linear-algebra\norder: 2`))[0],
    ).toMatch(/:2: front matter field "title" must be one line of text/);
    expect(one('notes/lesson.md', fm(base))[0]).toMatch(
      /^notes\/lesson.md:1: a lesson file must be named lessons\/<track>\/<nn>-<slug>.md/,
    );
  });

  test('problems from several lessons are reported together, sorted by file', () => {
    const bad = (summary: string) => `${FRONT(summary)}::nope\n`;
    try {
      compileLessons([
        { file: L2, text: bad('x') },
        {
          file: 'lessons/linear-algebra/01-vectors-span-and-basis.md',
          text: bad('y').replace('order: 2', 'order: 1'),
        },
      ]);
      throw new Error('expected a LessonBuildError');
    } catch (err) {
      const lines = (err as Error).message.split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(
        /^lessons\/linear-algebra\/01-vectors-span-and-basis.md:8: unknown directive "::nope"/,
      );
      expect(lines[1]).toMatch(
        /^lessons\/linear-algebra\/02-matrices-are-transformations.md:8: unknown directive "::nope"/,
      );
    }
  });
});

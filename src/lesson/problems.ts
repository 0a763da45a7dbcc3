/**
 * Build errors of the lesson engine. Every problem names the lesson file and the 1-based line, in
 * the `file:line: what was wrong; what was expected` shape that editors and terminals turn into
 * links. A lesson collects all its problems before failing, so an author fixes them in one pass.
 */

export interface LessonProblem {
  /** Repository-relative path, e.g. `lessons/linear-algebra/02-matrices-are-transformations.md`. */
  readonly file: string;
  /** 1-based line in that file. */
  readonly line: number;
  readonly message: string;
}

export function formatProblem(p: LessonProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

export class LessonBuildError extends Error {
  readonly problems: readonly LessonProblem[];
  constructor(problems: readonly LessonProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'LessonBuildError';
    this.problems = problems;
  }
}

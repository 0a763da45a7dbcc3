/**
 * The curriculum (docs: /work/shared/CURRICULUM.md) as data: five tracks, 28 lessons. The home
 * page lists every lesson from here, written or not, and the lesson builder checks each lesson
 * file against its entry (track, number, file name), so the catalogue and the files cannot drift.
 */

export const TRACK_SLUGS = [
  'linear-algebra',
  'probability',
  'calculus',
  'classic-ml',
  'generative-ai',
] as const;
export type TrackSlug = (typeof TRACK_SLUGS)[number];

export interface Track {
  readonly slug: TrackSlug;
  readonly title: string;
  readonly blurb: string;
}

export interface CurriculumLesson {
  /** The lesson number, 1 … 28; also the `nn` of its file name and the front matter's `order`. */
  readonly number: number;
  readonly title: string;
  readonly track: TrackSlug;
  /** The `<slug>` of `lessons/<track>/<nn>-<slug>.md` and of its page. */
  readonly slug: string;
}

export const TRACKS: readonly Track[] = [
  { slug: 'linear-algebra', title: 'Linear algebra', blurb: 'Transforms you can grab.' },
  { slug: 'probability', title: 'Probability and statistics', blurb: 'Simulate it a million times.' },
  { slug: 'calculus', title: 'Calculus to the chain rule', blurb: 'Nudge it and watch the ripple.' },
  { slug: 'classic-ml', title: 'Classic machine learning from scratch', blurb: 'Watch the data flow.' },
  {
    slug: 'generative-ai',
    title: 'The math under generative AI',
    blurb: 'Meaning as direction, odds as temperature, attention as a weighted average.',
  },
];

const L = (number: number, track: TrackSlug, slug: string, title: string): CurriculumLesson => ({
  number,
  title,
  track,
  slug,
});

export const LESSONS: readonly CurriculumLesson[] = [
  L(1, 'linear-algebra', 'vectors-span-and-basis', 'Vectors, span and basis'),
  L(2, 'linear-algebra', 'matrices-are-transformations', 'Matrices are transformations'),
  L(3, 'linear-algebra', 'composition-is-multiplication', 'Composition is multiplication'),
  L(4, 'linear-algebra', 'the-determinant', 'The determinant'),
  L(5, 'linear-algebra', 'inverse-rank-column-space-null-space', 'Inverse, rank, column space, null space'),
  L(6, 'linear-algebra', 'dot-product-projection-cosine', 'Dot product, projection and cosine similarity'),
  L(7, 'linear-algebra', 'change-of-basis', 'Change of basis'),
  L(8, 'linear-algebra', 'eigenvectors-and-eigenvalues', 'Eigenvectors and eigenvalues'),
  L(9, 'linear-algebra', 'transformations-in-3d', 'Transformations in 3D'),
  L(10, 'linear-algebra', 'svd-and-pca', 'SVD and PCA'),
  L(11, 'probability', 'chance-and-large-numbers', 'Chance and the law of large numbers'),
  L(12, 'probability', 'distributions', 'Distributions'),
  L(13, 'probability', 'central-limit-theorem', 'The central limit theorem'),
  L(14, 'probability', 'conditional-probability-and-bayes', "Conditional probability and Bayes' theorem"),
  L(15, 'probability', 'expectation-variance-covariance', 'Expectation, variance, covariance'),
  L(16, 'probability', 'likelihood-confidence-bootstrap', 'Estimation: likelihood, confidence, bootstrap'),
  L(17, 'calculus', 'the-derivative', 'The derivative'),
  L(18, 'calculus', 'the-chain-rule', 'The chain rule'),
  L(19, 'calculus', 'computational-graphs-and-backprop', 'Computational graphs and backprop'),
  L(20, 'calculus', 'gradient-descent', 'Gradient descent'),
  L(21, 'calculus', 'backprop-in-a-neural-network', 'Backprop in a neural network'),
  L(22, 'classic-ml', 'linear-regression', 'Linear regression'),
  L(23, 'classic-ml', 'logistic-regression', 'Logistic regression'),
  L(24, 'classic-ml', 'k-means', 'k-means'),
  L(25, 'classic-ml', 'decision-trees', 'Decision trees'),
  L(26, 'generative-ai', 'embeddings-and-retrieval', 'Embeddings and retrieval'),
  L(27, 'generative-ai', 'softmax-temperature-cross-entropy', 'Softmax, temperature and cross-entropy'),
  L(28, 'generative-ai', 'attention', 'Attention'),
];

export function isTrackSlug(s: string): s is TrackSlug {
  return (TRACK_SLUGS as readonly string[]).includes(s);
}

export function trackBySlug(slug: TrackSlug): Track {
  const t = TRACKS.find((x) => x.slug === slug);
  if (!t) throw new Error(`no track ${slug}`);
  return t;
}

export function lessonByNumber(n: number): CurriculumLesson | undefined {
  return LESSONS.find((l) => l.number === n);
}

export function lessonsOfTrack(slug: TrackSlug): CurriculumLesson[] {
  return LESSONS.filter((l) => l.track === slug);
}

/** `02-matrices-are-transformations`: the base name of a lesson's source and of its page. */
export function lessonBaseName(l: Pick<CurriculumLesson, 'number' | 'slug'>): string {
  return `${String(l.number).padStart(2, '0')}-${l.slug}`;
}

/** Page path inside dist/, e.g. `lessons/linear-algebra/02-matrices-are-transformations.html`. */
export function lessonPagePath(l: Pick<CurriculumLesson, 'number' | 'slug' | 'track'>): string {
  return `lessons/${l.track}/${lessonBaseName(l)}.html`;
}

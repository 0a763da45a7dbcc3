/**
 * What the tests expect the built site to contain: the curriculum's tracks and lesson titles
 * (/work/shared/CURRICULUM.md) and the URL of the lesson every helper builds first.
 */
export const LESSON2 = '/lessons/linear-algebra/02-matrices-are-transformations.html';

export const TRACKS: readonly { slug: string; title: string; lessons: readonly string[] }[] = [
  {
    slug: 'linear-algebra',
    title: 'Linear algebra',
    lessons: [
      'Vectors, span and basis',
      'Matrices are transformations',
      'Composition is multiplication',
      'The determinant',
      'Inverse, rank, column space, null space',
      'Dot product, projection and cosine similarity',
      'Change of basis',
      'Eigenvectors and eigenvalues',
      'Transformations in 3D',
      'SVD and PCA',
    ],
  },
  {
    slug: 'probability',
    title: 'Probability and statistics',
    lessons: [
      'Chance and the law of large numbers',
      'Distributions',
      'The central limit theorem',
      "Conditional probability and Bayes' theorem",
      'Expectation, variance, covariance',
      'Estimation: likelihood, confidence, bootstrap',
    ],
  },
  {
    slug: 'calculus',
    title: 'Calculus',
    lessons: [
      'The derivative',
      'The chain rule',
      'Computational graphs and backprop',
      'Gradient descent',
      'Backprop in a neural network',
    ],
  },
  {
    slug: 'classic-ml',
    title: 'Classic machine learning',
    lessons: ['Linear regression', 'Logistic regression', 'k-means', 'Decision trees'],
  },
  {
    slug: 'generative-ai',
    title: 'generative AI',
    lessons: ['Embeddings and retrieval', 'Softmax, temperature and cross-entropy', 'Attention'],
  },
];

export const THEME_NAMES = ['light', 'dark', 'projector'] as const;

/** Typographic quotes and minus signs as plain ASCII, for comparing text. */
export function plain(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2212/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

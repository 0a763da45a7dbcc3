/**
 * Every widget, by its short name: the tag and the property table. Pure data (no DOM), so the
 * lesson builder can check a directive's settings in Node with the very table the element uses.
 * The elements themselves load lazily through `loaders.ts`.
 */
import type { PropTable } from '../ui/props';
import { PLANE_PROPS } from './plane/props';
import { PREDICT_PROPS } from './predict/props';
import { GRAPH_PROPS } from './graph/props';
import { SVD_PROPS } from './svd/props';
import { SPACE_PROPS } from './space/props';
import { SAMPLER_PROPS } from './sampler/props';
import { CLT_PROPS } from './clt/props';
import { ESTIMATE_PROPS } from './estimate/props';
import { DESCENT_PROPS } from './descent/props';
import { DERIVATIVE_PROPS } from './derivative/props';
import { NETWORK_PROPS } from './network/props';
import { BAYES_PROPS } from './bayes/props';
import { COVARIANCE_PROPS } from './covariance/props';
import { REGRESSION_PROPS } from './regression/props';
import { LOGISTIC_PROPS } from './logistic/props';
import { KMEANS_PROPS } from './kmeans/props';
import { TREE_PROPS } from './tree/props';
import { SOFTMAX_PROPS } from './softmax/props';
import { EMBED_PROPS } from './embed/props';
import { ATTENTION_PROPS } from './attention/props';

export interface WidgetInfo {
  readonly tag: string;
  readonly props: PropTable;
  readonly summary: string;
}

export const WIDGETS: Readonly<Record<string, WidgetInfo>> = {
  sampler: {
    tag: 'lumen-sampler',
    props: SAMPLER_PROPS,
    summary:
      'Draw from a coin, a die or a distribution 1, 100 or 1,000,000 at a time: the histogram over the exact pmf/pdf, and the running mean settling on the true mean.',
  },
  descent: {
    tag: 'lumen-descent',
    props: DESCENT_PROPS,
    summary:
      'Gradient descent on a loss surface in 3D and as a contour map: several learning rates side by side, with momentum, loss curves and divergence.',
  },
  derivative: {
    tag: 'lumen-derivative',
    props: DERIVATIVE_PROPS,
    summary:
      'The derivative: a secant shrinks into the tangent as you zoom in (tangent), or a nudge ripples through g and f on number lines (chain).',
  },
  bayes: {
    tag: 'lumen-bayes',
    props: BAYES_PROPS,
    summary:
      'Bayes’ theorem: a population of dots split by condition and test result, and a coin whose beta prior updates flip by flip.',
  },
  kmeans: {
    tag: 'lumen-kmeans',
    props: KMEANS_PROPS,
    summary:
      'k-means one half-step at a time: place centroids, assign points to the nearest one (Voronoi cells), move each to its mean; inertia per step, 20 seeds, the elbow over k.',
  },
  tree: {
    tag: 'lumen-tree',
    props: TREE_PROPS,
    summary:
      'A decision tree grown split by split: boxes on the plane beside the diagram, the impurity of every candidate threshold, max depth and train/test accuracy; or ID3 information gain on a categorical table.',
  },
  covariance: {
    tag: 'lumen-covariance',
    props: COVARIANCE_PROPS,
    summary:
      'A 2D Gaussian cloud shaped by dragging its axes: covariance matrix, sigma ellipses and correlation.',
  },
  embed: {
    tag: 'lumen-embed',
    props: EMBED_PROPS,
    summary:
      'Word vectors learned in the page from 230 years of speeches (co-occurrence → PPMI → randomized SVD): a word map, neighbours by cosine, analogies, and passage retrieval scored by recall@k and MRR.',
  },
  softmax: {
    tag: 'lumen-softmax',
    props: SOFTMAX_PROPS,
    summary:
      'Softmax with a temperature: logits become probabilities, draws and a cross-entropy with its gradient p − y; then a bigram model of the speeches writes text at that temperature.',
  },
  attention: {
    tag: 'lumen-attention',
    props: ATTENTION_PROPS,
    summary:
      'Attention on a short sentence (word vectors learned in the page) or on typed Q, K, V: the scores QKᵀ/√d, their row-wise softmax as a heat map, each output row as the weighted mix of the value rows; causal mask, two heads.',
  },
  estimate: {
    tag: 'lumen-estimate',
    props: ESTIMATE_PROPS,
    summary:
      'Estimation: the likelihood of a parameter with its maximum, 100 confidence intervals with their misses, a bootstrap histogram with its percentile interval.',
  },
  clt: {
    tag: 'lumen-clt',
    props: CLT_PROPS,
    summary:
      'The central limit theorem: millions of sample means from any source (even one you draw) pile up into the normal curve of sd σ/√n.',
  },
  graph: {
    tag: 'lumen-graph',
    props: GRAPH_PROPS,
    summary:
      'The computation graph of a small program: step the forward and backward passes, read the chain rule node by node.',
  },
  network: {
    tag: 'lumen-network',
    props: NETWORK_PROPS,
    summary:
      'A small neural network training live on 2D points: decision boundary, loss curves, and the gradient of every weight.',
  },
  regression: {
    tag: 'lumen-regression',
    props: REGRESSION_PROPS,
    summary:
      'Linear regression on your own points: the least-squares line with its residual squares, gradient descent on the (w, b) loss map, polynomials with a held-out share.',
  },
  logistic: {
    tag: 'lumen-logistic',
    props: LOGISTIC_PROPS,
    summary:
      'Logistic regression on your own two classes: probability shading and the 0.5 boundary stepping downhill on the log-loss, a 1D sigmoid view, L2, the fit to convergence and the separable case.',
  },
  plane: {
    tag: 'lumen-plane',
    props: PLANE_PROPS,
    summary: 'A 2D linear transformation: drag where î and ĵ land.',
  },
  predict: {
    tag: 'lumen-predict',
    props: PREDICT_PROPS,
    summary:
      'A predict-first checkpoint: commit to a number or a choice, then see the answer and how close you were.',
  },
  space: {
    tag: 'lumen-space',
    props: SPACE_PROPS,
    summary:
      'A 3D linear transformation: drag where î, ĵ and k̂ land; the unit cube’s volume is the determinant.',
  },
  svd: {
    tag: 'lumen-svd',
    props: SVD_PROPS,
    summary:
      'SVD and PCA: a matrix turns the unit circle into an ellipse (rotate, stretch, rotate); a point cloud shows its principal axes.',
  },
};

export function widgetByTag(tag: string): [string, WidgetInfo] | undefined {
  return Object.entries(WIDGETS).find(([, w]) => w.tag === tag.toLowerCase());
}

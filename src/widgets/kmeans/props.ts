/**
 * The property table of `<lumen-kmeans>`: points (seeded or placed by hand), k starting centroids
 * (placed by hand, or chosen by random / k-means++ from a seed), and how far Lloyd's algorithm has
 * run, in half-steps (assign, update, assign, …). Attributes, lesson directives, the page URL and
 * `setState` all land here, so a link replays the same run.
 */
import { booleanProp, enumProp, numberProp, type StateOf } from '../../ui/props';
import { pointListProp } from '../../ui/point-list-prop';
import { MAX_POINTS } from '../../math/ml/points';
import { pointsProp } from '../../ui/data-editor/points-prop';
import { runProps } from '../../ui/run-controller';
import { DIGIT_PATHS } from './digits-protocol';

export const MAX_K = 10;
export const LIMIT = 100;
/** The iteration counts half-steps: 100 assign steps and 100 updates at most. */
export const MAX_STEP = 200;
export const SEED_MAX = 999999;

export const DATASETS = ['blobs', 'uneven', 'uniform', 'hand'] as const;
export type Dataset = (typeof DATASETS)[number];

const RUN = runProps({ limit: MAX_STEP, speed: 4 });

export const KMEANS_PROPS = {
  mode: enumProp({
    default: 'plane',
    values: ['plane', 'mnist'] as const,
    doc: 'plane: points in 2D (seeded or the learner’s own); mnist: 10,000 MNIST digits of 784 pixels, downloaded when chosen, clustered in a worker, the k centroids drawn as 28 × 28 images (k, seed, iteration apply).',
  }),
  path: enumProp({
    default: 'auto',
    values: DIGIT_PATHS,
    doc: 'mnist: which arithmetic runs the assign step (all distances as one matrix product): auto (tfjs on the best backend here, typed arrays if it cannot start), typed arrays, or one tfjs backend (wasm, cpu, webgl).',
  }),
  data: enumProp({
    default: 'blobs',
    values: DATASETS,
    doc: 'The points: seeded round blobs, blobs of uneven size and spread, a uniform square, or the hand-placed `points`.',
  }),
  points: pointsProp({
    default: [],
    doc: 'The learner’s points (used when data is hand; a class column is ignored): the data editor adds, drags, deletes, pastes and loads them.',
  }),
  n: numberProp({
    default: 150,
    min: 10,
    max: MAX_POINTS,
    integer: true,
    doc: 'How many seeded points (data blobs, uneven, uniform).',
  }),
  k: numberProp({
    default: 3,
    min: 1,
    max: MAX_K,
    integer: true,
    doc: 'The number of clusters, when the centroids are chosen by `init` (placed centroids set k themselves).',
  }),
  centroids: pointListProp({
    max: MAX_K,
    limit: LIMIT,
    doc: 'The starting centroids; "none" lets `init` choose k of them from `seed`. Clicking the plot places one; the Random and k-means++ buttons fill them in.',
  }),
  init: enumProp({
    default: 'plusplus',
    values: ['random', 'plusplus'] as const,
    doc: 'How centroids are chosen when none are placed: random (k distinct points) or plusplus (k-means++: far points are likelier).',
  }),
  seed: numberProp({
    default: 1,
    min: 0,
    max: SEED_MAX,
    integer: true,
    doc: 'The seed of the points and of the initial centroids: the same seed gives the same run.',
  }),
  ...RUN,
  iteration: {
    ...RUN.iteration,
    doc: 'How far the run has gone, in half-steps: 0 the start, 1 the first assign, 2 the first update, 3 the next assign, …; past convergence it shows the end. Play, ±1 and Rewind change it, and a link replays the same run.',
  },
  click: enumProp({
    default: 'centroids',
    values: ['centroids', 'points'] as const,
    doc: 'What a click on the plot places: a centroid, or (with the data editor) a point.',
  }),
  voronoi: booleanProp({
    default: true,
    doc: 'Shade the Voronoi cell of each centroid (the region the next assign step gives it).',
  }),
  spread: booleanProp({
    default: false,
    doc: 'Show the final inertia of 20 runs from 20 seeds (the current run marked): bad starts end in bad minima.',
  }),
  elbow: booleanProp({ default: false, doc: 'Show the elbow plot: the best final inertia for k = 1 … 10.' }),
  controls: booleanProp({ default: true, doc: 'Show the data, initialisation and run controls.' }),
  formula: booleanProp({
    default: true,
    doc: 'Show the live formula of the current step, with its numbers.',
  }),
};

export type KmeansState = StateOf<typeof KMEANS_PROPS>;

/**
 * The property table of `<lumen-tree>`: a decision tree grown split by split. `mode="plane"`: two
 * numeric features (the learner's labelled points), boxes on the plane; `mode="table"`: a
 * categorical table (CSV text with a header, the last column the class) and the information gain
 * of every attribute at every node.
 */
import { booleanProp, enumProp, numberProp, textProp, type StateOf } from '../../ui/props';
import { pointsProp } from '../../ui/data-editor/points-prop';
import { runProps } from '../../ui/run-controller';
import { moons } from '../../math/ml/generators';
import { PLAY_TENNIS } from '../../math/ml/id3';

export const MAX_SPLITS = 60;
const RUN = runProps({ limit: MAX_SPLITS, speed: 2 });

export const TREE_PROPS = {
  mode: enumProp({
    default: 'plane',
    values: ['plane', 'table'] as const,
    doc: 'plane: two numeric features, the tree’s boxes on the plane beside its diagram; table: a categorical table and the information gain of every attribute at every node.',
  }),
  points: pointsProp({
    default: moons(120, 2, 0.3),
    doc: 'plane: the labelled points (x y class); the data editor adds, drags, deletes, pastes and loads them.',
  }),
  table: textProp({
    default: PLAY_TENNIS,
    maxLength: 20000,
    doc: 'table: the data as CSV text with a header (rows separated by new lines or ";"), the last column the class.',
  }),
  criterion: enumProp({
    default: 'gini',
    values: ['gini', 'entropy'] as const,
    doc: 'The impurity a split must lower: Gini (1 − Σ p²) or entropy (−Σ p log₂ p, information gain).',
  }),
  depth: numberProp({
    default: 4,
    min: 1,
    max: 12,
    integer: true,
    doc: 'plane: the maximum depth of the tree.',
  }),
  minSamples: numberProp({
    default: 2,
    min: 2,
    max: 100,
    integer: true,
    doc: 'plane: a node with fewer training points than this is not split.',
  }),
  test: numberProp({
    default: 0.3,
    min: 0,
    max: 0.8,
    doc: 'plane: the share of the points held out as the test set (drawn hollow, never used to grow the tree).',
  }),
  seed: numberProp({
    default: 1,
    min: 0,
    max: 999999,
    integer: true,
    doc: 'plane: the seed of the train/test split.',
  }),
  ...RUN,
  iteration: {
    ...RUN.iteration,
    doc: 'plane: how many splits the tree has made (breadth-first); past the fully grown tree it shows the whole tree. Play, ±1 and Rewind change it.',
  },
  node: numberProp({
    default: 0,
    min: 0,
    max: 999,
    integer: true,
    doc: 'plane: the node in focus (0 is the root, then in the order the nodes were made): its box, its place in the diagram and the impurity of its every candidate split.',
  }),
  controls: booleanProp({ default: true, doc: 'Show the settings, the data editor and the run controls.' }),
  formula: booleanProp({ default: true, doc: 'Show the live impurity formula of the node in focus.' }),
};

export type TreeState = StateOf<typeof TREE_PROPS>;

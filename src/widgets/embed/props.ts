/**
 * The property table of `<lumen-embed>`: how the word vectors are learned from the corpus
 * (window, weighting, k, vocabulary), and what is asked of them (a word's neighbours, an analogy,
 * a retrieval query with its evaluation).
 */
import { booleanProp, enumProp, numberProp, textProp, type StateOf } from '../../ui/props';

export const EMBED_PROPS = {
  vocab: numberProp({
    default: 5000,
    min: 500,
    max: 9998,
    integer: true,
    doc: 'How many words get a vector: the most frequent ones of the corpus.',
  }),
  window: numberProp({
    default: 4,
    min: 1,
    max: 10,
    integer: true,
    doc: 'Two words co-occur when at most this many tokens apart.',
  }),
  weighting: enumProp({
    default: 'ppmi',
    values: ['ppmi', 'counts'] as const,
    doc: 'What the SVD factors: positive pointwise mutual information, or the raw co-occurrence counts.',
  }),
  k: numberProp({
    default: 64,
    min: 2,
    max: 128,
    integer: true,
    doc: 'The length of each word vector: how many singular vectors are kept.',
  }),
  seed: numberProp({
    default: 1,
    min: 0,
    max: 999999,
    integer: true,
    doc: 'The seed of the random matrix the randomized SVD starts from.',
  }),
  path: enumProp({
    default: 'auto',
    values: ['auto', 'typed', 'cpu', 'wasm', 'webgl'] as const,
    doc: 'Where the SVD runs: auto (typed arrays in a worker, the fastest here on a sparse matrix), typed arrays, or a tfjs backend.',
  }),
  word: textProp({
    default: 'three',
    maxLength: 40,
    doc: 'The word whose nearest neighbours by cosine are listed.',
  }),
  analogy: textProp({
    default: 'france paris london',
    maxLength: 80,
    doc: 'Three words a b c: the words nearest a − b + c (a is to b as ? is to c), with a, b, c left out.',
  }),
  query: textProp({
    default: 'health insurance for older people',
    maxLength: 200,
    doc: 'A retrieval query: the passages whose vectors are nearest by cosine.',
  }),
  topk: numberProp({
    default: 10,
    min: 1,
    max: 50,
    integer: true,
    doc: 'How many neighbours and passages are listed, and the k of recall@k.',
  }),
  controls: booleanProp({ default: true, doc: 'Show the settings and the fields.' }),
  formula: booleanProp({
    default: true,
    doc: 'Show the live formula (PPMI, cosine, recall@k and MRR with their numbers).',
  }),
};

export type EmbedState = StateOf<typeof EMBED_PROPS>;

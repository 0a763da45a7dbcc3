/**
 * Sentences and short numbers of `<lumen-network>`: the status line, the screen-reader
 * description, the label of every weight, and the dataset names. Pure strings from numbers.
 */
import { FEATURE_LABELS, type Feature } from '../../math/nn/features';
import type { EdgeRef } from './props';
import { plain } from '../../math/number-text';

/** A number in 3 significant digits with a true minus sign; tiny ones in exponent form. */
export function num(v: number, digits = 3): string {
  return plain(v, digits);
}

/** A loss with four decimals (losses live in 0 … 2, where three significant digits hide progress). */
export function lossText(v: number | undefined): string {
  return v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(4);
}

export const DATASET_NAMES: Readonly<Record<string, string>> = {
  circle: 'circle',
  xor: 'xor (four quadrants)',
  gauss: 'two gaussians',
  spiral: 'two spirals',
};

export function shapeText(sizes: readonly number[]): string {
  return sizes.join('–');
}

/** "w₁ from x₁ to h₁₂": the name of a weight in words and subscripts, as in the formula. */
export function edgeName(e: EdgeRef, sizes: readonly number[], inputs?: readonly Feature[]): string {
  return `weight of layer ${e.layer}, from ${neuronName(e.layer - 1, e.from, sizes, inputs)} to ${neuronName(e.layer, e.to, sizes)}`;
}

/**
 * x₁, x₂ for the plain inputs (the feature's name, such as x², for any other list), "the output"
 * for the last neuron, "neuron 3 of hidden layer 2" otherwise.
 */
export function neuronName(
  layer: number,
  index: number,
  sizes: readonly number[],
  inputs?: readonly Feature[],
): string {
  const f = inputs?.[index - 1];
  if (layer === 0 && f && inputs.join(' ') !== 'x y') return `input ${FEATURE_LABELS[f]}`;
  if (layer === 0) return index === 1 ? 'input x₁' : 'input x₂';
  if (layer === sizes.length - 1) return 'the output';
  return `neuron ${index} of hidden layer ${layer}`;
}

export interface RunFacts {
  readonly dataset: string;
  readonly sizes: readonly number[];
  readonly activation: string;
  readonly trainCount: number;
  readonly testCount: number;
  readonly epoch: number;
  /** Batches trained since the seeded start. */
  readonly batches: number;
  readonly trainLoss: number | undefined;
  readonly testLoss: number | undefined;
  readonly playing: boolean;
  readonly backend: string;
}

export function statusText(f: RunFacts): string {
  return `Epoch ${f.epoch} (${f.batches} batch${f.batches === 1 ? '' : 'es'}) · training loss ${lossText(f.trainLoss)} · test loss ${lossText(f.testLoss)}`;
}

export function describeRun(f: RunFacts): string {
  // The losses are measured once per epoch: within the first one they are still the start's.
  const losses =
    f.epoch > 0
      ? `After ${f.epoch} epoch${f.epoch === 1 ? '' : 's'}: training loss ${lossText(f.trainLoss)}, test loss ${lossText(f.testLoss)}.`
      : f.batches > 0
        ? `${f.batches} batch${f.batches === 1 ? '' : 'es'} into the first epoch; losses at the start: training ${lossText(f.trainLoss)}, test ${lossText(f.testLoss)}.`
        : 'Not trained yet.';
  return (
    `A ${shapeText(f.sizes)} network with ${f.activation} neurons learning the ${DATASET_NAMES[f.dataset] ?? f.dataset} dataset ` +
    `(${f.trainCount} training points, ${f.testCount} test points). ${losses} ` +
    `Training is ${f.playing ? 'running' : 'paused'}; computed with ${f.backend}.`
  );
}

/** The label of one weight, for its focusable edge in the diagram. */
export function edgeLabel(
  e: EdgeRef,
  sizes: readonly number[],
  w: number,
  g: number | undefined,
  inputs?: readonly Feature[],
): string {
  const grad = g === undefined ? 'no gradient yet' : `gradient ∂L/∂w = ${num(g)}`;
  return `${edgeName(e, sizes, inputs)}: w = ${num(w)}, ${grad}`;
}

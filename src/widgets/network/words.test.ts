import { describe, expect, it } from 'vitest';
import { describeRun, edgeLabel, lossText, num, statusText } from './words';
import { diagramLayout, edgeWidth, viewHeight, VIEW_W } from './diagram';

const facts = {
  dataset: 'xor',
  sizes: [2, 4, 1],
  activation: 'relu',
  trainCount: 150,
  testCount: 150,
  epoch: 12,
  batches: 180,
  trainLoss: 0.123456,
  testLoss: 0.2,
  playing: false,
  backend: 'typed arrays in a worker',
};

describe('network words and diagram geometry', () => {
  it('describes the run with its epoch and both losses', () => {
    expect(describeRun(facts)).toBe(
      'A 2–4–1 network with relu neurons learning the xor (four quadrants) dataset (150 training points, 150 test points). ' +
        'After 12 epochs: training loss 0.1235, test loss 0.2000. Training is paused; computed with typed arrays in a worker.',
    );
    expect(describeRun({ ...facts, epoch: 0, batches: 0, trainLoss: undefined })).toContain(
      'Not trained yet.',
    );
    expect(describeRun({ ...facts, epoch: 0, batches: 1, trainLoss: 0.5 })).toContain(
      '1 batch into the first epoch; losses at the start: training 0.5000, test 0.2000.',
    );
    expect(statusText({ ...facts, testLoss: undefined })).toBe(
      'Epoch 12 (180 batches) · training loss 0.1235 · test loss —',
    );
  });

  it('writes numbers with a true minus and never NaN', () => {
    expect(num(-0.012345)).toBe('−0.0123');
    expect(num(2e-5)).toBe('2e−5');
    expect(num(-2.5e-6)).toBe('−2.5e−6');
    expect(num(NaN)).toBe('—');
    expect(lossText(NaN)).toBe('—');
    expect(edgeLabel({ layer: 1, to: 2, from: 1 }, [2, 4, 1], 0.5, undefined)).toBe(
      'weight of layer 1, from input x₁ to neuron 2 of hidden layer 1: w = 0.5, no gradient yet',
    );
    expect(edgeLabel({ layer: 1, to: 1, from: 2 }, [2, 1], 0.5, undefined, ['x2', 'y2'])).toBe(
      'weight of layer 1, from input y² to the output: w = 0.5, no gradient yet',
    );
  });

  it('lays the diagram out inside its view, columns left to right, widest layer fitting', () => {
    for (const sizes of [
      [2, 1, 1],
      [2, 8, 8, 8, 8, 1],
      [2, 3, 1],
    ]) {
      const h = viewHeight(sizes);
      const places = diagramLayout(sizes);
      expect(places.map((c) => c.length)).toEqual(sizes);
      for (const col of places)
        for (const p of col) {
          expect(p.x).toBeGreaterThan(0);
          expect(p.x).toBeLessThan(VIEW_W);
          expect(p.y).toBeGreaterThan(0);
          expect(p.y).toBeLessThan(h);
        }
      const xs = places.map((c) => c[0]?.x ?? 0);
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    }
    expect(edgeWidth(0)).toBeLessThan(edgeWidth(1));
    expect(edgeWidth(-5)).toBe(edgeWidth(3));
    expect(edgeWidth(NaN)).toBe(edgeWidth(0));
  });
});

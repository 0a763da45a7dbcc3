/**
 * The tensor assign kernel (one matMul on tfjs's cpu backend) against the typed-array kernel and
 * the plain distance formula: the same labels on a seeded case, the same whole run, and no
 * tensors left behind.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../math/random';
import { assign, initPlusPlus } from '../math/ml/kmeans';
import { denseLloyd, drain, typedAssigner, type DenseState } from '../math/ml/kmeans-dense';
import { fakeDigits } from '../../test/helpers/digits';
import { tensorAssigner } from './kmeans-tensor';

beforeAll(async () => {
  tf.enableProdMode();
  await tf.setBackend('cpu');
});

describe('tensor k-means assign', () => {
  it('gives the labels of the typed kernel and of the plain formula, and leaks no tensors', () => {
    const data = fakeDigits(600, 784, 3);
    const c = Float32Array.from(initPlusPlus(data, 10, createRandom(5)));
    const before = tf.memory().numTensors;
    const t = tensorAssigner(tf, data);
    const fromTensor = new Int32Array(data.n);
    drain(t.assign(c, 10, fromTensor));
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
    const fromTyped = new Int32Array(data.n);
    drain(typedAssigner(data)(c, 10, fromTyped));
    expect([...fromTensor]).toEqual([...fromTyped]);
    expect([...fromTensor]).toEqual([...assign(data, c, 10).labels]);
  });

  it('runs the same whole Lloyd run as the typed path', () => {
    const data = fakeDigits(400, 784, 8);
    const collect = (g: Generator<DenseState | undefined, void>): DenseState[] =>
      [...g].filter((s): s is DenseState => s !== undefined);
    const before = tf.memory().numTensors;
    const t = tensorAssigner(tf, data);
    const a = collect(denseLloyd(data, 8, 4, t.assign));
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
    const b = collect(denseLloyd(data, 8, 4, typedAssigner(data)));
    expect(a.map((s) => [s.phase, s.changed, s.inertia])).toEqual(
      b.map((s) => [s.phase, s.changed, s.inertia]),
    );
    expect(a.length).toBeGreaterThan(3);
  });
});

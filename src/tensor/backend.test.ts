import { describe, expect, it } from 'vitest';
import { loadTf, useBackend } from './backend';

describe('tensor backend', () => {
  it('loads tfjs with gradients and runs the cpu backend, leaking no tensors', async () => {
    const tf = await loadTf();
    const report = await useBackend('cpu');
    expect(report).toMatchObject({ name: 'cpu', gpu: false, label: 'tfjs cpu (CPU)' });
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) {
      const g = tf.tidy(() =>
        tf
          .grad((x: import('@tensorflow/tfjs-core').Tensor) => tf.sum(tf.square(x)))(tf.tensor1d([1, -2, 3]))
          .arraySync(),
      );
      expect(g).toEqual([2, -4, 6]);
    }
    expect(tf.memory().numTensors).toBe(before);
  }, 60_000); // the first import of tfjs takes seconds on a loaded machine

  it('rejects a backend that cannot start, with its name in the message', async () => {
    // Node has no WebGL: the webgl backend cannot start here.
    await expect(useBackend('webgl')).rejects.toThrow(/webgl/);
    expect((await loadTf()).getBackend()).toBe('cpu');
  });
});

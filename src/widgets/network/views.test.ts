import { describe, expect, it } from 'vitest';
import { drawPlot, drawPlotMarks, type PlotContext } from './plot-view';
import { drawLoss } from './loss-view';
import { recordCanvas } from '../../../test/helpers/canvas';

/** A context that records every call and fails on any number that is not finite. */
const recorder = () => recordCanvas<PlotContext>({ strict: true });

const colors = { positive: '#00f', negative: '#f00', fg: '#000', bg: '#fff', grid: '#ccc', focus: '#00f' };

describe('network drawing', () => {
  it('draws points by class in a few paths, skips broken points, and never passes NaN to the canvas', () => {
    const { ctx, calls } = recorder();
    const xs = new Float32Array([0, 0, 1, 1, NaN, 2, 3, -3]);
    drawPlot(ctx, {
      side: 300,
      heat: undefined,
      train: { xs, labels: new Float32Array([1, -1, 1, -1]), count: 4 },
      test: { xs: new Float32Array([2, 2]), labels: new Float32Array([1]), count: 1 },
      added: [{ x: 1, y: 1, label: 1 }],
      showTest: true,
      cursor: [0.5, -0.5],
      colors,
      lineScale: 1,
    });
    expect(calls.filter((c) => c === 'arc').length).toBe(1 + 1 + 1); // one training circle (the NaN one skipped), one test circle, one added ring
    expect(calls.filter((c) => c === 'rect').length).toBe(2);
    expect(calls.filter((c) => c === 'fill').length).toBe(2);
  });

  it('with the marks cached, a frame copies two images and draws no point', () => {
    const scene = {
      side: 300,
      train: { xs: new Float32Array([0, 0, 1, 1]), labels: new Float32Array([1, -1]), count: 2 },
      test: { xs: new Float32Array([2, 2]), labels: new Float32Array([1]), count: 1 },
      added: [{ x: 1, y: 1, label: 1 }],
      showTest: true,
      colors,
      lineScale: 1,
    };
    const cached = recorder();
    drawPlotMarks(cached.ctx, scene);
    expect(cached.calls.filter((c) => c === 'arc').length).toBe(3);
    const frame = recorder();
    const image = {} as CanvasImageSource;
    drawPlot(frame.ctx, { ...scene, heat: image, marks: image, cursor: undefined });
    expect(frame.calls.filter((c) => c === 'drawImage').length).toBe(2);
    expect(frame.calls.filter((c) => c === 'arc' || c === 'rect').length).toBe(0);
  });

  it('draws empty, short and diverging loss curves without NaN', () => {
    for (const [train, test] of [
      [[], []],
      [[0.5], [0.5]],
      [
        [0.5, NaN, 1e300, 0.1],
        [0.5, Infinity],
      ],
    ] as number[][][]) {
      const { ctx } = recorder();
      expect(() =>
        drawLoss(ctx, {
          width: 300,
          height: 120,
          train: train as number[],
          test: test as number[],
          colors: { train: '#0a0', test: '#000', fg: '#000', muted: '#555', grid: '#ccc', bg: '#fff' },
          fontPx: 18,
          lineScale: 1,
        }),
      ).not.toThrow();
    }
  });
});

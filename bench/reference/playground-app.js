/**
 * The reference *app*: TensorFlow Playground's training loop as its playground.ts drives it, on
 * the Playground-style network of playground-nn.js. Each animation frame (Playground's player
 * ticks on d3.timer, itself requestAnimationFrame) runs `oneStep()`: one epoch over the training
 * points, then both losses, then `updateUI()`: the decision boundary of every node recomputed on
 * the 100 × 100 grid (one forwardProp per cell), the output's boundary painted into a 100 × 100
 * canvas scaled up by CSS, each node's thumbnail from the grid reduced to 10 × 10, and the loss
 * chart. Colours come from a precomputed table (Playground goes through d3 colour strings, which
 * is slower): the reference is, if anything, flattered.
 */
import * as nn from './playground-nn.js';

const DENSITY = 100;
const EXTENT = 6;

/** Playground's colour scale: orange (−1) → white (0) → blue (+1), as 256 RGB entries. */
function colorTable() {
  const t = new Uint8ClampedArray(256 * 3);
  const neg = [245, 147, 34];
  const pos = [8, 119, 189];
  for (let k = 0; k < 256; k++) {
    const v = (k / 255) * 2 - 1;
    const c = v < 0 ? neg : pos;
    const s = Math.abs(v);
    for (let ch = 0; ch < 3; ch++) t[3 * k + ch] = Math.round(232 + (c[ch] - 232) * s);
  }
  return t;
}

function paint(ctx, image, values, n, table) {
  const d = image.data;
  for (let k = 0; k < n * n; k++) {
    const v = Math.max(-1, Math.min(1, values[k]));
    const c = Math.round(((v + 1) / 2) * 255) * 3;
    d[4 * k] = table[c];
    d[4 * k + 1] = table[c + 1];
    d[4 * k + 2] = table[c + 2];
    d[4 * k + 3] = 160;
  }
  ctx.putImageData(image, 0, 0);
}

/**
 * Starts the app loop. `train`/`test`: [{ x, y, label }]. Returns { stop(), iter, lossTrain, lossTest }.
 * `container` receives the canvases.
 */
export function startApp({
  container,
  train,
  test,
  shape,
  batchSize,
  learningRate,
  regularizationRate = 0,
  raf = requestAnimationFrame,
}) {
  const network = nn.buildNetwork(shape, nn.Activations.TANH, nn.Activations.TANH, null, ['x', 'y']);
  const table = colorTable();
  const heat = document.createElement('canvas');
  heat.width = heat.height = DENSITY;
  heat.style.cssText = 'width:500px;height:500px;image-rendering:auto';
  container.append(heat);
  const heatCtx = heat.getContext('2d');
  const heatImage = heatCtx.createImageData(DENSITY, DENSITY);
  const thumbs = new Map();
  nn.forEachNode(network, false, (node) => {
    const c = document.createElement('canvas');
    c.width = c.height = 10;
    c.style.cssText = 'width:30px;height:30px';
    container.append(c);
    const ctx = c.getContext('2d');
    thumbs.set(node.id, { ctx, image: ctx.createImageData(10, 10) });
  });
  const chart = document.createElement('canvas');
  chart.width = 200;
  chart.height = 50;
  container.append(chart);
  const chartCtx = chart.getContext('2d');
  const boundary = new Map();
  nn.forEachNode(network, false, (node) => boundary.set(node.id, new Float64Array(DENSITY * DENSITY)));
  const history = [];
  const state = { iter: 0, lossTrain: 0, lossTest: 0, running: true };

  function updateDecisionBoundary() {
    for (let i = 0; i < DENSITY; i++)
      for (let j = 0; j < DENSITY; j++) {
        const x = -EXTENT + ((i + 0.5) * 2 * EXTENT) / DENSITY;
        const y = EXTENT - ((j + 0.5) * 2 * EXTENT) / DENSITY;
        nn.forwardProp(network, [x, y]);
        nn.forEachNode(network, false, (node) => {
          boundary.get(node.id)[j * DENSITY + i] = node.output;
        });
      }
  }

  function reduceMatrix(values, n) {
    const f = DENSITY / n;
    const out = new Float64Array(n * n);
    for (let r = 0; r < DENSITY; r++)
      for (let c = 0; c < DENSITY; c++)
        out[Math.floor(r / f) * n + Math.floor(c / f)] += values[r * DENSITY + c] / (f * f);
    return out;
  }

  function updateUI() {
    updateDecisionBoundary();
    paint(heatCtx, heatImage, boundary.get(nn.getOutputNode(network).id), DENSITY, table);
    for (const [id, t] of thumbs) paint(t.ctx, t.image, reduceMatrix(boundary.get(id), 10), 10, table);
    history.push(state.lossTrain);
    chartCtx.clearRect(0, 0, 200, 50);
    chartCtx.beginPath();
    const n = history.length;
    for (let k = 0; k < n; k++) chartCtx.lineTo((k / Math.max(1, n - 1)) * 200, 50 - history[k] * 100);
    chartCtx.stroke();
  }

  function oneStep() {
    state.iter++;
    nn.trainEpoch(network, train, batchSize, learningRate, regularizationRate);
    state.lossTrain = nn.getLoss(network, train);
    state.lossTest = nn.getLoss(network, test);
    updateUI();
  }

  const tick = () => {
    if (!state.running) return;
    oneStep();
    raf(tick);
  };
  raf(tick);
  return {
    stop: () => (state.running = false),
    get iter() {
      return state.iter;
    },
    get lossTrain() {
      return state.lossTrain;
    },
  };
}

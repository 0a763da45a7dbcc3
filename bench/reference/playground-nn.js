/**
 * A plain reference network written the way TensorFlow Playground's `src/nn.ts` is written
 * (github.com/tensorflow/playground, Apache-2.0): one object per neuron (`Node`) and one per
 * weight (`Link`), one example at a time through `forwardProp` / `backProp`, derivatives
 * accumulated on the objects and applied by `updateWeights` every `batchSize` examples. The
 * structure, names and arithmetic follow that file; types are dropped (plain JS so the benchmark
 * can run it in Node and in the page unchanged), and weight initialisation takes an optional
 * random function so the unit test can start it from our seeded network.
 *
 * It exists only as the baseline of bench/measure-network.mjs and as an independent oracle for
 * test/unit/nn-reference.test.ts. Nothing in the site imports it.
 */

export class Node {
  constructor(id, activation, initZero) {
    this.id = id;
    this.inputLinks = [];
    this.bias = initZero ? 0 : 0.1;
    this.outputs = [];
    this.totalInput = 0;
    this.output = 0;
    this.outputDer = 0;
    this.inputDer = 0;
    this.accInputDer = 0;
    this.numAccumulatedDers = 0;
    this.activation = activation;
  }

  updateOutput() {
    this.totalInput = this.bias;
    for (let j = 0; j < this.inputLinks.length; j++) {
      const link = this.inputLinks[j];
      this.totalInput += link.weight * link.source.output;
    }
    this.output = this.activation.output(this.totalInput);
    return this.output;
  }
}

export const Errors = {
  SQUARE: {
    error: (output, target) => 0.5 * Math.pow(output - target, 2),
    der: (output, target) => output - target,
  },
};

export const Activations = {
  TANH: {
    output: (x) => Math.tanh(x),
    der: (x) => {
      const output = Activations.TANH.output(x);
      return 1 - output * output;
    },
  },
  RELU: { output: (x) => Math.max(0, x), der: (x) => (x <= 0 ? 0 : 1) },
  SIGMOID: {
    output: (x) => 1 / (1 + Math.exp(-x)),
    der: (x) => {
      const output = Activations.SIGMOID.output(x);
      return output * (1 - output);
    },
  },
  LINEAR: { output: (x) => x, der: () => 1 },
};

export const RegularizationFunction = {
  L1: { output: (w) => Math.abs(w), der: (w) => (w < 0 ? -1 : w > 0 ? 1 : 0) },
  L2: { output: (w) => 0.5 * w * w, der: (w) => w },
};

export class Link {
  constructor(source, dest, regularization, initZero, random = Math.random) {
    this.id = source.id + '-' + dest.id;
    this.source = source;
    this.dest = dest;
    this.weight = initZero ? 0 : random() - 0.5;
    this.isDead = false;
    this.errorDer = 0;
    this.accErrorDer = 0;
    this.numAccumulatedDers = 0;
    this.regularization = regularization;
  }
}

/** Layers of Nodes: networkShape [2, 8, 8, 8, 1] gives 2 input nodes … 1 output node. */
export function buildNetwork(
  networkShape,
  activation,
  outputActivation,
  regularization,
  inputIds,
  initZero,
  random = Math.random,
) {
  const numLayers = networkShape.length;
  let id = 1;
  const network = [];
  for (let layerIdx = 0; layerIdx < numLayers; layerIdx++) {
    const isOutputLayer = layerIdx === numLayers - 1;
    const isInputLayer = layerIdx === 0;
    const currentLayer = [];
    network.push(currentLayer);
    const numNodes = networkShape[layerIdx];
    for (let i = 0; i < numNodes; i++) {
      let nodeId = id.toString();
      if (isInputLayer) nodeId = inputIds[i];
      else id++;
      const node = new Node(nodeId, isOutputLayer ? outputActivation : activation, initZero);
      currentLayer.push(node);
      if (layerIdx >= 1) {
        for (let j = 0; j < network[layerIdx - 1].length; j++) {
          const prevNode = network[layerIdx - 1][j];
          const link = new Link(prevNode, node, regularization, initZero, random);
          prevNode.outputs.push(link);
          node.inputLinks.push(link);
        }
      }
    }
  }
  return network;
}

export function forwardProp(network, inputs) {
  const inputLayer = network[0];
  if (inputs.length !== inputLayer.length)
    throw new Error('The number of inputs must match the number of nodes in the input layer');
  for (let i = 0; i < inputLayer.length; i++) inputLayer[i].output = inputs[i];
  for (let layerIdx = 1; layerIdx < network.length; layerIdx++) {
    const currentLayer = network[layerIdx];
    for (let i = 0; i < currentLayer.length; i++) currentLayer[i].updateOutput();
  }
  return network[network.length - 1][0].output;
}

export function backProp(network, target, errorFunc) {
  const outputNode = network[network.length - 1][0];
  outputNode.outputDer = errorFunc.der(outputNode.output, target);
  for (let layerIdx = network.length - 1; layerIdx >= 1; layerIdx--) {
    const currentLayer = network[layerIdx];
    for (let i = 0; i < currentLayer.length; i++) {
      const node = currentLayer[i];
      node.inputDer = node.outputDer * node.activation.der(node.totalInput);
      node.accInputDer += node.inputDer;
      node.numAccumulatedDers++;
    }
    for (let i = 0; i < currentLayer.length; i++) {
      const node = currentLayer[i];
      for (let j = 0; j < node.inputLinks.length; j++) {
        const link = node.inputLinks[j];
        if (link.isDead) continue;
        link.errorDer = node.inputDer * link.source.output;
        link.accErrorDer += link.errorDer;
        link.numAccumulatedDers++;
      }
    }
    if (layerIdx === 1) continue;
    const prevLayer = network[layerIdx - 1];
    for (let i = 0; i < prevLayer.length; i++) {
      const node = prevLayer[i];
      node.outputDer = 0;
      for (let j = 0; j < node.outputs.length; j++) {
        const output = node.outputs[j];
        node.outputDer += output.weight * output.dest.inputDer;
      }
    }
  }
}

export function updateWeights(network, learningRate, regularizationRate) {
  for (let layerIdx = 1; layerIdx < network.length; layerIdx++) {
    const currentLayer = network[layerIdx];
    for (let i = 0; i < currentLayer.length; i++) {
      const node = currentLayer[i];
      if (node.numAccumulatedDers > 0) {
        node.bias -= (learningRate * node.accInputDer) / node.numAccumulatedDers;
        node.accInputDer = 0;
        node.numAccumulatedDers = 0;
      }
      for (let j = 0; j < node.inputLinks.length; j++) {
        const link = node.inputLinks[j];
        if (link.isDead) continue;
        const regulDer = link.regularization ? link.regularization.der(link.weight) : 0;
        if (link.numAccumulatedDers > 0) {
          link.weight = link.weight - (learningRate / link.numAccumulatedDers) * link.accErrorDer;
          const newLinkWeight = link.weight - learningRate * regularizationRate * regulDer;
          if (link.regularization === RegularizationFunction.L1 && link.weight * newLinkWeight < 0) {
            link.weight = 0;
            link.isDead = true;
          } else {
            link.weight = newLinkWeight;
          }
          link.accErrorDer = 0;
          link.numAccumulatedDers = 0;
        }
      }
    }
  }
}

export function forEachNode(network, ignoreInputs, accessor) {
  for (let layerIdx = ignoreInputs ? 1 : 0; layerIdx < network.length; layerIdx++) {
    const currentLayer = network[layerIdx];
    for (let i = 0; i < currentLayer.length; i++) accessor(currentLayer[i]);
  }
}

export function getOutputNode(network) {
  return network[network.length - 1][0];
}

/**
 * Playground's `oneStep()` training part: every training point, in order, through forwardProp and
 * backProp, with updateWeights after each `batchSize` points. `points`: [{ x, y, label }].
 */
export function trainEpoch(network, points, batchSize, learningRate, regularizationRate) {
  points.forEach((point, i) => {
    forwardProp(network, [point.x, point.y]);
    backProp(network, point.label, Errors.SQUARE);
    if ((i + 1) % batchSize === 0) updateWeights(network, learningRate, regularizationRate);
  });
}

/** Playground's getLoss: the mean of ½(o − y)² over the points. */
export function getLoss(network, points) {
  let loss = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    loss += Errors.SQUARE.error(forwardProp(network, [p.x, p.y]), p.label);
  }
  return loss / points.length;
}

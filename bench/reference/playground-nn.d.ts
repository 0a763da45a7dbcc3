/** Types for the plain-JS Playground-style reference (bench/reference/playground-nn.js). */
export interface ActivationFunction {
  output(x: number): number;
  der(x: number): number;
}
export interface RegularizationFunction {
  output(w: number): number;
  der(w: number): number;
}
export interface Link {
  id: string;
  source: Node;
  dest: Node;
  weight: number;
  isDead: boolean;
  errorDer: number;
  accErrorDer: number;
  numAccumulatedDers: number;
  regularization: RegularizationFunction | null;
}
export interface Node {
  id: string;
  inputLinks: Link[];
  bias: number;
  outputs: Link[];
  totalInput: number;
  output: number;
  outputDer: number;
  inputDer: number;
  accInputDer: number;
  numAccumulatedDers: number;
  activation: ActivationFunction;
}
export interface Point {
  x: number;
  y: number;
  label: number;
}
export declare const Activations: Record<'TANH' | 'RELU' | 'SIGMOID' | 'LINEAR', ActivationFunction>;
export declare const RegularizationFunction: Record<'L1' | 'L2', RegularizationFunction>;
export declare const Errors: {
  SQUARE: { error(o: number, t: number): number; der(o: number, t: number): number };
};
export declare function buildNetwork(
  networkShape: number[],
  activation: ActivationFunction,
  outputActivation: ActivationFunction,
  regularization: RegularizationFunction | null,
  inputIds: string[],
  initZero?: boolean,
  random?: () => number,
): Node[][];
export declare function forwardProp(network: Node[][], inputs: number[]): number;
export declare function backProp(
  network: Node[][],
  target: number,
  errorFunc: (typeof Errors)['SQUARE'],
): void;
export declare function updateWeights(
  network: Node[][],
  learningRate: number,
  regularizationRate: number,
): void;
export declare function forEachNode(
  network: Node[][],
  ignoreInputs: boolean,
  accessor: (node: Node) => void,
): void;
export declare function getOutputNode(network: Node[][]): Node;
export declare function trainEpoch(
  network: Node[][],
  points: Point[],
  batchSize: number,
  learningRate: number,
  regularizationRate: number,
): void;
export declare function getLoss(network: Node[][], points: Point[]): number;

/**
 * Our scalar autodiff against TensorFlow.js's own gradients (tf.grads, cpu backend) on the same
 * graphs: each node becomes the matching tf op, tfjs differentiates them itself, and both must
 * agree (to float32 precision: tfjs computes in float32). Every run is tf.tidy-clean.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BinaryOp, Operation } from '../../src/math/autodiff/ops';
import {
  compileProgram,
  inputGradients,
  outputValue,
  type CompiledProgram,
} from '../../src/math/autodiff/program';
import { MICROGRAD, close, randomProgram } from './autodiff-programs';

beforeAll(async () => {
  // PROD skips tfjs's debug checks and its "use tfjs-node" banner on the console.
  tf.enableProdMode();
  await tf.setBackend('cpu');
});

function binaryTf(op: BinaryOp, a: tf.Scalar, b: tf.Scalar): tf.Scalar {
  switch (op) {
    case '+':
      return tf.add(a, b);
    case '-':
      return tf.sub(a, b);
    case '*':
      return tf.mul(a, b);
    case '/':
      return tf.div(a, b);
  }
}

function opTf(op: Operation, args: tf.Scalar[]): tf.Scalar {
  const x = args[0] as tf.Scalar;
  switch (op.kind) {
    case 'binary':
      return binaryTf(op.op, x, args[1] as tf.Scalar);
    case 'constLeft':
      return binaryTf(op.op, tf.scalar(op.constant), x);
    case 'constRight':
      return binaryTf(op.op, x, tf.scalar(op.constant));
    case 'pow':
      return tf.pow(x, tf.scalar(op.exponent));
    case 'neg':
      return tf.neg(x);
    case 'func':
      return tf[op.fn](x);
    case 'copy':
      return tf.clone(x);
  }
}

/**
 * The graph as a tfjs function of the inputs in `wrt` (node ids); the other inputs are constants.
 * tf.grads refuses an argument the output does not depend on, so the caller passes only those
 * that reach the output (our gradient for the others must then be exactly 0).
 */
function asTf(p: CompiledProgram, wrt: readonly number[]): (...inputs: tf.Tensor[]) => tf.Tensor {
  const graph = p.graph;
  return (...inputs) => {
    const values: tf.Scalar[] = [];
    for (const n of graph.nodes) {
      const k = wrt.indexOf(n.id);
      if (n.kind === 'input')
        values.push(k >= 0 ? (inputs[k] as tf.Scalar) : tf.scalar(p.values[n.id] as number));
      else
        values.push(
          opTf(
            n.op as Operation,
            n.args.map((a) => values[a] as tf.Scalar),
          ),
        );
    }
    return values[graph.output] as tf.Scalar;
  };
}

/** Output value and ∂out/∂input (input node id → number) according to tfjs; no tensor outlives the call. */
function tfResult(p: CompiledProgram): { value: number; grads: Map<number, number> } {
  const before = tf.memory().numTensors;
  let value = NaN;
  const grads = new Map<number, number>();
  tf.tidy(() => {
    const g = p.graph;
    const wrt = g.inputs.filter((id) => g.live[id]);
    const f = asTf(p, wrt);
    const xs = wrt.map((id) => tf.scalar(p.values[id] as number));
    value = f(...xs).dataSync()[0] as number;
    // The output may be an input itself; tf.grads needs at least one operation to differentiate.
    if (wrt.length && g.nodes[g.output]?.kind === 'op')
      tf.grads(f)(xs).forEach((t, k) => grads.set(wrt[k] as number, t.dataSync()[0] as number));
  });
  expect(tf.memory().numTensors, 'tensors left behind').toBe(before);
  return { value, grads };
}

function compiled(source: string): CompiledProgram {
  const r = compileProgram(source);
  if (!r.ok) throw new Error(`${r.error.line}:${r.error.column} ${r.error.message}`);
  return r.program;
}

/** float32 carries ~7 digits; a chain of a dozen operations loses a little more. */
const REL = 2e-4;

/** Compares value and gradients; returns how many gradients tfjs computed. */
function expectAgreement(p: CompiledProgram, label: string): number {
  const tfr = tfResult(p);
  expect(
    close(outputValue(p), tfr.value, REL),
    `${label}: value ${outputValue(p)} vs tfjs ${tfr.value}`,
  ).toBe(true);
  const ours = inputGradients(p);
  let compared = 0;
  for (const id of p.graph.inputs) {
    const name = p.graph.nodes[id]?.name as string;
    const theirs = tfr.grads.get(id);
    if (theirs === undefined) {
      expect(ours[name], `${label}: ${name} does not reach the output`).toBe(p.graph.output === id ? 1 : 0);
      continue;
    }
    compared++;
    expect(
      close(ours[name] as number, theirs, REL),
      `${label}: ∂/∂${name} ${ours[name]} vs tfjs ${theirs}`,
    ).toBe(true);
  }
  return compared;
}

describe('autodiff against tf.grads (tfjs-core 4.22, cpu backend)', () => {
  it.each([
    ['micrograd README example', MICROGRAD],
    [
      'a neuron: tanh(w1*x1 + w2*x2 + b)',
      'x1 = 2\nx2 = 0\nw1 = -3\nw2 = 1\nb = 6.8813735870195432\nn = x1*w1 + x2*w2 + b\no = tanh(n)',
    ],
    [
      'the same neuron written with exp',
      'x1 = 2\nx2 = 0\nw1 = -3\nw2 = 1\nb = 6.8813735870195432\nn = x1*w1 + x2*w2 + b\ne = exp(2*n)\no = (e - 1) / (e + 1)',
    ],
    [
      'logistic loss',
      'w = 0.5\nb = -0.25\nx = 1.5\ny = 1\np = sigmoid(w * x + b)\nloss = -(y * log(p) + (1 - y) * log(1 - p))',
    ],
    [
      'reuse, division, negative powers',
      'u = 1.5\nv = -0.75\nq = u / v + u^-2 - v^3\nq = q * q + u\nr = relu(q) + relu(-q)',
    ],
    ['squared error of a line', 'm = 0.8\nc = 0.1\nx = 2\ny = 1.5\nerr = m * x + c - y\nloss = err^2 / 2'],
    ['a copy and an unused value', 'a = 1.25\nb = -2\nspare = exp(b)\nc = a * b\nd = c'],
  ])('%s', (label, source) => {
    const p = compiled(source);
    expect(expectAgreement(p, label)).toBe(p.graph.inputs.filter((id) => p.graph.live[id]).length);
  });

  it('agrees on random programs', () => {
    let compared = 0;
    fc.assert(
      fc.property(randomProgram, (prog) => {
        const r = compileProgram(prog.source);
        fc.pre(r.ok);
        if (r.ok) compared += expectAgreement(r.program, prog.source);
      }),
      { numRuns: 40 },
    );
    expect(compared, 'gradients actually compared').toBeGreaterThan(40);
  });
});

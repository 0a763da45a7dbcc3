/**
 * The pure rules of `<lumen-network>`: what a setting change means for the run (new points, a new
 * network, or only new training settings), editing the layer list with the +/− buttons, the
 * mapping between the plane and the plot, the keyboard cursor, and which weight is selected.
 * No DOM and no engine here, so every rule is unit-tested in Node.
 */
import type { Rgb } from '../../render/color';
import {
  makeDataset,
  splitDataset,
  withPoint,
  type Dataset,
  type DatasetKind,
  type NetSpec,
  type TrainSettings,
} from '../../math/nn';
import {
  EXTENT,
  MAX_LAYERS,
  MAX_NEURONS,
  type AddedPoint,
  type EdgeRef,
  type NetworkSettings,
} from './props';

export function netSpecOf(s: Readonly<NetworkSettings>): NetSpec {
  return { hidden: [...s.layers], activation: s.activation, inputs: [...s.features] };
}

export function trainSettingsOf(s: Readonly<NetworkSettings>): TrainSettings {
  return { learningRate: s.rate, batchSize: s.batch, l2: s.l2 };
}

/** The settings that decide the points (a change draws a new dataset). */
export function dataKey<S extends DataSettings>(s: S): string {
  const added = s.added.map((p) => `${p.x},${p.y},${p.label}`).join(';');
  return `${s.dataset as DatasetKind}|${s.points}|${s.noise}|${s.test}|${s.seed}|${added}`;
}

/** The settings that decide the points. */
export type DataSettings = Pick<
  Readonly<NetworkSettings>,
  'dataset' | 'points' | 'noise' | 'test' | 'seed' | 'added'
>;

export interface NetworkData {
  /** `dataKey` of the settings the points were drawn for. */
  readonly key: string;
  readonly train: Dataset;
  readonly test: Dataset;
}

/** The seeded points of the settings, split, with the learner's added points in the training half. */
export function networkData(s: DataSettings): NetworkData {
  const split = splitDataset(makeDataset(s.dataset, s.points, s.noise, s.seed), s.test, s.seed);
  let train = split.train;
  for (const p of s.added) train = withPoint(train, p.x, p.y, p.label);
  return { key: dataKey(s), train, test: split.test };
}

/** Everything that decides a run: a change sends the engine back to the seeded start. */
export function runKey(s: Readonly<NetworkSettings>): string {
  return `${dataKey(s)}|${s.features.join(' ')}|${s.layers.join(',')}|${s.activation}|${s.rate}|${s.batch}|${s.l2}`;
}

// ---- the layer list --------------------------------------------------------------------------------

export function addLayer(hidden: readonly number[]): readonly number[] {
  if (hidden.length >= MAX_LAYERS) return hidden;
  // A new layer copies the width of the last one, as TensorFlow Playground does.
  return [...hidden, hidden[hidden.length - 1] ?? 2];
}

export function removeLayer(hidden: readonly number[]): readonly number[] {
  return hidden.length === 0 ? hidden : hidden.slice(0, -1);
}

export function resizeLayer(hidden: readonly number[], layer: number, delta: number): readonly number[] {
  const n = hidden[layer];
  if (n === undefined) return hidden;
  const next = Math.max(1, Math.min(MAX_NEURONS, n + delta));
  if (next === n) return hidden;
  return hidden.map((w, i) => (i === layer ? next : w));
}

/** Neurons per layer, inputs and output included: [features, …hidden, 1]. */
export function layerSizes(hidden: readonly number[], features: readonly unknown[]): number[] {
  return [features.length, ...hidden, 1];
}

// ---- weights -----------------------------------------------------------------------------------------

/** Every weight of the network, layer by layer, then by the neuron it feeds, then by its source. */
export function allEdges(sizes: readonly number[]): EdgeRef[] {
  const out: EdgeRef[] = [];
  for (let l = 1; l < sizes.length; l++)
    for (let to = 1; to <= (sizes[l] ?? 0); to++)
      for (let from = 1; from <= (sizes[l - 1] ?? 0); from++) out.push({ layer: l, to, from });
  return out;
}

export function edgeExists(sizes: readonly number[], e: EdgeRef): boolean {
  return (
    e.layer >= 1 &&
    e.layer < sizes.length &&
    e.to >= 1 &&
    e.to <= (sizes[e.layer] ?? 0) &&
    e.from >= 1 &&
    e.from <= (sizes[e.layer - 1] ?? 0)
  );
}

/** The weight shown when none is chosen: the first one into the output. */
export function autoEdge(sizes: readonly number[]): EdgeRef {
  return { layer: sizes.length - 1, to: 1, from: 1 };
}

export function sameEdge(a: EdgeRef | null | undefined, b: EdgeRef | null | undefined): boolean {
  return !!a && !!b && a.layer === b.layer && a.to === b.to && a.from === b.from;
}

/** Index into the row-major weight matrix of layer `e.layer` (sizes[l] rows × sizes[l−1] columns). */
export function weightIndex(sizes: readonly number[], e: EdgeRef): number {
  return (e.to - 1) * (sizes[e.layer - 1] ?? 0) + (e.from - 1);
}

export type EdgeKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export function isEdgeKey(key: string): key is EdgeKey {
  return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key);
}

/**
 * Keyboard moves between weights: ↑ ↓ walk the weights of one layer in order (all edges into
 * neuron 1, then into neuron 2…), ← → go to the previous or next layer keeping the neurons where
 * they can; Home and End jump to the first and the last weight.
 */
export function nextEdge(sizes: readonly number[], e: EdgeRef, key: EdgeKey): EdgeRef {
  const edges = allEdges(sizes);
  if (key === 'Home') return edges[0] ?? e;
  if (key === 'End') return edges[edges.length - 1] ?? e;
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const inLayer = edges.filter((x) => x.layer === e.layer);
    const k = inLayer.findIndex((x) => sameEdge(x, e));
    const n = inLayer.length;
    return inLayer[(k + (key === 'ArrowDown' ? 1 : -1) + n) % n] ?? e;
  }
  const layer = e.layer + (key === 'ArrowRight' ? 1 : -1);
  if (layer < 1 || layer >= sizes.length) return e;
  return {
    layer,
    to: Math.min(e.to, sizes[layer] ?? 1),
    from: Math.min(e.from, sizes[layer - 1] ?? 1),
  };
}

// ---- the plot -----------------------------------------------------------------------------------------

/** A plane point → pixel inside a square plot of side `side`: x to the right, y up. */
export function toPixel(x: number, y: number, side: number): [number, number] {
  return [((x + EXTENT) / (2 * EXTENT)) * side, ((EXTENT - y) / (2 * EXTENT)) * side];
}

export function toPlane(px: number, py: number, side: number): [number, number] {
  return [(px / side) * 2 * EXTENT - EXTENT, EXTENT - (py / side) * 2 * EXTENT];
}

export function clampToPlane(v: number): number {
  return Math.max(-EXTENT, Math.min(EXTENT, v));
}

/** Arrow keys move the keyboard cursor by 0.5 (Shift: 2, Alt: 0.1), inside the plane. */
export function moveCursor(
  at: readonly [number, number],
  key: string,
  mods: { shift: boolean; alt: boolean },
): [number, number] | undefined {
  const d = mods.shift ? 2 : mods.alt ? 0.1 : 0.5;
  const [dx, dy] =
    key === 'ArrowLeft'
      ? [-d, 0]
      : key === 'ArrowRight'
        ? [d, 0]
        : key === 'ArrowUp'
          ? [0, d]
          : key === 'ArrowDown'
            ? [0, -d]
            : [NaN, NaN];
  if (!Number.isFinite(dx)) return undefined;
  const r = (v: number): number => Math.round(clampToPlane(v) * 100) / 100;
  return [r(at[0] + dx), r(at[1] + dy)];
}

export function withAdded(added: readonly AddedPoint[], p: AddedPoint, max: number): readonly AddedPoint[] {
  // When full, the oldest added point makes room: clicking keeps working.
  const kept = added.length >= max ? added.slice(added.length - max + 1) : added;
  return [...kept, { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100, label: p.label }];
}

// ---- colours -------------------------------------------------------------------------------------------

export type { Rgb };

/** How far the heat map leans into a class colour at full confidence: points stay readable on top. */
export const HEAT_STRENGTH = 0.5;

/**
 * Fills RGBA pixels for the boundary grid: the network's output v ∈ [−1, 1] mixes the background
 * towards the colour of class +1 (v > 0) or of class −1 (v < 0) in proportion to |v|; a value that
 * is not finite is drawn as background. Row 0 is the top of the plot.
 */
export function boundaryPixels(
  values: ArrayLike<number>,
  res: number,
  pos: Rgb,
  neg: Rgb,
  bg: Rgb,
  out: Uint8ClampedArray,
  strength = HEAT_STRENGTH,
): void {
  const n = res * res;
  for (let k = 0; k < n; k++) {
    const raw = values[k] ?? 0;
    const v = Number.isFinite(raw) ? Math.max(-1, Math.min(1, raw)) : 0;
    const c = v >= 0 ? pos : neg;
    const t = Math.abs(v) * strength;
    const o = k * 4;
    out[o] = bg[0] + (c[0] - bg[0]) * t;
    out[o + 1] = bg[1] + (c[1] - bg[1]) * t;
    out[o + 2] = bg[2] + (c[2] - bg[2]) * t;
    out[o + 3] = 255;
  }
}

// ---- loss curves ---------------------------------------------------------------------------------------

/** The top of the loss chart's y axis: a round number at or above every finite loss shown. */
export function lossCeiling(...series: (readonly number[])[]): number {
  let max = 0;
  for (const s of series) for (const v of s) if (Number.isFinite(v) && v > max) max = v;
  return roundCeiling(max);
}

/** The round number at or above `max` that tops the loss chart (1 for nothing to show). */
export function roundCeiling(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const steps = [0.1, 0.2, 0.25, 0.5, 1, 1.5, 2, 3, 5, 10];
  for (const c of steps) if (max <= c) return c;
  return Math.pow(10, Math.ceil(Math.log10(max)));
}

/**
 * The word vectors `<lumen-attention>` reads its sentence from: learned once per page from the
 * corpus exactly as lesson 26 learns them (src/corpus/learn), with fewer numbers per word (k = 16:
 * each is projected to 4 anyway). Every attention widget on the page shares one download and
 * one learning run; the run is cancelled when the last widget waiting for it leaves the page.
 */
import { loadCorpus } from '../../corpus/load';
import { Learner } from '../../corpus/learn/learner';
import type { LearnProgress } from '../../corpus/learn/learn-core';
import type { Space } from './model';

export const LEARN = { rows: 5000, cols: 2000, window: 4, weighting: 'ppmi', k: 16, seed: 1 } as const;

export type VectorProgress =
  | { readonly stage: 'download'; readonly fraction: number; readonly mb: number }
  | ({ readonly stage: LearnProgress['stage'] } & Omit<LearnProgress, 'stage'>);

export interface Learned extends Space {
  readonly ms: number;
  readonly label: string;
}

let learner: Learner | undefined;
let pending: Promise<Learned | undefined> | undefined;
let done: Learned | undefined;
/** Set by a cancel that comes while the corpus is still downloading (the learner has not started). */
let cancelled = false;
const listeners = new Set<(p: VectorProgress) => void>();
const tell = (p: VectorProgress): void => listeners.forEach((l) => l(p));

/** The learned vectors (at once when already learned); undefined when cancelled. */
export function learnVectors(onProgress: (p: VectorProgress) => void): Promise<Learned | undefined> {
  if (done) return Promise.resolve(done);
  listeners.add(onProgress);
  if (!pending) cancelled = false;
  pending ??= run().finally(() => (pending = undefined));
  return pending.finally(() => listeners.delete(onProgress));
}

async function run(): Promise<Learned | undefined> {
  const corpus = await loadCorpus((got, total) =>
    tell({ stage: 'download', fraction: total ? got / total : 0, mb: got / 2 ** 20 }),
  );
  if (cancelled) return undefined;
  learner ??= new Learner();
  const r = await learner.run(corpus.tokens, LEARN, 'typed', tell);
  if (!r) return undefined;
  done = { corpus, vectors: r.vectors, rows: r.rows, k: r.k, ms: r.ms, label: r.label };
  return done;
}

/** Stops the shared run (the Cancel button, or the last waiting widget leaving the page). */
export function cancelVectors(): void {
  cancelled = true;
  learner?.cancel();
}

/** A widget stopped waiting: when nobody else waits, the run stops. */
export function stopWaiting(onProgress: (p: VectorProgress) => void): void {
  if (listeners.delete(onProgress) && listeners.size === 0) cancelVectors();
}

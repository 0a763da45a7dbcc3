/** Messages between the page (client.ts) and the simulation worker (sim.worker.ts). */
import type { SimJob, SimProgress } from '../math/sim/job';
import type { PathChoice } from './runner';
import type { GeneratorCheck } from '../math/sim/engine';

export type ToWorker =
  | { type: 'ping' }
  | { type: 'run'; id: number; job: SimJob; choice: PathChoice }
  | { type: 'cancel'; id: number };

export type FromWorker =
  | { type: 'pong' }
  | { type: 'path'; id: number; path: string; reason: string; check?: GeneratorCheck }
  | { type: 'progress'; id: number; progress: SimProgress }
  | { type: 'done'; id: number; progress: SimProgress }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string; range: boolean };

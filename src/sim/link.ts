/**
 * The one way widgets run heavy work: a core that answers requests, in a module worker where one
 * can start and, where none can (a cross-origin `embed.js`, a policy, a failed load), the very
 * same core on the main thread. Sampling (client.ts + sim-core.ts) and network training
 * (widgets/network/engine.ts + train-core.ts) both run through it.
 *
 * Requests sent before the link is open are queued and delivered in order, after `first`.
 * `close()` ends the worker at once, even one still answering its start-up ping: an element
 * removed within a frame of insertion (React StrictMode, Turbo swaps, CMS previews) leaves no
 * worker behind (../shared/RELIABILITY.md F1).
 *
 * @example
 * const link = openLink<Req, Reply>({
 *   worker: () => new Worker(new URL('./my.worker.ts', import.meta.url), { type: 'module' }),
 *   ping: { type: 'ping' },
 *   main: (reply) => myCoreOnThisThread(reply),
 *   onReply: (r) => show(r),
 * });
 * link.send({ type: 'run', id: 1 });
 * link.close(); // on disconnect
 */
import { startWorker, workerAnswers } from './worker-host';

export type Where = 'worker' | 'main';

/** The core on this thread: it answers through the `reply` it was made with, asynchronously. */
export interface MainCore<Req> {
  handle(msg: Req): void;
  close(): void;
}

export interface LinkOptions<Req, Rep> {
  /** Creates the worker; leave out to stay on the main thread (tests, a forced fallback). */
  readonly worker?: () => Worker;
  /** A request the worker answers as soon as it runs (any reply counts as the answer). */
  readonly ping: Req;
  /** Makes the same core on this thread, for when no worker starts. */
  readonly main: (reply: (r: Rep) => void) => MainCore<Req>;
  readonly onReply: (r: Rep) => void;
  /** Sent before anything queued, once it is known where the core runs. */
  readonly first?: (where: Where) => Req;
}

export interface Link<Req> {
  /** Where the core runs once that is settled; null when the link closed first. */
  readonly where: Promise<Where | null>;
  send(msg: Req): void;
  /** Ends the worker (even one still starting) or the main-thread core; later sends are dropped. */
  close(): void;
}

export function openLink<Req, Rep>(o: LinkOptions<Req, Rep>): Link<Req> {
  const abort = new AbortController();
  const queued: Req[] = [];
  let deliver: ((msg: Req) => void) | null = null;
  let endCore: (() => void) | null = null;
  let worker: Worker | null = o.worker ? startWorker(o.worker) : null;
  const endWorker = (): void => {
    if (!worker) return;
    worker.terminate();
    worker = null;
  };

  const open = (where: Where, send: (msg: Req) => void): Where => {
    if (o.first) send(o.first(where));
    for (const msg of queued.splice(0)) send(msg);
    deliver = send;
    return where;
  };

  const where = (async (): Promise<Where | null> => {
    const w = worker;
    if (w && (await workerAnswers(w, o.ping, abort.signal))) {
      if (abort.signal.aborted) return null;
      w.addEventListener('message', (e: MessageEvent<Rep>) => {
        if (!abort.signal.aborted) o.onReply(e.data);
      });
      return open('worker', (msg) => w.postMessage(msg));
    }
    endWorker();
    if (abort.signal.aborted) return null;
    const core = o.main((r) => {
      if (!abort.signal.aborted) o.onReply(r);
    });
    endCore = () => core.close();
    return open('main', (msg) => core.handle(msg));
  })();

  return {
    where,
    send(msg) {
      if (abort.signal.aborted) return;
      if (deliver) deliver(msg);
      else queued.push(msg);
    },
    close() {
      if (abort.signal.aborted) return;
      abort.abort();
      queued.length = 0;
      deliver = null;
      endWorker();
      endCore?.();
    },
  };
}

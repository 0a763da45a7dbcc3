/**
 * The page side of the MNIST mode: one link (src/sim/link.ts) to the digits core, in a worker
 * where one starts. `start` cancels whatever ran before; replies of an old job are dropped here,
 * so the widget hears only the run it asked for. `close` ends the worker (on disconnect).
 */
import { openLink, type Link } from '../../sim/link';
import type { Digits } from '../../datasets/mnist';
import { createDigitsCore } from './digits-core';
import type { DigitsPath, DigitsReply, DigitsRequest, DigitsStep } from './digits-protocol';

export interface DigitsListener {
  backend(label: string): void;
  step(s: DigitsStep): void;
  error(message: string): void;
}

export class DigitsRunner {
  private link: Link<DigitsRequest> | undefined;
  private sent: Digits | undefined;
  private job = 0;

  constructor(private readonly listener: DigitsListener) {}

  start(digits: Digits, k: number, seed: number, path: DigitsPath, maxIter: number): void {
    const link = (this.link ??= openLink<DigitsRequest, DigitsReply>({
      worker: () => new Worker(new URL('./digits.worker.ts', import.meta.url), { type: 'module' }),
      ping: { type: 'ping' },
      main: (reply) => createDigitsCore(reply, false),
      onReply: (r) => this.onReply(r),
    }));
    if (this.sent !== digits) {
      link.send({ type: 'data', pixels: digits.pixels, labels: digits.labels, n: digits.n });
      this.sent = digits;
    }
    link.send({ type: 'start', id: ++this.job, k, seed, path, maxIter });
  }

  /** Stops the running job (its later replies are dropped). */
  cancel(): void {
    this.link?.send({ type: 'cancel', id: this.job });
    this.job++;
  }

  close(): void {
    this.job++;
    this.link?.close();
    this.link = undefined;
    this.sent = undefined;
  }

  private onReply(r: DigitsReply): void {
    if (r.type === 'pong' || r.id !== this.job) return;
    if (r.type === 'backend') this.listener.backend(r.label);
    else if (r.type === 'step') this.listener.step(r.step);
    else this.listener.error(r.message);
  }
}

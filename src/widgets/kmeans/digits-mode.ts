/**
 * `<lumen-kmeans mode="mnist">` as one controller: downloads the digits when the mode is first
 * chosen (never before), with a progress bar; runs k-means on them in a worker (DigitsRunner),
 * restarting when k, seed or path change and cancelling when the mode is left or the element goes;
 * keeps every half-step it receives, so ±1 and Rewind move through the exact run; draws the
 * centroid shown as 28 × 28 images with their cluster sizes and majority digit.
 *
 * The run streams in: `lastStep` is undefined until the worker has sent the final half-step, and
 * the shown step is the state's `iteration` clamped to what has arrived.
 */
import type { ControlHost, Controller } from '../../ui/widget-element';
import type { Palette } from '../../ui/tokens';
import { setHidden, setText } from '../../ui/dom';
import type { Digits } from '../../datasets/mnist';
import { drawDigit } from './digits-view';
import { digitCaption, digitsPhase } from './digits-words';
import { inertiaList } from './words';
import { DigitsRunner } from './digits-runner';
import type { DigitsStep } from './digits-protocol';
import type { DigitsDom } from './dom';
import type { KMEANS_PROPS } from './props';

/** Lloyd iterations at most in MNIST mode (100 half-steps, within the iteration limit). */
export const DIGITS_MAX_ITER = 50;

/** The MNIST mode's numbers, unrounded, for scripts and tests (`el.digits`). */
export interface KmeansDigits {
  readonly step: number;
  /** The final half-step, once the worker has sent it. */
  readonly lastStep: number | undefined;
  readonly phase: DigitsStep['phase'];
  readonly k: number;
  readonly n: number;
  /** k centroids of 784 pixel values in [0, 1]. */
  readonly centroids: number[][];
  readonly sizes: number[];
  /** Inertia after every half-step so far (undefined at step 0). */
  readonly inertias: (number | undefined)[];
  /** tf.memory().numTensors in the worker after each half-step so far (undefined on typed arrays). */
  readonly tensors: (number | undefined)[];
  /** Milliseconds each half-step so far took to compute. */
  readonly ms: number[];
  readonly converged: boolean;
  /** e.g. "tfjs wasm (CPU) in a worker". */
  readonly backend: string;
}

type Host = ControlHost<typeof KMEANS_PROPS>;

export class DigitsMode implements Controller {
  private digits: Digits | undefined;
  private loading = false;
  /** A failed download is tried again only when the mode is chosen again. */
  private failed = false;
  /** The download waits until the widget has been on screen (a lesson's widget far below). */
  private seen = false;
  private observer: IntersectionObserver | undefined;
  private runKey = '';
  private steps: DigitsStep[] = [];
  private backend = '';
  private readonly runner = new DigitsRunner({
    backend: (label) => {
      this.backend = label;
      this.sync();
    },
    step: (s) => {
      this.steps[s.step] = s;
      if (s.last && this.host.state.iteration > s.step) this.host.update({ iteration: s.step });
      this.host.requestRender();
      this.sync();
      this.changed();
    },
    error: (message) => this.host.setMessage('mnist', `k-means on the digits failed: ${message}`),
  });

  constructor(
    private readonly host: Host,
    private readonly dom: DigitsDom,
    private readonly palette: () => Palette,
    /** A half-step arrived: the run buttons, counter and readouts follow the shown step. */
    private readonly changed: () => void,
  ) {}

  get active(): boolean {
    return this.host.state.mode === 'mnist';
  }

  /** The last half-step, once known (undefined while the worker still computes). */
  get lastStep(): number | undefined {
    const last = this.steps.at(-1);
    return last?.last ? last.step : undefined;
  }

  /** The half-step shown: the iteration, clamped to what has arrived. */
  get shownStep(): number {
    return Math.max(0, Math.min(this.host.state.iteration, this.steps.length - 1));
  }

  numbers(): KmeansDigits | undefined {
    const st = this.steps[this.shownStep];
    if (!this.active || !st || !this.digits) return undefined;
    const seen = this.steps.slice(0, st.step + 1);
    const k = st.sizes.length;
    return {
      step: st.step,
      lastStep: this.lastStep,
      phase: st.phase,
      k,
      n: this.digits.n,
      centroids: Array.from({ length: k }, (_, j) =>
        Array.from(st.centroids.subarray(j * 784, (j + 1) * 784)),
      ),
      sizes: [...st.sizes],
      inertias: seen.map((s) => s.inertia),
      tensors: seen.map((s) => s.tensors),
      ms: seen.map((s) => s.ms),
      converged: st.last && st.changed === 0 && st.phase === 'assign',
      backend: this.backend,
    };
  }

  hostConnected(): void {
    this.observer ??= new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.seen = true;
      this.observer?.disconnect();
      this.sync();
    });
    if (!this.seen) this.observer.observe(this.host.element);
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.runner.close();
    this.runKey = '';
  }

  /** Starts (or restarts) the run the state asks for, and brings the panel's text in line. */
  sync(): void {
    const s = this.host.state;
    setHidden(this.dom.wrap, !this.active);
    if (!this.active) {
      this.failed = false;
      if (this.runKey) this.runner.cancel();
      this.runKey = '';
      return;
    }
    this.ensureDigits();
    const digits = this.digits;
    // Digits that arrive after the widget left the page must not start a worker for it (churn:
    // every widget removed mid-download left one running for ever). Reconnecting starts the run.
    if (digits && this.host.element.isConnected) {
      const key = JSON.stringify([s.k, s.seed, s.path]);
      if (key !== this.runKey) {
        this.runKey = key;
        this.steps = [];
        this.backend = '';
        this.host.setMessage('mnist', undefined);
        this.runner.start(digits, s.k, s.seed, s.path, DIGITS_MAX_ITER);
      }
    }
    setHidden(this.dom.progress, digits !== undefined);
    const st = this.steps[this.shownStep];
    setText(
      this.dom.status,
      !digits
        ? this.loading
          ? 'Downloading 10,000 MNIST digits (about 2 MB)…'
          : ''
        : st
          ? `${digitsPhase(st, digits.n, this.lastStep === undefined && this.shownStep === this.steps.length - 1)} ${this.backend ? `Arithmetic: ${this.backend}.` : ''}`
          : `Starting k-means on ${digits.n.toLocaleString('en-US')} digits…`,
    );
  }

  inertiaList(): string {
    return inertiaList(this.steps.slice(0, this.shownStep + 1));
  }

  describe(): string {
    const st = this.steps[this.shownStep];
    if (!st || !this.digits) return 'MNIST digits: loading.';
    return `${this.digits.n} MNIST digits, ${st.sizes.length} centroids. ${digitsPhase(st, this.digits.n, false)}`;
  }

  render(): void {
    const st = this.steps[this.shownStep];
    const p = this.palette();
    this.dom.tiles.forEach((t, j) => {
      const show = st !== undefined && j < st.sizes.length;
      setHidden(t.figure, !show);
      if (!show) return;
      drawDigit(t.canvas, st.centroids.subarray(j * 784, (j + 1) * 784), p.bg, p.fg);
      setText(t.caption, digitCaption(st, j));
    });
  }

  private ensureDigits(): void {
    if (this.digits || this.loading || this.failed || !this.seen) return;
    this.loading = true;
    this.dom.progress.value = 0;
    import('../../datasets/mnist-load')
      .then((m) =>
        m.loadDigits((got, total) => {
          this.dom.progress.value = total ? got / total : 0;
        }),
      )
      .then(
        (digits) => {
          this.digits = digits;
          this.loading = false;
          this.host.setMessage('mnist', undefined);
          this.sync();
          this.host.requestRender();
        },
        (err: unknown) => {
          this.loading = false;
          this.failed = true;
          this.host.setMessage('mnist', err instanceof Error ? err.message : String(err));
          this.sync();
        },
      );
  }
}

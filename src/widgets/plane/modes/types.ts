/**
 * What a mode of `<lumen-plane>` is: pure functions of the state (handles, sentences, TeX, what to
 * keep in view, the predict-first question) plus one draw function. The element (element.ts) only
 * wires a mode to the DOM; adding a mode means adding one file here and one line in index.ts.
 */
import type { Mat2, Vec2 } from '../../../math/mat2';
import type { ModeName, PlaneState } from '../props';
import type { DrawContext, Frame } from '../draw-kit';
import type { PointPlotter } from '../view';
import type { Picture } from '../pictures';
import type { Prediction } from '../model';

/** Every draggable point a mode may show; `guess` is the predict-first ring of every mode. */
export const HANDLE_NAMES = ['i', 'j', 'x', 'u', 'v', 'w', 'sum', 'b1', 'b2', 'guess'] as const;
export type HandleName = (typeof HANDLE_NAMES)[number];

/** What a mode's pure functions see. */
export interface ModeInput {
  readonly s: PlaneState;
  /** The animation time as drawn: the state's t, or the question's time while guessing. */
  readonly t: number;
  /** Predict-first before Reveal: the answer must be neither drawn nor said nor shown in the formula. */
  readonly hidden: boolean;
}

export interface HandleSpec {
  readonly name: HandleName;
  /** Plane coordinates of the point the handle sits on. */
  readonly at: Vec2;
  /** Accessible name with the current coordinates, e.g. "v tip at (1, 2)". */
  readonly label: string;
  /** The palette colour of its ring: the colour of the arrow it moves. */
  readonly color: 'i' | 'j' | 'k' | 'data' | 'model' | 'fg';
}

/** KaTeX-safe colours (hex or a name) for the formula, one per palette meaning. */
export interface TexPalette {
  readonly i: string;
  readonly j: string;
  readonly k: string;
  readonly data: string;
  readonly model: string;
  readonly gradient: string;
  readonly error: string;
}

/** The controls a mode can show (the element hides the rest). */
export type ControlName = 'matrix' | 'preset' | 'second' | 'play' | 'eigen' | 'spaces' | 'weights';

export interface ModeFrame extends Frame {
  readonly picture: Picture | undefined;
  readonly points?: PointPlotter | undefined;
  /** Predict-first: the learner's ring, and once revealed, the answer. */
  readonly guess: Vec2 | undefined;
  readonly answer: Vec2 | undefined;
}

export interface Readout {
  readonly text: string;
  /** 'refusal': the mode cannot do what was asked (no inverse, no basis) and says why. */
  readonly tone?: 'refusal';
}

export interface PredictSpec {
  /** Where the ring starts. */
  start(s: PlaneState): Vec2;
  /** The t shown while guessing (undefined: t is left alone). */
  readonly guessT?: number;
  /** Reveal animates t to this (undefined: nothing to play). */
  readonly revealT?: number;
  /** The question, or why there is none for this state (then Reveal stays disabled). */
  question(s: PlaneState): { ok: true; text: string } | { ok: false; text: string };
  /** The answer nearest to the guess, the distance, and the feedback sentence. */
  score(s: PlaneState, guess: Vec2): { prediction: Prediction; sentence: string };
}

export interface Mode {
  readonly name: ModeName;
  /**
   * Play always runs forward, from 0 again when at the end (the button then says Replay); 'none':
   * no time. ('toggle' and 'restart' play alike since Replay replaced Play back.)
   */
  readonly play: 'toggle' | 'restart' | 'none';
  /** Seconds for t to run from 0 to 1. */
  readonly playSeconds: number;
  /** What the time slider runs through, for its accessible name. */
  readonly timeLabel: string;
  /** Where Play (and Reveal) stops; 1 unless the mode cannot go further (a singular inverse). */
  playEnd?(s: PlaneState): number;
  readonly controls: readonly ControlName[];
  /** Show the determinant sentence of A (`.readout-det`) when `determinant` is on. */
  readonly detReadout: boolean;
  /** The matrix `.readout-det` speaks of (default: the state's matrix). */
  detMatrix?(m: ModeInput): Mat2;
  /** 2 in composition: two plots side by side. */
  readonly plots: 1 | 2;
  /** When the number of plots depends on the state (transform's `layout="split"`); else `plots`. */
  plotsFor?(s: PlaneState): 1 | 2;
  /** Titles above the plots (when there are two). */
  captions?(s: PlaneState): readonly [string, string];
  /** The t a drag or key press on a handle jumps to, so the learner sees what they edit. */
  readonly editT?: number;
  handles(m: ModeInput): HandleSpec[];
  /** The state after the handle `name` moved to `p`; `dragged`: from a pointer (snap), else a key. */
  move(s: PlaneState, name: HandleName, p: Vec2, dragged: boolean): Partial<PlaneState> | undefined;
  /** Points the view must keep inside the plot. */
  keep(m: ModeInput): Vec2[];
  draw(ctx: DrawContext, f: ModeFrame, m: ModeInput, plot: 0 | 1): void;
  /** The ARIA sentence, with the current numbers. */
  describe(m: ModeInput): string;
  tex(m: ModeInput, c: TexPalette): string;
  /** The formula in words, for screen readers (the KaTeX itself is aria-hidden). */
  texWords(m: ModeInput): string;
  readouts(m: ModeInput): Readout[];
  readonly predict: PredictSpec;
}

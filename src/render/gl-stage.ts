/**
 * A widget's WebGL picture (a three.js scene that owns its canvas): one controller for what the 3D
 * widgets wrote by hand. It starts the scene on first use (so a widget off the page never takes a
 * WebGL context), puts its canvas in the stage, says so in the message line when WebGL cannot
 * start or the browser takes the context away, draws again when the context comes back, tracks the
 * box's size with a ResizeObserver (no layout reads while drawing), and gives the context back when
 * the widget leaves the page (connected again, it starts a fresh scene).
 *
 * @example
 * this.gl = this.use(new GlStage({ create: () => MyScene.create(), stage: dom.stage, box: dom.plot,
 *   message: dom.glMessage, lost: LOST, unavailable: NONE, onChange: () => this.requestRender() }));
 * const gl = this.gl.frame(this.palette); // undefined where WebGL is unavailable or before layout
 * if (gl) gl.scene.draw({ ...gl.frame, camera: cameraFor(view, gl.frame.width / gl.frame.height), … });
 */
import type { Controller } from '../ui/widget-element';
import { setHidden, setText } from '../ui/dom';
import { paletteNumbers, type Palette } from '../ui/tokens';
import { backingSize } from './canvas-surface';
import type { ThreeFrame } from './three-kit';

/** What the stage needs of a scene: its canvas, and a way to give its WebGL context back. */
export interface GlScene {
  readonly canvas: HTMLCanvasElement;
  dispose(): void;
}

export interface GlStageOptions<S extends GlScene> {
  /** Makes the scene, or undefined where WebGL cannot start. */
  create(): S | undefined;
  /** Where the scene's canvas goes. */
  readonly stage: HTMLElement;
  /** The element whose content box is the picture's size (default: the stage). */
  readonly box?: Element;
  /** The line that says why there is no picture. */
  readonly message: HTMLElement;
  /** The sentence when the browser took the context away (it may give it back). */
  readonly lost: string;
  /** The sentence when WebGL could not start at all. */
  readonly unavailable: string;
  /** The widget's own changes when there will be no picture (e.g. a layout without the view). */
  unavailableLayout?(): void;
  /** The picture must be drawn again: a new size, or the context came back. */
  onChange(): void;
}

export class GlStage<S extends GlScene> implements Controller {
  private gl: S | undefined;
  private status: 'untried' | 'ok' | 'unavailable' = 'untried';
  private w = 0;
  private h = 0;
  private observer: ResizeObserver | undefined;

  constructor(private readonly o: GlStageOptions<S>) {}

  hostConnected(): void {
    this.observer?.disconnect();
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box || (box.width === this.w && box.height === this.h)) return;
      this.w = box.width;
      this.h = box.height;
      this.o.onChange();
    });
    this.observer.observe(this.o.box ?? this.o.stage);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    const gl = this.gl;
    this.gl = undefined;
    gl?.dispose();
    gl?.canvas.remove();
    if (this.status === 'ok') this.status = 'untried';
  }

  /** True while the picture is drawn with WebGL. */
  get ok(): boolean {
    return this.status === 'ok';
  }

  /** The box's last observed size in CSS pixels (0 before layout or while hidden). */
  get width(): number {
    return this.w;
  }

  get height(): number {
    return this.h;
  }

  /** The scene, started on first use; undefined where WebGL is unavailable. */
  scene(): S | undefined {
    if (this.status === 'untried') this.start();
    return this.gl;
  }

  /**
   * The scene and what this frame is drawn for (the box's size, the clamped pixel ratio, the
   * palette and its line scale), or undefined where WebGL is unavailable or the box has no size.
   */
  frame(palette: Palette): { scene: S; frame: Omit<ThreeFrame, 'camera'> } | undefined {
    const scene = this.scene();
    const { w: width, h: height } = this;
    if (!scene || !(width > 0) || !(height > 0)) return undefined;
    const pixelRatio = backingSize(width, height, window.devicePixelRatio).dpr;
    return {
      scene,
      frame: { width, height, pixelRatio, palette, lineScale: paletteNumbers(palette).lineScale },
    };
  }

  private start(): void {
    const gl = this.o.create();
    if (!gl) {
      this.status = 'unavailable';
      this.say(this.o.unavailable);
      this.o.stage.removeAttribute('tabindex');
      this.o.unavailableLayout?.();
      return;
    }
    const canvas = gl.canvas;
    canvas.setAttribute('aria-hidden', 'true');
    this.o.stage.append(canvas);
    // The browser may take the context away (a GPU reset, or too many contexts on the page) and
    // give it back later; three.js rebuilds its resources and the picture is drawn again.
    canvas.addEventListener('webglcontextlost', () => {
      // Our own release (removal from the page) loses the context on purpose: no message then.
      if (this.gl === gl) this.say(this.o.lost);
    });
    canvas.addEventListener('webglcontextrestored', () => {
      this.say(undefined);
      this.o.onChange();
    });
    this.gl = gl;
    this.status = 'ok';
  }

  private say(message: string | undefined): void {
    setText(this.o.message, message ?? '');
    setHidden(this.o.message, !message);
  }
}

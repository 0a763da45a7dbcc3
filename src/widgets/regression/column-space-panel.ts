/**
 * The ℝ³ panel of `<lumen-regression projection>`: a canvas that draws y, its projection ŷ on the
 * plane of the columns 1 and x, and the residual between them, turned by a drag or the arrow keys.
 * A horizontal drag turns it and a vertical mouse drag tilts it; on touch screens only the
 * horizontal drag is taken (`touch-action: pan-y`), so a vertical swipe still scrolls the page.
 */
import { CanvasSurface } from '../../render/canvas-surface';
import { setText } from '../../ui/dom';
import type { Controller } from '../../ui/widget-element';
import type { Palette } from '../../ui/tokens';
import type { ColumnSpace } from '../../math/ml/column-space';
import { drawColumnSpace, DEFAULT_CAMERA, MAX_PITCH, type Camera } from './column-space-view';
import { columnSpaceLine } from './words';

export interface ColumnSpaceDom {
  readonly panel: HTMLDivElement;
  readonly view: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  readonly caption: HTMLParagraphElement;
}

/** Radians per CSS pixel dragged: a drag across a 300 px view turns it about 170°. */
const DRAG_TURN = 0.01;
/** Radians per arrow key press (Shift: four times as much). */
const KEY_TURN = Math.PI / 24;

export class ColumnSpacePanel implements Controller {
  private camera: Camera = DEFAULT_CAMERA;
  private drag: { x: number; y: number; id: number; camera: Camera } | undefined;
  readonly surface: CanvasSurface;

  constructor(
    private readonly dom: ColumnSpaceDom,
    private readonly redraw: () => void,
  ) {
    this.surface = new CanvasSurface(dom.canvas, {
      box: dom.view,
      height: (width) => Math.min(width * 0.85, 420),
      onResize: redraw,
    });
    const view = dom.view;
    view.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      this.drag = { x: e.clientX, y: e.clientY, id: e.pointerId, camera: this.camera };
      view.setPointerCapture?.(e.pointerId);
    });
    view.addEventListener('pointermove', (e) => {
      const d = this.drag;
      if (!d || d.id !== e.pointerId) return;
      const tilt = e.pointerType === 'touch' ? 0 : (e.clientY - d.y) * DRAG_TURN;
      this.turn({ yaw: d.camera.yaw + (e.clientX - d.x) * DRAG_TURN, pitch: d.camera.pitch + tilt });
    });
    const end = (e: PointerEvent): void => {
      if (this.drag?.id === e.pointerId) this.drag = undefined;
    };
    view.addEventListener('pointerup', end);
    view.addEventListener('pointercancel', end);
    view.addEventListener('keydown', (e) => {
      const step = e.shiftKey ? 4 * KEY_TURN : KEY_TURN;
      const c = this.camera;
      const next: Record<string, Camera> = {
        ArrowLeft: { yaw: c.yaw - step, pitch: c.pitch },
        ArrowRight: { yaw: c.yaw + step, pitch: c.pitch },
        ArrowUp: { yaw: c.yaw, pitch: c.pitch + step },
        ArrowDown: { yaw: c.yaw, pitch: c.pitch - step },
        Home: DEFAULT_CAMERA,
      };
      const camera = next[e.key];
      if (!camera) return;
      e.preventDefault();
      this.turn(camera);
    });
  }

  /** The view's current turn and tilt (radians), for scripts and tests. */
  get view(): Camera {
    return this.camera;
  }

  hostConnected(): void {
    this.surface.hostConnected();
  }

  hostDisconnected(): void {
    this.surface.hostDisconnected();
    this.drag = undefined;
  }

  /** Shows the picture (or why there is none) for the current data; hidden when `shown` is false. */
  render(shown: boolean, picture: ColumnSpace, palette: Palette): void {
    this.dom.panel.hidden = !shown;
    if (!shown) return;
    this.dom.view.hidden = !picture.ok;
    setText(this.dom.caption, columnSpaceLine(picture));
    if (!picture.ok) return;
    const f = this.surface.frame(palette);
    if (!f) return;
    drawColumnSpace(
      f.ctx,
      f.width,
      f.height,
      { palette, lineScale: f.lineScale, fontPx: f.fontPx },
      picture,
      this.camera,
    );
  }

  private turn(camera: Camera): void {
    const pitch = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, camera.pitch));
    this.camera = { yaw: camera.yaw, pitch };
    this.redraw();
  }
}

/**
 * A plot of the learner's data on a canvas (the classic-ML widgets): the canvas sized by its box
 * (CanvasSurface) and the plot frame over the data, which follows the data except while a point is
 * dragged (the handles hold the press's projection during a drag; the drawing holds its box the
 * same way). It also gives the data editor its data ↔ pixel map and keyboard step.
 *
 * @example
 * this.plot = this.use(new DataPlot({ canvas: dom.canvas, box: dom.plot, extent: () => extentOf(pts),
 *   fit: () => ({ equal: true, pad: 0.12 }), holding: () => this.editor?.dragging ?? false,
 *   onResize: () => this.requestRender() }));
 * new DataEditor({ ...this.plot.editorMap, … });
 * const d = this.plot.draw(this.palette); if (d) drawData(d.surface.ctx, d.frame, …);
 */
import type { Controller } from '../ui/widget-element';
import type { Palette } from '../ui/tokens';
import { CanvasSurface, type SurfaceFrame } from './canvas-surface';
import { dataToPx, niceStepAtLeast, plotFrame, pxToData, type DataBox, type PlotFrame } from './scale';

export interface DataPlotOptions {
  readonly canvas: HTMLCanvasElement;
  /** The element whose content box sizes the canvas. */
  readonly box: HTMLElement;
  /** The box the data needs now. */
  extent(): DataBox;
  /** Equal units on both axes (a plane of points), and the padding around the data. */
  fit(): { readonly equal?: boolean; readonly pad?: number };
  /** True while a point is dragged: the frame holds still. */
  holding(): boolean;
  onResize(): void;
}

type Pixel = { x: number; y: number };

export class DataPlot implements Controller {
  private readonly surface: CanvasSurface;
  private held: DataBox | undefined;
  private heldFrame: { source: DataBox; frame: PlotFrame } | undefined;

  constructor(private readonly o: DataPlotOptions) {
    this.surface = new CanvasSurface(o.canvas, { box: o.box, onResize: o.onResize });
  }

  hostConnected(): void {
    this.surface.hostConnected();
  }

  hostDisconnected(): void {
    this.surface.hostDisconnected();
  }

  /** The frame for the current size (before layout, the box's client size or 400 × 300). */
  frame(): PlotFrame {
    const o = this.o;
    const w = this.surface.boxWidth || o.box.clientWidth || 400;
    const h = this.surface.boxHeight || o.box.clientHeight || 300;
    if (!this.held || !o.holding()) this.held = o.extent();
    const source = this.held;
    const last = this.heldFrame;
    if (last && last.frame.width === w && last.frame.height === h && sameBox(last.source, source))
      return last.frame;
    const frame = plotFrame(source, w, h, o.fit());
    this.heldFrame = { source, frame };
    return frame;
  }

  /** The canvas sized for this frame, with the frame; undefined while the canvas has no size. */
  draw(palette: Palette): { surface: SurfaceFrame; frame: PlotFrame } | undefined {
    const surface = this.surface.frame(palette);
    return surface && { surface, frame: this.frame() };
  }

  /** What the data editor needs of the plot: data ↔ pixel, and a key step of about 1/40 of the width. */
  readonly editorMap = {
    toPixel: (p: Pixel): Pixel => dataToPx(this.frame(), p.x, p.y),
    fromPixel: (p: Pixel): Pixel => pxToData(this.frame(), p),
    step: (): number => {
      const { xMin, xMax } = this.frame().box;
      return niceStepAtLeast((xMax - xMin) / 40);
    },
  };
}

function sameBox(a: DataBox, b: DataBox): boolean {
  return a.xMin === b.xMin && a.xMax === b.xMax && a.yMin === b.yMin && a.yMax === b.yMax;
}

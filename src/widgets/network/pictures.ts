/**
 * The two canvases of `<lumen-network>`, drawn only when what they show changed: the plot (heat
 * map, grid, points, keyboard cursor) and the loss curves. While training this runs every frame,
 * so each draw compares what it would draw from with what it last drew from and otherwise does
 * nothing; the grid and points are kept on their own canvas (see `marksImage`), redrawn only for
 * new data, size or theme. Sizes come from the surfaces' ResizeObservers: no layout reads here.
 */
import type { CanvasSurface, SurfaceFrame } from '../../render/canvas-surface';
import { colorRgb as parseHex } from '../../render/color';
import { memo } from '../../ui/memo';
import { PALETTES, type Palette } from '../../ui/tokens';
import type { Dataset } from '../../math/nn';
import type { EngineSnapshot } from './engine';
import type { AddedPoint } from './props';
import { drawPlot, drawPlotMarks, type PlotColors, type PlotMarks } from './plot-view';
import { drawLoss } from './loss-view';
import { LossDigest } from './loss-digest';
import { HeatImage, type HeatColors } from './heat-image';

export interface PlotInput {
  readonly palette: Palette;
  readonly snap: EngineSnapshot | undefined;
  readonly data: { readonly key: string; readonly train: Dataset; readonly test: Dataset };
  readonly added: readonly AddedPoint[];
  readonly cursor: readonly [number, number] | undefined;
}

export class NetworkPictures {
  readonly digests = { train: new LossDigest(), test: new LossDigest() };
  private readonly heatImage = new HeatImage();
  private marks: { canvas: HTMLCanvasElement; key: string; palette: Palette } | undefined;
  private palette: Palette = PALETTES.light;
  private readonly heatColors = memo(heatColorsOf, () => [this.palette] as const);
  /** What each picture was last drawn from: a frame with nothing new draws nothing. */
  private drawnPlot: readonly unknown[] = [];
  private drawnLoss: readonly unknown[] = [];

  constructor(
    private readonly plot: CanvasSurface,
    private readonly loss: CanvasSurface,
  ) {}

  /** A surface changed size: the next frame draws again. */
  invalidate(): void {
    this.drawnPlot = [];
    this.drawnLoss = [];
  }

  /** Back at the seeded start: the loss curves start again. */
  resetCurves(): void {
    this.digests.train.reset();
    this.digests.test.reset();
  }

  drawPlot(p: PlotInput): void {
    const { palette, snap, data, cursor } = p;
    const key = [snap?.boundary, palette, data.key, cursor?.[0], cursor?.[1], window.devicePixelRatio];
    if (sameList(key, this.drawnPlot)) return;
    const f = this.plot.frame(palette);
    if (!f) return;
    this.drawnPlot = key;
    this.palette = palette;
    const side = f.width;
    const scene: PlotMarks = {
      side,
      train: data.train,
      test: data.test,
      added: p.added,
      showTest: true,
      colors: plotColors(palette),
      lineScale: f.lineScale,
    };
    drawPlot(f.ctx, {
      ...scene,
      heat: snap ? this.heatImage.draw(snap.boundary, snap.resolution, this.heatColors()) : undefined,
      marks: this.marksImage(f, `${data.key}|${f.width}|${f.dpr}`, palette, (m) => drawPlotMarks(m, scene)),
      cursor,
    });
  }

  drawLoss(palette: Palette, snap: EngineSnapshot | undefined): void {
    const key = [snap, palette, window.devicePixelRatio];
    if (sameList(key, this.drawnLoss)) return;
    const f = this.loss.frame(palette);
    if (!f) return;
    this.drawnLoss = key;
    drawLoss(f.ctx, {
      width: f.width,
      height: f.height,
      train: snap ? snap.trainLoss : [],
      test: snap ? snap.testLoss : [],
      colors: {
        train: palette.model,
        test: palette.fg,
        fg: palette.fg,
        muted: palette.muted,
        grid: palette.grid,
        bg: palette.bg,
      },
      fontPx: f.fontPx,
      lineScale: f.lineScale,
      digests: this.digests,
    });
  }

  /** The grid and points on a transparent canvas of the plot's backing size, redrawn only when `key` or the theme changes. */
  private marksImage(
    f: SurfaceFrame,
    key: string,
    palette: Palette,
    draw: (ctx: CanvasRenderingContext2D) => void,
  ): HTMLCanvasElement | undefined {
    if (this.marks?.key === key && this.marks.palette === palette) return this.marks.canvas;
    const plot = f.ctx.canvas;
    const canvas = this.marks?.canvas ?? document.createElement('canvas');
    if (canvas.width !== plot.width) canvas.width = plot.width;
    if (canvas.height !== plot.height) canvas.height = plot.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return undefined;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(canvas.width / f.width, 0, 0, canvas.height / f.height, 0, 0);
    draw(ctx);
    this.marks = { canvas, key, palette };
    return canvas;
  }
}

function plotColors(palette: Palette): PlotColors {
  return {
    positive: palette.j,
    negative: palette.i,
    fg: palette.fg,
    bg: palette.bg,
    grid: palette.grid,
    focus: palette.focus,
  };
}

export function heatColorsOf(palette: Palette): HeatColors {
  const light = PALETTES.light;
  return {
    positive: parseHex(palette.j, parseHex(light.j, [0, 0, 0])),
    negative: parseHex(palette.i, parseHex(light.i, [0, 0, 0])),
    bg: parseHex(palette.bg, [255, 255, 255]),
  };
}

/** Element-wise ===: what a picture was drawn from, against what it would be drawn from now. */
export function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, k) => v === b[k]);
}

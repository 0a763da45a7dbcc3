/**
 * The three.js side of `<lumen-descent>`: the loss surface as a shaded mesh with its level lines,
 * the minima, the start, and each run's path as a chain of thick sticks and balls lying on the
 * surface. No loop of its own: the element calls `draw` after a change (state, step, view,
 * size, theme) and `dispose` when it leaves the page, which gives the WebGL context back.
 *
 * Scene units: the picture's square maps to [−1, 1]², the height of a loss to [0, HEIGHT_CLIP]
 * (model.ts `heightOf`), and the whole is lowered so that the camera, which looks at the origin,
 * sees it centred. Strokes are meshes with radii in screen pixels (thick on a projector).
 */
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  CylinderGeometry,
  DoubleSide,
  Group,
  InstancedMesh,
  LineBasicMaterial,
  LineSegments,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  Quaternion,
  SphereGeometry,
  Vector3,
  type WebGLRenderer,
} from 'three';
import type { Point } from '../../math/descent';
import { PALETTES } from '../../ui/tokens';
import { HEIGHT_CLIP, clipToDomain, heightOf, type SurfaceField } from './model';
import { MAX_STEPS } from './props';
import { ThreeScene, createThreeScene, safeColor, type ThreeFrame } from '../../render/three-kit';

/** The scene is lowered by this so the camera (looking at the origin) sees the surface centred. */
export const LIFT = HEIGHT_CLIP / 2;
/**
 * The radius of the ball the camera fits: the farthest drawn point from the origin is a corner
 * of the floor square, (±1, ±1, −LIFT), so every view from every angle shows the whole picture.
 */
export const VIEW_RADIUS = Math.hypot(Math.SQRT2, LIFT);

/** A run's path as far as it has gone (the scene keeps the part inside the picture). */
export interface ScenePath {
  readonly points: readonly Point[];
  /** A palette key: the run's colour. */
  readonly color: string;
  readonly selected: boolean;
}

export interface SceneInput extends ThreeFrame {
  readonly field: SurfaceField;
  /** Contour segments per level (domain coordinates) and the level values. */
  readonly contours: readonly (readonly number[])[];
  readonly levels: readonly number[];
  readonly paths: readonly ScenePath[];
  readonly start: Point;
}

/** Domain point and loss to scene coordinates; off-picture points are held at the edge. */
export function toScene(f: SurfaceField, p: Point, loss: number): [number, number, number] {
  const d = f.surface.domain;
  const u = (2 * (p[0] - d.xMin)) / (d.xMax - d.xMin) - 1;
  const v = (2 * (p[1] - d.yMin)) / (d.yMax - d.yMin) - 1;
  const clip = (a: number): number => Math.max(-1.05, Math.min(1.05, a));
  return [clip(u), clip(v), heightOf(f, loss) - LIFT];
}

const UP = new Vector3(0, 1, 0);
const STICK_RADIUS = 1.6;
const BALL_RADIUS = 3;

/** A run's path: up to MAX_STEPS sticks and MAX_STEPS + 1 balls, instanced (one draw call each). */
class PathMesh {
  readonly group = new Group();
  readonly material = new MeshBasicMaterial();
  private readonly sticks: InstancedMesh;
  private readonly balls: InstancedMesh;
  private readonly m = new Matrix4();
  private readonly q = new Quaternion();
  private readonly dir = new Vector3();
  private readonly pos = new Vector3();
  private readonly scale = new Vector3();

  constructor(stick: CylinderGeometry, ball: SphereGeometry) {
    this.sticks = new InstancedMesh(stick, this.material, MAX_STEPS);
    this.balls = new InstancedMesh(ball, this.material, MAX_STEPS + 1);
    this.group.add(this.sticks, this.balls);
  }

  set(points: readonly [number, number, number][], unit: number, scale: number, selected: boolean): void {
    const r = STICK_RADIUS * scale * unit * (selected ? 1.4 : 1);
    const br = BALL_RADIUS * scale * unit * (selected ? 1.3 : 1);
    let sticks = 0;
    for (let k = 1; k < points.length; k++) {
      const a = points[k - 1]!;
      const b = points[k]!;
      this.dir.set(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
      const len = this.dir.length();
      if (!(len > 1e-9)) continue;
      this.q.setFromUnitVectors(UP, this.dir.divideScalar(len));
      this.m.compose(this.pos.set(a[0], a[1], a[2]), this.q, this.scale.set(r, len, r));
      this.sticks.setMatrixAt(sticks++, this.m);
    }
    this.sticks.count = sticks;
    this.sticks.instanceMatrix.needsUpdate = true;
    const last = points.length - 1;
    points.forEach((p, k) => {
      const s = k === last ? br * 1.7 : br;
      this.m.compose(this.pos.set(p[0], p[1], p[2]), this.q.identity(), this.scale.set(s, s, s));
      this.balls.setMatrixAt(k, this.m);
    });
    this.balls.count = points.length;
    this.balls.instanceMatrix.needsUpdate = true;
    // The instances move every step: bounds computed once would cull a path that left them.
    this.sticks.computeBoundingSphere();
    this.balls.computeBoundingSphere();
  }
}

export class DescentScene extends ThreeScene<SceneInput> {
  private readonly stickGeometry = new CylinderGeometry(1, 1, 1, 8, 1).translate(0, 0.5, 0);
  private readonly ballGeometry = new SphereGeometry(1, 12, 8);
  private readonly surfaceGeometry = new BufferGeometry();
  private readonly surfaceMaterial = new MeshLambertMaterial({
    vertexColors: true,
    side: DoubleSide,
    polygonOffset: true,
    polygonOffsetFactor: 1,
    polygonOffsetUnits: 1,
  });
  private readonly surfaceMesh = new Mesh(this.surfaceGeometry, this.surfaceMaterial);
  private readonly levelGeometry = new BufferGeometry();
  private readonly levelMaterial = new LineBasicMaterial({ transparent: true, opacity: 0.75 });
  private readonly levelLines = new LineSegments(this.levelGeometry, this.levelMaterial);
  private readonly frameGeometry = new BufferGeometry();
  private readonly frameMaterial = new LineBasicMaterial();
  private readonly frame = new LineSegments(this.frameGeometry, this.frameMaterial);
  private readonly markerMaterial = new MeshBasicMaterial();
  private readonly startMaterial = new MeshBasicMaterial();
  private readonly minima = new Group();
  private readonly startBall = new Mesh(this.ballGeometry, this.startMaterial);
  private readonly paths: PathMesh[] = [];
  private readonly low = new Color();
  private readonly high = new Color();
  /** What the surface geometry was last built for: rebuilt only when the surface or theme changes. */
  private surfaceKey = '';

  /**
   * Creates the scene on a canvas of its own, or undefined where the browser gives no WebGL 2
   * context (see `createThreeScene`).
   */
  static create(): DescentScene | undefined {
    return createThreeScene((canvas, renderer) => new DescentScene(canvas, renderer));
  }

  private constructor(canvas: HTMLCanvasElement, renderer: WebGLRenderer) {
    super(canvas, renderer, { lamp: 1.4, ambient: 1.6 });
    for (let k = 0; k < 4; k++) this.paths.push(new PathMesh(this.stickGeometry, this.ballGeometry));
    this.scene.add(
      this.surfaceMesh,
      this.levelLines,
      this.frame,
      this.minima,
      this.startBall,
      ...this.paths.map((p) => p.group),
    );
  }

  private buildSurface(f: SurfaceField, s: SceneInput): void {
    const p = s.palette;
    const key = `${f.surface.name}|${p.model}|${p.surface}|${p.grid}|${p.axis}`;
    if (key === this.surfaceKey) return;
    this.surfaceKey = key;
    const { nx, ny, values } = f.grid;
    const pos = new Float32Array(nx * ny * 3);
    const colors = new Float32Array(nx * ny * 3);
    // Low ground in the model colour (where the model wants to be), high ground pale.
    this.low.set(safeColor(p.model, PALETTES.light.model));
    this.high.set(safeColor(p.surface, PALETTES.light.surface));
    const c = new Color();
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) {
        const k = j * nx + i;
        const x = f.grid.xMin + ((f.grid.xMax - f.grid.xMin) * i) / (nx - 1);
        const y = f.grid.yMin + ((f.grid.yMax - f.grid.yMin) * j) / (ny - 1);
        const at = toScene(f, [x, y], values[k]!);
        pos.set(at, 3 * k);
        const u = Math.min(1, (at[2] + LIFT) / 1.1);
        c.copy(this.low).lerp(this.high, Math.sqrt(u));
        colors.set([c.r, c.g, c.b], 3 * k);
      }
    const index: number[] = [];
    for (let j = 0; j < ny - 1; j++)
      for (let i = 0; i < nx - 1; i++) {
        const a = j * nx + i;
        index.push(a, a + 1, a + nx + 1, a, a + nx + 1, a + nx);
      }
    this.surfaceGeometry.setIndex(index);
    this.surfaceGeometry.setAttribute('position', new BufferAttribute(pos, 3));
    this.surfaceGeometry.setAttribute('color', new BufferAttribute(colors, 3));
    this.surfaceGeometry.computeVertexNormals();
    this.surfaceGeometry.computeBoundingSphere();

    // Level lines lifted onto the surface at their own height.
    const lp: number[] = [];
    s.contours.forEach((segs, k) => {
      const level = s.levels[k]!;
      for (let n = 0; n + 3 < segs.length; n += 4) {
        lp.push(
          ...toScene(f, [segs[n]!, segs[n + 1]!], level),
          ...toScene(f, [segs[n + 2]!, segs[n + 3]!], level),
        );
      }
    });
    this.levelGeometry.setAttribute('position', new BufferAttribute(new Float32Array(lp), 3));
    this.levelGeometry.computeBoundingSphere();

    // The floor's square, for a sense of where "zero" is.
    const z = -LIFT;
    this.frameGeometry.setAttribute(
      'position',
      new BufferAttribute(
        new Float32Array([-1, -1, z, 1, -1, z, 1, -1, z, 1, 1, z, 1, 1, z, -1, 1, z, -1, 1, z, -1, -1, z]),
        3,
      ),
    );
    this.frameGeometry.computeBoundingSphere();

    this.minima.clear();
    for (const m of f.surface.minima) {
      const ball = new Mesh(this.ballGeometry, this.markerMaterial);
      ball.position.set(...toScene(f, m.at, m.loss));
      this.minima.add(ball);
    }
  }

  protected bounds(): { radius: number; lift: number } {
    return { radius: VIEW_RADIUS, lift: 3 };
  }

  protected compose(s: SceneInput, unit: number): void {
    const p = s.palette;
    const f = s.field;
    this.buildSurface(f, s);
    this.levelMaterial.color.set(safeColor(p.axis, PALETTES.light.axis));
    this.frameMaterial.color.set(safeColor(p.grid, PALETTES.light.grid));
    this.markerMaterial.color.set(safeColor(p.model, PALETTES.light.model));
    this.startMaterial.color.set(safeColor(p.fg, PALETTES.light.fg));

    const ls = s.lineScale;
    for (const m of this.minima.children) m.scale.setScalar(4 * ls * unit);
    this.startBall.position.set(...toScene(f, s.start, f.surface.loss(s.start[0], s.start[1])));
    this.startBall.scale.setScalar(4.5 * ls * unit);

    this.paths.forEach((mesh, k) => {
      const path = s.paths[k];
      mesh.group.visible = !!path;
      if (!path) return;
      // A diverging run's path ends at the rim instead of hovering over nothing.
      const { points, losses } = clipToDomain(f.surface, path.points);
      // Slightly above the surface, so the path is not buried in it between grid points.
      const pts = points.map((pt, n) => {
        const q = toScene(f, pt, losses[n]!);
        return [q[0], q[1], q[2] + 0.012] as [number, number, number];
      });
      mesh.material.color.set(path.color);
      mesh.set(pts, unit, ls, path.selected);
    });
  }
}

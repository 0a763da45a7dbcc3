/**
 * The three.js side of `<lumen-space>`: one WebGL scene that draws a given picture once, on
 * request. No loop of its own: the element calls `draw` only when the state, the view, the size
 * or the theme changed, and `dispose` when it leaves the page (geometries, materials, the
 * renderer and the WebGL context itself, so that adding and removing the widget does not use up
 * the browser's ~16 contexts).
 *
 * Strokes are meshes (cylinders and cones), not GL lines: WebGL lines are 1 px wide whatever
 * is asked, and the projector theme needs them thick. Their radius is set in screen pixels
 * (times the theme's line scale) and converted to space units at the camera's distance.
 *
 * Imports name each three.js class it uses, so the bundler keeps only those.
 */
import {
  BufferAttribute,
  BufferGeometry,
  ConeGeometry,
  CylinderGeometry,
  DoubleSide,
  Group,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  Quaternion,
  Vector3,
  type WebGLRenderer,
} from 'three';
import type { Mat3, Vec3 } from '../../math/mat3';
import type { Palette } from '../../ui/tokens';
import { PALETTES } from '../../ui/tokens';
import { ThreeScene, createThreeScene, safeColor, type ThreeFrame } from '../../render/three-kit';
import {
  BASIS,
  EDGES,
  FACES,
  columnOf3,
  corners,
  type Basis,
  type CrossProduct,
  type VolumeKind,
} from './model';

export interface SceneInput extends ThreeFrame {
  /** The matrix on screen (already eased towards the state's matrix). */
  readonly shown: Mat3;
  readonly cube: boolean;
  /** Sign and flatness of the shown matrix: the box turns the error colour when inside out. */
  readonly kind: VolumeKind;
  readonly cross: CrossProduct | undefined;
  /** Radius of the ball the view shows: sets the floor grid's size. */
  readonly radius: number;
}

/** Stroke sizes in CSS pixels, before the theme's line scale. */
const SHAFT_RADIUS = 1.7;
const HEAD_RADIUS = 6.5;
const HEAD_LENGTH = 17;
// Under 0.8 px a stroke breaks into dots where the renderer has no multisampling (software WebGL).
const EDGE_RADIUS = 1;
const AXIS_RADIUS = 0.85;

const UP = new Vector3(0, 1, 0);

function paint(
  material: MeshBasicMaterial | MeshLambertMaterial | LineBasicMaterial,
  palette: Palette,
  key: keyof Palette,
): void {
  material.color.set(safeColor(palette[key], PALETTES.light[key]));
}

/** A thick arrow: a cylinder shaft and a cone head, sharing unit geometries with every other arrow. */
class Arrow {
  readonly group = new Group();
  readonly material = new MeshBasicMaterial();
  private readonly shaft: Mesh;
  private readonly head: Mesh;
  private readonly dir = new Vector3();
  private readonly q = new Quaternion();

  constructor(shaft: CylinderGeometry, head: ConeGeometry) {
    this.shaft = new Mesh(shaft, this.material);
    this.head = new Mesh(head, this.material);
    this.group.add(this.shaft, this.head);
  }

  /** Points from `from` to `to`; `unit` is space units per CSS pixel, `scale` the line scale. */
  set(from: Vec3, to: Vec3, unit: number, scale: number): void {
    this.dir.set(to[0] - from[0], to[1] - from[1], to[2] - from[2]);
    const length = this.dir.length();
    this.group.visible = length > 1e-9;
    if (!this.group.visible) return;
    this.dir.divideScalar(length);
    this.q.setFromUnitVectors(UP, this.dir);
    // A short arrow keeps a head in proportion instead of a head longer than itself.
    const headLength = Math.min(HEAD_LENGTH * scale * unit, length * 0.45);
    const headRadius = Math.min(HEAD_RADIUS * scale * unit, headLength * 0.45);
    const shaftRadius = SHAFT_RADIUS * scale * unit;
    this.shaft.position.set(from[0], from[1], from[2]);
    this.shaft.quaternion.copy(this.q);
    this.shaft.scale.set(shaftRadius, length - headLength, shaftRadius);
    this.head.position.set(
      from[0] + this.dir.x * (length - headLength),
      from[1] + this.dir.y * (length - headLength),
      from[2] + this.dir.z * (length - headLength),
    );
    this.head.quaternion.copy(this.q);
    this.head.scale.set(headRadius, headLength, headRadius);
  }
}

/** A set of thick straight segments (cylinders) of one colour. */
class Sticks {
  readonly group = new Group();
  readonly material: MeshBasicMaterial;
  private readonly meshes: Mesh[] = [];
  private readonly dir = new Vector3();

  constructor(
    private readonly geometry: CylinderGeometry,
    count: number,
    opacity = 1,
  ) {
    this.material = new MeshBasicMaterial({ transparent: opacity < 1, opacity });
    for (let n = 0; n < count; n++) {
      const m = new Mesh(geometry, this.material);
      this.meshes.push(m);
      this.group.add(m);
    }
  }

  set(n: number, from: Vec3, to: Vec3, radius: number): void {
    const mesh = this.meshes[n];
    if (!mesh) return;
    this.dir.set(to[0] - from[0], to[1] - from[1], to[2] - from[2]);
    const length = this.dir.length();
    mesh.visible = length > 1e-9;
    if (!mesh.visible) return;
    mesh.position.set(from[0], from[1], from[2]);
    mesh.quaternion.setFromUnitVectors(UP, this.dir.divideScalar(length));
    mesh.scale.set(radius, length, radius);
  }
}

/** The parallelepiped's six faces as one translucent mesh (4 own vertices per face, for flat normals). */
class Box {
  readonly geometry = new BufferGeometry();
  readonly material = new MeshLambertMaterial({
    transparent: true,
    opacity: 0.2,
    side: DoubleSide,
    depthWrite: false,
  });
  readonly mesh = new Mesh(this.geometry, this.material);
  private readonly positions = new Float32Array(24 * 3);
  private readonly normals = new Float32Array(24 * 3);

  constructor() {
    const index: number[] = [];
    for (let f = 0; f < 6; f++) index.push(4 * f, 4 * f + 1, 4 * f + 2, 4 * f, 4 * f + 2, 4 * f + 3);
    this.geometry.setIndex(index);
    this.geometry.setAttribute('position', new BufferAttribute(this.positions, 3));
    this.geometry.setAttribute('normal', new BufferAttribute(this.normals, 3));
  }

  set(c: readonly Vec3[]): void {
    FACES.forEach((face, f) => {
      const [a, b, , d] = face.map((k) => c[k] as Vec3) as [Vec3, Vec3, Vec3, Vec3];
      const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
      const v = [d[0] - a[0], d[1] - a[1], d[2] - a[2]];
      let n = [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!];
      const len = Math.hypot(n[0]!, n[1]!, n[2]!);
      // A flattened box has faces of no area: no direction to light them from.
      n = len > 1e-12 ? n.map((x) => x / len) : [0, 0, 0];
      face.forEach((k, corner) => {
        const p = c[k] as Vec3;
        this.positions.set(p, (4 * f + corner) * 3);
        this.normals.set(n, (4 * f + corner) * 3);
      });
    });
    this.geometry.attributes.position!.needsUpdate = true;
    this.geometry.attributes.normal!.needsUpdate = true;
    this.geometry.computeBoundingSphere();
  }
}

/** The parallelogram spanned by two vectors (the cross product's area), as a translucent quad. */
class Parallelogram {
  readonly geometry = new BufferGeometry();
  readonly material = new MeshBasicMaterial({
    transparent: true,
    opacity: 0.22,
    side: DoubleSide,
    depthWrite: false,
  });
  readonly mesh = new Mesh(this.geometry, this.material);
  private readonly positions = new Float32Array(4 * 3);

  constructor() {
    this.geometry.setIndex([0, 1, 2, 0, 2, 3]);
    this.geometry.setAttribute('position', new BufferAttribute(this.positions, 3));
  }

  set(u: Vec3, v: Vec3): void {
    this.positions.set([0, 0, 0, u[0], u[1], u[2], u[0] + v[0], u[1] + v[1], u[2] + v[2], v[0], v[1], v[2]]);
    this.geometry.attributes.position!.needsUpdate = true;
    this.geometry.computeBoundingSphere();
  }
}

/** The floor grid (z = 0), rebuilt only when its size or spacing changes. */
class Floor {
  readonly geometry = new BufferGeometry();
  readonly material = new LineBasicMaterial({ transparent: true, opacity: 0.9 });
  readonly lines = new LineSegments(this.geometry, this.material);
  private key = '';

  set(radius: number): void {
    // About 8-20 lines each way: 1, 2 or 5 times a power of ten apart.
    const raw = radius / 5;
    const power = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
    const spacing = Math.max(1, step);
    const n = Math.ceil(radius / spacing);
    const key = `${spacing}:${n}`;
    if (key === this.key) return;
    this.key = key;
    const half = n * spacing;
    const p: number[] = [];
    for (let k = -n; k <= n; k++) {
      const x = k * spacing;
      p.push(x, -half, 0, x, half, 0, -half, x, 0, half, x, 0);
    }
    this.geometry.setAttribute('position', new BufferAttribute(new Float32Array(p), 3));
    this.geometry.computeBoundingSphere();
  }
}

/** The unit cube before the transformation: thin reference lines. */
function unitCubeLines(material: LineBasicMaterial): LineSegments {
  const c = corners([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  const p: number[] = [];
  for (const [a, b] of EDGES) p.push(...(c[a] as Vec3), ...(c[b] as Vec3));
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(p), 3));
  return new LineSegments(g, material);
}

export class SpaceScene extends ThreeScene<SceneInput> {
  // Unit shapes along +y from 0 to 1, scaled and turned into place by each stroke.
  private readonly shaftGeometry = new CylinderGeometry(1, 1, 1, 14, 1).translate(0, 0.5, 0);
  private readonly headGeometry = new ConeGeometry(1, 1, 18, 1).translate(0, 0.5, 0);
  private readonly stickGeometry = new CylinderGeometry(1, 1, 1, 8, 1).translate(0, 0.5, 0);
  private readonly arrows: Readonly<Record<Basis, Arrow>>;
  private readonly crossArrow: Arrow;
  private readonly axes: Sticks;
  private readonly edges: Sticks;
  private readonly box = new Box();
  private readonly span = new Parallelogram();
  private readonly floor = new Floor();
  private readonly ghostMaterial = new LineBasicMaterial({ transparent: true, opacity: 0.55 });
  private readonly ghost: LineSegments;

  /**
   * Creates the scene on a canvas of its own (`scene.canvas`, for the caller to insert), or
   * returns undefined when the browser gives no WebGL 2 context (see `createThreeScene`).
   */
  static create(): SpaceScene | undefined {
    return createThreeScene((canvas, renderer) => new SpaceScene(canvas, renderer));
  }

  private constructor(canvas: HTMLCanvasElement, renderer: WebGLRenderer) {
    super(canvas, renderer, { lamp: 1.6, ambient: 1.8 });
    this.arrows = {
      i: new Arrow(this.shaftGeometry, this.headGeometry),
      j: new Arrow(this.shaftGeometry, this.headGeometry),
      k: new Arrow(this.shaftGeometry, this.headGeometry),
    };
    this.crossArrow = new Arrow(this.shaftGeometry, this.headGeometry);
    this.axes = new Sticks(this.stickGeometry, 3, 0.7);
    this.edges = new Sticks(this.stickGeometry, EDGES.length, 0.9);
    this.ghost = unitCubeLines(this.ghostMaterial);
    // Faces and the span are see-through: drawn after the solid strokes, without writing depth.
    this.box.mesh.renderOrder = 1;
    this.span.mesh.renderOrder = 2;
    this.scene.add(
      this.floor.lines,
      this.axes.group,
      this.ghost,
      this.edges.group,
      this.box.mesh,
      this.span.mesh,
      this.crossArrow.group,
      ...BASIS.map((b) => this.arrows[b].group),
    );
  }

  protected bounds(s: SceneInput): { radius: number } {
    return { radius: s.radius };
  }

  protected compose(s: SceneInput, unit: number): void {
    const p = s.palette;
    const ls = s.lineScale;

    this.floor.set(s.radius);
    paint(this.floor.material, p, 'grid');

    const axisLength = s.radius * 0.95;
    this.axes.set(0, [-axisLength, 0, 0], [axisLength, 0, 0], AXIS_RADIUS * ls * unit);
    this.axes.set(1, [0, -axisLength, 0], [0, axisLength, 0], AXIS_RADIUS * ls * unit);
    this.axes.set(2, [0, 0, -axisLength], [0, 0, axisLength], AXIS_RADIUS * ls * unit);
    paint(this.axes.material, p, 'axis');

    // Inside out (det < 0) or flattened (det = 0): the box takes the error colour, as the
    // plane's unit square does; a flat box still shows as the flat shape it became.
    const boxColor: keyof Palette = s.kind === 'kept' ? 'accent' : 'error';
    this.box.mesh.visible = s.cube;
    this.edges.group.visible = s.cube;
    this.ghost.visible = s.cube;
    if (s.cube) {
      const c = corners(s.shown);
      this.box.set(c);
      EDGES.forEach(([a, b], n) => this.edges.set(n, c[a] as Vec3, c[b] as Vec3, EDGE_RADIUS * ls * unit));
      paint(this.box.material, p, boxColor);
      paint(this.edges.material, p, boxColor);
      paint(this.ghostMaterial, p, 'muted');
    }

    for (const b of BASIS) {
      this.arrows[b].set([0, 0, 0], columnOf3(s.shown, b), unit, ls);
      paint(this.arrows[b].material, p, b);
    }

    const x = s.cross;
    this.crossArrow.group.visible = !!x;
    this.span.mesh.visible = !!x;
    if (x) {
      this.crossArrow.set([0, 0, 0], x.vector, unit, ls);
      this.span.set(columnOf3(s.shown, x.first), columnOf3(s.shown, x.second));
      paint(this.crossArrow.material, p, 'gradient');
      paint(this.span.material, p, 'gradient');
    }
  }
}

/**
 * What every three.js widget needs around its scene: a WebGL 2 renderer made without console
 * noise (or none), colours three.js parses quietly, spotting software WebGL, and `ThreeScene`, the
 * base of a widget's scene (renderer, camera, head lamp, clear colour, one frame, release).
 */
import {
  AmbientLight,
  Color,
  DirectionalLight,
  InstancedMesh,
  LineSegments,
  Mesh,
  PerspectiveCamera,
  Scene,
  Vector2,
  WebGLRenderer,
  type BufferGeometry,
  type Material,
  type Object3D,
} from 'three';
import { PALETTES, type Palette } from '../ui/tokens';
import { colorHex } from './color';
import { unitsPerPixel, type Camera } from './three-camera';

/**
 * A colour three.js parses without a console warning (#rrggbb): whatever CSS colour a host page
 * sets on a `--lumen-*` property (oklch(), color-mix() too); non-colours (var()) fall back.
 */
export function safeColor(value: string, fallback: string): string {
  return colorHex(value, fallback);
}

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/** True when the context is drawn by the CPU. */
export function isSoftware(gl: WebGL2RenderingContext): boolean {
  let name = String(gl.getParameter(gl.RENDERER));
  // Chromium answers "WebKit WebGL" here and names the real renderer only through the extension
  // (which Firefox, answering with the real name, would warn about).
  if (/^webkit webgl$/i.test(name)) {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    if (info) name = String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL));
  }
  return SOFTWARE_RENDERER.test(name);
}

function webgl2(canvas: HTMLCanvasElement, antialias: boolean): WebGL2RenderingContext | null {
  try {
    return canvas.getContext('webgl2', {
      antialias,
      alpha: false,
      depth: true,
      stencil: false,
      powerPreference: 'default',
    });
  } catch {
    return null;
  }
}

/**
 * Makes a scene with `make` on a canvas of its own and a renderer for it, or returns undefined
 * when the browser gives no WebGL 2 context (disabled, blocklisted, or too many contexts), or
 * when making the scene fails (the context is then given back). Asking for the context here,
 * rather than letting three.js ask, keeps the console clean: three.js logs an error when it fails.
 *
 * On a software renderer (SwiftShader, llvmpipe: the CPU draws every pixel) the scene goes
 * without multisampling, which there costs about half of every frame; a context's attributes
 * are fixed when it is made, so that takes a second canvas.
 */
export function createThreeScene<T>(
  make: (canvas: HTMLCanvasElement, renderer: WebGLRenderer) => T,
): T | undefined {
  let canvas = document.createElement('canvas');
  let gl = webgl2(canvas, true);
  if (gl && isSoftware(gl)) {
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    canvas = document.createElement('canvas');
    gl = webgl2(canvas, false);
  }
  if (!gl || gl.isContextLost()) return undefined;
  try {
    return make(
      canvas,
      new WebGLRenderer({ canvas, context: gl, antialias: gl.getContextAttributes()?.antialias ?? false }),
    );
  } catch {
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return undefined;
  }
}

/** Sizes the renderer's drawing buffer for this frame, touching only what changed. */
export function sizeRenderer(
  r: WebGLRenderer,
  scratch: Vector2,
  width: number,
  height: number,
  pixelRatio: number,
): void {
  if (r.getPixelRatio() !== pixelRatio) r.setPixelRatio(pixelRatio);
  const size = r.getSize(scratch);
  if (size.x !== width || size.y !== height) r.setSize(width, height, false);
}

/**
 * Points three's camera as `cam` says (src/render/three-camera.ts), with its clip planes around a
 * ball of `radius` at the origin, and puts `light` over the viewer's head (raised by `lift`): a head
 * lamp, so the faces turned to the viewer are the brightest whichever way the view turns.
 */
export function aimCamera(
  camera: PerspectiveCamera,
  light: Object3D,
  cam: Camera,
  radius: number,
  lift = 0,
): void {
  camera.fov = cam.fovDeg;
  camera.aspect = cam.aspect;
  camera.near = Math.max(0.01, cam.distance - 4 * radius);
  camera.far = cam.distance + 4 * radius;
  camera.position.set(...cam.position);
  camera.lookAt(0, 0, 0);
  camera.updateProjectionMatrix();
  light.position.set(
    cam.position[0] + cam.up[0] * cam.distance,
    cam.position[1] + cam.up[1] * cam.distance,
    cam.position[2] + cam.up[2] * cam.distance + lift,
  );
}

/** Frees every geometry and material in `scene`, then the renderer and its WebGL context. */
export function disposeScene(scene: Scene, renderer: WebGLRenderer): void {
  const materials = new Set<Material>();
  const geometries = new Set<BufferGeometry>();
  scene.traverse((o) => {
    if (o instanceof Mesh || o instanceof LineSegments) {
      geometries.add(o.geometry as BufferGeometry);
      materials.add(o.material as Material);
      // An instanced mesh also holds its instance buffers.
      if (o instanceof InstancedMesh) o.dispose();
    }
  });
  for (const g of geometries) g.dispose();
  for (const m of materials) m.dispose();
  scene.clear();
  renderer.dispose();
  // dispose() frees three.js's objects but leaves the context alive until garbage collection;
  // losing it now gives the slot back to the page at once.
  renderer.forceContextLoss();
}

/** What every frame of a widget's scene is drawn for (`GlStage.frame` gives all but the camera). */
export interface ThreeFrame {
  readonly camera: Camera;
  /** CSS pixels, and device pixels per CSS pixel for the backing store. */
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
  readonly palette: Palette;
  readonly lineScale: number;
}

/**
 * The part of a widget's three.js scene that is the same in every 3D widget: the renderer on its
 * own canvas, a camera with z up, a head lamp and an ambient light, and a frame that sizes the
 * buffer, aims the camera, clears in the theme's background and renders. No loop of its own: the
 * element calls `draw` after a change and `dispose` when it leaves the page (GlStage does both).
 *
 * @example
 * class MyScene extends ThreeScene<MyInput> {
 *   static create() { return createThreeScene((c, r) => new MyScene(c, r)); }
 *   private constructor(c: HTMLCanvasElement, r: WebGLRenderer) { super(c, r, { lamp: 1.4, ambient: 1.6 }); }
 *   protected compose(s: MyInput, unit: number) { … } // set meshes; `unit` is scene units per CSS pixel
 * }
 */
export abstract class ThreeScene<I extends ThreeFrame> {
  protected readonly scene = new Scene();
  protected readonly camera = new PerspectiveCamera();
  private readonly light: DirectionalLight;
  private readonly clear = new Color();
  private readonly size = new Vector2();
  private disposed = false;

  protected constructor(
    readonly canvas: HTMLCanvasElement,
    private readonly renderer: WebGLRenderer,
    lights: { readonly lamp: number; readonly ambient: number },
  ) {
    this.camera.up.set(0, 0, 1);
    this.light = new DirectionalLight(0xffffff, lights.lamp);
    this.scene.add(new AmbientLight(0xffffff, lights.ambient), this.light);
  }

  /** The ball at the origin the camera must show, and how far the lamp sits above the viewer. */
  protected abstract bounds(s: I): { readonly radius: number; readonly lift?: number };

  /** Brings the scene's objects in line with `s`; `unit` is scene units per CSS pixel at the target. */
  protected abstract compose(s: I, unit: number): void;

  /** Draws one frame of `s`. */
  draw(s: I): void {
    if (this.disposed) return;
    const r = this.renderer;
    const cam = s.camera;
    sizeRenderer(r, this.size, s.width, s.height, s.pixelRatio);
    const { radius, lift } = this.bounds(s);
    aimCamera(this.camera, this.light, cam, radius, lift);
    this.clear.set(safeColor(s.palette.bg, PALETTES.light.bg));
    r.setClearColor(this.clear, 1);
    this.compose(s, unitsPerPixel(cam, s.height, cam.distance));
    r.render(this.scene, this.camera);
  }

  /** Frees every GPU resource and the WebGL context itself. Safe to call twice. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    disposeScene(this.scene, this.renderer);
  }
}

/**
 * The camera of the three.js widgets (`<lumen-space>`, `<lumen-descent>`), as pure math: where
 * it stands for an orbit (azimuth, elevation, the radius of the ball it must show), how a space
 * point projects to a pixel, and which space point lies under a pixel on a given plane. Uses the
 * conventions of three.js's PerspectiveCamera (vertical field of view, `up` = +z, looking at the
 * origin), so the scene and the DOM handles agree to the pixel; three-camera.test.ts checks that
 * against three itself.
 *
 * Math axes: x and y span the "floor", z points up (the same right-handed axes as the lesson).
 */
import { cross3, dot3, normalize3, type Vec3 } from '../math/mat3';

export type Degrees = number;
export type Pixels = number;

/** Vertical field of view: narrow enough that the box is not distorted, wide enough to feel deep. */
export const FOV_DEG: Degrees = 35;
export const ELEVATION_LIMIT: Degrees = 85;
/** Magnification limits (the `zoom` prop's range). */
export const ZOOM_MIN = 0.25;
export const ZOOM_MAX = 8;

export interface Orbit {
  readonly azimuth: Degrees;
  readonly elevation: Degrees;
  /** Radius of the ball around the origin that must fit in the view. */
  readonly radius: number;
}

export interface Camera {
  readonly position: Vec3;
  /** Unit vectors: where it looks, and the screen's right and up in space. */
  readonly forward: Vec3;
  readonly right: Vec3;
  readonly up: Vec3;
  /** tan(fovY / 2) and width / height. */
  readonly tanHalf: number;
  readonly aspect: number;
  readonly distance: number;
  readonly fovDeg: Degrees;
}

const RAD = Math.PI / 180;

export function cameraFor(o: Orbit, aspect: number): Camera {
  const a = aspect > 0 && Number.isFinite(aspect) ? aspect : 1;
  const tanHalf = Math.tan((FOV_DEG * RAD) / 2);
  // The ball fits when its radius subtends at most the narrower half-angle.
  const halfMin = Math.atan(Math.min(tanHalf, tanHalf * a));
  const radius = o.radius > 0 && Number.isFinite(o.radius) ? o.radius : 1;
  const distance = radius / Math.sin(halfMin);
  const az = o.azimuth * RAD;
  const el = Math.max(-ELEVATION_LIMIT, Math.min(ELEVATION_LIMIT, o.elevation)) * RAD;
  const dir: Vec3 = [Math.cos(el) * Math.cos(az), Math.cos(el) * Math.sin(az), Math.sin(el)];
  const position: Vec3 = [dir[0] * distance, dir[1] * distance, dir[2] * distance];
  const forward: Vec3 = [-dir[0], -dir[1], -dir[2]];
  const right = normalize3(cross3(forward, [0, 0, 1]));
  const up = cross3(right, forward);
  return { position, forward, right, up, tanHalf, aspect: a, distance, fovDeg: FOV_DEG };
}

export interface Projected {
  readonly x: Pixels;
  readonly y: Pixels;
  /** Distance in front of the camera, along its view direction. */
  readonly depth: number;
}

/** Pixel coordinates (y down) of space point `p` in a `width` x `height` view; undefined behind the camera. */
export function project(cam: Camera, p: Vec3, width: Pixels, height: Pixels): Projected | undefined {
  const v: Vec3 = [p[0] - cam.position[0], p[1] - cam.position[1], p[2] - cam.position[2]];
  const depth = dot3(v, cam.forward);
  if (!(depth > 1e-9)) return undefined;
  const nx = dot3(v, cam.right) / (depth * cam.tanHalf * cam.aspect);
  const ny = dot3(v, cam.up) / (depth * cam.tanHalf);
  return { x: ((nx + 1) / 2) * width, y: ((1 - ny) / 2) * height, depth };
}

export interface Ray {
  readonly origin: Vec3;
  readonly direction: Vec3;
}

/** The ray from the camera through pixel (x, y). */
export function rayThrough(cam: Camera, x: Pixels, y: Pixels, width: Pixels, height: Pixels): Ray {
  const nx = (2 * x) / width - 1;
  const ny = 1 - (2 * y) / height;
  const sx = nx * cam.tanHalf * cam.aspect;
  const sy = ny * cam.tanHalf;
  const d: Vec3 = [
    cam.forward[0] + sx * cam.right[0] + sy * cam.up[0],
    cam.forward[1] + sx * cam.right[1] + sy * cam.up[1],
    cam.forward[2] + sx * cam.right[2] + sy * cam.up[2],
  ];
  return { origin: cam.position, direction: normalize3(d) };
}

/** Where `ray` meets the plane through `point` with normal `normal`; undefined if parallel or behind. */
export function intersectPlane(ray: Ray, point: Vec3, normal: Vec3): Vec3 | undefined {
  const denom = dot3(ray.direction, normal);
  if (Math.abs(denom) < 1e-12) return undefined;
  const diff: Vec3 = [point[0] - ray.origin[0], point[1] - ray.origin[1], point[2] - ray.origin[2]];
  const s = dot3(diff, normal) / denom;
  if (!(s > 0)) return undefined;
  const o = ray.origin;
  const d = ray.direction;
  return [o[0] + s * d[0], o[1] + s * d[1], o[2] + s * d[2]];
}

/**
 * The space point under pixel (x, y) on the plane that faces the camera through `anchor`: a
 * dragged tip moves parallel to the screen, staying at its depth.
 */
export function pointOnScreenPlane(
  cam: Camera,
  anchor: Vec3,
  x: Pixels,
  y: Pixels,
  width: Pixels,
  height: Pixels,
): Vec3 | undefined {
  return intersectPlane(rayThrough(cam, x, y, width, height), anchor, cam.forward);
}

/** Space units per screen pixel at `depth` in front of the camera (to keep strokes a constant width). */
export function unitsPerPixel(cam: Camera, height: Pixels, depth: number): number {
  return (2 * depth * cam.tanHalf) / Math.max(1, height);
}

// ---- orbiting -----------------------------------------------------------------------------------

/** Degrees turned per pixel dragged: a drag across a 500-pixel view turns it by 200°. */
export const ORBIT_DEG_PER_PIXEL = 0.4;

/** An angle in (-180, 180], rounded to 0.1° so that the state and a shared link stay short. */
export function wrapDegrees(a: Degrees): Degrees {
  let w = ((((a + 180) % 360) + 360) % 360) - 180;
  if (w === -180) w = 180;
  const r = Math.round(w * 10) / 10;
  return r === -180 ? 180 : r === 0 ? 0 : r;
}

export function clampElevation(e: Degrees): Degrees {
  const r = Math.round(Math.max(-ELEVATION_LIMIT, Math.min(ELEVATION_LIMIT, e)) * 10) / 10;
  return r === 0 ? 0 : r;
}

/** Dragging right turns the scene to the right (the camera moves left); dragging down shows it from higher up. */
export function orbitByDrag(
  azimuth: Degrees,
  elevation: Degrees,
  dx: Pixels,
  dy: Pixels,
): { azimuth: Degrees; elevation: Degrees } {
  return {
    azimuth: wrapDegrees(azimuth - dx * ORBIT_DEG_PER_PIXEL),
    elevation: clampElevation(elevation + dy * ORBIT_DEG_PER_PIXEL),
  };
}

export function zoomBy(zoom: number, factor: number): number {
  const z = Math.max(ZOOM_MIN, Math.min(ZOOM_MAX, zoom * factor));
  return Math.round(z * 1000) / 1000;
}

/** One press of a zoom key or button multiplies the magnification by this (or divides it). */
export const ZOOM_STEP = 1.25;

export interface ViewKeyInput {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

export interface ViewSettings {
  readonly azimuth: Degrees;
  readonly elevation: Degrees;
  readonly zoom: number;
}

/**
 * Keys on the focused 3D view: ← → turn it around the z-axis, ↑ ↓ raise or lower the viewpoint
 * (5°; Shift 15°, Alt 1°), + and − zoom, Home goes back to `home`. Undefined for other keys.
 */
export function viewKey(e: ViewKeyInput, v: ViewSettings, home: ViewSettings): ViewSettings | undefined {
  const step = e.altKey ? 1 : e.shiftKey ? 15 : 5;
  switch (e.key) {
    case 'ArrowLeft':
      return { ...v, azimuth: wrapDegrees(v.azimuth + step) };
    case 'ArrowRight':
      return { ...v, azimuth: wrapDegrees(v.azimuth - step) };
    case 'ArrowUp':
      return { ...v, elevation: clampElevation(v.elevation + step) };
    case 'ArrowDown':
      return { ...v, elevation: clampElevation(v.elevation - step) };
    case '+':
    case '=':
      return { ...v, zoom: zoomBy(v.zoom, ZOOM_STEP) };
    case '-':
    case '_':
      return { ...v, zoom: zoomBy(v.zoom, 1 / ZOOM_STEP) };
    case 'Home':
      return home;
    default:
      return undefined;
  }
}

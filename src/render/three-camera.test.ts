import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PerspectiveCamera, Vector3 } from 'three';
import { norm3, type Vec3 } from '../math/mat3';
import {
  ELEVATION_LIMIT,
  cameraFor,
  clampElevation,
  intersectPlane,
  orbitByDrag,
  pointOnScreenPlane,
  project,
  rayThrough,
  unitsPerPixel,
  viewKey,
  wrapDegrees,
  zoomBy,
} from './three-camera';

const key = (k: string, mods: { shiftKey?: boolean; altKey?: boolean } = {}) => ({
  key: k,
  shiftKey: mods.shiftKey ?? false,
  altKey: mods.altKey ?? false,
});

/** The same camera as three.js builds it in scene.ts. */
function threeCamera(az: number, el: number, radius: number, aspect: number): PerspectiveCamera {
  const c = cameraFor({ azimuth: az, elevation: el, radius }, aspect);
  const cam = new PerspectiveCamera(c.fovDeg, aspect, 0.01, 1000);
  cam.up.set(0, 0, 1);
  cam.position.set(...c.position);
  cam.lookAt(0, 0, 0);
  cam.updateMatrixWorld();
  cam.updateProjectionMatrix();
  return cam;
}

describe('camera', () => {
  it('projects exactly like three.js PerspectiveCamera (z up, looking at the origin)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -ELEVATION_LIMIT, max: ELEVATION_LIMIT, noNaN: true }),
        fc.double({ min: 1, max: 50, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.tuple(
          fc.double({ min: -1, max: 1, noNaN: true }),
          fc.double({ min: -1, max: 1, noNaN: true }),
          fc.double({ min: -1, max: 1, noNaN: true }),
        ),
        (az, el, radius, aspect, unit) => {
          const p: Vec3 = [unit[0] * radius, unit[1] * radius, unit[2] * radius];
          const w = 600 * aspect;
          const h = 600;
          const mine = project(cameraFor({ azimuth: az, elevation: el, radius }, aspect), p, w, h)!;
          const v = new Vector3(...p).project(threeCamera(az, el, radius, aspect));
          expect(mine.x).toBeCloseTo(((v.x + 1) / 2) * w, 6);
          expect(mine.y).toBeCloseTo(((1 - v.y) / 2) * h, 6);
        },
      ),
    );
  });

  it('fits the ball of the given radius inside the narrower side', () => {
    for (const aspect of [0.5, 1, 2]) {
      const cam = cameraFor({ azimuth: 30, elevation: 20, radius: 3 }, aspect);
      const w = 400 * aspect;
      const h = 400;
      // Points of the ball's silhouette along the screen's right and up directions.
      const right = project(cam, [cam.right[0] * 3, cam.right[1] * 3, cam.right[2] * 3], w, h)!;
      const up = project(cam, [cam.up[0] * 3, cam.up[1] * 3, cam.up[2] * 3], w, h)!;
      expect(right.x).toBeLessThanOrEqual(w);
      expect(up.y).toBeGreaterThanOrEqual(0);
      expect(Math.min(w - right.x, up.y)).toBeLessThan(Math.min(w, h) * 0.25);
    }
  });

  it('looks at the origin from azimuth/elevation, with z up on screen', () => {
    const cam = cameraFor({ azimuth: 0, elevation: 0, radius: 1 }, 1);
    expect(cam.forward[0]).toBeCloseTo(-1, 12);
    const origin = project(cam, [0, 0, 0], 200, 200)!;
    expect(origin.x).toBeCloseTo(100, 9);
    expect(origin.y).toBeCloseTo(100, 9);
    expect(project(cam, [0, 0, 0.5], 200, 200)!.y).toBeLessThan(100);
    // From +x, +y is on the right.
    expect(project(cam, [0, 0.5, 0], 200, 200)!.x).toBeGreaterThan(100);
    expect(project(cam, cam.position.map((x) => x * 2) as unknown as Vec3, 200, 200)).toBeUndefined();
  });

  it('turns a pixel back into the point under it on a plane facing the camera', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -80, max: 80, noNaN: true }),
        fc.tuple(
          fc.double({ min: -2, max: 2, noNaN: true }),
          fc.double({ min: -2, max: 2, noNaN: true }),
          fc.double({ min: -2, max: 2, noNaN: true }),
        ),
        (az, el, p) => {
          const cam = cameraFor({ azimuth: az, elevation: el, radius: 4 }, 1.25);
          const px = project(cam, p, 500, 400)!;
          const back = pointOnScreenPlane(cam, p, px.x, px.y, 500, 400)!;
          back.forEach((x, k) => expect(x).toBeCloseTo(p[k]!, 6));
        },
      ),
    );
  });

  it('a drag across the screen moves a point parallel to the screen, at its depth', () => {
    const cam = cameraFor({ azimuth: 30, elevation: 20, radius: 2 }, 1);
    const anchor: Vec3 = [1, 0, 0];
    const at = project(cam, anchor, 400, 400)!;
    const moved = pointOnScreenPlane(cam, anchor, at.x + 50, at.y, 400, 400)!;
    const d: Vec3 = [moved[0] - 1, moved[1], moved[2]];
    expect(Math.abs(d[0] * cam.forward[0] + d[1] * cam.forward[1] + d[2] * cam.forward[2])).toBeLessThan(
      1e-9,
    );
    expect(d[0] * cam.right[0] + d[1] * cam.right[1] + d[2] * cam.right[2]).toBeCloseTo(
      50 * unitsPerPixel(cam, 400, at.depth),
      9,
    );
  });

  it('misses a plane that is parallel to the ray or behind it', () => {
    const ray = rayThrough(cameraFor({ azimuth: 0, elevation: 0, radius: 1 }, 1), 50, 50, 100, 100);
    expect(norm3(ray.direction)).toBeCloseTo(1, 12);
    expect(intersectPlane(ray, [0, 0, 0], [0, 0, 1])).toBeUndefined();
    expect(intersectPlane(ray, [100, 0, 0], [1, 0, 0])).toBeUndefined();
    expect(intersectPlane(ray, [0, 0, 0], [1, 0, 0])).toEqual([0, 0, 0]);
  });
});

describe('orbit', () => {
  it('wraps the azimuth into (-180, 180] and clamps the elevation, to 0.1°', () => {
    expect(wrapDegrees(190)).toBe(-170);
    expect(wrapDegrees(-180)).toBe(180);
    expect(wrapDegrees(540)).toBe(180);
    expect(wrapDegrees(-0.01)).toBe(0);
    expect(wrapDegrees(12.345)).toBe(12.3);
    expect(clampElevation(120)).toBe(ELEVATION_LIMIT);
    expect(clampElevation(-120)).toBe(-ELEVATION_LIMIT);
  });

  it('a drag to the right turns the scene right; a drag down shows it from higher up', () => {
    expect(orbitByDrag(30, 20, 10, 0)).toEqual({ azimuth: 26, elevation: 20 });
    expect(orbitByDrag(30, 20, 0, 10)).toEqual({ azimuth: 30, elevation: 24 });
    expect(orbitByDrag(30, 84, 0, 100).elevation).toBe(ELEVATION_LIMIT);
  });

  it('keys: arrows turn (5°, Shift 15°, Alt 1°), + and − zoom, Home goes home', () => {
    const v = { azimuth: 30, elevation: 20, zoom: 2 };
    const home = { azimuth: 0, elevation: 10, zoom: 3 };
    expect(viewKey(key('ArrowLeft'), v, home)).toEqual({ ...v, azimuth: 35 });
    expect(viewKey(key('ArrowRight', { shiftKey: true }), v, home)).toEqual({ ...v, azimuth: 15 });
    expect(viewKey(key('ArrowUp', { altKey: true }), v, home)).toEqual({ ...v, elevation: 21 });
    expect(viewKey(key('ArrowDown'), v, home)).toEqual({ ...v, elevation: 15 });
    expect(viewKey(key('+'), v, home)).toEqual({ ...v, zoom: 2.5 });
    expect(viewKey(key('-'), v, home)).toEqual({ ...v, zoom: 1.6 });
    expect(viewKey(key('Home'), v, home)).toEqual(home);
    expect(viewKey(key('x'), v, home)).toBeUndefined();
  });

  it('magnification stays within 0.25 … 8', () => {
    expect(zoomBy(0.3, 0.5)).toBe(0.25);
    expect(zoomBy(5, 2)).toBe(8);
    expect(zoomBy(1, 1.25)).toBe(1.25);
  });
});

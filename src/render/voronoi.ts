/**
 * Voronoi cells of a few sites, clipped to a rectangle: the regions of the plane closest to each
 * site (k-means' assign step, drawn). The one place d3-delaunay is imported.
 */
import { Delaunay } from 'd3-delaunay';
import type { Vec2 } from '../math/mat2';

/**
 * One polygon per site (in the same order), clipped to [xMin, yMin, xMax, yMax]; an empty list
 * for a site whose cell is empty (a duplicate site) and for non-finite sites.
 */
export function voronoiCells(
  sites: readonly Vec2[],
  bounds: readonly [number, number, number, number],
): Vec2[][] {
  if (!sites.length || !sites.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1])))
    return sites.map(() => []);
  if (sites.length === 1) {
    const [x0, y0, x1, y1] = bounds;
    return [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
      ],
    ];
  }
  const v = Delaunay.from(sites.map((p) => [p[0], p[1]] as [number, number])).voronoi([...bounds]);
  return sites.map((_, i) => (v.cellPolygon(i) as Vec2[] | null) ?? []);
}

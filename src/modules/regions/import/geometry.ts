// SPDX-License-Identifier: EUPL-1.2
/**
 * The little planar geometry the succession derivation needs: point-in-polygon and interior sample
 * points of (Multi)Polygons in lon/lat. Municipalities are small enough that treating degrees as a
 * plane does not change which polygon contains a point.
 */

export type Position = [number, number];
/** A closed ring of positions. */
export type Ring = Position[];
/** Outer ring first, then holes. */
export type PolygonCoordinates = Ring[];
/** The GeoJSON geometries a boundary can have. */
export type AreaGeometry =
  | { type: 'Polygon'; coordinates: PolygonCoordinates }
  | { type: 'MultiPolygon'; coordinates: PolygonCoordinates[] };
/** An axis-aligned bounding box. */
export type BBox = { minX: number; minY: number; maxX: number; maxY: number };

function polygonsOf(geometry: AreaGeometry): PolygonCoordinates[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Ray casting (even-odd rule); points exactly on an edge may fall either way. */
function inRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

/** True when the point lies inside the geometry (inside an outer ring and outside its holes). */
export function containsPoint(geometry: AreaGeometry, [x, y]: Position): boolean {
  return polygonsOf(geometry).some(
    ([outer, ...holes]) => outer !== undefined && inRing(x, y, outer) && !holes.some((hole) => inRing(x, y, hole)),
  );
}

/** Bounding box of all outer rings. */
export function bboxOf(geometry: AreaGeometry): BBox {
  const box: BBox = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [outer] of polygonsOf(geometry)) {
    for (const [x, y] of outer ?? []) {
      box.minX = Math.min(box.minX, x);
      box.minY = Math.min(box.minY, y);
      box.maxX = Math.max(box.maxX, x);
      box.maxY = Math.max(box.maxY, y);
    }
  }
  return box;
}

/** True when the point lies in the box (a cheap filter before containsPoint). */
export function bboxContains(box: BBox, [x, y]: Position): boolean {
  return x >= box.minX && x <= box.maxX && y >= box.minY && y <= box.maxY;
}

/**
 * A point that is certainly inside the geometry: on a horizontal line through the middle of the
 * largest polygon's box, the midpoint of the widest stretch that lies inside. Unlike a centroid,
 * this works for crescent- and ring-shaped municipalities.
 */
export function interiorPoint(geometry: AreaGeometry): Position | undefined {
  let best: { width: number; point: Position } | undefined;
  for (const polygon of polygonsOf(geometry)) {
    const single: AreaGeometry = { type: 'Polygon', coordinates: polygon };
    const box = bboxOf(single);
    for (const fraction of [0.5, 0.37, 0.63, 0.25, 0.75]) {
      const y = box.minY + (box.maxY - box.minY) * fraction;
      const crossings = polygon
        .flatMap((ring) => ring.map((p, i) => [p, ring[(i + 1) % ring.length] as Position] as const))
        .filter(([[, ay], [, by]]) => ay > y !== by > y)
        .map(([[ax, ay], [bx, by]]) => ax + ((y - ay) * (bx - ax)) / (by - ay))
        .sort((a, b) => a - b);
      for (let i = 0; i + 1 < crossings.length; i += 2) {
        const width = (crossings[i + 1] as number) - (crossings[i] as number);
        const point: Position = [((crossings[i] as number) + (crossings[i + 1] as number)) / 2, y];
        if (width > (best?.width ?? 0) && containsPoint(single, point)) {
          best = { width, point };
        }
      }
    }
  }
  return best?.point;
}

/**
 * Points of a regular grid (about `target` of them) that lie inside the geometry, plus the
 * interior point; used to see which later municipalities a former one's territory went to.
 */
export function samplePoints(geometry: AreaGeometry, target = 400): Position[] {
  const box = bboxOf(geometry);
  const width = box.maxX - box.minX;
  const height = box.maxY - box.minY;
  const step = Math.sqrt((width * height) / target) || 1;
  const points: Position[] = [];
  for (let y = box.minY + step / 2; y < box.maxY; y += step) {
    for (let x = box.minX + step / 2; x < box.maxX; x += step) {
      if (containsPoint(geometry, [x, y])) {
        points.push([x, y]);
      }
    }
  }
  const inside = interiorPoint(geometry);
  if (inside) {
    points.push(inside);
  }
  return points;
}

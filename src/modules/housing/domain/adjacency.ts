// SPDX-License-Identifier: EUPL-1.2
/**
 * Which municipalities are neighbours, from their boundary polygons. The shipped boundaries are
 * generalised (about 50 vertices each), so two neighbours rarely share exact vertices. Instead:
 * every vertex is put on a grid of `cellDegrees`; two municipalities are neighbours when at
 * least `minTouches` vertices of one lie in the same or an adjacent cell as a vertex of the
 * other (within about two cells, ~300 m at the default). Pure.
 */

/** A (Multi)Polygon's coordinates as GeoJSON gives them. */
export type BoundaryShape = { code: string; geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] } };

export type AdjacencyOptions = { cellDegrees?: number; minTouches?: number };

function verticesOf(shape: BoundaryShape): number[][] {
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  return polygons.flat(2);
}

/** Neighbours per municipality code (symmetric). */
export function neighboursOf(shapes: BoundaryShape[], options: AdjacencyOptions = {}): Map<string, Set<string>> {
  const size = options.cellDegrees ?? 0.002;
  const minTouches = options.minTouches ?? 2;
  const cellKey = (x: number, y: number) => `${x},${y}`;
  const cells = new Map<string, Set<string>>();
  for (const shape of shapes) {
    for (const [lon = 0, lat = 0] of verticesOf(shape)) {
      const key = cellKey(Math.floor(lon / size), Math.floor(lat / size));
      const codes = cells.get(key) ?? new Set<string>();
      codes.add(shape.code);
      cells.set(key, codes);
    }
  }
  const touches = new Map<string, number>();
  for (const shape of shapes) {
    for (const [lon = 0, lat = 0] of verticesOf(shape)) {
      const cx = Math.floor(lon / size);
      const cy = Math.floor(lat / size);
      const near = new Set<string>();
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const code of cells.get(cellKey(cx + dx, cy + dy)) ?? []) {
            near.add(code);
          }
        }
      }
      for (const code of near) {
        if (code !== shape.code) {
          const pair = shape.code < code ? `${shape.code}|${code}` : `${code}|${shape.code}`;
          touches.set(pair, (touches.get(pair) ?? 0) + 1);
        }
      }
    }
  }
  const result = new Map<string, Set<string>>(shapes.map((s) => [s.code, new Set<string>()]));
  for (const [pair, count] of touches) {
    if (count >= minTouches) {
      const [a = '', b = ''] = pair.split('|');
      result.get(a)?.add(b);
      result.get(b)?.add(a);
    }
  }
  return result;
}

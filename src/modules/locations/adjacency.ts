// SPDX-License-Identifier: EUPL-1.2
/**
 * Which municipalities border each other, from their boundary polygons: pure, the boundaries are
 * passed in. Two municipalities are neighbours when they share a border: at least two vertices of
 * one lie within 0.25 km of the other's boundary. The shipped boundaries are generalised (about 50
 * vertices per municipality), so shared borders do not always coincide exactly; the tolerance
 * absorbs that, and asking for two vertices leaves out municipalities that merely touch at a
 * corner. Boxes are compared first, so the whole country (342 municipalities) takes milliseconds.
 */
import { bboxOf, type AreaGeometry, type BBox } from '../regions/import/geometry.ts';
import { distanceToAreaKm } from './placement.ts';

/** How close (km) a vertex must lie to the other boundary to count as on a shared border. */
export const sharedBorderToleranceKm = 0.25;
/** Vertices needed on the other boundary: one could be a touching corner. */
const sharedVertices = 2;
/** The tolerance in degrees, generously (a degree of longitude is about 68 km at 52°N). */
const toleranceDegrees = sharedBorderToleranceKm / 60;

export type AdjacencyArea = { code: string; geometry: AreaGeometry };

function vertices(geometry: AreaGeometry): number[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat(2) as number[][];
}

const boxesMeet = (a: BBox, b: BBox) =>
  a.minX - toleranceDegrees <= b.maxX && b.minX - toleranceDegrees <= a.maxX && a.minY - toleranceDegrees <= b.maxY && b.minY - toleranceDegrees <= a.maxY;

function nearCount(from: number[][], to: AreaGeometry, enough: number): number {
  let count = 0;
  for (const [lon, lat] of from) {
    if (distanceToAreaKm(to, { lon: lon as number, lat: lat as number }) <= sharedBorderToleranceKm) {
      count++;
      if (count >= enough) {
        return count;
      }
    }
  }
  return count;
}

/** Per municipality code, the codes of its neighbours (sorted); symmetric by construction. */
export function computeAdjacency(areas: readonly AdjacencyArea[]): Map<string, string[]> {
  const prepared = areas.map((area) => ({ code: area.code, geometry: area.geometry, box: bboxOf(area.geometry), points: vertices(area.geometry) }));
  const neighbours = new Map<string, Set<string>>(prepared.map((area) => [area.code, new Set<string>()]));
  for (let i = 0; i < prepared.length; i++) {
    const a = prepared[i] as (typeof prepared)[number];
    for (let j = i + 1; j < prepared.length; j++) {
      const b = prepared[j] as (typeof prepared)[number];
      if (!boxesMeet(a.box, b.box)) {
        continue;
      }
      const shared = nearCount(a.points, b.geometry, sharedVertices) + nearCount(b.points, a.geometry, sharedVertices);
      if (shared >= sharedVertices) {
        neighbours.get(a.code)?.add(b.code);
        neighbours.get(b.code)?.add(a.code);
      }
    }
  }
  return new Map([...neighbours].map(([code, set]) => [code, [...set].sort()]));
}

// SPDX-License-Identifier: EUPL-1.2
/**
 * Distance from a site to the nearest facility of a layer: a static k-d tree (kdbush) searched by
 * great-circle distance (geokdbush), both by Vladimir Agafonkin (ISC licence). A brute-force scan
 * gives the same answers and serves as the check in tests and the benchmark.
 */
import KDBush from 'kdbush';
import { around, distance } from 'geokdbush';

/** A point in WGS84 degrees. */
export type LonLat = { lon: number; lat: number };

/** The nearest facility: its index in the layer and its distance in km. */
export type Nearest = { index: number; km: number };

/** A built index over one layer's points. */
export type FacilityIndex = { points: readonly LonLat[]; tree: KDBush | undefined };

/** Builds the index of a layer (an empty layer gives an index that finds nothing). */
export function buildFacilityIndex(points: readonly LonLat[]): FacilityIndex {
  if (points.length === 0) {
    return { points, tree: undefined };
  }
  const tree = new KDBush(points.length);
  for (const point of points) {
    tree.add(point.lon, point.lat);
  }
  return { points, tree: tree.finish() };
}

/** The nearest facility to `site`, or undefined for an empty layer. */
export function nearestFacility(index: FacilityIndex, site: LonLat): Nearest | undefined {
  if (!index.tree) {
    return undefined;
  }
  const [found] = around(index.tree, site.lon, site.lat, 1);
  if (found === undefined) {
    return undefined;
  }
  const point = index.points[found] as LonLat;
  return { index: found, km: distance(site.lon, site.lat, point.lon, point.lat) };
}

/** The same answer by scanning every point (the reference for tests and the benchmark). */
export function nearestFacilityBruteForce(points: readonly LonLat[], site: LonLat): Nearest | undefined {
  let best: Nearest | undefined;
  points.forEach((point, index) => {
    const km = distance(site.lon, site.lat, point.lon, point.lat);
    if (!best || km < best.km) {
      best = { index, km };
    }
  });
  return best;
}

/** Great-circle distance in km (haversine, earth radius 6,371 km), as geokdbush computes it. */
export const greatCircleKm = (a: LonLat, b: LonLat): number => distance(a.lon, a.lat, b.lon, b.lat);

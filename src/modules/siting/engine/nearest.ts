// SPDX-License-Identifier: EUPL-1.2
/**
 * Distance from a site to the nearest facility of a layer, exact in great-circle kilometres.
 *
 * The index is kdbush (a static k-d tree by Vladimir Agafonkin, ISC licence) over an
 * equirectangular projection (longitude × cos 52.15°, the middle of the Netherlands). A query
 * asks the tree for the points within a planar radius, widening it until some are found, takes
 * the nearest of those by great-circle distance (geokdbush's haversine), and then asks once more
 * with the planar radius that provably holds every point within that great-circle distance
 * (projectedRadius). In this way the answer equals a scan of all points, which the tests and the
 * benchmark check. It is several times faster than geokdbush's priority-queue search for one
 * neighbour (bench/siting measures both); geokdbush's `around` remains the fallback where the
 * bound does not apply (near a pole or across the antimeridian, never for Dutch sites).
 */
import KDBush from 'kdbush';
import { around, distance } from 'geokdbush';

/** A point in WGS84 degrees. */
export type LonLat = { lon: number; lat: number };

/** The nearest facility: its index in the layer and its distance in km. */
export type Nearest = { index: number; km: number };

const rad = Math.PI / 180;
const earthRadiusKm = 6371;
/** Latitude of the projection's true scale. */
export const projectionLatitude = 52.15;
const scaleX = Math.cos(projectionLatitude * rad);
/** Points per k-d tree leaf (kdbush's default is 64; smaller leaves suit one-neighbour queries). */
export const nodeSize = 16;

/** A built index over one layer's points. */
export type FacilityIndex = {
  points: readonly LonLat[];
  tree: KDBush | undefined;
  /** The geographic tree for the fallback, built on first need. */
  geoTree?: KDBush;
  /** First planar search radius: about the spacing of the points. */
  startRadius: number;
};

/** Builds the index of a layer (an empty layer gives an index that finds nothing). */
export function buildFacilityIndex(points: readonly LonLat[]): FacilityIndex {
  if (points.length === 0) {
    return { points, tree: undefined, startRadius: 0 };
  }
  const tree = new KDBush(points.length, nodeSize);
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const point of points) {
    const x = point.lon * scaleX;
    tree.add(x, point.lat);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, point.lat);
    maxY = Math.max(maxY, point.lat);
  }
  const spacing = Math.sqrt(((maxX - minX) * (maxY - minY)) / points.length);
  return { points, tree: tree.finish(), startRadius: Math.max(1e-4, 1.5 * spacing) };
}

const haversine = (theta: number): number => Math.sin(theta / 2) ** 2;

/**
 * The planar radius (projected degrees) that holds every point within `km` great-circle km of a
 * site at (`lon`, `lat`), or undefined where the bound does not apply. From the haversine formula:
 * |Δlat| ≤ θ, and hav(Δlon) ≤ hav(θ) / (cos lat · cos(|lat| + θ)), with θ = km / 6,371.
 */
export function projectedRadius(km: number, lon: number, lat: number): number | undefined {
  const theta = km / earthRadiusKm;
  const farLatitude = Math.abs(lat) + theta / rad;
  if (farLatitude >= 89) {
    return undefined;
  }
  const h = haversine(theta) / (Math.cos(lat * rad) * Math.cos(farLatitude * rad));
  if (h >= 1) {
    return undefined;
  }
  const dLon = (2 * Math.asin(Math.sqrt(h))) / rad;
  if (Math.abs(lon) + dLon >= 180) {
    return undefined;
  }
  return Math.hypot(scaleX * dLon, theta / rad) * (1 + 1e-9);
}

function nearestOf(index: FacilityIndex, site: LonLat, ids: number[], best: Nearest | undefined): Nearest | undefined {
  let found = best;
  for (const id of ids) {
    const point = index.points[id] as LonLat;
    const km = distance(site.lon, site.lat, point.lon, point.lat);
    if (!found || km < found.km || (km === found.km && id < found.index)) {
      found = { index: id, km };
    }
  }
  return found;
}

function fallback(index: FacilityIndex, site: LonLat): Nearest | undefined {
  if (!index.geoTree) {
    const geoTree = new KDBush(index.points.length, nodeSize);
    for (const point of index.points) {
      geoTree.add(point.lon, point.lat);
    }
    index.geoTree = geoTree.finish();
  }
  const [id] = around(index.geoTree, site.lon, site.lat, 1);
  return id === undefined ? undefined : nearestOf(index, site, [id], undefined);
}

/** The nearest facility to `site`, or undefined for an empty layer. */
export function nearestFacility(index: FacilityIndex, site: LonLat): Nearest | undefined {
  const tree = index.tree;
  if (!tree) {
    return undefined;
  }
  const x = site.lon * scaleX;
  for (let radius = index.startRadius; radius < 720; radius *= 2) {
    const ids = tree.within(x, site.lat, radius);
    if (ids.length === 0) {
      continue;
    }
    const first = nearestOf(index, site, ids, undefined) as Nearest;
    const needed = projectedRadius(first.km, site.lon, site.lat);
    if (needed === undefined) {
      return fallback(index, site);
    }
    return needed <= radius ? first : nearestOf(index, site, tree.within(x, site.lat, needed), first);
  }
  return fallback(index, site);
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

/** geokdbush's own nearest-neighbour search (priority queue over the tree), for the benchmark. */
export function nearestFacilityGeokdbush(index: FacilityIndex, site: LonLat): Nearest | undefined {
  return index.tree ? fallback(index, site) : undefined;
}

/** Great-circle distance in km (haversine, earth radius 6,371 km), as geokdbush computes it. */
export const greatCircleKm = (a: LonLat, b: LonLat): number => distance(a.lon, a.lat, b.lon, b.lat);

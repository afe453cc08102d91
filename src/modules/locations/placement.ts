// SPDX-License-Identifier: EUPL-1.2
/**
 * Places a site in the Netherlands and in a municipality from its coordinates, against the
 * municipal boundaries the regions import loaded (CBS, generalised). Pure: the boundaries are
 * passed in.
 *
 * - Outside the box lon 3.2–7.3, lat 50.7–53.7 (the European Netherlands with a margin): refused.
 * - Inside a municipality's polygon: that municipality ("derived"; "checked" when it was given
 *   and matches).
 * - A given municipality whose polygon does not contain the point is accepted only when the point
 *   lies within 0.5 km of its edge ("near_border": the shipped boundaries are generalised, about
 *   50 vertices per municipality, so a site close to a border can fall on the wrong side);
 *   otherwise the mismatch is refused, naming the municipality the point lies in.
 * - No municipality given and no polygon contains the point: the nearest municipality within
 *   0.5 km ("near_border"), else refused as outside the Netherlands.
 */
import { bboxContains, bboxOf, containsPoint, type AreaGeometry, type BBox } from '../regions/import/geometry.ts';

/** The box every site must lie in (also a CHECK in migrations/0020_locations.sql). */
export const netherlandsBox = { minLon: 3.2, maxLon: 7.3, minLat: 50.7, maxLat: 53.7 } as const;

/** How far outside a generalised boundary a site may lie and still count as inside (km). */
export const borderToleranceKm = 0.5;

/** A municipal boundary to place sites in. */
export type PlacementArea = { code: string; name: string; geometry: AreaGeometry; box?: BBox };

export type Placement =
  | { ok: true; municipalityCode: string; placement: 'derived' | 'checked' | 'near_border'; distanceKm: number }
  | { ok: false; field: 'longitude' | 'municipalityCode'; reason: string };

type Point = { lon: number; lat: number };

const kmPerDegreeLat = 110.574;

/** Planar distance in km from a point to a segment, on a local equirectangular projection. */
function segmentKm(p: Point, a: readonly number[], b: readonly number[]): number {
  const kx = Math.cos((p.lat * Math.PI) / 180) * 111.32;
  const ax = ((a[0] as number) - p.lon) * kx;
  const ay = ((a[1] as number) - p.lat) * kmPerDegreeLat;
  const dx = ((b[0] as number) - p.lon) * kx - ax;
  const dy = ((b[1] as number) - p.lat) * kmPerDegreeLat - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared)) : 0;
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Distance in km from a point outside a geometry to its nearest edge (0 inside). */
export function distanceToAreaKm(geometry: AreaGeometry, p: Point): number {
  if (containsPoint(geometry, [p.lon, p.lat])) {
    return 0;
  }
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = Infinity;
  for (const ring of polygons.flat()) {
    for (let i = 0; i + 1 < ring.length; i++) {
      best = Math.min(best, segmentKm(p, ring[i] as number[], ring[i + 1] as number[]));
    }
  }
  return best;
}

/** True when the point lies in the Netherlands' box. */
export function inNetherlandsBox(p: Point): boolean {
  const box = netherlandsBox;
  return p.lon >= box.minLon && p.lon <= box.maxLon && p.lat >= box.minLat && p.lat <= box.maxLat;
}

/** The area containing the point, if any (box check first). */
export function areaContaining<T extends PlacementArea>(areas: readonly T[], p: Point): T | undefined {
  return areas.find((area) => bboxContains((area.box ??= bboxOf(area.geometry)), [p.lon, p.lat]) && containsPoint(area.geometry, [p.lon, p.lat]));
}

/** Places a point; `given` is the municipality the user entered, if any. */
export function placeSite(areas: readonly PlacementArea[], p: Point, given?: string): Placement {
  if (!inNetherlandsBox(p)) {
    return { ok: false, field: 'longitude', reason: `The coordinates (${p.lon}, ${p.lat}) lie outside the Netherlands.` };
  }
  const containing = areaContaining(areas, p);
  if (given !== undefined) {
    if (containing?.code === given) {
      return { ok: true, municipalityCode: given, placement: 'checked', distanceKm: 0 };
    }
    const area = areas.find((a) => a.code === given);
    const km = area ? distanceToAreaKm(area.geometry, p) : Infinity;
    if (km <= borderToleranceKm) {
      return { ok: true, municipalityCode: given, placement: 'near_border', distanceKm: km };
    }
    const where = containing ? `in ${containing.name} (${containing.code})` : 'in no municipality';
    const gap = area ? `, ${km.toFixed(1)} km from the boundary of ${area.name}` : '';
    return {
      ok: false,
      field: 'municipalityCode',
      reason: `The coordinates lie ${where}, not in ${area?.name ?? given} (${given})${gap}.`,
    };
  }
  if (containing) {
    return { ok: true, municipalityCode: containing.code, placement: 'derived', distanceKm: 0 };
  }
  let nearest: { area: PlacementArea; km: number } | undefined;
  for (const area of areas) {
    const km = distanceToAreaKm(area.geometry, p);
    if (!nearest || km < nearest.km) {
      nearest = { area, km };
    }
  }
  if (nearest && nearest.km <= borderToleranceKm) {
    return { ok: true, municipalityCode: nearest.area.code, placement: 'near_border', distanceKm: nearest.km };
  }
  return {
    ok: false,
    field: 'longitude',
    reason: `The coordinates (${p.lon}, ${p.lat}) lie in no municipality of the Netherlands (more than ${borderToleranceKm} km outside every boundary).`,
  };
}

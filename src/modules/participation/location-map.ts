// SPDX-License-Identifier: EUPL-1.2
/**
 * The small map of the public location page, drawn on the server as inline SVG (ADR 0037): the
 * outline of the location's municipality, the location itself and the spots of published
 * reactions. No tiles: only our own geometry. The projection is equirectangular with the
 * longitude scaled by cos(middle latitude), which is close enough at the size of a municipality,
 * and its parameters go on the SVG as data- attributes so that the page's script
 * (location-map.client.ts) can turn a tap back into longitude and latitude.
 */
import { html, trusted, type SafeHtml } from './html.ts';

export type LonLat = { longitude: number; latitude: number };

/** Map units per degree and the map's top-left corner; `width`/`height` of the viewBox. */
export type Projection = { west: number; north: number; kx: number; ky: number; width: number; height: number };

/** Largest side of the viewBox, in map units (CSS scales it to the screen). */
const mapSize = 320;
/** Points of an outline closer than this (map units) to the last one kept are dropped. */
const minStep = 1.5;
/** At most this many points in the outline: a finer boundary is thinned further (HTML size). */
const maxPoints = 1000;
/** The map shows at least this many degrees around the location (when there is no outline). */
const minSpan = 0.02;

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** A projection that fits the box (west, south, east, north) with a margin into the viewBox. */
export function makeProjection(box: { west: number; south: number; east: number; north: number }): Projection {
  const cos = Math.cos((((box.south + box.north) / 2) * Math.PI) / 180);
  const padX = ((box.east - box.west) || minSpan) * 0.06;
  const padY = ((box.north - box.south) || minSpan) * 0.06;
  const west = box.west - padX;
  const north = box.north + padY;
  const spanX = (box.east + padX - west) * cos;
  const spanY = north - (box.south - padY);
  const scale = mapSize / Math.max(spanX, spanY);
  return { west, north, kx: scale * cos, ky: scale, width: Math.round(spanX * scale), height: Math.round(spanY * scale) };
}

/** Longitude/latitude to map units (x to the right, y down). */
export function project(projection: Projection, { longitude, latitude }: LonLat): { x: number; y: number } {
  return { x: (longitude - projection.west) * projection.kx, y: (projection.north - latitude) * projection.ky };
}

type Ring = [number, number][];

const isPosition = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);

const ringsOf = (value: unknown): Ring[] =>
  Array.isArray(value) ? value.filter((ring): ring is Ring => Array.isArray(ring) && ring.length >= 3 && ring.every(isPosition)) : [];

/** The rings of a GeoJSON Polygon or MultiPolygon (anything else: none). */
export function outlineRings(geometry: unknown): Ring[] {
  if (typeof geometry !== 'object' || geometry === null) {
    return [];
  }
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') {
    return ringsOf(coordinates);
  }
  if (type === 'MultiPolygon' && Array.isArray(coordinates)) {
    return coordinates.flatMap(ringsOf);
  }
  return [];
}

function boxOf(rings: Ring[], spot: LonLat) {
  const box = { west: spot.longitude, south: spot.latitude, east: spot.longitude, north: spot.latitude };
  for (const ring of rings) {
    for (const [longitude, latitude] of ring) {
      box.west = Math.min(box.west, longitude);
      box.east = Math.max(box.east, longitude);
      box.south = Math.min(box.south, latitude);
      box.north = Math.max(box.north, latitude);
    }
  }
  if (rings.length === 0) {
    return { west: box.west - minSpan, south: box.south - minSpan, east: box.east + minSpan, north: box.north + minSpan };
  }
  return box;
}

/** One SVG path for all rings, at 0.1 map unit, without points closer than `step` to the previous one. */
function pathOf(projection: Projection, rings: Ring[], step = minStep): string {
  const parts: string[] = [];
  let count = 0;
  for (const ring of rings) {
    let last: { x: number; y: number } | undefined;
    const points: string[] = [];
    for (const [longitude, latitude] of ring) {
      const point = project(projection, { longitude, latitude });
      if (last && Math.hypot(point.x - last.x, point.y - last.y) < step) {
        continue;
      }
      last = point;
      points.push(`${round1(point.x)} ${round1(point.y)}`);
    }
    if (points.length >= 3) {
      parts.push(`M${points.join('L')}Z`);
      count += points.length;
    }
  }
  return count > maxPoints ? pathOf(projection, rings, step * 2) : parts.join('');
}

/** What does not change between requests: projection, outline and location point (cached). */
export type LocationMapBase = { projection: Projection; outline: string; location: { x: number; y: number } };

export function buildMapBase(geometry: unknown, location: LonLat): LocationMapBase {
  const rings = outlineRings(geometry);
  const projection = makeProjection(boxOf(rings, location));
  const point = project(projection, location);
  return { projection, outline: pathOf(projection, rings), location: { x: round1(point.x), y: round1(point.y) } };
}

export type LocationMapTexts = { title: string; description: string; locationLabel: string };

/** The map as inline SVG: role="img" with <title> and <desc>, and the projection for the script. */
export function renderLocationMap(base: LocationMapBase, dots: LonLat[], texts: LocationMapTexts): SafeHtml {
  const { projection, location } = base;
  const inside = dots
    .map((dot) => project(projection, dot))
    .filter((point) => point.x >= 0 && point.y >= 0 && point.x <= projection.width && point.y <= projection.height)
    .map((point) => `<circle cx="${round1(point.x)}" cy="${round1(point.y)}" r="3"/>`);
  const labelLeft = location.x > projection.width * 0.6;
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="location-map" id="kaart" viewBox="0 0 ${projection.width} ${projection.height}" role="img" aria-labelledby="kaart-titel" aria-describedby="kaart-uitleg" data-west="${projection.west.toFixed(6)}" data-north="${projection.north.toFixed(6)}" data-kx="${projection.kx.toFixed(4)}" data-ky="${projection.ky.toFixed(4)}">
<title id="kaart-titel">${texts.title}</title><desc id="kaart-uitleg">${texts.description}</desc>
<rect width="${projection.width}" height="${projection.height}" fill="#f4f7fa"/>
${base.outline ? html`<path d="${base.outline}" fill="#e3ecf5" stroke="#154273" stroke-width="1.5" stroke-linejoin="round" fill-rule="evenodd"/>` : ''}
<g fill="#4a4a4a" stroke="#fff" stroke-width="1">${trusted(inside.join(''))}</g>
<g class="location-marker"><circle cx="${location.x}" cy="${location.y}" r="7" fill="#b00020" stroke="#fff" stroke-width="2.5"/><text x="${round1(location.x + (labelLeft ? -11 : 11))}" y="${round1(location.y + 5)}" text-anchor="${labelLeft ? 'end' : 'start'}" font-size="14" font-weight="700" fill="#1a1a1a" stroke="#fff" stroke-width="3" paint-order="stroke">${texts.locationLabel}</text></g>
</svg>`;
}

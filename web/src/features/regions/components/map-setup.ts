// SPDX-License-Identifier: EUPL-1.2
/**
 * Shared MapLibre setup. No tile server is reachable, so maps draw only our own GeoJSON on a plain
 * background; the worker script is the one Vite copied into the build.
 */
import * as maplibregl from 'maplibre-gl';
import type { ExpressionSpecification, LngLatBoundsLike, StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { UiLanguage } from '../../../lib/format.ts';
import type { MunicipalityMapFeature } from '../api/regions-api.ts';
import { colourOf, noDataColour } from './choropleth.ts';

maplibregl.setWorkerUrl(workerUrl);

export { maplibregl };

/** Background of every map: the theme's lightest grey. */
export const mapBackground = '#f9f9fa';

/** A style with only a background; layers are added per map. */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': mapBackground } }],
  };
}

/** MapLibre's own control texts in the user's language. */
export function mapLocale(language: UiLanguage, mapTitle: string): Record<string, string> {
  const texts =
    language === 'nl'
      ? { 'NavigationControl.ZoomIn': 'Inzoomen', 'NavigationControl.ZoomOut': 'Uitzoomen', 'NavigationControl.ResetBearing': 'Noorden boven' }
      : { 'NavigationControl.ZoomIn': 'Zoom in', 'NavigationControl.ZoomOut': 'Zoom out', 'NavigationControl.ResetBearing': 'Reset bearing to north' };
  return { ...texts, 'Map.Title': mapTitle };
}

/** Every coordinate pair of a geometry. */
function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

/** The bounding box [[west, south], [east, north]] of geometries, or null if there are none. */
export function boundsOf(geometries: Geometry[]): LngLatBoundsLike | null {
  const positions = geometries.flatMap(positionsOf);
  if (positions.length === 0) {
    return null;
  }
  const lons = positions.map((position) => position[0] ?? 0);
  const lats = positions.map((position) => position[1] ?? 0);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}

/**
 * A point to anchor a label for keyboard users: the centre of the bounding box of the largest
 * ring. Good enough for the compact Dutch municipalities; it may fall just outside a crescent.
 */
export function labelPoint(geometry: Geometry): [number, number] | null {
  const rings =
    geometry.type === 'Polygon'
      ? [geometry.coordinates[0] ?? []]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates.map((polygon) => polygon[0] ?? [])
        : [];
  const largest = [...rings].sort((a, b) => b.length - a.length)[0];
  if (!largest || largest.length === 0) {
    return null;
  }
  const bounds = boundsOf([{ type: 'LineString', coordinates: largest }]) as [[number, number], [number, number]];
  return [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2];
}

/**
 * The municipalities as a GeoJSON collection whose features carry a `mapClass` (0 = lowest, −1 =
 * no figure), and the fill expression that colours those classes from light to dark.
 */
export function classifiedCollection(
  features: MunicipalityMapFeature[],
  classOfFeature: (feature: MunicipalityMapFeature) => number | null,
  classCount: number,
): { data: FeatureCollection; fillColour: ExpressionSpecification } {
  const data: FeatureCollection = {
    type: 'FeatureCollection',
    features: features.map((feature) => ({
      type: 'Feature',
      id: feature.properties.code,
      properties: { ...feature.properties, mapClass: classOfFeature(feature) ?? -1 },
      geometry: feature.geometry as unknown as Geometry,
    })),
  };
  const fillColour = [
    'match',
    ['get', 'mapClass'],
    ...Array.from({ length: classCount }, (_, index) => [index, colourOf(index, classCount)]).flat(),
    noDataColour,
  ] as unknown as ExpressionSpecification;
  return { data, fillColour };
}

/** Options of a map that is a picture: no attribution, no scroll zoom, no keyboard, no rotation. */
export const pictureMapOptions = { attributionControl: false, scrollZoom: false, keyboard: false, dragRotate: false } as const;

/**
 * Hides a map's canvas from assistive technology and the tab order: the map is a picture whose
 * text alternative (a table or list) sits beside it.
 */
export function hideCanvasFromAssistiveTech(map: maplibregl.Map): HTMLCanvasElement {
  const canvas = map.getCanvas();
  canvas.removeAttribute('role');
  canvas.setAttribute('tabindex', '-1');
  canvas.setAttribute('aria-hidden', 'true');
  return canvas;
}

// SPDX-License-Identifier: EUPL-1.2
/**
 * A map to pick a site's coordinates with a click (rounded to 5 decimals, about a metre). It is
 * an aid for pointer users only: the latitude and longitude fields next to it are the accessible
 * way to enter the same point, so the map stays out of the tab order. Loaded lazily.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { MunicipalityMap } from '../../regions/api/regions-api.ts';
import { boundsOf, mapBackground, maplibregl } from '../../regions/components/map-setup.ts';

export type PointPickerProps = {
  municipalities: MunicipalityMap | null;
  point: { longitude: number; latitude: number } | null;
  onPick: (point: { longitude: number; latitude: number }) => void;
  label: string;
};

const round = (value: number) => Math.round(value * 1e5) / 1e5;

const pointData = (point: PointPickerProps['point']): FeatureCollection => ({
  type: 'FeatureCollection',
  features: point ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [point.longitude, point.latitude] } }] : [],
});

export default function PointPicker({ municipalities, point, onPick, label }: PointPickerProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const onPickRef = useRef(onPick);
  onPickRef.current = onPick;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) {
      return;
    }
    const outlines: FeatureCollection = {
      type: 'FeatureCollection',
      features: (municipalities?.features ?? []).map((feature) => ({ type: 'Feature', properties: {}, geometry: feature.geometry as unknown as Geometry })),
    };
    const bounds = boundsOf(outlines.features.map((feature) => feature.geometry)) ?? [[3.2, 50.7], [7.3, 53.7]];
    const map = new maplibregl.Map({
      container,
      style: {
        version: 8,
        sources: { outlines: { type: 'geojson', data: outlines }, picked: { type: 'geojson', data: pointData(null) } },
        layers: [
          { id: 'background', type: 'background', paint: { 'background-color': mapBackground } },
          { id: 'outline-fill', type: 'fill', source: 'outlines', paint: { 'fill-color': '#ffffff' } },
          { id: 'outline-line', type: 'line', source: 'outlines', paint: { 'line-color': '#8f8f8f', 'line-width': 1 } },
          { id: 'picked', type: 'circle', source: 'picked', paint: { 'circle-radius': 8, 'circle-color': '#5115ef', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 } },
        ],
      },
      bounds,
      fitBoundsOptions: { padding: 16 },
      attributionControl: false,
      keyboard: false,
      dragRotate: false,
    });
    const canvas = map.getCanvas();
    canvas.removeAttribute('role');
    canvas.setAttribute('tabindex', '-1');
    canvas.setAttribute('aria-hidden', 'true');
    canvas.style.cursor = 'crosshair';
    map.on('click', (event) => onPickRef.current({ longitude: round(event.lngLat.lng), latitude: round(event.lngLat.lat) }));
    // Read by the browser tests: clicks count only once the map is there.
    map.once('load', () => {
      container.dataset.loaded = 'true';
    });
    mapRef.current = map;
    return () => {
      mapRef.current = null;
      map.remove();
    };
  }, [municipalities]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) {
      return;
    }
    const show = () => (map.getSource('picked') as GeoJSONSource | undefined)?.setData(pointData(point));
    if (map.isStyleLoaded()) {
      show();
    } else {
      map.once('load', show);
    }
  }, [point?.longitude, point?.latitude]);

  return <div ref={containerRef} className="rt-map__canvas rt-map__canvas--picker" role="img" aria-label={label} data-testid="point-picker" />;
}

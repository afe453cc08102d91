// SPDX-License-Identifier: EUPL-1.2
/**
 * A still map of the province's municipalities with the vacant buildings (circles) and the
 * projects made from them (squares drawn as larger circles with a border). It is one image
 * (role="img" with a label); the buildings table and the pipeline board give the same places in
 * words. Loaded lazily with MapLibre and our own GeoJSON, no tiles.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { useEffect, useRef } from 'react';
import { boundsOf, mapBackground, maplibregl } from '../../regions/components/map-setup.ts';

export type HousingMapProps = { areas: FeatureCollection; points: FeatureCollection; label: string; onReady: () => void };

export default function HousingMap({ areas, points, label, onReady }: HousingMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) {
      return;
    }
    const bounds = boundsOf(areas.features.map((f) => f.geometry as Geometry));
    const map = new maplibregl.Map({
      container,
      style: {
        version: 8,
        sources: { areas: { type: 'geojson', data: areas }, points: { type: 'geojson', data: points } },
        layers: [
          { id: 'background', type: 'background', paint: { 'background-color': mapBackground } },
          { id: 'areas-fill', type: 'fill', source: 'areas', paint: { 'fill-color': '#e8e8ee' } },
          { id: 'areas-line', type: 'line', source: 'areas', paint: { 'line-color': '#555566', 'line-width': 1 } },
          {
            id: 'projects',
            type: 'circle',
            source: 'points',
            filter: ['==', ['get', 'kind'], 'project'],
            paint: { 'circle-radius': 9, 'circle-color': '#ffffff', 'circle-stroke-color': '#8a2a00', 'circle-stroke-width': 3 },
          },
          {
            id: 'buildings',
            type: 'circle',
            source: 'points',
            filter: ['==', ['get', 'kind'], 'building'],
            paint: { 'circle-radius': 5, 'circle-color': '#1d3f8f' },
          },
        ],
      },
      ...(bounds ? { bounds, fitBoundsOptions: { padding: 16 } } : {}),
      interactive: false,
      attributionControl: false,
    });
    const canvas = map.getCanvas();
    canvas.removeAttribute('role');
    canvas.setAttribute('aria-hidden', 'true');
    map.once('idle', () => onReadyRef.current());
    return () => map.remove();
  }, [areas, points]);

  return <div ref={containerRef} className="rt-boundary-map rt-housing-map" role="img" aria-label={label} data-testid="housing-map" />;
}

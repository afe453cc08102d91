// SPDX-License-Identifier: EUPL-1.2
/**
 * A small, still map of one municipality's boundary. It is an image (role="img" with a label); the
 * page says in words which municipality and boundary year it shows. Loaded lazily.
 */
import type { Feature, Geometry } from 'geojson';
import { useEffect, useRef } from 'react';
import { boundsOf, mapBackground, maplibregl } from './map-setup.ts';

export type BoundaryMapProps = {
  feature: Record<string, unknown>;
  label: string;
  onReady: () => void;
};

export default function BoundaryMap({ feature, label, onReady }: BoundaryMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) {
      return;
    }
    const data = feature as unknown as Feature<Geometry>;
    const bounds = boundsOf([data.geometry]);
    const map = new maplibregl.Map({
      container,
      style: {
        version: 8,
        sources: { boundary: { type: 'geojson', data } },
        layers: [
          { id: 'background', type: 'background', paint: { 'background-color': mapBackground } },
          { id: 'boundary-fill', type: 'fill', source: 'boundary', paint: { 'fill-color': '#c4adff' } },
          { id: 'boundary-line', type: 'line', source: 'boundary', paint: { 'line-color': '#3b0fb0', 'line-width': 2 } },
        ],
      },
      ...(bounds ? { bounds, fitBoundsOptions: { padding: 16 } } : {}),
      interactive: false,
      attributionControl: false,
    });
    // A still picture: not focusable, announced as one image.
    const canvas = map.getCanvas();
    canvas.removeAttribute('role');
    canvas.setAttribute('aria-hidden', 'true');
    map.once('idle', () => onReadyRef.current());
    return () => map.remove();
  }, [feature]);

  return <div ref={containerRef} className="rt-boundary-map" role="img" aria-label={label} data-testid="boundary-map" />;
}

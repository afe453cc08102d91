// SPDX-License-Identifier: EUPL-1.2
/**
 * The spots residents pinned with their reactions, coloured by kind, drawn as our own GeoJSON
 * layer on a plain background (no tile server). The map is a picture for assistive technology and
 * keyboard users: the table beside it lists the same reactions. Loaded lazily.
 */
import type { FeatureCollection } from 'geojson';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { boundsOf, hideCanvasFromAssistiveTech, mapBackground, maplibregl, pictureMapOptions } from '../../regions/components/map-setup.ts';
import type { Overview } from '../api/participation-api.ts';
import { kindColourExpression } from '../kind-colours.ts';

export type ReactionsMapProps = { pins: Overview['pins']; label: string; onReady: () => void };

type Hover = { kind: string; location: string; x: number; y: number };

const pinLayer = 'reaction-pins';

export default function ReactionsMap({ pins, label, onReady }: ReactionsMapProps) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const ready = useRef(onReady);
  ready.current = onReady;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) {
      return;
    }
    const data = pins as unknown as FeatureCollection;
    const bounds = boundsOf(data.features.map((feature) => feature.geometry));
    const map = new maplibregl.Map({
      container,
      style: {
        version: 8,
        sources: { pins: { type: 'geojson', data } },
        layers: [
          { id: 'background', type: 'background', paint: { 'background-color': mapBackground } },
          {
            id: pinLayer,
            type: 'circle',
            source: 'pins',
            paint: { 'circle-radius': 7, 'circle-color': kindColourExpression(), 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
          },
        ],
      },
      ...(bounds ? { bounds, fitBoundsOptions: { padding: 32, maxZoom: 15 } } : { center: [5.12, 52.09] as [number, number], zoom: 9 }),
      ...pictureMapOptions,
    });
    hideCanvasFromAssistiveTech(map);
    map.on('mousemove', pinLayer, (event) => {
      const properties = event.features?.[0]?.properties;
      if (properties && typeof properties.kind === 'string') {
        setHover({ kind: properties.kind, location: String(properties.locationName), x: event.point.x, y: event.point.y });
      }
    });
    map.on('mouseleave', pinLayer, () => setHover(null));
    map.once('idle', () => {
      container.dataset.renderedPins = String(map.queryRenderedFeatures({ layers: [pinLayer] }).length);
      ready.current();
    });
    return () => map.remove();
  }, [pins]);

  return (
    <div className="rt-map__frame">
      <div ref={containerRef} className="rt-map__canvas" role="img" aria-label={label} data-testid="reactions-map" />
      {hover ? (
        <div className="rt-map__tooltip" style={{ left: hover.x, top: hover.y }} aria-hidden="true">
          <strong>{t(`participation.kinds.${hover.kind}`)}</strong>
          <span>{hover.location}</span>
        </div>
      ) : null}
    </div>
  );
}

// SPDX-License-Identifier: EUPL-1.2
/**
 * All locations as points coloured by status, on the outlines of the province's municipalities
 * (our own GeoJSON layers, no tiles). A pointer shows a location's name and status and a click
 * opens it; the map is a picture for assistive technology and keyboard users, because the table
 * beside it lists the same locations with links (the text alternative). Loaded lazily.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MunicipalityMap } from '../../regions/api/regions-api.ts';
import { boundsOf, mapBackground, maplibregl } from '../../regions/components/map-setup.ts';
import type { LocationMap } from '../api/locations-api.ts';
import { statusColour, statusOrder } from '../status.ts';

export type LocationsMapProps = {
  locations: LocationMap;
  municipalities: MunicipalityMap | null;
  label: string;
  onOpen: (id: string) => void;
  onReady: () => void;
};

type Hover = { name: string; status: string; x: number; y: number };

const pointLayer = 'location-points';

/** The MapLibre colour expression: one colour per status. */
export function statusColourExpression(): ExpressionSpecification {
  return ['match', ['get', 'status'], ...statusOrder.flatMap((status) => [status, statusColour(status)]), '#6b6b6b'] as unknown as ExpressionSpecification;
}

export default function LocationsMap({ locations, municipalities, label, onOpen, onReady }: LocationsMapProps) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const callbacks = useRef({ onOpen, onReady });
  callbacks.current = { onOpen, onReady };

  useEffect(() => {
    const container = containerRef.current;
    if (!container) {
      return;
    }
    // MapLibre keeps only numeric feature ids, so the location id travels as a property too.
    const points = {
      type: 'FeatureCollection',
      features: locations.features.map((feature) => ({ ...feature, properties: { ...feature.properties, id: feature.id } })),
    } as unknown as FeatureCollection;
    const outlines: FeatureCollection = {
      type: 'FeatureCollection',
      features: (municipalities?.features ?? []).map((feature) => ({ type: 'Feature', properties: {}, geometry: feature.geometry as unknown as Geometry })),
    };
    // Frame the municipalities when there are any, else the points themselves.
    const bounds = boundsOf((outlines.features.length > 0 ? outlines : points).features.map((feature) => feature.geometry));
    const map = new maplibregl.Map({
      container,
      style: {
        version: 8,
        sources: { outlines: { type: 'geojson', data: outlines }, locations: { type: 'geojson', data: points } },
        layers: [
          { id: 'background', type: 'background', paint: { 'background-color': mapBackground } },
          { id: 'outline-fill', type: 'fill', source: 'outlines', paint: { 'fill-color': '#ffffff' } },
          { id: 'outline-line', type: 'line', source: 'outlines', paint: { 'line-color': '#8f8f8f', 'line-width': 1 } },
          {
            id: pointLayer,
            type: 'circle',
            source: 'locations',
            paint: { 'circle-radius': 7, 'circle-color': statusColourExpression(), 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
          },
        ],
      },
      ...(bounds ? { bounds, fitBoundsOptions: { padding: 24, maxZoom: 13 } } : {}),
      attributionControl: false,
      scrollZoom: false,
      keyboard: false,
      dragRotate: false,
    });
    const canvas = map.getCanvas();
    canvas.removeAttribute('role');
    canvas.setAttribute('tabindex', '-1');
    canvas.setAttribute('aria-hidden', 'true');
    map.on('mousemove', pointLayer, (event) => {
      const properties = event.features?.[0]?.properties;
      if (properties && typeof properties.name === 'string') {
        setHover({ name: properties.name, status: String(properties.status), x: event.point.x, y: event.point.y });
        canvas.style.cursor = 'pointer';
      }
    });
    map.on('mouseleave', pointLayer, () => {
      canvas.style.cursor = '';
      setHover(null);
    });
    map.on('click', pointLayer, (event) => {
      const id = event.features?.[0]?.properties?.id;
      if (typeof id === 'string') {
        callbacks.current.onOpen(id);
      }
    });
    map.once('idle', () => {
      container.dataset.renderedLocations = String(map.queryRenderedFeatures({ layers: [pointLayer] }).length);
      callbacks.current.onReady();
    });
    return () => map.remove();
  }, [locations, municipalities]);

  return (
    <div className="rt-map__frame">
      <div ref={containerRef} className="rt-map__canvas" role="img" aria-label={label} data-testid="locations-map" />
      {hover ? (
        <div className="rt-map__tooltip" style={{ left: hover.x, top: hover.y }} aria-hidden="true" data-testid="map-tooltip">
          <strong>{hover.name}</strong>
          <span>{t(`locations.status.${hover.status}`)}</span>
        </div>
      ) : null}
    </div>
  );
}

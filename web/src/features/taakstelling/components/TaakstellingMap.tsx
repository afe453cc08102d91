// SPDX-License-Identifier: EUPL-1.2
/**
 * The province's municipalities coloured by the percentage of the corrected task realised. It is
 * one image for assistive technology (the ranked table beside it has the same figures); pointer
 * users can click a municipality to open its page. Loaded lazily: MapLibre is a large script.
 */
import { useEffect, useRef } from 'react';
import type { MunicipalityMap } from '../../regions/api/regions-api.ts';
import { boundsOf, classifiedCollection, mapBackground, maplibregl } from '../../regions/components/map-setup.ts';
import { percentageBreaks, percentageClass } from '../taakstelling-format.ts';

export type TaakstellingMapProps = {
  collection: MunicipalityMap;
  /** Percentage realised per municipality code (null: no figure). */
  percentages: ReadonlyMap<string, number | null>;
  label: string;
  onOpen: (code: string) => void;
  onReady: () => void;
};

const fillLayer = 'percentage-fill';

export default function TaakstellingMap({ collection, percentages, label, onOpen, onReady }: TaakstellingMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const callbacks = useRef({ onOpen, onReady });
  callbacks.current = { onOpen, onReady };

  useEffect(() => {
    const container = containerRef.current;
    if (!container) {
      return;
    }
    const { data, fillColour } = classifiedCollection(
      collection.features,
      (feature) => percentageClass(percentages.get(feature.properties.code) ?? null),
      percentageBreaks.length + 1,
    );
    const bounds = boundsOf(data.features.map((feature) => feature.geometry));
    const map = new maplibregl.Map({
      container,
      style: {
        version: 8,
        sources: { municipalities: { type: 'geojson', data } },
        layers: [
          { id: 'background', type: 'background', paint: { 'background-color': mapBackground } },
          { id: fillLayer, type: 'fill', source: 'municipalities', paint: { 'fill-color': fillColour } },
          { id: 'percentage-line', type: 'line', source: 'municipalities', paint: { 'line-color': '#ffffff', 'line-width': 1 } },
        ],
      },
      ...(bounds ? { bounds, fitBoundsOptions: { padding: 12 } } : {}),
      interactive: true,
      scrollZoom: false,
      dragPan: false,
      dragRotate: false,
      doubleClickZoom: false,
      touchZoomRotate: false,
      keyboard: false,
      attributionControl: false,
    });
    // One image for assistive technology; the table holds the same figures and the links.
    const canvas = map.getCanvas();
    canvas.removeAttribute('role');
    canvas.removeAttribute('tabindex');
    canvas.setAttribute('aria-hidden', 'true');
    map.on('mousemove', fillLayer, () => {
      canvas.style.cursor = 'pointer';
    });
    map.on('mouseleave', fillLayer, () => {
      canvas.style.cursor = '';
    });
    map.on('click', fillLayer, (event) => {
      const code = event.features?.[0]?.properties?.code;
      if (typeof code === 'string') {
        callbacks.current.onOpen(code);
      }
    });
    map.once('idle', () => callbacks.current.onReady());
    return () => map.remove();
  }, [collection, percentages]);

  return <div ref={containerRef} className="rt-map__canvas" role="img" aria-label={label} data-testid="taakstelling-map" />;
}

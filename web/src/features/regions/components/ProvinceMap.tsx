// SPDX-License-Identifier: EUPL-1.2
/**
 * Choropleth of the population of a province's municipalities. Pointer users hover to see a
 * municipality's name and figure and click to open it; keyboard users focus the map and walk
 * through the municipalities (alphabetically) with the arrow keys, see and hear the same
 * information, and open one with Enter. Loaded lazily: MapLibre is a large script.
 */
import type { Geometry } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import type { MunicipalityMap } from '../api/regions-api.ts';
import { classBreaks, classOf } from './choropleth.ts';
import { MapLegend } from './MapLegend.tsx';
import { boundsOf, classifiedCollection, labelPoint, mapBackground, mapLocale, maplibregl } from './map-setup.ts';

export type ProvinceMapProps = {
  collection: MunicipalityMap;
  provinceName: string;
  onOpen: (code: string) => void;
  /** Called once, when the map has drawn everything for the first time. */
  onReady: () => void;
};

type Active = { code: string; via: 'pointer' | 'keyboard'; x: number; y: number };

const sourceId = 'municipalities';
const fillLayer = 'municipality-fill';

export default function ProvinceMap({ collection, provinceName, onOpen, onReady }: ProvinceMapProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const hintId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [active, setActive] = useState<Active | null>(null);
  const callbacks = useRef({ onOpen, onReady });
  callbacks.current = { onOpen, onReady };

  const breaks = useMemo(
    () => classBreaks(collection.features.flatMap((feature) => (feature.properties.population === null ? [] : [feature.properties.population]))),
    [collection],
  );
  // Keyboard order: alphabetical, as in the table's default order.
  const ordered = useMemo(
    () => [...collection.features].sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'nl')),
    [collection],
  );
  const byCode = useMemo(() => new Map(collection.features.map((feature) => [feature.properties.code, feature])), [collection]);
  const activeRef = useRef<Active | null>(null);
  activeRef.current = active;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) {
      return;
    }
    const { data, fillColour } = classifiedCollection(collection.features, (feature) => classOf(feature.properties.population, breaks), breaks.length + 1);
    const bounds = boundsOf(data.features.map((feature) => feature.geometry));
    const map = new maplibregl.Map({
      container,
      style: {
        version: 8,
        sources: { [sourceId]: { type: 'geojson', data, promoteId: 'code' } },
        layers: [
          { id: 'background', type: 'background', paint: { 'background-color': mapBackground } },
          { id: fillLayer, type: 'fill', source: sourceId, paint: { 'fill-color': fillColour } },
          { id: 'municipality-line', type: 'line', source: sourceId, paint: { 'line-color': '#ffffff', 'line-width': 1 } },
          {
            id: 'municipality-active',
            type: 'line',
            source: sourceId,
            paint: {
              'line-color': '#0b0c0c',
              'line-width': ['case', ['boolean', ['feature-state', 'active'], false], 3, 0],
            },
          },
        ],
      },
      ...(bounds ? { bounds, fitBoundsOptions: { padding: 12 } } : {}),
      attributionControl: false,
      scrollZoom: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      keyboard: false,
      maxZoom: 13,
      locale: mapLocale(language, t('map.label', { province: provinceName })),
    });
    mapRef.current = map;
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    const canvas = map.getCanvas();
    canvas.setAttribute('aria-describedby', hintId);

    map.on('mousemove', fillLayer, (event) => {
      const code = event.features?.[0]?.properties?.code;
      if (typeof code === 'string') {
        setActive({ code, via: 'pointer', x: event.point.x, y: event.point.y });
        canvas.style.cursor = 'pointer';
      }
    });
    map.on('mouseleave', fillLayer, () => {
      canvas.style.cursor = '';
      setActive((current) => (current?.via === 'pointer' ? null : current));
    });
    map.on('click', fillLayer, (event) => {
      const code = event.features?.[0]?.properties?.code;
      if (typeof code === 'string') {
        callbacks.current.onOpen(code);
      }
    });
    map.once('idle', () => {
      // What MapLibre actually drew: read by the browser tests, handy when debugging.
      const drawn = new Set(map.queryRenderedFeatures({ layers: [fillLayer] }).map((feature) => feature.properties?.code));
      container.dataset.renderedMunicipalities = String(drawn.size);
      callbacks.current.onReady();
    });

    const selectByKeyboard = (index: number) => {
      const feature = ordered[(index + ordered.length) % ordered.length];
      if (!feature) {
        return;
      }
      const point = labelPoint(feature.geometry as unknown as Geometry);
      const screen = point ? map.project(point) : { x: canvas.clientWidth / 2, y: canvas.clientHeight / 2 };
      setActive({ code: feature.properties.code, via: 'keyboard', x: screen.x, y: screen.y });
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const current = activeRef.current;
      const index = current ? ordered.findIndex((feature) => feature.properties.code === current.code) : -1;
      const moves: Record<string, () => void> = {
        ArrowRight: () => selectByKeyboard(index + 1),
        ArrowDown: () => selectByKeyboard(index + 1),
        ArrowLeft: () => selectByKeyboard(index < 0 ? -1 : index - 1),
        ArrowUp: () => selectByKeyboard(index < 0 ? -1 : index - 1),
        Home: () => selectByKeyboard(0),
        End: () => selectByKeyboard(ordered.length - 1),
        Escape: () => setActive(null),
        Enter: () => {
          if (current) {
            callbacks.current.onOpen(current.code);
          }
        },
      };
      const move = moves[event.key];
      if (move) {
        event.preventDefault();
        move();
      }
    };
    const onBlur = () => setActive((current) => (current?.via === 'keyboard' ? null : current));
    canvas.addEventListener('keydown', onKeyDown);
    canvas.addEventListener('blur', onBlur);
    return () => {
      canvas.removeEventListener('keydown', onKeyDown);
      canvas.removeEventListener('blur', onBlur);
      mapRef.current = null;
      map.remove();
    };
    // The map is rebuilt when the data or the language changes; handlers read refs.
  }, [collection, breaks, ordered, language]);

  // Outline the active municipality on the map.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !active) {
      return;
    }
    const target = { source: sourceId, id: active.code };
    map.setFeatureState(target, { active: true });
    return () => {
      if (mapRef.current === map) {
        map.removeFeatureState(target, 'active');
      }
    };
  }, [active?.code]);

  const activeFeature = active ? byCode.get(active.code) : undefined;
  const describe = (feature: NonNullable<typeof activeFeature>) => {
    const { name, population, populationReferenceDate } = feature.properties;
    if (population === null) {
      return t('map.noFigure', { name });
    }
    return t('map.figure', {
      name,
      population: formatNumber(population, language),
      date: populationReferenceDate ? formatDate(populationReferenceDate, language) : '',
    });
  };

  return (
    <div className="rt-map">
      <div className="rt-map__frame">
        <div ref={containerRef} className="rt-map__canvas" data-testid="province-map" />
        {activeFeature && active ? (
          <div className="rt-map__tooltip" style={{ left: active.x, top: active.y }} aria-hidden="true" data-testid="map-tooltip">
            <strong>{activeFeature.properties.name}</strong>
            <span>
              {activeFeature.properties.population === null
                ? t('map.noFigureShort')
                : t('map.inhabitants', { count: activeFeature.properties.population, formatted: formatNumber(activeFeature.properties.population, language) })}
            </span>
          </div>
        ) : null}
      </div>
      <p className="rt-map__status" role="status" aria-live="polite" data-testid="map-status">
        {activeFeature ? `${describe(activeFeature)} ${t('map.openHint')}` : ''}
      </p>
      <p className="rt-map__hint" id={hintId}>
        {t('map.keyboardHint')}
      </p>
      <MapLegend breaks={breaks} hasMissing={collection.features.some((feature) => feature.properties.population === null)} />
    </div>
  );
}

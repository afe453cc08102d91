// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/errors.ts';
import { parseFacilityFile } from './parse-facility-file.ts';

const point = (lon: unknown, lat: unknown, name = 'Huisartsenpraktijk') =>
  ({ type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: [lon, lat] } });
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features }, null, 2);

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(isAppError(error, 'IMPORT_INVALID')).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('[SITING] facility files', () => {
  it('reads GeoJSON points with their names and properties', () => {
    const points = parseFacilityFile('gp.geojson', collection(point(5.12, 52.09), point(5.38, 52.15, 'Praktijk Zuid')), 'geojson');
    expect(points.map((p) => [p.featureIndex, p.name, p.longitude, p.latitude])).toEqual([
      [0, 'Huisartsenpraktijk', 5.12, 52.09],
      [1, 'Praktijk Zuid', 5.38, 52.15],
    ]);
  });

  it('refuses a whole file for one bad feature, naming its index and line', () => {
    const text = collection(point(5.12, 52.09), { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [] } }, point(136000, 455000));
    const message = refusal(() => parseFacilityFile('gp.geojson', text, 'geojson'));
    expect(message).toMatch(/gp\.geojson:\d+: features\[1\]\.geometry: must be a Point/);
    expect(message).toMatch(/features\[2\]\.geometry\.coordinates: must be \[longitude, latitude\] in WGS84/);
    expect(message).toMatch(/nothing was imported/);
  });

  it.each([
    ['broken JSON', '{"type": "FeatureCollection", "features": [', /\(json\)/],
    ['not a FeatureCollection', '{"type": "Feature"}', /is not a GeoJSON FeatureCollection/],
    ['an empty collection', collection(), /holds no facilities/],
  ])('refuses %s', (_, text, message) => {
    expect(refusal(() => parseFacilityFile('x.geojson', text, 'geojson'))).toMatch(message);
  });

  it('reads CSV with lon/lat columns and names the line of a bad row', () => {
    const points = parseFacilityFile('stations.csv', 'name,lon,lat\nUtrecht Centraal,5.1101,52.0894\nAmersfoort,"5,3739",52.1532\n', 'csv');
    expect(points.map((p) => [p.name, p.longitude, p.latitude])).toEqual([
      ['Utrecht Centraal', 5.1101, 52.0894],
      ['Amersfoort', 5.3739, 52.1532],
    ]);
    expect(refusal(() => parseFacilityFile('stations.csv', 'name,lon,lat\nA,5.1,52.1\nB,,52.2\n', 'csv'))).toMatch(/stations\.csv:3: lon: "" is not a longitude/);
    expect(refusal(() => parseFacilityFile('stations.csv', 'name,x_rd,y_rd\nA,136000,455000\n', 'csv'))).toMatch(/needs a longitude/);
  });
});

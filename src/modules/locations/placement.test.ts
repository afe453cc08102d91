// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../config/env.ts';
import type { AreaGeometry } from '../regions/import/geometry.ts';
import { borderToleranceKm, distanceToAreaKm, placeSite, type PlacementArea } from './placement.ts';

type Feature = { properties: { gemeentecode: string; gemeentenaam: string }; geometry: AreaGeometry };
const file = path.join(projectRoot, 'data/boundaries/nl_gemeenten_2023_cbs_kwb.geojson');
const areas: PlacementArea[] = (JSON.parse(readFileSync(file, 'utf8')) as { features: Feature[] }).features
  .filter((f) => f.properties.gemeentecode !== 'GM0998')
  .map((f) => ({ code: f.properties.gemeentecode, name: f.properties.gemeentenaam, geometry: f.geometry }));

describe('[LOCATIONS] placement against the shipped CBS 2023 boundaries', () => {
  it.each([
    ['Utrecht Centraal', 5.1101, 52.0894, 'GM0344'],
    ['Amersfoort Centraal', 5.3739, 52.1532, 'GM0307'],
    ['Dam, Amsterdam', 4.8924, 52.3731, 'GM0363'],
    ['Vrijthof, Maastricht', 5.6886, 50.8489, 'GM0935'],
    ['Grote Markt, Groningen', 6.5683, 53.2194, 'GM0014'],
  ])('derives %s → %s', (_, lon, lat, code) => {
    expect(placeSite(areas, { lon, lat })).toMatchObject({ ok: true, municipalityCode: code, placement: 'derived' });
  });

  it.each([
    ['Paris (outside the box)', 2.3522, 48.8566],
    ['Brussels (in the box, in Belgium)', 4.3517, 50.8503],
    ['Düsseldorf (in the box, in Germany)', 6.7735, 51.2277],
    ['the North Sea off IJmuiden', 4.2, 52.55],
  ])('refuses %s as outside the Netherlands', (_, lon, lat) => {
    expect(placeSite(areas, { lon, lat })).toMatchObject({ ok: false, field: 'longitude' });
  });

  it('checks a given municipality and names the one the point lies in on a mismatch', () => {
    expect(placeSite(areas, { lon: 5.1101, lat: 52.0894 }, 'GM0344')).toMatchObject({ ok: true, placement: 'checked' });
    const refused = placeSite(areas, { lon: 5.1101, lat: 52.0894 }, 'GM0307');
    expect(refused).toMatchObject({ ok: false, field: 'municipalityCode' });
    expect(refused.ok ? '' : refused.reason).toMatch(/lie in Utrecht \(GM0344\), not in Amersfoort \(GM0307\), \d+\.\d km from the boundary/);
  });

  it(`accepts a given neighbour within ${borderToleranceKm} km of its generalised boundary`, () => {
    // Walk from the centre of Utrecht towards Stichtse Vecht until just outside Utrecht's polygon.
    const vecht = areas.find((a) => a.code === 'GM1904') as PlacementArea;
    const utrecht = areas.find((a) => a.code === 'GM0344') as PlacementArea;
    let point = { lon: 5.1101, lat: 52.0894 };
    for (let step = 0; step < 400 && distanceToAreaKm(vecht.geometry, point) > 0.2; step++) {
      point = { lon: point.lon - 0.0004, lat: point.lat + 0.0006 };
    }
    expect(distanceToAreaKm(utrecht.geometry, point)).toBe(0);
    expect(placeSite(areas, point, 'GM1904')).toMatchObject({ ok: true, municipalityCode: 'GM1904', placement: 'near_border' });
  });
});

// SPDX-License-Identifier: EUPL-1.2
/**
 * Import and export of reception locations as CSV and GeoJSON: a good file is registered whole in
 * one transaction; a malformed GeoJSON feature, coordinates outside the Netherlands, a broken CSV
 * row or a row in someone else's municipality refuse the whole file, naming the feature index or
 * line; an export imports again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiApp } from '../../src/server/api-app.ts';
import type { Principal } from '../../src/shared/principal.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { buildLocationsTestApp, loadMunicipalBoundaries, places, principals } from './locations-setup.ts';

type Problem = { code: string; field?: string; detail?: string; issues?: { file: string; line?: number; field: string; message: string }[] };
type Result = { rows: number; imported: number; ids: string[] };

const coordinator = principals.coordinator();
const amersfoortOfficer = principals.officer('GM0307');

const feature = (properties: Record<string, unknown>, coordinates: unknown = [places.utrecht.longitude, places.utrecht.latitude]) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties: { kind: 'emergency', buildingType: 'sports_hall', capacity: 200, ...properties },
});
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features }, null, 1);

describe('[LOCATIONS] import and export as CSV and GeoJSON', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = coordinator;
  const upload = async <T = Problem>(as: Principal, contentType: string, payload: string, query = '') => {
    caller = as;
    const response = await app.inject({ method: 'POST', url: `/api/v1/locations/import${query}`, headers: { 'content-type': contentType }, payload });
    return { status: response.statusCode, body: response.json() as T };
  };
  const count = async () => {
    caller = coordinator;
    return (await app.inject({ method: 'GET', url: '/api/v1/locations' })).json<{ total: number }>().total;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await loadMunicipalBoundaries(database, [{ code: 'GM0344' }, { code: 'GM0307' }, { code: 'GM0355' }]);
    app = await buildLocationsTestApp({ database, asPrincipal: () => caller });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('registers every feature of a good GeoJSON file, deriving each municipality', async () => {
    const file = collection(
      feature({ name: 'Sporthal Centrum' }),
      feature({ name: 'Kantoor Stadskern', kind: 'structural', building_type: 'office', capacity: 400 }, [places.amersfoort.longitude, places.amersfoort.latitude]),
    );
    const dry = await upload<Result>(coordinator, 'application/geo+json', file, '?dryRun=true');
    expect(dry).toEqual({ status: 200, body: { rows: 2, imported: 0, ids: [] } });
    expect(await count()).toBe(0);
    const done = await upload<Result>(coordinator, 'application/geo+json', file);
    expect(done.status).toBe(201);
    expect(done.body.imported).toBe(2);
    caller = coordinator;
    const second = (await app.inject({ method: 'GET', url: `/api/v1/locations/${done.body.ids[1]}` })).json<{ location: { municipality: { code: string }; capacity: number; status: string } }>();
    expect(second.location).toMatchObject({ municipality: { code: 'GM0307' }, capacity: 400, status: 'idea' });
  });

  it('refuses a whole GeoJSON file when one feature is malformed, naming its index', async () => {
    const before = await count();
    const file = collection(feature({ name: 'Goed' }), feature({ name: 'Geen punt' }, 'not coordinates'), feature({ name: '', capacity: 0 }));
    const refused = await upload(coordinator, 'application/geo+json', file);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('IMPORT_INVALID');
    expect(refused.body.issues?.map((i) => i.field)).toEqual(['features[1].geometry', 'features[2].name', 'features[2].capacity']);
    expect(await count()).toBe(before);
  });

  it('refuses coordinates outside the Netherlands, and a file that is no GeoJSON', async () => {
    const before = await count();
    const paris = await upload(coordinator, 'application/geo+json', collection(feature({ name: 'Goed' }), feature({ name: 'Parijs' }, [places.paris.longitude, places.paris.latitude])));
    expect(paris.status).toBe(422);
    expect(paris.body.issues?.[0]).toMatchObject({ field: 'features[1].longitude' });
    expect(paris.body.issues?.[0]?.message).toMatch(/outside the Netherlands/);
    const broken = await upload(coordinator, 'application/geo+json', '{"type": "FeatureCollection", "features": [');
    expect(broken.status).toBe(422);
    expect(await count()).toBe(before);
  });

  it('refuses a whole CSV file with a broken row, naming the line', async () => {
    const before = await count();
    const csv = [
      'name,longitude,latitude,kind,building_type,capacity',
      `Paviljoen Zeist,${places.zeist.longitude},${places.zeist.latitude},structural,pavilion,300`,
      `Kapot,${places.zeist.longitude},noord,structural,pavilion,300`,
      `Te groot,${places.zeist.longitude},${places.zeist.latitude},structural,castle,-5`,
    ].join('\n');
    const refused = await upload(coordinator, 'text/csv', csv, '?fileName=locaties.csv');
    expect(refused.status).toBe(422);
    expect(refused.body.issues?.map((i) => [i.line, i.field])).toEqual([
      [3, 'latitude'],
      [4, 'buildingType'],
      [4, 'capacity'],
    ]);
    expect(refused.body.issues?.[0]).toMatchObject({ file: 'locaties.csv', line: 3 });
    expect(await count()).toBe(before);
  });

  it("refuses a file with a location in another officer's municipality (403), writing nothing", async () => {
    const before = await count();
    const file = collection(feature({ name: 'In Amersfoort' }, [places.amersfoort.longitude, places.amersfoort.latitude]), feature({ name: 'In Utrecht' }));
    const refused = await upload(amersfoortOfficer, 'application/geo+json', file);
    expect(refused.status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('imports its own CSV and GeoJSON exports again, status and decision included', async () => {
    caller = coordinator;
    const steps = [
      { status: 'idea', on: '2016-01-04' },
      { status: 'decided', on: '2016-03-01', decision: { outcome: 'yes', decidedBy: 'college van B&W Zeist' } },
      { status: 'open', on: '2016-05-01' },
    ];
    const created = await app.inject({ method: 'POST', url: '/api/v1/locations', payload: { name: 'Hotel Zeist', ...places.zeist, kind: 'emergency', buildingType: 'hotel', capacity: 120, yearlyCostEur: 1_500_000, steps } });
    expect(created.statusCode, created.body).toBe(201);
    const csv = (await app.inject({ method: 'GET', url: '/api/v1/locations.csv?municipality=GM0355' })).body;
    const geojson = (await app.inject({ method: 'GET', url: '/api/v1/locations.geojson?municipality=GM0355' })).body;
    for (const [type, file] of [['text/csv', csv], ['application/geo+json', geojson]] as const) {
      const again = await upload<Result>(coordinator, type, file);
      expect(again.status, JSON.stringify(again.body)).toBe(201);
      caller = coordinator;
      const copy = (await app.inject({ method: 'GET', url: `/api/v1/locations/${again.body.ids[0]}` })).json<{ location: Record<string, unknown>; steps: unknown[] }>();
      expect(copy.location).toMatchObject({ name: 'Hotel Zeist', status: 'open', statusSince: '2016-05-01', capacity: 120, decision: { outcome: 'yes', decidedBy: 'college van B&W Zeist', decidedOn: '2016-03-01' } });
      expect(copy.steps).toHaveLength(2);
    }
  });
});

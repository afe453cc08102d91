// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/transaction.ts';
import { safetyRegionMembers, safetyRegions, sources } from '../../src/db/schema/index.ts';
import { getPlacesRealised } from '../../src/modules/locations/get-places-realised.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import type { Principal } from '../../src/shared/principal.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { buildLocationsTestApp, loadMunicipalBoundaries, places, principals } from './locations-setup.ts';

const coordinator = principals.coordinator();
const decided = (on: string) => ({ status: 'decided', on, decision: { outcome: 'yes', decidedBy: 'College van B&W' } });

describe('[LOCATIONS] places realised against the targets', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = coordinator;
  const post = async (url: string, payload: unknown) => {
    const response = await app.inject({ method: 'POST', url, payload: payload as object });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json() as { location: { id: string } };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await loadMunicipalBoundaries(database, [{ code: 'GM0344' }, { code: 'GM0307' }]);
    await inTransaction(database.db, 'system:test-factory', async (tx) => {
      await tx.insert(sources).values({ id: 'test-vr-membership', publisher: 'Test', title: 'Safety region membership entered for the test' });
      await tx.insert(safetyRegions).values({ code: 'VR09', name: 'Utrecht', provinceCode: 'PV26', sourceId: 'test-vr-membership' });
      await tx.insert(safetyRegionMembers).values({ safetyRegionCode: 'VR09', municipalityCode: 'GM0344' });
    });
    app = await buildLocationsTestApp({ database, asPrincipal: () => caller });
    const base = { kind: 'structural', buildingType: 'office', address: 'Testlaan 1' };
    // A: Utrecht, structural, 300 places, open from 1 February 2016, counted twice.
    const a = await post('/api/v1/locations', { ...base, name: 'A', ...places.utrecht, capacity: 300, steps: [{ status: 'idea', on: '2016-01-04' }, decided('2016-01-15'), { status: 'open', on: '2016-02-01' }] });
    await post(`/api/v1/locations/${a.location.id}/occupancy`, { countedOn: '2016-02-10', persons: 250 });
    await post(`/api/v1/locations/${a.location.id}/occupancy`, { countedOn: '2016-04-05', persons: 290 });
    // B: Amersfoort, emergency, 500 places, open 15 March, closing 1 May, closed 31 May 2016.
    await post('/api/v1/locations', {
      ...base,
      name: 'B',
      kind: 'emergency',
      ...places.amersfoort,
      capacity: 500,
      steps: [{ status: 'idea', on: '2016-02-01' }, decided('2016-03-01'), { status: 'open', on: '2016-03-15' }, { status: 'closing', on: '2016-05-01' }, { status: 'closed', on: '2016-05-31' }],
    });
    // C: an idea only; never counted.
    await post('/api/v1/locations', { ...base, name: 'C', ...places.jaarbeurs, capacity: 80, steps: [{ status: 'idea', on: '2016-01-04' }] });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  const series = async (scope: 'province' | 'municipality' | 'safety_region', code: string) =>
    (await getPlacesRealised({ db: database.db, scope: { kind: scope, code }, from: '2016-01-01', to: '2016-06-30', interval: 'month' })).series.map(
      (p) => [p.date, p.places, p.emergencyPlaces, p.occupied, p.countedLocations],
    );

  it('adds up open locations per date for the province: capacity by kind and the latest counts', async () => {
    expect(await series('province', 'PV26')).toEqual([
      ['2016-01-01', 0, 0, 0, 0],
      ['2016-02-01', 300, 0, 0, 0],
      ['2016-03-01', 300, 0, 250, 1],
      ['2016-04-01', 800, 500, 250, 1],
      ['2016-05-01', 800, 500, 290, 1],
      ['2016-06-01', 300, 0, 290, 1],
      ['2016-06-30', 300, 0, 290, 1],
    ]);
  });

  it('adds up per municipality and per safety region (its entered members)', async () => {
    expect((await series('municipality', 'GM0307')).map(([date, places]) => [date, places])).toEqual([
      ['2016-01-01', 0],
      ['2016-02-01', 0],
      ['2016-03-01', 0],
      ['2016-04-01', 500],
      ['2016-05-01', 500],
      ['2016-06-01', 0],
      ['2016-06-30', 0],
    ]);
    expect((await series('safety_region', 'VR09')).map(([, places]) => places)).toEqual([0, 300, 300, 300, 300, 300, 300]);
  });

  it('serves the series over the API and names only the locations the caller may read', async () => {
    caller = principals.officer('GM0344');
    const response = await app.inject({ method: 'GET', url: '/api/v1/locations/progress?scope=province&code=PV26&from=2016-01-01&to=2016-06-30&interval=quarter' });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { series: { date: string; places: number }[]; locations: { name: string }[]; definition: string };
    expect(body.series.map((p) => [p.date, p.places])).toEqual([
      ['2016-01-01', 0],
      ['2016-04-01', 800],
      ['2016-06-30', 300],
    ]);
    expect(body.locations.map((l) => l.name)).toEqual(['A']);
    expect(body.definition).toMatch(/closing/);
    const bad = await app.inject({ method: 'GET', url: '/api/v1/locations/progress?scope=province&code=GM0344&from=2016-01-01&to=2016-06-30' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'querystring.code' });
  });
});

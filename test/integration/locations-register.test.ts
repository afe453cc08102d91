// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiApp } from '../../src/server/api-app.ts';
import { anonymous, type Principal } from '../../src/shared/principal.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { buildLocationsTestApp, loadMunicipalBoundaries, places, principals } from './locations-setup.ts';

type Problem = { code: string; field?: string; detail?: string; rule?: string };
type Detail = {
  location: { id: string; status: string; statusSince: string; municipality: { code: string }; placement: { method: string; boundaryYear: number | null }; decision: unknown };
  steps: { status: string; on: string; recordedBy: string }[];
  occupancy: { countedOn: string; persons: number; aboveCapacity: boolean }[];
  flags: string[];
};

const coordinator = principals.coordinator();
const utrechtOfficer = principals.officer('GM0344');
const amersfoortOfficer = principals.officer('GM0307');

const location = (overrides: Record<string, unknown> = {}) => ({
  name: 'Sporthal De Vliegende Hollander',
  address: 'Voorbeeldstraat 1, Utrecht',
  ...places.jaarbeurs,
  kind: 'emergency',
  buildingType: 'sports_hall',
  capacity: 250,
  owner: 'Gemeente Utrecht',
  operator: 'COA',
  yearlyCostEur: 2_000_000,
  costSource: 'Raadsvoorstel noodopvang, maart 2016',
  ...overrides,
});

describe('[LOCATIONS] register, lifecycle, occupancy and policies', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = coordinator;
  const call = async <T = Problem>(as: Principal, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) => {
    caller = as;
    const response = await app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });
    return { status: response.statusCode, body: response.json() as T, headers: response.headers, text: response.body };
  };
  const create = async (as: Principal, body: unknown) => call<Detail>(as, 'POST', '/api/v1/locations', body);

  beforeAll(async () => {
    database = await createTestDatabase();
    await loadMunicipalBoundaries(database, [{ code: 'GM0344' }, { code: 'GM0307' }, { code: 'GM0355' }, { code: 'GM0363', provinceCode: 'PV27' }]);
    app = await buildLocationsTestApp({ database, asPrincipal: () => caller });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('registers a location, deriving the municipality from the coordinates', async () => {
    const { status, body } = await create(coordinator, location());
    expect(status).toBe(201);
    expect(body.location).toMatchObject({ status: 'idea', municipality: { code: 'GM0344' }, placement: { method: 'derived', boundaryYear: 2023 } });
    expect(body.steps).toEqual([{ status: 'idea', on: body.location.statusSince, recordedBy: `person:${coordinator.personId}`, note: null }]);
  });

  it.each([
    ['coordinates outside the Netherlands', location(places.paris), 'body.longitude', /outside the Netherlands/],
    ['coordinates at sea, in no municipality', location(places.northSea), 'body.longitude', /in no municipality of the Netherlands/],
    ['a municipality that does not match the coordinates', location({ municipalityCode: 'GM0307' }), 'body.municipalityCode', /lie in Utrecht \(GM0344\), not in Amersfoort/],
    ['a capacity of 0', location({ capacity: 0 }), 'body.capacity', /more than 0/],
    ['a negative capacity', location({ capacity: -5 }), 'body.capacity', /more than 0/],
    ['a planned period that ends before it starts', location({ plannedFrom: '2016-06-01', plannedUntil: '2016-05-01' }), 'body.plannedUntil', /ends/],
    [
      'a history that skips the decision',
      location({ steps: [{ status: 'idea', on: '2016-01-04' }, { status: 'open', on: '2016-02-01' }] }),
      'body.steps.1.status',
      /without a decision/,
    ],
  ])('refuses %s, naming the field', async (_, body, field, detail) => {
    caller = coordinator;
    const response = await app.inject({ method: 'POST', url: '/api/v1/locations?lang=en', payload: body });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const problem = response.json() as Problem;
    expect(problem.field).toBe(field);
    expect(problem.detail).toMatch(detail);
  });

  it('lets a municipal officer edit only locations in their own municipality', async () => {
    const own = await create(utrechtOfficer, location({ name: 'Kantoor Galgenwaard' }));
    expect(own.status).toBe(201);
    const amersfoort = await create(coordinator, location({ name: 'Pand Stationsplein', ...places.amersfoort }));
    expect(amersfoort.body.location.municipality.code).toBe('GM0307');

    expect((await create(utrechtOfficer, location({ ...places.amersfoort }))).status).toBe(403);
    expect((await call(utrechtOfficer, 'PATCH', `/api/v1/locations/${own.body.location.id}`, { capacity: 300 })).status).toBe(200);
    // Outside the scope the location is hidden: 404, as if it did not exist.
    expect((await call(utrechtOfficer, 'PATCH', `/api/v1/locations/${amersfoort.body.location.id}`, { capacity: 300 })).status).toBe(404);
    expect((await call(utrechtOfficer, 'GET', `/api/v1/locations/${amersfoort.body.location.id}`)).status).toBe(404);
    // Moving its own location into another municipality is not allowed either.
    expect((await call(utrechtOfficer, 'PATCH', `/api/v1/locations/${own.body.location.id}`, places.amersfoort)).status).toBe(403);
    expect((await call(amersfoortOfficer, 'PATCH', `/api/v1/locations/${amersfoort.body.location.id}`, { capacity: 120 })).status).toBe(200);
    // The coordinator of the province edits both.
    expect((await call(coordinator, 'PATCH', `/api/v1/locations/${own.body.location.id}`, { operator: 'Leger des Heils' })).status).toBe(200);

    const list = await call<{ items: { municipality: { code: string } }[] }>(utrechtOfficer, 'GET', '/api/v1/locations');
    expect(new Set(list.body.items.map((i) => i.municipality.code))).toEqual(new Set(['GM0344']));
    const all = await call<{ total: number }>(coordinator, 'GET', '/api/v1/locations?municipality=GM0307');
    expect(all.body.total).toBe(1);
  });

  it('refuses the public and roles without access', async () => {
    expect((await call(anonymous, 'GET', '/api/v1/locations')).status).toBe(401);
    expect((await call(principals.partner(), 'GET', '/api/v1/locations')).status).toBe(403);
    expect((await call(principals.coordinator('PV27'), 'POST', '/api/v1/locations', location())).status).toBe(403);
  });

  it('moves the lifecycle forward with dates and refuses a step back with the reason', async () => {
    const { body } = await create(coordinator, location({ name: 'School Kanaleneiland', steps: [{ status: 'idea', on: '2016-01-04' }] }));
    const url = `/api/v1/locations/${body.location.id}/steps`;
    const decided = await call<Detail>(coordinator, 'POST', url, { status: 'decided', on: '2016-02-01', decision: { outcome: 'yes', decidedBy: 'College van B&W Utrecht' } });
    expect(decided.status).toBe(200);
    expect(decided.body.location.decision).toEqual({ outcome: 'yes', decidedBy: 'College van B&W Utrecht', decidedOn: '2016-02-01' });
    expect((await call<Detail>(coordinator, 'POST', url, { status: 'open', on: '2016-03-01' })).body.location.status).toBe('open');

    caller = coordinator;
    const back = await app.inject({ method: 'POST', url: `${url}?lang=en`, payload: { status: 'preparing', on: '2016-03-02' } });
    expect(back.statusCode).toBe(400);
    expect(back.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.status', rule: 'backwards', currentStatus: 'open' });
    expect((back.json() as Problem).detail).toMatch(/cannot go back to "preparing": it is "open" since 2016-03-01/);

    const page = await call<Detail>(coordinator, 'GET', `/api/v1/locations/${body.location.id}`);
    expect(page.body.steps.map((s) => [s.status, s.on])).toEqual([
      ['idea', '2016-01-04'],
      ['decided', '2016-02-01'],
      ['open', '2016-03-01'],
    ]);
  });

  it('records occupancy over time, flags a count above capacity, and refuses one for a closed location', async () => {
    const steps = [
      { status: 'idea', on: '2016-01-04' },
      { status: 'decided', on: '2016-01-20', decision: { outcome: 'yes', decidedBy: 'College van B&W Utrecht' } },
      { status: 'open', on: '2016-02-01' },
    ];
    const { body } = await create(coordinator, location({ name: 'Paviljoen Papendorp', capacity: 100, steps }));
    const id = body.location.id;
    const coa = principals.coa([id]);
    const first = await call<{ created: boolean; warnings: string[] }>(coa, 'POST', `/api/v1/locations/${id}/occupancy`, { countedOn: '2016-02-08', persons: 80 });
    expect(first.status).toBe(201);
    expect(first.body.warnings).toEqual([]);
    const above = await call<{ occupancy: { aboveCapacity: boolean }; warnings: string[] }>(coa, 'POST', `/api/v1/locations/${id}/occupancy`, {
      countedOn: '2016-02-15',
      persons: 112,
      sourceReference: 'COA weekrapport 7',
    });
    expect(above.status).toBe(201);
    expect(above.body.occupancy.aboveCapacity).toBe(true);
    expect(above.body.warnings[0]).toMatch(/112 persons is more than the capacity of 100/);
    // The COA officer records occupancy but does not edit the location, and sees no other location.
    expect((await call(coa, 'PATCH', `/api/v1/locations/${id}`, { capacity: 150 })).status).toBe(403);
    expect((await call<{ total: number }>(coa, 'GET', '/api/v1/locations')).body.total).toBe(1);

    const page = await call<Detail>(coordinator, 'GET', `/api/v1/locations/${id}`);
    expect(page.body.occupancy.map((o) => [o.countedOn, o.persons, o.aboveCapacity])).toEqual([
      ['2016-02-08', 80, false],
      ['2016-02-15', 112, true],
    ]);
    expect(page.body.flags).toContain('above_capacity');

    await call(coordinator, 'POST', `/api/v1/locations/${id}/steps`, { status: 'closed', on: '2016-06-30' });
    caller = coa;
    const closed = await app.inject({ method: 'POST', url: `/api/v1/locations/${id}/occupancy?lang=en`, payload: { countedOn: '2016-07-01', persons: 3 } });
    expect(closed.statusCode).toBe(400);
    expect(closed.json()).toMatchObject({ rule: 'location_closed' });
    expect((closed.json() as Problem).detail).toMatch(/is closed since 2016-06-30/);
  });

  it('gives the map as GeoJSON and the list as CSV, filtered', async () => {
    const geo = await call<{ type: string; features: { geometry: { coordinates: number[] }; properties: { status: string } }[] }>(
      coordinator,
      'GET',
      '/api/v1/locations.geojson?status=open',
    );
    expect(geo.status).toBe(200);
    expect(geo.headers['content-type']).toMatch(/application\/geo\+json/);
    expect(geo.body.features.length).toBeGreaterThan(0);
    expect(geo.body.features.every((f) => f.properties.status === 'open')).toBe(true);
    caller = coordinator;
    const csv = await app.inject({ method: 'GET', url: '/api/v1/locations.csv?kind=emergency' });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,name,address,longitude,latitude,municipality_code/);
    expect(lines.length).toBeGreaterThan(2);
  });

  it('writes every change to the audit trail with the caller as actor', async () => {
    const rows = await database.query<{ actor: string; action: string; table_name: string }>(
      "SELECT actor, action, table_name FROM audit_log WHERE table_name LIKE 'reception_location%' ORDER BY id",
    );
    const seen = new Set(rows.map((r) => `${r.table_name}:${r.action}:${r.actor}`));
    for (const expected of [
      `reception_locations:insert:person:${coordinator.personId}`,
      `reception_locations:update:person:${utrechtOfficer.personId}`,
      `reception_location_steps:insert:person:${coordinator.personId}`,
      `reception_location_occupancy:insert:person:00000000-0000-4000-8000-00000000c0a0`,
    ]) {
      expect(seen).toContain(expected);
    }
    // Every location row and every step row has its insert in the trail.
    const [counts] = await database.query<{ locations: number; steps: number; audited_locations: number; audited_steps: number }>(`
      SELECT (SELECT count(*)::int FROM reception_locations) AS locations, (SELECT count(*)::int FROM reception_location_steps) AS steps,
             (SELECT count(*)::int FROM audit_log WHERE table_name = 'reception_locations' AND action = 'insert') AS audited_locations,
             (SELECT count(*)::int FROM audit_log WHERE table_name = 'reception_location_steps' AND action = 'insert') AS audited_steps`);
    expect(counts?.audited_locations).toBe(counts?.locations);
    expect(counts?.audited_steps).toBe(counts?.steps);
  });
});

// SPDX-License-Identifier: EUPL-1.2
/** [HOUSING] buildings, projects, forecast, exports and policies against the shipped data. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiApp } from '../../src/server/api-app.ts';
import type { Principal } from '../../src/shared/principal.ts';
import { buildTestApp } from '../app.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { places, principals } from './locations-setup.ts';

type Problem = { code: string; field?: string; detail?: string };
type Project = { id: string; municipalityCode: string; persons: { value: number; basis: string; formula: string }; deliveries: { period: string; persons: number }[]; phases: Record<string, string | null> };
type Cell = { period: string; corrected: number | null; realised: number; expected: number; projected: number; gap: number | null; formula: string };
type Forecast = { rows: { code: string; cells: Cell[] }[]; totals: Cell[] };

const coordinator = principals.coordinator();
const utrechtOfficer = principals.officer('GM0344');
const amersfoortOfficer = principals.officer('GM0307');

const office = { address: 'Kantoorlaan 1, Utrecht', ...places.jaarbeurs, formerUse: 'office', floorAreaM2: 4200, owner: 'Beleggingsfonds Voorbeeld BV', vacantSince: '2024-03-01' };
const conversion = (overrides: Record<string, unknown> = {}) => ({
  ownerKind: 'corporation',
  homesTotal: 40,
  homes: { statusHolders: 10, students: 20, starters: 10, other: 0 },
  rentLines: [{ band: 'social', homes: 30, rentEur: 650 }, { band: 'mid', homes: 10, rentEur: 950 }],
  phases: { initiative: '2024-09-01', permit: '2025-01-15', delivered: '2025-05-01' },
  ...overrides,
});

describe('[HOUSING] register, projects and forecast', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = coordinator;
  const call = async <T = Problem>(as: Principal, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) => {
    caller = as;
    const response = await app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });
    return { status: response.statusCode, body: (String(response.headers['content-type'] ?? '').includes('json') ? response.json() : response.body) as T, text: response.body, headers: response.headers };
  };
  const forecastOf = async (as: Principal, query: string) => (await call<Forecast>(as, 'GET', `/api/v1/housing/forecast?${query}`)).body;

  beforeAll(async () => {
    database = await createTestDatabase({ shipped: true });
    app = await buildTestApp({ database, asPrincipal: () => caller });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('an officer registers a vacant office and turns it into a project that moves the forecast', async () => {
    const query = 'province=PV26&from=2025-I&periods=2&asOf=2025-02-01';
    const before = await forecastOf(coordinator, query);
    const utrechtBefore = before.rows.find((r) => r.code === 'GM0344')?.cells[0] as Cell;
    expect(utrechtBefore.corrected).not.toBeNull();

    const building = await call<{ id: string; municipalityCode: string; owner: string | null }>(utrechtOfficer, 'POST', '/api/v1/housing/buildings', office);
    expect(building.status).toBe(201);
    expect(building.body.municipalityCode).toBe('GM0344');

    const project = await call<Project>(utrechtOfficer, 'POST', `/api/v1/housing/buildings/${building.body.id}/project`, conversion());
    expect(project.status).toBe(201);
    // 10 homes × the CBS average household size of Utrecht (1.9 in 85984NED 2024... as loaded).
    expect(project.body.persons.basis).toBe('derived_cbs');
    expect(project.body.persons.formula).toMatch(/^10 homes × [\d.]+ persons per household \(.+\) = [\d.]+ → \d+ persons$/);
    const persons = project.body.persons.value;

    const after = await forecastOf(coordinator, query);
    const utrechtAfter = after.rows.find((r) => r.code === 'GM0344')?.cells[0] as Cell;
    expect(utrechtAfter.expected - utrechtBefore.expected).toBe(persons);
    expect((utrechtBefore.gap ?? 0) - (utrechtAfter.gap ?? 0)).toBe(persons);
    expect((before.totals[0]?.projected ?? 0) + persons).toBe(after.totals[0]?.projected);
    // Every cell carries its formula in the response (it is spelled out only when serialised).
    expect(utrechtAfter.formula).toBe(
      `projected = realised ${utrechtAfter.realised} + expected ${utrechtAfter.expected} = ${utrechtAfter.projected}; ` +
        `gap = corrected task ${utrechtAfter.corrected} − ${utrechtAfter.projected} = ${utrechtAfter.gap}`,
    );

    // A delay of the permit by 6 months moves the delivery (and the persons) into 2025-II.
    const delayed = await call<Project>(utrechtOfficer, 'POST', `/api/v1/housing/projects/${project.body.id}/delay`, { phase: 'permit', months: 6 });
    expect(delayed.status).toBe(200);
    expect(delayed.body.phases.delivered).toBe('2025-11-01');
    const moved = await forecastOf(coordinator, query);
    const cells = moved.rows.find((r) => r.code === 'GM0344')?.cells as Cell[];
    expect(cells[0]?.expected).toBe(utrechtBefore.expected);
    expect(cells[1]?.expected).toBe((before.rows.find((r) => r.code === 'GM0344')?.cells[1]?.expected ?? 0) + persons);
  });

  it('refuses bad projects with the field and the reason', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ homes: { statusHolders: 10, students: 20, starters: 5, other: 0 } }, 'body.homes'],
      [{ phases: { initiative: '2024-09-01', permit: '2025-06-01', delivered: '2025-05-01' } }, 'body.phases.delivered'],
      [{ rentLines: [{ band: 'social', homes: 40, rentEur: 800 }] }, 'body.rentLines.0.rentEur'],
      [{ kind: 'temporary' }, 'body.endDate'],
    ];
    for (const [change, field] of cases) {
      const { status, body } = await call(utrechtOfficer, 'POST', '/api/v1/housing/projects', { name: 'Test', kind: 'new_build', municipalityCode: 'GM0344', ...conversion(change) });
      expect({ status, field: body.field }).toEqual({ status: 400, field });
    }
  });

  it('keeps officers to their own municipality and hides the owner from readers who may not edit', async () => {
    const denied = await call(amersfoortOfficer, 'POST', '/api/v1/housing/projects', { name: 'Test', kind: 'new_build', municipalityCode: 'GM0344', ...conversion() });
    expect(denied.status).toBe(403);
    const list = await call<{ items: { owner: string | null }[] }>(amersfoortOfficer, 'GET', '/api/v1/housing/buildings?municipality=GM0344');
    expect(list.body.items[0]?.owner).toBeNull();
    const own = await call<{ items: { owner: string | null }[] }>(utrechtOfficer, 'GET', '/api/v1/housing/buildings?municipality=GM0344');
    expect(own.body.items[0]?.owner).toBe(office.owner);
    expect((await call(principals.partner(), 'GET', '/api/v1/housing/projects')).status).toBe(403);
  });

  it('imports buildings all-or-nothing, naming the line of a bad row', async () => {
    const csv = 'address,longitude,latitude,municipality_code,former_use,floor_area_m2,owner,vacant_since\n' +
      `School 1,${places.amersfoort.longitude},${places.amersfoort.latitude},GM0307,school,1200,,2023-01-01\n` +
      `Kerk 2,${places.paris.longitude},${places.paris.latitude},,church,800,,\n`;
    caller = coordinator;
    const refused = await app.inject({ method: 'POST', url: '/api/v1/housing/buildings/import?format=csv', headers: { 'content-type': 'text/csv' }, payload: csv });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([expect.objectContaining({ file: 'upload.csv', line: 3, field: 'longitude' })]);
    const before = await call<{ total: number }>(coordinator, 'GET', '/api/v1/housing/buildings?municipality=GM0307');
    expect(before.body.total).toBe(0);
    const ok = await app.inject({ method: 'POST', url: '/api/v1/housing/buildings/import?format=csv', headers: { 'content-type': 'text/csv' }, payload: csv.split('\n').slice(0, 2).join('\n') });
    expect(ok.json()).toEqual({ imported: 1, dryRun: false });
    const geojson = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { address: 'Winkel 3', former_use: 'shop', floor_area_m2: 300 }, geometry: { type: 'Point', coordinates: [places.zeist.longitude, places.zeist.latitude] } }] };
    const bad = await app.inject({ method: 'POST', url: '/api/v1/housing/buildings/import?format=geojson', headers: { 'content-type': 'application/geo+json' }, payload: JSON.stringify(geojson) });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([expect.objectContaining({ line: 1, field: 'features[0].properties.former_use' })]);
  });

  it('exports CSV and XLSX, and gives the map and the mixed-groups indicator', async () => {
    const csv = await call(coordinator, 'GET', '/api/v1/housing/forecast.csv?province=PV26&from=2025-I&periods=2&asOf=2025-02-01');
    expect(csv.text.split('\r\n')[0]).toBe('code,name,period,corrected_task,realised,expected,projected,gap,projects,formula');
    expect(csv.text.split('\r\n')[1]).toMatch(/,projected = realised \d+ \+ expected \d+ = \d+; (gap = corrected task|no corrected task)/);
    const xlsx = await app.inject({ method: 'GET', url: '/api/v1/housing/forecast.xlsx?province=PV26' });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const map = await call<{ features: { properties: { kind: string } }[] }>(coordinator, 'GET', '/api/v1/housing/map.geojson?province=PV26');
    expect(map.body.features.map((f) => f.properties.kind).sort()).toEqual(['building', 'building', 'project']);
    const mixed = await call<{ rows: { code: string; share: number; mixedProjects: number }[] }>(coordinator, 'GET', '/api/v1/housing/mixed-groups?province=PV26');
    expect(mixed.body.rows).toEqual([expect.objectContaining({ code: 'GM0344', share: 75, mixedProjects: 1 })]);
  });

  it('brokers: proposes pairs, refuses an agreement above the surplus, and counts one in both balances', async () => {
    // Amersfoort gets a project for 5,000 persons in 2025-I: far above its task, a surplus that
    // covers every deficit of the province.
    const surplusProject = { name: 'Groot project (test)', kind: 'new_build', municipalityCode: 'GM0307', ...conversion({ personsStated: 5000, phases: { initiative: '2024-06-01', delivered: '2025-03-01' } }) };
    expect((await call(coordinator, 'POST', '/api/v1/housing/projects', surplusProject)).status).toBe(201);
    const query = 'province=PV26&from=2025-I&periods=1&asOf=2025-02-01';
    const before = await forecastOf(coordinator, query);
    const cellOf = (f: Forecast, code: string) => f.rows.find((r) => r.code === code)?.cells[0] as Cell;
    const surplus = -(cellOf(before, 'GM0307').gap ?? 0);
    expect(surplus).toBeGreaterThan(0);

    const brokering = await call<{ pairs: { from: string; to: string; persons: number; neighbours: boolean }[] }>(coordinator, 'GET', '/api/v1/housing/brokering?province=PV26&period=2025-I&asOf=2025-02-01');
    expect(brokering.status).toBe(200);
    expect(brokering.body.pairs.every((p) => p.to === 'GM0307')).toBe(true);
    // Leusden borders Amersfoort in the CBS boundaries; Utrecht does not.
    expect(brokering.body.pairs.find((p) => p.from === 'GM0327')?.neighbours).toBe(true);
    expect(brokering.body.pairs.find((p) => p.from === 'GM0344')?.neighbours).toBe(false);

    const agreement = { period: '2025-I', houses: 'GM0307', for: 'GM0344', agreedOn: '2025-02-01', reference: 'Bestuurlijke afspraak (test)', asOf: '2025-02-01' };
    const refused = await call(coordinator, 'POST', '/api/v1/housing/agreements', { ...agreement, persons: surplus + 1 });
    expect({ status: refused.status, field: refused.body.field }).toEqual({ status: 400, field: 'body.persons' });
    expect((await call(utrechtOfficer, 'POST', '/api/v1/housing/agreements', { ...agreement, persons: 10 })).status).toBe(403);
    // Refusals name the agreement's own fields, so the form marks the right one.
    const same = await call(coordinator, 'POST', '/api/v1/housing/agreements', { ...agreement, for: 'GM0307', persons: 10 });
    expect({ status: same.status, field: same.body.field }).toEqual({ status: 400, field: 'body.for' });
    const unknown = await call(coordinator, 'POST', '/api/v1/housing/agreements', { ...agreement, for: 'GM0001', persons: 10 });
    expect({ status: unknown.status, field: unknown.body.field }).toEqual({ status: 400, field: 'body.for' });

    const agreed = await call<{ persons: number; surplusBefore: number }>(coordinator, 'POST', '/api/v1/housing/agreements', { ...agreement, persons: 10 });
    expect(agreed.status).toBe(201);
    expect(agreed.body).toMatchObject({ persons: 10, surplusBefore: surplus });
    const after = await forecastOf(coordinator, query);
    expect((cellOf(after, 'GM0307').corrected ?? 0) - (cellOf(before, 'GM0307').corrected ?? 0)).toBe(10);
    expect((cellOf(after, 'GM0344').corrected ?? 0) - (cellOf(before, 'GM0344').corrected ?? 0)).toBe(-10);
  });
});

// SPDX-License-Identifier: EUPL-1.2
/**
 * Integration records and tracks: scale and date checks, who sees what (404 outside the scope,
 * exactly like a missing record), and the append-only log of every read.
 */
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiApp } from '../../src/server/api-app.ts';
import { createHousehold } from '../../src/modules/households/create-household.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { deleteReadsBefore } from '../../src/modules/integration/read-log.repository.ts';
import type { Principal } from '../../src/shared/principal.ts';
import { buildTestApp } from '../app.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { principals } from './locations-setup.ts';

type Json = Record<string, unknown> & { code?: string; field?: string };

describe('[INTEGRATION] household tracks, scope and the read log', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = principals.officer('GM0344');
  const utrecht = principals.officer('GM0344');
  const amersfoort = principals.officer('GM0307');
  const coa = principals.coa(['azc-utrecht-1']);
  const call = async (as: Principal, method: 'GET' | 'PUT' | 'POST' | 'PATCH', url: string, payload?: object) => {
    caller = as;
    const response = await app.inject({ method, url, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json<Json>(), text: response.body };
  };
  const reads = (id: string) => database.query<{ actor: string; purpose: string; outcome: string }>('SELECT actor, purpose, outcome FROM household_reads WHERE household_id = $1 ORDER BY id', [id]);
  let householdId = '';

  beforeAll(async () => {
    database = await createTestDatabase({ shipped: true });
    app = await buildTestApp({ database, asPrincipal: () => caller });
    const household = await createHousehold({
      db: database.db,
      actor: 'system:test',
      input: { adults: 2, minors: 1, municipalityCode: 'GM0344', permitDate: '2016-01-15' },
    });
    householdId = household.id;
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('records the profile and tracks, and shows the waits on a reference date', async () => {
    const put = await call(utrecht, 'PUT', `/api/v1/integration/households/${householdId}`, {
      housedOn: '2016-04-22',
      dutchLevel: 'A2',
      civicIntegrationRoute: 'b1',
      civicIntegrationLevel: 'B1',
      iscoGroup: '72',
      iscedLevel: 3,
      interests: ['sport', 'technology'],
      careMobility: true,
    });
    expect(put.status).toBe(200);
    expect(put.body.profile).toMatchObject({ housedOn: '2016-04-22', dutchLevel: 'A2', care: { medical: false, mobility: true, psychosocial: false } });
    const language = await call(utrecht, 'POST', `/api/v1/integration/households/${householdId}/tracks`, { kind: 'language', startedOn: '2016-05-02' });
    expect(language.status).toBe(201);
    const work = await call(utrecht, 'POST', `/api/v1/integration/households/${householdId}/tracks`, { kind: 'work', workKind: 'traineeship', startedOn: '2016-09-01' });
    expect(work.status).toBe(201);
    const ended = await call(utrecht, 'PATCH', `/api/v1/integration/tracks/${String(language.body.id)}`, { endedOn: '2016-12-16' });
    expect(ended.body).toMatchObject({ kind: 'language', startedOn: '2016-05-02', endedOn: '2016-12-16' });
    const record = await call(utrecht, 'GET', `/api/v1/integration/households/${householdId}?asOf=2016-12-31`);
    expect(record.status).toBe(200);
    // Hand-worked: 15 Jan → 22 Apr 2016 = 98 days; 22 Apr → 2 May = 10; 22 Apr → 1 Sep = 132.
    expect(record.body.waits).toEqual([
      { indicator: 'permit_to_housing', from: '2016-01-15', to: '2016-04-22', days: 98, ongoing: false },
      { indicator: 'housing_to_language', from: '2016-04-22', to: '2016-05-02', days: 10, ongoing: false },
      { indicator: 'housing_to_education_or_work', from: '2016-04-22', to: '2016-09-01', days: 132, ongoing: false },
    ]);
  });

  it('refuses an end before the start and a level outside its scale, naming the field', async () => {
    const backwards = await call(utrecht, 'POST', `/api/v1/integration/households/${householdId}/tracks`, {
      kind: 'education',
      startedOn: '2016-09-01',
      endedOn: '2016-08-31',
    });
    expect(backwards).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', field: 'body.endedOn' } });
    const tracks = await call(utrecht, 'GET', `/api/v1/integration/households/${householdId}`);
    const track = (tracks.body.tracks as { id: string }[])[0];
    const patch = await call(utrecht, 'PATCH', `/api/v1/integration/tracks/${track?.id}`, { endedOn: '2016-01-01' });
    expect(patch).toMatchObject({ status: 400, body: { field: 'body.endedOn' } });
    for (const body of [{ dutchLevel: 'C1' }, { dutchLevel: 'a2' }, { civicIntegrationLevel: 'B3' }, { iscedLevel: 9 }]) {
      const refused = await call(utrecht, 'PUT', `/api/v1/integration/households/${householdId}`, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.field).toBe(`body.${Object.keys(body)[0]}`);
    }
    const beforePermit = await call(utrecht, 'PUT', `/api/v1/integration/households/${householdId}`, { housedOn: '2015-12-31' });
    expect(beforePermit).toMatchObject({ status: 400, body: { field: 'body.housedOn' } });
    const noWorkKind = await call(utrecht, 'POST', `/api/v1/integration/households/${householdId}/tracks`, { kind: 'work', startedOn: '2016-09-01' });
    expect(noWorkKind).toMatchObject({ status: 400, body: { field: 'body.workKind' } });
  });

  it('answers 404 outside the scope exactly as for a missing household, and logs both', async () => {
    const missing = crypto.randomUUID();
    const outside = await call(amersfoort, 'GET', `/api/v1/integration/households/${householdId}`);
    const absent = await call(amersfoort, 'GET', `/api/v1/integration/households/${missing}`);
    expect(outside.status).toBe(404);
    const { instance: _a, ...outsideProblem } = outside.body;
    const { instance: _b, ...absentProblem } = absent.body;
    expect(outsideProblem).toEqual(absentProblem);
    // COA sees the household only while it is in reception; this one is housed.
    expect((await call(coa, 'GET', `/api/v1/integration/households/${householdId}`)).status).toBe(404);
    expect((await call(principals.coordinator(), 'GET', `/api/v1/integration/households/${householdId}`)).status).toBe(404);
    expect((await call(principals.partner(), 'PUT', `/api/v1/integration/households/${householdId}`, { dutchLevel: 'B1' })).status).toBe(404);
    const log = await reads(householdId);
    expect(log.filter((row) => row.outcome === 'hidden').map((row) => row.actor)).toEqual([
      `person:${amersfoort.personId}`,
      `person:${coa.personId}`,
      `person:${principals.coordinator().personId}`,
      `person:${principals.partner().personId}`,
    ]);
    expect(log.filter((row) => row.outcome === 'shown').every((row) => row.actor === `person:${utrecht.personId}`)).toBe(true);
    expect(await reads(missing)).toEqual([{ actor: `person:${amersfoort.personId}`, purpose: 'record', outcome: 'hidden' }]);
  });

  it('lets COA see a household in reception', async () => {
    const inReception = await createHousehold({ db: database.db, actor: 'system:test', input: { adults: 1, minors: 0, permitDate: '2016-06-20' } });
    expect((await call(coa, 'GET', `/api/v1/integration/households/${inReception.id}`)).status).toBe(200);
    expect((await call(utrecht, 'GET', `/api/v1/integration/households/${inReception.id}`)).status).toBe(404);
  });

  it('keeps the read log append-only, except the retention bypass for rows older than two years', async () => {
    await expect(database.query('UPDATE household_reads SET actor = $1', ['x'])).rejects.toThrow(/append-only/);
    await expect(database.query('DELETE FROM household_reads')).rejects.toThrow(/append-only/);
    await expect(database.query('TRUNCATE household_reads')).rejects.toThrow(/append-only/);
    // The bypass does not reach rows younger than two years, even when asked to.
    const refused = await inTransaction(database.db, 'system:test', async (tx) => {
      await tx.execute(sql`select set_config('regietafel.retention', 'household_reads', true)`);
      await tx.execute(sql`DELETE FROM household_reads`);
    }).catch((error: Error) => `${error.message} ${String((error.cause as Error | undefined)?.message)}`);
    expect(refused).toMatch(/append-only/);
    // The retention job's delete keeps to the database's own two years even when its clock runs ahead.
    const before = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM household_reads');
    expect(await inTransaction(database.db, 'system:test', (tx) => deleteReadsBefore(tx, new Date(Date.now() + 86_400_000)))).toBe(0);
    expect(await inTransaction(database.db, 'system:test', (tx) => deleteReadsBefore(tx, new Date('2020-01-01')))).toBe(0);
    expect(await database.query('SELECT count(*)::int AS n FROM household_reads')).toEqual(before);
  });

  it('logs every route that returns one household: 404 outside the scope like a missing one, logged hidden', async () => {
    const [{ pseudonym } = { pseudonym: '' }] = await database.query<{ pseudonym: string }>('SELECT pseudonym FROM households WHERE id = $1', [householdId]);
    const missing = crypto.randomUUID();
    const routes: { method: 'GET' | 'PUT' | 'PATCH'; url: (id: string) => string; body?: object; purpose: string }[] = [
      { method: 'GET', url: (id) => `/api/v1/households/${id}`, purpose: 'household' },
      { method: 'PATCH', url: (id) => `/api/v1/households/${id}`, body: { adults: 2 }, purpose: 'household' },
      { method: 'PUT', url: (id) => `/api/v1/matching/households/${id}/profile`, body: { iscoMajorGroup: 7, tieMunicipalityCode: null, careNeed: false }, purpose: 'match_profile' },
      { method: 'GET', url: (id) => `/api/v1/integration/households/${id}`, purpose: 'record' },
      { method: 'GET', url: (id) => `/api/v1/integration/households/${id}/offer-matches`, purpose: 'record' },
      { method: 'GET', url: (id) => `/api/v1/integration/households/${id}/export`, purpose: 'export' },
    ];
    for (const route of routes) {
      const label = `${route.method} ${route.url(':id')}`;
      const before = (await reads(householdId)).length;
      const outside = await call(amersfoort, route.method, route.url(householdId), route.body);
      const absent = await call(amersfoort, route.method, route.url(missing), route.body);
      expect(outside.status, label).toBe(404);
      const { instance: _a, ...outsideProblem } = outside.body;
      const { instance: _b, ...absentProblem } = absent.body;
      expect(outsideProblem, label).toEqual(absentProblem);
      const shown = await call(utrecht, route.method, route.url(householdId), route.body);
      expect(shown.status, label).toBe(200);
      expect((await reads(householdId)).slice(before), label).toEqual([
        { actor: `person:${amersfoort.personId}`, purpose: route.purpose, outcome: 'hidden' },
        { actor: `person:${utrecht.personId}`, purpose: route.purpose, outcome: 'shown' },
      ]);
    }
    // By pseudonym: the same, logged under the household's id.
    const before = (await reads(householdId)).length;
    expect((await call(amersfoort, 'GET', `/api/v1/households/by-pseudonym/${pseudonym}`)).status).toBe(404);
    expect((await call(utrecht, 'GET', `/api/v1/households/by-pseudonym/${pseudonym}`)).status).toBe(200);
    expect((await reads(householdId)).slice(before).map((row) => row.outcome)).toEqual(['hidden', 'shown']);
  });
});

// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiApp } from '../../src/server/api-app.ts';
import { anonymous, type Principal } from '../../src/shared/principal.ts';
import { buildTestApp } from '../app.ts';
import type { TestDatabase } from '../db.ts';
import { createShippedDatabase, principals, setupTimeout } from './taakstelling-setup.ts';

type Problem = { code: string; field?: string; errors?: { file?: string; line?: number; field: string; message: string }[] };

describe('[TAAKSTELLING] realisations and households', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = anonymous;

  beforeAll(async () => {
    database = await createShippedDatabase();
    app = await buildTestApp({ database, asPrincipal: () => caller });
  }, setupTimeout);
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  const count = async (table: string): Promise<number> =>
    (await database.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n ?? -1;
  const upload = (csv: string, query = '') =>
    app.inject({ method: 'POST', url: `/api/v1/taakstelling/realisations/import${query}`, headers: { 'content-type': 'text/csv' }, payload: csv });
  const header = 'bronreferentie,gemeentecode,datum_huisvesting,personen,volwassenen,minderjarigen,huishouden,woning,herkomst_opvanglocatie';

  it('creates households with a random pseudonym, visible to the municipality and COA only', async () => {
    caller = principals.coordinator('PV26');
    const forbidden = await app.inject({ method: 'POST', url: '/api/v1/households', payload: { adults: 2, minors: 1, municipalityCode: 'GM0589' } });
    expect(forbidden.statusCode).toBe(403);
    caller = principals.officer('GM0589');
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/households',
      payload: { adults: 2, minors: 1, municipalityCode: 'GM0589', receptionLocation: 'AZC Test', permitDate: '2024-01-10' },
    });
    expect(created.statusCode).toBe(201);
    const household = created.json() as { id: string; pseudonym: string; size: number };
    expect(household.pseudonym).toMatch(/^HH-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(household.size).toBe(3);
    caller = principals.officer('GM0344');
    expect((await app.inject({ method: 'GET', url: `/api/v1/households/${household.id}` })).statusCode).toBe(404);
    caller = principals.coa();
    expect((await app.inject({ method: 'GET', url: `/api/v1/households/by-pseudonym/${household.pseudonym}` })).json()).toMatchObject({ id: household.id });
    const audit = await database.query<{ changes: Record<string, unknown> }>(
      `select changes from audit_log where table_name = 'households' and record_id = $1`,
      [household.id],
    );
    expect(audit[0]?.changes.pseudonym).toEqual({ redacted: true });
    expect(JSON.stringify(audit)).not.toContain(household.pseudonym);
  });

  it('imports a CSV in one go and is idempotent by source reference', async () => {
    caller = principals.officer('GM0589');
    const household = (await app.inject({ method: 'POST', url: '/api/v1/households', payload: { adults: 1, minors: 2, municipalityCode: 'GM0589' } })).json() as {
      pseudonym: string;
    };
    const csv = [
      header,
      `OW-2024-001,GM0589,2024-02-01,3,1,2,${household.pseudonym},project Tol,AZC Test`,
      'OW-2024-002,GM0589,2024-03-15,1,,,,,',
      'OW-2023-010,GM0589,2023-09-30,4,2,2,,"woning, tijdelijk",',
    ].join('\n');
    caller = principals.coordinator('PV26');
    const dry = await upload(csv, '?dryRun=true');
    expect(dry.json()).toMatchObject({ dryRun: true, inserted: 3, unchanged: 0 });
    expect(await count('realisations')).toBe(0);
    const first = await upload(csv);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ rows: 3, inserted: 3, unchanged: 0, persons: 8, periods: ['2023-II', '2024-I'] });
    const again = await upload(csv);
    expect(again.json()).toMatchObject({ rows: 3, inserted: 0, unchanged: 3 });
    expect(await count('realisations')).toBe(3);
    const totals = await database.query<{ period: string; persons: number; realisations: number }>(
      `select period, persons, realisations from realisation_totals where municipality_code = 'GM0589' order by period`,
    );
    expect(totals).toEqual([
      { period: '2023-II', persons: 4, realisations: 1 },
      { period: '2024-I', persons: 4, realisations: 2 },
    ]);
  });

  it('refuses a file with broken rows as a whole, naming each line and field', async () => {
    caller = principals.coordinator('PV26');
    const before = await count('realisations');
    const csv = [
      header,
      'X-1,GM0589,2024-02-01,-2,,,,,',
      'X-2,GM0589,2024-02-01,2.5,,,,,',
      'X-3,GM0620,2020-06-01,2,,,,,',
      'X-4,GM9999,2024-02-01,2,,,,,',
      'X-5,GM0589,2024-13-01,2,,,,,',
      'X-6,GM0589,2024-02-01,3,1,1,,,',
      'X-7,GM0589,2024-02-01,1,,,HH-0000-0000,,',
      'X-7,GM0589,2024-02-02,1,,,,,',
      'OW-2024-002,GM0589,2024-03-15,2,,,,,',
      'X-8,GM0589,2024-02-01,2,,,,,',
    ].join('\n');
    const response = await upload(csv);
    expect(response.statusCode).toBe(422);
    const problem = response.json() as Problem;
    expect(problem.code).toBe('IMPORT_INVALID');
    const where = (problem.errors ?? []).map((e) => `${e.line}:${e.field}`);
    expect(where).toEqual([
      '2:personen',
      '3:personen',
      '4:gemeentecode',
      '5:gemeentecode',
      '6:datum_huisvesting',
      '7:personen',
      '8:huishouden',
      '9:bronreferentie',
      '10:bronreferentie',
    ]);
    const message = (line: number) => problem.errors?.find((e) => e.line === line)?.message;
    expect(message(4)).toBe('GM0620 Vianen merged into GM1961 Vijfheerenlanden on 2019-01-01; record housings from that date on GM1961');
    expect(message(9)).toContain('first on line 8');
    expect(message(10)).toContain('was recorded before with other values (persons 1 → 2)');
    expect(await count('realisations')).toBe(before);
  });

  it('refuses a column it does not know, such as a name', async () => {
    caller = principals.coordinator('PV26');
    const response = await upload('bronreferentie,gemeentecode,datum_huisvesting,personen,naam\nN-1,GM0589,2024-02-01,1,Jan\n');
    expect(response.statusCode).toBe(422);
    expect((response.json() as Problem).errors?.[0]).toMatchObject({ line: 1, field: '(header)' });
  });

  it('refuses a whole file when one municipality is outside the caller’s scope', async () => {
    caller = principals.officer('GM0344');
    const before = await count('realisations');
    const response = await upload(`${header}\nU-1,GM0344,2024-02-01,2,,,,,\nU-2,GM0307,2024-02-01,2,,,,,\n`);
    expect(response.statusCode).toBe(403);
    expect(await count('realisations')).toBe(before);
  });

  it('records one realisation through the API with the same checks', async () => {
    caller = principals.officer('GM0344');
    const url = '/api/v1/taakstelling/municipalities/GM0344/realisations';
    const entry = { housedOn: '2024-04-02', persons: 2, adults: 2, minors: 0, sourceReference: 'UT-77' };
    const created = await app.inject({ method: 'POST', url, payload: entry });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ created: true, realisation: { period: '2024-I', persons: 2 } });
    const same = await app.inject({ method: 'POST', url, payload: entry });
    expect(same.statusCode).toBe(200);
    expect(same.json()).toMatchObject({ created: false });
    const changed = await app.inject({ method: 'POST', url, payload: { ...entry, persons: 3, adults: 3 } });
    expect(changed.statusCode).toBe(409);
    const cases: [Record<string, unknown>, string][] = [
      [{ housedOn: '2024-04-02', persons: 0 }, 'body.persons'],
      [{ housedOn: '2024-04-02', persons: 2.5 }, 'body.persons'],
      [{ housedOn: '2024-02-30', persons: 1 }, 'body.housedOn'],
      [{ housedOn: '2099-01-01', persons: 1 }, 'body.housedOn'],
      [{ housedOn: '2024-04-02', persons: 3, adults: 1, minors: 1 }, 'body.persons'],
    ];
    for (const [payload, field] of cases) {
      const response = await app.inject({ method: 'POST', url, payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect((response.json() as Problem).field).toBe(field);
    }
    caller = principals.officer('GM0589');
    expect((await app.inject({ method: 'POST', url, payload: entry })).statusCode).toBe(403);
  });

  it("shows realisation rows to the municipality and its province; pseudonyms only to the municipality", async () => {
    const url = '/api/v1/taakstelling/municipalities/GM0589/realisations?period=2024-I';
    caller = principals.officer('GM0589');
    const own = (await app.inject({ method: 'GET', url })).json() as { total: number; items: { household: string | null; hasHousehold: boolean }[] };
    expect(own.total).toBe(2);
    expect(own.items.some((item) => item.household?.startsWith('HH-'))).toBe(true);
    caller = principals.coordinator('PV26');
    const province = (await app.inject({ method: 'GET', url })).json() as typeof own;
    expect(province.total).toBe(2);
    expect(province.items.every((item) => item.household === null)).toBe(true);
    expect(province.items.some((item) => item.hasHousehold)).toBe(true);
    for (const other of [principals.officer('GM0344'), principals.coa(), principals.coordinator('PV27')]) {
      caller = other;
      expect((await app.inject({ method: 'GET', url })).statusCode).toBe(403);
    }
    caller = anonymous;
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });
});

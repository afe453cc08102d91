// SPDX-License-Identifier: EUPL-1.2
/**
 * The regional labour market through the API: the shipped example files import (marked as
 * example), bad files are refused whole with file:line: field, and every write is audited.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/env.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import { anonymous, type Principal } from '../../src/shared/principal.ts';
import { buildTestApp } from '../app.ts';
import type { TestDatabase } from '../db.ts';
import { createShippedDatabase, principals, setupTimeout } from './taakstelling-setup.ts';

type Problem = { code: string; field?: string; errors?: { file?: string; line?: number; field: string; message: string }[] };
type Overview = { anyExample: boolean; regions: { code: string; isExample: boolean; municipalities: string[]; shortages: { iscoMajorGroup: number; shortage: number }[] }[] };

const example = (name: string): string => readFileSync(path.join(projectRoot, 'data', 'examples', name), 'utf8');

describe('[LABOUR-MARKET] import and read', () => {
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

  const upload = (kind: 'regions' | 'shortages', csv: string, query = '?example=true&source=Voorbeeld') =>
    app.inject({ method: 'POST', url: `/api/v1/labour-market/${kind}/import${query}`, headers: { 'content-type': 'text/csv' }, payload: csv });
  const count = async (table: string): Promise<number> => (await database.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n ?? -1;

  it('refuses shortages for regions that were not imported', async () => {
    caller = principals.coordinator();
    const response = await upload('shortages', example('voorbeeld_arbeidsmarkt_krapte.csv'));
    expect(response.statusCode).toBe(422);
    expect((response.json() as Problem).errors?.[0]).toMatchObject({ line: 2, field: 'arbeidsmarktregio' });
  });

  it('imports the shipped example regions and shortages, marked as example, audited', async () => {
    caller = principals.coordinator();
    const regions = await upload('regions', example('voorbeeld_arbeidsmarktregios_utrecht.csv'));
    expect(regions.statusCode).toBe(200);
    expect(regions.json()).toMatchObject({ rows: 26, example: true, regions: ['VB-OOST', 'VB-WEST'] });
    const shortages = await upload('shortages', example('voorbeeld_arbeidsmarkt_krapte.csv'));
    expect(shortages.statusCode).toBe(200);
    caller = principals.officer('GM0344');
    const overview = (await app.inject({ method: 'GET', url: '/api/v1/labour-market' })).json() as Overview;
    expect(overview.anyExample).toBe(true);
    const west = overview.regions.find((region) => region.code === 'VB-WEST');
    expect(west?.isExample).toBe(true);
    expect(west?.municipalities).toContain('GM0344');
    expect(west?.shortages).toHaveLength(10);
    const trail = await database.query<{ actor: string }>(`select actor from audit_log where table_name = 'labour_market_shortages' limit 1`);
    expect(trail[0]?.actor).toBe(`person:${principals.coordinator().personId}`);
  });

  it('refuses a whole file for one bad row and writes nothing', async () => {
    caller = principals.coordinator();
    const before = await count('labour_market_shortages');
    const response = await upload('shortages', 'arbeidsmarktregio,isco_hoofdgroep,krapte,peildatum\nVB-WEST,1,0.2,2026-01-01\nVB-WEST,2,NaN,2026-01-01\n');
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'IMPORT_INVALID', field: 'krapte' });
    expect((response.json() as Problem).errors?.[0]).toMatchObject({ file: 'upload.csv', line: 3 });
    expect(await count('labour_market_shortages')).toBe(before);
  });

  it('refuses unknown municipalities, a missing source, and a body that is not CSV', async () => {
    caller = principals.coordinator();
    const unknown = await upload('regions', 'gemeentecode,arbeidsmarktregio,naam_arbeidsmarktregio\nGM9999,AM1,Regio\n');
    expect(unknown.statusCode).toBe(422);
    expect((unknown.json() as Problem).errors?.[0]).toMatchObject({ line: 2, field: 'gemeentecode' });
    const noSource = await upload('regions', example('voorbeeld_arbeidsmarktregios_utrecht.csv'), '?example=true');
    expect(noSource.statusCode).toBe(400);
    const json = await app.inject({ method: 'POST', url: '/api/v1/labour-market/regions/import?source=x', payload: { a: 1 } });
    expect(json.statusCode).toBe(415);
  });
});

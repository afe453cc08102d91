// SPDX-License-Identifier: EUPL-1.2
/** The practice library: publishing, Dutch full-text search, and queries that must never break SQL. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiApp } from '../../src/server/api-app.ts';
import type { Principal } from '../../src/shared/principal.ts';
import { buildTestApp } from '../app.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { principals } from './locations-setup.ts';

type List = { total: number; items: { title: string; municipality: { code: string } }[] };

describe('[PRACTICES] practice library with Dutch full-text search', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = principals.officer('GM0344');
  const call = async (as: Principal, method: 'GET' | 'POST', url: string, payload?: object) => {
    caller = as;
    const response = await app.inject({ method, url, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json<List & { code?: string; field?: string }>() };
  };
  const search = (q: string) => call(principals.coa([]), 'GET', `/api/v1/practices?q=${encodeURIComponent(q)}`);

  beforeAll(async () => {
    database = await createTestDatabase({ shipped: true });
    app = await buildTestApp({ database, asPrincipal: () => caller });
    await call(principals.officer('GM0344'), 'POST', '/api/v1/practices', {
      municipalityCode: 'GM0344',
      title: 'Voorbeeld: taallessen vanaf de eerste week in de noodopvang',
      whatWeDid: 'Vrijwilligers gaven taalcursussen in de sporthal, naast werk en scholing.',
      result: 'Meer deelnemers bleven ook na de verhuizing naar een woning naar de les komen.',
      lessons: 'Begin meteen; wacht niet op de huisvesting.',
      contact: 'Team Integratie, gemeente Utrecht',
      themes: ['language', 'reception'],
    });
    await call(principals.officer('GM0307'), 'POST', '/api/v1/practices', {
      municipalityCode: 'GM0307',
      title: 'Voorbeeld: leerbanen bij bouwbedrijven',
      whatWeDid: 'Werkgevers boden leerbanen aan statushouders met bouwervaring.',
      contact: 'Werkgeversservicepunt Amersfoort',
      themes: ['work'],
    });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('finds practices with Dutch stemming and ranks the title first', async () => {
    // Stemming: 'verhuizingen' finds 'verhuizing' (both stem to 'verhuiz'), 'leerbaan' finds 'leerbanen'.
    const found = await search('verhuizingen');
    expect(found.status).toBe(200);
    expect(found.body.items.map((item) => item.title)).toEqual(['Voorbeeld: taallessen vanaf de eerste week in de noodopvang']);
    expect((await search('leerbaan')).body.items.map((item) => item.municipality.code)).toEqual(['GM0307']);
    expect((await call(principals.coordinator(), 'GET', '/api/v1/practices?theme=work')).body.total).toBe(1);
    expect((await call(principals.coordinator(), 'GET', '/api/v1/practices')).body.total).toBe(2);
  });

  it.each(['"eerste week"', 'taal or werk', 'taal -bouw', "'; DROP TABLE practices; --", '&|!():*<->', '"onafgesloten', '\\', 'or', '-'])(
    'answers %s without an SQL error',
    async (q) => {
      const answer = await search(q);
      expect(answer.status).toBe(200);
      expect(Array.isArray(answer.body.items)).toBe(true);
    },
  );

  it('understands quotes and exclusion', async () => {
    expect((await search('"eerste week"')).body.total).toBe(1);
    expect((await search('"week eerste"')).body.total).toBe(0);
    expect((await search('voorbeeld -bouwbedrijven')).body.items.map((item) => item.municipality.code)).toEqual(['GM0344']);
  });

  it('lets an officer publish only for their own municipality, and hides the library from partners', async () => {
    const other = await call(principals.officer('GM0344'), 'POST', '/api/v1/practices', { municipalityCode: 'GM0307', title: 'X', whatWeDid: 'Y', contact: 'Z' });
    expect(other).toMatchObject({ status: 403, body: { field: 'body.municipalityCode' } });
    expect((await call(principals.partner(), 'GET', '/api/v1/practices')).status).toBe(403);
  });
});

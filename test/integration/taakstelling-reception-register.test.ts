// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiApp } from '../../src/server/api-app.ts';
import type { Principal } from '../../src/shared/principal.ts';
import type { TestDatabase } from '../db.ts';
import { buildLocationsTestApp, places } from './locations-setup.ts';
import { createShippedDatabase, principals, setupTimeout } from './taakstelling-setup.ts';

type Register = { places: number; locations: number; percentage: number | null; how: string } | null;
type Target = { scopeKind: string; kind: string; places: number; realised: number; register: Register };

const decided = (on: string) => ({ status: 'decided', on, decision: { outcome: 'yes', decidedBy: 'College van B&W' } });

describe('[TAAKSTELLING] reception progress from the locations register', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = principals.coordinator('PV26');

  beforeAll(async () => {
    database = await createShippedDatabase();
    app = await buildLocationsTestApp({ database, asPrincipal: () => caller });
    const base = { buildingType: 'office', address: 'Testlaan 1' };
    // Test locations, not real ones: a structural one of 300 places in Utrecht, open from
    // 1 February 2016, and an emergency one of 500 in Amersfoort, open 15 March - 31 May 2016.
    const locations = [
      { ...base, name: 'TEST A', kind: 'structural', ...places.utrecht, capacity: 300, steps: [{ status: 'idea', on: '2016-01-04' }, decided('2016-01-15'), { status: 'open', on: '2016-02-01' }] },
      {
        ...base,
        name: 'TEST B',
        kind: 'emergency',
        ...places.amersfoort,
        capacity: 500,
        steps: [{ status: 'idea', on: '2016-02-01' }, decided('2016-03-01'), { status: 'open', on: '2016-03-15' }, { status: 'closed', on: '2016-05-31' }],
      },
    ];
    for (const payload of locations) {
      const response = await app.inject({ method: 'POST', url: '/api/v1/locations', payload });
      expect(response.statusCode, response.body).toBe(201);
    }
  }, setupTimeout);
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  const target = async (asOf: string, kind: string): Promise<Target | undefined> => {
    caller = principals.coa();
    const response = await app.inject({ method: 'GET', url: `/api/v1/taakstelling/reception-targets?province=PV26&asOf=${asOf}` });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { targets: Target[] }).targets.find((t) => t.scopeKind === 'province' && t.kind === kind);
  };

  it('counts the capacity of the locations open on the date, by kind, beside the entered counts', async () => {
    // 1 April 2016: A (300, structural) and B (500, emergency) are open.
    const structural = await target('2016-04-01', 'structural');
    expect(structural).toMatchObject({ places: 2500, realised: 0 });
    expect(structural?.register).toMatchObject({ places: 300, locations: 2, percentage: Math.round((300 / 2500) * 1000) / 10 });
    const total = await target('2016-04-01', 'total');
    expect(total?.register).toMatchObject({ places: 800, percentage: Math.round((800 / 3000) * 1000) / 10 });
    expect(total?.register?.how).toContain('800 / 3,000 × 100');
  });

  it('drops a location once it is closed, and counts nothing before the first opening', async () => {
    expect((await target('2016-06-15', 'total'))?.register).toMatchObject({ places: 300, locations: 1 });
    expect((await target('2016-01-10', 'total'))?.register).toMatchObject({ places: 0, locations: 0, percentage: 0 });
  });
});

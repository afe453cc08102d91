// SPDX-License-Identifier: EUPL-1.2
/**
 * Across borders: a municipality without a good candidate (no weighted-sum score of at least the
 * threshold) is offered the locations of the municipalities sharing its border, computed from the
 * real CBS 2023 boundaries of Utrecht, Zeist, De Bilt and Amersfoort.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeighboursView } from '../../src/modules/siting/neighbours.schema.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import type { Principal } from '../../src/shared/principal.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { buildLocationsTestApp, loadMunicipalBoundaries, places, principals } from './locations-setup.ts';

const coordinator = principals.coordinator();

// Weights 1 and 1 on size and cost per place (both from the register), so the scores are easy to
// work out: Zeist is best on both (1), Utrecht worst on both (0), Amersfoort 1 × 0.5 + 0.5 × 0.5 = 0.75.
const sites = {
  utrecht: { name: 'Kantoor Utrecht', ...places.utrecht, capacity: 1000, yearlyCostEur: 30_000_000 },
  zeist: { name: 'Paviljoen Zeist', ...places.zeist, capacity: 300, yearlyCostEur: 3_000_000 },
  amersfoort: { name: 'School Amersfoort', ...places.amersfoort, capacity: 400, yearlyCostEur: 8_000_000 },
  deBilt: { name: 'Sporthal De Bilt', longitude: 5.1806, latitude: 52.1098, capacity: 150, yearlyCostEur: 1_500_000 },
};

describe('[SITING] candidates across municipal borders', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = coordinator;
  const ids: Record<string, string> = {};
  let scenario = '';
  const call = async <T>(method: 'GET' | 'POST', url: string, payload?: unknown) => {
    caller = coordinator;
    const response = await app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });
    return { status: response.statusCode, body: response.json() as T, text: response.body };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await loadMunicipalBoundaries(database, [{ code: 'GM0344' }, { code: 'GM0355' }, { code: 'GM0310' }, { code: 'GM0307' }]);
    app = await buildLocationsTestApp({ database, asPrincipal: () => caller });
    for (const [key, site] of Object.entries(sites)) {
      const created = await call<{ location: { id: string; municipality: { code: string } } }>('POST', '/api/v1/locations', { ...site, kind: 'structural', buildingType: 'office' });
      expect(created.status, created.text).toBe(201);
      ids[key] = created.body.location.id;
    }
    const { body } = await call<{ items: { id: string }[] }>('GET', '/api/v1/siting/criteria');
    const criteria = body.items.filter((c) => c.id === 'size' || c.id === 'cost_per_place').map((c) => ({ ...c, weight: 1 }));
    const created = await call<{ scenario: { id: string } }>('POST', '/api/v1/siting/scenarios', { name: 'Over de grens', provinceCode: 'PV26', criteria });
    scenario = created.body.scenario.id;
    for (const key of ['utrecht', 'zeist', 'amersfoort']) {
      expect((await call('POST', `/api/v1/siting/scenarios/${scenario}/candidates`, { locationId: ids[key] })).status).toBe(201);
    }
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('offers the candidates and locations of the neighbouring municipalities when none here is good', async () => {
    const { status, body } = await call<NeighboursView>('GET', `/api/v1/siting/scenarios/${scenario}/neighbours?municipality=GM0344`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ municipality: { code: 'GM0344', name: 'Utrecht' }, threshold: 0.5, status: 'none_good', best: { name: 'Kantoor Utrecht', score: 0 } });
    // Of the loaded municipalities, De Bilt and Zeist border Utrecht; Amersfoort does not.
    expect(body.neighbours.map((n) => n.name)).toEqual(['De Bilt', 'Zeist']);
    expect(body.offered.map((o) => [o.name, o.isCandidate, o.weightedSum?.score ?? null])).toEqual([
      ['Paviljoen Zeist', true, 1],
      ['Sporthal De Bilt', false, null],
    ]);
  });

  it('offers nothing where a candidate is good, and says plainly what "good" means', async () => {
    const { body } = await call<NeighboursView>('GET', `/api/v1/siting/scenarios/${scenario}/neighbours?municipality=GM0355`);
    expect(body).toMatchObject({ status: 'good', best: { name: 'Paviljoen Zeist', score: 1 }, offered: [] });
    expect(body.definition).toMatch(/weighted-sum score of at least 0.5/);
    // With a stricter threshold Amersfoort's 0.75 is no longer good enough.
    const strict = await call<NeighboursView>('GET', `/api/v1/siting/scenarios/${scenario}/neighbours?municipality=GM0307&threshold=0.8`);
    expect(strict.body).toMatchObject({ status: 'none_good', best: { score: 0.75 } });
  });

  it('treats a municipality without candidates as having none, and refuses an unknown one', async () => {
    const { body } = await call<NeighboursView>('GET', `/api/v1/siting/scenarios/${scenario}/neighbours?municipality=GM0310`);
    expect(body.status).toBe('none');
    expect(body.offered.map((o) => o.name)).toEqual(['Paviljoen Zeist', 'Kantoor Utrecht']);
    const unknown = await call<{ code: string }>('GET', `/api/v1/siting/scenarios/${scenario}/neighbours?municipality=GM9999`);
    expect(unknown.status).toBe(404);
  });
});

// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiApp } from '../../src/server/api-app.ts';
import { anonymous, type Principal } from '../../src/shared/principal.ts';
import { buildTestApp } from '../app.ts';
import type { TestDatabase } from '../db.ts';
import { createShippedDatabase, principals, setupTimeout } from './taakstelling-setup.ts';

type Target = { id: string | null; fromAdvice: boolean; scopeKind: string; scopeCode: string; kind: string; places: number; approximate: boolean; realised: number; percentage: number | null; how: string; sourceId: string };
type Progress = { targets: Target[]; sources: { id: string; note: string | null }[] };

/** Test figures only: the safety region's membership and the counts below are not real data. */
const testSource = { publisher: 'Test', title: 'TEST: fictional membership for an integration test' };

describe('[TAAKSTELLING] reception-place targets', () => {
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

  const progress = async (asOf: string): Promise<Progress> =>
    (await app.inject({ method: 'GET', url: `/api/v1/taakstelling/reception-targets?province=PV26&asOf=${asOf}` })).json() as Progress;
  const find = (body: Progress, scopeKind: string, kind: string) => body.targets.find((t) => t.scopeKind === scopeKind && t.kind === kind);

  it('shows the targets of the PCL advice, with the advice as source, before anything is entered', async () => {
    caller = principals.coa();
    const body = await progress('2016-03-01');
    expect(find(body, 'province', 'structural')).toMatchObject({ fromAdvice: true, places: 2500, approximate: false, realised: 0, sourceId: 'pcl-advies-utrecht-2016' });
    expect(find(body, 'province', 'total')).toMatchObject({ fromAdvice: true, places: 3000, approximate: true });
    expect(body.sources.find((s) => s.id === 'pcl-advies-utrecht-2016')?.note).toContain('per Veiligheidsregio 500');
    caller = anonymous;
    expect((await app.inject({ method: 'GET', url: '/api/v1/taakstelling/reception-targets?province=PV26' })).statusCode).toBe(401);
  });

  it('lets a coordinator enter a safety region with its members and source; nothing is assumed', async () => {
    const region = { name: 'Test veiligheidsregio', provinceCode: 'PV26', members: ['GM0344', 'GM0307'], source: testSource };
    caller = principals.officer('GM0344');
    expect((await app.inject({ method: 'PUT', url: '/api/v1/taakstelling/safety-regions/VR09', payload: region })).statusCode).toBe(403);
    caller = principals.coordinator('PV26');
    const outside = await app.inject({ method: 'PUT', url: '/api/v1/taakstelling/safety-regions/VR09', payload: { ...region, members: ['GM0344', 'GM0363'] } });
    expect(outside.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.members' });
    const saved = await app.inject({ method: 'PUT', url: '/api/v1/taakstelling/safety-regions/VR09', payload: region });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ code: 'VR09', members: ['GM0307', 'GM0344'], source: { title: testSource.title } });
    const twice = await app.inject({ method: 'PUT', url: '/api/v1/taakstelling/safety-regions/VR10', payload: { ...region, members: ['GM0344'] } });
    expect(twice.statusCode).toBe(409);
  });

  it('measures progress from the latest entered count of each location', async () => {
    caller = principals.coa();
    const counts = [
      { municipalityCode: 'GM0344', kind: 'emergency', locationReference: 'Testhal A', countedOn: '2015-11-01', places: 400 },
      { municipalityCode: 'GM0344', kind: 'emergency', locationReference: 'Testhal A', countedOn: '2015-12-15', places: 350 },
      { municipalityCode: 'GM0307', kind: 'structural', locationReference: 'Testlocatie B', countedOn: '2016-02-01', places: 800 },
    ];
    for (const payload of counts) {
      expect((await app.inject({ method: 'POST', url: '/api/v1/taakstelling/reception-places', payload })).statusCode).toBe(201);
    }
    const merged = { ...counts[0], municipalityCode: 'GM0620', countedOn: '2020-01-01' };
    expect((await app.inject({ method: 'POST', url: '/api/v1/taakstelling/reception-places', payload: merged })).json()).toMatchObject({ field: 'body.municipalityCode' });
    caller = principals.officer('GM0344');
    const elsewhere = { ...counts[2], countedOn: '2016-02-02' };
    expect((await app.inject({ method: 'POST', url: '/api/v1/taakstelling/reception-places', payload: elsewhere })).statusCode).toBe(403);

    expect(find(await progress('2015-11-30'), 'safety_region', 'emergency')).toMatchObject({ fromAdvice: true, places: 500, realised: 400, percentage: 80 });
    const march = await progress('2016-03-01');
    expect(find(march, 'safety_region', 'emergency')).toMatchObject({ realised: 350, percentage: 70 });
    expect(find(march, 'province', 'structural')).toMatchObject({ realised: 800, percentage: 32 });
    const total = find(march, 'province', 'total');
    expect(total).toMatchObject({ realised: 1150, percentage: 38.3 });
    expect(total?.how).toBe(
      '1,150 = latest emergency and structural counts on or before 2016-03-01 of 2 location(s) in 2 municipality(ies); 1,150 / 3,000 × 100 = 38.3%',
    );
  });

  it('distributes an entered target over the municipalities by population × factor, summing exactly', async () => {
    caller = principals.coordinator('PV26');
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/taakstelling/reception-targets',
      payload: { scopeKind: 'province', scopeCode: 'PV26', kind: 'structural', places: 2500, periodLabel: '2016 en verder', source: { advice: true } },
    });
    expect(created.statusCode).toBe(201);
    const id = (created.json() as { id: string }).id;
    const missing = await app.inject({ method: 'POST', url: `/api/v1/taakstelling/reception-targets/${id}/distribute`, payload: { referenceDate: '2016-01-01' } });
    expect(missing.json()).toMatchObject({ code: 'DATA_MISSING' });
    const preview = await app.inject({
      method: 'POST',
      url: `/api/v1/taakstelling/reception-targets/${id}/distribute`,
      payload: { referenceDate: '2024-06-01', factors: { GM0344: 0.5 } },
    });
    const result = preview.json() as { saved: boolean; populationReferenceDate: string; rows: { code: string; target: number; formula: string }[] };
    expect(result).toMatchObject({ saved: false, populationReferenceDate: '2024-01-01' });
    expect(result.rows).toHaveLength(26);
    expect(result.rows.reduce((sum, row) => sum + row.target, 0)).toBe(2500);
    expect(result.rows.find((row) => row.code === 'GM0344')?.formula).toMatch(/^2,500 × 374,238 × 0\.5 \/ /);
    await app.inject({ method: 'POST', url: `/api/v1/taakstelling/reception-targets/${id}/distribute`, payload: { referenceDate: '2024-06-01', save: true } });
    const body = await progress('2016-03-01');
    expect(find(body, 'province', 'structural')).toMatchObject({ fromAdvice: false, id });
    const municipal = body.targets.filter((t) => t.scopeKind === 'municipality');
    expect(municipal).toHaveLength(26);
    expect(municipal.reduce((sum, t) => sum + t.places, 0)).toBe(2500);
    caller = principals.coordinator('PV27');
    expect((await app.inject({ method: 'POST', url: `/api/v1/taakstelling/reception-targets/${id}/distribute`, payload: {} })).statusCode).toBe(403);
  });
});

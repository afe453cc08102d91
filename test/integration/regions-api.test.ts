// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ensureShippedData } from '../../src/modules/regions/ensure-shipped-data.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import type {
  municipalityDetailSchema,
  municipalityListSchema,
  municipalityMapSchema,
  provinceListSchema,
  sourceListSchema,
} from '../../src/modules/regions/region.schema.ts';
import { anonymous, type Principal } from '../../src/shared/principal.ts';
import { buildTestApp } from '../app.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';

type MunicipalityList = z.infer<typeof municipalityListSchema>;
type MunicipalityDetail = z.infer<typeof municipalityDetailSchema>;
type ProvinceList = z.infer<typeof provinceListSchema>;
type MunicipalityMap = z.infer<typeof municipalityMapSchema>;
type SourceList = z.infer<typeof sourceListSchema>;
type Problem = { code: string; field?: string };

describe('[REGIONS] public regions API', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = anonymous;
  const get = async <T = Problem>(url: string) => {
    const response = await app.inject({ method: 'GET', url });
    return { status: response.statusCode, type: String(response.headers['content-type']), body: response.json() as T };
  };
  const populationSum = (list: MunicipalityList) => list.items.reduce((sum, m) => sum + (m.population ?? 0), 0);

  beforeAll(async () => {
    database = await createTestDatabase();
    const lines: string[] = [];
    const report = await ensureShippedData({ database, log: (line) => lines.push(line) });
    expect(report?.totals.inserted).toBeGreaterThan(8000);
    expect(lines[0]).toMatch(/first start/);
    app = await buildTestApp({ database, asPrincipal: () => caller });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('loads the shipped data on first start only', async () => {
    expect(await ensureShippedData({ database, log: () => undefined })).toBeUndefined();
    const [row] = await database.query<{ actor: string }>("SELECT DISTINCT actor FROM audit_log WHERE table_name = 'municipalities'");
    expect(row?.actor).toBe('system:first-start');
  });

  it('lists the 26 municipalities of Utrecht for 2025 with the CBS 1 January 2024 figures', async () => {
    const { status, body } = await get<MunicipalityList>('/api/v1/municipalities?province=PV26');
    expect(status).toBe(200);
    expect(body.year).toBe(2025);
    expect(body.total).toBe(26);
    const utrecht = body.items.find((m) => m.code === 'GM0344');
    expect(utrecht).toEqual({
      code: 'GM0344',
      name: 'Utrecht',
      provinceCode: 'PV26',
      provinceName: 'Utrecht',
      population: 374238,
      populationReferenceDate: '2024-01-01',
      populationSourceId: 'cbs-85984NED-2024',
    });
    expect(populationSum(body)).toBe(1400057);
    const source = body.sources.find((s) => s.id === 'cbs-85984NED-2024');
    expect(source).toMatchObject({
      publisher: 'CBS',
      table: '85984NED',
      title: 'Kerncijfers wijken en buurten 2024',
      referenceDate: '2024-01-01',
      licence: expect.stringContaining('CC BY 4.0'),
      note: expect.stringContaining('GqtHqb/Bevolkingskarakteristiek'),
    });
    expect(body.sources.map((s) => s.id)).toContain('cbs-gemeentelijke-indeling-2016-2025');
  });

  it('uses the latest figure on or before 1 January of the year asked', async () => {
    const y2023 = (await get<MunicipalityList>('/api/v1/municipalities?province=PV26&year=2023')).body;
    expect(y2023.items.find((m) => m.code === 'GM0344')?.population).toBe(367947);
    expect(populationSum(y2023)).toBe(1387643);
    const y2018 = (await get<MunicipalityList>('/api/v1/municipalities?province=PV26&year=2018')).body;
    expect(y2018.total).toBe(26);
    expect(y2018.items.map((m) => m.code)).toContain('GM0620');
    expect(y2018.items.every((m) => m.population === null)).toBe(true);
  });

  it('lists the whole country per year', async () => {
    expect((await get<MunicipalityList>('/api/v1/municipalities')).body.total).toBe(342);
    expect((await get<MunicipalityList>('/api/v1/municipalities?year=2016')).body.total).toBe(390);
  });

  it.each([
    ['/api/v1/municipalities?year=2015', 'querystring.year'],
    ['/api/v1/municipalities?province=Utrecht', 'querystring.province'],
    ['/api/v1/municipalities/0344', 'params.code'],
    ['/api/v1/provinces/26/municipalities.geojson', 'params.code'],
  ])('answers 400 naming the field for %s', async (url, field) => {
    const { status, type, body } = await get(url);
    expect(status).toBe(400);
    expect(type).toContain('application/problem+json');
    expect(body).toMatchObject({ code: 'VALIDATION_FAILED', field });
  });

  it.each(['/api/v1/municipalities/GM9999', '/api/v1/municipalities?province=PV99', '/api/v1/provinces/PV99/municipalities.geojson'])(
    'answers 404 problem+json for %s',
    async (url) => {
      const { status, type, body } = await get(url);
      expect(status).toBe(404);
      expect(type).toContain('application/problem+json');
      expect(body.code).toBe('NOT_FOUND');
    },
  );

  it('shows a former municipality with its successor and 2016 boundary', async () => {
    const { status, body } = await get<MunicipalityDetail>('/api/v1/municipalities/GM0620');
    expect(status).toBe(200);
    expect(body).toMatchObject({ code: 'GM0620', name: 'Vianen', provinceCode: 'PV26', activeUntil: '2019-01-01' });
    expect(body.successors).toEqual([
      { code: 'GM1961', name: 'Vijfheerenlanden', effectiveDate: '2019-01-01', derivation: 'geometry', territoryShare: expect.any(Number) },
    ]);
    expect(body.boundary?.year).toBe(2016);
    expect(body.boundary?.feature).toMatchObject({ type: 'Feature', geometry: { type: expect.stringMatching(/Polygon/) } });
    expect(body.years.filter((y) => y.active).map((y) => y.year)).toEqual([2016, 2017, 2018]);
    expect(body.population).toEqual([]);
  });

  it('shows a merged municipality with its predecessors, population history and sources', async () => {
    const { body } = await get<MunicipalityDetail>('/api/v1/municipalities/GM1961');
    expect(body.predecessors.map((p) => p.code).sort()).toEqual(['GM0545', 'GM0620', 'GM0707']);
    expect(body.population).toEqual([
      { referenceDate: '2023-01-01', population: expect.any(Number), sourceId: 'cbs-wijkbuurtkaart-2023-gemeenten' },
      { referenceDate: '2024-01-01', population: expect.any(Number), sourceId: 'cbs-85984NED-2024' },
    ]);
    expect(body.boundary).toMatchObject({ year: 2023, sourceId: 'cbs-wijkbuurtkaart-2023-gemeenten' });
    expect(body.sources.map((s) => s.id).sort()).toEqual([
      'cbs-85984NED-2024',
      'cbs-gemeentelijke-indeling-2016-2025',
      'cbs-wijkbuurtkaart-2023-gemeenten',
    ]);
  });

  it('lists provinces with their municipality count and summed population', async () => {
    const { status, body } = await get<ProvinceList>('/api/v1/provinces');
    expect(status).toBe(200);
    expect(body.items).toHaveLength(12);
    expect(body.items.find((p) => p.code === 'PV26')).toEqual({
      code: 'PV26',
      name: 'Utrecht',
      municipalityCount: 26,
      year: 2025,
      population: 1400057,
      populationReferenceDate: '2024-01-01',
      populationSourceId: 'cbs-85984NED-2024',
    });
    expect(body.items.reduce((sum, p) => sum + (p.population ?? 0), 0)).toBe(17942942);
    const y2016 = (await get<ProvinceList>('/api/v1/provinces?year=2016')).body;
    expect(y2016.items.find((p) => p.code === 'PV26')).toMatchObject({ municipalityCount: 26, population: null });
  });

  it('serves the choropleth of a province with the boundary that fits each year', async () => {
    const map = await get<MunicipalityMap>('/api/v1/provinces/PV26/municipalities.geojson');
    expect(map.status).toBe(200);
    expect(map.type).toContain('application/geo+json');
    expect(map.body).toMatchObject({ type: 'FeatureCollection', boundaryYear: 2023, year: 2025, withoutBoundary: [] });
    expect(map.body.features).toHaveLength(26);
    expect(map.body.features.find((f) => f.id === 'GM0344')?.properties).toEqual({
      code: 'GM0344',
      name: 'Utrecht',
      population: 374238,
      populationReferenceDate: '2024-01-01',
      boundaryYear: 2023,
    });
    const y2016 = (await get<MunicipalityMap>('/api/v1/provinces/PV26/municipalities.geojson?year=2016')).body;
    expect(y2016.boundaryYear).toBe(2016);
    expect(y2016.features.map((f) => f.id)).toContain('GM0620');
    const y2019 = (await get<MunicipalityMap>('/api/v1/provinces/PV26/municipalities.geojson?year=2019')).body;
    expect(y2019.features.find((f) => f.id === 'GM1961')?.properties.boundaryYear).toBe(2023);
  });

  it('lists every source', async () => {
    const { status, body } = await get<SourceList>('/api/v1/sources');
    expect(status).toBe(200);
    expect(body.items.map((s) => s.id)).toEqual(expect.arrayContaining(['cbs-85984NED-2024', 'cbs-gebiedsindelingen-2016']));
  });
});

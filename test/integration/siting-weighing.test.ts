// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rank } from '../../src/modules/siting/engine/rank.ts';
import { validateRankInput } from '../../src/modules/siting/engine/validate.ts';
import type { WeighingView } from '../../src/modules/siting/siting.schema.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import { anonymous, type Principal } from '../../src/shared/principal.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { buildLocationsTestApp, loadMunicipalBoundaries, principals } from './locations-setup.ts';
import { haversineKm, loadAreaFixtures, shippedSupermarkets } from './siting-setup.ts';

type Problem = { code: string; field?: string; detail?: string; rule?: string };
const coordinator = principals.coordinator();
const decided = { status: 'decided', on: '2016-02-15', decision: { outcome: 'yes', decidedBy: 'Provinciale Regietafel' } };
const steps = [{ status: 'idea', on: '2016-01-10' }];

/** Three candidates at real places (2016 wijk named in the comment). */
const sites = {
  // Wijk 06 Binnenstad, Utrecht: KWB 2024 density 7,785/km²; 300 places; EUR 3,000,000 a year → EUR 10,000 per place.
  binnenstad: { name: 'Kantoor Binnenstad', longitude: 5.1213, latitude: 52.0907, capacity: 300, yearlyCostEur: 3_000_000, plannedFrom: '2016-06-01' },
  // Wijk 01 Stadskern, Amersfoort: KWB 2024 "Stadskern" 8,311/km², KWB 2023 supermarket 0.5 km; 1,000 places.
  stadskern: { name: 'Pand Stadskern', longitude: 5.387, latitude: 52.1561, capacity: 1000, yearlyCostEur: 6_000_000, oneOffCostEur: 1_200_000, plannedFrom: '2016-04-01', plannedUntil: '2017-03-31' },
  // Wijk 18 De Berg Noord, Amersfoort: no wijk of that name after 2016 → municipal density 2,590/km² (CBS 2024).
  deBerg: { name: 'Paviljoen De Berg', longitude: 5.3739, latitude: 52.1532, capacity: 450, yearlyCostEur: 5_400_000, plannedFrom: '2016-09-01' },
};

describe('[SITING] the weighing over the API', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = coordinator;
  const ids: Record<keyof typeof sites, string> = { binnenstad: '', stadskern: '', deBerg: '' };
  let scenario = '';
  const call = async <T = WeighingView>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown, as: Principal = coordinator) => {
    caller = as;
    const response = await app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });
    const type = String(response.headers['content-type']);
    return { status: response.statusCode, body: (/json/.test(type) ? response.json() : null) as T, text: response.body, type };
  };
  const value = (view: WeighingView, site: keyof typeof sites, criterion: string) =>
    view.candidates.find((c) => c.location.id === ids[site])?.values.find((v) => v.criterionId === criterion);

  beforeAll(async () => {
    database = await createTestDatabase();
    await loadMunicipalBoundaries(database, [{ code: 'GM0344' }, { code: 'GM0307' }, { code: 'GM0363', provinceCode: 'PV27' }]);
    await loadAreaFixtures(database, ['GM0344', 'GM0307']);
    app = await buildLocationsTestApp({ database, asPrincipal: () => caller });
    for (const key of Object.keys(sites) as (keyof typeof sites)[]) {
      const body = { ...sites[key], kind: 'structural', buildingType: 'office', costSource: 'Begroting COA 2016', steps };
      const created = await call<{ location: { id: string } }>('POST', '/api/v1/locations', body);
      expect(created.status, created.text).toBe(201);
      ids[key] = created.body.location.id;
    }
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('creates a scenario with the default criteria and loads the COA cost reference with its source', async () => {
    const created = await call('POST', '/api/v1/siting/scenarios', { name: 'Structurele opvang 2016', provinceCode: 'PV26', referenceDate: '2016-03-01', seed: 20160308 });
    expect(created.status, created.text).toBe(201);
    scenario = created.body.scenario.id;
    expect(created.body.scenario).toMatchObject({ seed: 20160308, referenceDate: '2016-03-01', provinceName: 'Utrecht' });
    expect(created.body.criteria.map((c) => c.id)).toEqual([
      'size', 'inhabited_area', 'address_density', 'supermarket_km', 'primary_school_km', 'gp_km', 'station_km', 'neighbours', 'cost_per_place', 'time_to_realise', 'integration', 'public_support',
    ]);
    expect(created.body.criteria[0]?.rationaleNl).toMatch(/Kleine opvanglocaties \(tot 500 personen\)/);
    expect(created.body.costReference.map((r) => [r.receptionKind, r.eurPerResidentPerYear])).toEqual([
      ['emergency', 53400],
      ['regular', 27100],
    ]);
    expect(created.body.sources.find((s) => s.id === 'coa-kosten-per-bewoner-2022')?.url).toMatch(/coa\.nl/);
    expect(created.body.notRanked).toMatch(/no candidates/);
  });

  it('derives each value from the register, the CBS figures or a facility layer, and says which', async () => {
    expect((await call('POST', '/api/v1/siting/facility-layers/shipped')).status).toBe(201);
    for (const id of Object.values(ids)) {
      expect((await call('POST', `/api/v1/siting/scenarios/${scenario}/candidates`, { locationId: id })).status).toBe(201);
    }
    const { body } = await call('GET', `/api/v1/siting/scenarios/${scenario}`);
    expect(value(body, 'stadskern', 'size')).toMatchObject({ value: 0.5, origin: 'register' });
    expect(value(body, 'deBerg', 'size')?.value).toBe(1);
    expect(value(body, 'binnenstad', 'inhabited_area')).toMatchObject({ value: 7785, origin: 'cbs', level: 'wijk' });
    expect(value(body, 'stadskern', 'inhabited_area')).toMatchObject({ value: 8311, origin: 'cbs', level: 'wijk' });
    expect(value(body, 'deBerg', 'inhabited_area')).toMatchObject({ value: 2590, origin: 'cbs', level: 'gemeente' });
    expect(value(body, 'deBerg', 'inhabited_area')?.explain.en).toMatch(/municipal level because wijk "Wijk 18 De Berg Noord" has no figure/);
    // Address density (CBS KWB 2023, gemeenten: Utrecht 3,588, Amersfoort 2,400 addresses/km²): the shipped wijk tables
    // have none, so it is the municipality's, and says so even where the wijk is matched.
    expect(value(body, 'binnenstad', 'address_density')).toMatchObject({ value: 3588, origin: 'cbs', level: 'gemeente' });
    expect(value(body, 'binnenstad', 'address_density')?.explain.en).toMatch(/3,588 addresses\/km² .* municipal level because the CBS wijk tables have no such figure for wijk "Wijk 06 Binnenstad"/);
    expect(value(body, 'deBerg', 'address_density')).toMatchObject({ value: 2400, origin: 'cbs', level: 'gemeente' });
    expect(value(body, 'deBerg', 'address_density')?.sourceIds).toEqual(['cbs-wijkbuurtkaart-2023-gemeenten']);
    // Utrecht is covered by the OSM layer: the nearest of its 75 supermarkets, checked by hand here.
    const nearest = Math.min(...shippedSupermarkets().map((s) => haversineKm({ lon: 5.1213, lat: 52.0907 }, s)));
    expect(value(body, 'binnenstad', 'supermarket_km')?.origin).toBe('layer');
    expect(value(body, 'binnenstad', 'supermarket_km')?.value).toBeCloseTo(nearest, 6);
    // Amersfoort is not: the CBS distance of the wijk (2023), else of the municipality.
    expect(value(body, 'stadskern', 'supermarket_km')).toMatchObject({ value: 0.5, origin: 'cbs', level: 'wijk' });
    expect(value(body, 'deBerg', 'supermarket_km')).toMatchObject({ value: 0.8, origin: 'cbs', level: 'gemeente' });
    // 1 April 2016 to 31 March 2017 inclusive is 365 days: (6,000,000 + 1,200,000 / (365/365.25 years)) / 1,000 places.
    expect(value(body, 'stadskern', 'cost_per_place')?.value).toBeCloseTo(6000 + 1_200_000 / (365 / 365.25) / 1000, 6);
    expect(value(body, 'binnenstad', 'time_to_realise')?.value).toBeCloseTo(92 / 30.4375, 9);
    expect(value(body, 'binnenstad', 'gp_km')).toMatchObject({ value: null, origin: 'missing' });
    expect(body.complete).toBe(false);
    expect(body.methods).toBeNull();
  });

  it('ranks with both methods once every weighted value is there, each score explained per criterion', async () => {
    const zero = await call('PUT', `/api/v1/siting/scenarios/${scenario}/weights`, { weights: { primary_school_km: 0, gp_km: 0, station_km: 0 } });
    expect(zero.body.missing.map((m) => m.criterionId).sort()).toEqual([...Array(3).fill('integration'), ...Array(3).fill('neighbours'), ...Array(3).fill('public_support')].sort());
    const entered = { neighbours: [120, 40, 15], integration: [4, 3, 3], public_support: [3, 2, 4] };
    for (const [criterion, values] of Object.entries(entered)) {
      for (const [i, key] of (['binnenstad', 'stadskern', 'deBerg'] as const).entries()) {
        const url = `/api/v1/siting/scenarios/${scenario}/candidates/${ids[key]}/values/${criterion}`;
        expect((await call('PUT', url, { value: values[i], source: 'Schouw gemeente en COA, februari 2016' })).status).toBe(200);
      }
    }
    const { body } = await call('GET', `/api/v1/siting/scenarios/${scenario}`);
    expect(body.complete).toBe(true);
    expect(value(body, 'deBerg', 'neighbours')).toMatchObject({ value: 15, origin: 'entered', entered: { source: 'Schouw gemeente en COA, februari 2016' } });
    for (const method of ['weighted-sum', 'topsis'] as const) {
      const ranking = body.methods?.[method] ?? [];
      expect(ranking.map((r) => r.rank)).toEqual([1, 2, 3]);
      for (const r of ranking) {
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(r.contributions.reduce((sum, c) => sum + c.contribution, 0)).toBeCloseTo(r.score, 9);
      }
      const counts = body.sensitivity?.methods[method] ?? [];
      expect(counts.reduce((sum, c) => sum + c.first, 0)).toBe(1000);
      expect(counts.reduce((sum, c) => sum + c.topThree, 0)).toBe(3000);
    }
    expect(body.sensitivity).toMatchObject({ seed: 20160308, draws: 1000, low: 0.8, high: 1.2 });
    // The memo's "check it yourself" input gives the same ranking through the engine the CLI runs.
    const memo = (await call('GET', `/api/v1/siting/scenarios/${scenario}/memo`)).text;
    const json = /<pre>(\{&quot;criteria&quot;.*)<\/pre>/.exec(memo)?.[1]?.replace(/&quot;/g, '"') as string;
    const checked = validateRankInput(JSON.parse(json));
    expect(checked.ok).toBe(true);
    for (const method of ['weighted-sum', 'topsis'] as const) {
      const again = rank(checked.ok ? checked.input : { criteria: [], candidates: [] }, method).map((r) => [r.id, r.score]);
      expect(again).toEqual(body.methods?.[method].map((r) => [r.locationId, r.score]));
    }
  });

  it('exports the entered values as CSV and imports such a file again, all or nothing, naming each bad line', async () => {
    const exported = await call('GET', `/api/v1/siting/scenarios/${scenario}/values.csv`);
    expect(exported.status).toBe(200);
    expect(exported.type).toMatch(/text\/csv/);
    const lines = exported.text.trim().split('\r\n');
    expect(lines[0]).toBe('location_id,location_name,criterion_id,value,source,note,entered_at');
    expect(lines).toHaveLength(1 + 9);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${ids.deBerg},Paviljoen De Berg,neighbours,15,"Schouw gemeente en COA, februari 2016",,`)));
    const post = (text: string, query = '') =>
      app.inject({ method: 'POST', url: `/api/v1/siting/scenarios/${scenario}/values/import?fileName=waarden.csv${query}`, headers: { 'content-type': 'text/csv' }, payload: text });
    caller = coordinator;
    // One bad line refuses the whole file: the good line is not written either.
    const bad = await post(
      `location_id,criterion_id,value,source\n${ids.deBerg},public_support,5,Bewonersavond april 2016\n${ids.deBerg},price,1,X\n${ids.binnenstad},integration,,COA\n00000000-0000-4000-8000-000000000001,integration,2,COA\n`,
    );
    expect(bad.statusCode).toBe(422);
    const problem = bad.json() as { code: string; errors: { line: number; field: string; message: string }[] };
    expect(problem.code).toBe('IMPORT_INVALID');
    expect(problem.errors.map((e) => [e.line, e.field])).toEqual([
      [4, 'value'],
      [3, 'criterion_id'],
      [5, 'location_id'],
    ]);
    expect(problem.errors[1]?.message).toMatch(/the scenario has no criterion "price"/);
    expect(value((await call('GET', `/api/v1/siting/scenarios/${scenario}`)).body, 'deBerg', 'public_support')?.value).toBe(4);
    // The export, with one value changed, imports again; a dry run writes nothing.
    const changed = exported.text.replace(`${ids.deBerg},Paviljoen De Berg,public_support,4,`, `${ids.deBerg},Paviljoen De Berg,public_support,5,`);
    expect(changed).not.toBe(exported.text);
    expect((await post(changed, '&dryRun=true')).json()).toEqual({ rows: 9, imported: 0 });
    expect(value((await call('GET', `/api/v1/siting/scenarios/${scenario}`)).body, 'deBerg', 'public_support')?.value).toBe(4);
    const good = await post(changed);
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json()).toEqual({ rows: 9, imported: 9 });
    const after = (await call('GET', `/api/v1/siting/scenarios/${scenario}`)).body;
    expect(value(after, 'deBerg', 'public_support')).toMatchObject({ value: 5, origin: 'entered', entered: { source: 'Schouw gemeente en COA, februari 2016' } });
    // Back to the value the later tests expect.
    expect((await call('PUT', `/api/v1/siting/scenarios/${scenario}/candidates/${ids.deBerg}/values/public_support`, { value: 4, source: 'Schouw gemeente en COA, februari 2016' })).status).toBe(200);
    // Another municipality's officer cannot import into this scenario (hidden: 404).
    caller = principals.officer('GM0307');
    expect((await post(changed)).statusCode).toBe(404);
  });

  it('changes the ranking when the weights change', async () => {
    const order = (view: WeighingView) => view.methods?.['weighted-sum'].map((r) => r.locationId);
    const only = (criterion: string) =>
      Object.fromEntries(['size', 'inhabited_area', 'address_density', 'supermarket_km', 'neighbours', 'cost_per_place', 'time_to_realise', 'integration', 'public_support'].map((c) => [c, c === criterion ? 1 : 0]));
    // Cost only (less is better): 7,200.8 (Stadskern) < 10,000 (Binnenstad) < 12,000 (De Berg).
    expect(order((await call('PUT', `/api/v1/siting/scenarios/${scenario}/weights`, { weights: only('cost_per_place') })).body)).toEqual([ids.stadskern, ids.binnenstad, ids.deBerg]);
    // Neighbours only (fewer homes nearby is better): 15 (De Berg) < 40 (Stadskern) < 120 (Binnenstad).
    expect(order((await call('PUT', `/api/v1/siting/scenarios/${scenario}/weights`, { weights: only('neighbours') })).body)).toEqual([ids.deBerg, ids.stadskern, ids.binnenstad]);
  });

  it.each([
    ['weights all zero', { weights: { neighbours: 0 } }, 'body.weights', 'weights_all_zero'],
    ['an unknown criterion', { weights: { price: 1 } }, 'body.weights.price', undefined],
    ['a negative weight', { weights: { size: -1 } }, 'body.weights.size', undefined],
  ])('refuses %s', async (_, payload, field, rule) => {
    const { status, body } = await call<Problem>('PUT', `/api/v1/siting/scenarios/${scenario}/weights`, payload);
    expect(status).toBe(400);
    expect(body.field).toBe(field);
    expect(body.rule).toBe(rule);
  });

  it('compares 2 to 4 candidates side by side, with the scores of the whole weighing', async () => {
    const both = `${ids.deBerg},${ids.binnenstad}`;
    const { status, body } = await call('GET', `/api/v1/siting/scenarios/${scenario}/compare?candidates=${both}`);
    expect(status).toBe(200);
    expect(body.candidates.map((c) => c.location.id)).toEqual([ids.deBerg, ids.binnenstad]);
    expect(body.methods?.['weighted-sum'].map((r) => r.rank)).toEqual([1, 3]);
    expect((await call('GET', `/api/v1/siting/scenarios/${scenario}/compare?candidates=${ids.deBerg}`)).status).toBe(400);
    // Three side by side; five are refused (2 to 4).
    const three = await call('GET', `/api/v1/siting/scenarios/${scenario}/compare?candidates=${ids.stadskern},${ids.deBerg},${ids.binnenstad}`);
    expect(three.body.candidates.map((c) => c.location.id)).toEqual([ids.stadskern, ids.deBerg, ids.binnenstad]);
    const five = Array.from({ length: 5 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`).join(',');
    const tooMany = await call<Problem>('GET', `/api/v1/siting/scenarios/${scenario}/compare?candidates=${five}&lang=en`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.detail).toMatch(/compare 2 to 4 candidates/);
  });

  it('prints the decision memo in Dutch, and in English on request', async () => {
    const nl = await call('GET', `/api/v1/siting/scenarios/${scenario}/memo`);
    expect(nl.type).toMatch(/text\/html/);
    expect(nl.text).toMatch(/<html lang="nl">/);
    expect(nl.text).toMatch(/Besluitnotitie locatiekeuze: Structurele opvang 2016/);
    expect(nl.text).toMatch(/startgetal \(seed\) 20160308/);
    expect(nl.text).toMatch(/EUR 27\.100/);
    expect(nl.text).toMatch(/Kerncijfers wijken en buurten 2024/);
    // Weights with their share, every candidate's values with where they came from, both breakdowns, the sensitivity.
    expect(nl.text).toMatch(/<th scope="row">Omwonenden \(woningen binnen 250 m\)<\/th><td>lager is beter<\/td><td class="number">1,00<\/td><td class="number">100,0%<\/td>/);
    expect(nl.text).toMatch(/<caption>Paviljoen De Berg \(Amersfoort, capaciteit 450 plaatsen\)<\/caption>/);
    expect(nl.text).toMatch(/2\.400 adressen\/km² \(omgevingsadressendichtheid\) in de gemeente Amersfoort/);
    expect(nl.text).toMatch(/Wijk- en Buurtkaart 2023, laag gemeenten/);
    expect(nl.text).toMatch(/Wat elk criterium bijdraagt \(gewogen som\)/);
    expect(nl.text).toMatch(/Wat elk criterium bijdraagt \(TOPSIS/);
    expect(nl.text).toMatch(/We hebben de weging 1000 keer over gedaan\. Elke keer is elk gewicht vermenigvuldigd met een toevallig getal tussen 0[.,]8 en 1[.,]2/);
    const en = await call('GET', `/api/v1/siting/scenarios/${scenario}/memo?lang=en`);
    expect(en.text).toMatch(/<html lang="en">/);
    expect(en.text).toMatch(/come from seed 20160308/);
  });

  it('keeps scenarios within their province or municipality', async () => {
    expect((await call('GET', `/api/v1/siting/scenarios/${scenario}`, undefined, principals.officer('GM0307'))).status).toBe(404);
    expect((await call('GET', `/api/v1/siting/scenarios/${scenario}`, undefined, principals.coordinator('PV27'))).status).toBe(404);
    expect((await call('GET', '/api/v1/siting/scenarios', undefined, anonymous)).status).toBe(401);
    expect((await call('GET', '/api/v1/siting/scenarios', undefined, principals.partner())).status).toBe(403);
    const own = await call('POST', '/api/v1/siting/scenarios', { name: 'Amersfoort', municipalityCode: 'GM0307' }, principals.officer('GM0307'));
    expect(own.status).toBe(201);
    expect(own.body.scenario.provinceCode).toBe('PV26');
    expect((await call('POST', '/api/v1/siting/scenarios', { name: 'Utrecht', municipalityCode: 'GM0344' }, principals.officer('GM0307'))).status).toBe(403);
    // The officer cannot add a location outside their municipality: it is hidden from them.
    const add = await call<Problem>('POST', `/api/v1/siting/scenarios/${own.body.scenario.id}/candidates`, { locationId: ids.binnenstad }, principals.officer('GM0307'));
    expect(add.status).toBe(404);
    expect(add.body.field).toBe('body.locationId');
  });

  it('writes every change to the audit trail', async () => {
    const rows = await database.query<{ table_name: string; action: string; actor: string }>(
      "SELECT DISTINCT table_name, action, actor FROM audit_log WHERE table_name IN ('siting_scenarios', 'siting_criteria', 'siting_candidates', 'siting_values', 'facility_layers', 'reception_cost_references')",
    );
    const seen = rows.map((r) => `${r.table_name}:${r.action}:${r.actor}`);
    const actor = `person:${coordinator.personId}`;
    for (const expected of ['siting_scenarios:insert', 'siting_criteria:insert', 'siting_criteria:update', 'siting_candidates:insert', 'siting_values:insert', 'facility_layers:insert', 'reception_cost_references:insert']) {
      expect(seen).toContain(`${expected}:${actor}`);
    }
  });
});

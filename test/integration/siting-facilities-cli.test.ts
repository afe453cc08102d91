// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/env.ts';
import { runSitingRank } from '../../src/cli/commands/siting.ts';
import { handWorked } from '../../src/modules/siting/engine/testcases.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import { isAppError } from '../../src/shared/errors.ts';
import type { Principal } from '../../src/shared/principal.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { buildLocationsTestApp, loadMunicipalBoundaries, principals } from './locations-setup.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'regietafel-siting-'));
const write = (name: string, content: unknown) => {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

describe('[SITING] regietafel siting rank', () => {
  it('prints exactly {"ranking":[{"id","score","rank"}]} for the hand-worked example', () => {
    const file = write('hand.json', handWorked.input);
    const out = runSitingRank({ input: file, method: 'weighted-sum' });
    expect(Object.keys(out)).toEqual(['ranking']);
    expect(out.ranking.map((r) => Object.keys(r))).toEqual([['id', 'score', 'rank'], ['id', 'score', 'rank'], ['id', 'score', 'rank']]);
    expect(out.ranking.map((r) => [r.id, r.rank])).toEqual([['A', 1], ['B', 2], ['C', 3]]);
    expect(out.ranking[1]?.score).toBeCloseTo(29 / 45, 12);
  });

  it.each([
    ['a missing file', () => path.join(dir, 'nope.json'), /cannot read input file .*nope\.json \(ENOENT\)/],
    ['broken JSON', () => write('broken.json', '{"criteria": ['), /broken\.json: invalid JSON/],
    ['a missing value', () => write('missing.json', { criteria: [{ id: 'cost', weight: 1, direction: 'cost' }], candidates: [{ id: 'A', values: {} }] }), /values\.cost: missing/],
    ['a negative weight', () => write('negative.json', { criteria: [{ id: 'cost', weight: -0.3, direction: 'cost' }], candidates: [{ id: 'A', values: { cost: 1 } }] }), /is negative/],
    ['an unknown criterion', () => write('unknown.json', { criteria: [{ id: 'cost', weight: 1, direction: 'cost' }], candidates: [{ id: 'A', values: { cost: 1, x: 2 } }] }), /values\.x: unknown criterion/],
  ])('refuses %s with VALIDATION_FAILED (exit code 2)', (_, file, message) => {
    try {
      runSitingRank({ input: file(), method: 'topsis' });
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error, 'VALIDATION_FAILED')).toBe(true);
      expect((error as Error).message).toMatch(message);
    }
  });

  it('runs as the real command: JSON on stdout and exit 0; a message on stderr and exit 2 for bad input', () => {
    const bin = path.join(projectRoot, 'bin/regietafel.js');
    const ok = spawnSync(process.execPath, [bin, 'siting', 'rank', '--input', write('one.json', { criteria: [{ id: 'cost', weight: 0.3, direction: 'cost' }], candidates: [{ id: 'A', values: { cost: 27100 } }] }), '--method', 'topsis'], { encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ ranking: [{ id: 'A', score: 0, rank: 1 }] });
    const bad = spawnSync(process.execPath, [bin, 'siting', 'rank', '--input', write('zero.json', { criteria: [{ id: 'cost', weight: 0, direction: 'cost' }], candidates: [{ id: 'A', values: { cost: 1 } }] }), '--method', 'weighted-sum'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/all weights are zero/);
    expect(bad.stdout).toBe('');
    // The hand-worked example by TOPSIS through the real command: the scores worked out in testcases.ts.
    const hand = spawnSync(process.execPath, [bin, 'siting', 'rank', '--input', write('hand-topsis.json', handWorked.input), '--method', 'topsis'], { encoding: 'utf8' });
    expect(hand.status, hand.stderr).toBe(0);
    const { ranking } = JSON.parse(hand.stdout) as { ranking: { id: string; score: number; rank: number }[] };
    expect(ranking.map((r) => [r.id, r.rank])).toEqual([['A', 1], ['B', 2], ['C', 3]]);
    ranking.forEach((r, i) => expect(r.score).toBeCloseTo(handWorked.expected.topsis[i]?.score as number, 6));
  }, 60_000);
});

describe('[SITING] facility layers over the API', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = principals.coordinator();
  const layerCount = async () => (await database.query<{ n: number }>('SELECT count(*)::int AS n FROM facility_layers'))[0]?.n;
  const query = 'kind=gp&name=Huisartsen&coverage=GM0344&publisher=Gemeente%20Utrecht&title=Huisartsenpraktijken%202016';

  beforeAll(async () => {
    database = await createTestDatabase();
    await loadMunicipalBoundaries(database, [{ code: 'GM0344' }]);
    app = await buildLocationsTestApp({ database, asPrincipal: () => caller });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('imports a GeoJSON layer with its source and coverage, and exports it again', async () => {
    const body = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Praktijk Oost' }, geometry: { type: 'Point', coordinates: [5.14, 52.09] } }] });
    const response = await app.inject({ method: 'POST', url: `/api/v1/siting/facility-layers?${query}`, headers: { 'content-type': 'application/geo+json' }, payload: body });
    expect(response.statusCode, response.body).toBe(201);
    const layer = response.json() as { id: string; coverage: string[]; featureCount: number; source: { publisher: string; title: string } };
    expect(layer).toMatchObject({ coverage: ['GM0344'], featureCount: 1, source: { publisher: 'Gemeente Utrecht', title: 'Huisartsenpraktijken 2016' } });
    const exported = await app.inject({ method: 'GET', url: `/api/v1/siting/facility-layers/${layer.id}/features.geojson` });
    expect(exported.json()).toMatchObject({ type: 'FeatureCollection', features: [{ geometry: { coordinates: [5.14, 52.09] }, properties: { name: 'Praktijk Oost' } }] });
    const csv = await app.inject({ method: 'GET', url: `/api/v1/siting/facility-layers/${layer.id}/features.csv` });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toBe('name,longitude,latitude\r\nPraktijk Oost,5.14,52.09\r\n');
    // The CSV export is importable again, as the same point.
    const again = await app.inject({ method: 'POST', url: `/api/v1/siting/facility-layers?${query}`, headers: { 'content-type': 'text/csv' }, payload: csv.body });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({ coverage: ['GM0344'], featureCount: 1 });
  });

  it('refuses a malformed file whole, naming the feature index, and imports nothing', async () => {
    const before = await layerCount();
    const body = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [5.1, 52.1] } }, { type: 'Feature', properties: {}, geometry: null }] });
    const response = await app.inject({ method: 'POST', url: `/api/v1/siting/facility-layers?${query}&lang=en`, headers: { 'content-type': 'application/geo+json' }, payload: body });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'IMPORT_INVALID', issues: [{ field: 'features[1].geometry', message: 'must be a Point' }] });
    expect(await layerCount()).toBe(before);
  });

  it('imports CSV, and lets only province coordinators manage layers', async () => {
    const csv = 'name,longitude,latitude\nUtrecht Centraal,5.1101,52.0894\nUtrecht Overvecht,5.1125,52.1161\n';
    const url = `/api/v1/siting/facility-layers?kind=station&name=Stations&coverage=netherlands&publisher=NS&title=Stations`;
    caller = principals.officer('GM0344');
    expect((await app.inject({ method: 'POST', url, headers: { 'content-type': 'text/csv' }, payload: csv })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/siting/facility-layers' })).statusCode).toBe(200);
    caller = principals.coordinator();
    const response = await app.inject({ method: 'POST', url, headers: { 'content-type': 'text/csv' }, payload: csv });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ kind: 'station', coverage: null, featureCount: 2 });
  });
});

// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiApp } from '../../src/server/api-app.ts';
import type { Principal } from '../../src/shared/principal.ts';
import { anonymous } from '../../src/shared/principal.ts';
import { buildTestApp } from '../app.ts';
import type { TestDatabase } from '../db.ts';
import { createShippedDatabase, principals, setupTimeout } from './taakstelling-setup.ts';

type DistributionBody = {
  nationalTask: number;
  populationReferenceDate: string | null;
  rows: { code: string; name: string; task: number | null; computedTask: number | null; officialTask: number | null; differs: boolean; formula: string | null }[];
  officialSumMismatch: { officialSum: number; nationalTask: number } | null;
};

describe('[TAAKSTELLING] distribution of the shipped national tasks', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = anonymous;
  let shippedPeriods: string[] = [];

  beforeAll(async () => {
    database = await createShippedDatabase();
    app = await buildTestApp({ database, asPrincipal: () => caller });
    const list = await app.inject({ method: 'GET', url: '/api/v1/taakstelling/national-tasks' });
    shippedPeriods = (list.json() as { items: { period: string }[] }).items.map((item) => item.period);
  }, setupTimeout);
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  const distribution = (period: string, query = '') =>
    app.inject({ method: 'GET', url: `/api/v1/taakstelling/${period}/distribution${query}` });

  it('sums exactly to the national task for every shipped period with population data (2023-I on)', async () => {
    const withPopulation = shippedPeriods.filter((p) => p >= '2023');
    expect(withPopulation).toEqual(['2023-I', '2023-II', '2024-I', '2025-I', '2025-II']);
    for (const period of withPopulation) {
      const response = await distribution(period);
      expect(response.statusCode).toBe(200);
      const body = response.json() as DistributionBody;
      expect(body.rows).toHaveLength(342);
      expect(body.rows.reduce((sum, row) => sum + (row.task ?? 0), 0)).toBe(body.nationalTask);
      expect(body.rows.every((row) => row.task === row.computedTask)).toBe(true);
    }
  });

  it('shows how Utrecht 2024-I was computed, from CBS 1 January 2024', async () => {
    const body = (await distribution('2024-I')).json() as DistributionBody;
    expect(body.populationReferenceDate).toBe('2024-01-01');
    const utrecht = body.rows.find((row) => row.code === 'GM0344');
    expect(utrecht).toMatchObject({ name: 'Utrecht', task: 391, formula: '18,750 × 374,238 / 17,942,942 = 391.07 → 391' });
  });

  it('says the population data is missing for periods before 2023 (422 DATA_MISSING) instead of computing', async () => {
    const before = shippedPeriods.filter((p) => p < '2023');
    expect(before.length).toBeGreaterThan(0);
    for (const period of before) {
      const response = await distribution(period);
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code: 'DATA_MISSING', field: 'period' });
    }
  });

  it('refuses an unknown period format and answers 404 for a period without a national task', async () => {
    const bad = await distribution('2024-III');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'params.period' });
    expect((await distribution('2024-II')).json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('filters a province without redistributing', async () => {
    const all = (await distribution('2024-I')).json() as DistributionBody;
    const utrecht = (await distribution('2024-I', '?province=PV26')).json() as DistributionBody;
    expect(utrecht.rows).toHaveLength(26);
    for (const row of utrecht.rows) {
      expect(row.task).toBe(all.rows.find((r) => r.code === row.code)?.task);
    }
  });

  it('lets an imported official table override the computation, flags where it differs and shows the sum mismatch', async () => {
    const computed = (await distribution('2024-I')).json() as DistributionBody;
    const amersfoort = computed.rows.find((row) => row.code === 'GM0307')?.computedTask as number;
    const official = {
      // Test figures, deliberately not a published table: one equal to the computation, one not.
      source: { publisher: 'Test', title: 'TEST: fictional official table 2024-I', url: null, referenceDate: null, note: 'integration test' },
      rows: [
        { code: 'GM0307', task: amersfoort, taskIncludingBacklog: amersfoort + 4 },
        { code: 'GM0344', task: 400, taskIncludingBacklog: null },
      ],
    };
    caller = principals.officer('GM0344');
    expect((await app.inject({ method: 'POST', url: '/api/v1/taakstelling/2024-I/official-tasks', payload: official })).statusCode).toBe(403);
    caller = principals.coordinator('PV26');
    const imported = await app.inject({ method: 'POST', url: '/api/v1/taakstelling/2024-I/official-tasks', payload: official });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ rows: 2, officialSum: amersfoort + 400, nationalTask: 18750, sumMismatch: true });
    const body = (await distribution('2024-I')).json() as DistributionBody;
    expect(body.rows.find((row) => row.code === 'GM0344')).toMatchObject({ task: 400, computedTask: 391, officialTask: 400, differs: true });
    expect(body.rows.find((row) => row.code === 'GM0307')).toMatchObject({ task: amersfoort, differs: false });
    expect(body.officialSumMismatch).toEqual({ officialSum: amersfoort + 400, nationalTask: 18750 });
  });

  it('refuses an official table with a merged-away or unknown municipality, listing each', async () => {
    caller = principals.coordinator('PV26');
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/taakstelling/2024-I/official-tasks',
      payload: {
        source: { publisher: 'Test', title: 'TEST: broken table' },
        rows: [
          { code: 'GM0620', task: 3 },
          { code: 'GM9999', task: 1 },
        ],
      },
    });
    expect(response.statusCode).toBe(422);
    const problem = response.json() as { code: string; errors: { line: number; field: string; message: string }[] };
    expect(problem.code).toBe('IMPORT_INVALID');
    expect(problem.errors.map((e) => [e.line, e.field])).toEqual([
      [1, 'gemeentecode'],
      [2, 'gemeentecode'],
    ]);
    expect(problem.errors[0]?.message).toContain('GM0620 is not a municipality on 1 January 2024');
  });

  it('serves the distribution as RFC 4180 CSV, code,name,population,task first, ordered by CBS code', async () => {
    const csv = await app.inject({ method: 'GET', url: '/api/v1/taakstelling/2024-I/distribution.csv?province=PV26' });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.split('\r\n').filter((line) => line !== '');
    expect(lines[0]?.startsWith('code,name,population,task,')).toBe(true);
    expect(lines).toHaveLength(27);
    const codes = lines.slice(1).map((line) => line.split(',')[0] as string);
    expect(codes).toEqual([...codes].sort());
  });

  it('lets a province coordinator enter the national task of a period without a shipped figure, with its source', async () => {
    // 2024-II has no published national figure in data/taakstelling. Test figure, not a published one.
    const entry = {
      task: 10000,
      backlogIn: 250,
      status: 'prognose',
      source: { publisher: 'Test', title: 'TEST: fictional national task 2024-II', url: 'https://example.org/test' },
    };
    const put = (period: string, body: unknown) => app.inject({ method: 'PUT', url: `/api/v1/taakstelling/national-tasks/${period}`, payload: body as object });
    caller = principals.officer('GM0344');
    expect((await put('2024-II', entry)).statusCode).toBe(403);
    caller = principals.coordinator('PV26');
    const withoutSource = await put('2024-II', { task: 10000, status: 'prognose' });
    expect(withoutSource.statusCode).toBe(400);
    expect(withoutSource.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.source' });
    const fractional = await put('2024-II', { ...entry, task: 10000.5 });
    expect(fractional.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.task' });
    // A shipped, published figure is not overwritten by hand.
    const shipped = await put('2024-I', entry);
    expect(shipped.statusCode).toBe(409);
    expect(shipped.json()).toMatchObject({ code: 'CONFLICT', field: 'period' });

    const saved = await put('2024-II', entry);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ period: '2024-II', task: 10000, backlogIn: 250, entered: true, source: { title: entry.source.title } });
    const listed = (await app.inject({ method: 'GET', url: '/api/v1/taakstelling/national-tasks' })).json() as {
      items: { period: string; entered: boolean; source: { url: string | null } }[];
    };
    expect(listed.items.find((item) => item.period === '2024-II')).toMatchObject({ entered: true, source: { url: 'https://example.org/test' } });
    expect(listed.items.find((item) => item.period === '2024-I')).toMatchObject({ entered: false });
    const body = (await distribution('2024-II')).json() as DistributionBody;
    expect(body.nationalTask).toBe(10000);
    expect(body.populationReferenceDate).toBe('2024-01-01');
    expect(body.rows.reduce((sum, row) => sum + (row.task ?? 0), 0)).toBe(10000);
    // Entering again replaces the entry, audited with the coordinator as actor.
    expect((await put('2024-II', { ...entry, task: 9000 })).json()).toMatchObject({ task: 9000 });
    const audit = await database.query<{ actor: string; action: string }>(
      "select actor, action from audit_log where table_name = 'national_tasks' and record_id = '2024-II' order by id",
    );
    expect(audit.map((row) => row.action)).toEqual(['insert', 'update']);
    expect(audit.every((row) => row.actor.includes(principals.coordinator('PV26').personId))).toBe(true);
  });

  it("sets a period's population reference date, refuses a date without figures, and restores the default", async () => {
    const put = (body: unknown) =>
      app.inject({ method: 'PUT', url: '/api/v1/taakstelling/national-tasks/2023-II/population-reference-date', payload: body as object });
    const before = (await distribution('2023-II')).json() as DistributionBody;
    expect(before.populationReferenceDate).toBe('2023-01-01');
    caller = principals.officer('GM0344');
    expect((await put({ populationReferenceDate: '2024-01-01' })).statusCode).toBe(403);
    caller = principals.coordinator('PV26');
    const missing = await put({ populationReferenceDate: '2023-06-01' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.populationReferenceDate' });
    expect(missing.json().loaded).toEqual(['2023-01-01', '2024-01-01']);
    const notADate = await put({ populationReferenceDate: '2024-02-30' });
    expect(notADate.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.populationReferenceDate' });
    const unknownPeriod = await app.inject({
      method: 'PUT',
      url: '/api/v1/taakstelling/national-tasks/2019-I/population-reference-date',
      payload: { populationReferenceDate: '2024-01-01' },
    });
    expect(unknownPeriod.json()).toMatchObject({ code: 'NOT_FOUND', field: 'period' });

    const set = await put({ populationReferenceDate: '2024-01-01' });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ period: '2023-II', populationReferenceDate: '2024-01-01', entered: false });
    const moved = (await distribution('2023-II')).json() as DistributionBody;
    expect(moved.populationReferenceDate).toBe('2024-01-01');
    expect(moved.rows.find((row) => row.code === 'GM0344')?.formula).toMatch(/^17,600 × 374,238 \/ 17,942,942 = /);
    expect(moved.rows.reduce((sum, row) => sum + (row.task ?? 0), 0)).toBe(17600);
    // The balances (all periods at once) use the same date.
    const balances = (await app.inject({ method: 'GET', url: '/api/v1/taakstelling/2023-II/balances?province=PV26' })).json() as {
      populationReferenceDate: string | null;
    };
    expect(balances.populationReferenceDate).toBe('2024-01-01');

    expect((await put({ populationReferenceDate: null })).json()).toMatchObject({ populationReferenceDate: null });
    expect(((await distribution('2023-II')).json() as DistributionBody).populationReferenceDate).toBe('2023-01-01');
  });
});

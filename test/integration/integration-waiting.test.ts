// SPDX-License-Identifier: EUPL-1.2
/**
 * Waiting times through the API with hand-worked dates: the list of households past the
 * threshold, each indicator's municipal median and distribution, and province aggregates that
 * hide groups under 10 households and, with them, the smallest other municipality (otherwise the
 * province total minus the municipalities shown gives the small group back). The SQL aggregates
 * (materialized view) must equal the pure computation.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiApp } from '../../src/server/api-app.ts';
import { createHousehold } from '../../src/modules/households/create-household.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { insertTrack, upsertProfile } from '../../src/modules/integration/integration.repository.ts';
import { startWaitingStatsRefresh } from '../../src/modules/integration/refresh-waiting-stats.ts';
import { refreshStats } from '../../src/modules/integration/waiting.repository.ts';
import type { Principal } from '../../src/shared/principal.ts';
import { buildTestApp } from '../app.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { principals } from './locations-setup.ts';

type Summary = {
  period: string;
  indicator: string;
  households: number | null;
  medianDays: number | null;
  buckets: number[] | null;
  suppressed: boolean;
  suppression: string | null;
};
type ProvinceFigures = { province: Summary[]; municipalities: (Summary & { municipalityCode: string; municipalityName: string })[] };

describe('[INTEGRATION] waiting times per municipality and province', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = principals.officer('GM0344');
  const get = async <T>(as: Principal, url: string) => {
    caller = as;
    const response = await app.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json<T>() };
  };
  const seed = async (municipalityCode: string, permitDate: string, housedOn: string | null, languageOn: string | null, workOn?: string) => {
    const household = await createHousehold({ db: database.db, actor: 'system:test', input: { adults: 1, minors: 0, municipalityCode, permitDate } });
    await inTransaction(database.db, 'system:test', async (tx) => {
      await upsertProfile(tx, household.id, { housedOn });
      if (languageOn) {
        await insertTrack(tx, { householdId: household.id, kind: 'language', startedOn: languageOn });
      }
      if (workOn) {
        await insertTrack(tx, { householdId: household.id, kind: 'work', workKind: 'job', startedOn: workOn });
      }
    });
    return household;
  };

  beforeAll(async () => {
    database = await createTestDatabase({ shipped: true });
    app = await buildTestApp({ database, asPrincipal: () => caller });
    // Utrecht: 12 households with permit 4 Jan 2016 (2016-I), housed 1 Feb (28 days) + i weeks;
    // the first 10 start language classes on 1 Jun 2016, the first 2 also a job.
    const jobs = ['2016-09-01', '2016-08-15'];
    for (let i = 0; i < 12; i++) {
      const housed = new Date(Date.UTC(2016, 1, 1 + 7 * i)).toISOString().slice(0, 10);
      await seed('GM0344', '2016-01-04', housed, i < 10 ? '2016-06-01' : null, jobs[i]);
    }
    // Amersfoort: 3 households, too few for a province figure of their own.
    for (let i = 0; i < 3; i++) {
      await seed('GM0307', '2016-01-04', '2016-03-01', null);
    }
    // Nieuwegein: 10 households, permit 4 Jan, housed 1 Mar 2016 (57 days).
    for (let i = 0; i < 10; i++) {
      await seed('GM0356', '2016-01-04', '2016-03-01', null);
    }
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('lists the households waiting longest for language classes, past the threshold', async () => {
    // Households 10 and 11 were housed on 11 Apr and 18 Apr 2016 (1 Feb + 70 and 77 days) and have
    // no language track. On 1 Jul 2016: 11 Apr → 1 Jul = 19 + 31 + 30 + 1 = 81 days; 18 Apr → 74.
    const { status, body } = await get<{ thresholdDays: number; items: { days: number; since: string }[] }>(
      principals.officer('GM0344'),
      '/api/v1/integration/municipalities/GM0344/waiting-list?indicator=housing_to_language&asOf=2016-07-01',
    );
    expect(status).toBe(200);
    expect(body.thresholdDays).toBe(70);
    expect(body.items.map(({ since, days }) => ({ since, days }))).toEqual([
      { since: '2016-04-11', days: 81 },
      { since: '2016-04-18', days: 74 },
    ]);
  });

  it('gives each municipal figure by hand', async () => {
    const { body } = await get<{ summaries: Summary[] }>(principals.officer('GM0344'), '/api/v1/integration/municipalities/GM0344/waiting-times?asOf=2016-12-31');
    expect(body.summaries).toEqual([
      // Permit 4 Jan → housed 1 Feb + i weeks: 28, 35, …, 105 days. Median of 12: (63 + 70) / 2.
      // Buckets [0,28) [28,56) [56,91) [91,182) …: 28-49 → 4; 56-84 → 5; 91-105 → 3.
      { period: '2016-I', indicator: 'permit_to_housing', households: 12, medianDays: 66.5, buckets: [0, 4, 5, 3, 0, 0], suppressed: false, suppression: null },
      // Housed 1 Feb + i weeks (i < 10) → 1 Jun: 121 (29 + 31 + 30 + 31 days), 114, …, 58.
      // Median of 10: (86 + 93) / 2; 58-86 → [56,91): 5; 93-121 → [91,182): 5.
      { period: '2016-I', indicator: 'housing_to_language', households: 10, medianDays: 89.5, buckets: [0, 0, 5, 5, 0, 0], suppressed: false, suppression: null },
      // 1 Feb → 1 Sep: 29 + 31 + 30 + 31 + 30 + 31 + 31 = 213; 8 Feb → 15 Aug: 22 + 153 + 14 = 189.
      { period: '2016-I', indicator: 'housing_to_education_or_work', households: 2, medianDays: 201, buckets: [0, 0, 0, 0, 2, 0], suppressed: false, suppression: null },
    ]);
  });

  it('gives the province the same aggregates, with small groups and what would give them back hidden', async () => {
    const municipal = await get<{ summaries: Summary[] }>(principals.officer('GM0344'), '/api/v1/integration/municipalities/GM0344/waiting-times?asOf=2016-12-31');
    const province = await get<ProvinceFigures>(principals.coordinator(), '/api/v1/integration/provinces/PV26/waiting-times');
    expect(province.status).toBe(200);
    const figures = (code: string) => province.body.municipalities.filter((row) => row.municipalityCode === code).map(({ municipalityCode: _c, municipalityName: _n, ...rest }) => rest);
    // Utrecht's groups of 12 and 10 equal the municipal figures; its 2 working households do not show.
    const [permit, language, work] = municipal.body.summaries;
    expect(figures('GM0344')).toEqual([permit, language, { ...work, households: null, medianDays: null, buckets: null, suppressed: true, suppression: 'small_group' }]);
    // Amersfoort's 3 households give no figure; 25 - 12 would give them back, so Nieuwegein's 10
    // (the smallest other municipality) are hidden too: 25 - 12 = 13 covers both.
    expect(figures('GM0307').map((row) => [row.indicator, row.households, row.suppression])).toEqual([['permit_to_housing', null, 'small_group']]);
    expect(figures('GM0356').map((row) => [row.indicator, row.households, row.suppression])).toEqual([['permit_to_housing', null, 'complementary']]);
    const total = province.body.province.find((s) => s.indicator === 'permit_to_housing');
    // 12 + 3 + 10 = 25; permit → housing 28-105 (Utrecht), 57 (3 + 10 households): median of 25 is the 13th, 57.
    expect(total).toMatchObject({ households: 25, medianDays: 57, buckets: [0, 4, 18, 3, 0, 0], suppressed: false });
    const shown = province.body.municipalities.filter((row) => row.indicator === 'permit_to_housing').reduce((sum, row) => sum + (row.households ?? 0), 0);
    expect((total?.households ?? 0) - shown).toBe(13);
    expect(province.body.province.find((s) => s.indicator === 'housing_to_education_or_work')).toMatchObject({ households: null, suppression: 'small_group' });
  });

  it("reflects a write in the precomputed aggregates after the server's next refresh tick", async () => {
    const provinceCount = async () =>
      (await database.query<{ households: number }>("SELECT households FROM integration_waiting_stats WHERE scope = 'province' AND code = 'PV26' AND period = '2016-I' AND indicator = 'permit_to_housing'"))[0]
        ?.households;
    await refreshStats(database.db);
    expect(await provinceCount()).toBe(25);
    const warnings: string[] = [];
    const stop = startWaitingStatsRefresh({ db: database.db, intervalMs: 300, log: { info: () => undefined, warn: (line) => warnings.push(line) } });
    try {
      await seed('GM0356', '2016-02-01', '2016-03-01', null);
      // Read the view itself (no read-time refresh): only the timer can have updated it.
      await vi.waitFor(async () => expect(await provinceCount()).toBe(26), { timeout: 30_000, interval: 100 });
    } finally {
      await stop();
    }
    expect(warnings.filter((line) => line.includes('failed'))).toEqual([]);
  }, 60_000);

  it('logs a failed refresh and keeps refreshing', async () => {
    const warnings: string[] = [];
    let calls = 0;
    const stop = startWaitingStatsRefresh({
      db: database.db,
      intervalMs: 50,
      log: { info: () => undefined, warn: (line) => warnings.push(line) },
      refresh: async () => {
        calls += 1;
        if (calls === 1) {
          throw new Error('connection reset');
        }
      },
    });
    try {
      await vi.waitFor(() => expect(calls).toBeGreaterThanOrEqual(2), { timeout: 10_000, interval: 20 });
    } finally {
      await stop();
    }
    expect(warnings).toEqual(['waiting-time aggregates: run failed: connection reset']);
  });
});

// SPDX-License-Identifier: EUPL-1.2
/**
 * Waiting times through the API with hand-worked dates: the list of households past the
 * threshold, municipal medians, and province aggregates that hide groups under 10 households.
 * The SQL aggregates (materialized view) must equal the pure computation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiApp } from '../../src/server/api-app.ts';
import { createHousehold } from '../../src/modules/households/create-household.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { insertTrack, upsertProfile } from '../../src/modules/integration/integration.repository.ts';
import type { Principal } from '../../src/shared/principal.ts';
import { buildTestApp } from '../app.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { principals } from './locations-setup.ts';

type Summary = { period: string; indicator: string; households: number | null; medianDays: number | null; buckets: number[] | null; suppressed: boolean };

describe('[INTEGRATION] waiting times per municipality and province', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = principals.officer('GM0344');
  const get = async <T>(as: Principal, url: string) => {
    caller = as;
    const response = await app.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json<T>() };
  };
  const seed = async (municipalityCode: string, permitDate: string, housedOn: string | null, languageOn: string | null) => {
    const household = await createHousehold({ db: database.db, actor: 'system:test', input: { adults: 1, minors: 0, municipalityCode, permitDate } });
    await inTransaction(database.db, 'system:test', async (tx) => {
      await upsertProfile(tx, household.id, { housedOn });
      if (languageOn) {
        await insertTrack(tx, { householdId: household.id, kind: 'language', startedOn: languageOn });
      }
    });
    return household;
  };

  beforeAll(async () => {
    database = await createTestDatabase({ shipped: true });
    app = await buildTestApp({ database, asPrincipal: () => caller });
    // Utrecht: 12 households with permit 4 Jan 2016 (2016-I), housed 1 Feb (28 days) + i weeks.
    for (let i = 0; i < 12; i++) {
      const housed = new Date(Date.UTC(2016, 1, 1 + 7 * i)).toISOString().slice(0, 10);
      await seed('GM0344', '2016-01-04', housed, i < 10 ? '2016-06-01' : null);
    }
    // Amersfoort: 3 households, too few for a province figure of their own.
    for (let i = 0; i < 3; i++) {
      await seed('GM0307', '2016-01-04', '2016-03-01', null);
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

  it('gives municipal medians that equal the precomputed province aggregates', async () => {
    const municipal = await get<{ summaries: Summary[] }>(principals.officer('GM0344'), '/api/v1/integration/municipalities/GM0344/waiting-times?asOf=2016-12-31');
    const permit = municipal.body.summaries.find((s) => s.indicator === 'permit_to_housing');
    // 28, 35, …, 105 days: the median of 12 values is the mean of the 6th and 7th: (63 + 70) / 2.
    expect(permit).toEqual({ period: '2016-I', indicator: 'permit_to_housing', households: 12, medianDays: 66.5, buckets: [0, 4, 5, 3, 0, 0], suppressed: false });
    const province = await get<{ province: Summary[]; municipalities: (Summary & { municipalityCode: string })[] }>(
      principals.coordinator(),
      '/api/v1/integration/provinces/PV26/waiting-times',
    );
    expect(province.status).toBe(200);
    const utrecht = province.body.municipalities.filter((row) => row.municipalityCode === 'GM0344');
    expect(utrecht.map(({ municipalityCode: _code, municipalityName: _name, ...rest }: Summary & { municipalityCode: string; municipalityName?: string }) => rest)).toEqual(
      municipal.body.summaries.map((summary) => (summary.households !== null && summary.households < 10 ? { ...summary, households: null, medianDays: null, buckets: null, suppressed: true } : summary)),
    );
    // Amersfoort's 3 households give no figure of their own; the province total counts them.
    expect(province.body.municipalities.filter((row) => row.municipalityCode === 'GM0307').every((row) => row.suppressed && row.households === null)).toBe(true);
    expect(province.body.province.find((s) => s.indicator === 'permit_to_housing')).toMatchObject({ households: 15, suppressed: false });
  });
});

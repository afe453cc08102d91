// SPDX-License-Identifier: EUPL-1.2
/**
 * Acceptance: the retention job with hand-picked dates. On 11 Jan 2016 a household closed on
 * 10 Jan 2014 (two years and a day) is anonymised; one closed on 12 Jan 2014 and an open one stay.
 * Reads older than two years go, and the anonymised household leaves the waiting-time figures.
 * Then the job as `serve` schedules it: on a short interval with a fake clock, logged, stoppable.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inTransaction } from '../../src/db/transaction.ts';
import { createHousehold } from '../../src/modules/households/create-household.ts';
import { updateHousehold } from '../../src/modules/households/household.repository.ts';
import { applyRetention } from '../../src/modules/integration/apply-retention.ts';
import { getMunicipalityWaitingTimes } from '../../src/modules/integration/get-waiting-times.ts';
import { insertTrack, upsertProfile } from '../../src/modules/integration/integration.repository.ts';
import { startRetentionJob } from '../../src/modules/retention/run-retention.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';

describe('[INTEGRATION] retention: anonymising closed households', () => {
  let database: TestDatabase;
  const ids: Record<'expired' | 'recent' | 'open', string> = { expired: '', recent: '', open: '' };

  beforeAll(async () => {
    database = await createTestDatabase({ shipped: true });
    const closedOn = { expired: '2014-01-10T12:00:00Z', recent: '2014-01-12T12:00:00Z', open: null };
    for (const [key, closed] of Object.entries(closedOn) as [keyof typeof ids, string | null][]) {
      const household = await createHousehold({
        db: database.db,
        actor: 'system:test',
        input: { adults: 2, minors: 0, municipalityCode: 'GM0344', permitDate: '2012-05-01', receptionLocation: 'azc Voorbeeld' },
      });
      ids[key] = household.id;
      await inTransaction(database.db, 'system:test', async (tx) => {
        await upsertProfile(tx, household.id, { housedOn: '2012-09-01', dutchLevel: 'A2', careMedical: true });
        await insertTrack(tx, { householdId: household.id, kind: 'language', startedOn: '2012-10-01' });
        await updateHousehold(tx, household.id, { closedAt: closed ? new Date(closed) : null });
      });
    }
    // Reads: one of 1 Jun 2013 (older than two years on 11 Jan 2016) and one of 1 Jun 2015.
    await database.query(
      `INSERT INTO household_reads (read_at, actor, household_id, purpose, outcome) VALUES ('2013-06-01', 'person:x', $1, 'record', 'shown'), ('2015-06-01', 'person:x', $1, 'record', 'shown')`,
      [ids.expired],
    );
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  const figures = async () =>
    (await getMunicipalityWaitingTimes({ db: database.db, municipalityCode: 'GM0344', asOf: '2016-01-11' })).summaries.map((s) => [s.period, s.indicator, s.households, s.medianDays]);

  it('counts first in a dry run, then anonymises exactly the expired household', async () => {
    const now = new Date('2016-01-11T00:00:00Z');
    // Permit 1 May → housed 1 Sep 2012: 31 + 30 + 31 + 31 = 123 days; → language 1 Oct: 30 days.
    expect(await figures()).toEqual([
      ['2012-I', 'permit_to_housing', 3, 123],
      ['2012-II', 'housing_to_language', 3, 30],
    ]);
    const dry = await applyRetention({ db: database.db, now, dryRun: true });
    expect(dry).toMatchObject({ householdsAnonymised: 1, readsDeleted: 0, closedBefore: '2014-01-11T00:00:00.000Z' });
    const before = await database.query<{ pseudonym: string }>('SELECT pseudonym FROM households WHERE id = $1', [ids.expired]);
    const report = await applyRetention({ db: database.db, now, pseudonym: () => 'HH-0000-0001' });
    expect(report).toMatchObject({ householdsAnonymised: 1, readsDeleted: 1, dryRun: false });

    const rows = await database.query<Record<string, unknown>>(
      `SELECT h.id, h.pseudonym, h.size, h.municipality_code, h.permit_date, h.reception_location, h.anonymised_at IS NOT NULL AS anonymised,
              (SELECT count(*)::int FROM household_integration i WHERE i.household_id = h.id) AS profiles,
              (SELECT count(*)::int FROM household_tracks t WHERE t.household_id = h.id) AS tracks
         FROM households h WHERE h.id = ANY($1) ORDER BY h.closed_at NULLS LAST`,
      [[ids.expired, ids.recent, ids.open]],
    );
    expect(rows[0]).toMatchObject({ pseudonym: 'HH-0000-0001', size: 2, municipality_code: 'GM0344', permit_date: null, reception_location: null, anonymised: true, profiles: 0, tracks: 0 });
    expect(rows[0]?.pseudonym).not.toBe(before[0]?.pseudonym);
    for (const kept of rows.slice(1)) {
      expect(kept).toMatchObject({ anonymised: false, profiles: 1, tracks: 1, reception_location: 'azc Voorbeeld' });
    }
    const reads = await database.query<{ read_at: Date }>('SELECT read_at FROM household_reads WHERE household_id = $1', [ids.expired]);
    expect(reads.map((row) => new Date(row.read_at).toISOString().slice(0, 10))).toEqual(['2015-06-01']);
    // The audit trail records that the pseudonym and dates changed, never the old values.
    const audit = await database.query<{ changes: Record<string, unknown> }>(
      "SELECT changes FROM audit_log WHERE table_name = 'households' AND record_id = $1 AND actor = 'system:retention'",
      [ids.expired],
    );
    expect(audit[0]?.changes).toMatchObject({ pseudonym: { redacted: true }, permit_date: { redacted: true } });
    // The anonymised household has no dates left, so it leaves the waiting-time figures.
    expect(await figures()).toEqual([
      ['2012-I', 'permit_to_housing', 2, 123],
      ['2012-II', 'housing_to_language', 2, 30],
    ]);
    // A second run finds nothing more to do.
    expect(await applyRetention({ db: database.db, now })).toMatchObject({ householdsAnonymised: 0, readsDeleted: 0 });
  });

  it('runs inside serve on its interval, with its clock, logging each run, until stopped', async () => {
    const household = await createHousehold({ db: database.db, actor: 'system:test', input: { adults: 1, minors: 0, municipalityCode: 'GM0344', permitDate: '2013-03-01' } });
    await inTransaction(database.db, 'system:test', (tx) => updateHousehold(tx, household.id, { closedAt: new Date('2014-01-05T12:00:00Z') }));
    const lines: string[] = [];
    const log = { info: (line: string) => lines.push(line), warn: (line: string) => lines.push(`WARN ${line}`) };
    // 0.0002 hours = 720 ms; the clock says 11 Jan 2016, so the household closed on 5 Jan 2014 is due.
    const stop = startRetentionJob({ database, reactionEmailDays: 90, intervalHours: 0.0002, log, now: () => new Date('2016-01-11T00:00:00Z') });
    try {
      await vi.waitFor(() => expect(lines.length).toBeGreaterThanOrEqual(2), { timeout: 30_000, interval: 100 });
    } finally {
      await stop();
    }
    expect(lines[0]).toMatch(/; 1 closed households anonymised;/);
    expect(lines[1]).toMatch(/; 0 closed households anonymised;/);
    expect(lines.some((line) => line.startsWith('WARN'))).toBe(false);
    const [row] = await database.query<{ anonymised: boolean }>('SELECT anonymised_at IS NOT NULL AS anonymised FROM households WHERE id = $1', [household.id]);
    expect(row?.anonymised).toBe(true);
    // Stopped: no further run.
    const runs = lines.length;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(lines.length).toBe(runs);
  }, 60_000);
});

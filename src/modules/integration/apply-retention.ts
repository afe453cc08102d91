// SPDX-License-Identifier: EUPL-1.2
/**
 * The retention job of integration data (`regietafel retention integration`; docs/privacy.md):
 * - a closed household is anonymised when it has been closed for `closedHouseholdYears`;
 * - reads in the read log are deleted after `readLogYears` (the log's one bypass).
 * All or nothing: one transaction, as `system:retention`.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { newPseudonym } from '../households/pseudonym.ts';
import { deleteReadsBefore } from './read-log.repository.ts';
import { anonymiseHousehold, listExpiredClosedHouseholds } from './retention.repository.ts';

/** Retention periods in years, per kind of data. */
export const retentionPeriods = { closedHouseholdYears: 2, readLogYears: 2 } as const;

export type ApplyRetentionOptions = { db: Db; now?: Date; dryRun?: boolean; pseudonym?: () => string };
export type RetentionReport = { closedBefore: string; readsBefore: string; householdsAnonymised: number; readsDeleted: number; dryRun: boolean };

const yearsBefore = (date: Date, years: number): Date => {
  const shifted = new Date(date);
  shifted.setUTCFullYear(shifted.getUTCFullYear() - years);
  return shifted;
};

export async function applyRetention({ db, now = new Date(), dryRun = false, pseudonym = newPseudonym }: ApplyRetentionOptions): Promise<RetentionReport> {
  const closedBefore = yearsBefore(now, retentionPeriods.closedHouseholdYears);
  const readsBefore = yearsBefore(now, retentionPeriods.readLogYears);
  const expired = await listExpiredClosedHouseholds(db, closedBefore);
  const report = { closedBefore: closedBefore.toISOString(), readsBefore: readsBefore.toISOString(), householdsAnonymised: expired.length, readsDeleted: 0, dryRun };
  if (dryRun) {
    return report;
  }
  const readsDeleted = await inTransaction(db, 'system:retention', async (tx) => {
    for (const { id } of expired) {
      await anonymiseHousehold(tx, id, pseudonym(), now);
    }
    return deleteReadsBefore(tx, readsBefore);
  });
  return { ...report, readsDeleted };
}

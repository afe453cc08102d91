// SPDX-License-Identifier: EUPL-1.2
/** SQL for the append-only log of reads of household records (migrations/0080). */
import { asc, count, eq, lt, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { householdReads } from '../../db/schema/index.ts';

/** What was read: the integration record, tracks, export, referrals; the household itself; its match profile. */
export type ReadPurpose = 'record' | 'tracks' | 'export' | 'referrals' | 'household' | 'match_profile';
export type ReadRow = typeof householdReads.$inferSelect;

export async function insertRead(
  tx: Tx,
  values: { actor: string; householdId: string; purpose: ReadPurpose; outcome: 'shown' | 'hidden' },
): Promise<void> {
  await tx.insert(householdReads).values(values);
}

export async function listReadsOf(db: Executor, householdId: string): Promise<ReadRow[]> {
  return db.select().from(householdReads).where(eq(householdReads.householdId, householdId)).orderBy(asc(householdReads.id));
}

/**
 * Deletes reads older than `before` through the one documented bypass of the append-only
 * trigger: the setting is local to this transaction, and the trigger itself still refuses any
 * row younger than two years. `before` is capped at the database's own "two years ago", so a
 * caller's clock that runs ahead never makes the trigger refuse (and the whole run fail).
 */
export async function deleteReadsBefore(tx: Tx, before: Date): Promise<number> {
  await tx.execute(sql`select set_config('regietafel.retention', 'household_reads', true)`);
  const older = lt(householdReads.readAt, sql`least(${before.toISOString()}::timestamptz, now() - interval '2 years')`);
  const [row] = await tx.select({ n: count() }).from(householdReads).where(older);
  await tx.delete(householdReads).where(older);
  return row?.n ?? 0;
}

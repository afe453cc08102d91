// SPDX-License-Identifier: EUPL-1.2
/** SQL for the append-only log of reads of household records (migrations/0080). */
import { asc, count, eq, lt, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { householdReads } from '../../db/schema/index.ts';

export type ReadPurpose = 'record' | 'tracks' | 'export' | 'referrals';
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
 * row younger than two years.
 */
export async function deleteReadsBefore(tx: Tx, before: Date): Promise<number> {
  await tx.execute(sql`select set_config('regietafel.retention', 'household_reads', true)`);
  const [row] = await tx.select({ n: count() }).from(householdReads).where(lt(householdReads.readAt, before));
  await tx.delete(householdReads).where(lt(householdReads.readAt, before));
  return row?.n ?? 0;
}

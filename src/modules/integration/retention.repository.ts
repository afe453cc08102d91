// SPDX-License-Identifier: EUPL-1.2
/** SQL of the retention job: closed households past their period, and their anonymisation. */
import { and, eq, isNull, lt } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { householdIntegration, households, householdTracks } from '../../db/schema/index.ts';

export async function listExpiredClosedHouseholds(db: Executor, closedBefore: Date): Promise<{ id: string }[]> {
  return db
    .select({ id: households.id })
    .from(households)
    .where(and(lt(households.closedAt, closedBefore), isNull(households.anonymisedAt)));
}

/**
 * Anonymises one household: a fresh random pseudonym (the outside link to the person breaks), no
 * dates or location, no integration record or tracks. Size and municipality stay, so counts
 * (realisations, uptake) remain true.
 */
export async function anonymiseHousehold(tx: Tx, id: string, pseudonym: string, at: Date): Promise<void> {
  await tx.delete(householdTracks).where(eq(householdTracks.householdId, id));
  await tx.delete(householdIntegration).where(eq(householdIntegration.householdId, id));
  await tx
    .update(households)
    .set({ pseudonym, receptionLocation: null, permitDate: null, readyForHousingDate: null, anonymisedAt: at })
    .where(eq(households.id, id));
}

// SPDX-License-Identifier: EUPL-1.2
/** SQL for integration records and tracks. */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { householdIntegration, households, householdTracks } from '../../db/schema/index.ts';

export type ProfileRow = typeof householdIntegration.$inferSelect;
export type NewProfile = typeof householdIntegration.$inferInsert;
export type TrackRow = typeof householdTracks.$inferSelect;
export type NewTrack = typeof householdTracks.$inferInsert;
export type HouseholdRow = typeof households.$inferSelect;

/** A household with its integration record (or undefined when it does not exist). */
export async function findHouseholdWithProfile(db: Executor, id: string): Promise<{ household: HouseholdRow; profile: ProfileRow | null } | undefined> {
  const [row] = await db
    .select({ household: households, profile: householdIntegration })
    .from(households)
    .leftJoin(householdIntegration, eq(householdIntegration.householdId, households.id))
    .where(eq(households.id, id));
  return row;
}

export async function listTracks(db: Executor, householdIds: string[]): Promise<TrackRow[]> {
  if (householdIds.length === 0) {
    return [];
  }
  return db
    .select()
    .from(householdTracks)
    .where(inArray(householdTracks.householdId, householdIds))
    .orderBy(asc(householdTracks.startedOn), asc(householdTracks.id));
}

export async function findTrack(db: Executor, id: string): Promise<TrackRow | undefined> {
  const [row] = await db.select().from(householdTracks).where(eq(householdTracks.id, id));
  return row;
}

export async function upsertProfile(tx: Tx, householdId: string, values: Omit<NewProfile, 'householdId'>): Promise<ProfileRow> {
  const [row] = await tx
    .insert(householdIntegration)
    .values({ ...values, householdId })
    .onConflictDoUpdate({ target: householdIntegration.householdId, set: { ...values, updatedAt: sql`now()` } })
    .returning();
  if (!row) {
    throw new Error('the integration record was not written');
  }
  return row;
}

export async function insertTrack(tx: Tx, values: NewTrack): Promise<TrackRow> {
  const [row] = await tx.insert(householdTracks).values(values).returning();
  if (!row) {
    throw new Error('the track was not inserted');
  }
  return row;
}

export async function updateTrack(tx: Tx, id: string, values: Partial<NewTrack>): Promise<TrackRow> {
  const [row] = await tx.update(householdTracks).set(values).where(eq(householdTracks.id, id)).returning();
  if (!row) {
    throw new Error('the track was not updated');
  }
  return row;
}

export type HouseholdDatesRow = { id: string; pseudonym: string; permitDate: string | null; housedOn: string | null; closedAt: Date | null };

/** The households of a municipality with their permit and housing dates (for waiting times). */
export async function listMunicipalityHouseholds(db: Executor, municipalityCode: string): Promise<HouseholdDatesRow[]> {
  return db
    .select({
      id: households.id,
      pseudonym: households.pseudonym,
      permitDate: households.permitDate,
      housedOn: householdIntegration.housedOn,
      closedAt: households.closedAt,
    })
    .from(households)
    .leftJoin(householdIntegration, eq(householdIntegration.householdId, households.id))
    .where(eq(households.municipalityCode, municipalityCode));
}

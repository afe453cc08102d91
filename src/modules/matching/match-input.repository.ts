// SPDX-License-Identifier: EUPL-1.2
/** SQL for what the match uses of a household and what a municipality entered about care and homes. */
import { eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { householdMatchProfiles, municipalityMatchInputs } from '../../db/schema/index.ts';

export type MatchProfileRecord = typeof householdMatchProfiles.$inferSelect;
export type MunicipalityInputRecord = typeof municipalityMatchInputs.$inferSelect;

export async function upsertMatchProfile(tx: Tx, row: MatchProfileRecord): Promise<MatchProfileRecord> {
  const [stored] = await tx
    .insert(householdMatchProfiles)
    .values(row)
    .onConflictDoUpdate({
      target: householdMatchProfiles.householdId,
      set: { iscoMajorGroup: row.iscoMajorGroup, tieMunicipalityCode: row.tieMunicipalityCode, careNeed: row.careNeed },
    })
    .returning();
  if (!stored) {
    throw new Error('the match profile was not stored');
  }
  return stored;
}

export async function upsertMunicipalityInput(tx: Tx, row: Omit<MunicipalityInputRecord, 'updatedAt'>): Promise<MunicipalityInputRecord> {
  const [stored] = await tx
    .insert(municipalityMatchInputs)
    .values(row)
    .onConflictDoUpdate({
      target: municipalityMatchInputs.municipalityCode,
      set: { careAvailable: row.careAvailable, homesSmall: row.homesSmall, homesMedium: row.homesMedium, homesLarge: row.homesLarge, updatedAt: sql`now()` },
    })
    .returning();
  if (!stored) {
    throw new Error('the municipality inputs were not stored');
  }
  return stored;
}

export async function findMunicipalityInput(db: Executor, code: string): Promise<MunicipalityInputRecord | undefined> {
  const [row] = await db.select().from(municipalityMatchInputs).where(eq(municipalityMatchInputs.municipalityCode, code));
  return row;
}

// SPDX-License-Identifier: EUPL-1.2
/** SQL of the municipal contact profile. */
import { eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { municipalityProfiles } from '../../db/schema/index.ts';

/** A stored profile row. */
export type ProfileRecord = typeof municipalityProfiles.$inferSelect;
/** The editable fields of a profile. */
export type ProfileValues = Pick<ProfileRecord, 'contactEmail' | 'phone' | 'website' | 'note'>;

/** The saved profile of a municipality, if any. */
export async function findProfile(db: Executor, municipalityCode: string): Promise<ProfileRecord | undefined> {
  const [row] = await db.select().from(municipalityProfiles).where(eq(municipalityProfiles.municipalityCode, municipalityCode));
  return row;
}

/**
 * Inserts or replaces the profile. Saving the same values again changes nothing (no new
 * updated_at, no audit entry), so a double-clicked "save" leaves no noise in the trail.
 */
export async function saveProfile(tx: Tx, municipalityCode: string, values: ProfileValues): Promise<void> {
  const t = municipalityProfiles;
  await tx
    .insert(t)
    .values({ municipalityCode, ...values })
    .onConflictDoUpdate({
      target: t.municipalityCode,
      set: { ...values, updatedAt: sql`now()` },
      setWhere: sql`(${t.contactEmail}, ${t.phone}, ${t.website}, ${t.note}) IS DISTINCT FROM
        (excluded.contact_email, excluded.phone, excluded.website, excluded.note)`,
    });
}

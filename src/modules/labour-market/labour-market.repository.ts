// SPDX-License-Identifier: EUPL-1.2
/** SQL for labour-market regions, their members and shortages. */
import { asc, inArray, notInArray, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { labourMarketRegionMembers, labourMarketRegions, labourMarketShortages, municipalities } from '../../db/schema/index.ts';

export type RegionRecord = typeof labourMarketRegions.$inferSelect;
export type ShortageRecord = typeof labourMarketShortages.$inferSelect;
export type MemberRecord = typeof labourMarketRegionMembers.$inferSelect;

/** Of `codes`, those that are municipalities in the database. */
export async function existingMunicipalityCodes(db: Executor, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) {
    return new Set();
  }
  const rows = await db.select({ code: municipalities.code }).from(municipalities).where(inArray(municipalities.code, codes));
  return new Set(rows.map((row) => row.code));
}

/** Of `codes`, those that are labour-market regions in the database. */
export async function existingRegionCodes(db: Executor, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) {
    return new Set();
  }
  const rows = await db.select({ code: labourMarketRegions.code }).from(labourMarketRegions).where(inArray(labourMarketRegions.code, codes));
  return new Set(rows.map((row) => row.code));
}

/**
 * Replaces the whole classification: regions not in `regions` go (with their shortages), the
 * others are updated or added, and every membership is rewritten.
 */
export async function replaceClassification(tx: Tx, regions: RegionRecord[], members: MemberRecord[]): Promise<void> {
  await tx.delete(labourMarketRegionMembers);
  const codes = regions.map((region) => region.code);
  await tx.delete(labourMarketRegions).where(codes.length > 0 ? notInArray(labourMarketRegions.code, codes) : undefined);
  if (regions.length > 0) {
    await tx
      .insert(labourMarketRegions)
      .values(regions)
      .onConflictDoUpdate({
        target: labourMarketRegions.code,
        set: { name: sql`excluded.name`, isExample: sql`excluded.is_example`, source: sql`excluded.source` },
      });
  }
  if (members.length > 0) {
    await tx.insert(labourMarketRegionMembers).values(members);
  }
}

/** Replaces the shortages of the regions in `rows` (other regions keep theirs). */
export async function replaceShortages(tx: Tx, rows: ShortageRecord[]): Promise<void> {
  const regions = [...new Set(rows.map((row) => row.regionCode))];
  if (regions.length === 0) {
    return;
  }
  await tx.delete(labourMarketShortages).where(inArray(labourMarketShortages.regionCode, regions));
  await tx.insert(labourMarketShortages).values(rows);
}

/** Everything, ordered by code: regions, memberships and shortages. */
export async function loadLabourMarket(db: Executor): Promise<{ regions: RegionRecord[]; members: MemberRecord[]; shortages: ShortageRecord[] }> {
  const regions = await db.select().from(labourMarketRegions).orderBy(asc(labourMarketRegions.code));
  const members = await db.select().from(labourMarketRegionMembers).orderBy(asc(labourMarketRegionMembers.municipalityCode));
  const shortages = await db
    .select()
    .from(labourMarketShortages)
    .orderBy(asc(labourMarketShortages.regionCode), asc(labourMarketShortages.iscoMajorGroup));
  return { regions, members, shortages };
}

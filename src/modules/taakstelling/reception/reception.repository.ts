// SPDX-License-Identifier: EUPL-1.2
/** SQL for reception-place targets, safety regions and entered place counts. */
import { and, asc, desc, eq, inArray, lte, max, or, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../../db/client.ts';
import {
  municipalities,
  municipalityYears,
  receptionPlaceCounts,
  receptionTargets,
  safetyRegionMembers,
  safetyRegions,
  sources,
} from '../../../db/schema/index.ts';

export type SafetyRegionRecord = typeof safetyRegions.$inferSelect;
export type TargetRecord = typeof receptionTargets.$inferSelect;
export type NewTarget = typeof receptionTargets.$inferInsert;
export type PlaceCountRecord = typeof receptionPlaceCounts.$inferSelect;

/** One upsert of a source for the whole module: taakstelling.repository.ts's. */
export { upsertSource } from '../taakstelling.repository.ts';

/** The municipalities of the latest division year ≤ `year` (all, or one province's). */
export async function currentDivision(db: Executor, year: number, province?: string) {
  const [latest] = await db.select({ year: max(municipalityYears.year) }).from(municipalityYears).where(lte(municipalityYears.year, year));
  if (!latest?.year) {
    return [];
  }
  return db
    .select({ code: municipalityYears.municipalityCode, name: municipalityYears.name, provinceCode: municipalityYears.provinceCode })
    .from(municipalityYears)
    .where(
      and(
        eq(municipalityYears.year, latest.year),
        eq(municipalityYears.active, true),
        province ? eq(municipalityYears.provinceCode, province) : undefined,
      ),
    )
    .orderBy(asc(municipalityYears.municipalityCode));
}

/**
 * Every municipality whose latest province is `province`, current or merged away: the places and
 * targets of a province over the years (a location counted in 2016 in Vianen stays in Utrecht).
 */
export async function municipalitiesOfProvince(db: Executor, province: string) {
  return db
    .select({ code: municipalities.code, name: municipalities.name })
    .from(municipalities)
    .where(eq(municipalities.provinceCode, province))
    .orderBy(asc(municipalities.code));
}

export async function listSafetyRegions(db: Executor, province?: string) {
  const regions = await db
    .select({ region: safetyRegions, source: sources })
    .from(safetyRegions)
    .innerJoin(sources, eq(sources.id, safetyRegions.sourceId))
    .where(province ? eq(safetyRegions.provinceCode, province) : undefined)
    .orderBy(asc(safetyRegions.code));
  const members = regions.length
    ? await db.select().from(safetyRegionMembers).where(inArray(safetyRegionMembers.safetyRegionCode, regions.map((r) => r.region.code)))
    : [];
  return regions.map((r) => ({
    ...r.region,
    source: r.source,
    members: members.filter((m) => m.safetyRegionCode === r.region.code).map((m) => m.municipalityCode).sort(),
  }));
}

/** Which safety region each of `codes` belongs to now (absent: none). */
export async function membershipsOf(db: Executor, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) {
    return new Map();
  }
  const rows = await db.select().from(safetyRegionMembers).where(inArray(safetyRegionMembers.municipalityCode, codes));
  return new Map(rows.map((r) => [r.municipalityCode, r.safetyRegionCode]));
}

export async function saveSafetyRegion(tx: Tx, region: Omit<SafetyRegionRecord, 'updatedAt'>, members: string[]): Promise<void> {
  await tx
    .insert(safetyRegions)
    .values(region)
    .onConflictDoUpdate({
      target: safetyRegions.code,
      set: { name: region.name, provinceCode: region.provinceCode, sourceId: region.sourceId, updatedAt: sql`now()` },
    });
  await tx.delete(safetyRegionMembers).where(eq(safetyRegionMembers.safetyRegionCode, region.code));
  if (members.length > 0) {
    await tx.insert(safetyRegionMembers).values(members.map((municipalityCode) => ({ safetyRegionCode: region.code, municipalityCode })));
  }
}

export async function insertTargets(tx: Tx, rows: NewTarget[]): Promise<TargetRecord[]> {
  return rows.length ? tx.insert(receptionTargets).values(rows).returning() : [];
}

export async function deleteChildTargets(tx: Tx, parentId: string): Promise<void> {
  await tx.delete(receptionTargets).where(eq(receptionTargets.parentTargetId, parentId));
}

export async function findTarget(db: Executor, id: string): Promise<TargetRecord | undefined> {
  const [row] = await db.select().from(receptionTargets).where(eq(receptionTargets.id, id));
  return row;
}

/** Targets whose scope is one of `scopes`, with their sources. */
export async function targetsOf(db: Executor, scopes: { kind: 'safety_region' | 'province' | 'municipality'; codes: string[] }[]) {
  const conditions = scopes
    .filter((s) => s.codes.length > 0)
    .map((s) => and(eq(receptionTargets.scopeKind, s.kind), inArray(receptionTargets.scopeCode, s.codes)));
  if (conditions.length === 0) {
    return [];
  }
  return db
    .select({ target: receptionTargets, source: sources })
    .from(receptionTargets)
    .innerJoin(sources, eq(sources.id, receptionTargets.sourceId))
    .where(or(...conditions))
    .orderBy(asc(receptionTargets.scopeKind), asc(receptionTargets.scopeCode), asc(receptionTargets.kind), desc(receptionTargets.createdAt));
}

export async function insertPlaceCount(tx: Tx, row: typeof receptionPlaceCounts.$inferInsert): Promise<PlaceCountRecord> {
  const [inserted] = await tx.insert(receptionPlaceCounts).values(row).returning();
  if (!inserted) {
    throw new Error('the place count was not inserted');
  }
  return inserted;
}

/** The latest count on or before `asOf` of every location of `codes`. */
export async function latestPlaceCounts(db: Executor, codes: string[], asOf: string): Promise<PlaceCountRecord[]> {
  if (codes.length === 0) {
    return [];
  }
  return db
    .selectDistinctOn([receptionPlaceCounts.municipalityCode, receptionPlaceCounts.kind, receptionPlaceCounts.locationReference])
    .from(receptionPlaceCounts)
    .where(and(inArray(receptionPlaceCounts.municipalityCode, codes), lte(receptionPlaceCounts.countedOn, asOf)))
    .orderBy(
      receptionPlaceCounts.municipalityCode,
      receptionPlaceCounts.kind,
      receptionPlaceCounts.locationReference,
      desc(receptionPlaceCounts.countedOn),
      desc(receptionPlaceCounts.createdAt),
    );
}

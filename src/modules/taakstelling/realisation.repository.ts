// SPDX-License-Identifier: EUPL-1.2
/** SQL for realisations (status holders housed) and the reference data their checks need. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { households, municipalities, realisations } from '../../db/schema/index.ts';

export type RealisationRecord = typeof realisations.$inferSelect;
export type NewRealisation = typeof realisations.$inferInsert;
export type RealisationKey = { municipalityCode: string; sourceReference: string };

/** Municipalities by code, with their first successor (largest territory share) if merged. */
export async function municipalitiesWithSuccessor(db: Executor, codes: string[]) {
  if (codes.length === 0) {
    return [];
  }
  return db
    .select({
      code: municipalities.code,
      name: municipalities.name,
      provinceCode: municipalities.provinceCode,
      beginDate: municipalities.beginDate,
      endDate: municipalities.endDate,
      // Written out in full: drizzle renders a column unqualified here, which the inner
      // `municipalities heir` would capture.
      successorCode: sql<string | null>`(
        SELECT s.successor_code FROM municipality_successions s
        WHERE s.predecessor_code = "municipalities"."code"
        ORDER BY s.territory_share DESC NULLS LAST LIMIT 1)`,
      successorName: sql<string | null>`(
        SELECT heir.name FROM municipality_successions s JOIN municipalities heir ON heir.code = s.successor_code
        WHERE s.predecessor_code = "municipalities"."code"
        ORDER BY s.territory_share DESC NULLS LAST LIMIT 1)`,
    })
    .from(municipalities)
    .where(inArray(municipalities.code, codes));
}

/** Households by pseudonym (id and municipality only: the check needs no more). */
export async function householdsByPseudonym(db: Executor, pseudonyms: string[]) {
  if (pseudonyms.length === 0) {
    return [];
  }
  return db
    .select({ id: households.id, pseudonym: households.pseudonym, closedAt: households.closedAt })
    .from(households)
    .where(inArray(households.pseudonym, pseudonyms));
}

/** Existing realisations with any of these (municipality, source reference) keys. */
export async function realisationsByKeys(db: Executor, keys: RealisationKey[]): Promise<RealisationRecord[]> {
  if (keys.length === 0) {
    return [];
  }
  const codes = [...new Set(keys.map((k) => k.municipalityCode))];
  const references = [...new Set(keys.map((k) => k.sourceReference))];
  const wanted = new Set(keys.map((k) => `${k.municipalityCode}\u0000${k.sourceReference}`));
  const rows = await db
    .select()
    .from(realisations)
    .where(and(inArray(realisations.municipalityCode, codes), inArray(realisations.sourceReference, references)));
  return rows.filter((row) => wanted.has(`${row.municipalityCode}\u0000${row.sourceReference}`));
}

/** Inserts the rows in batches (the totals trigger runs once per batch). */
export async function insertRealisations(tx: Tx, rows: NewRealisation[], batchSize = 500): Promise<RealisationRecord[]> {
  const inserted: RealisationRecord[] = [];
  for (let start = 0; start < rows.length; start += batchSize) {
    inserted.push(...(await tx.insert(realisations).values(rows.slice(start, start + batchSize)).returning()));
  }
  return inserted;
}

/** A housed household now belongs to the municipality that housed it. */
export async function assignHouseholds(tx: Tx, assignments: { householdId: string; municipalityCode: string }[]): Promise<void> {
  for (const { householdId, municipalityCode } of assignments) {
    await tx.update(households).set({ municipalityCode }).where(eq(households.id, householdId));
  }
}

export type RealisationListRow = RealisationRecord & { householdPseudonym: string | null };

export async function listRealisations(
  db: Executor,
  filter: { municipalityCode: string; period?: string | undefined; limit: number; offset: number },
): Promise<{ rows: RealisationListRow[]; total: number }> {
  const where = and(
    eq(realisations.municipalityCode, filter.municipalityCode),
    filter.period ? eq(realisations.period, filter.period) : undefined,
  );
  const rows = await db
    .select({ realisation: realisations, householdPseudonym: households.pseudonym })
    .from(realisations)
    .leftJoin(households, eq(households.id, realisations.householdId))
    .where(where)
    .orderBy(desc(realisations.housedOn), asc(realisations.sourceReference))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(realisations).where(where);
  return { rows: rows.map((r) => ({ ...r.realisation, householdPseudonym: r.householdPseudonym })), total: count?.n ?? 0 };
}

export async function findRealisation(db: Executor, id: string): Promise<RealisationRecord | undefined> {
  const [row] = await db.select().from(realisations).where(eq(realisations.id, id));
  return row;
}

export async function deleteRealisation(tx: Tx, id: string): Promise<void> {
  await tx.delete(realisations).where(eq(realisations.id, id));
}

/** True when `error` (or its cause) is a PostgreSQL unique violation of `constraint`. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const details = current as Error & { code?: unknown; constraint?: unknown };
    if (details.code === '23505') {
      return details.constraint === constraint || current.message.includes(constraint);
    }
    current = current.cause;
  }
  return false;
}

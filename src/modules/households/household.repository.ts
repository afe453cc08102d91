// SPDX-License-Identifier: EUPL-1.2
/** SQL for households. */
import { and, asc, eq, isNull, isNotNull, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { households, municipalities } from '../../db/schema/index.ts';

export type HouseholdRecord = typeof households.$inferSelect;
export type NewHousehold = typeof households.$inferInsert;

export async function insertHousehold(tx: Tx, row: NewHousehold): Promise<HouseholdRecord> {
  const [inserted] = await tx.insert(households).values(row).returning();
  if (!inserted) {
    throw new Error('the household was not inserted');
  }
  return inserted;
}

export async function findHousehold(db: Executor, id: string): Promise<HouseholdRecord | undefined> {
  const [row] = await db.select().from(households).where(eq(households.id, id));
  return row;
}

export async function findHouseholdByPseudonym(db: Executor, pseudonym: string): Promise<HouseholdRecord | undefined> {
  const [row] = await db.select().from(households).where(eq(households.pseudonym, pseudonym));
  return row;
}

export async function updateHousehold(tx: Tx, id: string, changes: Partial<NewHousehold>): Promise<HouseholdRecord> {
  const [row] = await tx.update(households).set(changes).where(eq(households.id, id)).returning();
  if (!row) {
    throw new Error('the household was not updated');
  }
  return row;
}

export async function listHouseholds(
  db: Executor,
  filter: { municipalityCode?: string | undefined; open?: boolean | undefined; limit: number; offset: number },
): Promise<{ rows: HouseholdRecord[]; total: number }> {
  const where = and(
    filter.municipalityCode ? eq(households.municipalityCode, filter.municipalityCode) : undefined,
    filter.open === undefined ? undefined : filter.open ? isNull(households.closedAt) : isNotNull(households.closedAt),
  );
  const rows = await db.select().from(households).where(where).orderBy(asc(households.createdAt), asc(households.id)).limit(filter.limit).offset(filter.offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(households).where(where);
  return { rows, total: count?.n ?? 0 };
}

/** The municipality (with its province) a household may be assigned to, or undefined. */
export async function findMunicipalityScope(db: Executor, code: string) {
  const [row] = await db
    .select({ code: municipalities.code, provinceCode: municipalities.provinceCode, endDate: municipalities.endDate, name: municipalities.name })
    .from(municipalities)
    .where(eq(municipalities.code, code));
  return row;
}

/** True when `error` (or its cause) is a unique violation of `constraint`. */
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

// SPDX-License-Identifier: EUPL-1.2
/** SQL for agreed transfers of task between municipalities. */
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { municipalityYears, taakstellingTransfers } from '../../db/schema/index.ts';

export type TransferRecord = typeof taakstellingTransfers.$inferSelect;
export type NewTransfer = typeof taakstellingTransfers.$inferInsert;

/** The division rows of `codes` in `year` (active on 1 January), with their province then. */
export async function divisionRowsOf(db: Executor, year: number, codes: string[]) {
  return db
    .select({ code: municipalityYears.municipalityCode, name: municipalityYears.name, provinceCode: municipalityYears.provinceCode })
    .from(municipalityYears)
    .where(and(eq(municipalityYears.year, year), eq(municipalityYears.active, true), inArray(municipalityYears.municipalityCode, codes)));
}

export async function insertTransfer(tx: Tx, row: NewTransfer): Promise<TransferRecord> {
  const [inserted] = await tx.insert(taakstellingTransfers).values(row).returning();
  if (!inserted) {
    throw new Error('the transfer was not inserted');
  }
  return inserted;
}

/** Transfers of a period touching any of `codes` (all when codes is undefined). */
export async function listTransfers(db: Executor, period: string, codes?: string[]): Promise<TransferRecord[]> {
  const touches = codes
    ? or(inArray(taakstellingTransfers.fromMunicipalityCode, codes), inArray(taakstellingTransfers.toMunicipalityCode, codes))
    : undefined;
  return db
    .select()
    .from(taakstellingTransfers)
    .where(and(eq(taakstellingTransfers.period, period), touches))
    .orderBy(asc(taakstellingTransfers.agreedOn), asc(taakstellingTransfers.createdAt));
}

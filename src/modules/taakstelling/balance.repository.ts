// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL for the balances: everything the computation of all periods needs, each read in one
 * query (no query per period or per municipality), and the data version the cache is keyed by.
 */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import {
  municipalities,
  municipalityPopulation,
  municipalitySuccessions,
  municipalityYears,
  officialMunicipalTasks,
  provinces,
  realisationTotals,
  sources,
  taakstellingTransfers,
} from '../../db/schema/index.ts';
import type { SourceRow } from './taakstelling.repository.ts';

export type DivisionRow = { year: number; code: string; name: string; provinceCode: string };

/** The municipalities active on 1 January of every loaded year, ordered by year and code. */
export async function allDivisions(db: Executor): Promise<DivisionRow[]> {
  return db
    .select({
      year: municipalityYears.year,
      code: municipalityYears.municipalityCode,
      name: municipalityYears.name,
      provinceCode: municipalityYears.provinceCode,
    })
    .from(municipalityYears)
    .where(eq(municipalityYears.active, true))
    .orderBy(asc(municipalityYears.year), asc(municipalityYears.municipalityCode));
}

export type PopulationRow = { code: string; referenceDate: string; population: number; sourceId: string };

/** Every municipal population figure (342 per loaded reference date). */
export async function allPopulations(db: Executor): Promise<PopulationRow[]> {
  return db
    .select({
      code: municipalityPopulation.municipalityCode,
      referenceDate: municipalityPopulation.referenceDate,
      population: municipalityPopulation.population,
      sourceId: municipalityPopulation.sourceId,
    })
    .from(municipalityPopulation);
}

export async function sourcesByIds(db: Executor, ids: string[]): Promise<SourceRow[]> {
  if (ids.length === 0) {
    return [];
  }
  return db.select().from(sources).where(inArray(sources.id, ids));
}

export async function allOfficialTasks(db: Executor) {
  return db.select().from(officialMunicipalTasks).orderBy(asc(officialMunicipalTasks.period));
}

export async function allSuccessions(db: Executor) {
  return db
    .select({
      predecessor: municipalitySuccessions.predecessorCode,
      successor: municipalitySuccessions.successorCode,
      effectiveDate: municipalitySuccessions.effectiveDate,
      territoryShare: municipalitySuccessions.territoryShare,
    })
    .from(municipalitySuccessions);
}

export type RealisedTotalRow = { code: string; period: string; persons: number; realisations: number };

/** Persons and rows realised per municipality per period (the trigger-kept totals). */
export async function allRealisationTotals(db: Executor): Promise<RealisedTotalRow[]> {
  return db
    .select({
      code: realisationTotals.municipalityCode,
      period: realisationTotals.period,
      persons: realisationTotals.persons,
      realisations: realisationTotals.realisations,
    })
    .from(realisationTotals);
}

export type TransferRow = typeof taakstellingTransfers.$inferSelect;

export async function allTransfers(db: Executor): Promise<TransferRow[]> {
  return db.select().from(taakstellingTransfers).orderBy(asc(taakstellingTransfers.agreedOn));
}

export type MunicipalityRow = typeof municipalities.$inferSelect;

export async function allMunicipalities(db: Executor): Promise<MunicipalityRow[]> {
  return db.select().from(municipalities);
}

/**
 * A value that changes whenever committed data changes: the newest audit entry (every table has
 * an audit trigger) and the oldest running transaction (so a transaction that started before a
 * newer one but committed after it still changes the value).
 */
export async function dataVersion(db: Executor): Promise<string> {
  const result = await db.execute<{ version: string }>(
    sql`select coalesce(max(id), 0)::text || ':' || pg_snapshot_xmin(pg_current_snapshot())::text as version from audit_log`,
  );
  return (result as unknown as { rows: { version: string }[] }).rows[0]?.version ?? '0';
}

export async function allProvinces(db: Executor): Promise<{ code: string; name: string }[]> {
  return db.select().from(provinces).orderBy(asc(provinces.code));
}

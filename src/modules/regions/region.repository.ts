// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL of the public regions API (read only). Dates come back as ISO text (`::text`) so that
 * PGlite and node-postgres give the same strings. A municipality's population for a division
 * year is its latest figure on or before 1 January of that year (`latestPopulation`).
 */
import { asc, eq, inArray, max, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import { datasets, municipalityYears, sources } from '../../db/schema/index.ts';

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** LATERAL subquery: the latest population of `y.municipality_code` on or before 1 January `y.year`. */
const latestPopulation: SQL = sql`LEFT JOIN LATERAL (
    SELECT mp.population, mp.reference_date::text AS reference_date, mp.source_id
    FROM municipality_population mp
    WHERE mp.municipality_code = y.municipality_code AND mp.reference_date <= make_date(y.year, 1, 1)
    ORDER BY mp.reference_date DESC
    LIMIT 1
  ) pop ON true`;

/** Checksum of the shipped files as last loaded, or null. */
export async function findShippedChecksum(db: Executor, id: string): Promise<string | null> {
  const [row] = await db.select({ shipped: datasets.shippedChecksum }).from(datasets).where(eq(datasets.id, id));
  return row?.shipped ?? null;
}

/** The latest division year loaded, or null when nothing is loaded. */
export async function findLatestDivisionYear(db: Executor): Promise<number | null> {
  const [row] = await db.select({ year: max(municipalityYears.year) }).from(municipalityYears);
  return row?.year ?? null;
}

/** A stored source row. */
export type SourceRecord = typeof sources.$inferSelect;

/** The sources with the given ids (all when `ids` is omitted), by id. */
export async function listSources(db: Executor, ids?: string[]): Promise<SourceRecord[]> {
  if (ids && ids.length === 0) {
    return [];
  }
  const query = db.select().from(sources);
  return (ids ? query.where(inArray(sources.id, ids)) : query).orderBy(asc(sources.id));
}

/** Aggregates of one province: counts, population sum and the dates/sources summed. */
export type ProvinceSummaryRecord = {
  code: string;
  name: string;
  municipality_count: number;
  population_sum: number | null;
  with_population: number;
  first_date: string | null;
  last_date: string | null;
  source_ids: string[] | null;
};

/** Provinces with their municipalities active in `year` and the sum of their latest figures. */
export async function listProvinceSummaries(db: Db, year: number): Promise<ProvinceSummaryRecord[]> {
  return rowsOf<ProvinceSummaryRecord>(
    await db.execute(sql`
      SELECT p.code, p.name, count(*)::int AS municipality_count,
             sum(pop.population)::int AS population_sum, count(pop.population)::int AS with_population,
             min(pop.reference_date) AS first_date, max(pop.reference_date) AS last_date,
             array_remove(array_agg(DISTINCT pop.source_id), NULL) AS source_ids
      FROM municipality_years y
      JOIN provinces p ON p.code = y.province_code
      ${latestPopulation}
      WHERE y.year = ${year} AND y.active
      GROUP BY p.code, p.name
      ORDER BY p.code`),
  );
}

/** A municipality of a division year with its latest population figure. */
export type MunicipalityListRecord = {
  code: string;
  name: string;
  province_code: string;
  province_name: string;
  population: number | null;
  reference_date: string | null;
  source_id: string | null;
};

/** Municipalities active on 1 January `year`, optionally of one province. */
export async function listActiveMunicipalities(
  db: Db,
  { year, provinceCode }: { year: number; provinceCode?: string | undefined },
): Promise<MunicipalityListRecord[]> {
  const inProvince = provinceCode ? sql`AND y.province_code = ${provinceCode}` : sql``;
  return rowsOf<MunicipalityListRecord>(
    await db.execute(sql`
      SELECT y.municipality_code AS code, y.name, y.province_code, p.name AS province_name,
             pop.population, pop.reference_date, pop.source_id
      FROM municipality_years y
      JOIN provinces p ON p.code = y.province_code
      ${latestPopulation}
      WHERE y.year = ${year} AND y.active ${inProvince}
      ORDER BY y.municipality_code`),
  );
}

/** A province by code, if it exists. */
export async function findProvince(db: Db, code: string): Promise<{ code: string; name: string } | undefined> {
  return rowsOf<{ code: string; name: string }>(
    await db.execute(sql`SELECT code, name FROM provinces WHERE code = ${code}`),
  )[0];
}

/** A municipality with its latest name, province and dates. */
export type MunicipalityRecord = {
  code: string;
  name: string;
  province_code: string;
  province_name: string;
  begin_date: string | null;
  end_date: string | null;
};

/** A municipality by code, if it exists. */
export async function findMunicipality(db: Executor, code: string): Promise<MunicipalityRecord | undefined> {
  return rowsOf<MunicipalityRecord>(
    await db.execute(sql`
      SELECT m.code, m.name, m.province_code, p.name AS province_name,
             m.begin_date::text AS begin_date, m.end_date::text AS end_date
      FROM municipalities m JOIN provinces p ON p.code = m.province_code
      WHERE m.code = ${code}`),
  )[0];
}

/** One year of a municipality in the division. */
export type MunicipalityYearRecord = { year: number; name: string; province_code: string; active: boolean; source_id: string };

/** Every division year that lists the municipality. */
export async function listMunicipalityYears(db: Db, code: string): Promise<MunicipalityYearRecord[]> {
  return rowsOf<MunicipalityYearRecord>(
    await db.execute(sql`
      SELECT year, name, province_code, active, source_id FROM municipality_years
      WHERE municipality_code = ${code} ORDER BY year`),
  );
}

/** One population figure with its source. */
export type PopulationRecord = { reference_date: string; population: number; source_id: string };

/** The population history of a municipality, oldest first. */
export async function listPopulation(db: Db, code: string): Promise<PopulationRecord[]> {
  return rowsOf<PopulationRecord>(
    await db.execute(sql`
      SELECT reference_date::text AS reference_date, population, source_id FROM municipality_population
      WHERE municipality_code = ${code} ORDER BY reference_date`),
  );
}

/** A succession with the names of both municipalities. */
export type SuccessionRecord = {
  predecessor_code: string;
  predecessor_name: string;
  successor_code: string;
  successor_name: string;
  effective_date: string;
  derivation: string;
  territory_share: number | null;
};

/** Successions in which any of `codes` is predecessor or successor. */
export async function listSuccessionsOf(db: Db, codes: string[]): Promise<SuccessionRecord[]> {
  if (codes.length === 0) {
    return [];
  }
  const list = sql.join(codes.map((code) => sql`${code}`), sql`, `);
  return rowsOf<SuccessionRecord>(
    await db.execute(sql`
      SELECT s.predecessor_code, mp.name AS predecessor_name, s.successor_code, ms.name AS successor_name,
             s.effective_date::text AS effective_date, s.derivation, s.territory_share
      FROM municipality_successions s
      JOIN municipalities mp ON mp.code = s.predecessor_code
      JOIN municipalities ms ON ms.code = s.successor_code
      WHERE s.predecessor_code IN (${list}) OR s.successor_code IN (${list})
      ORDER BY s.effective_date, s.predecessor_code, s.successor_code`),
  );
}

/** A stored boundary (GeoJSON geometry). */
export type BoundaryRecord = { code: string; year: number; name: string; source_id: string; geometry: Record<string, unknown> };

/** Boundaries of the given kind and codes, every vintage, latest first. */
export async function listBoundaries(db: Db, kind: 'municipality' | 'province', codes: string[]): Promise<BoundaryRecord[]> {
  if (codes.length === 0) {
    return [];
  }
  const list = sql.join(codes.map((code) => sql`${code}`), sql`, `);
  return rowsOf<BoundaryRecord>(
    await db.execute(sql`
      SELECT code, year, name, source_id, geometry FROM boundaries
      WHERE kind = ${kind} AND code IN (${list})
      ORDER BY code, year DESC`),
  );
}

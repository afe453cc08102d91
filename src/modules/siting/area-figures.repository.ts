// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL of the CBS figures a weighing uses: wijk and gemeente rows of "Kerncijfers wijken en
 * buurten" (area_figures: population density, address density where a table has it, distance to a
 * large supermarket) and the latest municipal population and address densities
 * (municipality_population).
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../locations/location.repository.ts';

export type AreaFigureRecord = {
  year: number;
  level: 'gemeente' | 'wijk';
  name: string;
  municipality_code: string;
  source_id: string;
  density: number | null;
  /** CBS omgevingsadressendichtheid; none of the shipped wijk tables has it. */
  address_density: number | null;
  supermarket_km: number | null;
};

/** Gemeente and wijk rows of the given municipalities, latest year first. */
export async function listAreaFigures(db: Executor, municipalityCodes: string[]): Promise<AreaFigureRecord[]> {
  if (municipalityCodes.length === 0) {
    return [];
  }
  const list = sql.join(municipalityCodes.map((c) => sql`${c}`), sql`, `);
  return rowsOf<AreaFigureRecord>(
    await db.execute(sql`
      SELECT year, level, name, municipality_code, source_id,
             (figures->>'bevolkingsdichtheid_per_km2')::float8 AS density,
             (figures->>'omgevingsadressendichtheid')::float8 AS address_density,
             (figures->>'afstand_tot_grote_supermarkt_km')::float8 AS supermarket_km
      FROM area_figures WHERE municipality_code IN (${list}) AND level IN ('gemeente', 'wijk')
      ORDER BY year DESC, cbs_row_id`),
  );
}

export type MunicipalDensityRecord = { municipality_code: string; density: number; reference_date: string; source_id: string };

/**
 * Municipal densities: inhabitants per km² (a typed column), or the CBS address density
 * (omgevingsadressendichtheid: mean addresses per km² within 1 km of each address; in `figures`,
 * shipped in the KWB 2023 municipal table).
 */
const municipalDensityColumns = {
  population: sql`density_per_km2::float8`,
  addresses: sql`(figures->>'omgevingsadressendichtheid')::float8`,
} as const;

/** The latest density of each municipality that has one. */
export async function listMunicipalDensities(
  db: Executor,
  municipalityCodes: string[],
  of: keyof typeof municipalDensityColumns = 'population',
): Promise<MunicipalDensityRecord[]> {
  if (municipalityCodes.length === 0) {
    return [];
  }
  const list = sql.join(municipalityCodes.map((c) => sql`${c}`), sql`, `);
  const column = municipalDensityColumns[of];
  return rowsOf<MunicipalDensityRecord>(
    await db.execute(sql`
      SELECT DISTINCT ON (municipality_code) municipality_code, ${column} AS density,
             reference_date::text AS reference_date, source_id
      FROM municipality_population
      WHERE municipality_code IN (${list}) AND ${column} IS NOT NULL
      ORDER BY municipality_code, reference_date DESC`),
  );
}

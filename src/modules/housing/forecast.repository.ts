// SPDX-License-Identifier: EUPL-1.2
/** SQL the forecast reads: per project only what the forecast needs, in one query. */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Delivery } from './domain/schedule.ts';

/** A project as the forecast reads it, with its municipality's latest CBS household size. */
export type ForecastProjectRow = {
  id: string;
  municipality_code: string;
  homes_total: number;
  homes_status_holders: number;
  persons_stated: number | null;
  household_size_override: number | null;
  delivered_on: string | null;
  schedule: Delivery[] | null;
  cbs_household_size: number | null;
};

type ForecastProjectTuple = [
  id: string,
  municipalityCode: string,
  homesTotal: number,
  homesStatusHolders: number,
  personsStated: number | null,
  householdSizeOverride: number | null,
  deliveredOn: string | null,
  schedule: Delivery[] | null,
];

/**
 * The projects of the municipalities `codes` (all when undefined).
 *
 * Why one row of JSON: the embedded database spends its time per row of the wire protocol and
 * per jsonb value, not in PostgreSQL; 5,000 projects as one JSON array of arrays (schedules
 * inside) and the household sizes as another are read and parsed in one go, several times
 * faster than 5,000 rows, and joined here rather than in SQL (bench/housing; the same pattern as
 * the taakstelling balances, balance.repository.ts).
 */
export async function loadForecastProjects(db: Executor, codes?: string[]): Promise<ForecastProjectRow[]> {
  if (codes && codes.length === 0) {
    return [];
  }
  const only = (column: SQL) => (codes ? sql`WHERE ${column} IN (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})` : sql``);
  const result = await db.execute(sql`
    SELECT
      (SELECT json_agg(json_build_array(p.id, p.municipality_code, p.homes_total, p.homes_status_holders, p.persons_stated,
                                        p.household_size_override, p.delivered_on::text, p.schedule))
         FROM housing_projects p ${only(sql`p.municipality_code`)})::text AS projects,
      (SELECT json_agg(json_build_array(s.municipality_code, s.average_household_size))
         FROM (SELECT DISTINCT ON (municipality_code) municipality_code, average_household_size
                 FROM municipality_population
                WHERE average_household_size IS NOT NULL
                ORDER BY municipality_code, reference_date DESC) s ${only(sql`s.municipality_code`)})::text AS sizes`);
  const row = (result as unknown as { rows: { projects: string | null; sizes: string | null }[] }).rows[0];
  const sizes = new Map<string, number>(row?.sizes ? (JSON.parse(row.sizes) as [string, number][]) : []);
  const projects = row?.projects ? (JSON.parse(row.projects) as ForecastProjectTuple[]) : [];
  return projects.map(([id, municipalityCode, homesTotal, homesStatusHolders, personsStated, householdSizeOverride, deliveredOn, schedule]) => ({
    id,
    municipality_code: municipalityCode,
    homes_total: homesTotal,
    homes_status_holders: homesStatusHolders,
    persons_stated: personsStated,
    household_size_override: householdSizeOverride,
    delivered_on: deliveredOn,
    schedule,
    cbs_household_size: sizes.get(municipalityCode) ?? null,
  }));
}

/**
 * The baseline of the benchmark: the same rows summed by municipality and delivery period in
 * SQL alone (no schedule split, no task), to show what the forecast costs above a plain query.
 */
export async function aggregateByDeliveryPeriod(db: Executor): Promise<{ municipality_code: string; period: string; homes: number }[]> {
  const result = await db.execute(sql`
    SELECT municipality_code,
      extract(year FROM delivered_on)::int || CASE WHEN extract(month FROM delivered_on) <= 6 THEN '-I' ELSE '-II' END AS period,
      sum(homes_status_holders)::int AS homes
    FROM housing_projects WHERE delivered_on IS NOT NULL
    GROUP BY 1, 2`);
  return (result as unknown as { rows: { municipality_code: string; period: string; homes: number }[] }).rows;
}

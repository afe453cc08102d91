// SPDX-License-Identifier: EUPL-1.2
/** SQL the forecast reads: per project only what the forecast needs, in one query. */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Delivery } from './domain/schedule.ts';

/** A project as the forecast reads it, with its municipality's latest CBS household size. */
export type ForecastProjectRow = {
  id: string;
  municipality_code: string;
  homes_total: number;
  homes_status_holders: number;
  persons_stated: number | null;
  household_size_override: string | null;
  delivered_on: string | null;
  schedule: Delivery[] | null;
  cbs_household_size: number | null;
};

/** The projects of the municipalities `codes` (all when undefined). */
export async function loadForecastProjects(db: Executor, codes?: string[]): Promise<ForecastProjectRow[]> {
  if (codes && codes.length === 0) {
    return [];
  }
  const only = codes ? sql`WHERE p.municipality_code IN (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})` : sql``;
  const result = await db.execute(sql`
    WITH sizes AS (
      SELECT DISTINCT ON (municipality_code) municipality_code, average_household_size
      FROM municipality_population WHERE average_household_size IS NOT NULL
      ORDER BY municipality_code, reference_date DESC
    )
    SELECT p.id, p.municipality_code, p.homes_total, p.homes_status_holders, p.persons_stated, p.household_size_override::text AS household_size_override,
      p.delivered_on::text AS delivered_on, p.schedule, s.average_household_size AS cbs_household_size
    FROM housing_projects p LEFT JOIN sizes s ON s.municipality_code = p.municipality_code
    ${only}`);
  return (result as unknown as { rows: ForecastProjectRow[] }).rows;
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

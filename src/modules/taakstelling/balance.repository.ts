// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL for the balances: everything the computation of all periods needs, read in ONE query, and
 * the data version the cache is keyed by.
 *
 * Why one query of JSON: the embedded database spends most of its time per query and per row of
 * the wire protocol, not in PostgreSQL itself. Each table comes back as one JSON array of arrays
 * in one column of one row, which is an order of magnitude faster than thousands of rows over
 * ten queries (bench/taakstelling), and the same on a PostgreSQL server.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { SourceRow } from './taakstelling.repository.ts';

export type RawBalanceInputs = {
  national: [period: string, task: number, backlogIn: number | null, populationReferenceDate: string | null, sourceId: string][];
  divisions: [year: number, code: string, name: string, provinceCode: string][];
  populations: [code: string, referenceDate: string, population: number, sourceId: string][];
  official: [period: string, code: string, task: number, taskIncludingBacklog: number | null, sourceId: string][];
  successions: [predecessor: string, successor: string, effectiveDate: string, territoryShare: number | null][];
  totals: [code: string, period: string, persons: number, realisations: number][];
  transfers: [id: string, period: string, from: string, to: string, persons: number, agreedOn: string, reference: string][];
  municipalities: [code: string, name: string, provinceCode: string, beginDate: string | null, endDate: string | null][];
  provinces: [code: string, name: string][];
  sources: SourceRow[];
};

const columns = [
  'national',
  'divisions',
  'populations',
  'official',
  'successions',
  'totals',
  'transfers',
  'municipalities',
  'provinces',
  'sources',
] as const;

/** Every input of the balances, one JSON array per table. */
export async function loadBalanceInputs(db: Executor): Promise<RawBalanceInputs> {
  const result = await db.execute(sql`
    SELECT
      (SELECT json_agg(json_build_array(period, task, backlog_in, population_reference_date::text, source_id) ORDER BY period)
         FROM national_tasks)::text AS national,
      (SELECT json_agg(json_build_array(year, municipality_code, name, province_code))
         FROM municipality_years WHERE active)::text AS divisions,
      (SELECT json_agg(json_build_array(municipality_code, reference_date::text, population, source_id))
         FROM municipality_population)::text AS populations,
      (SELECT json_agg(json_build_array(period, municipality_code, task, task_including_backlog, source_id))
         FROM official_municipal_tasks)::text AS official,
      (SELECT json_agg(json_build_array(predecessor_code, successor_code, effective_date::text, territory_share))
         FROM municipality_successions)::text AS successions,
      (SELECT json_agg(json_build_array(municipality_code, period, persons, realisations))
         FROM realisation_totals)::text AS totals,
      (SELECT json_agg(json_build_array(id, period, from_municipality_code, to_municipality_code, persons, agreed_on::text, reference)
                       ORDER BY agreed_on, created_at)
         FROM taakstelling_transfers)::text AS transfers,
      (SELECT json_agg(json_build_array(code, name, province_code, begin_date::text, end_date::text))
         FROM municipalities)::text AS municipalities,
      (SELECT json_agg(json_build_array(code, name) ORDER BY code) FROM provinces)::text AS provinces,
      (SELECT json_agg(json_build_object('id', id, 'publisher', publisher, 'title', title, 'publisherTable', publisher_table,
                                         'referenceDate', reference_date::text, 'url', url, 'licence', licence, 'note', note))
         FROM sources
        WHERE id IN (SELECT source_id FROM national_tasks
                     UNION SELECT DISTINCT source_id FROM municipality_population
                     UNION SELECT source_id FROM official_municipal_tasks))::text AS sources`);
  const row = (result as unknown as { rows: Record<(typeof columns)[number], string | null>[] }).rows[0];
  const parsed = Object.fromEntries(columns.map((column) => [column, row?.[column] ? JSON.parse(row[column] as string) : []]));
  return parsed as RawBalanceInputs;
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

// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL of the right-of-access export: every table that holds rows about a household, keyed by the
 * household id. A module that adds such a table adds its query here, so the export stays complete.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../locations/location.repository.ts';

/** Table name → query of its rows about household `id`. */
const queries: Record<string, (id: string) => SQL> = {
  households: (id) => sql`SELECT * FROM households WHERE id = ${id}`,
  household_integration: (id) => sql`SELECT * FROM household_integration WHERE household_id = ${id}`,
  household_tracks: (id) => sql`SELECT * FROM household_tracks WHERE household_id = ${id} ORDER BY started_on, id`,
  realisations: (id) => sql`SELECT * FROM realisations WHERE household_id = ${id} ORDER BY housed_on, id`,
  offer_referrals: (id) => sql`SELECT * FROM offer_referrals WHERE household_id = ${id} ORDER BY referred_on, id`,
  household_reads: (id) => sql`SELECT id, read_at, actor, purpose, outcome FROM household_reads WHERE household_id = ${id} ORDER BY id`,
};

export async function collectHouseholdRows(db: Executor, id: string): Promise<Record<string, Record<string, unknown>[]>> {
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const [table, query] of Object.entries(queries)) {
    tables[table] = rowsOf<Record<string, unknown>>(await db.execute(query(id))).map((row) =>
      Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value])),
    );
  }
  return tables;
}

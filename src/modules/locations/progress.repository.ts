// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL behind "places realised": the locations of a scope that were ever opened, with the dates of
 * their "open" and "closed" steps, and their occupancy counts.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from './location.repository.ts';

/** A province, a municipality, or a safety region (its entered member municipalities). */
export type ProgressScope = { kind: 'province' | 'municipality' | 'safety_region'; code: string };

export type OpenedLocationRecord = {
  id: string;
  name: string;
  municipality_code: string;
  province_code: string;
  kind: 'emergency' | 'structural' | 'other';
  capacity: number;
  opened_on: string;
  closed_on: string | null;
};

export type CountRecord = { location_id: string; counted_on: string; persons: number };

function scopeCondition(scope: ProgressScope): SQL {
  if (scope.kind === 'province') {
    return sql`m.province_code = ${scope.code}`;
  }
  if (scope.kind === 'municipality') {
    return sql`l.municipality_code = ${scope.code}`;
  }
  return sql`l.municipality_code IN (SELECT municipality_code FROM safety_region_members WHERE safety_region_code = ${scope.code})`;
}

/** Locations of the scope with an "open" step, with their open and closed dates. */
export async function listOpenedLocations(db: Executor, scope: ProgressScope): Promise<OpenedLocationRecord[]> {
  return rowsOf<OpenedLocationRecord>(
    await db.execute(sql`
      SELECT l.id, l.name, l.municipality_code, m.province_code, l.kind, l.capacity,
             opened.stepped_on::text AS opened_on, closed.stepped_on::text AS closed_on
      FROM reception_locations l
      JOIN municipalities m ON m.code = l.municipality_code
      JOIN reception_location_steps opened ON opened.location_id = l.id AND opened.status = 'open'
      LEFT JOIN reception_location_steps closed ON closed.location_id = l.id AND closed.status = 'closed'
      WHERE ${scopeCondition(scope)}
      ORDER BY l.municipality_code, l.name, l.id`),
  );
}

/** The occupancy counts of the given locations up to a date. */
export async function listCounts(db: Executor, locationIds: string[], until: string): Promise<CountRecord[]> {
  if (locationIds.length === 0) {
    return [];
  }
  const ids = sql.join(locationIds.map((id) => sql`${id}`), sql`, `);
  return rowsOf<CountRecord>(
    await db.execute(sql`
      SELECT location_id, counted_on::text AS counted_on, persons FROM reception_location_occupancy
      WHERE location_id::text IN (${ids}) AND counted_on <= ${until}
      ORDER BY location_id, counted_on`),
  );
}

/** The name of a scope, or undefined when it does not exist. */
export async function findScopeName(db: Executor, scope: ProgressScope): Promise<string | undefined> {
  const table = { province: sql`provinces`, municipality: sql`municipalities`, safety_region: sql`safety_regions` }[scope.kind];
  return rowsOf<{ name: string }>(await db.execute(sql`SELECT name FROM ${table} WHERE code = ${scope.code}`))[0]?.name;
}

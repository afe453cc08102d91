// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL of the locations register. Dates come back as ISO text (`::text`) and euro amounts as
 * float8, so that PGlite and node-postgres give the same values.
 */
import { eq, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { receptionLocations, receptionLocationSteps } from '../../db/schema/index.ts';

export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** A location row with its municipality, province and latest occupancy count. */
export type LocationRecord = {
  id: string;
  name: string;
  address: string | null;
  longitude: number;
  latitude: number;
  municipality_code: string;
  municipality_name: string;
  province_code: string;
  province_name: string;
  placement: 'derived' | 'checked' | 'near_border' | 'entered_unchecked';
  placement_boundary_year: number | null;
  placement_source_id: string | null;
  kind: 'emergency' | 'structural' | 'other';
  building_type: string;
  capacity: number;
  planned_from: string | null;
  planned_until: string | null;
  owner: string | null;
  operator: string | null;
  one_off_cost_eur: number | null;
  yearly_cost_eur: number | null;
  cost_source: string | null;
  status: string;
  status_since: string;
  decision: 'yes' | 'no' | null;
  decided_by: string | null;
  decided_on: string | null;
  is_public: boolean;
  public_summary: string | null;
  created_at: Date | string;
  updated_at: Date | string;
  occupancy_counted_on: string | null;
  occupancy_persons: number | null;
  occupancy_capacity: number | null;
  occupancy_source_reference: string | null;
  occupancy_recorded_by: string | null;
};

const selectLocations = sql`
  SELECT l.id, l.name, l.address, l.longitude, l.latitude, l.municipality_code, m.name AS municipality_name,
         m.province_code, p.name AS province_name, l.placement, l.placement_boundary_year, l.placement_source_id,
         l.kind, l.building_type, l.capacity, l.planned_from::text AS planned_from, l.planned_until::text AS planned_until,
         l.owner, l.operator, l.one_off_cost_eur::float8 AS one_off_cost_eur, l.yearly_cost_eur::float8 AS yearly_cost_eur,
         l.cost_source, l.status, l.status_since::text AS status_since, l.decision, l.decided_by, l.decided_on::text AS decided_on,
         l.is_public, l.public_summary, l.created_at, l.updated_at,
         o.counted_on AS occupancy_counted_on, o.persons AS occupancy_persons, o.capacity_at_count AS occupancy_capacity,
         o.source_reference AS occupancy_source_reference, o.recorded_by AS occupancy_recorded_by
  FROM reception_locations l
  JOIN municipalities m ON m.code = l.municipality_code
  JOIN provinces p ON p.code = m.province_code
  LEFT JOIN LATERAL (
    SELECT counted_on::text AS counted_on, persons, capacity_at_count, source_reference, recorded_by
    FROM reception_location_occupancy WHERE location_id = l.id ORDER BY counted_on DESC LIMIT 1
  ) o ON true`;

/** Which locations a caller may see: by province, by municipality, by location id (any match). */
export type LocationScope = { provinces: string[]; municipalities: string[]; locationIds: string[] };

const textArray = (values: string[]): SQL => sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

/** SQL condition of a scope (false when it is empty). */
export function withinScope(scope: LocationScope): SQL {
  const parts: SQL[] = [];
  if (scope.provinces.length > 0) {
    parts.push(sql`m.province_code = ANY(${textArray(scope.provinces)})`);
  }
  if (scope.municipalities.length > 0) {
    parts.push(sql`l.municipality_code = ANY(${textArray(scope.municipalities)})`);
  }
  if (scope.locationIds.length > 0) {
    parts.push(sql`l.id::text = ANY(${textArray(scope.locationIds)})`);
  }
  return parts.length > 0 ? sql`(${sql.join(parts, sql` OR `)})` : sql`false`;
}

export type LocationFilters = { status?: string; municipality?: string; province?: string; kind?: string; ids?: string[] };

/** Locations in a scope matching the filters, by municipality and name. */
export async function listLocationRecords(db: Executor, scope: LocationScope, filters: LocationFilters = {}): Promise<LocationRecord[]> {
  const conditions: SQL[] = [withinScope(scope)];
  if (filters.status) {
    conditions.push(sql`l.status = ${filters.status}`);
  }
  if (filters.municipality) {
    conditions.push(sql`l.municipality_code = ${filters.municipality}`);
  }
  if (filters.province) {
    conditions.push(sql`m.province_code = ${filters.province}`);
  }
  if (filters.kind) {
    conditions.push(sql`l.kind = ${filters.kind}`);
  }
  if (filters.ids) {
    conditions.push(sql`l.id::text = ANY(${textArray(filters.ids.length > 0 ? filters.ids : [''])})`);
  }
  return rowsOf<LocationRecord>(
    await db.execute(sql`${selectLocations} WHERE ${sql.join(conditions, sql` AND `)} ORDER BY l.municipality_code, l.name, l.id`),
  );
}

/** One location (no scope: the caller checks the policy on the record). */
export async function findLocationRecord(db: Executor, id: string): Promise<LocationRecord | undefined> {
  return rowsOf<LocationRecord>(await db.execute(sql`${selectLocations} WHERE l.id = ${id}`))[0];
}

/** Locks a location row for a change (steps, occupancy) so two changes cannot interleave. */
export async function lockLocation(tx: Tx, id: string): Promise<void> {
  await tx.execute(sql`SELECT id FROM reception_locations WHERE id = ${id} FOR UPDATE`);
}

export type LocationInsert = typeof receptionLocations.$inferInsert;

export async function insertLocation(tx: Tx, values: LocationInsert): Promise<string> {
  const [row] = await tx.insert(receptionLocations).values(values).returning({ id: receptionLocations.id });
  return (row as { id: string }).id;
}

export async function updateLocationRow(tx: Tx, id: string, values: Partial<LocationInsert>): Promise<void> {
  await tx
    .update(receptionLocations)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(receptionLocations.id, id));
}

export type StepRecord = { status: string; stepped_on: string; recorded_by: string; note: string | null };

export async function insertStep(tx: Tx, step: { locationId: string; status: string; on: string; recordedBy: string; note: string | null }): Promise<void> {
  await tx.insert(receptionLocationSteps).values({
    locationId: step.locationId,
    status: step.status,
    steppedOn: step.on,
    recordedBy: step.recordedBy,
    note: step.note,
  });
}

export async function listSteps(db: Executor, locationId: string): Promise<StepRecord[]> {
  return rowsOf<StepRecord>(
    await db.execute(sql`
      SELECT status, stepped_on::text AS stepped_on, recorded_by, note FROM reception_location_steps
      WHERE location_id = ${locationId} ORDER BY stepped_on, created_at`),
  );
}

/** The municipality (any province) with its end date, if known. */
export async function findMunicipalityRecord(
  db: Executor,
  code: string,
): Promise<{ code: string; name: string; province_code: string; end_date: string | null } | undefined> {
  return rowsOf<{ code: string; name: string; province_code: string; end_date: string | null }>(
    await db.execute(sql`SELECT code, name, province_code, end_date::text AS end_date FROM municipalities WHERE code = ${code}`),
  )[0];
}

/** The safety region the municipality was entered in (taakstelling's membership table), if any. */
export async function findSafetyRegionOf(db: Executor, municipalityCode: string): Promise<{ code: string; name: string } | undefined> {
  return rowsOf<{ code: string; name: string }>(
    await db.execute(sql`
      SELECT r.code, r.name FROM safety_region_members s JOIN safety_regions r ON r.code = s.safety_region_code
      WHERE s.municipality_code = ${municipalityCode}`),
  )[0];
}

/** A province by code, if it exists. */
export async function findProvinceRecord(db: Executor, code: string): Promise<{ code: string; name: string } | undefined> {
  return rowsOf<{ code: string; name: string }>(await db.execute(sql`SELECT code, name FROM provinces WHERE code = ${code}`))[0];
}

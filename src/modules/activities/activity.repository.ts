// SPDX-License-Identifier: EUPL-1.2
/** SQL of the activities board (migrations/0067_activities.sql). Times come back as ISO text. */
import { and, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { activities } from '../../db/schema/index.ts';

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** An activity row with its municipality and location names. */
export type ActivityRecord = {
  id: string;
  kind: 'sport' | 'culture' | 'nature' | 'language_cafe' | 'buddies';
  title: string;
  description: string;
  public_description: string;
  contains_contact: boolean;
  starts_at: string;
  ends_at: string | null;
  schedule: string | null;
  place: string;
  municipality_code: string;
  municipality_name: string;
  province_code: string;
  location_id: string | null;
  location_name: string | null;
  organiser_name: string;
  organiser_email: string;
  organiser_url: string | null;
  status: 'pending' | 'published' | 'rejected';
  moderation_reason: string | null;
  moderated_at: string | null;
  created_at: string;
};

const iso = (column: SQL) => sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

const selectActivities = sql`
  SELECT a.id, a.kind, a.title, a.description, a.public_description, a.contains_contact,
         ${iso(sql`a.starts_at`)} AS starts_at, ${iso(sql`a.ends_at`)} AS ends_at, a.schedule, a.place,
         a.municipality_code, m.name AS municipality_name, m.province_code, a.location_id, l.name AS location_name,
         a.organiser_name, a.organiser_email, a.organiser_url, a.status, a.moderation_reason,
         ${iso(sql`a.moderated_at`)} AS moderated_at, ${iso(sql`a.created_at`)} AS created_at
  FROM activities a
  JOIN municipalities m ON m.code = a.municipality_code
  LEFT JOIN reception_locations l ON l.id = a.location_id AND l.is_public`;

/** The values of a new activity. */
export type NewActivity = typeof activities.$inferInsert;

export async function insertActivity(executor: Executor, values: NewActivity): Promise<string> {
  const [row] = await executor.insert(activities).values(values).returning({ id: activities.id });
  if (!row) {
    throw new Error('insert returned no row');
  }
  return row.id;
}

/** True when the municipality exists (and has not ended). */
export async function municipalityExists(executor: Executor, code: string): Promise<boolean> {
  const result = await executor.execute(sql`SELECT 1 FROM municipalities WHERE code = ${code} AND (end_date IS NULL OR end_date > now())`);
  return rowsOf(result).length > 0;
}

/** True when the location exists and has a public page. */
export async function publicLocationExists(executor: Executor, id: string): Promise<boolean> {
  const result = await executor.execute(sql`SELECT 1 FROM reception_locations WHERE id = ${id} AND is_public`);
  return rowsOf(result).length > 0;
}

/** Current municipalities, by name, for the form's choice list. */
export async function listMunicipalityChoices(executor: Executor): Promise<Array<{ code: string; name: string }>> {
  const result = await executor.execute(
    sql`SELECT code, name FROM municipalities WHERE end_date IS NULL OR end_date > now() ORDER BY name, code`,
  );
  return rowsOf(result);
}

export type BoardFilter = { kind?: string | undefined; locationId?: string | undefined; municipality?: string | undefined };

/** Published activities that have not ended (or started within the last day), soonest first. */
export async function listPublished(executor: Executor, filter: BoardFilter, limit: number): Promise<ActivityRecord[]> {
  const conditions: SQL[] = [
    sql`a.status = 'published'`,
    sql`coalesce(a.ends_at, a.starts_at + interval '1 day') >= now()`,
  ];
  if (filter.kind) {
    conditions.push(sql`a.kind = ${filter.kind}`);
  }
  if (filter.locationId) {
    conditions.push(sql`a.location_id = ${filter.locationId}`);
  }
  if (filter.municipality) {
    conditions.push(sql`a.municipality_code = ${filter.municipality}`);
  }
  const result = await executor.execute(
    sql`${selectActivities} WHERE ${sql.join(conditions, sql` AND `)} ORDER BY a.starts_at, a.id LIMIT ${limit}`,
  );
  return rowsOf<ActivityRecord>(result);
}

/** The moderation scope of a caller: everything, or some provinces and municipalities. */
export type QueueScope = { all: boolean; provinces: string[]; municipalities: string[] };

function withinQueueScope(scope: QueueScope): SQL {
  if (scope.all) {
    return sql`true`;
  }
  const provinces = scope.provinces.length > 0 ? sql`m.province_code IN (${sql.join(scope.provinces.map((p) => sql`${p}`), sql`, `)})` : sql`false`;
  const places = scope.municipalities.length > 0 ? sql`a.municipality_code IN (${sql.join(scope.municipalities.map((c) => sql`${c}`), sql`, `)})` : sql`false`;
  return sql`(${provinces} OR ${places})`;
}

/** Activities in the scope with one status: pending ones oldest first, decided ones latest decision first. */
export async function listByStatus(
  executor: Executor,
  scope: QueueScope,
  status: ActivityRecord['status'],
  limit: number,
): Promise<ActivityRecord[]> {
  const order = status === 'pending' ? sql`a.created_at, a.id` : sql`a.moderated_at DESC, a.id`;
  const result = await executor.execute(
    sql`${selectActivities} WHERE a.status = ${status} AND ${withinQueueScope(scope)} ORDER BY ${order} LIMIT ${limit}`,
  );
  return rowsOf<ActivityRecord>(result);
}

/** One activity, locked for a decision. */
export async function findActivityForUpdate(executor: Executor, id: string): Promise<ActivityRecord | null> {
  const result = await executor.execute(sql`${selectActivities} WHERE a.id = ${id} FOR UPDATE OF a`);
  return rowsOf<ActivityRecord>(result)[0] ?? null;
}

/**
 * Records a moderation decision: publishes a pending or hidden (rejected) activity, or rejects a
 * pending one or hides a published one; false when the activity has that status already.
 */
export async function decideActivity(
  executor: Executor,
  id: string,
  decision: { status: 'published' | 'rejected'; reason: string | null; by: string },
): Promise<boolean> {
  const rows = await executor
    .update(activities)
    .set({ status: decision.status, moderationReason: decision.reason, moderatedBy: decision.by, moderatedAt: sql`now()` })
    .where(and(eq(activities.id, id), ne(activities.status, decision.status)))
    .returning({ id: activities.id });
  return rows.length > 0;
}

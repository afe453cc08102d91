// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL of the public location page: the public locations, page settings and announcements.
 * Dates come back as ISO text so that PGlite and node-postgres give the same values.
 */
import { sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { participationAnnouncements, participationSettings } from '../../db/schema/index.ts';

export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** A location as participation sees it: place, scope, public fields and page settings. */
export type PageLocationRecord = {
  id: string;
  name: string;
  address: string | null;
  longitude: number;
  latitude: number;
  municipality_code: string;
  municipality_name: string;
  province_code: string;
  kind: 'emergency' | 'structural' | 'other';
  capacity: number;
  planned_from: string | null;
  planned_until: string | null;
  status: string;
  decision: 'yes' | 'no' | null;
  decided_by: string | null;
  decided_on: string | null;
  is_public: boolean;
  public_summary: string | null;
  moderation: 'before' | 'after';
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  contact_url: string | null;
  weighing_summary: string | null;
};

const selectPageLocation = sql`
  SELECT l.id, l.name, l.address, l.longitude, l.latitude, l.municipality_code, m.name AS municipality_name, m.province_code,
         l.kind, l.capacity, l.planned_from::text AS planned_from, l.planned_until::text AS planned_until, l.status,
         l.decision, l.decided_by, l.decided_on::text AS decided_on, l.is_public, l.public_summary,
         coalesce(s.moderation, 'before') AS moderation, s.contact_name, s.contact_email, s.contact_phone, s.contact_url,
         s.weighing_summary
  FROM reception_locations l
  JOIN municipalities m ON m.code = l.municipality_code
  LEFT JOIN participation_settings s ON s.location_id = l.id`;

/** One location with its page settings (public or not: the caller decides). */
export async function findPageLocation(db: Executor, id: string): Promise<PageLocationRecord | undefined> {
  return rowsOf<PageLocationRecord>(await db.execute(sql`${selectPageLocation} WHERE l.id = ${id}`))[0];
}

/** Every public location, by municipality and name. */
export async function listPublicLocations(db: Executor): Promise<PageLocationRecord[]> {
  return rowsOf<PageLocationRecord>(
    await db.execute(sql`${selectPageLocation} WHERE l.is_public ORDER BY m.name, l.name, l.id`),
  );
}

export type SettingsValues = typeof participationSettings.$inferInsert;

/** Creates or replaces a location's page settings. */
export async function upsertSettings(tx: Tx, values: SettingsValues): Promise<void> {
  const { locationId, ...rest } = values;
  await tx
    .insert(participationSettings)
    .values(values)
    .onConflictDoUpdate({ target: participationSettings.locationId, set: { ...rest, updatedAt: new Date() } });
}

export type AnnouncementRecord = {
  id: string;
  title: string;
  body: string;
  published_at: string;
  meeting_at: string | null;
  meeting_place: string | null;
};

/** A location's announcements, newest first. */
export async function listAnnouncements(db: Executor, locationId: string, limit = 50): Promise<AnnouncementRecord[]> {
  return rowsOf<AnnouncementRecord>(
    await db.execute(sql`
      SELECT id, title, body, to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS published_at,
             to_char(meeting_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS meeting_at, meeting_place
      FROM participation_announcements WHERE location_id = ${locationId}
      ORDER BY published_at DESC, id LIMIT ${limit}`),
  );
}

export type AnnouncementValues = typeof participationAnnouncements.$inferInsert;

export async function insertAnnouncement(tx: Tx, values: AnnouncementValues): Promise<string> {
  const [row] = await tx.insert(participationAnnouncements).values(values).returning({ id: participationAnnouncements.id });
  return row?.id ?? '';
}

/** The latest stored boundary (GeoJSON) of a municipality, or undefined when none is loaded. */
export async function findMunicipalityOutline(db: Executor, municipalityCode: string): Promise<unknown> {
  const [row] = rowsOf<{ geometry: unknown }>(
    await db.execute(sql`
      SELECT geometry FROM boundaries WHERE kind = 'municipality' AND code = ${municipalityCode}
      ORDER BY year DESC LIMIT 1`),
  );
  return row?.geometry;
}

// SPDX-License-Identifier: EUPL-1.2
/**
 * What the Atom feed of a location lists: the announcements and the published answers of the
 * participation module (migrations/0060_participation.sql). Only what the public page shows:
 * published reactions, their masked text (`public_body`), and the answer.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** One feed item: an announcement, or an answered question (`question` is then the masked text). */
export type FeedItemRecord = {
  kind: 'announcement' | 'answer';
  id: string;
  title: string;
  body: string;
  question: string | null;
  at: string;
};

/** The newest `limit` items of a location, newest first. */
export async function listFeedItems(executor: Executor, locationId: string, limit: number): Promise<FeedItemRecord[]> {
  const result = await executor.execute(sql`
    SELECT * FROM (
      SELECT 'announcement' AS kind, a.id::text AS id, a.title, a.body, NULL::text AS question,
             to_char(a.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at, a.published_at AS sort_at
      FROM participation_announcements a
      WHERE a.location_id = ${locationId} AND a.published_at <= now()
      UNION ALL
      SELECT 'answer', r.id::text, left(r.public_body, 120), r.answer, r.public_body,
             to_char(r.answered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), r.answered_at
      FROM participation_reactions r
      WHERE r.location_id = ${locationId} AND r.visibility = 'published' AND r.answer IS NOT NULL
    ) items
    ORDER BY sort_at DESC, id
    LIMIT ${limit}`);
  return rowsOf<FeedItemRecord & { sort_at: unknown }>(result).map(({ sort_at: _sortAt, ...item }) => item);
}

// SPDX-License-Identifier: EUPL-1.2
/** SQL of residents' reactions and the e-mail addresses kept apart for their answers. */
import { eq, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import type { Actor } from '../../db/transaction.ts';
import { participationReactionEmails, participationReactions } from '../../db/schema/index.ts';
import { rowsOf } from './page.repository.ts';

export type ReactionValues = typeof participationReactions.$inferInsert;

/** One reaction of a group commit: its id is made by the caller, so no RETURNING is needed. */
export type NewReaction = {
  id: string;
  locationId: string;
  kind: string;
  body: string;
  publicBody: string;
  containsContact: boolean;
  longitude: number | null;
  latitude: number | null;
  visibility: 'pending' | 'published';
  receivedAt: Date;
  dueOn: string;
  /** Kept apart in participation_reaction_emails, never public. */
  email: string | null;
};

/**
 * Stores a batch of reactions and their e-mail addresses in ONE statement (so one implicit
 * transaction and one round trip to the database) through the SQL function
 * regietafel_store_reactions (migration 0089), which sets the actor for the audit trail first;
 * the inserts are audited per statement. All rows or none.
 */
export async function insertReactionBatch(db: Executor, actor: Actor, reactions: NewReaction[]): Promise<void> {
  const rows = JSON.stringify(
    reactions.map((r) => ({
      id: r.id, location_id: r.locationId, kind: r.kind, body: r.body, public_body: r.publicBody,
      contains_contact: r.containsContact, longitude: r.longitude, latitude: r.latitude, visibility: r.visibility,
      received_at: r.receivedAt.toISOString(), due_on: r.dueOn, email: r.email,
    })),
  );
  await db.execute(sql`SELECT regietafel_store_reactions(${actor}, ${rows}::jsonb)`);
}

/** A reaction with its location's name and scope, and whether an e-mail address waits for the answer. */
export type ReactionRecord = {
  id: string;
  location_id: string;
  location_name: string;
  municipality_code: string;
  province_code: string;
  kind: string;
  body: string;
  public_body: string;
  contains_contact: boolean;
  longitude: number | null;
  latitude: number | null;
  visibility: 'pending' | 'published' | 'hidden';
  moderation_reason: string | null;
  status: 'received' | 'answered' | 'forwarded' | 'closed';
  status_note: string | null;
  theme: string | null;
  answer: string | null;
  answered_at: string | null;
  received_at: string;
  due_on: string;
  wants_mail: boolean;
};

const isoUtc = (column: string): SQL => sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

const selectReactions = sql`
  SELECT r.id, r.location_id, l.name AS location_name, l.municipality_code, m.province_code, r.kind, r.body, r.public_body,
         r.contains_contact, r.longitude, r.latitude, r.visibility, r.moderation_reason, r.status, r.status_note, r.theme,
         r.answer, ${isoUtc('r.answered_at')} AS answered_at, ${isoUtc('r.received_at')} AS received_at, r.due_on::text AS due_on,
         (e.reaction_id IS NOT NULL) AS wants_mail
  FROM participation_reactions r
  JOIN reception_locations l ON l.id = r.location_id
  JOIN municipalities m ON m.code = l.municipality_code
  LEFT JOIN participation_reaction_emails e ON e.reaction_id = r.id`;

/** Which reactions a caller may see: everything, or by province, municipality or location (any match). */
export type ReactionScope = { all: boolean; provinces: string[]; municipalities: string[]; locationIds: string[] };

const textArray = (values: string[]): SQL => sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

function withinScope(scope: ReactionScope): SQL {
  if (scope.all) {
    return sql`true`;
  }
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

export type ReactionFilters = {
  locationId?: string;
  visibility?: string;
  status?: string;
  from?: string;
  to?: string;
  limit?: number;
};

/** Reactions in a scope, newest first. */
export async function listReactions(db: Executor, scope: ReactionScope, filters: ReactionFilters): Promise<ReactionRecord[]> {
  const conditions: SQL[] = [withinScope(scope)];
  if (filters.locationId) {
    conditions.push(sql`r.location_id = ${filters.locationId}`);
  }
  if (filters.visibility) {
    conditions.push(sql`r.visibility = ${filters.visibility}`);
  }
  if (filters.status) {
    conditions.push(sql`r.status = ${filters.status}`);
  }
  if (filters.from) {
    conditions.push(sql`r.received_at >= (${filters.from}::date AT TIME ZONE 'Europe/Amsterdam')`);
  }
  if (filters.to) {
    conditions.push(sql`r.received_at < ((${filters.to}::date + 1) AT TIME ZONE 'Europe/Amsterdam')`);
  }
  const limit = filters.limit === undefined ? sql`` : sql` LIMIT ${filters.limit}`;
  return rowsOf<ReactionRecord>(
    await db.execute(sql`${selectReactions} WHERE ${sql.join(conditions, sql` AND `)} ORDER BY r.received_at DESC, r.id${limit}`),
  );
}

/** The published reactions of a location, newest first. */
export async function listPublishedReactions(db: Executor, locationId: string, limit: number): Promise<ReactionRecord[]> {
  return rowsOf<ReactionRecord>(
    await db.execute(sql`${selectReactions} WHERE r.location_id = ${locationId} AND r.visibility = 'published'
      ORDER BY r.received_at DESC, r.id LIMIT ${limit}`),
  );
}

/** Timing of every reaction of a location that is not hidden, for the response-time figures. */
export async function listReactionTimings(db: Executor, locationId: string): Promise<{ received_at: string; answered_at: string | null; due_on: string; status: string }[]> {
  return rowsOf(
    await db.execute(sql`
      SELECT ${isoUtc('received_at')} AS received_at, ${isoUtc('answered_at')} AS answered_at, due_on::text AS due_on, status
      FROM participation_reactions WHERE location_id = ${locationId} AND visibility <> 'hidden'`),
  );
}

export async function findReaction(db: Executor, id: string): Promise<ReactionRecord | undefined> {
  return rowsOf<ReactionRecord>(await db.execute(sql`${selectReactions} WHERE r.id = ${id}`))[0];
}

/** Locks a reaction for a change, so two moderators or officials cannot interleave. */
export async function lockReaction(tx: Tx, id: string): Promise<void> {
  await tx.execute(sql`SELECT id FROM participation_reactions WHERE id = ${id} FOR UPDATE`);
}

export async function updateReaction(tx: Tx, id: string, values: Partial<ReactionValues>): Promise<void> {
  await tx.update(participationReactions).set(values).where(eq(participationReactions.id, id));
}

/** The address waiting for this reaction's answer, if any. */
export async function findReactionEmail(tx: Executor, reactionId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ email: participationReactionEmails.email })
    .from(participationReactionEmails)
    .where(eq(participationReactionEmails.reactionId, reactionId));
  return row?.email;
}

/** Starts the retention period of a reaction's address (answered or closed). */
export async function releaseReactionEmail(tx: Tx, reactionId: string, at: Date): Promise<void> {
  await tx.execute(sql`UPDATE participation_reaction_emails SET released_at = ${at.toISOString()}
    WHERE reaction_id = ${reactionId} AND released_at IS NULL`);
}

/** Deletes the addresses released before `before`; returns how many. */
export async function deleteReleasedEmails(tx: Tx, before: Date): Promise<number> {
  const rows = rowsOf<{ reaction_id: string }>(
    await tx.execute(sql`DELETE FROM participation_reaction_emails WHERE released_at < ${before.toISOString()} RETURNING reaction_id`),
  );
  return rows.length;
}

/** Counts the stored reactions (benchmark and kill -9 checks). */
export async function countReactions(db: Executor): Promise<number> {
  const [row] = rowsOf<{ count: number }>(await db.execute(sql`SELECT count(*)::int AS count FROM participation_reactions`));
  return row?.count ?? 0;
}

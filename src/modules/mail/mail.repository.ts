// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL of the mail outbox (migrations/0065_mail_outbox.sql). Claiming uses FOR UPDATE SKIP LOCKED,
 * so several server processes on one PostgreSQL server never send the same row twice; on PGlite
 * (one connection) the clause is harmless.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { mailOutbox } from '../../db/schema/index.ts';

/** The values of a new outbox row. */
export type NewOutboxMail = {
  recipient: string;
  subject: string;
  bodyText: string;
  bodyHtml: string | null;
  headers: Record<string, string>;
  purpose: string;
  reference: string | null;
};

/** A claimed row, with what the worker needs to send it. */
export type ClaimedMail = {
  id: string;
  recipient: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  headers: Record<string, string>;
  attempts: number;
};

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** Adds one queued message. */
export async function insertOutboxMail(executor: Executor, mail: NewOutboxMail): Promise<void> {
  await executor.insert(mailOutbox).values(mail);
}

/**
 * Puts rows back in the queue whose sender vanished while sending (a crash or a kill): their
 * claim is older than `staleSeconds`. Sending is at-least-once, never lost.
 */
export async function releaseStaleClaims(executor: Executor, staleSeconds: number): Promise<number> {
  const result = await executor.execute(sql`
    UPDATE mail_outbox SET status = 'queued', claimed_at = NULL
    WHERE status = 'sending' AND claimed_at < now() - make_interval(secs => ${staleSeconds})
    RETURNING id`);
  return rowsOf(result).length;
}

/** Marks up to `limit` due rows as `sending` and returns them, oldest due first. */
export async function claimDueMail(executor: Executor, limit: number): Promise<ClaimedMail[]> {
  const result = await executor.execute(sql`
    UPDATE mail_outbox o SET status = 'sending', claimed_at = now(), attempts = o.attempts + 1
    WHERE o.id IN (
      SELECT id FROM mail_outbox
      WHERE status = 'queued' AND next_attempt_at <= now() AND recipient IS NOT NULL
      ORDER BY next_attempt_at, created_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING o.id, o.recipient, o.subject, o.body_text, o.body_html, o.headers, o.attempts`);
  return rowsOf<ClaimedMail>(result);
}

/** Records a delivered message. */
export async function markSent(executor: Executor, id: string): Promise<void> {
  await executor.execute(sql`
    UPDATE mail_outbox SET status = 'sent', sent_at = now(), claimed_at = NULL, last_error = NULL
    WHERE id = ${id}`);
}

/** Records a failed attempt: back in the queue after `retryInSeconds`, or `failed` when null. */
export async function markAttemptFailed(
  executor: Executor,
  id: string,
  error: string,
  retryInSeconds: number | null,
): Promise<void> {
  if (retryInSeconds === null) {
    await executor.execute(sql`
      UPDATE mail_outbox SET status = 'failed', claimed_at = NULL, last_error = ${error} WHERE id = ${id}`);
    return;
  }
  await executor.execute(sql`
    UPDATE mail_outbox SET status = 'queued', claimed_at = NULL, last_error = ${error},
      next_attempt_at = now() + make_interval(secs => ${retryInSeconds})
    WHERE id = ${id}`);
}

/**
 * Empties the recipient and text of sent or failed mail older than `days`: after that the outbox
 * only says that a message of some purpose went out, not to whom or what it said.
 */
export async function anonymiseOldMail(executor: Executor, days: number): Promise<number> {
  const result = await executor.execute(sql`
    UPDATE mail_outbox
    SET recipient = NULL, subject = '', body_text = '', body_html = NULL, headers = '{}'::jsonb,
        anonymised_at = now()
    WHERE anonymised_at IS NULL AND status IN ('sent', 'failed')
      AND coalesce(sent_at, created_at) < now() - make_interval(days => ${days})
    RETURNING id`);
  return rowsOf(result).length;
}

/** Counts of outbox rows by status (for the CLI and tests). */
export async function countByStatus(executor: Executor): Promise<Record<string, number>> {
  const result = await executor.execute(sql`SELECT status, count(*)::int AS n FROM mail_outbox GROUP BY status`);
  return Object.fromEntries(rowsOf<{ status: string; n: number }>(result).map((r) => [r.status, r.n]));
}

// SPDX-License-Identifier: EUPL-1.2
/**
 * Retention of the e-mail addresses residents leave for an answer: deleted `retentionDays` after
 * the reaction was answered or closed (REGIETAFEL_REACTION_EMAIL_RETENTION_DAYS, default 90).
 * Counting from the release moment at purge time means a shorter setting applies to old rows too.
 * Run by the retention job of the mail module inside `serve` (see README.md in this folder).
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { deleteReleasedEmails } from './reaction.repository.ts';

export type PurgeReactionEmailsOptions = { db: Db; now: Date; retentionDays: number };

const dayMs = 24 * 60 * 60 * 1000;

/** Deletes the expired addresses; returns how many were deleted. */
export async function purgeReactionEmails({ db, now, retentionDays }: PurgeReactionEmailsOptions): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * dayMs);
  return inTransaction(db, 'system:retention', (tx) => deleteReleasedEmails(tx, before));
}

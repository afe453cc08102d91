// SPDX-License-Identifier: EUPL-1.2
/**
 * The mail worker's one run: claim due rows, send each, record the outcome. A claim is its own
 * short transaction, and so is each outcome, so a slow SMTP server never holds a database lock.
 * Delivery is at-least-once: a process killed between sending and recording sends that mail again
 * after the claim goes stale.
 */
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { claimDueMail, markAttemptFailed, markSent, releaseStaleClaims } from './mail.repository.ts';
import { describeSendError, type MailTransport } from './smtp-transport.ts';

/** After this many attempts a mail is `failed` and no longer tried. */
export const maxAttempts = 8;
/** A claim older than this is taken to belong to a process that died. */
const staleClaimSeconds = 10 * 60;

/** Seconds to wait after the n-th failed attempt: 1, 2, 4, … minutes, at most 6 hours. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(60 * 2 ** Math.max(0, attempts - 1), 6 * 3600);
}

export type SendPendingMailOptions = {
  database: Database;
  transport: MailTransport;
  from: string;
  /** Rows claimed per transaction (default 20). */
  batchSize?: number;
  /** Upper bound of rows handled in this run, so one run ends (default 500). */
  maxPerRun?: number;
};

export type SendPendingMailResult = { sent: number; retried: number; failed: number };

/** Sends what is due now; returns how many were sent, put back for a retry, or given up. */
export async function sendPendingMail(options: SendPendingMailOptions): Promise<SendPendingMailResult> {
  const { database, transport } = options;
  const batchSize = options.batchSize ?? 20;
  const maxPerRun = options.maxPerRun ?? 500;
  const result: SendPendingMailResult = { sent: 0, retried: 0, failed: 0 };
  await inTransaction(database.db, 'system:mail', (tx) => releaseStaleClaims(tx, staleClaimSeconds));
  let handled = 0;
  while (handled < maxPerRun) {
    const batch = await inTransaction(database.db, 'system:mail', (tx) =>
      claimDueMail(tx, Math.min(batchSize, maxPerRun - handled)),
    );
    if (batch.length === 0) {
      break;
    }
    handled += batch.length;
    for (const mail of batch) {
      try {
        await transport.send({
          from: options.from,
          to: mail.recipient,
          subject: mail.subject,
          text: mail.body_text,
          html: mail.body_html ?? undefined,
          headers: mail.headers,
        });
        await inTransaction(database.db, 'system:mail', (tx) => markSent(tx, mail.id));
        result.sent += 1;
      } catch (error) {
        const giveUp = mail.attempts >= maxAttempts;
        const retryIn = giveUp ? null : retryDelaySeconds(mail.attempts);
        await inTransaction(database.db, 'system:mail', (tx) =>
          markAttemptFailed(tx, mail.id, describeSendError(error), retryIn),
        );
        result[giveUp ? 'failed' : 'retried'] += 1;
      }
    }
  }
  return result;
}

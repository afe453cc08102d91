// SPDX-License-Identifier: EUPL-1.2
/**
 * The retention job: deletes residents' personal data whose purpose has passed. Run by `serve`
 * on an interval and by `regietafel retention run`; each step is its own transaction and safe to
 * repeat. (Old mail in the outbox is erased by the mail worker, mail-worker.ts.)
 */
import type { Database } from '../../db/client.ts';
import { purgeReactionEmails } from '../participation/purge-reaction-emails.ts';
import { purgePendingSubscriptions } from '../subscriptions/purge-pending-subscriptions.ts';

export type RunRetentionOptions = {
  database: Database;
  /** Days after the answer before a reaction's e-mail address is deleted (REGIETAFEL_REACTION_EMAIL_RETENTION_DAYS). */
  reactionEmailDays: number;
  now?: Date;
};

export type RetentionResult = { reactionEmails: number; pendingSubscriptions: number };

export async function runRetention(options: RunRetentionOptions): Promise<RetentionResult> {
  const { db } = options.database;
  const reactionEmails = await purgeReactionEmails({ db, now: options.now ?? new Date(), retentionDays: options.reactionEmailDays });
  const pendingSubscriptions = await purgePendingSubscriptions({ db });
  return { reactionEmails, pendingSubscriptions };
}

export type StartRetentionJobOptions = {
  database: Database;
  reactionEmailDays: number;
  intervalHours: number;
  log: { info: (line: string) => void; warn: (line: string) => void };
};

/** Runs the job now and then every `intervalHours`; the returned function stops it. */
export function startRetentionJob(options: StartRetentionJobOptions): () => Promise<void> {
  const { database, reactionEmailDays, log } = options;
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (running) {
      return;
    }
    running = runRetention({ database, reactionEmailDays })
      .then((result) => {
        if (result.reactionEmails + result.pendingSubscriptions > 0) {
          log.info(`retention: ${result.reactionEmails} reaction addresses and ${result.pendingSubscriptions} unconfirmed subscriptions deleted`);
        }
      })
      .catch((error: unknown) => log.warn(`retention: run failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, options.intervalHours * 3_600_000);
  timer.unref();
  setImmediate(tick);
  return async () => {
    clearInterval(timer);
    await running;
  };
}

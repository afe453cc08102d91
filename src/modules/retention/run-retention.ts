// SPDX-License-Identifier: EUPL-1.2
/**
 * The retention job: deletes or anonymises personal data whose purpose has passed
 * (docs/privacy.md). Run by `serve` every REGIETAFEL_RETENTION_INTERVAL_HOURS (default 6, so at
 * least daily) and by `regietafel retention run`; each step is its own transaction and safe to
 * repeat. (Old mail in the outbox is erased by the mail worker, mail-worker.ts.)
 *   - reaction e-mail addresses after their period, and subscriptions never confirmed;
 *   - closed households two years after closing are anonymised, and reads of the read log older
 *     than two years deleted (integration/apply-retention.ts).
 */
import type { Database } from '../../db/client.ts';
import { startPeriodic, type PeriodicLog } from '../../shared/periodic.ts';
import { applyRetention } from '../integration/apply-retention.ts';
import { purgeReactionEmails } from '../participation/purge-reaction-emails.ts';
import { purgePendingSubscriptions } from '../subscriptions/purge-pending-subscriptions.ts';

export type RunRetentionOptions = {
  database: Database;
  /** Days after the answer before a reaction's e-mail address is deleted (REGIETAFEL_REACTION_EMAIL_RETENTION_DAYS). */
  reactionEmailDays: number;
  now?: Date;
};

export type RetentionResult = { reactionEmails: number; pendingSubscriptions: number; householdsAnonymised: number; readsDeleted: number };

export async function runRetention(options: RunRetentionOptions): Promise<RetentionResult> {
  const { db } = options.database;
  const now = options.now ?? new Date();
  const reactionEmails = await purgeReactionEmails({ db, now, retentionDays: options.reactionEmailDays });
  const pendingSubscriptions = await purgePendingSubscriptions({ db });
  const { householdsAnonymised, readsDeleted } = await applyRetention({ db, now });
  return { reactionEmails, pendingSubscriptions, householdsAnonymised, readsDeleted };
}

/** One log line of a run (also printed by `regietafel retention run`). */
export function describeRetention(result: RetentionResult): string {
  return (
    `retention: ${result.reactionEmails} reaction e-mail addresses and ${result.pendingSubscriptions} unconfirmed subscriptions deleted; ` +
    `${result.householdsAnonymised} closed households anonymised; ${result.readsDeleted} reads of the read log deleted`
  );
}

export type StartRetentionJobOptions = {
  database: Database;
  reactionEmailDays: number;
  intervalHours: number;
  log: PeriodicLog;
  /** The clock (tests). */
  now?: () => Date;
};

/** Runs the job now and then every `intervalHours`, logging each run; the returned function stops it. */
export function startRetentionJob({ database, reactionEmailDays, intervalHours, log, now = () => new Date() }: StartRetentionJobOptions): () => Promise<void> {
  return startPeriodic({
    name: 'retention',
    intervalMs: intervalHours * 3_600_000,
    log,
    run: async () => {
      log.info(describeRetention(await runRetention({ database, reactionEmailDays, now: now() })));
    },
  });
}

// SPDX-License-Identifier: EUPL-1.2
/**
 * The mail worker inside `regietafel serve`: every few seconds it sends what is due and erases old
 * recipients. Without SMTP settings it says once that mail is disabled and leaves the rows queued,
 * so they go out once SMTP is configured.
 */
import type { MailConfig } from '../../config/env.ts';
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { anonymiseOldMail } from './mail.repository.ts';
import { sendPendingMail, type SendPendingMailResult } from './send-pending-mail.ts';
import { createSmtpTransport, type MailTransport } from './smtp-transport.ts';

export type MailWorkerLog = { info: (line: string) => void; warn: (line: string) => void };

export type RunMailOnceOptions = {
  database: Database;
  mail: MailConfig;
  log: MailWorkerLog;
  /** A transport to reuse; by default one is made from `mail.smtp` and closed afterwards. */
  transport?: MailTransport;
};

export type MailRound = SendPendingMailResult & { anonymised: number; disabled: boolean };

/** One round: anonymise old mail, then send what is due (when SMTP is configured). */
export async function runMailOnce(options: RunMailOnceOptions): Promise<MailRound> {
  const { database, mail, log } = options;
  const anonymised = await inTransaction(database.db, 'system:mail', (tx) => anonymiseOldMail(tx, mail.retentionDays));
  const transport = options.transport ?? (mail.smtp ? createSmtpTransport(mail.smtp) : undefined);
  if (!transport) {
    return { sent: 0, retried: 0, failed: 0, anonymised, disabled: true };
  }
  try {
    const result = await sendPendingMail({ database, transport, from: mail.from });
    if (result.sent + result.retried + result.failed > 0) {
      log.info(`mail: ${result.sent} sent, ${result.retried} to retry, ${result.failed} given up`);
    }
    return { ...result, anonymised, disabled: false };
  } finally {
    if (!options.transport) {
      transport.close();
    }
  }
}

export type StartMailWorkerOptions = { database: Database; mail: MailConfig; log: MailWorkerLog };

/** Starts the interval; the returned function stops it and waits for a running round. */
export function startMailWorker(options: StartMailWorkerOptions): () => Promise<void> {
  const { database, mail, log } = options;
  if (!mail.smtp) {
    log.warn('mail: no SMTP server configured (REGIETAFEL_SMTP_URL); mail is disabled and stays queued');
  }
  const transport = mail.smtp ? createSmtpTransport(mail.smtp) : undefined;
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (running) {
      return;
    }
    running = runMailOnce({ database, mail, log, ...(transport ? { transport } : {}) })
      .catch((error: unknown) => log.warn(`mail: round failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, mail.intervalSeconds * 1000);
  timer.unref();
  setImmediate(tick);
  return async () => {
    clearInterval(timer);
    await running;
    transport?.close();
  };
}

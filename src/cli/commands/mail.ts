// SPDX-License-Identifier: EUPL-1.2
/**
 * `regietafel mail send-pending`: one round of the mail worker, for a cron job or when `serve`
 * is not running. Uses the SMTP settings of the environment (REGIETAFEL_SMTP_URL, …).
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config/env.ts';
import { openDatabase } from '../../db/client.ts';
import { runMailOnce } from '../../modules/mail/mail-worker.ts';

/** Adds `mail send-pending` to the program. */
export function registerMailCommand(program: Command): void {
  const mail = program.command('mail').description('The outbox of mail to residents and subscribers.');
  mail
    .command('send-pending')
    .description('Send the queued mail that is due, once, and erase old recipients; then exit.')
    .action(async () => {
      const config = loadConfig();
      const database = await openDatabase({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        purpose: 'mail (regietafel mail send-pending)',
      });
      try {
        const log = { info: (line: string) => console.log(line), warn: (line: string) => console.error(line) };
        const round = await runMailOnce({ database, mail: config.mail, log });
        if (round.disabled) {
          console.error('regietafel: no SMTP server configured (REGIETAFEL_SMTP_URL); the mail stays queued.');
        }
        console.log(
          `mail: ${round.sent} sent, ${round.retried} to retry, ${round.failed} given up, ` +
            `${round.anonymised} old mails erased.`,
        );
      } finally {
        await database.close();
      }
    });
}

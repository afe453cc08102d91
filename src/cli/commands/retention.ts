// SPDX-License-Identifier: EUPL-1.2
/** `regietafel retention run`: delete personal data whose retention period has passed, once. */
import type { Command } from 'commander';
import { loadConfig } from '../../config/env.ts';
import { openDatabase } from '../../db/client.ts';
import { runRetention } from '../../modules/retention/run-retention.ts';

/** Adds `retention run` to the program. */
export function registerRetentionCommand(program: Command): void {
  const retention = program.command('retention').description('Deleting residents\u2019 data after its retention period.');
  retention
    .command('run')
    .description(
      'Delete reaction e-mail addresses REGIETAFEL_REACTION_EMAIL_RETENTION_DAYS (default 90) days after the answer, ' +
        'and subscriptions never confirmed; then exit.',
    )
    .action(async () => {
      const config = loadConfig();
      const database = await openDatabase({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        purpose: 'retention (regietafel retention run)',
      });
      try {
        const result = await runRetention({ database, reactionEmailDays: config.retention.reactionEmailDays });
        console.log(
          `retention: ${result.reactionEmails} reaction e-mail addresses and ${result.pendingSubscriptions} ` +
            'unconfirmed subscriptions deleted.',
        );
      } finally {
        await database.close();
      }
    });
}

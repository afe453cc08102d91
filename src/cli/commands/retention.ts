// SPDX-License-Identifier: EUPL-1.2
/**
 * `regietafel retention …`: apply the retention periods of personal data (docs/privacy.md). Run it
 * from cron or a systemd timer when the server does not run; `serve` runs `retention run`'s job
 * every REGIETAFEL_RETENTION_INTERVAL_HOURS.
 *   - `retention run`: delete reaction e-mail addresses after their period, and subscriptions
 *     never confirmed; anonymise closed households and prune the read log (as below);
 *   - `retention integration [--dry-run] [--as-of DATE]`: anonymise closed households past their
 *     retention period and delete reads of the read log older than two years.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config/env.ts';
import { openDatabase } from '../../db/client.ts';
import { applyRetention } from '../../modules/integration/apply-retention.ts';
import { describeRetention, runRetention } from '../../modules/retention/run-retention.ts';
import { isCalendarDate } from '../../modules/taakstelling/domain/period.ts';
import { AppError } from '../../shared/errors.ts';

type IntegrationRetentionOptions = { dryRun?: boolean; asOf?: string };

/** Adds `retention run` and `retention integration` to the program. */
export function registerRetentionCommand(program: Command): void {
  const retention = program.command('retention').description('Apply the retention periods of personal data (docs/privacy.md).');
  retention
    .command('run')
    .description(
      'Delete reaction e-mail addresses REGIETAFEL_REACTION_EMAIL_RETENTION_DAYS (default 90) days after the answer, ' +
        'and subscriptions never confirmed; anonymise households closed more than 2 years ago and delete reads of the ' +
        'read log older than 2 years; then exit. (`serve` runs the same job every REGIETAFEL_RETENTION_INTERVAL_HOURS.)',
    )
    .action(async () => {
      const config = loadConfig();
      const database = await openDatabase({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        purpose: 'retention (regietafel retention run)',
      });
      try {
        console.log(describeRetention(await runRetention({ database, reactionEmailDays: config.retention.reactionEmailDays })));
      } finally {
        await database.close();
      }
    });
  retention
    .command('integration')
    .description('Anonymise closed households after 2 years and delete reads of the read log after 2 years.')
    .option('--dry-run', 'only count what would change')
    .option('--as-of <date>', 'reference date YYYY-MM-DD (default: now)')
    .action(async (options: IntegrationRetentionOptions) => {
      if (options.asOf !== undefined && !isCalendarDate(options.asOf)) {
        throw new AppError('VALIDATION_FAILED', `--as-of "${options.asOf}" is not a date written YYYY-MM-DD.`, { field: '--as-of' });
      }
      const config = loadConfig();
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, purpose: 'retention (regietafel retention integration)' });
      try {
        const report = await applyRetention({
          db: database.db,
          dryRun: options.dryRun === true,
          ...(options.asOf ? { now: new Date(`${options.asOf}T00:00:00Z`) } : {}),
        });
        const verb = report.dryRun ? 'would anonymise' : 'anonymised';
        console.log(
          `${verb} ${report.householdsAnonymised} household(s) closed before ${report.closedBefore.slice(0, 10)}; ` +
            `deleted ${report.readsDeleted} read(s) before ${report.readsBefore.slice(0, 10)}.`,
        );
      } finally {
        await database.close();
      }
    });
}

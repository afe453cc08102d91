// SPDX-License-Identifier: EUPL-1.2
/**
 * `regietafel retention integration [--dry-run] [--as-of DATE]`: anonymises closed households
 * past their retention period and deletes reads older than two years (docs/privacy.md). Run it
 * daily from cron or a systemd timer.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config/env.ts';
import { openDatabase } from '../../db/client.ts';
import { applyRetention } from '../../modules/integration/apply-retention.ts';
import { isCalendarDate } from '../../modules/taakstelling/domain/period.ts';
import { AppError } from '../../shared/errors.ts';

type RetentionOptions = { dryRun?: boolean; asOf?: string };

export function registerRetentionCommand(program: Command): void {
  const retention = program.command('retention').description('Apply the retention periods of personal data (docs/privacy.md).');
  retention
    .command('integration')
    .description('Anonymise closed households after 2 years and delete reads of the read log after 2 years.')
    .option('--dry-run', 'only count what would change')
    .option('--as-of <date>', 'reference date YYYY-MM-DD (default: now)')
    .action(async (options: RetentionOptions) => {
      if (options.asOf !== undefined && !isCalendarDate(options.asOf)) {
        throw new AppError('VALIDATION_FAILED', `--as-of "${options.asOf}" is not a date written YYYY-MM-DD.`, { field: '--as-of' });
      }
      const config = loadConfig();
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, purpose: 'retention' });
      try {
        const report = await applyRetention({
          db: database.db,
          dryRun: options.dryRun === true,
          ...(options.asOf ? { now: new Date(`${options.asOf}T00:00:00Z`) } : {}),
        });
        const verb = report.dryRun ? 'would anonymise' : 'anonymised';
        console.log(`${verb} ${report.householdsAnonymised} household(s) closed before ${report.closedBefore.slice(0, 10)}; deleted ${report.readsDeleted} read(s) before ${report.readsBefore.slice(0, 10)}.`);
      } finally {
        await database.close();
      }
    });
}

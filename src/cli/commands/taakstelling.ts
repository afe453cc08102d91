// SPDX-License-Identifier: EUPL-1.2
/** `regietafel taakstelling --period 2024-I [--province PV26] [--format csv|json]` */
import type { Command } from 'commander';
import { loadConfig } from '../../config/env.ts';
import { openDatabase } from '../../db/client.ts';
import { computeDistribution } from '../../modules/taakstelling/compute-distribution.ts';
import { distributionCsv } from '../../modules/taakstelling/distribution-csv.ts';
import { AppError } from '../../shared/errors.ts';

type TaakstellingOptions = { period: string; province?: string; format: string };

export function registerTaakstellingCommand(program: Command): void {
  program
    .command('taakstelling')
    .description(
      'Print the distribution of the national housing task over municipalities for one half-year ' +
        'period: national task × population share, largest-remainder rounded (official figures win).',
    )
    .requiredOption('--period <period>', 'half-year period, e.g. 2024-I or 2024-II')
    .option('--province <code>', 'only the municipalities of this province (PV26); does not redistribute')
    .option('--format <format>', 'csv or json', 'csv')
    .action(async (options: TaakstellingOptions) => {
      if (options.format !== 'csv' && options.format !== 'json') {
        throw new AppError('VALIDATION_FAILED', `--format must be csv or json, not "${options.format}".`);
      }
      if (options.province !== undefined && !/^PV\d{2}$/.test(options.province)) {
        throw new AppError('VALIDATION_FAILED', `--province must be a CBS province code such as PV26.`);
      }
      const config = loadConfig();
      const database = await openDatabase({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        purpose: 'regietafel taakstelling',
      });
      try {
        const distribution = await computeDistribution({ db: database.db, period: options.period, province: options.province });
        process.stdout.write(options.format === 'json' ? `${JSON.stringify(distribution, null, 2)}\n` : distributionCsv(distribution));
      } finally {
        await database.close();
      }
    });
}

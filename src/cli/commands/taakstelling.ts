// SPDX-License-Identifier: EUPL-1.2
/**
 * `regietafel taakstelling --period 2024-I [--province PV26] [--format csv|json]` prints the
 * distribution; subcommands import realisations and official tables and export balances.
 * Like the server at start, the distribution and balance commands first load the shipped
 * national tasks (idempotent: an unchanged file writes nothing).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/env.ts';
import { openDatabase, type Database } from '../../db/client.ts';
import { formatIssue, issuesOf } from '../../modules/regions/import/import-issues.ts';
import { balancesCsv, balancesXlsx } from '../../modules/taakstelling/balances-export.ts';
import { computeDistribution } from '../../modules/taakstelling/compute-distribution.ts';
import { distributionCsv } from '../../modules/taakstelling/distribution-csv.ts';
import { parsePeriod, todayInNetherlands, isCalendarDate } from '../../modules/taakstelling/domain/period.ts';
import { getPeriodBalances } from '../../modules/taakstelling/get-period-balances.ts';
import { importNationalTasks } from '../../modules/taakstelling/import-national-tasks.ts';
import { importOfficialTasks } from '../../modules/taakstelling/import-official-tasks.ts';
import { importRealisations } from '../../modules/taakstelling/import-realisations.ts';
import { parseOfficialTasks } from '../../modules/taakstelling/parse-official-tasks.ts';
import { presentPeriodBalances } from '../../modules/taakstelling/balance.presenter.ts';
import { refuseOnIssues, type ImportIssue } from '../../modules/regions/import/import-issues.ts';
import { AppError, isAppError } from '../../shared/errors.ts';

type DistributionOptions = { period?: string; province?: string; format?: string };
type ImportRealisationsOptions = { file: string; dryRun?: boolean };
type ImportOfficialOptions = ImportRealisationsOptions & { period?: string; publisher: string; title: string; url?: string; referenceDate?: string };
type BalancesOptions = { period?: string; province?: string; format?: string; out?: string; asOf?: string };

/**
 * The subcommands repeat --period, --province and --format of `taakstelling`. Without positional
 * options on the program, commander gives such an option to the parent even when it is written
 * after the subcommand, so each subcommand reads its options merged with the parent's.
 */
function merged<T>(command: Command): T {
  return command.optsWithGlobals() as T;
}

function requirePeriod(period: string | undefined): string {
  if (period === undefined) {
    throw new AppError('VALIDATION_FAILED', "required option '--period <period>' not specified (e.g. --period 2024-I)");
  }
  parsePeriod(period, '--period');
  return period;
}

function checkProvince(province: string | undefined): void {
  if (province !== undefined && !/^PV\d{2}$/.test(province)) {
    throw new AppError('VALIDATION_FAILED', '--province must be a CBS province code such as PV26.');
  }
}

async function withDatabase<T>(purpose: string, work: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, purpose });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** Prints every problem of a refused import as file:line: field: message, then rethrows. */
async function reportingIssues<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error, 'IMPORT_INVALID')) {
      for (const issue of issuesOf(error)) {
        process.stderr.write(`${formatIssue(issue)}\n`);
      }
    }
    throw error;
  }
}

function readFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', `Cannot read ${file}: ${(error as Error).message}`);
  }
}

async function printDistribution(options: DistributionOptions): Promise<void> {
  const period = requirePeriod(options.period);
  const format = options.format ?? 'csv';
  if (format !== 'csv' && format !== 'json') {
    throw new AppError('VALIDATION_FAILED', `--format must be csv or json, not "${options.format}".`);
  }
  checkProvince(options.province);
  await withDatabase('regietafel taakstelling', async (database) => {
    await importNationalTasks({ db: database.db, actor: 'cli:taakstelling' });
    const distribution = await computeDistribution({ db: database.db, period, province: options.province });
    process.stdout.write(format === 'json' ? `${JSON.stringify(distribution, null, 2)}\n` : distributionCsv(distribution));
  });
}

async function runImportRealisations(options: ImportRealisationsOptions): Promise<void> {
  const text = readFile(options.file);
  const result = await withDatabase('regietafel taakstelling import-realisations', (database) =>
    reportingIssues(() =>
      importRealisations({
        db: database.db,
        actor: 'cli:taakstelling-import-realisations',
        file: path.relative(process.cwd(), options.file) || options.file,
        text,
        dryRun: options.dryRun ?? false,
        // The command line runs with the rights of whoever holds the data folder or DATABASE_URL.
        canRecord: () => true,
      }),
    ),
  );
  const verb = result.dryRun ? 'would insert' : 'inserted';
  process.stdout.write(
    `${result.file}: ${result.rows} rows; ${verb} ${result.inserted} (${result.persons} persons), ${result.unchanged} already imported` +
      `${result.periods.length > 0 ? `; periods ${result.periods.join(', ')}` : ''}${result.dryRun ? ' (dry run: nothing written)' : ''}\n`,
  );
}

async function runImportOfficial(options: ImportOfficialOptions): Promise<void> {
  const period = requirePeriod(options.period);
  if (options.referenceDate !== undefined && !isCalendarDate(options.referenceDate)) {
    throw new AppError('VALIDATION_FAILED', '--reference-date must be a date written YYYY-MM-DD.');
  }
  const file = path.relative(process.cwd(), options.file) || options.file;
  const issues: ImportIssue[] = [];
  const rows = parseOfficialTasks(file, readFile(options.file), issues);
  const result = await withDatabase('regietafel taakstelling import-official', (database) =>
    reportingIssues(async () => {
      refuseOnIssues(issues);
      return importOfficialTasks({
        db: database.db,
        actor: 'cli:taakstelling-import-official',
        period,
        rows,
        file,
        dryRun: options.dryRun ?? false,
        source: {
          publisher: options.publisher,
          title: options.title,
          url: options.url ?? null,
          referenceDate: options.referenceDate ?? null,
          note: `Imported from ${path.basename(options.file)}.`,
        },
      });
    }),
  );
  process.stdout.write(
    `${period}: ${result.rows} official figures, sum ${result.officialSum}; national task ${result.nationalTask}` +
      `${result.sumMismatch ? ' — THE SUM DIFFERS (kept as published)' : ''}${result.dryRun ? ' (dry run: nothing written)' : ''}\n`,
  );
}

async function runBalances(options: BalancesOptions): Promise<void> {
  const period = requirePeriod(options.period);
  const format = options.format ?? 'csv';
  checkProvince(options.province);
  if (!['csv', 'xlsx', 'json'].includes(format)) {
    throw new AppError('VALIDATION_FAILED', `--format must be csv, xlsx or json, not "${format}".`);
  }
  if (format === 'xlsx' && options.out === undefined) {
    throw new AppError('VALIDATION_FAILED', '--format xlsx needs --out <file>.');
  }
  if (options.asOf !== undefined && !isCalendarDate(options.asOf)) {
    throw new AppError('VALIDATION_FAILED', '--as-of must be a date written YYYY-MM-DD.');
  }
  await withDatabase('regietafel taakstelling balances', async (database) => {
    await importNationalTasks({ db: database.db, actor: 'cli:taakstelling' });
    const view = await getPeriodBalances({
      db: database.db,
      period,
      province: options.province,
      asOf: options.asOf ?? todayInNetherlands(),
      canRead: () => true,
    });
    const output =
      format === 'xlsx' ? balancesXlsx(view) : format === 'csv' ? balancesCsv(view) : `${JSON.stringify(presentPeriodBalances(view), null, 2)}\n`;
    if (options.out) {
      fs.writeFileSync(options.out, output);
      process.stderr.write(`wrote ${options.out}\n`);
    } else {
      process.stdout.write(output);
    }
  });
}

export function registerTaakstellingCommand(program: Command): void {
  const command = program
    .command('taakstelling')
    .description(
      'Print the distribution of the national housing task over municipalities for one half-year ' +
        'period: national task × population share, largest-remainder rounded (official figures win).',
    )
    .option('--period <period>', 'half-year period, e.g. 2024-I or 2024-II (required)')
    .option('--province <code>', 'only the municipalities of this province (PV26); does not redistribute')
    .option('--format <format>', 'csv or json (default csv)')
    .action(printDistribution);

  command
    .command('import-realisations')
    .description('Import realisations (status holders housed) from a CSV file; one bad row refuses the whole file')
    .requiredOption('--file <file>', 'CSV: bronreferentie,gemeentecode,datum_huisvesting,personen[,volwassenen,minderjarigen,huishouden,woning,herkomst_opvanglocatie]')
    .option('--dry-run', 'check everything and report, but write nothing')
    .action((_options: unknown, sub: Command) => runImportRealisations(merged(sub)));

  command
    .command('import-official')
    .description("Import the State's official per-municipality table of a period (overrides the computation)")
    .option('--period <period>', 'half-year period, e.g. 2024-I (required)')
    .requiredOption('--file <file>', 'CSV: gemeentecode,taakstelling[,opdracht_incl_achterstand]')
    .requiredOption('--publisher <name>', 'who published the table, e.g. Rijksoverheid')
    .requiredOption('--title <title>', 'title of the publication')
    .option('--url <url>', 'where it was published')
    .option('--reference-date <date>', 'publication date, YYYY-MM-DD')
    .option('--dry-run', 'check everything and report, but write nothing')
    .action((_options: unknown, sub: Command) => runImportOfficial(merged(sub)));

  command
    .command('balances')
    .description('Export the balances of a period (task, backlog, transfers, corrected, realised, on track, forecast)')
    .option('--period <period>', 'half-year period, e.g. 2024-I (required)')
    .option('--province <code>', 'only the municipalities of this province (PV26)')
    .option('--format <format>', 'csv, xlsx or json (default csv)')
    .option('--out <file>', 'write to this file instead of standard output (required for xlsx)')
    .option('--as-of <date>', 'date the figures are read on, YYYY-MM-DD (default today)')
    .action((_options: unknown, sub: Command) => runBalances(merged(sub)));
}

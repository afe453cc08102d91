// SPDX-License-Identifier: EUPL-1.2
/**
 * `regietafel labour-market import-regions|import-shortages --file FILE --source TEXT [--example]`:
 * the regional labour market from CSV, as the API imports it (one bad row refuses the file).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/env.ts';
import { openDatabase } from '../../db/client.ts';
import { importLabourMarket, type ImportLabourMarketResult, type LabourMarketFileKind } from '../../modules/labour-market/import-labour-market.ts';
import { formatIssue, issuesOf } from '../../modules/regions/import/import-issues.ts';
import { AppError, isAppError } from '../../shared/errors.ts';

type ImportOptions = { file: string; source: string; example?: boolean; dryRun?: boolean };

async function runImport(kind: LabourMarketFileKind, options: ImportOptions): Promise<void> {
  let text: string;
  try {
    text = fs.readFileSync(options.file, 'utf8');
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', `Cannot read ${options.file}: ${(error as Error).message}`, { field: 'file' });
  }
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, purpose: `regietafel labour-market import-${kind}` });
  let result: ImportLabourMarketResult;
  try {
    result = await importLabourMarket({
      db: database.db,
      actor: `cli:labour-market-import-${kind}`,
      kind,
      file: path.relative(process.cwd(), options.file) || options.file,
      text,
      source: options.source,
      example: options.example ?? false,
      dryRun: options.dryRun ?? false,
    });
  } catch (error) {
    if (isAppError(error, 'IMPORT_INVALID')) {
      for (const issue of issuesOf(error)) {
        process.stderr.write(`${formatIssue(issue)}\n`);
      }
    }
    throw error;
  } finally {
    await database.close();
  }
  const marked = result.example ? ' (voorbeeld / example data)' : '';
  const verb = result.dryRun ? 'checked (dry run, nothing written)' : 'imported';
  console.error(`regietafel labour-market: ${verb} ${result.rows} ${kind} row(s) of region(s) ${result.regions.join(', ')}${marked}`);
}

/** Adds `labour-market` with its two import subcommands to the program. */
export function registerLabourMarketCommand(program: Command): void {
  const command = program
    .command('labour-market')
    .description('The regional labour market used by the placement scores: regions, their municipalities, shortages.');
  const common = (sub: Command): Command =>
    sub
      .requiredOption('--source <text>', 'where the figures come from: publisher, table, date')
      .option('--example', 'the file is invented example data (shown as "voorbeeld" wherever it is used)')
      .option('--dry-run', 'check everything and report, but write nothing');
  common(
    command
      .command('import-regions')
      .description('Replace the labour-market regions and their municipalities from a CSV file')
      .requiredOption('--file <file>', 'CSV: gemeentecode,arbeidsmarktregio,naam_arbeidsmarktregio'),
  ).action((options: ImportOptions) => runImport('regions', options));
  common(
    command
      .command('import-shortages')
      .description('Import shortage indicators per region × ISCO major group from a CSV file')
      .requiredOption('--file <file>', 'CSV: arbeidsmarktregio,isco_hoofdgroep (0-9),krapte (0 = ruim … 1 = zeer krap),peildatum'),
  ).action((options: ImportOptions) => runImport('shortages', options));
}

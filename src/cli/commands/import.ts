// SPDX-License-Identifier: EUPL-1.2
/**
 * `regietafel import`: loads the regional data (CBS division, population, boundaries, wijk/buurt
 * figures) from data/ or `--dir`. The files are parsed and validated first, without touching the
 * database; then everything is written in one transaction. A bad file prints
 * `file:line: field: message` for every problem and exits 2 with nothing written.
 */
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { loadConfig } from '../../config/env.ts';
import { openDatabase } from '../../db/client.ts';
import { isAppError } from '../../shared/errors.ts';
import { shippedChecksum, shippedDataDir } from '../../modules/regions/ensure-shipped-data.ts';
import { formatIssue, issuesOf } from '../../modules/regions/import/import-issues.ts';
import { parseRegionalData, readRegionalFiles } from '../../modules/regions/import/parse-regional-data.ts';
import { importRegionalData, type ImportProgress, type ImportReport } from '../../modules/regions/import-regional-data.ts';

type ImportCommandOptions = { dir?: string; dryRun?: boolean };

type ProgressReporter = { update: (progress: ImportProgress) => void; stop: () => void };

/** A bar on a terminal; elsewhere (CI logs, pipes) one plain line per table and at the end. */
function progressReporter(stream: NodeJS.WriteStream): ProgressReporter {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: 'import [{bar}] {percentage}% | {value}/{total} rows | {table}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update: ({ table, done, total }) => {
        if (!started) {
          bar.start(total, 0, { table });
          started = true;
        }
        bar.update(done, { table });
      },
      stop: () => {
        if (started) {
          bar.stop();
        }
      },
    };
  }
  let lastTable = '';
  return {
    update: ({ table, done, total }) => {
      if (table !== lastTable || done === total) {
        stream.write(`import: ${table} ${done}/${total} rows\n`);
        lastTable = table;
      }
    },
    stop: () => undefined,
  };
}

/** The counts per table as an aligned text table. */
export function formatImportReport(report: ImportReport): string {
  const header = ['table', 'inserted', 'updated', 'unchanged', 'deleted'];
  const rows = [
    ...Object.entries(report.tables).map(([table, c]) => [table, c.inserted, c.updated, c.unchanged, c.deleted]),
    ['total', report.totals.inserted, report.totals.updated, report.totals.unchanged, report.totals.deleted],
  ].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

async function runImport(options: ImportCommandOptions): Promise<void> {
  const config = loadConfig();
  const dir = path.resolve(options.dir ?? shippedDataDir);
  // Parse before opening the database: a bad file never holds the lock or starts a transaction.
  const files = readRegionalFiles(dir);
  const dataset = parseRegionalData(files);
  const shipped = dir === shippedDataDir || files.checksum === shippedChecksum();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    purpose: 'import (regietafel import)',
  });
  const progress = progressReporter(process.stderr);
  let report: ImportReport;
  try {
    report = await importRegionalData({
      db: database.db,
      dataset,
      actor: 'cli:import',
      shipped,
      dryRun: options.dryRun === true,
      onProgress: progress.update,
    });
  } finally {
    progress.stop();
    await database.close();
  }
  const what = report.dryRun ? 'Dry run (nothing was written) of the regional data' : 'Imported the regional data';
  console.log(`${what} from ${dir} (checksum ${report.checksum.slice(0, 12)}, ${database.kind}):`);
  console.log(formatImportReport(report));
}

/** Adds `regietafel import [--dir DIR] [--dry-run]`. */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('Load the regional data (CBS division, population, boundaries) into the database.')
    .option('--dir <dir>', 'folder with the same files as data/ (default: the shipped data/)')
    .option('--dry-run', 'validate and report what would change; write nothing')
    .action(async (options: ImportCommandOptions) => {
      try {
        await runImport(options);
      } catch (error) {
        if (isAppError(error, 'IMPORT_INVALID')) {
          const issues = issuesOf(error);
          for (const issue of issues) {
            console.error(formatIssue(issue));
          }
          const count = Number(error.details?.errorCount ?? issues.length);
          if (count > issues.length) {
            console.error(`... and ${count - issues.length} more`);
          }
        }
        throw error;
      }
    });
}

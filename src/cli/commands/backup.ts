// SPDX-License-Identifier: EUPL-1.2
/**
 * `regietafel backup --out FILE` and `regietafel restore --in FILE`. The database is the one the
 * environment names (REGIETAFEL_DATA_DIR or DATABASE_URL), or the one given with the flags.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig, type AppConfig } from '../../config/env.ts';
import { openDatabase } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { createBackup } from '../../modules/backup/create-backup.ts';
import { inspectBackup } from '../../modules/backup/read-backup.ts';
import { restoreBackup } from '../../modules/backup/restore-backup.ts';

type DatabaseFlags = { dataDir?: string; databaseUrl?: string };

function configFrom(flags: DatabaseFlags): AppConfig {
  const config = loadConfig(undefined, { REGIETAFEL_DATA_DIR: flags.dataDir, DATABASE_URL: flags.databaseUrl });
  // An explicit --data-dir means the embedded database, even when DATABASE_URL is in the environment.
  return flags.dataDir && !flags.databaseUrl ? { ...config, databaseUrl: undefined } : config;
}

function where(config: AppConfig): string {
  if (!config.databaseUrl) {
    return `the embedded database in ${config.dataDir}`;
  }
  // Host and database name only: the URL may hold a password.
  const url = new URL(config.databaseUrl);
  return `database ${url.pathname.replace(/^\//, '')} on ${url.host}`;
}

function withDatabaseFlags(command: Command): Command {
  return command
    .option('--data-dir <dir>', 'folder of the embedded database (env REGIETAFEL_DATA_DIR, default var/pgdata)')
    .option('--database-url <url>', 'postgres:// URL of a PostgreSQL server (env DATABASE_URL)');
}

function kilobytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en')} kB`;
}

/** Adds `backup` and `restore` to the program. */
export function registerBackupCommands(program: Command): void {
  withDatabaseFlags(
    program
      .command('backup')
      .summary('Back up the whole database, audit trail included, to one file.')
      .description(
        'Write every table (audit trail included) from one consistent snapshot to a gzip-compressed ' +
          'JSON-lines file. Safe while the server runs on a PostgreSQL server; stop the server first ' +
          'when it uses the embedded database.',
      )
      .requiredOption('-o, --out <file>', 'file to write, e.g. regietafel-2026-11-28.jsonl.gz')
      .option('--force', 'replace the file when it exists', false),
  ).action(async (options: DatabaseFlags & { out: string; force: boolean }) => {
    const config = configFrom(options);
    if (!config.databaseUrl && !fs.existsSync(path.join(config.dataDir, 'PG_VERSION'))) {
      throw new AppError('VALIDATION_FAILED', `There is no database in ${config.dataDir}: nothing to back up.`, {
        field: 'data-dir',
      });
    }
    const database = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      purpose: 'backup (regietafel backup)',
      migrate: false,
    });
    try {
      const result = await createBackup({ database, file: options.out, overwrite: options.force });
      for (const table of result.tables) {
        console.log(`  ${table.name}: ${table.rows.toLocaleString('en')} rows`);
      }
      console.log(
        `Backup of ${where(config)} written to ${result.file}: ${result.tables.length} tables, ` +
          `${result.totalRows.toLocaleString('en')} rows, ${kilobytes(result.bytes)}.`,
      );
    } finally {
      await database.close();
    }
  });

  withDatabaseFlags(
    program
      .command('restore')
      .summary('Restore a backup into a new, empty database.')
      .description(
        'Restore a backup into a new, empty database with the same migrations (a new REGIETAFEL_DATA_DIR ' +
          'folder, or a new database in DATABASE_URL). Checks the whole file first; writes everything ' +
          'in one transaction or nothing.',
      )
      .requiredOption('-i, --in <file>', 'backup file written by `regietafel backup`'),
  ).action(async (options: DatabaseFlags & { in: string }) => {
    const config = configFrom(options);
    // Check the file before opening the database, so a bad file does not even create a data folder.
    const summary = await inspectBackup({ file: options.in });
    const database = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      purpose: 'restore (regietafel restore)',
      migrate: false,
    });
    try {
      const result = await restoreBackup({ database, file: options.in, summary });
      if (result.migratedFreshDatabase) {
        console.log('The new database was migrated first.');
      }
      console.log(
        `Restored ${result.totalRows.toLocaleString('en')} rows in ${result.tables.length} tables into ` +
          `${where(config)} from ${options.in} (backup of ${result.header.createdAt}, Regietafel ` +
          `${result.header.appVersion}).`,
      );
    } finally {
      await database.close();
    }
  });
}

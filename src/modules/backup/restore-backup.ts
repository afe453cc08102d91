// SPDX-License-Identifier: EUPL-1.2
/**
 * Restores a backup into an empty database that has exactly the backup's migrations. The file is
 * checked completely before anything is written; the rows then go in within ONE transaction with
 * triggers switched off, so the audit trail comes back exactly as it was and records no new
 * entries, and either everything is restored or nothing.
 */
import type { Database, Executor } from '../../db/client.ts';
import { listMigrations, runMigrations } from '../../db/migrate.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import {
  countRows,
  disableTriggersInTransaction,
  insertRowBatch,
  listApplicationTables,
  listAppliedMigrations,
  refreshMaterializedViews,
  resetSequences,
  tablesWithRows,
  useCanonicalTextFormats,
  type TableInfo,
} from './backup.repository.ts';
import type { BackupMigration, BackupSummary } from './backup.schema.ts';
import { inspectBackup, parseBackup } from './read-backup.ts';

export type RestoreBackupOptions = {
  database: Database;
  /** The gzip-compressed JSON-lines file written by createBackup. */
  file: string;
  /** The result of inspectBackup when the caller already checked the file (saves a read). */
  summary?: BackupSummary;
  /** Recorded as the transaction's actor (the audit triggers are off, so only for logs). */
  actor?: Actor;
};

export type RestoreBackupResult = BackupSummary & { migratedFreshDatabase: boolean };

/** Rows per INSERT, and the most JSON text per INSERT: large enough to be fast, small for memory. */
const batchRows = 1000;
const batchChars = 4 * 1024 * 1024;

function describe(migrations: BackupMigration[]): string {
  return migrations.length > 0 ? migrations.map((m) => m.id).join(', ') : '(none)';
}

function sameMigrations(a: BackupMigration[], b: BackupMigration[]): boolean {
  return a.length === b.length && a.every((m, i) => m.id === b[i]?.id && m.checksum === b[i]?.checksum);
}

function refuseOtherMigrations(summary: BackupSummary, database: BackupMigration[]): AppError {
  return new AppError(
    'CONFLICT',
    `The backup was made with migrations ${describe(summary.header.migrations)} (Regietafel ` +
      `${summary.header.appVersion}); this database has ${describe(database)}. Restore with the ` +
      'Regietafel version that wrote the backup, into a new database. Nothing was written.',
    { details: { backup: summary.header.migrations.map((m) => m.id), database: database.map((m) => m.id) } },
  );
}

/**
 * A database that was never migrated gets this version's migrations first, but only when those
 * are exactly the backup's: otherwise it is left untouched.
 */
async function prepareTarget(database: Database, summary: BackupSummary): Promise<boolean> {
  const applied = await listAppliedMigrations(database.db);
  if (applied.length > 0 || (await listApplicationTables(database.db)).length > 0) {
    return false;
  }
  const shipped = listMigrations().map(({ id, checksum }) => ({ id, checksum }));
  if (!sameMigrations(shipped, summary.header.migrations)) {
    throw refuseOtherMigrations(summary, shipped);
  }
  await runMigrations(database);
  return true;
}

function checkTables(summary: BackupSummary, target: TableInfo[]): Map<string, TableInfo> {
  const byName = new Map(target.map((table) => [table.name, table]));
  const inBackup = new Set(summary.tables.map((table) => table.table));
  const missing = summary.tables.filter((table) => !byName.has(table.table)).map((table) => table.table);
  const extra = target.filter((table) => !inBackup.has(table.name)).map((table) => table.name);
  if (missing.length > 0 || extra.length > 0) {
    throw new AppError(
      'CONFLICT',
      `The tables differ from the backup's (only in the backup: ${missing.join(', ') || '-'}; only in ` +
        `this database: ${extra.join(', ') || '-'}). Nothing was written.`,
    );
  }
  for (const table of summary.tables) {
    const own = byName.get(table.table);
    const sameColumns =
      own !== undefined &&
      own.columns.join('\u0000') === table.columns.join('\u0000') &&
      own.types.join('\u0000') === table.types.join('\u0000');
    if (!sameColumns) {
      throw new AppError(
        'CONFLICT',
        `Table ${table.table} has other columns than in the backup (backup: ${table.columns.join(', ')}; ` +
          `this database: ${own?.columns.join(', ') ?? '-'}). Nothing was written.`,
      );
    }
  }
  return byName;
}

async function refuseUnlessEmpty(tx: Executor, tables: TableInfo[]): Promise<void> {
  const filled = await tablesWithRows(tx, tables);
  if (filled.length > 0) {
    throw new AppError(
      'CONFLICT',
      `This database is not empty (rows in ${filled.join(', ')}). A restore only goes into a new, ` +
        'empty database: point REGIETAFEL_DATA_DIR at a new folder or DATABASE_URL at a new ' +
        'database. Nothing was written.',
      { details: { tables: filled } },
    );
  }
}

/** Restores `file` into `database`; see the module comment for the rules. */
export async function restoreBackup({
  database,
  file,
  summary: checked,
  actor = 'cli:restore',
}: RestoreBackupOptions): Promise<RestoreBackupResult> {
  const summary = checked ?? (await inspectBackup({ file }));
  const migratedFreshDatabase = await prepareTarget(database, summary);
  const applied = await listAppliedMigrations(database.db);
  if (!sameMigrations(applied, summary.header.migrations)) {
    throw refuseOtherMigrations(summary, applied);
  }
  const target = checkTables(summary, await listApplicationTables(database.db));

  await inTransaction(database.db, actor, async (tx) => {
    await refuseUnlessEmpty(tx, [...target.values()]);
    await disableTriggersInTransaction(tx).catch((error: unknown) => {
      throw new AppError(
        'FORBIDDEN',
        'The database user may not switch off triggers (session_replication_role), which a restore ' +
          'needs to bring the audit trail back unchanged. Restore as a superuser. Nothing was written.',
        { cause: error },
      );
    });
    await useCanonicalTextFormats(tx);
    let batch: string[] = [];
    let batchSize = 0;
    let batchTable: TableInfo | undefined;
    const flush = async () => {
      if (batchTable && batch.length > 0) {
        await insertRowBatch(tx, batchTable, `[${batch.join(',')}]`);
      }
      batch = [];
      batchSize = 0;
    };
    for await (const entry of parseBackup(file)) {
      if (entry.kind === 'table') {
        await flush();
        batchTable = target.get(entry.table.table);
        if (!batchTable) {
          throw new AppError('CONFLICT', `${file} changed while it was being restored. Nothing was written.`);
        }
      } else if (entry.kind === 'row') {
        batch.push(entry.line);
        batchSize += entry.line.length;
        if (batch.length >= batchRows || batchSize >= batchChars) {
          await flush();
        }
      }
    }
    await flush();
    await resetSequences(tx);
    await refreshMaterializedViews(tx);
    for (const table of summary.tables) {
      const own = target.get(table.table);
      const restored = own ? await countRows(tx, own) : 0;
      if (restored !== table.rows) {
        throw new Error(`Table ${table.table}: restored ${restored} rows, the backup has ${table.rows}.`);
      }
    }
  });
  return { ...summary, migratedFreshDatabase };
}

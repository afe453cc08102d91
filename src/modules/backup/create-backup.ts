// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes a backup of every application table, audit trail included, from one consistent snapshot
 * (a read-only REPEATABLE READ transaction), so a server that keeps running during the backup
 * cannot produce a file that is half before and half after a change.
 */
import type { Database } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { appVersion } from '../health/health.routes.ts';
import { writeGzipLines } from './backup-file.ts';
import {
  countRows,
  listApplicationTables,
  listAppliedMigrations,
  readRowLines,
  useCanonicalTextFormats,
} from './backup.repository.ts';
import {
  backupFormat,
  backupFormatVersion,
  type BackupEnd,
  type BackupHeader,
  type BackupTable,
} from './backup.schema.ts';

export type CreateBackupOptions = {
  database: Database;
  /** Where to write the gzip-compressed JSON-lines file. */
  file: string;
  /** Replace an existing file (default: refuse). */
  overwrite?: boolean;
  /** Clock for the header's createdAt (tests). */
  now?: () => Date;
};

export type CreateBackupResult = {
  file: string;
  bytes: number;
  tables: { name: string; rows: number }[];
  totalRows: number;
};

/** Backs up the database into `file`; see backup.schema.ts for the format. */
export async function createBackup({
  database,
  file,
  overwrite = false,
  now = () => new Date(),
}: CreateBackupOptions): Promise<CreateBackupResult> {
  const tables: { name: string; rows: number }[] = [];
  const bytes = await database.db.transaction(
    async (tx) => {
      await useCanonicalTextFormats(tx);
      const migrations = await listAppliedMigrations(tx);
      if (migrations.length === 0) {
        throw new AppError(
          'CONFLICT',
          'This database has no Regietafel migrations applied: there is nothing to back up. ' +
            'Check REGIETAFEL_DATA_DIR or DATABASE_URL.',
        );
      }
      const catalog = await listApplicationTables(tx);
      async function* lines(): AsyncGenerator<string> {
        const header: BackupHeader = {
          format: backupFormat,
          formatVersion: backupFormatVersion,
          appVersion,
          migrations,
          createdAt: now().toISOString(),
          database: database.kind,
        };
        yield JSON.stringify(header);
        let totalRows = 0;
        for (const table of catalog) {
          const rows = await countRows(tx, table);
          const tableLine: BackupTable = { table: table.name, columns: table.columns, types: table.types, rows };
          yield JSON.stringify(tableLine);
          let written = 0;
          for await (const line of readRowLines(tx, table)) {
            written += 1;
            yield line;
          }
          if (written !== rows) {
            // Cannot happen inside one snapshot; if it does, the file must not look complete.
            throw new Error(`Table ${table.name}: counted ${rows} rows but read ${written}.`);
          }
          tables.push({ name: table.name, rows });
          totalRows += rows;
        }
        const end: BackupEnd = { end: true, tables: catalog.length, rows: totalRows };
        yield JSON.stringify(end);
      }
      return writeGzipLines({ file, lines: lines(), overwrite });
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return { file, bytes, tables, totalRows: tables.reduce((sum, table) => sum + table.rows, 0) };
}

// SPDX-License-Identifier: EUPL-1.2
/**
 * The backup file format, version 1: gzip-compressed JSON lines.
 *
 *   line 1        header      {"format":"regietafel-backup","formatVersion":1,...}
 *   per table     table line  {"table":"audit_log","columns":[...],"types":[...],"rows":N}
 *                 N row lines ["1","2026-11-28 10:00:00+00",null,...]
 *   last line     end line    {"end":true,"tables":T,"rows":R}
 *
 * Every value is PostgreSQL's own text form of the column (or null), so a restore casts it back
 * with the column's type and gets the identical value: no precision is lost to JavaScript numbers
 * or dates. The end line makes a cut-off file detectable.
 */
import { z } from 'zod';

/** The `format` of the header line: tells a Regietafel backup from any other JSON-lines file. */
export const backupFormat = 'regietafel-backup';
/** Raised when the file format changes; a restore reads this version only. */
export const backupFormatVersion = 1;

/** An applied migration: its id (file name without .sql) and the sha256 of its SQL. */
export const backupMigrationSchema = z.object({
  id: z.string().min(1),
  checksum: z.string().min(1),
});
export type BackupMigration = z.infer<typeof backupMigrationSchema>;

/** Line 1: what the file is, and what it was made from. */
export const backupHeaderSchema = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.literal(backupFormatVersion),
  /** Version of Regietafel that wrote the file. */
  appVersion: z.string().min(1),
  /** The migrations applied to the database that was backed up, in order. */
  migrations: z.array(backupMigrationSchema),
  /** ISO timestamp of the snapshot. */
  createdAt: z.string().min(1),
  /** The kind of database backed up: the embedded one or a PostgreSQL server. */
  database: z.enum(['pglite', 'postgres']),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** Starts a table: its columns, and how many row lines follow. */
export const backupTableSchema = z.object({
  table: z.string().min(1),
  /** Column names in table order (generated columns are left out: PostgreSQL recomputes them). */
  columns: z.array(z.string().min(1)).min(1),
  /** Column types as PostgreSQL's format_type() writes them, e.g. `timestamp with time zone`. */
  types: z.array(z.string().min(1)).min(1),
  /** Number of row lines that follow. */
  rows: z.number().int().min(0),
});
export type BackupTable = z.infer<typeof backupTableSchema>;

/** The last line: its counts must match the file, so a cut-off file is refused. */
export const backupEndSchema = z.object({
  end: z.literal(true),
  tables: z.number().int().min(0),
  rows: z.number().int().min(0),
});
export type BackupEnd = z.infer<typeof backupEndSchema>;

/** One row: the text form of each column, null for NULL. */
export const backupRowSchema = z.array(z.string().nullable());
export type BackupRow = z.infer<typeof backupRowSchema>;

/** What a backup holds, as `inspectBackup` reports it. */
export type BackupSummary = {
  header: BackupHeader;
  tables: BackupTable[];
  totalRows: number;
};

// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads and checks a backup file line by line. Every problem is reported with the file, the line
 * and the field, and is found before anything is written: `inspectBackup` reads the whole file
 * first, and the restore reads it a second time inside its transaction.
 */
import type { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import { readGzipLines } from './backup-file.ts';
import {
  backupEndSchema,
  backupFormat,
  backupFormatVersion,
  backupHeaderSchema,
  backupTableSchema,
  type BackupEnd,
  type BackupHeader,
  type BackupSummary,
  type BackupTable,
} from './backup.schema.ts';

/** One checked piece of a backup file, in file order. */
export type BackupEntry =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'table'; table: BackupTable; lineNumber: number }
  /** `line` is the row's JSON text as in the file (already checked). */
  | { kind: 'row'; table: BackupTable; line: string; lineNumber: number }
  | { kind: 'end'; end: BackupEnd };

type Invalid = (lineNumber: number, message: string, field?: string) => AppError;

function invalidIn(file: string): Invalid {
  return (lineNumber, message, field) =>
    new AppError('IMPORT_INVALID', `${file} line ${lineNumber}${field ? `, field "${field}"` : ''}: ${message}`, {
      field: field ?? 'file',
      details: { file, line: lineNumber, ...(field ? { field } : {}) },
    });
}

function parseJson(text: string, lineNumber: number, invalid: Invalid): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalid(lineNumber, 'not valid JSON.');
  }
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, lineNumber: number, invalid: Invalid): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) {
    return parsed.data;
  }
  const issue = parsed.error.issues[0];
  throw invalid(lineNumber, issue?.message ?? 'not valid.', issue?.path.join('.') || undefined);
}

function parseHeader(value: unknown, invalid: Invalid): BackupHeader {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (record.format !== backupFormat) {
    throw invalid(1, `this is not a Regietafel backup (the first line lacks "format": "${backupFormat}").`);
  }
  if (record.formatVersion !== backupFormatVersion) {
    throw invalid(
      1,
      `the backup has format version ${JSON.stringify(record.formatVersion)}; this version of ` +
        `Regietafel reads format version ${backupFormatVersion} only.`,
      'formatVersion',
    );
  }
  return parseWith(backupHeaderSchema, value, 1, invalid);
}

function checkRow(value: unknown, table: BackupTable, lineNumber: number, invalid: Invalid): void {
  if (!Array.isArray(value)) {
    throw invalid(lineNumber, `expected a row of table ${table.table} (a JSON array).`);
  }
  if (value.length !== table.columns.length) {
    throw invalid(
      lineNumber,
      `the row has ${value.length} values; table ${table.table} has ${table.columns.length} columns.`,
    );
  }
  const bad = value.findIndex((cell) => cell !== null && typeof cell !== 'string');
  if (bad !== -1) {
    throw invalid(lineNumber, 'expected text or null.', table.columns[bad]);
  }
}

/** Yields the checked entries of a backup file; throws IMPORT_INVALID at the first problem. */
export async function* parseBackup(file: string): AsyncGenerator<BackupEntry> {
  const invalid = invalidIn(file);
  let header: BackupHeader | undefined;
  let current: { table: BackupTable; remaining: number } | undefined;
  let end: BackupEnd | undefined;
  const seen = new Set<string>();
  let rowCount = 0;
  let lastLine = 0;
  for await (const { lineNumber, text } of readGzipLines(file)) {
    lastLine = lineNumber;
    if (end) {
      throw invalid(lineNumber, 'unexpected text after the end line.');
    }
    const value = parseJson(text, lineNumber, invalid);
    if (!header) {
      header = parseHeader(value, invalid);
      yield { kind: 'header', header };
      continue;
    }
    if (current && current.remaining > 0) {
      checkRow(value, current.table, lineNumber, invalid);
      current.remaining -= 1;
      rowCount += 1;
      yield { kind: 'row', table: current.table, line: text, lineNumber };
      continue;
    }
    if (Array.isArray(value)) {
      const after = current ? `the ${current.table.rows} rows of table ${current.table.table}` : 'the header';
      throw invalid(lineNumber, `a row where a table line or the end line should follow ${after}.`);
    }
    if (typeof value === 'object' && value !== null && 'end' in value) {
      end = parseWith(backupEndSchema, value, lineNumber, invalid);
      if (end.tables !== seen.size || end.rows !== rowCount) {
        throw invalid(
          lineNumber,
          `the end line counts ${end.tables} tables and ${end.rows} rows, the file holds ` +
            `${seen.size} tables and ${rowCount} rows.`,
        );
      }
      yield { kind: 'end', end };
      continue;
    }
    const table = parseWith(backupTableSchema, value, lineNumber, invalid);
    if (table.types.length !== table.columns.length) {
      throw invalid(lineNumber, `${table.columns.length} columns but ${table.types.length} types.`, 'types');
    }
    if (seen.has(table.table)) {
      throw invalid(lineNumber, `table ${table.table} appears twice.`, 'table');
    }
    seen.add(table.table);
    current = { table, remaining: table.rows };
    yield { kind: 'table', table, lineNumber };
  }
  if (!header) {
    throw new AppError('IMPORT_INVALID', `${file}: the file is empty; it is not a Regietafel backup.`, {
      field: 'file',
      details: { file },
    });
  }
  if (!end) {
    throw new AppError(
      'IMPORT_INVALID',
      `${file}: the file ends after line ${lastLine} without its end line: the backup did not finish, ` +
        'or the file was cut off.',
      { field: 'file', details: { file, line: lastLine } },
    );
  }
}

export type InspectBackupOptions = { file: string };

/** Reads a whole backup file and checks it, without touching any database. */
export async function inspectBackup({ file }: InspectBackupOptions): Promise<BackupSummary> {
  let header: BackupHeader | undefined;
  const tables: BackupTable[] = [];
  let totalRows = 0;
  for await (const entry of parseBackup(file)) {
    if (entry.kind === 'header') {
      header = entry.header;
    } else if (entry.kind === 'table') {
      tables.push(entry.table);
      totalRows += entry.table.rows;
    }
  }
  if (!header) {
    // parseBackup throws first; this keeps the type checker convinced.
    throw new AppError('IMPORT_INVALID', `${file}: no header.`, { field: 'file' });
  }
  return { header, tables, totalRows };
}

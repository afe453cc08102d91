// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads a CSV file into records that remember their line, and typed cell readers that report a
 * bad value as an ImportIssue (file, line, column) instead of throwing, so that every bad cell of
 * every file is listed in one go.
 */
import { parse } from 'csv-parse/sync';
import type { ImportIssue } from './import-issues.ts';

/** One CSV row: its (last) line number and its values by column name. */
export type CsvRecord = { line: number; values: Record<string, string> };

type RawRecord = { record: string[]; info: { lines: number } };

/** Parses `text`; checks that the header holds `requiredColumns`. Bad lines become issues. */
export function readCsv(file: string, text: string, requiredColumns: readonly string[], issues: ImportIssue[]): CsvRecord[] {
  let raw: RawRecord[];
  try {
    raw = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as RawRecord[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    issues.push({ file, ...(line ? { line } : {}), field: '(csv)', message: (error as Error).message });
    return [];
  }
  const [header, ...rows] = raw;
  if (!header) {
    issues.push({ file, line: 1, field: '(header)', message: 'the file is empty' });
    return [];
  }
  const columns = header.record.map((name) => name.trim());
  const missing = requiredColumns.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    issues.push({ file, line: 1, field: '(header)', message: `missing column(s): ${missing.join(', ')}` });
    return [];
  }
  const records: CsvRecord[] = [];
  for (const { record, info } of rows) {
    if (record.length !== columns.length) {
      issues.push({
        file,
        line: info.lines,
        field: '(row)',
        message: `expected ${columns.length} values, found ${record.length}`,
      });
      continue;
    }
    const values: Record<string, string> = {};
    columns.forEach((name, i) => {
      values[name] = (record[i] ?? '').trim();
    });
    records.push({ line: info.lines, values });
  }
  return records;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const decimal = /^-?\d+(\.\d+)?$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!isoDate.test(value)) {
    return false;
  }
  // An impossible date such as 2024-13-01 is an invalid Date; toISOString would throw on it.
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** Typed readers for one record; each returns undefined (and records an issue) for a bad value. */
export function cellsOf(file: string, record: CsvRecord, issues: ImportIssue[]) {
  const fail = (field: string, message: string): undefined => {
    issues.push({ file, line: record.line, field, message });
    return undefined;
  };
  const raw = (field: string): string => record.values[field] ?? '';
  return {
    raw,
    text: (field: string): string | undefined => raw(field) || fail(field, 'is empty'),
    code: (field: string, pattern: RegExp, example: string): string | undefined =>
      pattern.test(raw(field)) ? raw(field) : fail(field, `"${raw(field)}" is not a code like ${example}`),
    date: (field: string, required: boolean): string | null | undefined => {
      const value = raw(field);
      if (value === '') {
        return required ? fail(field, 'is empty') : null;
      }
      return isIsoDate(value) ? value : fail(field, `"${value}" is not a date (YYYY-MM-DD)`);
    },
    number: (field: string, options: { required?: boolean; integer?: boolean; min?: number } = {}): number | null | undefined => {
      const value = raw(field);
      if (value === '') {
        return options.required ? fail(field, 'is empty') : null;
      }
      if (!decimal.test(value)) {
        return fail(field, `"${value}" is not a number`);
      }
      const parsed = Number(value);
      if (options.integer && !Number.isInteger(parsed)) {
        return fail(field, `"${value}" is not a whole number`);
      }
      if (options.min !== undefined && parsed < options.min) {
        return fail(field, `${value} is below ${options.min}`);
      }
      return parsed;
    },
    fail,
  };
}

/** Every column not in `identity` as a number or null: the "other published columns". */
export function figuresOf(
  cells: ReturnType<typeof cellsOf>,
  record: CsvRecord,
  identity: readonly string[],
): Record<string, number | null> | undefined {
  const figures: Record<string, number | null> = {};
  let ok = true;
  for (const column of Object.keys(record.values)) {
    if (identity.includes(column)) {
      continue;
    }
    const value = cells.number(column);
    if (value === undefined) {
      ok = false;
      continue;
    }
    figures[column] = value;
  }
  return ok ? figures : undefined;
}

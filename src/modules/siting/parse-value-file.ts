// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads a file of candidate values for a weighing (criteria without a data layer: neighbours,
 * integration chances, public support, distances without a facility layer ...): a CSV with the
 * columns `location_id`, `criterion_id`, `value`, `source` and optionally `note` (other columns,
 * such as the `location_name` of the export, are ignored). Pure: the scenario's candidates and
 * criteria are checked by import-candidate-values.ts. Every problem is listed with its line; a
 * file with any problem is refused whole.
 */
import { readCsv } from '../regions/import/csv-file.ts';
import type { ImportIssue } from '../regions/import/import-issues.ts';

export type ValueRow = { line: number; locationId: string; criterionId: string; value: number; source: string; note: string | null };

export const valueFileColumns = ['location_id', 'criterion_id', 'value', 'source', 'note'] as const;
const required = ['location_id', 'criterion_id', 'value', 'source'];
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const criterionId = /^[a-z][a-z0-9_]{0,39}$/;
/** A number as written in a CSV: 1234.5 or the Dutch 1234,5 (no thousands separators). */
const numberText = /^-?\d+([.,]\d+)?$/;

/** Parses the rows; every problem goes to `issues` with its line (header = line 1). */
export function parseValueFile(file: string, text: string, issues: ImportIssue[]): ValueRow[] {
  const rows = readCsv(file, text, required, issues);
  if (rows.length === 0 && issues.length === 0) {
    issues.push({ file, field: '(rows)', message: `holds no values (columns: ${valueFileColumns.join(', ')})` });
  }
  const seen = new Map<string, number>();
  return rows.flatMap(({ line, values: record }) => {
    const before = issues.length;
    const problem = (field: string, message: string) => issues.push({ file, line, field, message });
    const location = record.location_id ?? '';
    const criterion = record.criterion_id ?? '';
    const valueText = record.value ?? '';
    const source = record.source ?? '';
    const note = record.note ?? '';
    if (!uuid.test(location)) {
      problem('location_id', `${JSON.stringify(location)} is not a location id`);
    }
    if (!criterionId.test(criterion)) {
      problem('criterion_id', `${JSON.stringify(criterion)} is not a criterion id (lower case letters, digits and _)`);
    }
    const value = Number(valueText.replace(',', '.'));
    if (!numberText.test(valueText) || !Number.isFinite(value) || Math.abs(value) > 1e12) {
      problem('value', `${JSON.stringify(valueText)} is not a number (write 1234.5 or 1234,5; no value is guessed)`);
    }
    if (source.length === 0 || source.length > 500) {
      problem('source', 'must say where the value comes from (1 to 500 characters)');
    }
    if (note.length > 1000) {
      problem('note', 'is longer than 1,000 characters');
    }
    const key = `${location.toLowerCase()} ${criterion}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problem('criterion_id', `a second value for this location and criterion (the first is on line ${earlier})`);
    }
    seen.set(key, earlier ?? line);
    return issues.length > before ? [] : [{ line, locationId: location.toLowerCase(), criterionId: criterion, value, source, note: note === '' ? null : note }];
  });
}

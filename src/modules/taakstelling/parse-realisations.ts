// SPDX-License-Identifier: EUPL-1.2
/**
 * Parses a realisations CSV (UTF-8, comma separated, header row). Columns, in any order:
 *   bronreferentie       required  the municipality's own reference of the row (idempotency key)
 *   gemeentecode         required  CBS code, e.g. GM0344
 *   datum_huisvesting    required  YYYY-MM-DD
 *   personen             required  whole number ≥ 1
 *   volwassenen, minderjarigen     optional whole numbers; together equal to personen
 *   huishouden           optional  household pseudonym (HH-XXXX-XXXX); never a name or number
 *   woning               optional  dwelling or housing-project reference (not a street address)
 *   herkomst_opvanglocatie optional the reception location the persons came from
 * Every bad cell becomes an issue with its line; nothing touches the database here.
 */
import { parse } from 'csv-parse/sync';
import { readCsv, type CsvRecord } from '../regions/import/csv-file.ts';
import type { ImportIssue } from '../regions/import/import-issues.ts';
import type { DraftField, RealisationDraft } from './check-realisations.ts';

export const realisationColumns = ['bronreferentie', 'gemeentecode', 'datum_huisvesting', 'personen'] as const;
export const optionalRealisationColumns = ['volwassenen', 'minderjarigen', 'huishouden', 'woning', 'herkomst_opvanglocatie'] as const;

/** The CSV column of each draft field (for messages about checked rows). */
export const columnOfField: Record<DraftField, string> = {
  sourceReference: 'bronreferentie',
  municipalityCode: 'gemeentecode',
  housedOn: 'datum_huisvesting',
  persons: 'personen',
  adults: 'volwassenen',
  minors: 'minderjarigen',
  household: 'huishouden',
  dwellingReference: 'woning',
  cameFromLocation: 'herkomst_opvanglocatie',
};

export const householdPseudonymPattern = /^HH-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
const maxText = 200;

function parseRow(file: string, { line, values }: CsvRecord, issues: ImportIssue[]): RealisationDraft | undefined {
  const before = issues.length;
  const fail = (field: string, message: string) => issues.push({ file, line, field, message });
  const text = (field: string, required: boolean): string | null => {
    const value = values[field] ?? '';
    if (value === '') {
      if (required) {
        fail(field, 'is empty');
      }
      return null;
    }
    if (value.length > maxText) {
      fail(field, `is longer than ${maxText} characters`);
    }
    return value;
  };
  const count = (field: string, required: boolean, min: number): number | null => {
    const value = values[field] ?? '';
    if (value === '') {
      if (required) {
        fail(field, 'is empty');
      }
      return null;
    }
    if (!/^-?\d+([.,]\d+)?$/.test(value)) {
      fail(field, `"${value}" is not a number`);
      return null;
    }
    const parsed = Number(value.replace(',', '.'));
    if (!Number.isInteger(parsed)) {
      fail(field, `${value} is not a whole number of persons`);
      return null;
    }
    if (parsed < min || parsed > 10000) {
      fail(field, `${value} is not between ${min} and 10,000`);
      return null;
    }
    return parsed;
  };
  const sourceReference = text('bronreferentie', true);
  const code = values.gemeentecode ?? '';
  if (!/^GM\d{4}$/.test(code)) {
    fail('gemeentecode', `"${code}" is not a CBS municipality code such as GM0344`);
  }
  const housedOn = values.datum_huisvesting ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(housedOn)) {
    fail('datum_huisvesting', `"${housedOn}" is not a date written YYYY-MM-DD`);
  }
  const persons = count('personen', true, 1);
  const adults = count('volwassenen', false, 0);
  const minors = count('minderjarigen', false, 0);
  const household = text('huishouden', false);
  if (household !== null && !householdPseudonymPattern.test(household)) {
    fail('huishouden', 'is not a household pseudonym such as HH-7K3M-Q9XP (never a name or a number)');
  }
  const dwellingReference = text('woning', false);
  const cameFromLocation = text('herkomst_opvanglocatie', false);
  if (issues.length > before || persons === null || sourceReference === null) {
    return undefined;
  }
  return { line, municipalityCode: code, housedOn, persons, adults, minors, household, dwellingReference, cameFromLocation, sourceReference };
}

/** Columns this import does not know are refused: a column such as "naam" must never slip in. */
function checkHeader(file: string, text: string, issues: ImportIssue[]): void {
  let header: string[] = [];
  try {
    header = ((parse(text, { bom: true, to_line: 1, relax_column_count: true }) as string[][])[0] ?? []).map((c) => c.trim());
  } catch {
    return; // readCsv reports the syntax error with its line
  }
  const known = new Set<string>([...realisationColumns, ...optionalRealisationColumns]);
  const unknown = header.filter((column) => !known.has(column));
  if (unknown.length > 0) {
    issues.push({
      file,
      line: 1,
      field: '(header)',
      message: `unknown column(s) ${unknown.join(', ')}; the columns are ${[...known].join(', ')} (no names or other personal data)`,
    });
  }
}

/** Parses the CSV text; returns the drafts and pushes every problem into `issues`. */
export function parseRealisations(file: string, text: string, issues: ImportIssue[]): RealisationDraft[] {
  checkHeader(file, text, issues);
  const records = readCsv(file, text, realisationColumns, issues);
  if (records.length === 0 && issues.length === 0) {
    issues.push({ file, line: 2, field: '(row)', message: 'the file has a header but no realisations' });
  }
  return records.flatMap((record) => parseRow(file, record, issues) ?? []);
}

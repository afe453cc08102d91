// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: import reception locations from a GeoJSON or CSV file, all or nothing. Every row is
 * read and checked first (schema, coordinates inside the Netherlands and in a municipality, the
 * caller's right to register there, planned period, history); if any row is bad the whole file
 * is refused with every problem and its feature index or line, and nothing is written. Otherwise
 * all rows are written in one transaction (one audit actor).
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import type { ImportIssue } from '../regions/import/import-issues.ts';
import { prepareLocation, writeLocation, type PreparedLocation } from './create-location.ts';
import { readLocationCsv, readLocationGeoJson } from './parse-location-file.ts';

type ImportLocationsOptions = {
  db: Db;
  principal: Authenticated;
  fileName: string;
  text: string;
  format: 'geojson' | 'csv';
  /** Check only; write nothing. */
  dryRun: boolean;
  today: string;
};

export type ImportLocationsResult = { rows: number; imported: number; ids: string[] };

/** Most problems listed in one refusal. */
const maxIssues = 50;
/** Most rows in one file: the places of a whole country fit many times over. */
const maxRows = 5000;

function refuse(issues: ImportIssue[], status: 'IMPORT_INVALID' | 'FORBIDDEN' = 'IMPORT_INVALID'): never {
  const lines = issues.slice(0, maxIssues).map((i) => `${i.file}${i.line ? `:${i.line}` : ''}: ${i.field}: ${i.message}`);
  if (issues.length > maxIssues) {
    lines.push(`… and ${issues.length - maxIssues} more`);
  }
  throw new AppError(status, `The locations file was refused; nothing was imported:\n  ${lines.join('\n  ')}`, {
    field: 'body',
    details: { issues: issues.slice(0, maxIssues) },
  });
}

/** Checks every row, then writes all of them (or, with dryRun, none). */
export async function importLocations({ db, principal, fileName, text, format, dryRun, today }: ImportLocationsOptions): Promise<ImportLocationsResult> {
  const issues: ImportIssue[] = [];
  const rows = format === 'geojson' ? readLocationGeoJson(fileName, text, issues) : readLocationCsv(fileName, text, issues);
  if (issues.length === 0 && rows.length === 0) {
    issues.push({ file: fileName, field: format === 'geojson' ? 'features' : '(rows)', message: 'holds no locations' });
  }
  if (rows.length > maxRows) {
    issues.push({ file: fileName, field: '(rows)', message: `holds ${rows.length} locations; at most ${maxRows} per file` });
  }
  const prepared: PreparedLocation[] = [];
  const forbidden: ImportIssue[] = [];
  for (const row of issues.length === 0 ? rows : []) {
    const prefix = row.at ? `${row.at}.` : '';
    try {
      prepared.push(await prepareLocation({ db, principal, input: row.input, today, fieldPrefix: prefix }));
    } catch (error) {
      if (!(error instanceof AppError)) {
        throw error;
      }
      const issue = { file: fileName, ...(row.line === undefined ? {} : { line: row.line }), field: error.field ?? (prefix || '(row)'), message: error.message };
      (error.code === 'FORBIDDEN' ? forbidden : issues).push(issue);
    }
  }
  if (issues.length > 0) {
    refuse(issues);
  }
  if (forbidden.length > 0) {
    refuse(forbidden, 'FORBIDDEN');
  }
  if (dryRun) {
    return { rows: prepared.length, imported: 0, ids: [] };
  }
  const actor = actorOf(principal);
  const ids = await inTransaction(db, actor, async (tx) => {
    const written: string[] = [];
    for (const location of prepared) {
      written.push(await writeLocation(tx, actor, location));
    }
    return written;
  });
  return { rows: prepared.length, imported: ids.length, ids };
}

// SPDX-License-Identifier: EUPL-1.2
/**
 * Imports a labour-market CSV (regions with their municipalities, or shortages): parse, check
 * against the database, then write everything in ONE transaction or nothing. `example` marks
 * invented data (data/examples): it is then shown as "voorbeeld" wherever it is used.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { refuseOnIssues, type ImportIssue } from '../regions/import/import-issues.ts';
import { existingMunicipalityCodes, existingRegionCodes, replaceClassification, replaceShortages } from './labour-market.repository.ts';
import { parseRegionMembers, parseShortages } from './parse-labour-market.ts';

/** Which file: the classification (regions and members) or the shortage indicators. */
export type LabourMarketFileKind = 'regions' | 'shortages';

export type ImportLabourMarketOptions = {
  db: Db;
  actor: Actor;
  kind: LabourMarketFileKind;
  /** File name for messages (file:line: field: message). */
  file: string;
  text: string;
  /** Where the figures come from (publisher, table, date), stored with every row. */
  source: string;
  example: boolean;
  dryRun?: boolean;
};

export type ImportLabourMarketResult = {
  kind: LabourMarketFileKind;
  file: string;
  dryRun: boolean;
  example: boolean;
  rows: number;
  regions: string[];
};

export async function importLabourMarket(options: ImportLabourMarketOptions): Promise<ImportLabourMarketResult> {
  const { db, kind, file, text, example } = options;
  const source = options.source.trim();
  const issues: ImportIssue[] = [];
  if (source.length === 0 || source.length > 300) {
    issues.push({ file, field: 'source', message: 'name the source (publisher, table, date) in 1 to 300 characters' });
  }
  if (kind === 'regions') {
    const rows = parseRegionMembers(file, text, issues);
    const known = await existingMunicipalityCodes(db, rows.map((row) => row.municipalityCode));
    for (const row of rows) {
      if (!known.has(row.municipalityCode)) {
        issues.push({ file, line: row.line, field: 'gemeentecode', message: `there is no municipality ${row.municipalityCode} (is the regional data imported?)` });
      }
    }
    refuseOnIssues(issues);
    const names = new Map(rows.map((row) => [row.regionCode, row.regionName]));
    const regions = [...names].map(([code, name]) => ({ code, name, isExample: example, source }));
    if (!options.dryRun) {
      await inTransaction(db, options.actor, (tx) =>
        replaceClassification(tx, regions, rows.map((row) => ({ municipalityCode: row.municipalityCode, regionCode: row.regionCode }))),
      );
    }
    return { kind, file, dryRun: options.dryRun ?? false, example, rows: rows.length, regions: [...names.keys()].sort() };
  }
  const rows = parseShortages(file, text, issues);
  const regionCodes = [...new Set(rows.map((row) => row.regionCode))].sort();
  const known = await existingRegionCodes(db, regionCodes);
  for (const row of rows) {
    if (!known.has(row.regionCode)) {
      issues.push({ file, line: row.line, field: 'arbeidsmarktregio', message: `there is no labour-market region ${row.regionCode}; import the regions first` });
    }
  }
  refuseOnIssues(issues);
  if (!options.dryRun) {
    await inTransaction(db, options.actor, (tx) =>
      replaceShortages(
        tx,
        rows.map(({ line: _line, ...row }) => ({ ...row, isExample: example, source })),
      ),
    );
  }
  return { kind, file, dryRun: options.dryRun ?? false, example, rows: rows.length, regions: regionCodes };
}

// SPDX-License-Identifier: EUPL-1.2
/**
 * Imports a realisations CSV: parse (no database), authorize every municipality in the file,
 * check against the reference data, then write all new rows in ONE transaction. One broken row
 * refuses the whole file, listing every problem with its line. Idempotent by source reference:
 * importing the same file again writes nothing.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { refuseOnIssues, type ImportIssue } from '../regions/import/import-issues.ts';
import { checkRealisations } from './check-realisations.ts';
import { columnOfField, parseRealisations } from './parse-realisations.ts';
import { assignHouseholds, insertRealisations, isUniqueViolation } from './realisation.repository.ts';
import type { MunicipalityScope } from './taakstelling.policy.ts';

export type ImportRealisationsOptions = {
  db: Db;
  actor: Actor;
  /** File name for messages (file:line: field: message). */
  file: string;
  text: string;
  dryRun?: boolean;
  /** The policy: may the caller record realisations for this municipality? */
  canRecord: (municipality: MunicipalityScope) => boolean;
  today?: string;
};

export type ImportRealisationsResult = {
  file: string;
  dryRun: boolean;
  rows: number;
  inserted: number;
  unchanged: number;
  persons: number;
  periods: string[];
  municipalities: string[];
};

export async function importRealisations(options: ImportRealisationsOptions): Promise<ImportRealisationsResult> {
  const { db, file, dryRun = false } = options;
  const issues: ImportIssue[] = [];
  const drafts = parseRealisations(file, options.text, issues);
  if (drafts.length === 0) {
    refuseOnIssues(issues);
  }
  // The rows that parsed are checked too, so one refusal lists every problem of the file.
  const checked = await checkRealisations({ db, drafts, canRecord: options.canRecord, ...(options.today ? { today: options.today } : {}) });
  const all: ImportIssue[] = [
    ...issues,
    ...checked.issues.map((issue) => ({
      file,
      ...(issue.line !== undefined ? { line: issue.line } : {}),
      field: columnOfField[issue.field],
      message: issue.message,
    })),
  ];
  refuseOnIssues(all.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  const result: ImportRealisationsResult = {
    file,
    dryRun,
    rows: drafts.length,
    inserted: checked.fresh.length,
    unchanged: checked.unchanged.length,
    persons: checked.fresh.reduce((sum, row) => sum + row.persons, 0),
    periods: [...new Set(checked.fresh.map((row) => row.period))].sort(),
    municipalities: [...new Set(checked.fresh.map((row) => row.municipalityCode))].sort(),
  };
  if (dryRun || checked.fresh.length === 0) {
    return result;
  }
  await inTransaction(db, options.actor, async (tx) => {
    await insertRealisations(tx, checked.fresh);
    await assignHouseholds(
      tx,
      checked.fresh.flatMap((row) => (row.householdId ? [{ householdId: row.householdId, municipalityCode: row.municipalityCode }] : [])),
    );
  }).catch((error: unknown) => {
    if (isUniqueViolation(error, 'realisations_source_reference_key')) {
      throw new AppError('CONFLICT', `${file} was imported at the same moment by someone else; nothing was imported. Import it again.`);
    }
    throw error;
  });
  return result;
}

// SPDX-License-Identifier: EUPL-1.2
/**
 * Imports an official per-municipality table for one period, with its source. It replaces any
 * earlier official table of that period (in one transaction) and then overrides the computed
 * distribution; where the two differ the distribution and balances say so. A table whose sum
 * differs from the national task is kept as published and the mismatch is shown, never fixed.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { refuseOnIssues, type ImportIssue } from '../regions/import/import-issues.ts';
import { parsePeriod } from './domain/period.ts';
import type { OfficialTaskDraft } from './parse-official-tasks.ts';
import { replaceOfficialTasks } from './official-task.repository.ts';
import { divisionOfYear, findNationalTask, type SourceRow } from './taakstelling.repository.ts';

export type OfficialSourceInput = { publisher: string; title: string; url: string | null; referenceDate: string | null; note: string | null };

export type ImportOfficialTasksOptions = {
  db: Db;
  actor: Actor;
  period: string;
  rows: OfficialTaskDraft[];
  source: OfficialSourceInput;
  /** File name for messages; rows then carry their line. */
  file?: string;
  dryRun?: boolean;
};

export type ImportOfficialTasksResult = {
  period: string;
  dryRun: boolean;
  rows: number;
  officialSum: number;
  nationalTask: number;
  /** The official sum differs from the national task (shown, not fixed). */
  sumMismatch: boolean;
  sourceId: string;
};

export async function importOfficialTasks(options: ImportOfficialTasksOptions): Promise<ImportOfficialTasksResult> {
  const { db, period, rows, file = 'body', dryRun = false } = options;
  const { year } = parsePeriod(period);
  const national = await findNationalTask(db, period);
  if (!national) {
    throw new AppError('NOT_FOUND', `No national task with a source is known for ${period}; enter that first.`, { field: 'period' });
  }
  const division = new Set((await divisionOfYear(db, year)).map((m) => m.code));
  const issues: ImportIssue[] = [];
  const seen = new Map<string, number | undefined>();
  rows.forEach((row, index) => {
    const where = { file, line: row.line ?? index + 1 };
    if (!division.has(row.code)) {
      issues.push({ ...where, field: 'gemeentecode', message: `${row.code} is not a municipality on 1 January ${year} (unknown, or merged away)` });
    }
    if (seen.has(row.code)) {
      issues.push({ ...where, field: 'gemeentecode', message: `${row.code} appears twice (first on line ${seen.get(row.code)})` });
    }
    seen.set(row.code, where.line);
  });
  if (rows.length === 0) {
    issues.push({ file, field: '(rows)', message: 'the table has no rows' });
  }
  refuseOnIssues(issues);
  const sourceId = `official-table-${period}`;
  const source: SourceRow = { id: sourceId, publisherTable: null, licence: null, ...options.source };
  const officialSum = rows.reduce((sum, row) => sum + row.task, 0);
  if (!dryRun) {
    await inTransaction(db, options.actor, (tx) => replaceOfficialTasks(tx, period, source, rows));
  }
  return { period, dryRun, rows: rows.length, officialSum, nationalTask: national.task, sumMismatch: officialSum !== national.task, sourceId };
}

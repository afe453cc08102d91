// SPDX-License-Identifier: EUPL-1.2
/**
 * Problems found in import files. The importer collects all of them (not just the first), then
 * refuses the whole import with one AppError('IMPORT_INVALID') that lists each.
 */
import { AppError } from '../../../shared/errors.ts';

/** One problem in an import file. */
export type ImportIssue = {
  /** Path relative to the import folder, e.g. population/gemeenten_2023_cbs_kwb.csv. */
  file: string;
  /** 1-based line in the file; absent when the problem is the file as a whole. */
  line?: number;
  /** Column (CSV) or JSON path (GeoJSON) at fault. */
  field: string;
  message: string;
};

/** Stop listing after this many; a wholly wrong file would otherwise print thousands of lines. */
export const maxReportedIssues = 200;

/** `file:line: field: message`, the format editors and CI logs link to. */
export function formatIssue(issue: ImportIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return `${where}: ${issue.field}: ${issue.message}`;
}

/** Throws IMPORT_INVALID listing the issues (at most maxReportedIssues) when there are any. */
export function refuseOnIssues(issues: ImportIssue[]): void {
  if (issues.length === 0) {
    return;
  }
  const first = issues[0] as ImportIssue;
  throw new AppError(
    'IMPORT_INVALID',
    `${issues.length} error(s) in the import files; nothing was imported. First: ${formatIssue(first)}`,
    {
      field: first.field,
      details: { errorCount: issues.length, errors: issues.slice(0, maxReportedIssues) },
    },
  );
}

/** Reads the issues back from an IMPORT_INVALID error (for the CLI). */
export function issuesOf(error: AppError): ImportIssue[] {
  const errors = error.details?.errors;
  return Array.isArray(errors) ? (errors as ImportIssue[]) : [];
}

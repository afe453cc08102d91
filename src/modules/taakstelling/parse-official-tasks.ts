// SPDX-License-Identifier: EUPL-1.2
/**
 * Parses an official per-municipality table of one period (CSV, header row):
 *   gemeentecode                required  CBS code, e.g. GM0344
 *   taakstelling                required  whole number ≥ 0, without backlog
 *   opdracht_incl_achterstand   optional  whole number ≥ 0, the task including backlog
 *   gemeentenaam                optional  ignored (for people reading the file)
 */
import { readCsv } from '../regions/import/csv-file.ts';
import type { ImportIssue } from '../regions/import/import-issues.ts';

export type OfficialTaskDraft = { line?: number; code: string; task: number; taskIncludingBacklog: number | null };

const wholeNumber = /^\d{1,7}$/;

export function parseOfficialTasks(file: string, text: string, issues: ImportIssue[]): OfficialTaskDraft[] {
  const records = readCsv(file, text, ['gemeentecode', 'taakstelling'], issues);
  return records.flatMap(({ line, values }) => {
    const before = issues.length;
    const fail = (field: string, message: string) => issues.push({ file, line, field, message });
    const code = values.gemeentecode ?? '';
    if (!/^GM\d{4}$/.test(code)) {
      fail('gemeentecode', `"${code}" is not a CBS municipality code such as GM0344`);
    }
    const task = values.taakstelling ?? '';
    if (!wholeNumber.test(task)) {
      fail('taakstelling', `"${task}" is not a whole number of persons ≥ 0`);
    }
    const including = values.opdracht_incl_achterstand ?? '';
    if (including !== '' && !wholeNumber.test(including)) {
      fail('opdracht_incl_achterstand', `"${including}" is not a whole number of persons ≥ 0`);
    }
    if (issues.length > before) {
      return [];
    }
    return [{ line, code, task: Number(task), taskIncludingBacklog: including === '' ? null : Number(including) }];
  });
}

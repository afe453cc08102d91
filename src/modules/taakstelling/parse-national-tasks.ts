// SPDX-License-Identifier: EUPL-1.2
/**
 * Parses data/taakstelling/landelijke_taakstelling_per_halfjaar.csv: the national half-year
 * tasks as published, each with the page and the sentence it was taken from. Every bad cell is
 * collected as an ImportIssue (file, line, field); the caller refuses the whole file.
 */
import { readCsv, type CsvRecord } from '../regions/import/csv-file.ts';
import type { ImportIssue } from '../regions/import/import-issues.ts';
import type { NationalTaskRow, SourceRow } from './taakstelling.repository.ts';

export const nationalTaskColumns = [
  'periode',
  'taakstelling_landelijk',
  'achterstand_vorige_perioden',
  'status',
  'bron_url',
  'bron_publicatiedatum',
  'citaat',
] as const;

export type ParsedNationalTask = { task: NationalTaskRow; source: SourceRow };

const wholeNumber = /^\d+$/;

/** The source id of a period's shipped (published) national task. */
export const shippedSourceId = (period: string): string => `taakstelling-landelijk-${period}`;

/** Parses the CSV text; returns the rows and pushes every problem into `issues`. */
export function parseNationalTasks(file: string, text: string, issues: ImportIssue[]): ParsedNationalTask[] {
  const seen = new Set<string>();
  return readCsv(file, text, nationalTaskColumns, issues).flatMap((record) => {
    const row = parseRow(file, record, issues);
    if (!row) {
      return [];
    }
    if (seen.has(row.task.period)) {
      issues.push({ file, line: record.line, field: 'periode', message: `period ${row.task.period} appears twice` });
      return [];
    }
    seen.add(row.task.period);
    return [row];
  });
}

function parseRow(file: string, { line, values }: CsvRecord, issues: ImportIssue[]): ParsedNationalTask | undefined {
  const before = issues.length;
  const fail = (field: string, message: string) => issues.push({ file, line, field, message });
  const period = values.periode ?? '';
  if (!/^\d{4}-(I|II)$/.test(period)) {
    fail('periode', `"${period}" is not a half-year period such as 2024-I`);
  }
  const taskText = values.taakstelling_landelijk ?? '';
  if (!wholeNumber.test(taskText)) {
    fail('taakstelling_landelijk', `"${taskText}" is not a whole number of persons ≥ 0`);
  }
  const backlogText = values.achterstand_vorige_perioden ?? '';
  if (backlogText !== '' && !wholeNumber.test(backlogText)) {
    fail('achterstand_vorige_perioden', `"${backlogText}" is not a whole number of persons ≥ 0`);
  }
  const url = values.bron_url ?? '';
  if (!/^https?:\/\/\S+$/.test(url)) {
    fail('bron_url', 'a source URL (http or https) is required for every figure');
  }
  const status = values.status ?? '';
  if (status === '') {
    fail('status', 'status is required (vastgesteld, bijgesteld or prognose)');
  }
  if (issues.length > before) {
    return undefined;
  }
  const published = values.bron_publicatiedatum ?? '';
  const sourceId = shippedSourceId(period);
  return {
    task: {
      period,
      task: Number(taskText),
      backlogIn: backlogText === '' ? null : Number(backlogText),
      status,
      populationReferenceDate: null,
      sourceId,
      quotation: values.citaat || null,
    },
    source: {
      id: sourceId,
      publisher: new URL(url).hostname.replace(/^www\./, ''),
      title: `Landelijke taakstelling huisvesting vergunninghouders ${period}`,
      publisherTable: null,
      referenceDate: /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null,
      url,
      licence: null,
      note: `Published ${published || 'date unknown'}; status: ${status}. Transcribed from the page (data/PROVENANCE.md §4).`,
    },
  };
}

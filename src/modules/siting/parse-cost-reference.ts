// SPDX-License-Identifier: EUPL-1.2
/**
 * Parses the COA cost reference (data/reference/coa_kosten_per_bewoner_2022.csv): the average cost
 * of reception per resident per year in 2022, regular EUR 27,100 and (crisis) emergency
 * EUR 53,400, each with the sentence it was taken from. Any bad row refuses the file.
 */
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../../config/env.ts';
import { AppError } from '../../shared/errors.ts';

export const costReferenceFile = path.join(projectRoot, 'data/reference/coa_kosten_per_bewoner_2022.csv');
export const costReferenceSourceId = 'coa-kosten-per-bewoner-2022';

export type CostReference = { year: number; receptionKind: 'regular' | 'emergency'; eurPerResidentPerYear: number; quotation: string };

const kinds: Record<string, CostReference['receptionKind']> = { regulier: 'regular', '(crisis)noodopvang': 'emergency' };

/** Parses the reference file; any bad row refuses the file with its line and field. */
export function parseCostReference(text: string, file = 'reference/coa_kosten_per_bewoner_2022.csv'): { url: string; published: string; rows: CostReference[] } {
  const records = parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const fail = (line: number, field: string, message: string): never => {
    throw new AppError('IMPORT_INVALID', `${file}:${line}: ${field}: ${message}`, { field });
  };
  let url = '';
  let published = '';
  const rows = records.map((record, i) => {
    const line = i + 2;
    const year = Number(record.jaar);
    const eur = Number(record.kosten_per_bewoner_per_jaar_eur);
    const kind = kinds[record.soort_opvang ?? ''];
    if (!Number.isInteger(year) || year < 1990 || year > 2100) {
      fail(line, 'jaar', `${JSON.stringify(record.jaar)} is not a year`);
    }
    if (!kind) {
      fail(line, 'soort_opvang', `${JSON.stringify(record.soort_opvang)} is not "regulier" or "(crisis)noodopvang"`);
    }
    if (!Number.isInteger(eur) || eur <= 0) {
      fail(line, 'kosten_per_bewoner_per_jaar_eur', `${JSON.stringify(record.kosten_per_bewoner_per_jaar_eur)} is not a whole amount in euros`);
    }
    if (!record.citaat || !record.bron_url) {
      fail(line, record.citaat ? 'bron_url' : 'citaat', 'is empty: every figure needs its source and quotation');
    }
    url = record.bron_url as string;
    published = record.bron_publicatiedatum ?? '';
    return { year, receptionKind: kind as CostReference['receptionKind'], eurPerResidentPerYear: eur, quotation: record.citaat as string };
  });
  return { url, published, rows };
}

// SPDX-License-Identifier: EUPL-1.2
/**
 * The yearly municipal division (reference/gemeentelijke_indeling_2016_2025.csv): one row per
 * municipality per list year, with begindatum, einddatum and whether it was active on 1 January.
 */
import { cellsOf, readCsv } from './csv-file.ts';
import type { ImportIssue } from './import-issues.ts';
import type { MunicipalityRow, MunicipalityYearRow, ProvinceRow } from './regional-dataset.ts';

/** A CBS municipality code. */
export const municipalityCodePattern = /^GM\d{4}$/;
/** A CBS province code. */
export const provinceCodePattern = /^PV\d{2}$/;

const columns = [
  'jaar',
  'gemeentecode',
  'gemeentenaam',
  'provinciecode',
  'provincienaam',
  'begindatum',
  'einddatum',
  'actief_op_1_januari',
] as const;

/** The division rows and the provinces and municipalities they name. */
export type Division = {
  years: MunicipalityYearRow[];
  provinces: ProvinceRow[];
  municipalities: MunicipalityRow[];
};

/** Active on 1 January: begun on or before it, and not ended on or before it. */
export function activeOnFirstJanuary(year: number, beginDate: string | null, endDate: string | null): boolean {
  const firstJanuary = `${year}-01-01`;
  return (beginDate === null || beginDate <= firstJanuary) && (endDate === null || endDate > firstJanuary);
}

/** Parses the division file; checks dates, the active flag and duplicates. */
export function parseDivision(file: string, text: string, sourceId: string, issues: ImportIssue[]): Division {
  const years: MunicipalityYearRow[] = [];
  const seen = new Set<string>();
  const provinceNames = new Map<string, string>();
  for (const record of readCsv(file, text, columns, issues)) {
    const before = issues.length;
    const cells = cellsOf(file, record, issues);
    const year = cells.number('jaar', { required: true, integer: true, min: 1900 });
    const code = cells.code('gemeentecode', municipalityCodePattern, 'GM0344');
    const name = cells.text('gemeentenaam');
    const provinceCode = cells.code('provinciecode', provinceCodePattern, 'PV26');
    const provinceName = cells.text('provincienaam');
    const beginDate = cells.date('begindatum', false);
    const endDate = cells.date('einddatum', false);
    const activeText = cells.raw('actief_op_1_januari');
    if (activeText !== 'ja' && activeText !== 'nee') {
      cells.fail('actief_op_1_januari', `"${activeText}" must be ja or nee`);
    }
    if (issues.length > before || !year || !code || !name || !provinceCode || !provinceName) {
      continue;
    }
    if (beginDate && endDate && endDate < beginDate) {
      cells.fail('einddatum', `${endDate} is before begindatum ${beginDate}`);
      continue;
    }
    const active = activeText === 'ja';
    if (active !== activeOnFirstJanuary(year, beginDate ?? null, endDate ?? null)) {
      cells.fail('actief_op_1_januari', `"${activeText}" contradicts begindatum/einddatum for 1 January ${year}`);
      continue;
    }
    if (seen.has(`${year}:${code}`)) {
      cells.fail('gemeentecode', `${code} appears twice for ${year}`);
      continue;
    }
    const knownName = provinceNames.get(provinceCode);
    if (knownName !== undefined && knownName !== provinceName) {
      cells.fail('provincienaam', `"${provinceName}" differs from "${knownName}" for ${provinceCode}`);
      continue;
    }
    seen.add(`${year}:${code}`);
    provinceNames.set(provinceCode, provinceName);
    years.push({
      year,
      municipalityCode: code,
      name,
      provinceCode,
      beginDate: beginDate ?? null,
      endDate: endDate ?? null,
      active,
      sourceId,
    });
  }
  return { years, provinces: provincesOf(provinceNames), municipalities: latestPerCode(years) };
}

function provincesOf(names: Map<string, string>): ProvinceRow[] {
  return [...names.entries()].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code));
}

/** One row per code, from the latest list year that names it (latest name, province and dates). */
function latestPerCode(years: MunicipalityYearRow[]): MunicipalityRow[] {
  const latest = new Map<string, MunicipalityYearRow>();
  for (const row of years) {
    const known = latest.get(row.municipalityCode);
    if (!known || known.year < row.year) {
      latest.set(row.municipalityCode, row);
    }
  }
  return [...latest.values()]
    .map((row) => ({
      code: row.municipalityCode,
      name: row.name,
      provinceCode: row.provinceCode,
      beginDate: row.beginDate,
      endDate: row.endDate,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

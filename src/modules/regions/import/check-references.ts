// SPDX-License-Identifier: EUPL-1.2
/**
 * Checks across files: every figure and boundary must belong to a municipality (or province)
 * that the division lists as active in that year, and every active municipality of a boundary
 * year must have a boundary.
 */
import type { ImportIssue } from './import-issues.ts';
import type { LocatedAreaFigureRow } from './parse-area-figures.ts';
import type { LocatedBoundaryRow } from './parse-boundaries.ts';
import type { LocatedPopulationRow } from './parse-population.ts';
import type { MunicipalityYearRow, ProvinceRow } from './regional-dataset.ts';

/** Lookups into the parsed division. */
export type DivisionIndex = {
  /** The division row of `code` in list year `year`, if any. */
  row: (year: number, code: string) => MunicipalityYearRow | undefined;
  activeCodes: (year: number) => string[];
};

/** Indexes the division rows by year and code. */
export function indexDivision(years: MunicipalityYearRow[]): DivisionIndex {
  const byKey = new Map(years.map((row) => [`${row.year}:${row.municipalityCode}`, row]));
  return {
    row: (year, code) => byKey.get(`${year}:${code}`),
    activeCodes: (year) => years.filter((row) => row.year === year && row.active).map((row) => row.municipalityCode),
  };
}

function activeProblem(division: DivisionIndex, year: number, code: string): string | undefined {
  const row = division.row(year, code);
  if (!row) {
    return `${code} is not in the municipal division of ${year}`;
  }
  return row.active ? undefined : `${code} (${row.name}) was not active on 1 January ${year}`;
}

/** Population rows: the municipality was active that year, in the province the division says. */
export function checkPopulation(file: string, rows: LocatedPopulationRow[], division: DivisionIndex, issues: ImportIssue[]): void {
  for (const row of rows) {
    const year = Number(row.referenceDate.slice(0, 4));
    const problem = activeProblem(division, year, row.municipalityCode);
    if (problem) {
      issues.push({ file, line: row.line, field: 'gemeentecode', message: problem });
      continue;
    }
    const expected = division.row(year, row.municipalityCode)?.provinceCode;
    if (expected !== row.provinceCode) {
      issues.push({
        file,
        line: row.line,
        field: 'provinciecode',
        message: `${row.provinceCode} differs from the division (${expected}) for ${row.municipalityCode} in ${year}`,
      });
    }
  }
}

/** Wijk/buurt rows: the municipality was active that year. */
export function checkAreaFigures(file: string, rows: LocatedAreaFigureRow[], division: DivisionIndex, issues: ImportIssue[]): void {
  for (const row of rows) {
    const problem = activeProblem(division, row.year, row.municipalityCode);
    if (problem) {
      issues.push({ file, line: row.line, field: 'gemeentecode', message: problem });
    }
  }
}

/** Municipal boundaries of one vintage: known and active codes, and none missing. */
export function checkMunicipalBoundaries(
  file: string,
  rows: LocatedBoundaryRow[],
  division: DivisionIndex,
  issues: ImportIssue[],
): void {
  for (const row of rows) {
    const problem = activeProblem(division, row.year, row.code);
    if (problem) {
      issues.push({ file, line: row.line, field: row.codeField, message: problem });
    }
  }
  const year = rows[0]?.year;
  if (year === undefined) {
    return;
  }
  const present = new Set(rows.map((row) => row.code));
  const missing = division.activeCodes(year).filter((code) => !present.has(code));
  if (missing.length > 0) {
    const shown = missing.slice(0, 10).join(', ');
    issues.push({
      file,
      field: 'features',
      message: `no boundary for ${missing.length} municipalities active in ${year}: ${shown}${missing.length > 10 ? ', ...' : ''}`,
    });
  }
}

/** Province boundaries: the code is a province of the division. */
export function checkProvinceBoundaries(file: string, rows: LocatedBoundaryRow[], provinces: ProvinceRow[], issues: ImportIssue[]): void {
  const known = new Set(provinces.map((p) => p.code));
  for (const row of rows.filter((r) => !known.has(r.code))) {
    issues.push({ file, line: row.line, field: row.codeField, message: `${row.code} is not a province of the division` });
  }
}

/** A wijk code WKggggww belongs to municipality GMgggg, which must be active that year. */
export function checkWijkBoundaries(file: string, rows: LocatedBoundaryRow[], division: DivisionIndex, issues: ImportIssue[]): void {
  for (const row of rows) {
    const problem = activeProblem(division, row.year, `GM${row.code.slice(2, 6)}`);
    if (problem) {
      issues.push({ file, line: row.line, field: row.codeField, message: `wijk ${row.code}: ${problem}` });
    }
  }
}
